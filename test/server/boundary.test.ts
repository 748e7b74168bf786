/**
 * The error boundary of each role (src/server/boundary.ts), through the built bundle: what the
 * user sees of a failure is a message in their language — never a stack trace — and the failure
 * is logged with its stack.
 */
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n/messages';
import { SIDEBAR_MESSAGE_MARK } from '../../src/server/boundary';
import { repoRoot } from '../runtime/repo-root';
import type { LocalAddon } from '../runtime/local-addon';
import type { WorkbookFile } from '../runtime/workbook-file';
import { demoBook, loadAddon, withFullUserStore } from '../bundle/load';

/** The execution log's lines that a boundary wrote for `global`. */
function failureLog(addon: LocalAddon, role: string, global: string): string {
  return addon.services.state.logs.filter((line) => line.startsWith(`ERROR: Ops Desk ${role} ${global} failed: `)).join('\n');
}

/** dist/ without Sidebar.html, as a push that forgot it would leave the script. */
function distWithoutSidebar(): string {
  const dir = mkdtempSync(join(tmpdir(), 'opsdesk-dist-'));
  for (const file of ['Code.js', 'appsscript.json']) copyFileSync(join(repoRoot(), 'dist', file), join(dir, file));
  return dir;
}

describe('a sidebar call that fails', () => {
  it('rejects with a known error’s text in the user’s language, marked as the server’s own message', () => {
    const addon = loadAddon({ book: demoBook(), locale: 'zh-CN' });
    expect(addon.call('setUserLocale', ['fr'], 'sidebar').error).toBe(`${SIDEBAR_MESSAGE_MARK}未知语言：fr`);
  });

  it('rejects with a formula’s own error as a cell would show it, not as something gone wrong', () => {
    const addon = loadAddon({ book: demoBook(), locale: 'zh-TW' });
    let inCell = '';
    try {
      addon.runCustomFunction('DAYS_OF_STOCK', ['lots', 3]);
    } catch (err) {
      inCell = (err as Error).message;
    }
    expect(inCell).toContain('DAYS_OF_STOCK');
    expect(addon.call('calculate', ['DAYS_OF_STOCK', ['lots', 3]], 'sidebar').error).toBe(SIDEBAR_MESSAGE_MARK + inCell);
  });

  it.each(['en', 'zh-CN', 'zh-TW'] as const)('rejects an unexpected error with “something went wrong” and what to do, in %s', (locale) => {
    const addon = loadAddon({ book: withFullUserStore(demoBook()), locale });
    expect(addon.call('setUserLocale', ['en'], 'sidebar').error).toBe(SIDEBAR_MESSAGE_MARK + t(locale, 'error.unexpected'));
  });

  it('logs the unexpected error with its stack', () => {
    const addon = loadAddon({ book: withFullUserStore(demoBook()) });
    addon.call('setUserLocale', ['zh-CN'], 'sidebar');
    const log = failureLog(addon, 'sidebar', 'setUserLocale');
    expect(log).toContain('You have exceeded the property storage quota');
    expect(log).toMatch(/\n\s+at /);
  });
});

describe('a menu action that fails', () => {
  it('shows “something went wrong” in the user’s language in an alert, and the execution ends quietly', () => {
    const addon = loadAddon({ book: demoBook(), locale: 'zh-TW', distDir: distWithoutSidebar() });
    const report = addon.call('openSidebar');
    expect(report.error).toBeUndefined();
    expect(addon.services.uiState().alerts.map((a) => a.prompt)).toEqual([t('zh-TW', 'error.unexpected')]);
    expect(addon.services.uiState().sidebar).toBeNull();
  });

  it('logs the error with its stack', () => {
    const addon = loadAddon({ book: demoBook(), distDir: distWithoutSidebar() });
    addon.call('openSidebar');
    expect(failureLog(addon, 'menu', 'openSidebar')).toMatch(/Sidebar[\s\S]*\n\s+at /);
  });

  it('where no alert can be shown, fails with the message, not the stack', () => {
    const addon = loadAddon({ book: demoBook(), locale: 'en' });
    // A simple trigger runs in AuthMode.LIMITED, where neither a sidebar nor an alert may open.
    const report = addon.callAs('openSidebar', [], 'simple-trigger', 'LIMITED');
    expect(report.error).toBe(t('en', 'error.unexpected'));
    expect(failureLog(addon, 'menu', 'openSidebar')).toMatch(/permission|LIMITED/i);
  });
});

describe('a trigger that fails', () => {
  /** A book with an hourly time-driven trigger on `handler`, due at 17:30Z. */
  function bookWithTrigger(handler: string): WorkbookFile {
    const demo = demoBook();
    const trigger = {
      id: '7',
      handler,
      type: 'CLOCK',
      user: 'operator@lotushome.example',
      documentId: 'local-lotus-home-demo-store-',
      timezone: 'America/Los_Angeles',
      createdAt: '2026-11-27T17:00:00.000Z',
      every: { unit: 'hours', n: 1 },
      nextRunAt: '2026-11-27T17:30:00.000Z',
    };
    return { ...demo, triggers: [trigger] } as WorkbookFile;
  }

  it('ends its execution without rethrowing: nobody would see the error', () => {
    // onOpen needs a UI, which a time-driven trigger does not have.
    const addon = loadAddon({ book: bookWithTrigger('onOpen') });
    const runs = addon.tick(new Date('2026-11-27T17:45:00Z'));
    expect(runs.map((r) => [r.name, r.error])).toEqual([['onOpen', undefined]]);
  });

  it('logs the error with its stack', () => {
    const addon = loadAddon({ book: bookWithTrigger('onOpen') });
    addon.tick(new Date('2026-11-27T17:45:00Z'));
    const log = failureLog(addon, 'trigger', 'onOpen');
    expect(log).toContain('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(log).toMatch(/\n\s+at /);
  });
});
