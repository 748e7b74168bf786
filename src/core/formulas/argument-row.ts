/**
 * Where an argument of a custom-function call starts on the sheet, from the calling cell's formula
 * text: `=ACOS_ADS(B12:B13, D12:D13)` → argument 1 starts at row 12. A custom function receives
 * values, not addresses; this lets an error message say "row 13" instead of "item 2 of the range".
 * Only plain references are read (`D12:D`, `$D$12:$D$13`, `'Ads 2026'!D12:D`); an expression
 * (`FILTER(…)`, `{1;2}`) gives null, and the message falls back to the item's place in the range.
 */
export function argumentStartRow(formula: string, fn: string, argIndex: number): number | null {
  const args = callArguments(formula, fn);
  const arg = args?.[argIndex];
  if (arg === undefined) return null;
  const m = /^(?:(?:'(?:[^']|'')+'|[\w.]+)!)?\$?[A-Za-z]{1,3}\$?(\d+)(?::\$?[A-Za-z]{1,3}\$?\d*)?$/.exec(arg.trim());
  return m ? Number(m[1]) : null;
}

/** The top-level argument texts of the first call of `fn` in `formula`, or null when there is none. */
export function callArguments(formula: string, fn: string): string[] | null {
  const name = new RegExp(`(^|[^\\w.])${fn.replace(/[.$]/g, '\\$&')}\\s*\\(`, 'i').exec(formula);
  if (!name) return null;
  let i = name.index + name[0].length;
  const args: string[] = [];
  let depth = 0;
  let current = '';
  for (; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A string or a quoted sheet name: copy it whole ('' or "" inside is an escaped quote).
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      current += formula.slice(i, j + 1);
      i = j;
      continue;
    }
    if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') {
      if (depth === 0) {
        args.push(current);
        return args;
      }
      depth--;
    } else if ((ch === ',' || ch === ';') && depth === 0) {
      // `;` separates arguments in locales that use the decimal comma (de_DE).
      args.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  return null;
}
