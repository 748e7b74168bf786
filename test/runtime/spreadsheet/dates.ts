/**
 * Sheets stores a date as a serial day number (0 = 1899-12-30) in the spreadsheet's time zone;
 * Apps Script hands it to scripts as a JavaScript Date at that wall-clock time in that zone.
 *
 * The zone maths is the runtime's own (services/time-zone.ts, the zone Java would use), not the
 * add-on's: a time-zone bug in src/core must not appear on both sides of a test and cancel out.
 */

import { javaZone, zonedToEpoch, type Zone } from '../services/time-zone';

const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** A zone whose offsets are remembered per UTC hour: a column of dates has few distinct hours, and Intl is slow. */
function cachedZone(id: string): Zone {
  const zone = javaZone(id);
  const offsets = new Map<number, number>();
  return {
    id: zone.id,
    shortName: (ms) => zone.shortName(ms),
    longName: (ms) => zone.longName(ms),
    offsetMs(ms) {
      const hour = Math.floor(ms / HOUR_MS);
      let offset = offsets.get(hour);
      if (offset === undefined) {
        // Today's zones change offset on whole UTC hours, so one lookup serves the hour.
        offset = zone.offsetMs(ms);
        offsets.set(hour, offset);
      }
      return offset;
    },
  };
}

const zones = new Map<string, Zone>();

/** The zone `id` as the spreadsheet uses it (cached per zone). */
export function zoneOf(id: string): Zone {
  let zone = zones.get(id);
  if (!zone) {
    zone = cachedZone(id);
    zones.set(id, zone);
  }
  return zone;
}

/** The Date for serial `serial` read as wall time in `zone`. */
export function serialToDate(serial: number, zone: string): Date {
  const wall = new Date(EPOCH_UTC + Math.round(serial * DAY_MS));
  const z = zoneOf(zone);
  const epoch = zonedToEpoch(z, wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds());
  return new Date(epoch + wall.getUTCMilliseconds());
}

/** The serial number of `date` as wall time in `zone`. */
export function dateToSerial(date: Date, zone: string): number {
  const ms = date.getTime();
  return (ms + zoneOf(zone).offsetMs(ms) - EPOCH_UTC) / DAY_MS;
}

/** True for a Date from any realm (the add-on runs in a vm context with its own Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
