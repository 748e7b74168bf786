import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalAddon } from '../runtime/local-addon';
import { cellKey } from '../runtime/spreadsheet/workbook';
import { LOCALES, type Locale } from '../../src/core/i18n/locale';
import { TAB_SCHEMAS } from '../../src/core/tabs/registry';
import { columnFormat } from '../../src/core/tabs/schema';
import { TAB_IDS } from '../../src/core/tabs/tab-ids';
import { TAB_META_KEY, parseTabMeta } from '../../src/core/tabs/tab-meta';
import { emptyBook, setUp } from './tabs-helpers';

const books = new Map<Locale, LocalAddon>();
beforeAll(() => {
  for (const locale of LOCALES) books.set(locale, setUp(emptyBook(), locale));
}, 180_000);

function sheetOf(locale: Locale, id: (typeof TAB_IDS)[number]) {
  const addon = books.get(locale) as LocalAddon;
  const name = TAB_SCHEMAS[id].name[locale];
  const model = addon.book.sheetByName(name);
  if (!model) throw new Error(`no tab ${name}`);
  return { addon, model, name, schema: TAB_SCHEMAS[id] };
}

const cases = LOCALES.flatMap((locale) => TAB_IDS.map((id) => [locale, id] as const));

describe.each(cases)('setupTabs in %s: the %s tab', (locale, id) => {
  it('is named and headed in that language, one column per schema column', () => {
    const { addon, name, schema } = sheetOf(locale, id);
    expect(addon.show(name)[0]).toEqual(schema.columns.map((c) => c.header[locale]));
  });

  it('freezes the header row and puts a note on every header', () => {
    const { model, schema } = sheetOf(locale, id);
    expect(model.frozenRows).toBe(1);
    schema.columns.forEach((c, i) => expect(model.notes.get(cellKey(1, i + 1))).toContain(c.note[locale]));
  });

  it('formats each column from row 2 down', () => {
    const { model, schema } = sheetOf(locale, id);
    schema.columns.forEach((c, i) => {
      const format = columnFormat(c);
      for (const row of [2, 500, model.maxRows]) {
        if (format !== null && format !== 'General' && !schema.fixedCells?.some((f) => f.column === c.id && f.row === row)) {
          expect(model.formats.get(cellKey(row, i + 1)), `${c.id} row ${row}`).toBe(format);
        }
      }
    });
  });

  it('gives fixed-set columns a dropdown in that language and yes/no columns a checkbox', () => {
    const { model, schema } = sheetOf(locale, id);
    schema.columns.forEach((c, i) => {
      const rule = model.validations.get(cellKey(model.maxRows, i + 1));
      if (c.options) expect(rule?.args[0], c.id).toEqual(c.options.map((o) => o[locale]));
      else if (c.kind === 'bool' && !c.formula) expect(rule?.criteria, c.id).toBe('CHECKBOX');
      else expect(rule, c.id).toBeUndefined();
    });
  });

  it('computes each derived column with one formula in row 2 over open ranges', () => {
    const { model, schema } = sheetOf(locale, id);
    schema.columns.forEach((c, i) => {
      const row2 = model.formulas.get(cellKey(2, i + 1));
      if (!c.formula) return;
      expect(row2, c.id).toMatch(/^=.*\b([A-Z]+)2:\1\b/);
      expect(model.formulas.get(cellKey(3, i + 1)), c.id).toBeUndefined();
    });
  });

  it('adds its conditional formats and charts once, and records the schema version', () => {
    const { model, schema } = sheetOf(locale, id);
    expect(model.conditionalFormats).toHaveLength(schema.rules?.length ?? 0);
    expect(model.charts).toHaveLength(schema.charts?.length ?? 0);
    const meta = parseTabMeta(model.metadata.find((m) => m.key === TAB_META_KEY)?.value ?? null);
    expect(meta?.version).toBe(schema.version);
    expect(meta?.id).toBe(id);
  });
});

describe('setupTabs, the spreadsheet language', () => {
  it.each(LOCALES)('keeps %s as the spreadsheet language in Settings and the document property', (locale) => {
    const addon = books.get(locale) as LocalAddon;
    const settings = addon.show(TAB_SCHEMAS.settings.name[locale]);
    expect(settings.find((row) => row[0] === 'language')?.[2]).toBe(locale);
    expect(addon.toFile().properties?.document?.['opsdesk.sheetLanguage']).toBe(locale);
  });

  it('writes the Chinese headers operators use (日期, 关键词, 自然排名) on a 简体中文 Keywords tab', () => {
    const headers = (books.get('zh-CN') as LocalAddon).show('关键词')[0];
    expect(headers).toEqual(expect.arrayContaining(['日期', '关键词', '自然排名']));
  });

  it('seeds the Checklist with the daily, weekly and monthly routine', () => {
    const rows = (books.get('en') as LocalAddon).show('Checklist').slice(1);
    const frequency = rows.map((r) => r[1]);
    expect(frequency.filter((f) => f === 'Daily')).toHaveLength(11);
    expect(frequency).toEqual(expect.arrayContaining(['Weekly', 'Monthly']));
    expect(rows.map((r) => r[3])).toEqual(expect.arrayContaining(['Account Health', 'Promotions', 'Keywords']));
  });
});
