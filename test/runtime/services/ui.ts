/**
 * The Ui of a spreadsheet (`SpreadsheetApp.getUi()`): menus, alerts, prompts, sidebar, dialogs.
 *
 * Faithful: `getUi()` fails in custom functions and time-driven triggers with Apps Script's
 * "Cannot call SpreadsheetApp.getUi() from this context."; menus can be built in every other mode
 * (NONE and LIMITED included: that is what onOpen does), but a sidebar, dialog, alert or prompt
 * needs AuthMode.FULL ("add-ons can't open sidebars or dialogs while in LIMITED") and the
 * `script.container.ui` scope when the manifest's scopes are known. One sidebar or dialog at a
 * time: showing one replaces whatever was open. Add-on sidebars are 300 px wide whatever
 * `setWidth` says. `alert`/`prompt` answer from `state.answers` (a queue a test fills), else the
 * button set's first button (OK for OK sets, YES for YES_NO…). Menu handlers are recorded by name;
 * {@link unresolvedMenuFunctions} lists those that are not globals of the bundle.
 */
import type { Kernel } from '../kernel';
import { SCOPES, ServiceContext, type ServiceDeps } from './context';
import { FakeHtmlOutput } from './html-service';
import { BUTTON, BUTTON_SET, ButtonEnum, ButtonSetEnum, enumName, type ButtonName, type ButtonSetName } from './enums';

/** One entry of a menu. */
export type UiMenuItem = { caption: string; functionName: string } | { separator: true } | { caption: string; submenu: UiMenuItem[] };

/** A menu added to the UI. */
export interface UiMenuState {
  title: string;
  /** True for `createAddonMenu()` (shown under Extensions › add-on name). */
  addon: boolean;
  items: UiMenuItem[];
}

/** The open sidebar. */
export interface UiSidebarState {
  title: string;
  html: string;
  /** Always 300 for an add-on. */
  width: number;
}

/** The open dialog. */
export interface UiDialogState {
  title: string;
  html: string;
  modal: boolean;
  width: number;
  height: number;
}

/** One alert or prompt shown, with the answer it got. */
export interface UiAlertRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  button: ButtonName;
  text?: string;
}

/** A queued answer for the next alert or prompt; `thinkMs` is how long the user takes. */
export interface UiAnswer {
  button: ButtonName;
  text?: string;
  thinkMs?: number;
}

/** What the user sees. JSON-able. */
export interface UiState {
  menus: UiMenuState[];
  sidebar: UiSidebarState | null;
  dialog: UiDialogState | null;
  alerts: UiAlertRecord[];
  answers: UiAnswer[];
}

/** A fresh state: no menus, nothing open. */
export function emptyUiState(): UiState {
  return { menus: [], sidebar: null, dialog: null, alerts: [], answers: [] };
}

/** Add-on sidebars have a fixed width. */
export const ADDON_SIDEBAR_WIDTH = 300;

/** The buttons of each button set, in the order the dialog shows them. */
export const BUTTONS_OF: Readonly<Record<ButtonSetName, readonly ButtonName[]>> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

/** Every function name the menus call, submenus included. */
export function menuFunctionNames(state: UiState): string[] {
  const out: string[] = [];
  const walk = (items: UiMenuItem[]): void => {
    for (const item of items) {
      if ('functionName' in item) out.push(item.functionName);
      else if ('submenu' in item) walk(item.submenu);
    }
  };
  for (const m of state.menus) walk(m.items);
  return out;
}

/**
 * Menu function names that do not resolve to a function of `globals` (the gas-local context).
 * V8 Apps Script also accepts a dotted path to an object's method (`'menu.item1'`).
 */
export function unresolvedMenuFunctions(state: UiState, globals: object): string[] {
  return menuFunctionNames(state).filter((name) => {
    let v: unknown = globals;
    for (const part of name.split('.')) {
      if (v === null || v === undefined) return true;
      v = (v as Record<string, unknown>)[part];
    }
    return typeof v !== 'function';
  });
}

