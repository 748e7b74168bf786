import { describe, expect, it } from 'vitest';
import { freeName, resolveTab } from '../../../src/core/tabs/resolve';
import { TAB_SCHEMAS } from '../../../src/core/tabs/registry';

const keywords = TAB_SCHEMAS.keywords;
const ours = { id: 'keywords' as const, version: 1, columns: {}, rules: [], charts: [] };

describe('resolveTab', () => {
  it('finds our tab by its metadata whatever it is called', () => {
    expect(resolveTab(keywords, [{ id: 7, name: 'SEO', meta: ours }], 'en', () => [])).toEqual({ mode: 'update', sheetId: 7 });
  });

  it("adopts a user's sheet with a name of ours in any language when its headers fit", () => {
    expect(resolveTab(keywords, [{ id: 3, name: '關鍵字', meta: null }], 'en', () => ['日期', '关键词', '自然排名'])).toEqual({ mode: 'adopt', sheetId: 3 });
  });

  it("creates ours under another name beside a user's sheet that does not fit", () => {
    expect(resolveTab(keywords, [{ id: 3, name: 'keywords', meta: null }], 'en', () => ['Shopping list'])).toEqual({ mode: 'create', name: 'Keywords · Ops Desk' });
  });

  it('creates ours under its name in the spreadsheet language when nothing is in the way', () => {
    expect(resolveTab(keywords, [], 'zh-TW', () => [])).toEqual({ mode: 'create', name: '關鍵字' });
  });
});

describe('freeName', () => {
  it('numbers the name when the suffixed one is taken too', () => {
    expect(freeName('关键词', 'zh-CN', [{ name: '关键词' }, { name: '关键词 · 运营操盘台' }])).toBe('关键词 · 运营操盘台 2');
  });
});
