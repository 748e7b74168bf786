import { describe, expect, it } from 'vitest';
import { dateFromFileName } from '../../../../src/core/reports/parsers/business-report';
import { parseReportTable } from '../../../../src/core/reports/parse-report';

describe('dateFromFileName', () => {
  it.each([
    ['BusinessReport-11-25-26.csv', '2026-11-25'],
    ['BusinessReport-02.12.25.csv', '2025-02-12'],
    ['BusinessReport-25-11-26.csv', '2026-11-25'],
    ['BusinessReport-2026-11-25.csv', '2026-11-25'],
    ['2023年5月1日.csv', '2023-05-01'],
    ['C:\\Downloads\\BusinessReport-11-25-2026.csv', '2026-11-25'],
    ['BusinessReport.csv', null],
    ['BusinessReport-13-32-26.csv', null],
  ])('%s → %s', (name, day) => {
    expect(dateFromFileName(name)).toBe(day);
  });
});

const HEADER = ['(Parent) ASIN', '(Child) ASIN', 'Title', 'Sessions – Total', 'Units Ordered', 'Ordered Product Sales'];

describe('the Business Report parser', () => {
  it('takes the date the user chose over the file name', () => {
    const out = parseReportTable([HEADER, ['B0PARENT01', 'B0CHILD001', 'x', '1', '1', '$1.00']], { fileName: 'BusinessReport-11-25-26.csv', date: '2026-11-20' });
    expect(out.ok && out.records[0]).toMatchObject({ date: '2026-11-20' });
  });

  it('asks for a date when neither the user nor the file name gives one', () => {
    const out = parseReportTable([HEADER], { fileName: 'report.csv' });
    expect(!out.ok && out.problem.key).toBe('problem.dateRequired');
  });

  it.each([['Total'], ['Totals'], ['合计'], ['總計']])('skips a totals row labelled %s', (label) => {
    const out = parseReportTable([HEADER, [label, '', '', '10', '2', '$9.00']], { fileName: 'r.csv', date: '2026-11-20' });
    expect(out.ok && [out.records.length, out.skipped]).toEqual([0, 1]);
  });

  it('warns about and skips a row whose child ASIN is not an ASIN', () => {
    const out = parseReportTable([HEADER, ['B0PARENT01', 'not-an-asin', 'x', '1', '1', '$1.00']], { fileName: 'r.csv', date: '2026-11-20' });
    expect(out.ok && out.warnings.map((w) => w.key)).toEqual(['warning.notAsin', 'warning.noRows']);
  });

  it('keys records by date, child ASIN and SKU', () => {
    const out = parseReportTable([HEADER, ['B0PARENT01', 'b0child001', 'x', '1', '1', '$1.00']], { fileName: 'r.csv', date: '2026-11-20' });
    expect(out.ok && out.keys).toEqual(['2026-11-20|B0CHILD001|']);
  });
});
