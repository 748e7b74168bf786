import { describe, expect, it } from 'vitest';
import { LocalAddon } from '../runtime/local-addon';
import type { WorkbookFile } from '../runtime/workbook-file';
import { TAB_SCHEMAS } from '../../src/core/tabs/registry';
import { TAB_META_KEY } from '../../src/core/tabs/tab-meta';
import { cellOf, emptyBook, inputOf, inputs, putRows, setInput, setUp, tabOf } from './tabs-helpers';

/** What setupTabs said it did, by tab id. */
function actions(addon: LocalAddon, args: unknown[] = []): Record<string, string> {
  const report = addon.call('setupTabs', args);
  if (report.error !== undefined) throw new Error(report.error);
  return Object.fromEntries((report.value as { tabs: { id: string; action: string }[] }).tabs.map((t) => [t.id, t.action]));
}

let adsBook: WorkbookFile | null = null;

/** A workbook with the Ads tab (and Settings) set up in English and two user rows, as a file. */
function setUpFile(): WorkbookFile {
  adsBook ??= setUp(emptyBook(), 'en', [['ads']]).toFile();
  const file = structuredClone(adsBook);
  putRows(file, 'ads', [
    { date: '2026-11-25', campaign: 'Mug – exact', spend: 12.5, adSales: 50, clicks: 25, impressions: 1000, adOrders: 2 },
    { date: '2026-11-26', campaign: 'Mug – exact', spend: 20, adSales: 0, clicks: 30, impressions: 1200, adOrders: 0 },
  ]);
  return file;
}

describe('setupTabs run again', () => {
  it('changes nothing in a workbook it already set up (every tab)', () => {
    const addon = setUp(emptyBook(), 'en');
    const before = addon.toFile();
    expect(new Set(Object.values(actions(addon)))).toEqual(new Set(['unchanged']));
    expect(addon.toFile().sheets).toEqual(before.sheets);
  });

  it('writes nothing on a re-run: only reads and the toast', () => {
    const addon = LocalAddon.load({ book: setUpFile(), locale: 'en' });
    const report = addon.call('setupTabs', [['ads']]);
    const writes = Object.keys(report.calls).filter((m) => /\.(set|insert|add|append|clear|delete)/.test(m) && m !== 'Spreadsheet.toast');
    expect(writes).toEqual([]);
  });

  it('keeps the spreadsheet language when a user with another language runs it', () => {
    const addon = LocalAddon.load({ book: setUpFile(), locale: 'zh-CN' });
    const result = addon.callValue<{ language: string; tabs: { name: string }[] }>('setupTabs', []);
    expect(result.language).toBe('en');
    expect(addon.book.sheetByName('广告')).toBeUndefined();
  });
});

describe('setupTabs and the spreadsheet language in Settings', () => {
  /** The file with the Settings language cell set to `language`. */
  function withSettingsLanguage(language: string): WorkbookFile {
    const file = setUpFile();
    const { sheet, meta } = tabOf(file, 'settings');
    const row = Object.entries(sheet.cells ?? {}).find(([a1, cell]) => a1.startsWith('A') && inputOf(cell) === 'language')?.[0].slice(1);
    setInput(sheet, cellOf(meta, 'value', Number(row)), language);
    return file;
  }

  it('sets up new tabs in the language the user chose in Settings, and keeps it in the document', () => {
    const addon = LocalAddon.load({ book: withSettingsLanguage('zh-CN'), locale: 'en' });
    actions(addon, [['keywords']]);
    expect(addon.book.sheetByName('关键词')).toBeDefined();
    expect(addon.toFile().properties?.document?.['opsdesk.sheetLanguage']).toBe('zh-CN');
  });

  it('writes a language given to setupTabs back into Settings', () => {
    const addon = LocalAddon.load({ book: setUpFile(), locale: 'en' });
    actions(addon, [['ads'], 'zh-TW']);
    expect(addon.show('Settings').find((r) => r[0] === 'language')?.[2]).toBe('zh-TW');
  });
});