/** What the Ui reads of an HtmlOutput (through its uncounted snapshot: reading is not an add-on call). */
interface Showable {
  title: string;
  html: string;
  width: number;
  height: number;
}

/** A Menu being built. */
export class FakeMenu implements GoogleAppsScript.Base.Menu {
  /** Items so far (internal). */
  readonly items: UiMenuItem[] = [];

  constructor(
    private readonly ctx: ServiceContext,
    private readonly state: UiState,
    /** Title (internal). */
    readonly title: string,
    private readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): this {
    this.ctx.call('Menu.addItem');
    if (typeof functionName !== 'string' || !functionName) throw this.ctx.error('Invalid argument: functionName');
    this.items.push({ caption: String(caption), functionName });
    return this;
  }

  addSeparator(): this {
    this.ctx.call('Menu.addSeparator');
    this.items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: GoogleAppsScript.Base.Menu): this {
    this.ctx.call('Menu.addSubMenu');
    if (!(menu instanceof FakeMenu)) throw this.ctx.error('Invalid argument: menu');
    this.items.push({ caption: menu.title, submenu: JSON.parse(JSON.stringify(menu.items)) as UiMenuItem[] });
    return this;
  }

  /** Adds (or replaces, for the same title) the menu; a later onOpen rebuilds it, as a reload does. */
  addToUi(): void {
    this.ctx.call('Menu.addToUi');
    const menu: UiMenuState = { title: this.title, addon: this.addon, items: JSON.parse(JSON.stringify(this.items)) as UiMenuItem[] };
    const at = this.state.menus.findIndex((m) => m.title === menu.title && m.addon === menu.addon);
    if (at >= 0) this.state.menus[at] = menu;
    else this.state.menus.push(menu);
  }
}

/** A prompt's answer. */
class FakePromptResponse implements GoogleAppsScript.Base.PromptResponse {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly text: string,
    private readonly button: ButtonName,
  ) {}

  getResponseText(): string {
    this.ctx.call('PromptResponse.getResponseText');
    return this.text;
  }

  getSelectedButton(): GoogleAppsScript.Base.Button {
    this.ctx.call('PromptResponse.getSelectedButton');
    return ButtonEnum[this.button];
  }
}

/** Options of {@link FakeUi}. */
export interface UiOptions extends ServiceDeps {
  /** The add-on's name: the title of its menu under Extensions. */
  readonly addonName?: string;
}

/** The Ui object. Create it through {@link uiFor}, which applies the `getUi()` restrictions. */
export class FakeUi implements GoogleAppsScript.Base.Ui {
  readonly Button = ButtonEnum;
  readonly ButtonSet = ButtonSetEnum;
  private readonly ctx: ServiceContext;

  constructor(
    kernel: Kernel,
    private readonly state: UiState,
    private readonly options: UiOptions = {},
  ) {
    this.ctx = new ServiceContext(kernel, options);
  }

  private present(method: string): void {
    this.ctx.requireAuth(`Ui.${method}`, ['FULL']);
    this.ctx.requireScope(`Ui.${method}`, SCOPES.containerUi);
  }

  /** Splits the (prompt) / (prompt, buttons) / (title, prompt, buttons) overloads. */
  private dialogArgs(a: unknown, b: unknown, c: unknown): { title: string; prompt: string; buttons: ButtonSetName } {
    if (c !== undefined) return { title: String(a), prompt: String(b), buttons: this.buttonSet(c) };
    if (b !== undefined) return { title: '', prompt: String(a), buttons: this.buttonSet(b) };
    return { title: '', prompt: String(a), buttons: 'OK' };
  }

  private buttonSet(v: unknown): ButtonSetName {
    const name = enumName(v);
    if (!(name in BUTTON_SET)) throw this.ctx.error(`Invalid argument: buttons (${name})`);
    return name as ButtonSetName;
  }

