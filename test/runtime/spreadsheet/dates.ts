/**
 * Sheets stores a date as a serial day number (0 = 1899-12-30) in the spreadsheet's time zone;
 * Apps Script hands it to scripts as a JavaScript Date at that wall-clock time in that zone.
 */

import { zoneClock, type WallClock } from '../../../src/core/values/dates';

const EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const clocks = new Map<string, WallClock>();

/** The wall clock of `zone` (the core's, cached per zone: Intl formatters are slow to build). */
export function clockOf(zone: string): WallClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = zoneClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

/** The Date for serial `serial` read as wall time in `zone`. */
export function serialToDate(serial: number, zone: string): Date {
  return clockOf(zone).fromWall(EPOCH_UTC + Math.round(serial * DAY_MS));
}

/** The serial number of `date` as wall time in `zone`. */
export function dateToSerial(date: Date, zone: string): number {
  return (clockOf(zone).toWall(date) - EPOCH_UTC) / DAY_MS;
}

/** True for a Date from any realm (the add-on runs in a vm context with its own Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
