import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsSchema, headerKey, matchColumns } from '../../../src/core/tabs/header-match';
import { TAB_SCHEMAS } from '../../../src/core/tabs/registry';

const keywords = TAB_SCHEMAS.keywords;

describe('headerKey', () => {
  it.each([
    ['Organic Rank ', 'organic rank'],
    ['Sessions – Total', 'sessions - total'],
    ['（子）ASIN', '(子)asin'],
    ['日期：', '日期'],
    ['  Ad   sales ', 'ad sales'],
  ])('reads %j as %j', (text, key) => expect(headerKey(text)).toBe(key));
});

describe('matchColumns', () => {
  it('finds columns by header in any language and by alias', () => {
    const { found } = matchColumns(keywords, ['关键词', 'Date', '自然排名', 'Search term', 'ASIN']);
    expect(Object.fromEntries(found)).toMatchObject({ keyword: 0, date: 1, organicRank: 2, asin: 4 });
  });

  it('finds every column wherever the user moved it', () => {
    const headers = keywords.columns.map((c) => c.header.en);
    fc.assert(
      fc.property(fc.shuffledSubarray(headers.map((_, i) => i), { minLength: headers.length, maxLength: headers.length }), (order) => {
        const { found } = matchColumns(keywords, order.map((i) => headers[i]));
        keywords.columns.forEach((c, i) => expect(found.get(c.id)).toBe(order.indexOf(i)));
      }),
    );
  });

  it('lets each header serve one column, the first of repeated headers', () => {
    const { found } = matchColumns(keywords, ['Date', 'Date', 'Keyword']);
    expect(found.get('date')).toBe(0);
    expect([...found.values()]).toEqual([0, 2]);
  });

  it('finds a renamed header where it was last seen, unless that header means another column', () => {
    expect(matchColumns(keywords, ['Date', 'Suchbegriff'], { keyword: 2 }).found.get('keyword')).toBe(1);
    expect(matchColumns(keywords, ['Date', 'Page'], { keyword: 2 }).found.get('keyword')).toBeUndefined();
  });
});

describe('fitsSchema', () => {
  it('accepts a sheet with three matching headers among the user’s own', () => {
    expect(fitsSchema(keywords, ['我的分组', '日期', '关键词', '自然排名'])).toBe(true);
  });
  it('refuses a sheet with fewer than three', () => {
    expect(fitsSchema(keywords, ['Date', 'Shopping list'])).toBe(false);
  });
  it('accepts an empty sheet (there is nothing to lose)', () => {
    expect(fitsSchema(keywords, [])).toBe(true);
  });
});
