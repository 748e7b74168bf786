import { describe, expect, it } from 'vitest';
import { SCOPES } from './context';
import { FakeSession, appsScriptLocale, defaultSessionState } from './session';
import { kernelAt, realmKit, run } from './test-kit';

function setup(overrides: Partial<ReturnType<typeof defaultSessionState>> = {}, scopes?: string[]) {
  const kernel = kernelAt();
  const state = { ...defaultSessionState(), ...overrides };
  const kit = realmKit();
  return { kernel, state, session: kit.view(new FakeSession(kernel, state, { ...kit.deps, scopes }), 'Session') };
}

describe('Session', () => {
  it.each([
    ['en', 'en'],
    ['zh-CN', 'zh_CN'],
    ['zh_TW', 'zh_TW'],
    ['zh-Hant', 'zh_TW'],
    ['en-gb', 'en_GB'],
  ])('reports the account locale %s as %s (Java form, underscore before the region)', (given, expected) => {
    expect(appsScriptLocale(given)).toBe(expected);
  });

  it('gives the locale even in AuthMode.NONE', () => {
    const { kernel, session } = setup({ locale: 'zh-CN' });
    expect(run(kernel, 'NONE', () => session.getActiveUserLocale())).toBe('zh_CN');
  });

  it('returns the script time zone from the manifest, not the spreadsheet\'s', () => {
    expect(setup({ scriptTimeZone: 'Asia/Shanghai' }).session.getScriptTimeZone()).toBe('Asia/Shanghai');
  });

  it('shows the user\'s email to a menu action (FULL)', () => {
    const { kernel, session } = setup({ activeUserEmail: 'op@example.com' });
    expect(run(kernel, 'FULL', () => session.getActiveUser().getEmail())).toBe('op@example.com');
  });

  it('blanks the email in a custom function and in a simple trigger', () => {
    const { kernel, session } = setup();
    expect(run(kernel, 'CUSTOM_FUNCTION', () => session.getActiveUser().getEmail())).toBe('');
    expect(run(kernel, 'LIMITED', () => session.getEffectiveUser().getEmail())).toBe('');
  });

  it('refuses the email when the manifest lacks the userinfo.email scope', () => {
    const { kernel, session } = setup({}, [SCOPES.containerUi]);
    expect(() => run(kernel, 'FULL', () => session.getActiveUser().getEmail())).toThrow(SCOPES.userEmail);
  });

  it('gives a temporary user key that is stable and is not the email', () => {
    const { session, state } = setup();
    const key = session.getTemporaryActiveUserKey();
    expect(key).toBe(session.getTemporaryActiveUserKey());
    expect(key).not.toContain(state.activeUserEmail);
  });

  it('gives each user their own account locale', () => {
    const { kernel, state, session } = setup({ locale: 'zh-CN', users: { 'partner@example.com': { locale: 'en' } } });
    const operator = run(kernel, 'FULL', () => session.getActiveUserLocale());
    state.activeUserEmail = 'partner@example.com';
    expect([operator, run(kernel, 'FULL', () => session.getActiveUserLocale())]).toEqual(['zh_CN', 'en']);
  });

  it('gives a user without an account of their own the file\'s user locale', () => {
    const { kernel, state, session } = setup({ locale: 'zh-TW' });
    state.activeUserEmail = 'someone@example.com';
    expect(run(kernel, 'FULL', () => session.getActiveUserLocale())).toBe('zh_TW');
  });

  it('is the execution\'s user when the execution names one (a trigger runs as its creator)', () => {
    const { kernel, session } = setup({ users: { 'creator@example.com': { locale: 'zh-CN' } } });
    const { value } = kernel.run('time-trigger', 'FULL', () => [session.getActiveUser().getEmail(), session.getEffectiveUser().getEmail(), session.getActiveUserLocale()], { user: 'creator@example.com' });
    expect(value).toEqual(['creator@example.com', 'creator@example.com', 'zh_CN']);
  });

  it('gives each user a temporary key of their own', () => {
    const { kernel, session } = setup();
    const key = (user: string) => kernel.run('menu', 'FULL', () => session.getTemporaryActiveUserKey(), { user }).value;
    expect(key('a@example.com')).not.toBe(key('b@example.com'));
  });
});
