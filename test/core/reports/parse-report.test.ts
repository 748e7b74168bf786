import { describe, expect, it } from 'vitest';
import { MAX_WARNINGS, describeNote, parseReportTable, parseReportText, planDecoding } from '../../../src/core/reports/parse-report';

const ST = 'Date,Campaign Name,Ad Group Name,Targeting,Match Type,Customer Search Term,Impressions,Clicks,Spend\n';

describe('parseReportText', () => {
  it('reads a semicolon-separated file saved by a European Excel', () => {
    const out = parseReportText('Date;Campaign Name;Ad Group Name;Customer Search Term;Impressions;Clicks;Spend\n2026-11-25;C;G;x;10;1;"1,50 €"\n', { fileName: 's.csv' });
    expect(out.ok && out.records[0]).toMatchObject({ spend: 1.5, currency: 'EUR' });
  });

  it('refuses text a decoder already garbled (U+FFFD)', () => {
    const out = parseReportText(ST + '2026-11-25,C,G,kw,EXACT,\uFFFD\uFFFD,1,1,1\n', { fileName: 's.csv' }, 'windows-1252');
    expect(!out.ok && describeNote(out.problem, 'en')).toBe('s.csv has characters that cannot be read as windows-1252. Save it again as UTF-8 CSV.');
  });

  it('calls a last row cut short without a line break truncated', () => {
    const out = parseReportText(ST + '2026-11-25,C,G,kw,EXACT,x,1', { fileName: 's.csv' });
    expect(!out.ok && out.problem.key).toBe('problem.truncated');
  });

  it('accepts a complete last row without a line break', () => {
    const out = parseReportText(ST + '2026-11-25,C,G,kw,EXACT,x,1,1,1', { fileName: 's.csv' });
    expect(out.ok && out.records.length).toBe(1);
  });

  it('warns about a short row in the middle and reads its missing cells as empty', () => {
    const out = parseReportText(ST + '2026-11-25,C,G,kw,EXACT,x,1\n2026-11-25,C,G,kw,EXACT,y,1,1,1\n', { fileName: 's.csv' });
    expect(out.ok && out.warnings[0]).toEqual({ key: 'warning.shortRow', params: { row: 2 } });
  });

  it('warns when a recognised report has no rows', () => {
    const out = parseReportText(ST, { fileName: 's.csv' });
    expect(out.ok && out.warnings.map((w) => w.key)).toEqual(['warning.noRows']);
  });
});

describe('parseReportTable', () => {
  it(`keeps at most ${MAX_WARNINGS} warnings and says how many more there were`, () => {
    const rows = Array.from({ length: 80 }, (_, i) => ['2026-11-25', 'C', 'G', 'kw', 'EXACT', `t${i}`, 'lots', '1', '1']);
    const out = parseReportTable([ST.trim().split(','), ...rows], { fileName: 's.csv' });
    expect(out.ok && out.warnings.length).toBe(MAX_WARNINGS + 1);
    expect(out.ok && out.warnings[MAX_WARNINGS]).toEqual({ key: 'warning.more', params: { count: 30 } });
  });

  it('says a one-column table has no columns', () => {
    const out = parseReportTable([['Date|Campaign'], ['x|y']], { fileName: 'p.csv' });
    expect(!out.ok && out.problem.key).toBe('problem.oneColumn');
  });
});

describe('planDecoding', () => {
  it.each([
    ['text', Buffer.from('a,b\n'), { read: 'text', charset: 'UTF-8' }],
    ['XLSX', Buffer.from([0x50, 0x4b, 3, 4]), { read: 'xlsx' }],
  ] as const)('reads %s', (_name, bytes, plan) => {
    expect(planDecoding(bytes, 'f')).toEqual(plan);
  });

  it('refuses a PDF with a message naming the file', () => {
    expect(planDecoding(Buffer.from('%PDF-1.4'), 'r.csv')).toEqual({ ok: false, problem: { key: 'problem.pdf', params: { file: 'r.csv' } } });
  });
});

describe('describeNote', () => {
  it('writes a warning in each language', () => {
    const note = { key: 'warning.badNumber' as const, params: { row: 3, column: 'Clicks', text: 'x' } };
    expect(describeNote(note, 'en')).toBe('Row 3: Clicks is not a number ("x"); left empty.');
    expect(describeNote(note, 'zh-CN')).toBe('第 3 行：Clicks 不是数字（“x”），已留空。');
    expect(describeNote(note, 'zh-TW')).toBe('第 3 列：Clicks 不是數字（「x」），已留空。');
  });
});
