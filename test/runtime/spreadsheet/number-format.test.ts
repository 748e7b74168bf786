import { describe, expect, it } from 'vitest';
import { automaticDateFormat, formatValue, isDatePattern } from './number-format';

describe('isDatePattern', () => {
  it.each(['yyyy-mm-dd', 'M/d/yyyy', 'M/d/yyyy H:mm:ss', 'h:mm am/pm', 'mm:ss', '[h]:mm:ss', 'dddd', 'mmm yyyy', 'yy'])('%s formats dates or times', (p) => {
    expect(isDatePattern(p)).toBe(true);
  });

  it.each(['0', '0.00', '#,##0.00', '0%', '0.0%', '$#,##0.00', '"$"#,##0.00', '[$¥-804]#,##0', '#,##0 "days"', '[Red]0.00', '0.00E+00', '@', 'General', '0.###############'])(
    '%s does not',
    (p) => {
      expect(isDatePattern(p)).toBe(false);
    },
  );
});

describe('formatValue', () => {
  it('shows the first conditional section whose condition holds, else the last one', () => {
    const pattern = '[>=1000000]"∞";0.0%';
    expect([formatValue(1e9, pattern, 'UTC'), formatValue(0.25, pattern, 'UTC'), formatValue(-0.5, pattern, 'UTC')]).toEqual(['∞', '25.0%', '-50.0%']);
  });


  it('shows a number in a date pattern as that date in the zone', () => {
    expect(formatValue(46353.75, 'yyyy-mm-dd hh:mm', 'Asia/Shanghai')).toBe('2026-11-27 18:00');
  });

  it('shows a Date as its wall time in the zone', () => {
    const d = new Date('2026-11-27T03:04:05Z');
    expect([formatValue(d, 'yyyy-mm-dd hh:mm', 'Asia/Shanghai'), formatValue(d, 'yyyy-mm-dd hh:mm', 'America/Los_Angeles')]).toEqual(['2026-11-27 11:04', '2026-11-26 19:04']);
  });

  it('uses a 12-hour clock with am/pm', () => {
    expect(formatValue(new Date('2026-11-27T00:05:00Z'), 'h:mm am/pm', 'UTC')).toBe('12:05 AM');
  });

  it('uses scientific notation for very large numbers, as Sheets does', () => {
    expect(formatValue(1.5e20, undefined, 'UTC')).toBe('1.5E+20');
  });

  it('shows booleans in capitals and empty as ""', () => {
    expect([formatValue(true, undefined, 'UTC'), formatValue('', '0.00', 'UTC'), formatValue(null, undefined, 'UTC')]).toEqual(['TRUE', '', '']);
  });

  it('shows text as is whatever the pattern', () => {
    expect(formatValue('n/a', '0.00%', 'UTC')).toBe('n/a');
  });
});

describe('automaticDateFormat', () => {
  it('is the date alone at midnight in the zone', () => {
    expect(automaticDateFormat(new Date('2026-11-26T16:00:00Z'), 'Asia/Shanghai')).toBe('M/d/yyyy');
  });

  it('adds the time otherwise', () => {
    expect(automaticDateFormat(new Date('2026-11-26T16:00:00Z'), 'UTC')).toBe('M/d/yyyy H:mm:ss');
  });

  it('is a time for a time of day (day 0)', () => {
    expect(automaticDateFormat(new Date('1899-12-30T13:45:00Z'), 'UTC')).toBe('h:mm:ss am/pm');
  });
});
