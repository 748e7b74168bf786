import { describe, expect, it } from 'vitest';
import { hasCurrency, isErrorText, readMoney, readNumber } from '../../../src/core/values/read-number';
import { readFraction, readRate } from '../../../src/core/values/read-fraction';

describe('readNumber reads what operators paste', () => {
  it.each([
    [1234.5, 1234.5],
    ['$1,234.50', 1234.5],
    ['1.234,50 €', 1234.5],
    ['€1.234,50', 1234.5],
    ['¥12,000', 12000],
    ['￥12,000', 12000],
    ['CN¥12,000', 12000],
    ['US$1,234', 1234],
    ['1 234,5', 1234.5],
    ['1\u00a0234,50 zł', 1234.5],
    ["1'234.50", 1234.5],
    ['12.5%', 0.125],
    ['12,5 %', 0.125],
    ['2.57%', 0.0257],
    ['１２３', 123],
    ['１２．５％', 0.125],
    ['(12.50)', -12.5],
    ['-$5.00', -5],
    ['12,50-', -12.5],
    ['−7', -7],
    ['+3', 3],
    ['1.2万', 12000],
    ['3億', 300000000],
    ['1,234', 1234],
    ['12,5', 12.5],
    ['1e3', 1000],
    ['  42  ', 42],
    ['₹ 450', 450],
    ['kr 99', 99],
    ['AED 10', 10],
  ])('reads %j as %d', (cell, value) => {
    expect(readNumber(cell)).toEqual({ kind: 'number', value });
  });

  it.each([
    // A thousands group never starts with a lone 0: these are decimal commas.
    ['0,125', 0.125],
    ['0,990 €', 0.99],
    ['0,5', 0.5],
    ['-0,125', -0.125],
    // US-first: a comma before three digits after a 1–3 digit group is a thousands separator,
    // a lone dot always a decimal point, a repeated dot a thousands separator.
    ['1,234', 1234],
    ['12,345', 12345],
    ['1,234,567', 1234567],
    ['1.234', 1.234],
    ['1.234.567', 1234567],
    ['1.234,50', 1234.5],
  ])('reads the separators of %j as %d', (cell, value) => {
    expect(readNumber(cell)).toEqual({ kind: 'number', value });
  });

  it.each(['0.125,50', '0,125.50', '0.234.567'])('rejects %j, whose thousands group starts with a lone 0', (cell) => {
    expect(readNumber(cell)).toMatchObject({ kind: 'invalid', reason: 'text' });
  });

  it.each(['', '--', '-', '—', 'N/A', 'none', '无', null, undefined])('reads the placeholder %j as blank', (cell) => {
    expect(readNumber(cell).kind).toBe('blank');
  });

  it.each(['--', '-', '—', 'N/A', 'none', '无'])('reads %j as "no value", unlike an empty cell', (cell) => {
    expect(readNumber(cell)).toEqual({ kind: 'blank', noValue: true });
    expect(readNumber('')).toEqual({ kind: 'blank' });
  });

  it.each(['#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'])('knows %s as the text of an error cell, not a placeholder', (cell) => {
    expect(isErrorText(cell)).toBe(true);
    expect(readNumber(cell).kind).toBe('invalid');
  });

  it('does not take other text starting with # for an error', () => {
    expect(isErrorText('#12')).toBe(false);
    expect(isErrorText('#N/A!')).toBe(false);
  });

  it('reads percent text in money as a share, never as an amount', () => {
    expect(readMoney('15%')).toEqual({ kind: 'number', value: 0.15, share: true });
    expect(readMoney('$4.50')).toEqual({ kind: 'number', value: 4.5 });
  });

  it('says when text names a currency', () => {
    expect(['$5', '5 €', '¥500', 'USD 5', 'US$5'].every(hasCurrency)).toBe(true);
    expect(['5', '5%', '0.2'].some(hasCurrency)).toBe(false);
  });

  it.each(['abc', '12 units', '1.2.3', '1,23,4', '#DIV/0!', 'NaN'])('rejects %j as text that is not a number', (cell) => {
    expect(readNumber(cell)).toMatchObject({ kind: 'invalid', reason: 'text' });
  });

  it('rejects a Date rather than reading it as a serial number', () => {
    expect(readNumber(new Date(2026, 10, 27))).toMatchObject({ kind: 'invalid', reason: 'date' });
  });

  it('rejects TRUE/FALSE rather than reading them as 1/0', () => {
    expect(readNumber(true)).toMatchObject({ kind: 'invalid', reason: 'boolean', text: 'TRUE' });
  });

  it('rejects non-finite numbers', () => {
    expect(readNumber(Infinity).kind).toBe('invalid');
    expect(readNumber(NaN).kind).toBe('invalid');
  });

  it('shortens long junk so the cell note stays short', () => {
    const read = readNumber('x'.repeat(100));
    expect(read.kind === 'invalid' && read.text.length).toBe(24);
  });
});

describe('readFraction reads bounded shares', () => {
  it.each([
    ['0.85%', 0.0085],
    [0.0085, 0.0085],
    [95, 0.95],
    ['95', 0.95],
    ['95%', 0.95],
    [1, 1],
    [0, 0],
    [3.2, 0.032],
  ])('reads %j as %d', (cell, value) => {
    expect(readFraction(cell)).toEqual({ kind: 'number', value });
  });

  it.each([-0.1, 150, '120%', '-5%'])('rejects %j, which is outside 0–100 %', (cell) => {
    expect(readFraction(cell).kind).toBe('invalid');
  });
});

describe('readRate reads unbounded rates (ACOS, margins)', () => {
  it.each([
    [0.3, 0.3],
    ['0.3', 0.3],
    [-1, -1],
    ['30%', 0.3],
    ['150%', 1.5],
    ['-150%', -1.5],
    ['３０％', 0.3],
  ])('reads %j as %d', (cell, value) => {
    expect(readRate(cell)).toEqual({ kind: 'number', value });
  });

  it.each([
    [30, '30'],
    ['30', '30'],
    [-150, '-150'],
    [1.5, '1.5'],
  ])('marks the plain number %j beyond ±1 as ambiguous', (cell, text) => {
    expect(readRate(cell)).toEqual({ kind: 'invalid', reason: 'percent', text });
  });

  it('passes blanks and junk through', () => {
    expect(readRate('--').kind).toBe('blank');
    expect(readRate('abc')).toMatchObject({ kind: 'invalid', reason: 'text' });
  });
});