describe('setupTabs on tabs the user changed', () => {
  it('still finds a tab the user renamed (developer metadata) and adds no second one', () => {
    const file = setUpFile();
    tabOf(file, 'ads').sheet.name = 'My PPC';
    const addon = LocalAddon.load({ book: file, locale: 'en' });
    expect(actions(addon, [['ads']]).ads).toBe('unchanged');
    expect(addon.book.sheetByName('Ads')).toBeUndefined();
  });

  it('finds a column the user moved by its header and adds no duplicate', () => {
    const file = setUpFile();
    const { sheet } = tabOf(file, 'ads');
    // Swap the Campaign and Ad group columns, header and data (a user's drag in Sheets).
    const cells = sheet.cells ?? {};
    for (const row of [1, 2, 3]) {
      const [c, d] = [cells[`C${row}`], cells[`D${row}`]];
      if (d === undefined) delete cells[`C${row}`];
      else cells[`C${row}`] = d;
      if (c === undefined) delete cells[`D${row}`];
      else cells[`D${row}`] = c;
    }
    const addon = LocalAddon.load({ book: file, locale: 'en' });
    actions(addon, [['ads']]);
    const headers = addon.show('Ads')[0];
    expect(headers.filter((h) => h === 'Campaign')).toHaveLength(1);
    expect(headers.length).toBe(TAB_SCHEMAS.ads.columns.length);
    expect(addon.show('Ads')[1][3]).toBe('Mug – exact');
  });

  it('finds a column whose header the user renamed, where our metadata last saw it', () => {
    const file = setUpFile();
    const { sheet } = tabOf(file, 'ads');
    const c1 = sheet.cells?.C1;
    if (typeof c1 === 'object') c1.input = 'Kampagne';
    const addon = LocalAddon.load({ book: file, locale: 'en' });
    expect(actions(addon, [['ads']]).ads).toBe('unchanged');
    expect(addon.show('Ads')[0]).not.toContain('Campaign');
  });

  it('adds back a derived column formula the user cleared, and nothing else', () => {
    const file = setUpFile();
    const { sheet, meta } = tabOf(file, 'ads');
    const acos = `${String.fromCharCode(64 + meta.columns.acos)}2`;
    delete sheet.cells?.[acos];
    const addon = LocalAddon.load({ book: file, locale: 'en' });
    expect(actions(addon, [['ads']]).ads).toBe('update');
    expect(inputOf(addon.toFile().sheets.find((s) => s.name === 'Ads')?.cells?.[acos])).toBe('=ACOS_ADS(L2:L, M2:M)');
  });
});

describe('setupTabs upgrading an older version of a tab', () => {
  /** The Ads tab as version 0 had it: without its last three columns and its ACOS rule. */
  function olderAds(): WorkbookFile {
    const file = setUpFile();
    const { sheet, meta } = tabOf(file, 'ads');
    const width = TAB_SCHEMAS.ads.columns.length;
    for (const a1 of Object.keys(sheet.cells ?? {})) {
      const col = a1.replace(/\d+/, '').charCodeAt(0) - 64;
      if (col > width - 3 && a1.replace(/\D+/, '') !== '') delete sheet.cells?.[a1];
    }
    sheet.conditionalFormats = [];
    const entry = sheet.metadata?.find((m) => m.key === TAB_META_KEY);
    if (entry) entry.value = JSON.stringify({ ...meta, version: 0, rules: [] });
    return file;
  }

  it('adds the missing columns on the right with their headers and notes', () => {
    const addon = LocalAddon.load({ book: olderAds(), locale: 'en' });
    expect(actions(addon, [['ads']]).ads).toBe('update');
    expect(addon.show('Ads')[0].slice(-3)).toEqual(['TACOS', 'Action taken', 'Note']);
  });

  it('adds the missing conditional format and raises the version', () => {
    const addon = LocalAddon.load({ book: olderAds(), locale: 'en' });
    actions(addon, [['ads']]);
    const { sheet, meta } = tabOf(addon.toFile(), 'ads');
    expect(sheet.conditionalFormats).toHaveLength(1);
    expect(meta.version).toBe(TAB_SCHEMAS.ads.version);
  });

  it('keeps every cell the user had', () => {
    const addon = LocalAddon.load({ book: olderAds(), locale: 'en' });
    const before = inputs(tabOf(addon.toFile(), 'ads').sheet);
    actions(addon, [['ads']]);
    const after = inputs(tabOf(addon.toFile(), 'ads').sheet);
    expect(after).toMatchObject(before);
  });
});

