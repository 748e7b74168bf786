/**
 * The tracking tabs on the local page, in English and 简体中文: each tab of the generated demo store
 * shown with its headers, and a screenshot of each saved as test/.artifacts/tabs-<locale>-<tab>.png
 * for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startServer, type RunningServer } from '../local/serve';
import { generateDemoStore } from '../fixtures/demo-store/generate';
import { allSchemas } from '../../src/core/tabs/registry';
import type { Locale } from '../../src/core/i18n/locale';
import { ARTIFACTS, launchChromium, watchErrors, type Browser } from './chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['en', 'zh-CN'] as const)('the demo store tabs in %s', (locale: Locale) => {
  let server: RunningServer;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    server = await startServer({ port: 0, book: generateDemoStore({ locale }), locale });
    page = await browser.context.newPage();
    errors = watchErrors(page);
    await page.goto(server.url);
    await page.locator('#tabs .tab').first().waitFor();
  }, 180_000);
  afterAll(async () => {
    await page?.close();
    await server?.close();
  });

  test('lists the thirteen tabs in order, named in that language', async () => {
    await expect.poll(() => page.locator('#tabs .tab').allTextContents()).toEqual(allSchemas().map((s) => s.name[locale]));
  });

  test.each(allSchemas().map((s, i) => [s.id, s, i] as const))('shows the %s tab with its headers (screenshot saved)', async (id, schema, index) => {
    await page.locator('#tabs .tab').nth(index).click();
    await expect.poll(() => page.locator('td[data-a1="A1"]').textContent()).toBe(schema.columns[0].header[locale]);
    const last = schema.columns.length;
    const lastA1 = `${String.fromCharCode(64 + last)}1`;
    expect(await page.locator(`td[data-a1="${lastA1}"]`).textContent()).toBe(schema.columns[last - 1].header[locale]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `tabs-${locale}-${id}.png`) });
    expect(errors).toEqual([]);
  });
});
