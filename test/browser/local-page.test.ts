/**
 * The `npm start` page in real Chromium: the demo workbook's tabs and computed values, the formula
 * bar, the add-on menu, the real sidebar with google.script.run bridged to the local runtime, the
 * language switch, the clock, and error cells. One server per describe block (one workbook each);
 * each test opens the page afresh, which is reopening the spreadsheet (onOpen runs, the sidebar
 * closes). Screenshots of each test's end state go to test/.artifacts/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../local/serve';
import { repoRoot } from '../runtime/repo-root';
import type { CellFile, WorkbookFile } from '../runtime/workbook-file';
import { withFullUserStore } from '../bundle/load';
import { MENU_ITEMS } from '../../src/server/addon-menu';
import { t } from '../../src/core/i18n/messages';
import { launchChromium, screenshot, watchErrors, type Browser } from './chromium';

const demo = JSON.parse(readFileSync(join(repoRoot(), 'test/fixtures/demo-store.json'), 'utf8')) as WorkbookFile;

function input(cell: CellFile | undefined): unknown {
  return typeof cell === 'object' ? cell.input : cell;
}

let browser: Browser;
/** The server of the running describe block (each starts its own with its own workbook). */
let server: RunningServer;
let page: Page;
let errors: string[];

/** Why Chromium did not start: each test then fails with it, rather than being skipped. */
let launchError: unknown;

beforeAll(async () => {
  try {
    browser = await launchChromium();
  } catch (err) {
    launchError = err;
  }
});

afterAll(async () => {
  await browser?.close();
});

/** Starts a server with `book` for the tests of the enclosing describe block. */
function serveBook(book: WorkbookFile): void {
  beforeAll(async () => {
    server = await startServer({ port: 0, book });
  });
  afterAll(async () => {
    await server?.close();
  });
}

beforeEach(async () => {
  if (launchError) throw launchError;
  page = await browser.context.newPage();
  errors = watchErrors(page);
  await page.goto(server.url);
  await page.locator('#tabs .tab').first().waitFor();
});

afterEach(async (context) => {
  if (launchError) return;
  await screenshot(page, context.task.name.replace(/[^\w]+/g, '-').toLowerCase());
  await page.close();
  expect(errors).toEqual([]);
});

/** Opens Extensions › Ops Desk and returns the add-on menu's panel. */
async function openAddonMenu(): Promise<ReturnType<Page['locator']>> {
  await page.locator('#menu-extensions > .menu-title').click();
  await page.locator('#menu-extensions .menu-item.submenu', { hasText: 'Ops Desk' }).click();
  const panel = page.locator('#menu-extensions [role=menu][aria-label="Ops Desk"]');
  await panel.waitFor();
  return panel;
}

async function openSidebar(): Promise<FrameLocator> {
  const menu = await openAddonMenu();
  await menu.locator('[data-function=openSidebar]').click();
  await page.locator('#sidebar').waitFor({ state: 'visible' });
  const frame = page.frameLocator('#sidebar-frame');
  await frame.locator('h1').waitFor();
  return frame;
}

/** The sidebar's window, for calling google.script.run the way the sidebar's own code does. */
async function sidebarWindow(): Promise<Frame> {
  await openSidebar();
  const frame = await (await page.locator('#sidebar-frame').elementHandle())?.contentFrame();
  if (!frame) throw new Error('The sidebar iframe has no frame');
  await frame.waitForFunction(() => 'google' in window);
  return frame;
}