  /** The next queued answer, checked against the buttons shown (CLOSE is always possible). */
  private answer(buttons: ButtonSetName): UiAnswer {
    const allowed = BUTTONS_OF[buttons];
    const queued = this.state.answers.shift();
    if (!queued) return { button: allowed[0] };
    if (!(queued.button in BUTTON) || (queued.button !== 'CLOSE' && !allowed.includes(queued.button))) {
      throw new Error(`Test set-up: answer ${queued.button} is not a button of ${buttons} (${allowed.join(', ')}, CLOSE).`);
    }
    if (queued.thinkMs) this.ctx.kernel.spend(queued.thinkMs);
    return queued;
  }

  alert(a: string, b?: unknown, c?: unknown): GoogleAppsScript.Base.Button {
    this.ctx.call('Ui.alert');
    this.present('alert');
    const args = this.dialogArgs(a, b, c);
    const { button } = this.answer(args.buttons);
    this.state.alerts.push({ kind: 'alert', ...args, button });
    return ButtonEnum[button];
  }

  prompt(a: string, b?: unknown, c?: unknown): FakePromptResponse {
    this.ctx.call('Ui.prompt');
    this.present('prompt');
    const args = this.dialogArgs(a, b, c);
    const { button, text = '' } = this.answer(args.buttons);
    this.state.alerts.push({ kind: 'prompt', ...args, button, text });
    return new FakePromptResponse(this.ctx, text, button);
  }

  createAddonMenu(): FakeMenu {
    this.ctx.call('Ui.createAddonMenu');
    return new FakeMenu(this.ctx, this.state, this.options.addonName ?? 'Add-on', true);
  }

  createMenu(caption: string): FakeMenu {
    this.ctx.call('Ui.createMenu');
    return new FakeMenu(this.ctx, this.state, String(caption), false);
  }

  private showable(method: string, output: unknown): Showable {
    if (!(output instanceof FakeHtmlOutput)) throw this.ctx.error(`Invalid argument: userInterface (Ui.${method} takes an HtmlOutput)`);
    return output.snapshot();
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.ctx.call('Ui.showModalDialog');
    this.openDialog('showModalDialog', userInterface, title, true);
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.ctx.call('Ui.showModelessDialog');
    this.openDialog('showModelessDialog', userInterface, title, false);
  }

  private openDialog(method: string, userInterface: unknown, title: string, modal: boolean): void {
    this.present(method);
    const o = this.showable(method, userInterface);
    this.state.sidebar = null;
    this.state.dialog = { title: String(title), html: o.html, modal, width: o.width, height: o.height };
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.ctx.call('Ui.showSidebar');
    this.present('showSidebar');
    const o = this.showable('showSidebar', userInterface);
    this.state.dialog = null;
    this.state.sidebar = { title: o.title, html: o.html, width: ADDON_SIDEBAR_WIDTH };
  }

  /** @deprecated as in Apps Script; behaves as a modal dialog titled by the output. */
  showDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.ctx.call('Ui.showDialog');
    this.openDialog('showDialog', userInterface, this.showable('showDialog', userInterface).title, true);
  }
}

/** Apps Script's text when getUi() is called where there is no UI. */
export const NO_UI_MESSAGE = 'Cannot call SpreadsheetApp.getUi() from this context.';

/**
 * What `SpreadsheetApp.getUi()` does: refuses custom functions and time-driven triggers, else
 * returns the Ui. The caller counts its own `SpreadsheetApp.getUi` call.
 */
export function uiFor(kernel: Kernel, state: UiState, options: UiOptions = {}): FakeUi {
  const e = kernel.execution();
  if (e && (e.authMode === 'CUSTOM_FUNCTION' || e.kind === 'custom-function' || e.kind === 'time-trigger')) {
    throw (options.realm ?? new ServiceContext(kernel).realm).error(NO_UI_MESSAGE);
  }
  return new FakeUi(kernel, state, options);
}
