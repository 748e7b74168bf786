/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser: there is no internet).
 * A missing Chromium fails the tests with the way to install it — browser tests never skip.
 */
import { mkdirSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from '../runtime/repo-root';

/** Where screenshots go (gitignored). */
export const ARTIFACTS = join(repoRoot(), 'test/.artifacts');

/** A headless Chromium with its own throwaway profile. */
export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium; throws with install instructions when it is missing. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}; the browser tests need it. ` +
        'Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium binary).',
    );
  }
  // launch() rejects --user-data-dir; a persistent context takes the profile folder instead.
  const profile = mkdtempSync(join(tmpdir(), 'opsdesk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  // Fail a step in seconds, well inside the test's own timeout, so the failure names the step.
  context.setDefaultTimeout(10_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Collects the page's uncaught errors and console errors, its iframes' included: a test that
 * passed while the page threw has not passed.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Saves a full-page screenshot as test/.artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
