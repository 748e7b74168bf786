/**
 * The local page's model of one open spreadsheet: the loaded add-on (whose Ui state says which
 * menus and sidebar the user sees) and the file changes are saved to. Every user action goes
 * through here and comes back as an {@link ActionResult}; serve.ts only maps HTTP onto it.
 */
import { writeFileSync } from 'node:fs';
import type { LocalAddon, RunReport } from '../runtime/local-addon';
import { BUTTONS_OF, menuFunctionNames } from '../runtime/services';
import { javaZone, zonedToEpoch } from '../runtime/services/time-zone';
import { pageState, runView, type ActionResult, type PageState } from './page-state';

/**
 * An alert or prompt the add-on showed, as the page shows it. The runtime does not wait for a
 * click: `Ui.alert` answers at once from the queue a test fills, else with the set's first button,
 * so the page shows which button was answered rather than asking.
 */
export interface AlertMessage {
  readonly kind: 'alert';
  readonly title: string;
  readonly text: string;
  /** `Ui.prompt` (a text field above the buttons) rather than `Ui.alert`. */
  readonly prompt: boolean;
  /** The buttons of the alert's button set (`OK`, `CANCEL`, `YES`, `NO`), in order. */
  readonly buttons: readonly string[];
  /** The button the runtime answered with (`CLOSE`: the dialog was closed). */
  readonly answered: string;
  /** A prompt's answered text. */
  readonly response?: string;
}

/** A toast (`Spreadsheet.toast`). */
export interface ToastMessage {
  readonly kind: 'toast';
  readonly title: string;
  readonly text: string;
}

/** What an action returns: {@link ActionResult} with the alerts' buttons and answers. */
export interface DeskResult extends ActionResult {
  readonly messages: readonly (AlertMessage | ToastMessage)[];
}

/** A request the user got wrong (bad time, unknown menu item): answered with HTTP 400/404. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** One open spreadsheet behind the page. */
export class Desk {
  /** Counts the sidebars shown, so the page reloads its iframe even when the HTML is the same. */
  private sidebarSerial = 0;

  constructor(
    readonly addon: LocalAddon,
    /** Where to save the workbook after each action; null leaves the file alone. */
    private readonly savePath: string | null,
  ) {}

  /** The page's state, without running anything. */
  state(): PageState {
    return pageState(this.addon, this.sidebarSerial, this.savePath);
  }

  /** The open sidebar's HTML exactly as the add-on passed it to showSidebar, or null. */
  sidebarHtml(): string | null {
    return this.addon.services.uiState().sidebar?.html ?? null;
  }

  /**
   * Opening (or reloading) the spreadsheet: Sheets drops the menus and closes any sidebar or
   * dialog, then runs onOpen — which is how a language switch reaches the menu.
   */
  open(): DeskResult {
    return this.act(() => [this.addon.open()]);
  }

  /** Clicks a menu item. Only a function a menu names can be run this way, as in Sheets. */
  menu(functionName: string): DeskResult {
    if (!menuFunctionNames(this.addon.services.uiState()).includes(functionName)) {
      throw new UserError(`No menu item runs ${functionName}.`, 404);
    }
    return this.act(() => [this.addon.call(functionName, [], 'menu')]);
  }

  /** A google.script.run call from the sidebar: its report (the shim needs the value or error). */
  sidebarCall(name: string, args: unknown[]): RunReport {
    if (!this.addon.services.uiState().sidebar) throw new UserError('No sidebar is open: google.script.run has nothing to answer.', 409);
    let report: RunReport | undefined;
    this.act(() => [(report = this.callFromSidebar(name, args))]);
    return report as RunReport;
  }

  private callFromSidebar(name: string, args: unknown[]): RunReport {
    try {
      return this.addon.call(name, args, 'sidebar');
    } catch (err) {
      // A transport rule broken (a Date, a private name …): the call fails as in Apps Script.
      return { name, kind: 'sidebar', authMode: 'FULL', error: err instanceof Error ? err.message : String(err), calls: {}, callCount: 0, modelledMs: 0, alerts: [], loggedErrors: [] };
    }
  }

  /** google.script.host.close(), or the pane's close button. */
  closeSidebar(): PageState {
    this.addon.services.uiState().sidebar = null;
    return this.state();
  }

  /**
   * Moves the clock to `until`, firing due time-driven triggers. `until` is ISO 8601 with a zone
   * (`…Z`, `…+08:00`), or a wall time (`2026-11-28T09:00`) read in the spreadsheet's time zone —
   * what the page's date-time input sends.
   */
  tick(until: string): DeskResult {
    const when = parseUntil(until, this.addon.book.timeZone);
    const now = this.addon.kernel.now();
    if (when.getTime() < now.getTime()) throw new UserError(`The clock only moves forward: ${until} is before ${now.toISOString()}.`);
    return this.act(() => this.addon.tick(when));
  }

  /** Runs executions, then collects what they showed and saves the workbook. */
  private act(body: () => RunReport[]): DeskResult {
    const ui = this.addon.services.uiState();
    const alertsBefore = ui.alerts.length;
    const toastsBefore = this.addon.spreadsheet.toasts.length;
    const runs = body();
    // Showing a sidebar replaces the pane's content, even with identical HTML.
    if (runs.some((run) => run.calls['Ui.showSidebar'])) this.sidebarSerial++;
    const messages: DeskResult['messages'] = [
      ...ui.alerts.slice(alertsBefore).map(
        (a): AlertMessage => ({
          kind: 'alert',
          title: a.title,
          text: a.prompt,
          prompt: a.kind === 'prompt',
          buttons: BUTTONS_OF[a.buttons],
          answered: a.button,
          ...(a.kind === 'prompt' ? { response: a.text ?? '' } : {}),
        }),
      ),
      ...this.addon.spreadsheet.toasts.slice(toastsBefore).map((t): ToastMessage => ({ kind: 'toast', title: t.title, text: t.message })),
    ];
    this.save();
    return { state: this.state(), runs: runs.map(runView), messages };
  }

  private save(): void {
    if (this.savePath) writeFileSync(this.savePath, JSON.stringify(this.addon.toFile(), null, 1) + '\n');
  }
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** An instant from ISO 8601 with a zone, or from a wall time in `timeZone`. */
export function parseUntil(text: string, timeZone: string): Date {
  const wall = WALL_TIME.exec(text);
  const ms = wall
    ? zonedToEpoch(javaZone(timeZone), ...(wall.slice(1, 7).map((p) => Number(p ?? 0)) as [number, number, number, number, number, number]))
    : Date.parse(text);
  if (!Number.isFinite(ms)) throw new UserError(`Not a time: "${text}". Use 2026-11-28T09:00 (spreadsheet time) or an ISO time with a zone.`);
  return new Date(ms);
}
