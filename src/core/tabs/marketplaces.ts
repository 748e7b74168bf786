/**
 * Amazon's marketplaces: the code operators use, the sales channel an order report names, the zone
 * Seller Central counts that marketplace's days in, and its currency. The one list: the Settings
 * dropdown, the Marketplace columns and the All Orders parser's marketplace day all read it.
 */
export const MARKETPLACES = [
  { code: 'US', channel: 'amazon.com', timeZone: 'America/Los_Angeles', currency: 'USD' },
  { code: 'CA', channel: 'amazon.ca', timeZone: 'America/Los_Angeles', currency: 'CAD' },
  { code: 'MX', channel: 'amazon.com.mx', timeZone: 'America/Los_Angeles', currency: 'MXN' },
  { code: 'BR', channel: 'amazon.com.br', timeZone: 'America/Sao_Paulo', currency: 'BRL' },
  { code: 'UK', channel: 'amazon.co.uk', timeZone: 'Europe/London', currency: 'GBP' },
  { code: 'DE', channel: 'amazon.de', timeZone: 'Europe/Berlin', currency: 'EUR' },
  { code: 'FR', channel: 'amazon.fr', timeZone: 'Europe/Paris', currency: 'EUR' },
  { code: 'IT', channel: 'amazon.it', timeZone: 'Europe/Rome', currency: 'EUR' },
  { code: 'ES', channel: 'amazon.es', timeZone: 'Europe/Madrid', currency: 'EUR' },
  { code: 'NL', channel: 'amazon.nl', timeZone: 'Europe/Amsterdam', currency: 'EUR' },
  { code: 'SE', channel: 'amazon.se', timeZone: 'Europe/Stockholm', currency: 'SEK' },
  { code: 'PL', channel: 'amazon.pl', timeZone: 'Europe/Warsaw', currency: 'PLN' },
  { code: 'BE', channel: 'amazon.com.be', timeZone: 'Europe/Brussels', currency: 'EUR' },
  { code: 'TR', channel: 'amazon.com.tr', timeZone: 'Europe/Istanbul', currency: 'TRY' },
  { code: 'AE', channel: 'amazon.ae', timeZone: 'Asia/Dubai', currency: 'AED' },
  { code: 'SA', channel: 'amazon.sa', timeZone: 'Asia/Riyadh', currency: 'SAR' },
  { code: 'EG', channel: 'amazon.eg', timeZone: 'Africa/Cairo', currency: 'EGP' },
  { code: 'IN', channel: 'amazon.in', timeZone: 'Asia/Kolkata', currency: 'INR' },
  { code: 'JP', channel: 'amazon.co.jp', timeZone: 'Asia/Tokyo', currency: 'JPY' },
  { code: 'SG', channel: 'amazon.sg', timeZone: 'Asia/Singapore', currency: 'SGD' },
  { code: 'AU', channel: 'amazon.com.au', timeZone: 'Australia/Sydney', currency: 'AUD' },
] as const;
