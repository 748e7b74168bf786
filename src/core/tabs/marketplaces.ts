/** Marketplaces, their time zones and currencies: the Settings dropdown and the Marketplace columns. */
export const MARKETPLACES = [
  { code: 'US', timeZone: 'America/Los_Angeles', currency: 'USD' },
  { code: 'CA', timeZone: 'America/Los_Angeles', currency: 'CAD' },
  { code: 'MX', timeZone: 'America/Los_Angeles', currency: 'MXN' },
  { code: 'UK', timeZone: 'Europe/London', currency: 'GBP' },
  { code: 'DE', timeZone: 'Europe/Berlin', currency: 'EUR' },
  { code: 'FR', timeZone: 'Europe/Paris', currency: 'EUR' },
  { code: 'IT', timeZone: 'Europe/Rome', currency: 'EUR' },
  { code: 'ES', timeZone: 'Europe/Madrid', currency: 'EUR' },
  { code: 'JP', timeZone: 'Asia/Tokyo', currency: 'JPY' },
  { code: 'AU', timeZone: 'Australia/Sydney', currency: 'AUD' },
] as const;