describe('the local page on the demo store', () => {
  serveBook(demo);

  test('lists the workbook tabs in order', async () => {
    await expect.poll(() => page.locator('#tabs .tab').allTextContents()).toEqual(demo.sheets.map((s) => s.name));
  });

  test('shows the values DAYS_OF_STOCK computes in the Inventory grid', async () => {
    const cells = demo.sheets.find((s) => s.name === 'Inventory')?.cells ?? {};
    for (let row = 2; row <= 6; row++) {
      const available = Number(input(cells[`D${row}`]));
      const daily = ['F', 'G', 'H', 'I', 'J', 'K', 'L'].map((col) => Number(input(cells[`${col}${row}`])));
      const mean = daily.reduce((a, b) => a + b, 0) / daily.length;
      const expected = mean === 0 ? '—' : (available / mean).toFixed(1);
      await expect.poll(() => page.locator(`td[data-a1="M${row}"]`).textContent(), { message: `M${row}` }).toBe(expected);
    }
  });

  test('shows the selected cell formula in the formula bar, greyed in a spilled cell', async () => {
    const formula = input(demo.sheets[0].cells?.M2);
    await page.locator('td[data-a1="M2"]').click();
    await expect.poll(() => page.locator('#namebox').inputValue()).toBe('M2');
    expect(await page.locator('#formula').inputValue()).toBe(formula);
    expect(await page.locator('#formula').getAttribute('class')).not.toContain('spilled');

    await page.locator('td[data-a1="M3"]').click();
    await expect.poll(() => page.locator('#namebox').inputValue()).toBe('M3');
    expect(await page.locator('#formula').inputValue()).toBe(formula);
    expect(await page.locator('#formula').getAttribute('class')).toContain('spilled');
  });

  test('shows a formatted number unformatted in the formula bar', async () => {
    const ads = demo.sheets.find((s) => s.name === 'Ads');
    const spend = ads?.cells?.E3;
    await page.locator('#tabs .tab', { hasText: 'Ads' }).click();
    await page.locator('td[data-a1="E3"]').click();
    expect(await page.locator('td[data-a1="E3"]').textContent()).toBe(`$${Number(input(spend)).toFixed(2)}`);
    expect(await page.locator('#formula').inputValue()).toBe(String(input(spend)));
  });

  test('lists the add-on menu items in English under Extensions › Ops Desk', async () => {
    const menu = await openAddonMenu();
    expect(await menu.locator('.menu-item').allTextContents()).toEqual(MENU_ITEMS.map((item) => t('en', item.caption)));
  });

  test('opens the real sidebar from the menu in the 300 px pane', async () => {
    const frame = await openSidebar();
    expect(await frame.locator('h1').textContent()).toBe('Ops Desk');
    expect((await page.locator('#sidebar-frame').boundingBox())?.width).toBe(300);
    expect(await page.locator('#sidebar-title').textContent()).toBe('Ops Desk');
  });

  test('the sidebar quick calculator shows the formula’s own message for an input it cannot read', async () => {
    const frame = await openSidebar();
    await frame.locator('#available').fill('lots');
    await frame.locator('#daily').fill('20');
    await frame.locator('#calc button[type=submit]').click();
    await expect.poll(() => frame.locator('#result').textContent()).toMatch(/^DAYS_OF_STOCK: available must be a number/);
    expect(await frame.locator('#result').getAttribute('class')).toContain('error');
  });

  test('the sidebar quick calculator answers 15.0 days for 300 units and 20 a day through google.script.run', async () => {
    const frame = await openSidebar();
    await frame.locator('#available').fill('300');
    await frame.locator('#daily').fill('20');
    await frame.locator('#calc button[type=submit]').click();
    await expect.poll(() => frame.locator('#result').textContent()).toBe('15.0 days');
    expect(server.addon.log.at(-1)).toMatchObject({ name: 'calculate', kind: 'sidebar' });
  });

  test('advancing the clock to a time in the spreadsheet zone moves the simulated now', async () => {
    await page.locator('#clock-until').fill('2026-11-30T08:30');
    await page.locator('#clock-advance').click();
    await expect.poll(() => page.locator('#clock-now').textContent()).toBe('Mon 2026-11-30 08:30 PST');
    expect(server.addon.kernel.now().toISOString()).toBe('2026-11-30T16:30:00.000Z');
    await expect.poll(() => page.locator('.toast').last().textContent()).toContain('No time-driven trigger was due.');
  });

  test('google.script.run refuses a Date argument as Apps Script does, handing the user object to the failure handler', async () => {
    const sidebar = await sidebarWindow();
    const failure = await sidebar.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          type Runner = Record<string, (...a: unknown[]) => Runner>;
          const run = (window as unknown as { google: { script: { run: Runner } } }).google.script.run;
          run
            .withSuccessHandler(() => resolve('succeeded'))
            .withFailureHandler((err: unknown, user: unknown) => resolve({ message: (err as Error).message, user }))
            .withUserObject('row 7')
            .calculate('DAYS_OF_STOCK', [new Date(), 1]);
        }),
    );
    expect(failure).toEqual({ message: 'Failed due to illegal value in property: 1', user: 'row 7' });
  });

  test('an error thrown by the server reaches the sidebar failure handler with its message', async () => {
    const sidebar = await sidebarWindow();
    const failure = await sidebar.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          type Runner = Record<string, (...a: unknown[]) => Runner>;
          const run = (window as unknown as { google: { script: { run: Runner } } }).google.script.run;
          run
            .withSuccessHandler(() => resolve('succeeded'))
            .withFailureHandler((err: unknown) => resolve((err as Error).message))
            .calculate('NO_SUCH_FORMULA', []);
        }),
    );
    expect(failure).toMatch(/Unknown formula: NO_SUCH_FORMULA$/);
  });

  test('the sidebar runs in an opaque origin, so its code cannot reach the page around it (as in Apps Script)', async () => {
    const sidebar = await sidebarWindow();
    const seen = await sidebar.evaluate(() => {
      let parent: string;
      try {
        parent = `reachable: ${window.parent.document.title}`;
      } catch (err) {
        parent = (err as Error).name;
      }
      return { origin: self.origin, parent };
    });
    expect(seen).toEqual({ origin: 'null', parent: 'SecurityError' });
    // google.script.run still works from there: its calls are CORS requests the server accepts.
    await page.frameLocator('#sidebar-frame').locator('#available').fill('300');
    await page.frameLocator('#sidebar-frame').locator('#daily').fill('20');
    await page.frameLocator('#sidebar-frame').locator('#calc button[type=submit]').click();
    await expect.poll(() => page.frameLocator('#sidebar-frame').locator('#result').textContent()).toBe('15.0 days');
  });

  test('google.script.host.close() from the sandboxed sidebar closes the pane and the runtime forgets the sidebar', async () => {
    const sidebar = await sidebarWindow();
    await sidebar.evaluate(() => (window as unknown as { google: { script: { host: { close(): void } } } }).google.script.host.close());
    await page.locator('#sidebar').waitFor({ state: 'hidden' });
    await expect.poll(() => server.addon.services.uiState().sidebar).toBeNull();
  });

  test('the About alert shows its OK button, answered', async () => {
    const menu = await openAddonMenu();
    await menu.locator('[data-function=showAbout]').click();
    const dialog = page.locator('#alert');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.locator('#alert-buttons button').allTextContents()).toEqual(['OK']);
    expect(await dialog.locator('#alert-answer').textContent()).toBe('answered: OK (local runtime answers from its queue)');
    await dialog.locator('#alert-dismiss').click();
    await dialog.waitFor({ state: 'hidden' });
  });

  // Last: it changes the user's saved language for the rest of the block.
  test('switching the sidebar to 简体中文 re-renders it, and the menu after reopening, in Chinese', async () => {
    const frame = await openSidebar();
    await frame.locator('#locale').selectOption('zh-CN');
    await expect.poll(() => frame.locator('h1').textContent()).toBe('运营操盘台');

    await page.reload();
    const menu = await openAddonMenu();
    expect(await menu.locator('.menu-item').allTextContents()).toEqual(MENU_ITEMS.map((item) => t('zh-CN', item.caption)));
  });
});

