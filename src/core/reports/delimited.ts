/**
 * CSV and TSV text split into rows: RFC 4180 quoting (delimiters, line breaks and doubled quotes
 * inside a quoted field), CRLF or LF, and a sniffer that tells comma, tab and semicolon files apart.
 * A quote opens a quoted field only at the field's start: Amazon's tab-separated flat files do not
 * quote, and a product name such as `12" pan` keeps its quote.
 */

/** The delimiters reports use: comma (CSV), tab (flat files, Excel "Unicode text"), semicolon (EU Excel). */
export const DELIMITERS = [',', '\t', ';'] as const;

/** One of {@link DELIMITERS}. */
export type Delimiter = (typeof DELIMITERS)[number];

/** Rows of fields, and whether the text ended cleanly. */
export interface SplitText {
  readonly rows: string[][];
  /** A quoted field was still open at the end: the file was cut off. */
  readonly unclosedQuote: boolean;
  /** The text ended with a line break (the last row is complete). */
  readonly endsWithNewline: boolean;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Splits `text` into rows of fields on `delimiter`. A final line break does not start an empty row. */
export function splitDelimited(text: string, delimiter: Delimiter): SplitText {
  const rows: string[][] = [];
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let row: string[] = [];
  let i = 0;
  // Where the unquoted text from k runs to: the next delimiter or line break, or the end.
  const fieldEnd = (k: number): number => {
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === d || c === CR || c === LF) break;
      k++;
    }
    return k;
  };
  while (i < n) {
    // One field starting at i.
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      const close = text.indexOf('"', i + 1);
      const after = close < 0 ? -1 : text.charCodeAt(close + 1);
      if (close >= 0 && (after === d || after === CR || after === LF || close + 1 === n)) {
        // The common case: a closing quote right before a delimiter or line end, no doubled quotes.
        field = text.slice(i + 1, close);
        i = close + 1;
      } else {
        let value = '';
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) {
            row.push(value + text.slice(j));
            rows.push(row);
            return { rows, unclosedQuote: true, endsWithNewline: false };
          }
          value += text.slice(j, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            value += '"';
            j = q + 2;
            continue;
          }
          j = q + 1;
          break;
        }
        // Text after the closing quote up to the delimiter is kept (lenient, as Excel is).
        const k = fieldEnd(j);
        field = value + text.slice(j, k);
        i = k;
      }
    } else {
      const k = fieldEnd(i);
      field = text.slice(i, k);
      i = k;
    }
    row.push(field);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i >= n) row.push('');
      continue;
    }
    // A line break ends the row.
    rows.push(row);
    row = [];
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
  }
  const endsWithNewline = n > 0 && (text.charCodeAt(n - 1) === LF || text.charCodeAt(n - 1) === CR);
  if (row.length) rows.push(row);
  return { rows, unclosedQuote: false, endsWithNewline };
}

/**
 * The delimiter of a report text: the one that splits the first lines into the most columns, the
 * same number on most lines (a title line above the header may have fewer). Ties go to tab, then
 * comma: a tab never occurs inside an Amazon value, a comma often does.
 */
export function sniffDelimiter(text: string): Delimiter {
  const sample = splitSample(text);
  let best: Delimiter = ',';
  let bestScore = -1;
  for (const delimiter of ['\t', ',', ';'] as const) {
    const counts = sample.map((line) => splitDelimited(line, delimiter).rows[0]?.length ?? 0);
    const mode = modeOf(counts);
    const agreeing = counts.filter((c) => c === mode).length;
    // Columns × lines that agree: many columns on many lines wins.
    const score = mode > 1 ? mode * agreeing : 0;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

// The first 20 non-empty lines (quoted line breaks are rare in the header region).
function splitSample(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < 20 && start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim() !== '') lines.push(line);
    start = end + 1;
  }
  return lines;
}

function modeOf(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let mode = 0;
  let modeCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > modeCount || (c === modeCount && v > mode)) {
      mode = v;
      modeCount = c;
    }
  }
  return mode;
}
