/**
 * Which report a table is: the header row (within the first rows: a title line may sit above it)
 * that every required column of one kind matches. When none matches, the closest kind and the
 * headers it lacks, so the user learns what is wrong with the file.
 */
import { fitHeader, type Fit, type HeaderMatch, type ReportSpec } from './columns';
import type { ReportKind } from './kinds';
import { PARSERS } from './parsers/registry';
import { cellText, type Table } from './table';

/** How many rows may precede the header (title lines, a report range, a marketplace line). */
export const HEADER_SEARCH_ROWS = 20;

/** A recognised report: its kind and where its columns are. */
export interface Recognised {
  readonly ok: true;
  readonly kind: ReportKind;
  readonly match: HeaderMatch<string>;
}

/** Not recognised: the closest kind and its missing headers, when something came close. */
export interface NotRecognised {
  readonly ok: false;
  readonly closest: ReportKind | null;
  readonly missing: readonly string[];
}

/** Recognises a report from its header row. */
export function recogniseReport(table: Table): Recognised | NotRecognised {
  let best: { kind: ReportKind; fit: Fit<string>; columns: number } | null = null;
  let closest: { kind: ReportKind; fit: Fit<string> } | null = null;
  const rows = Math.min(table.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < rows; i++) {
    const row = table[i];
    if (!row.some((c) => cellText(c) !== '')) continue;
    for (const parser of Object.values(PARSERS)) {
      const spec = parser.spec as ReportSpec<string>;
      const fit = fitHeader(spec, row, i);
      const columns = Object.keys(fit.match.columns).length;
      if (fit.present === fit.needed && !fit.foreign) {
        // Several kinds may fit one row; the one that claims the most columns is the specific one.
        if (!best || columns > best.columns) best = { kind: spec.kind, fit, columns };
      } else if (!fit.foreign && (!closest || fit.present / fit.needed > closest.fit.present / closest.fit.needed)) {
        closest = { kind: spec.kind, fit };
      }
    }
    if (best) break;
  }
  if (best) return { ok: true, kind: best.kind, match: best.fit.match };
  // Something came close when at least half its required columns (and two at least) are there.
  if (closest && closest.fit.present >= 2 && closest.fit.present * 2 >= closest.fit.needed) {
    return { ok: false, closest: closest.kind, missing: closest.fit.missing };
  }
  return { ok: false, closest: null, missing: [] };
}
