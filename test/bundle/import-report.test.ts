import { describe, expect, it } from 'vitest';
import { freshAddon, importFixture, summaryOf, tabRows } from './import-helpers';

describe('importReport lands each report in its tab', () => {
  it('puts a new-console search term report into Ads, summed per target', () => {
    const addon = freshAddon();
    const r = importFixture(addon, 'sp-search-term-new-console.csv'); console.log((addon.services as any).state.logs.join('\n'));
    const summary = summaryOf(r);
    expect(summary).toMatchObject({ status: 'done', report: 'sp-search-term', tab: 'Ads' });
    console.log(summary, tabRows(addon, 'Ads'));
  });
});
