import { formatWallDate, LOCAL_CLOCK } from '../values/dates';
import type { FormulaResult } from '../values/grid';
import { isDate } from '../values/read-number';

/** A catalog example's formula, split into the function name and its literal arguments. */
export interface ExampleCall {
  readonly name: string;
  readonly args: unknown[];
}

/**
 * Parses the literal formulas of catalog examples — `=NAME(arg, …)` whose arguments are numbers
 * (`12.5`, `-3`, `95%`), strings (`"2026-11-27"`, with `""` for a quote), TRUE/FALSE, and array
 * literals (`{1,2;3,4}`: `,` separates columns, `;` rows). Enough for worked examples; not a
 * formula parser. Used by the docs generator and the test that checks every example's result.
 */
export function parseExampleCall(formula: string): ExampleCall {
  let i = 0;
  const s = formula.trim();
  const fail = (what: string): never => {
    throw new Error(`Cannot parse example ${formula}: ${what} at ${i}`);
  };
  const skip = () => {
    while (i < s.length && /\s/.test(s[i])) i++;
  };
  const expect = (ch: string) => {
    skip();
    if (s[i] !== ch) fail(`expected "${ch}"`);
    i++;
  };
  const scalar = (): unknown => {
    skip();
    if (s[i] === '"') {
      let out = '';
      i++;
      for (;;) {
        if (i >= s.length) fail('unterminated string');
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            out += '"';
            i += 2;
            continue;
          }
          i++;
          return out;
        }
        out += s[i++];
      }
    }
    const m = /^(-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?)(%?)|^(TRUE|FALSE)\b/i.exec(s.slice(i));
    if (!m) return fail('expected a literal');
    i += m[0].length;
    if (m[3]) return m[3].toUpperCase() === 'TRUE';
    const n = Number(m[1]);
    return m[2] ? Number((n / 100).toPrecision(15)) : n;
  };
  const value = (): unknown => {
    skip();
    if (s[i] !== '{') return scalar();
    i++;
    const rows: unknown[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(scalar());
      skip();
      const sep = s[i++];
      if (sep === ',') continue;
      if (sep === ';') {
        rows.push([]);
        continue;
      }
      if (sep === '}') break;
      fail('expected , ; or }');
    }
    if (rows.some((r) => r.length !== rows[0].length)) fail('ragged array');
    return rows;
  };

  const head = /^=\s*([A-Za-z_][\w]*)\s*\(/.exec(s);
  if (!head) return fail('expected =NAME(');
  i = head[0].length;
  const args: unknown[] = [];
  skip();
  if (s[i] === ')') i++;
  else {
    for (;;) {
      args.push(value());
      skip();
      if (s[i] === ',') {
        i++;
        continue;
      }
      expect(')');
      break;
    }
  }
  skip();
  if (i !== s.length) fail('trailing text');
  return { name: head[1], args };
}

/**
 * How the docs write a result: numbers as JavaScript prints them, TRUE/FALSE, dates as
 * yyyy-mm-dd, text as is (quoted inside arrays), arrays as `{a,b;c,d}`.
 */
export function formatExampleResult(result: FormulaResult): string {
  const one = (v: unknown, quoted: boolean): string => {
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (isDate(v)) return formatWallDate(LOCAL_CLOCK.toWall(v));
    if (typeof v === 'string') return quoted ? `"${v.replace(/"/g, '""')}"` : v;
    return String(v);
  };
  if (!Array.isArray(result)) return one(result, false);
  return `{${result.map((row) => row.map((v) => one(v, true)).join(',')).join(';')}}`;
}
