/**
 * Sheets formulas → HyperFormula's (Excel's) dialect. HyperFormula rejects Sheets' open ranges
 * (`A2:A`, `Inventory!C2:C`), so they are closed at the sheet's last row, which is what Sheets means
 * by them. Text inside string literals is left alone.
 */
export function toEngineFormula(formula: string, maxRowsOf: (sheet: string | null) => number): string {
  // Split into string literals (kept) and code (translated).
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : closeOpenRanges(part, maxRowsOf)))
    .join('');
}

const OPEN_RANGE = /((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(?![\w(!$])/g;

function closeOpenRanges(code: string, maxRowsOf: (sheet: string | null) => number): string {
  return code.replace(OPEN_RANGE, (_whole, sheetPart: string | undefined, start: string, endCol: string) => {
    const sheet = sheetPart ? sheetPart.slice(0, -1).replace(/^'|'$/g, '').replace(/''/g, "'") : null;
    return `${sheetPart ?? ''}${start}:${endCol}${maxRowsOf(sheet)}`;
  });
}
