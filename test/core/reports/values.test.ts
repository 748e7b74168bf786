import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zoneClock } from '../../../src/core/values/dates';
import { readNumber } from '../../../src/core/values/read-number';
import { currencyOf, dayOn, readDateRange, readId, readInstant, readMoney, readPercent, readReportDay, readReportNumber } from '../../../src/core/reports/values';

describe('readReportNumber', () => {
  it.each([
    ['$1,234.56', 1234.56],
    ['US$5,000.00', 5000],
    ['$ 16.22', 16.22],
    ['1.234,56 €', 1234.56],
    ['5.255,61 €', 5255.61],
    ['£99.00', 99],
    ['¥12,000', 12000],
    ['JP¥5,000', 5000],
    ['12,50', 12.5],
    ['18.7558%', 0.187558],
    ['1,234', 1234],
    [42, 42],
  ] as const)('reads %s as %s', (cell, value) => {
    expect(readReportNumber(cell)).toEqual({ ok: true, value });
  });

  it.each(['--', '-', '', '—', null])('reads %j as none', (cell) => {
    expect(readReportNumber(cell)).toEqual({ ok: true, value: null });
  });

  it('reports text that is not a number', () => {
    expect(readReportNumber('twelve')).toEqual({ ok: false, text: 'twelve' });
  });
});

describe('readPercent', () => {
  it.each([
    ['12.34%', 0.1234],
    ['12', 0.12],
    [0.1234, 0.1234],
    ['--', null],
  ] as const)('reads %j as the fraction %s', (cell, value) => {
    expect(readPercent(cell)).toEqual({ ok: true, value });
  });
});

describe('currencyOf / readMoney', () => {
  it.each([
    ['US$5.00', 'USD'],
    ['5,00 €', 'EUR'],
    ['£3', 'GBP'],
    ['JP¥500', 'JPY'],
    ['¥500', 'JPY'],
    ['CN¥500', 'CNY'],
    ['C$5', 'CAD'],
    ['12.00 EUR', 'EUR'],
    ['$5.00', null],
    ['5.00', null],
  ] as const)('%s names %s', (text, code) => {
    expect(currencyOf(text)).toBe(code);
  });

  it('gives the amount and the currency of a money text', () => {
    expect(readMoney('1.234,56 €')).toEqual({ ok: true, value: { amount: 1234.56, currency: 'EUR' } });
  });
});

describe('readReportDay', () => {
  it.each([
    ['Sep 01, 2026', '2026-09-01'],
    ['2026/09/01', '2026-09-01'],
    ['2026-09-01', '2026-09-01'],
    ['11/25/2026', '2026-11-25'],
    ['25/11/2026', '2026-11-25'],
    ['2026年9月1日', '2026-09-01'],
    ['2026-11-26T07:30:00+00:00', '2026-11-26'],
    [46266, '2026-09-01'],
  ] as const)('reads %j as %s', (cell, day) => {
    expect(readReportDay(cell)).toEqual({ ok: true, value: day });
  });

  it('refuses a day that does not exist', () => {
    expect(readReportDay('2026-02-30')).toEqual({ ok: false, text: '2026-02-30' });
  });
});

describe('readInstant / dayOn', () => {
  it.each([
    ['2026-11-26T07:30:00+00:00', Date.UTC(2026, 10, 26, 7, 30)],
    ['2026-11-25T20:00:00-08:00', Date.UTC(2026, 10, 26, 4, 0)],
    ['2026-11-26T07:30:00Z', Date.UTC(2026, 10, 26, 7, 30)],
    ['2026-11-26T16:30:00+0900', Date.UTC(2026, 10, 26, 7, 30)],
  ] as const)('reads %s as its instant', (text, ms) => {
    expect(readInstant(text)).toBe(ms);
  });

  it('has no instant without an offset', () => {
    expect(readInstant('2026-11-26T07:30:00')).toBeNull();
  });

  it('puts 07:30 UTC on the previous day in Los Angeles and the same day in Tokyo', () => {
    const at = Date.UTC(2026, 10, 26, 7, 30);
    expect(dayOn(at, zoneClock('America/Los_Angeles'))).toBe('2026-11-25');
    expect(dayOn(at, zoneClock('Asia/Tokyo'))).toBe('2026-11-26');
  });
});

describe('readDateRange', () => {
  it.each([
    ['Aug 18, 2026 - Aug 24, 2026', '2026-08-18', '2026-08-24'],
    ['2026/08/18 - 2026/08/24', '2026-08-18', '2026-08-24'],
    ['2026-08-18 ~ 2026-08-24', '2026-08-18', '2026-08-24'],
    ['2026-08-18至2026-08-24', '2026-08-18', '2026-08-24'],
    ['Aug 18, 2026', '2026-08-18', '2026-08-18'],
  ])('reads %s', (text, start, end) => {
    expect(readDateRange(text)).toEqual({ ok: true, value: { start, end } });
  });

  it('refuses a range that ends before it starts', () => {
    expect(readDateRange('2026-08-24 - 2026-08-18').ok).toBe(false);
  });
});

describe('readId', () => {
  it('unwraps ="…" and keeps every digit of an 18-digit ID', () => {
    expect(readId('="314159265358979323"')).toBe('314159265358979323');
  });

  it('writes an XLSX number cell as its digits', () => {
    expect(readId(271828182845904)).toBe('271828182845904');
  });

  it('unwraps any ="digits" to the digits (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^[0-9]{1,20}$/), (digits) => readId(`="${digits}"`) === digits));
  });
});

describe('money with thousands separators (property)', () => {
  it('reads "$1,234,567.89"-style text back to its amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = `$${whole.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
        const read = readMoney(text);
        return read.ok && read.value !== null && Math.abs(read.value.amount - (whole + cents / 100)) < 1e-6;
      }),
    );
  });
});

describe('readReportNumber fast path', () => {
  it('agrees with readNumber on US-style numbers, money and percentages (property)', () => {
    const text = fc.tuple(
      fc.constantFrom('', '$'),
      fc.constantFrom('', '-'),
      fc.oneof(fc.integer({ min: 0, max: 9_999_999 }).map((n) => n.toLocaleString('en-US')), fc.integer({ min: 0, max: 9_999_999 }).map(String), fc.constantFrom('0,125', '012', '1,23')),
      fc.constantFrom('', '.5', '.05', '.123456'),
      fc.constantFrom('', '%'),
    ).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const slow = readNumber(t);
        const fast = readReportNumber(t);
        return slow.kind === 'number' ? fast.ok && fast.value === slow.value : slow.kind === 'blank' ? fast.ok && fast.value === null : !fast.ok;
      }),
    );
  });
});
