import { describe, expect, it } from 'vitest';
import { isEmptyPlan, planTab, runsOf, type ObservedSheet } from '../../../src/core/tabs/plan';
import { TAB_SCHEMAS } from '../../../src/core/tabs/registry';
import type { TabMeta } from '../../../src/core/tabs/tab-meta';

const ads = TAB_SCHEMAS.ads;
const settings = { sheetName: 'Settings', keyColumn: 1, valueColumn: 3 };
const empty: ObservedSheet = { headers: [], row2Formulas: [], row2Values: [], meta: null };

/** What a freshly set-up Ads tab holds, as setup reads it back. */
function setUpAds(): ObservedSheet {
  const plan = planTab({ schema: ads, mode: 'create', locale: 'en', observed: empty, settings });
  const values = plan.newColumns?.values ?? [];
  return { headers: values.map((v) => v.header), row2Formulas: values.map((v) => v.formula), row2Values: values.map(() => ''), meta: plan.meta };
}

describe('planTab', () => {
  it('creates every column in schema order with row-2 formulas for the derived ones', () => {
    const plan = planTab({ schema: ads, mode: 'create', locale: 'zh-CN', observed: empty, settings });
    expect(plan.newColumns?.column).toBe(1);
    expect(plan.newColumns?.values.map((v) => v.header)).toEqual(ads.columns.map((c) => c.header['zh-CN']));
    expect(plan.newColumns?.values.filter((v) => v.formula !== '')).toHaveLength(ads.columns.filter((c) => c.formula).length);
  });

  it('plans nothing for a tab that is already set up', () => {
    expect(isEmptyPlan(planTab({ schema: ads, mode: 'update', locale: 'en', observed: setUpAds(), settings }))).toBe(true);
  });

  it('adds a missing column on the right and styles only that one', () => {
    const observed = setUpAds();
    const at = ads.columns.findIndex((c) => c.id === 'budget');
    const headers = observed.headers.map((h, i) => (i === at ? 'My own column' : h));
    const meta = { ...(observed.meta as TabMeta), columns: { ...(observed.meta as TabMeta).columns, budget: 99 } };
    const plan = planTab({ schema: ads, mode: 'update', locale: 'en', observed: { ...observed, headers, meta }, settings });
    expect(plan.newColumns).toEqual({ column: ads.columns.length + 1, values: [{ header: 'Daily budget', formula: '' }] });
    expect(plan.formats).toEqual([{ column: ads.columns.length + 1, values: ['#,##0.00'] }]);
    expect(plan.meta.columns.budget).toBe(ads.columns.length + 1);
  });

  it('rewrites a derived formula only where row 2 is empty', () => {
    const observed = setUpAds();
    const acos = ads.columns.findIndex((c) => c.id === 'acos');
    const cleared = planTab({ schema: ads, mode: 'update', locale: 'en', observed: { ...observed, row2Formulas: observed.row2Formulas.map((f, i) => (i === acos ? '' : f)) }, settings });
    expect(cleared.formulaFixes).toEqual([{ column: acos + 1, formula: '=ACOS_ADS(L2:L, M2:M)' }]);
    const typedOver = planTab({
      schema: ads,
      mode: 'update',
      locale: 'en',
      observed: { ...observed, row2Formulas: observed.row2Formulas.map((f, i) => (i === acos ? '' : f)), row2Values: observed.row2Values.map((v, i) => (i === acos ? 0.3 : v)) },
      settings,
    });
    expect(typedOver.formulaFixes).toEqual([]);
  });

  it('adds only the rules and charts the metadata does not list', () => {
    const observed = setUpAds();
    const plan = planTab({ schema: ads, mode: 'update', locale: 'en', observed: { ...observed, meta: { ...(observed.meta as TabMeta), rules: [], charts: ['acos-spend'] } }, settings });
    expect(plan.rules.map((r) => r.id)).toEqual(['acos-over-target']);
    expect(plan.charts).toEqual([]);
  });

  it('re-applies notes, formats and dropdowns and re-frames the tab on a version upgrade', () => {
    const observed = setUpAds();
    const plan = planTab({ schema: ads, mode: 'update', locale: 'en', observed: { ...observed, meta: { ...(observed.meta as TabMeta), version: 0 } }, settings });
    expect(plan.frame).toBe(true);
    expect(plan.formats.flatMap((r) => r.values)).toHaveLength(ads.columns.length);
    expect(plan.meta.version).toBe(ads.version);
  });

  it('appends only the seed rows whose key is missing', () => {
    const schema = TAB_SCHEMAS.settings;
    const created = planTab({ schema, mode: 'create', locale: 'en', observed: empty, settings: null });
    const headers = created.newColumns?.values.map((v) => v.header) ?? [];
    const keys = (schema.seed?.rows('en') ?? []).map((r) => r.key).filter((k) => k !== 'refreshHour');
    const plan = planTab({ schema, mode: 'adopt', locale: 'en', observed: { headers, row2Formulas: headers.map(() => ''), row2Values: headers.map(() => ''), meta: null, seedKeys: keys }, settings: null });
    expect(plan.seedRows).toEqual([['refreshHour', 'Refresh hour', 6, expect.stringContaining('Hour of the day')]]);
  });
});

