/**
 * Sheets stores a date as a serial day number (0 = 1899-12-30) in the spreadsheet's time zone;
 * Apps Script hands it to scripts as a JavaScript Date at that wall-clock time in that zone.
 */

const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The offset of `zone` from UTC at `utcMs`, in ms (positive east of Greenwich). */
export function zoneOffsetMs(utcMs: number, zone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** The Date for serial `serial` read as wall time in `zone`. */
export function serialToDate(serial: number, zone: string): Date {
  const wallAsUtc = EPOCH_UTC + Math.round(serial * DAY_MS);
  // Two passes settle the offset across a DST change.
  let utc = wallAsUtc - zoneOffsetMs(wallAsUtc, zone);
  utc = wallAsUtc - zoneOffsetMs(utc, zone);
  return new Date(utc);
}

/** The serial number of `date` as wall time in `zone`. */
export function dateToSerial(date: Date, zone: string): number {
  const utc = date.getTime();
  return (utc + zoneOffsetMs(utc, zone) - EPOCH_UTC) / DAY_MS;
}

/** True for a Date from any realm (the add-on runs in a vm context with its own Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
