import { describe, expect, it } from 'vitest';
import { parseReportTable } from '../../../../src/core/reports/parse-report';

const HEADER = ['Date', 'Campaign Name', 'Ad Group Name', 'Targeting', 'Match Type', 'Customer Search Term', 'Impressions', 'Clicks', 'Spend', '7 Day Total Sales '];

describe('the Sponsored Products parsers', () => {
  it('reads "-" as no match type (auto and product targets)', () => {
    const out = parseReportTable([HEADER, ['2026-11-25', 'C', 'G', 'close-match', '-', 'x', '1', '0', '$0.00', '$0.00']], { fileName: 's.csv' });
    expect(out.ok && out.records[0]).toMatchObject({ matchType: '' });
  });

  it('keeps the later of two rows with the same key and warns', () => {
    const a = ['2026-11-25', 'C', 'G', 'kw', 'EXACT', 'x', '10', '1', '$1.00', '$0.00'];
    const b = ['2026-11-25', 'C', 'G', 'kw', 'EXACT', 'x', '12', '1', '$1.00', '$0.00'];
    const out = parseReportTable([HEADER, a, b], { fileName: 's.csv' });
    expect(out.ok && [out.records.length, (out.records[0] as { impressions: number }).impressions]).toEqual([1, 12]);
    expect(out.ok && out.warnings.map((w) => w.key)).toEqual(['warning.duplicates']);
  });

  it('tells the same search term under two match types apart', () => {
    const a = ['2026-11-25', 'C', 'G', 'kw', 'EXACT', 'x', '10', '1', '$1.00', '$0.00'];
    const b = ['2026-11-25', 'C', 'G', 'kw', 'PHRASE', 'x', '12', '1', '$1.00', '$0.00'];
    const out = parseReportTable([HEADER, a, b], { fileName: 's.csv' });
    expect(out.ok && out.records.length).toBe(2);
  });

  it('warns about an unreadable number and leaves it empty', () => {
    const out = parseReportTable([HEADER, ['2026-11-25', 'C', 'G', 'kw', 'EXACT', 'x', 'lots', '1', '$1.00', '$0.00']], { fileName: 's.csv' });
    expect(out.ok && out.records[0]).toMatchObject({ impressions: null });
    expect(out.ok && out.warnings[0]).toEqual({ key: 'warning.badNumber', params: { row: 2, column: 'Impressions', text: 'lots' } });
  });

  it('skips a row whose date is not a date, with a warning', () => {
    const out = parseReportTable([HEADER, ['someday', 'C', 'G', 'kw', 'EXACT', 'x', '1', '1', '$1.00', '$0.00']], { fileName: 's.csv' });
    expect(out.ok && [out.records.length, out.warnings[0].key]).toEqual([0, 'warning.badDate']);
  });
});