describe('runsOf', () => {
  it('groups adjacent columns into one run', () => {
    expect(runsOf([{ column: 3, value: 'c' }, { column: 1, value: 'a' }, { column: 2, value: 'b' }, { column: 5, value: 'e' }])).toEqual([
      { column: 1, values: ['a', 'b', 'c'] },
      { column: 5, values: ['e'] },
    ]);
  });
});

describe('planTab upgrading Inventory from version 2 to 3', () => {
  const inventory = TAB_SCHEMAS.inventory;
  const v3 = inventory.columns.filter((c) => c.since === 3);

  /** An Inventory tab as version 2 set it up: every column but the version-3 ones. */
  function version2(locale: 'en' | 'zh-CN' | 'zh-TW'): ObservedSheet {
    const columns = inventory.columns.filter((c) => (c.since ?? 1) <= 2);
    const plan = planTab({ schema: { ...inventory, version: 2, columns }, mode: 'create', locale, observed: empty, settings });
    const values = plan.newColumns?.values ?? [];
    return { headers: values.map((v) => v.header), row2Formulas: values.map((v) => v.formula), row2Values: values.map(() => ''), meta: plan.meta };
  }

  it.each([
    ['en', ['Unit volume (cu ft)', 'AIS units 181–270 d', 'AIS units 271–365 d', 'AIS units 366–455 d', 'AIS units 456+ d']],
    ['zh-CN', ['单件体积（立方英尺）', '超龄费件数 181–270 天', '超龄费件数 271–365 天', '超龄费件数 366–455 天', '超龄费件数 456 天以上']],
    ['zh-TW', ['單件體積（立方英尺）', '超齡費件數 181–270 天', '超齡費件數 271–365 天', '超齡費件數 366–455 天', '超齡費件數 456 天以上']],
  ] as const)('adds the unit volume and the AIS bands on the right, headed in %s', (locale, headers) => {
    const observed = version2(locale);
    const plan = planTab({ schema: inventory, mode: 'update', locale, observed, settings });
    expect(plan.newColumns).toEqual({ column: observed.headers.length + 1, values: headers.map((header) => ({ header, formula: '' })) });
  });

  it('notes and formats only the new columns, keeps Aged 181+ days where it is, and raises the version', () => {
    const observed = version2('en');
    const plan = planTab({ schema: inventory, mode: 'update', locale: 'en', observed, settings });
    const first = observed.headers.length + 1;
    expect(plan.notes).toEqual([{ column: first, values: v3.map((c) => c.note.en) }]);
    expect(plan.meta.columns.aged181).toBe((observed.meta as TabMeta).columns.aged181);
    expect(plan.meta.version).toBe(3);
  });
});
