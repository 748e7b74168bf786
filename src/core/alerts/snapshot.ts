/**
 * What the alert rules read: each tab's values as one read (`getValues`) hands them over, the
 * header row included, with the sheet row the data starts at. Columns are found by header through
 * the tab schemas (any of our languages, aliases, remembered positions), so a moved or renamed
 * column still feeds its rule.
 */
import { matchColumns } from '../tabs/header-match';
import type { TabSchema } from '../tabs/schema';
import type { TabId } from '../tabs/tab-ids';

/** One tab's values, as read in one call. */
export interface TabValues {
  /** The header row, as the sheet shows it. */
  readonly headers: readonly unknown[];
  /** The data rows under it (a row may be shorter than the header: missing cells are blank). */
  readonly rows: readonly (readonly unknown[])[];
  /** The sheet row (1-based) of `rows[0]`: 2 under a one-row header. */
  readonly firstRow: number;
  /** Column id → 1-based position our metadata remembers (finds a header the user renamed). */
  readonly remembered?: Readonly<Record<string, number>>;
}

/** The tabs the rules read, by id; a tab that is missing is simply not checked. */
export type AlertSnapshot = Partial<Readonly<Record<TabId, TabValues>>>;

/** A tab's rows, their cells found by column id. */
export interface Table {
  /** How many data rows. */
  readonly length: number;
  /** True when the sheet has the column. */
  has(column: string): boolean;
  /** The cell of data row `i` in `column`; blank (`''`) when the column is missing. */
  cell(i: number, column: string): unknown;
  /** The sheet row (1-based) of data row `i`. */
  sheetRow(i: number): number;
}

/** A table over `values`, its columns matched to `schema`'s by header. */
export function tableOf(schema: TabSchema, values: TabValues): Table {
  const { found } = matchColumns(schema, values.headers, values.remembered ?? {});
  return {
    length: values.rows.length,
    has: (column) => found.has(column),
    cell(i, column) {
      const at = found.get(column);
      if (at === undefined) return '';
      const cell = values.rows[i]?.[at];
      return cell === undefined || cell === null ? '' : cell;
    },
    sheetRow: (i) => values.firstRow + i,
  };
}

/** True when a cell holds nothing. */
export function isBlank(cell: unknown): boolean {
  return cell === '' || cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}
