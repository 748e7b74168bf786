import { describe, expect, it } from 'vitest';
import { SCOPES } from './context';
import { FakeHtmlService } from './html-service';
import { NO_UI_MESSAGE, emptyUiState, menuFunctionNames, uiFor, unresolvedMenuFunctions } from './ui';
import { kernelAt, realmKit, run } from './test-kit';

function setup(scopes?: string[]) {
  const kernel = kernelAt();
  const state = emptyUiState();
  const kit = realmKit();
  const html = kit.view(new FakeHtmlService(kernel, { ...kit.deps, files: () => null }), 'HtmlService');
  const ui = () => kit.view(uiFor(kernel, state, { ...kit.deps, addonName: 'Ops Desk', scopes }), 'Ui');
  const full = <T>(body: () => T): T => run(kernel, 'FULL', body);
  return { kernel, state, html, ui, full };
}

describe('Ui', () => {
  it('getUi() fails in a custom function with Apps Script\'s message', () => {
    const { kernel, ui } = setup();
    expect(() => run(kernel, 'CUSTOM_FUNCTION', ui)).toThrow(NO_UI_MESSAGE);
  });

  it('getUi() fails in a time-driven trigger', () => {
    const { kernel, ui } = setup();
    expect(() => kernel.run('time-trigger', 'FULL', ui)).toThrow(NO_UI_MESSAGE);
  });

  it('builds the add-on menu in AuthMode.NONE, as onOpen must', () => {
    const { kernel, state, ui } = setup();
    run(kernel, 'NONE', () => ui().createAddonMenu().addItem('Open', 'openSidebar').addSeparator().addItem('About', 'showAbout').addToUi());
    expect(state.menus).toEqual([
      { title: 'Ops Desk', addon: true, items: [{ caption: 'Open', functionName: 'openSidebar' }, { separator: true }, { caption: 'About', functionName: 'showAbout' }] },
    ]);
  });

  it('replaces a menu with the same title when onOpen runs again', () => {
    const { state, ui, full } = setup();
    full(() => ui().createAddonMenu().addItem('A', 'a').addToUi());
    full(() => ui().createAddonMenu().addItem('B', 'b').addToUi());
    expect(state.menus).toHaveLength(1);
    expect(menuFunctionNames(state)).toEqual(['b']);
  });

  it('records submenus and finds their function names', () => {
    const { state, ui, full } = setup();
    full(() => {
      const u = ui();
      u.createMenu('Tools').addSubMenu(u.createMenu('Import').addItem('Ads report', 'importAds')).addToUi();
    });
    expect(menuFunctionNames(state)).toEqual(['importAds']);
  });

  it('lists menu function names that are not globals (dotted paths allowed)', () => {
    const { state, ui, full } = setup();
    full(() => ui().createAddonMenu().addItem('a', 'openSidebar').addItem('b', 'menu.about').addItem('c', 'missing').addToUi());
    const globals = { openSidebar: () => undefined, menu: { about: () => undefined } };
    expect(unresolvedMenuFunctions(state, globals)).toEqual(['missing']);
  });

  it('shows a sidebar 300 px wide with the output\'s title, whatever setWidth said', () => {
    const { state, ui, html, full } = setup();
    full(() => ui().showSidebar(html.createHtmlOutput('<p>hi</p>').setTitle('Ops Desk').setWidth(600)));
    expect(state.sidebar).toEqual({ title: 'Ops Desk', html: '<p>hi</p>', width: 300 });
  });

  it('shows one sidebar or dialog at a time: a dialog replaces the sidebar and back', () => {
    const { state, ui, html, full } = setup();
    full(() => ui().showSidebar(html.createHtmlOutput('s')));
    full(() => ui().showModalDialog(html.createHtmlOutput('d').setWidth(500).setHeight(200), 'Import'));
    expect(state.sidebar).toBeNull();
    expect(state.dialog).toEqual({ title: 'Import', html: 'd', modal: true, width: 500, height: 200 });
    full(() => ui().showSidebar(html.createHtmlOutput('s2')));
    expect(state.dialog).toBeNull();
    expect(state.sidebar?.html).toBe('s2');
  });

  it('refuses to open a sidebar in AuthMode.LIMITED (simple onOpen)', () => {
    const { kernel, ui, html } = setup();
    expect(() => run(kernel, 'LIMITED', () => ui().showSidebar(html.createHtmlOutput('x')))).toThrow(/permission/);
  });

  it('refuses a sidebar when the manifest lacks script.container.ui', () => {
    const { ui, html, full } = setup([SCOPES.scriptApp]);
    expect(() => full(() => ui().showSidebar(html.createHtmlOutput('x')))).toThrow(`Required permissions: ${SCOPES.containerUi}`);
  });

  it('answers an alert with OK by default and records it', () => {
    const { state, ui, full } = setup();
    const button = full(() => ui().alert('Saved'));
    expect(button).toBe('OK');
    expect(state.alerts).toEqual([{ kind: 'alert', title: '', prompt: 'Saved', buttons: 'OK', button: 'OK' }]);
  });

  it('answers from the queue a test sets, and YES first for a YES_NO set', () => {
    const { state, ui, full } = setup();
    state.answers.push({ button: 'NO' });
    const [first, second] = full(() => {
      const u = ui();
      return [u.alert('Delete?', 'Really?', u.ButtonSet.YES_NO), u.alert('Again?', u.ButtonSet.YES_NO)];
    });
    expect([first, second]).toEqual(['NO', 'YES']);
    expect(state.alerts[0]).toMatchObject({ title: 'Delete?', prompt: 'Really?' });
  });

  it('rejects a queued answer that is not one of the buttons shown', () => {
    const { state, ui, full } = setup();
    state.answers.push({ button: 'YES' });
    expect(() => full(() => ui().alert('Saved'))).toThrow(/not a button of OK/);
  });

  it('returns a prompt\'s text and button', () => {
    const { state, ui, full } = setup();
    state.answers.push({ button: 'OK', text: 'B0ABC12345' });
    const r = full(() => ui().prompt('ASIN?', ui().ButtonSet.OK_CANCEL));
    expect([r.getResponseText(), r.getSelectedButton()]).toEqual(['B0ABC12345', 'OK']);
  });

  it('charges the user\'s think time to the execution', () => {
    const { kernel, state, ui } = setup();
    state.answers.push({ button: 'OK', thinkMs: 20_000 });
    const { execution } = kernel.run('menu', 'FULL', () => ui().alert('Read this'));
    expect(execution.usedMs).toBeGreaterThanOrEqual(20_000);
  });
});

describe('Ui call counting', () => {
  it('counts showSidebar once, without counting its own reads of the output', () => {
    const { kernel, ui, html } = setup();
    const output = html.createHtmlOutput('x');
    const { execution } = kernel.run('menu', 'FULL', () => ui().showSidebar(output));
    expect(execution.calls.map((c) => c.method)).toEqual(['Ui.showSidebar']);
  });
});
