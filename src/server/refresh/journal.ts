/**
 * Every write of a refresh goes through a journal that remembers what the cells held, so a run
 * that fails part-way puts them back: a failed refresh leaves the tabs as they were.
 */
type Range = GoogleAppsScript.Spreadsheet.Range;

/** One write and what it replaced (formulas kept as formulas). */
interface Entry {
  readonly range: Range;
  readonly before: unknown[][];
}

/** The writes of one run, undoable in reverse order. */
export class Journal {
  private readonly entries: Entry[] = [];

  /** Writes `values` to `range`, whose cells held `before` (what setValues will restore). */
  write(range: Range, values: unknown[][], before: unknown[][]): void {
    this.entries.push({ range, before });
    range.setValues(values);
  }

  /** How many writes were made. */
  get size(): number {
    return this.entries.length;
  }

  /** Puts back every cell written, newest first; a failure to restore one does not stop the others. Returns the writes that could not be undone. */
  undo(): number {
    let failed = 0;
    while (this.entries.length) {
      const entry = this.entries.pop() as Entry;
      try {
        entry.range.setValues(entry.before);
      } catch {
        failed++;
      }
    }
    return failed;
  }
}

/** A block of blank cells (what appended rows replace). */
export function blanks(rows: number, columns: number): string[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => ''));
}
