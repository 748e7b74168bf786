import { describe, expect, it } from 'vitest';
import { DEFAULT_USER_EMAIL } from './context';
import { FakePropertiesService, MAX_PROPERTY_BYTES, emptyPropertiesState } from './properties';
import { kernelAt, realmKit, run } from './test-kit';

function setup() {
  const kernel = kernelAt();
  const state = emptyPropertiesState();
  const session = { activeUserEmail: DEFAULT_USER_EMAIL };
  const kit = realmKit();
  const service = kit.view(new FakePropertiesService(kernel, state, { ...kit.deps, activeUser: () => session.activeUserEmail }), 'PropertiesService');
  return { kernel, state, session, service };
}

describe('PropertiesService', () => {
  it('stores every value as a string', () => {
    const { service, state } = setup();
    const props = service.getDocumentProperties();
    props.setProperty('n', 42 as unknown as string).setProperty('b', true as unknown as string).setProperty('o', { a: 1 } as unknown as string);
    expect(props.getProperty('n')).toBe('42');
    expect(state.document).toEqual({ n: '42', b: 'true', o: '[object Object]' });
  });

  it('setProperties takes an object literal and getProperties returns plain data (a missing key reads undefined)', () => {
    const props = setup().service.getUserProperties();
    props.setProperties({ a: 1, b: 'two' } as unknown as Record<string, string>);
    const all = props.getProperties();
    expect([all.a, all.b, all.missing]).toEqual(['1', 'two', undefined]);
  });

  it('returns null for a missing key', () => {
    expect(setup().service.getUserProperties().getProperty('nope')).toBeNull();
  });

  it('keeps the document, user and script stores apart', () => {
    const { service, state } = setup();
    service.getDocumentProperties().setProperty('k', 'doc');
    service.getUserProperties().setProperty('k', 'user');
    service.getScriptProperties().setProperty('k', 'script');
    expect(state).toEqual({ document: { k: 'doc' }, users: { [DEFAULT_USER_EMAIL]: { k: 'user' } }, script: { k: 'script' } });
  });

  it('accepts a property of exactly 9 KB (key + value in UTF-8 bytes)', () => {
    const props = setup().service.getDocumentProperties();
    expect(() => props.setProperty('k', 'x'.repeat(MAX_PROPERTY_BYTES - 1))).not.toThrow();
  });

  it('refuses a value over 9 KB with "Argument too large: value"', () => {
    const props = setup().service.getDocumentProperties();
    expect(() => props.setProperty('k', 'x'.repeat(MAX_PROPERTY_BYTES))).toThrow('Argument too large: value');
  });

  it('measures the 9 KB limit in UTF-8 bytes, so 3,100 Chinese characters are too many', () => {
    const props = setup().service.getDocumentProperties();
    expect(() => props.setProperty('k', '库'.repeat(3100))).toThrow('Argument too large: value');
  });

  it('refuses to grow a store past 500 KB with the storage-quota error and keeps the old contents', () => {
    const { service, state } = setup();
    const props = service.getScriptProperties();
    for (let i = 0; i < 56; i++) props.setProperty(`k${i}`, 'x'.repeat(9000));
    expect(() => props.setProperty('one-more', 'x'.repeat(9000))).toThrow(/You have exceeded the property storage quota/);
    expect(Object.keys(state.script)).toHaveLength(56);
  });

  it('setProperties with deleteAllOthers replaces the whole store', () => {
    const { service, state } = setup();
    const props = service.getUserProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(state.users[DEFAULT_USER_EMAIL]).toEqual({ c: '3' });
  });

  it('setProperties is all or nothing when one value is too large', () => {
    const { service, state } = setup();
    const props = service.getUserProperties();
    expect(() => props.setProperties({ small: 'ok', big: 'x'.repeat(MAX_PROPERTY_BYTES) })).toThrow('Argument too large: value');
    expect(state.users[DEFAULT_USER_EMAIL]).toEqual({});
  });

  it('lists keys and copies, and deletes one or all', () => {
    const { service } = setup();
    const props = service.getDocumentProperties();
    props.setProperties({ a: '1', b: '2' });
    const copy = props.getProperties();
    copy.a = 'changed';
    expect(props.getProperty('a')).toBe('1');
    expect(props.deleteProperty('a').getKeys()).toEqual(['b']);
    expect(props.deleteAllProperties().getKeys()).toEqual([]);
  });

  it('is refused in AuthMode.NONE (onOpen before the add-on is enabled)', () => {
    const { kernel, service } = setup();
    expect(() => run(kernel, 'NONE', () => service.getUserProperties())).toThrow(/You do not have permission to call PropertiesService/);
  });

  it('reads in LIMITED and in a custom function', () => {
    const { kernel, service, state } = setup();
    state.users[DEFAULT_USER_EMAIL] = { lang: 'zh-CN' };
    expect(run(kernel, 'LIMITED', () => service.getUserProperties().getProperty('lang'))).toBe('zh-CN');
    expect(run(kernel, 'CUSTOM_FUNCTION', () => service.getUserProperties().getProperty('lang'))).toBe('zh-CN');
  });

  it('refuses to write user properties from a custom function', () => {
    const { kernel, service } = setup();
    expect(() => run(kernel, 'CUSTOM_FUNCTION', () => service.getUserProperties().setProperty('a', '1'))).toThrow(/permission/);
  });

  it('counts each call through the kernel', () => {
    const { kernel, service } = setup();
    const { execution } = kernel.run('menu', 'FULL', () => service.getUserProperties().getProperty('x'));
    expect(execution.calls.map((c) => c.method)).toEqual(['PropertiesService.getUserProperties', 'Properties.getProperty']);
  });

  it('keeps each user\'s user properties apart: the user running reads and writes their own', () => {
    const { kernel, service, session, state } = setup();
    run(kernel, 'FULL', () => service.getUserProperties().setProperty('hour', '6'));
    session.activeUserEmail = 'partner@example.com';
    const partnerSees = run(kernel, 'FULL', () => service.getUserProperties().getProperty('hour'));
    run(kernel, 'FULL', () => service.getUserProperties().setProperty('hour', '8'));
    expect([partnerSees, state.users[DEFAULT_USER_EMAIL], state.users['partner@example.com']]).toEqual([null, { hour: '6' }, { hour: '8' }]);
  });

  it('opens the store of the execution\'s user when the execution names one (a trigger runs as its creator)', () => {
    const { kernel, service, state } = setup();
    state.users['creator@example.com'] = { hour: '7' };
    const { value } = kernel.run('time-trigger', 'FULL', () => service.getUserProperties().getProperty('hour'), { user: 'creator@example.com' });
    expect(value).toBe('7');
  });

  it('shares document and script properties between users', () => {
    const { kernel, service, session } = setup();
    run(kernel, 'FULL', () => service.getDocumentProperties().setProperty('day', 'done'));
    session.activeUserEmail = 'partner@example.com';
    expect(run(kernel, 'FULL', () => service.getDocumentProperties().getProperty('day'))).toBe('done');
  });
});
