/**
 * Sheets formulas → HyperFormula's (Excel's) dialect. HyperFormula rejects Sheets' open ranges
 * (`A2:A`, `Inventory!C2:C`, `A2:2`), so they are closed at the sheet's last row (or column), which
 * is what Sheets means by them. Text inside string literals is left alone.
 */
import { columnLetters, columnNumber } from './a1';

/** A sheet prefix: `'Quoted name'!` or an unquoted name (letters of any script, digits, `_`, `.`). */
const SHEET = String.raw`(?:'(?:[^']|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!`;
const OPEN_ROWS = new RegExp(String.raw`(?<![\p{L}\p{N}_.$'])(${SHEET})?(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(?![\p{L}\p{N}_(!$])`, 'gu');
const OPEN_COLS = new RegExp(String.raw`(?<![\p{L}\p{N}_.$'])(${SHEET})?(\$?[A-Za-z]{1,3}\$?\d+):(\$?\d+)(?![\p{L}\p{N}_(!$:])`, 'gu');

/** The sheet name in a prefix like `'My tab'!` or `Data!`, unquoted; null without a prefix. */
function prefixSheet(prefix: string | undefined): string | null {
  if (!prefix) return null;
  const name = prefix.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** Runs `fn` on the parts of a formula outside string literals. */
function mapCode(formula: string, fn: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join('');
}

/**
 * A string literal as the engine reads it. Sheets writes a quote inside a string as two
 * (`="say ""hi"""`); the engine's parser rejects that, so the literal becomes a concatenation
 * with CHAR(34), in parentheses so it stays one operand.
 */
function engineLiteral(literal: string): string {
  const inner = literal.slice(1, -1);
  if (!inner.includes('""')) return literal;
  return `(${inner
    .split('""')
    .map((piece) => `"${piece}"`)
    .join('&CHAR(34)&')})`;
}

/**
 * Translates a Sheets formula for the engine: open ranges are closed at `maxRowsOf(sheet)` rows
 * (`A2:A` → `A2:A1000`) or `maxColsOf(sheet)` columns (`A2:2` → `A2:Z2`); `sheet` is the name in
 * the reference's prefix, or null for the formula's own sheet; a string literal with a doubled
 * quote is spelled so the engine reads it (see {@link engineLiteral}).
 */
export function toEngineFormula(
  formula: string,
  maxRowsOf: (sheet: string | null) => number,
  maxColsOf: (sheet: string | null) => number = () => 26,
): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? engineLiteral(part)
        : part
            .replace(OPEN_ROWS, (_w, prefix: string | undefined, start: string, endCol: string) => `${prefix ?? ''}${start}:${endCol}${maxRowsOf(prefixSheet(prefix))}`)
            .replace(OPEN_COLS, (_w, prefix: string | undefined, start: string, endRow: string) => `${prefix ?? ''}${start}:${columnLetters(maxColsOf(prefixSheet(prefix)))}${endRow}`),
    )
    .join('');
}

/** True when a formula has an open range (its translation depends on the sheets' sizes). */
export function hasOpenRange(formula: string): boolean {
  let found = false;
  mapCode(formula, (code) => {
    OPEN_ROWS.lastIndex = 0;
    OPEN_COLS.lastIndex = 0;
    if (OPEN_ROWS.test(code) || OPEN_COLS.test(code)) found = true;
    OPEN_ROWS.lastIndex = 0;
    OPEN_COLS.lastIndex = 0;
    return code;
  });
  return found;
}

/** How Sheets writes a sheet name in a reference: bare when it can, quoted otherwise. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Rewrites references to sheet `from` (quoted or not) as references to `to`. */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  const prefix = new RegExp(String.raw`(?<![\p{L}\p{N}_.'])(${SHEET})`, 'gu');
  return mapCode(formula, (code) => code.replace(prefix, (whole, p: string) => (prefixSheet(p)?.toLowerCase() === from.toLowerCase() ? `${quoteSheetName(to)}!` : whole)));
}

const REF = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.$])(${SHEET})?(?:(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\p{L}\p{N}_(!])|(\$?)([A-Za-z]{1,3})(?=:)(?![\p{L}\p{N}_(!])|(?<=:)(\$?)([A-Za-z]{1,3})(?![\p{L}\p{N}_(!$])|(\$?)(\d+)(?=:)|(?<=:)(\$?)(\d+)(?![\p{L}\p{N}_(!$.:]))`,
  'gu',
);

/**
 * The formula Sheets puts in a cell `dRows` below and `dCols` right of the one it was written for
 * (Range.setFormula on a block): relative references move, `$`-anchored parts stay.
 */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  const col = (abs: string, letters: string) => (abs ? abs + letters : columnLetters(Math.max(1, columnNumber(letters) + dCols)));
  const row = (abs: string, digits: string) => (abs ? abs + digits : String(Math.max(1, Number(digits) + dRows)));
  // Quoted sheet names are kept out of the reference search.
  return mapCode(formula, (code) =>
    code
      .split(/('(?:[^']|'')+'!)/)
      .map((part, i) =>
        i % 2 === 1
          ? part
          : part.replace(REF, (...m: (string | undefined)[]) => {
              const [whole, prefix = '', ca, cl, ra, rd, oca, ocl, eca, ecl, ora, ord, era, erd] = m as string[];
              if (cl !== undefined) return `${prefix}${col(ca, cl)}${row(ra, rd)}`;
              if (ocl !== undefined) return `${prefix}${col(oca, ocl)}`;
              if (ecl !== undefined) return `${prefix}${col(eca, ecl)}`;
              if (ord !== undefined) return `${prefix}${row(ora, ord)}`;
              if (erd !== undefined) return `${prefix}${row(era, erd)}`;
              return whole;
            }),
      )
      .join(''),
  );
}