describe('the sidebar telling a failure on the server from a call that got no answer', () => {
  // Saving the language fails on the server: the user's property store is full.
  serveBook(withFullUserStore(demo));

  test('a message the server wrote shows as it is, without the “could not reach the sheet” wording', async () => {
    const frame = await openSidebar();
    await frame.locator('#locale').selectOption('zh-CN');
    await expect.poll(() => frame.locator('#status').textContent()).toBe(t('en', 'error.unexpected'));
  });

  test('a calculation that gets no answer says the sheet could not be reached, in the user’s language', async () => {
    const frame = await openSidebar();
    // The connection drops: google.script.run's request never reaches the runtime.
    await page.route('**/__gas/run/calculate', (route) => route.abort('connectionfailed'));
    await frame.locator('#available').fill('300');
    await frame.locator('#daily').fill('20');
    await frame.locator('#calc button[type=submit]').click();
    const wording = t('en', 'sidebar.failed', { error: '' });
    await expect.poll(() => frame.locator('#result').textContent()).toMatch(new RegExp(`^${wording}NetworkError: `));
    // Chromium reports the dropped request on the console: that line, and only it, is expected.
    expect(errors.splice(0)).toEqual(['console: Failed to load resource: net::ERR_CONNECTION_FAILED']);
  });
});

