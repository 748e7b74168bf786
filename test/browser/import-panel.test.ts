/**
 * The sidebar's import panel in real Chromium, on the `npm start` page with google.script.run
 * bridged to the local runtime: pick a file and see the progress and the summary, paste text, see a
 * failure's own message, answer the date question of a Business Report without a date.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../local/serve';
import { repoRoot } from '../runtime/repo-root';
import type { WorkbookFile } from '../runtime/workbook-file';
import { launchChromium, screenshot, watchErrors, type Browser } from './chromium';

const demo = JSON.parse(readFileSync(join(repoRoot(), 'test/fixtures/demo-store.json'), 'utf8')) as WorkbookFile;
const fixture = (name: string) => join(repoRoot(), 'test/fixtures/reports', name);

let browser: Browser;
let server: RunningServer;
let page: Page;
let errors: string[];
let launchError: unknown;

beforeAll(async () => {
  try {
    browser = await launchChromium();
  } catch (err) {
    launchError = err;
  }
  server = await startServer({ port: 0, book: structuredClone(demo) });
});

afterAll(async () => {
  await server?.close();
  await browser?.close();
});

beforeEach(async () => {
  if (launchError) throw launchError;
  page = await browser.context.newPage();
  errors = watchErrors(page);
  await page.goto(server.url);
  await page.locator('#tabs .tab').first().waitFor();
});

afterEach(async (context) => {
  if (launchError) return;
  await screenshot(page, `import-panel-${context.task.name.replace(/[^\w]+/g, '-').toLowerCase()}`);
  await page.close();
  expect(errors).toEqual([]);
});

/** Opens the sidebar from the add-on menu and returns it. */
async function openSidebar(): Promise<FrameLocator> {
  await page.locator('#menu-extensions > .menu-title').click();
  await page.locator('#menu-extensions .menu-item.submenu', { hasText: 'Ops Desk' }).click();
  await page.locator('#menu-extensions [role=menu][aria-label="Ops Desk"] [data-function=openSidebar]').click();
  const frame = page.frameLocator('#sidebar-frame');
  await frame.locator('#import-panel h2').waitFor();
  return frame;
}

/** A search term report with `rows` targets of its own (older console CSV). */
function bigReport(rows: number): string {
  const header = 'Start Date,End Date,Campaign Name,Ad Group Name,Targeting,Match Type,Customer Search Term,Impressions,Clicks,Spend,7 Day Total Sales ,7 Day Total Orders (#)';
  const lines = [header];
  for (let i = 0; i < rows; i++) lines.push(`2026-11-20,2026-11-20,Browser campaign,Group,kw ${i},EXACT,term ${i},${100 + i},${i % 5},1.00,2.00,${i % 2}`);
  const path = join(mkdtempSync(join(tmpdir(), 'opsdesk-import-')), 'Sponsored_Products_Search_term_report.csv');
  writeFileSync(path, lines.join('\r\n') + '\r\n');
  return path;
}

describe('the sidebar import panel', () => {
  test('a picked file goes in with progress shown, then the summary', async () => {
    const sidebar = await openSidebar();
    // Every text the status line shows, in order (the calls are quick: a poll would miss them).
    const frame = await (await page.locator('#sidebar-frame').elementHandle())?.contentFrame();
    await frame?.evaluate(() => {
      // Steps of 1,000 rows, so a small file shows the bar move (the panel's default is 20,000).
      (document.getElementById('import-panel') as HTMLElement).dataset.rowsPerCall = '1000';
      const seen: string[] = [];
      (window as unknown as { seenStatus: string[] }).seenStatus = seen;
      const status = document.getElementById('import-status') as HTMLElement;
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await sidebar.locator('#import-file').setInputFiles(bigReport(2500));
    await sidebar.locator('#import-summary .import-result').waitFor({ timeout: 40_000 });
    expect(await sidebar.locator('#import-summary .import-result').textContent()).toBe('Sponsored Products Search Term report → Ads: 2500 added, 0 updated, 0 skipped.');
    const seen = await frame?.evaluate(() => (window as unknown as { seenStatus: string[] }).seenStatus);
    expect(seen).toEqual(expect.arrayContaining(['1000 of 2500 rows written…', '2000 of 2500 rows written…']));
  });

  test('pasted text is imported and summed up', async () => {
    const sidebar = await openSidebar();
    await sidebar.locator('#import-paste').fill(readFileSync(fixture('sp-targeting-en.csv'), 'utf8'));
    await sidebar.locator('#import-paste-go').click();
    await expect.poll(() => sidebar.locator('#import-summary .import-result').textContent()).toMatch(/^Sponsored Products Targeting report → Ads: \d+ added, \d+ updated, \d+ skipped\.$/);
  });

  test('a file that is not a report shows its message', async () => {
    const sidebar = await openSidebar();
    await sidebar.locator('#import-file').setInputFiles(fixture('report.pdf.csv'));
    await expect.poll(() => sidebar.locator('#import-error').textContent()).toBe('report.pdf.csv is a PDF, not a report. Download the report as CSV, TXT or XLSX.');
    expect(await sidebar.locator('#import-summary').textContent()).toBe('');
  });

  test('a Business Report without a date asks for the day, then imports with it', async () => {
    const sidebar = await openSidebar();
    await sidebar.locator('#import-file').setInputFiles(fixture('business-no-date.csv'));
    await sidebar.locator('#import-date').waitFor({ state: 'visible' });
    await sidebar.locator('#import-date-input').fill('2026-11-21');
    await sidebar.locator('#import-date button').click();
    await expect.poll(() => sidebar.locator('#import-summary .import-result').textContent()).toMatch(/→ Inventory: 1 added/);
    expect(await sidebar.locator('#import-date').isHidden()).toBe(true);
  });
});
