/** How formulas name tabs and columns. */

/** A tab name as a formula prefix: bare when Sheets allows it, else quoted (`'设置'!`). */
export function sheetPrefix(name: string): string {
  const bare = /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return bare ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
