/**
 * The checklist sidebar in real Chromium on the `npm start` page, with the generated demo store:
 * the routine in each language, ticking that survives a reload, Open, items the user adds or
 * switches off, hostile item text, failures, the day and week rolling over on the runtime's clock,
 * and two sidebars ticking at once. Screenshots go to test/.artifacts/.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../local/serve';
import type { WorkbookFile } from '../runtime/workbook-file';
import { generateDemoStore } from '../fixtures/demo-store/generate';
import { CHECKLIST } from '../../src/core/tabs/checklist';
import { WHY } from '../../src/core/checklist/why';
import { LOCALES } from '../../src/core/i18n/locale';
import { t } from '../../src/core/i18n/messages';
import { say } from '../../src/sidebar/strings';
import { SHEETS_FAILURE, withFirstWriteFailing } from '../bundle/faults';
import { ARTIFACTS, launchChromium, screenshot, watchErrors, type Browser } from './chromium';
import { join } from 'node:path';

let browser: Browser;
let launchError: unknown;
let demo: WorkbookFile;
let server: RunningServer;
let page: Page;
let errors: string[];

beforeAll(async () => {
  demo = generateDemoStore();
  try {
    browser = await launchChromium();
  } catch (err) {
    launchError = err;
  }
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh server on the demo store for every test: ticks and edits never leak between tests. */
beforeEach(async () => {
  if (launchError) throw launchError;
  server = await startServer({ port: 0, book: structuredClone(demo), locale: 'en' });
  page = await browser.context.newPage();
  errors = watchErrors(page);
  await page.goto(server.url);
  await page.locator('#tabs .tab').first().waitFor();
});

afterEach(async (context) => {
  if (launchError) return;
  await screenshot(page, `checklist-${context.task.name.replace(/[^\w]+/g, '-').toLowerCase()}`);
  await page.close();
  await server.close();
  expect(errors).toEqual([]);
});

/** Opens Extensions › Ops Desk › Open Ops Desk on `on` and returns the sidebar's frame. */
async function openSidebar(on: Page = page): Promise<FrameLocator> {
  await on.locator('#menu-extensions > .menu-title').click();
  await on.locator('#menu-extensions .menu-item.submenu', { hasText: 'Ops Desk' }).click();
  await on.locator('#menu-extensions [role=menu][aria-label="Ops Desk"] [data-function=openSidebar]').click();
  await on.locator('#sidebar').waitFor({ state: 'visible' });
  const frame = on.frameLocator('#sidebar-frame');
  await frame.locator('li.item').first().waitFor();
  return frame;
}

/** Where a sidebar's elements are found: its iframe on the page, or a page showing it on its own. */
type Scope = Pick<FrameLocator, 'locator'>;

const item = (frame: Scope, id: string) => frame.locator(`li.item[data-item="${id}"]`);
const checkbox = (frame: Scope, id: string) => item(frame, id).locator('input[type=checkbox]');
const seedTask = (locale: (typeof LOCALES)[number], index: number) => String(CHECKLIST.seed?.rows(locale)[index].task);

/** The sidebar's checked items, in order. */
async function ticked(frame: Scope): Promise<string[]> {
  return frame.locator('li.item.done').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.item ?? ''));
}

/** Runs JavaScript in the add-on's realm as the user editing the Checklist tab would. */
function editChecklist(source: string): void {
  server.addon.runScript(`(function () { var sheet = SpreadsheetApp.getActive().getSheetByName('Checklist'); ${source} })()`);
}

