import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/core/i18n/locale';
import { formulaContext } from '../../../src/core/tabs/plan';
import { allSchemas, TAB_SCHEMAS } from '../../../src/core/tabs/registry';
import { headerKey } from '../../../src/core/tabs/header-match';
import { TAB_IDS } from '../../../src/core/tabs/tab-ids';

const schemas = allSchemas().map((s) => [s.id, s] as const);
const settings = { sheetName: 'Settings', keyColumn: 1, valueColumn: 3 };

describe('the tab registry', () => {
  it('has a schema for every tab id, in tab order', () => {
    expect(allSchemas().map((s) => s.id)).toEqual([...TAB_IDS]);
  });

  it('gives every tab a different name in each language', () => {
    for (const locale of LOCALES) expect(new Set(allSchemas().map((s) => s.name[locale])).size).toBe(TAB_IDS.length);
  });
});

describe.each(schemas)('the %s schema', (_id, schema) => {
  it('has unique column ids and, in each language, unique non-empty headers and notes', () => {
    expect(new Set(schema.columns.map((c) => c.id)).size).toBe(schema.columns.length);
    for (const locale of LOCALES) {
      expect(new Set(schema.columns.map((c) => headerKey(c.header[locale]))).size).toBe(schema.columns.length);
      for (const c of schema.columns) expect(c.note[locale].length, `${c.id} ${locale}`).toBeGreaterThan(3);
    }
  });

  it('fits in a new sheet without adding columns (26)', () => {
    expect(schema.columns.length).toBeLessThanOrEqual(26);
  });

  it('writes each derived column as one formula over open ranges of its own columns', () => {
    const positions = new Map(schema.columns.map((c, i) => [c.id, i + 1]));
    for (const locale of LOCALES) {
      const ctx = formulaContext(schema, positions, locale, settings);
      for (const c of schema.columns.filter((x) => x.formula)) {
        const formula = c.formula?.(ctx) ?? '';
        expect(formula, c.id).toMatch(/^=[A-Z_]+\(/);
        expect(formula, c.id).toMatch(/\b([A-Z]{1,2})2:\1\b/);
      }
    }
  });

  it('colours only columns it has, and charts only columns it has', () => {
    const ids = new Set(schema.columns.map((c) => c.id));
    for (const rule of schema.rules ?? []) for (const id of rule.columns) expect(ids.has(id), `${rule.id}: ${id}`).toBe(true);
    for (const chart of schema.charts ?? []) for (const id of chart.columns) expect(ids.has(id), `${chart.id}: ${id}`).toBe(true);
  });

  it('writes every rule formula in every language (options and settings it names exist)', () => {
    const positions = new Map(schema.columns.map((c, i) => [c.id, i + 1]));
    for (const locale of LOCALES) {
      const ctx = formulaContext(schema, positions, locale, settings);
      for (const rule of schema.rules ?? []) expect(rule.formula(ctx), rule.id).toMatch(/^=/);
    }
  });

  it('gives every dropdown value in all three languages', () => {
    for (const c of schema.columns) for (const o of c.options ?? []) for (const locale of LOCALES) expect(o[locale], c.id).not.toBe('');
  });
});

describe('Settings', () => {
  it('holds every threshold the issue lists', () => {
    const keys = TAB_SCHEMAS.settings.seed?.rows('en').map((r) => r.key);
    expect(keys).toEqual(
      expect.arrayContaining(['targetAcos', 'daysOfStockFloor', 'productionDays', 'firstLegDays', 'receivingDays', 'safetyDays', 'rankDropAlert', 'storageSeason', 'marketplace', 'timeZone', 'currency', 'language', 'refreshHour']),
    );
  });

  it('reads its settings by key in formulas, never by cell address', () => {
    const ctx = formulaContext(TAB_SCHEMAS.ads, new Map(TAB_SCHEMAS.ads.columns.map((c, i) => [c.id, i + 1])), 'en', { sheetName: '设置', keyColumn: 2, valueColumn: 4 });
    expect(ctx.setting('targetAcos')).toBe(`INDEX('设置'!$D:$D, MATCH("targetAcos", '设置'!$B:$B, 0))`);
    expect(ctx.settingInRule('targetAcos')).toBe(`INDEX(INDIRECT("'设置'!D:D"), MATCH("targetAcos", INDIRECT("'设置'!B:B"), 0))`);
  });
});