describe('the local page on a workbook with errors', () => {
  serveBook({
    sheets: [{ name: 'Checks', cells: { A1: '=DAYS_OF_STOCK(-1, 2)', B1: '=SEQUENCE(3)', B2: 'in the way' } }],
  });

  test("shows Sheets' error text in the cell and the error message on hover", async () => {
    const cell = page.locator('td[data-a1="A1"]');
    await expect.poll(() => cell.textContent()).toBe('#ERROR!');
    expect(await cell.getAttribute('title')).toContain('DAYS_OF_STOCK: available cannot be negative (-1).');
    await expect.poll(() => page.locator('td[data-a1="B1"]').textContent()).toBe('#REF!');
  });
});

describe('the local page showing alerts and prompts the runtime answered', () => {
  serveBook(demo);
  beforeAll(() => {
    // A menu of test-only items beside the add-on's, rebuilt by onOpen at every page load.
    server.addon.runScript(`
      var addonOnOpen = onOpen;
      onOpen = function (e) {
        addonOnOpen(e);
        SpreadsheetApp.getUi().createMenu('Checks').addItem('Delete rows', 'askYesNo').addItem('Rename', 'askName').addToUi();
      };
      askYesNo = function () {
        var ui = SpreadsheetApp.getUi();
        ui.alert('Delete rows', 'Delete the 3 selected rows?', ui.ButtonSet.YES_NO);
      };
      askName = function () {
        var ui = SpreadsheetApp.getUi();
        ui.prompt('Rename', 'New name for the sheet:', ui.ButtonSet.OK_CANCEL);
      };
    `);
  });

  async function runChecksItem(caption: string): Promise<ReturnType<Page['locator']>> {
    await page.locator('#custom-menus .menu-title', { hasText: 'Checks' }).click();
    await page.locator('#custom-menus .menu-item', { hasText: caption }).click();
    const dialog = page.locator('#alert');
    await dialog.waitFor({ state: 'visible' });
    return dialog;
  }

  test('a YES_NO alert shows Yes and No, with the default answer YES marked', async () => {
    const dialog = await runChecksItem('Delete rows');
    expect(await dialog.locator('#alert-title').textContent()).toBe('Delete rows');
    expect(await dialog.locator('#alert-text').textContent()).toBe('Delete the 3 selected rows?');
    expect(await dialog.locator('#alert-buttons button').allTextContents()).toEqual(['Yes', 'No']);
    expect(await dialog.locator('#alert-buttons button.answered').allTextContents()).toEqual(['Yes']);
    expect(await dialog.locator('#alert-answer').textContent()).toBe('answered: YES (local runtime answers from its queue)');
    // The alert's buttons are shown, not clickable: the runtime has already answered.
    expect(await dialog.locator('#alert-buttons button[disabled]').count()).toBe(2);
  });

  test('a queued NO answer is the one shown', async () => {
    server.addon.services.state.ui.answers.push({ button: 'NO' });
    const dialog = await runChecksItem('Delete rows');
    expect(await dialog.locator('#alert-buttons button.answered').allTextContents()).toEqual(['No']);
    expect(await dialog.locator('#alert-answer').textContent()).toBe('answered: NO (local runtime answers from its queue)');
  });

  test('a prompt shows its OK and Cancel buttons and the queued text', async () => {
    server.addon.services.state.ui.answers.push({ button: 'OK', text: 'Inventory 2027' });
    const dialog = await runChecksItem('Rename');
    expect(await dialog.locator('#alert-buttons button').allTextContents()).toEqual(['OK', 'Cancel']);
    expect(await dialog.locator('#alert-response').inputValue()).toBe('Inventory 2027');
    expect(await dialog.locator('#alert-answer').textContent()).toBe('answered: OK with "Inventory 2027" (local runtime answers from its queue)');
  });
});