describe('the checklist sidebar', () => {
  test('shows the routine first, in English, 简体中文 and 繁體中文, with why lines and the completion chart', async () => {
    const frame = await openSidebar();
    for (const locale of LOCALES) {
      await frame.locator('#locale').selectOption(locale);
      await expect.poll(() => frame.locator('#checklist-title span').first().textContent()).toBe(say(locale, 'sidebar.checklist'));
      expect(await item(frame, 'daily-health').locator('.text').textContent()).toBe(seedTask(locale, 0));
      expect(await item(frame, 'daily-health').locator('.why').textContent()).toBe(WHY['daily-health'][locale]);
      expect(await frame.locator('li.item').count()).toBe(16);
      expect(await frame.locator('#chart rect').count()).toBe(30);
      await page.locator('#sidebar-frame').screenshot({ path: join(ARTIFACTS, `sidebar-${locale}.png`) });
    }
    // The checklist comes before the import panel and the calculator.
    const order = await frame.locator('main > section').evaluateAll((s) => s.map((x) => x.id || x.getAttribute('aria-labelledby')));
    expect(order).toEqual(['checklist', 'import-panel', 'calc-title']);
  });

  test('each item shows its badge from the alert rules, as text', async () => {
    const frame = await openSidebar();
    const state = server.addon.callValue<{ checklist: { entries: { id: string; badge: { text: string; count: number } | null }[] } }>('getSidebarState', [], 'sidebar');
    const promotions = state.checklist.entries.find((e) => e.id === 'daily-promotions')?.badge;
    expect(promotions).not.toBeNull();
    const expected = promotions && (promotions.count > 1 ? `${promotions.text} (+${promotions.count - 1})` : promotions.text);
    expect(await item(frame, 'daily-promotions').locator('.badge').textContent()).toBe(expected);
    expect(await item(frame, 'daily-market').locator('.badge').textContent()).toBe('');
  });

  test('the language chosen is remembered for the user when the sidebar is opened again', async () => {
    let frame = await openSidebar();
    await frame.locator('#locale').selectOption('zh-TW');
    await expect.poll(() => item(frame, 'daily-health').locator('.text').textContent()).toBe(seedTask('zh-TW', 0));
    await page.reload();
    frame = await openSidebar();
    expect(await item(frame, 'daily-health').locator('.text').textContent()).toBe(seedTask('zh-TW', 0));
  });

  test('a tick survives a reload, and an untick clears it', async () => {
    let frame = await openSidebar();
    await checkbox(frame, 'daily-ads').check();
    await expect.poll(() => ticked(frame)).toEqual(['daily-ads']);
    await expect.poll(() => server.addon.show('Checklist log').length).toBe(2);

    await page.reload();
    frame = await openSidebar();
    expect(await ticked(frame)).toEqual(['daily-ads']);
    expect(await checkbox(frame, 'daily-ads').isChecked()).toBe(true);

    await checkbox(frame, 'daily-ads').uncheck();
    await expect.poll(() => server.addon.show('Checklist log').length).toBe(3);
    await page.reload();
    frame = await openSidebar();
    expect(await ticked(frame)).toEqual([]);
  });

  test('the keyboard ticks an item: Tab to its checkbox, Space, with a visible focus ring', async () => {
    const frame = await openSidebar();
    await checkbox(frame, 'daily-health').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => ticked(frame)).toEqual(['daily-health']);
    await expect.poll(() => server.addon.show('Checklist log').length).toBe(2);
    // Focus stays on the checkbox after the list is redrawn (once for the tick, once for the answer), and is drawn.
    await expect
      .poll(() => checkbox(frame, 'daily-health').evaluate((el) => (document.activeElement === el ? getComputedStyle(el).outlineStyle : 'not focused')))
      .toBe('solid');
    expect(await checkbox(frame, 'daily-health').getAttribute('id')).toBe(await item(frame, 'daily-health').locator('label').getAttribute('for'));
  });

  test('Open activates the tab that answers the item and selects its rows', async () => {
    const frame = await openSidebar();
    await item(frame, 'daily-inventory').locator('button.open').click();
    await expect.poll(() => server.addon.spreadsheet.activeSheet().getName()).toBe('Inventory');
    const sheet = server.addon.book.sheetByName('Inventory');
    expect(server.addon.spreadsheet.selection).toMatchObject({ sheetId: sheet?.id });
    // Whole rows of the tab, below its header.
    const ranges = server.addon.spreadsheet.selection?.ranges ?? [];
    expect(ranges.length).toBeGreaterThan(0);
    for (const range of ranges) expect(range).toMatch(/^A([2-9]|\d\d+):[A-Z]+\d+$/);
  });

  test('an item the user adds to the Checklist tab appears; one switched off disappears', async () => {
    editChecklist(`
      sheet.appendRow(['', 'Weekly Fri', 'Call the forwarder about the December shipment', 'Inventory', true, '', '', 'Ask for the ETA']);
      var ids = sheet.getRange('A:A').getValues().map(function (r) { return r[0]; });
      sheet.getRange(ids.indexOf('daily-market') + 1, 5).setValue(false);
    `);
    const frame = await openSidebar();
    const mine = frame.locator('li.item[data-item="row:Call the forwarder about the December shipment"]');
    expect(await mine.locator('.text').textContent()).toBe('Call the forwarder about the December shipment');
    expect(await mine.locator('.why').textContent()).toBe('Ask for the ETA');
    expect(await mine.locator('.due').textContent()).toBe('due Fri');
    expect(await item(frame, 'daily-market').count()).toBe(0);
    await mine.locator('input').check();
    await expect.poll(() => ticked(frame)).toEqual(['row:Call the forwarder about the December shipment']);
  });

  test('an item whose text is HTML or a script is shown as text, inert', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>';
    editChecklist(`sheet.appendRow(['x-1', 'Daily', ${JSON.stringify(payload)}, 'Nowhere', true, '', '', '<i onmouseover="window.__pwned=3">note</i>']);`);
    const frame = await openSidebar();
    expect(await item(frame, 'x-1').locator('.text').textContent()).toBe(payload);
    expect(await item(frame, 'x-1').locator('.why').textContent()).toBe('<i onmouseover="window.__pwned=3">note</i>');
    expect(await frame.locator('#groups img, #groups script, #groups b, #groups i').count()).toBe(0);
    await item(frame, 'x-1').hover();
    expect(await frame.locator('body').evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
  });

  test('a failed refresh shows above the checklist in the user\'s language, and a good one clears it', async () => {
    withFirstWriteFailing('Today', () => server.addon.call('refreshNow'));
    let frame = await openSidebar();
    await frame.locator('#locale').selectOption('zh-CN');
    const line = frame.locator('#refresh');
    await expect.poll(() => line.textContent()).toBe(say('zh-CN', 'sidebar.refreshFailed', { time: '2026-11-27 09:00', error: SHEETS_FAILURE.slice(0, -1) }));
    expect([await line.evaluate((n) => n.classList.contains('failed')), await line.getAttribute('role')]).toEqual([true, 'alert']);
    await page.locator('#sidebar-frame').screenshot({ path: join(ARTIFACTS, 'sidebar-refresh-failed-zh-CN.png') });
    server.addon.call('refreshNow');
    await page.reload();
    frame = await openSidebar();
    await expect.poll(() => frame.locator('#refresh').textContent()).toBe(say('zh-CN', 'sidebar.refreshedOn', { day: '2026-11-27' }));
    expect(await frame.locator('#refresh').evaluate((n) => n.classList.contains('failed'))).toBe(false);
  });

  test('a refresh Apps Script stopped at 6 minutes shows above the checklist as not finished', async () => {
    server.addon.callValue('enableDailyRefresh');
    server.addon.kernel.latency = 300;
    server.addon.fireTrigger('dailyRefresh');
    server.addon.kernel.latency = 1;
    server.addon.kernel.setNow(new Date(server.addon.kernel.now().getTime() + 5 * 60_000));
    const frame = await openSidebar();
    await expect.poll(() => frame.locator('#refresh').textContent()).toMatch(/^The refresh started at 2026-11-27 \d\d:\d\d did not finish: Apps Script stopped it/);
    expect(await frame.locator('#refresh').evaluate((n) => n.classList.contains('failed'))).toBe(true);
  });

  test('a tick the server refuses shows its message and rolls the item back', async () => {
    const frame = await openSidebar();
    // Someone deletes the item from the Checklist tab after the sidebar was drawn.
    editChecklist(`var ids = sheet.getRange('A:A').getValues().map(function (r) { return r[0]; }); sheet.deleteRow(ids.indexOf('daily-reviews') + 1);`);
    await checkbox(frame, 'daily-reviews').click();
    await expect.poll(() => frame.locator('#status').textContent()).toBe(t('en', 'error.checklistItem', { item: 'daily-reviews' }));
    expect(await checkbox(frame, 'daily-reviews').isChecked()).toBe(false);
    expect(await ticked(frame)).toEqual([]);
  });

  test('a tick that gets no answer says the sheet could not be reached and rolls back', async () => {
    const frame = await openSidebar();
    await page.route('**/__gas/run/tickItem', (route) => route.abort('connectionfailed'));
    await checkbox(frame, 'daily-ads').click();
    await expect.poll(() => frame.locator('#status').textContent()).toMatch(new RegExp(`^${t('en', 'sidebar.failed', { error: '' })}`));
    expect(await checkbox(frame, 'daily-ads').isChecked()).toBe(false);
    expect(errors.splice(0)).toEqual(['console: Failed to load resource: net::ERR_CONNECTION_FAILED']);
  });

  test('the day rolls over at midnight in the spreadsheet zone and the week on Monday, on the runtime clock', async () => {
    // The demo store's clock: Friday 2026-11-27 09:00 in Los Angeles.
    let frame = await openSidebar();
    await checkbox(frame, 'daily-ads').check();
    await checkbox(frame, 'weekly-shipments').check();
    await expect.poll(() => ticked(frame)).toEqual(['daily-ads', 'weekly-shipments']);

    const advance = async (until: string) => {
      await page.locator('#clock-until').fill(until);
      await page.locator('#clock-advance').click();
      await expect.poll(() => page.locator('#clock-now').textContent()).toContain(until.replace('T', ' '));
    };
    await advance('2026-11-27T23:59');
    frame = await openSidebar();
    expect(await ticked(frame)).toEqual(['daily-ads', 'weekly-shipments']);
    await advance('2026-11-28T00:01');
    frame = await openSidebar();
    expect(await ticked(frame)).toEqual(['weekly-shipments']);
    await advance('2026-11-30T00:01');
    frame = await openSidebar();
    expect(await ticked(frame)).toEqual([]);
    // Friday's tick is in the chart: one of eleven daily items on the fourth bar from the end.
    expect(await frame.locator('#chart rect').nth(26).getAttribute('height')).toBe(String(Math.round((1 / 11) * 42)));
  });

  test('two people ticking at once keep both ticks', async () => {
    const mine = await openSidebar();
    // The second person's sidebar: the same add-on page in another window (the local page shows
    // one user's UI, so theirs is loaded on its own), drawn from the state put into it.
    const other = await browser.context.newPage();
    const otherErrors = watchErrors(other);
    // A page of its own asks for a favicon the local server does not have.
    await other.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    await other.goto(`${server.url}sidebar`);
    await other.locator('li.item').first().waitFor();
    await Promise.all([checkbox(mine, 'daily-ads').click(), checkbox(other, 'daily-reviews').click()]);
    await expect.poll(() => server.addon.show('Checklist log').length).toBe(3);
    // Whoever wrote second re-read the log under the lock: their sidebar shows both ticks.
    await expect.poll(async () => [(await ticked(mine)).length, (await ticked(other)).length].sort()).toEqual([1, 2]);
    await page.reload();
    const again = await openSidebar();
    expect((await ticked(again)).sort()).toEqual(['daily-ads', 'daily-reviews']);
    await other.close();
    expect(otherErrors).toEqual([]);
  });

  test('the page with the sidebar open on the demo store', async () => {
    await openSidebar();
    await page.locator('#tabs .tab', { hasText: 'Inventory' }).click();
    await screenshot(page, 'page-with-checklist-sidebar');
    expect(await page.locator('#sidebar-frame').boundingBox().then((b) => b?.width)).toBe(300);
  });
});