describe("setupTabs on a user's own sheet with one of our names", () => {
  /** A user's Keywords sheet in Chinese, in their own column order, with an extra column. */
  function usersKeywords(): WorkbookFile {
    return {
      ...emptyBook(),
      sheets: [
        {
          name: '关键词',
          cells: {
            A1: '关键词', B1: '我的分组', C1: '日期', D1: '自然排名', E1: 'ASIN',
            A2: 'pour over mug', B2: 'A组', C2: '2026-11-26', D2: 12, E2: 'B0DEMO0001',
            A3: 'ceramic mug', B3: 'B组', C3: '2026-11-26', D3: 40, E3: 'B0DEMO0001',
          },
        },
      ],
    };
  }

  it('adopts it when its headers match: same sheet, every cell kept', () => {
    const before = inputs(LocalAddon.load({ book: usersKeywords() }).toFile().sheets[0]);
    const addon = setUp(usersKeywords(), 'zh-CN', [['keywords']]);
    const out = addon.toFile();
    expect(out.sheets.map((s) => s.name)).toEqual(['关键词', '设置']);
    expect(inputs(tabOf(out, 'keywords').sheet)).toMatchObject(before);
  });

  it('maps the columns by header and adds the missing ones on the right, in Chinese', () => {
    const addon = setUp(usersKeywords(), 'zh-CN', [['keywords']]);
    const headers = addon.show('关键词')[0];
    expect(headers.slice(0, 5)).toEqual(['关键词', '我的分组', '日期', '自然排名', 'ASIN']);
    expect(headers.slice(5)).toEqual(TAB_SCHEMAS.keywords.columns.filter((c) => !['keyword', 'date', 'organicRank', 'asin'].includes(c.id)).map((c) => c.header['zh-CN']));
    const { meta } = tabOf(addon.toFile(), 'keywords');
    expect([meta.columns.keyword, meta.columns.date, meta.columns.organicRank, meta.columns.asin]).toEqual([1, 3, 4, 5]);
  });

  it('adopts English headers for a Chinese setup too (Date / Keyword / Organic rank)', () => {
    const file: WorkbookFile = { ...emptyBook(), sheets: [{ name: 'Keywords', cells: { A1: 'Date', B1: 'Keyword', C1: 'Organic Rank ', A2: '2026-11-26', B2: 'mug', C2: 3 } }] };
    const addon = setUp(file, 'zh-CN', [['keywords']]);
    expect(tabOf(addon.toFile(), 'keywords').sheet.name).toBe('Keywords');
  });

  it('leaves a sheet whose headers do not match alone and names ours differently', () => {
    const file: WorkbookFile = { ...emptyBook(), sheets: [{ name: 'Keywords', cells: { A1: 'Shopping list', A2: 'milk' } }] };
    const addon = setUp(file, 'en', [['keywords']]);
    const out = addon.toFile();
    expect(out.sheets[0]).toMatchObject({ name: 'Keywords', cells: { A1: 'Shopping list', A2: 'milk' } });
    expect(tabOf(out, 'keywords').sheet.name).toBe('Keywords · Ops Desk');
  });
});

describe('setupTabs with picked tabs', () => {
  it('sets up only the tabs asked for, and Settings', () => {
    const addon = setUp(emptyBook(), 'en', [['competitors', 'keywords']]);
    expect(addon.toFile().sheets.map((s) => s.name)).toEqual(['Sheet1', 'Competitors', 'Keywords', 'Settings']);
  });

  it('refuses an unknown tab id, naming the ones that exist', () => {
    const addon = LocalAddon.load({ book: emptyBook(), locale: 'en' });
    expect(addon.call('setupTabs', [['competitor']]).error).toMatch(/There is no tab "competitor"\. Tabs: today, competitors/);
  });

  it('refuses an unknown language', () => {
    const addon = LocalAddon.load({ book: emptyBook(), locale: 'en' });
    expect(addon.call('setupTabs', [null, 'fr']).error).toMatch(/en, zh-CN or zh-TW/);
  });
});
