import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_ROWS, isPlanProblem, planImport, type CellInput, type ExistingCell, type ImportPlan, type TabView } from '../../../src/core/import/plan';
import { option, type TabValues, type TargetRows } from '../../../src/core/import/targets';
import { ADS } from '../../../src/core/tabs/ads';

const HEADERS = ADS.columns.map((c) => c.header.en);
const KEY = ['date', 'adType', 'campaign', 'adGroup', 'targeting', 'matchType'];

function target(rows: TabValues[]): TargetRows {
  return { tab: 'ads', keyColumns: KEY, sum: ['impressions', 'clicks', 'spend'], rows, warnings: [] };
}
const row = (campaign: string, impressions: number, extra: Partial<Record<string, string | number | null>> = {}): TabValues => ({
  date: '2026-11-20',
  adType: option(0),
  campaign,
  adGroup: 'G',
  targeting: 'mug',
  matchType: option(0),
  impressions,
  ...extra,
});

function plan(view: TabView, rows: TabValues[], chunk = CHUNK_ROWS): ImportPlan {
  const p = planImport(ADS, view, target(rows), 'en', chunk);
  if (isPlanProblem(p)) throw new Error(p.problem.key);
  return p;
}

/** What Sheets keeps of a written cell: a plain-text cell keeps the text; elsewhere an apostrophe only says "text". */
function kept(v: CellInput, format: string): ExistingCell {
  if (v === '') return null;
  return format !== '@' && typeof v === 'string' && v.startsWith("'") ? v.slice(1) : v;
}

/** The view after the plan's writes (rows grown as needed). */
function applied(view: TabView, p: ImportPlan): TabView {
  const rows = view.rows.map((r) => [...r]);
  for (const chunk of p.chunks) {
    for (const block of chunk.blocks) {
      block.values.forEach((line, i) => {
        const r = block.row - 2 + i;
        while (rows.length <= r) rows.push(Array.from({ length: view.headers.length }, () => null));
        line.forEach((v, j) => (rows[r][block.column - 1 + j] = kept(v, block.formats[j])));
      });
    }
  }
  return { ...view, rows };
}

const empty: TabView = { headers: HEADERS, remembered: {}, rows: [] };

describe('planImport', () => {
  it('appends new rows under the last used row, one block per run of adjacent columns it fills', () => {
    const p = plan(empty, [row('A', 10), row('B', 20)]);
    expect(p).toMatchObject({ added: 2, updated: 0, unchanged: 0, lastRow: 3 });
    const blocks = p.chunks.flatMap((c) => c.blocks);
    expect(blocks.map((b) => [b.row, b.column, b.values.length, b.values[0].length])).toEqual([
      [2, 1, 2, 6],
      [2, 8, 2, 1],
    ]);
  });

  it('never writes a computed column', () => {
    const p = plan(empty, [row('A', 10, { clicks: 1, spend: 2 })]);
    const written = p.chunks.flatMap((c) => c.blocks.flatMap((b) => b.values[0].map((_, j) => HEADERS[b.column - 1 + j])));
    expect(written).not.toContain('CTR');
    expect(written).not.toContain('CPC');
    expect(written).toEqual(expect.arrayContaining(['Impressions', 'Clicks', 'Spend']));
  });

  it('finds the columns by header wherever the user moved them', () => {
    const headers = [...HEADERS].reverse();
    const p = plan({ headers, remembered: {}, rows: [] }, [row('A', 10)]);
    const block = p.chunks[0].blocks.find((b) => b.values[0].includes('A'));
    expect(headers[(block?.column ?? 0) - 1 + (block?.values[0].indexOf('A') ?? 0)]).toBe('Campaign');
  });

  it('writes text into a plain-text column as it is, and a dropdown value in the sheet language', () => {
    const p = plan(empty, [row('=1+1', 10)]);
    expect(p.chunks[0].blocks[0].values[0]).toEqual(['2026-11-20', 'SP', '=1+1', 'G', 'mug', 'Exact']);
    expect(p.chunks[0].blocks[0].formats).toEqual(['yyyy-mm-dd', '@', '@', '@', '@', '@']);
  });

  it('sums records that land on one row', () => {
    const p = plan(empty, [row('A', 10), row('A', 5)]);
    expect(p.added).toBe(1);
    expect(p.chunks[0].blocks[1].values).toEqual([[15]]);
  });

  it('updates only a row whose values changed, and counts the others unchanged', () => {
    const first = applied(empty, plan(empty, [row('A', 10), row('B', 20)]));
    const p = plan(first, [row('A', 10), row('B', 25)]);
    expect(p).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    expect(p.chunks[0].blocks.map((b) => b.row)).toEqual([3, 3]);
  });

  it('recognises a dropdown value written in another of our languages', () => {
    const view: TabView = { headers: HEADERS, remembered: {}, rows: [['2026-11-20', 'SP', 'A', 'G', 'mug', '精准', null, 10]] };
    expect(plan(view, [row('A', 10)])).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
  });

  it('cuts the writes into chunks of at most the given rows', () => {
    const p = plan(empty, Array.from({ length: 7 }, (_, i) => row(`C${i}`, i)), 3);
    expect(p.chunks.map((c) => c.added)).toEqual([3, 3, 1]);
    expect(p.chunks.every((c) => c.blocks.every((b) => b.values.length <= 3))).toBe(true);
  });

  it('is a problem when a key column is missing from the tab', () => {
    const headers = HEADERS.filter((h) => h !== 'Campaign');
    const p = planImport(ADS, { headers, remembered: {}, rows: [] }, target([row('A', 1)]), 'en');
    expect(isPlanProblem(p) && p.problem).toEqual({ key: 'import.noKeyColumn', params: { tab: 'Ads', column: 'Campaign' } });
  });

  it('warns about a column the report fills that the tab lacks, and writes the rest', () => {
    const headers = HEADERS.filter((h) => h !== 'Impressions');
    const p = plan({ headers, remembered: {}, rows: [] }, [row('A', 1)]);
    expect(p.warnings).toEqual([{ key: 'import.missingColumns', params: { tab: 'Ads', columns: '"Impressions"' } }]);
    expect(p.added).toBe(1);
  });

  it('keeps a user row that has no key and appends after it', () => {
    const view: TabView = { headers: HEADERS, remembered: {}, rows: [[null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 'my note']] };
    expect(plan(view, [row('A', 1)]).chunks[0].blocks[0].row).toBe(3);
  });

  it('changes nothing when the same rows are planned again after being written (any rows)', () => {
    const text = fc.string({ maxLength: 6 });
    const record = fc.record({ campaign: text, adGroup: text, targeting: text, impressions: fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: null }), spend: fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (records) => {
        const rows = records.map((r) => ({ date: '2026-11-20', adType: option(0), matchType: '', ...r }));
        const once = applied(empty, plan(empty, rows));
        const again = plan(once, rows);
        expect(again.chunks).toEqual([]);
        expect(again.added + again.updated).toBe(0);
      }),
    );
  });
});
