import type { Locale } from '../core/i18n/locale';
import type { ChecklistEntry, ChecklistView } from '../core/checklist/view';
import { WHY } from '../core/checklist/why';
import type { SidebarState } from '../server/sidebar';
import { mountImportPanel } from './import-panel';
import { ServerMessage, run } from './rpc';
import { say, type SayKey } from './strings';
import { withoutFullStop } from '../core/i18n/fill';

declare global {
  interface Window {
    /** The first state, inlined by the server's template so the sidebar draws without a round trip. */
    __OPSDESK_BOOT__?: SidebarState;
  }
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文', 'zh-TW': '繁體中文' };
const SVG = 'http://www.w3.org/2000/svg';

let state: SidebarState | undefined = window.__OPSDESK_BOOT__;
/** Items with a call in flight: their checkbox waits for the server's answer. */
const pending = new Set<string>();

function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Sidebar markup lacks #${id}`);
  return el;
}

const locale = (): Locale => state?.locale ?? 'en';

/** An element with its text: every word a user or a report wrote goes in as text, never as HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.textContent = text;
  return node;
}

function render(): void {
  if (!state) return;
  document.documentElement.lang = locale();
  for (const node of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    node.textContent = say(locale(), node.dataset.i18n as SayKey);
  }
  const picker = $('locale') as HTMLSelectElement;
  picker.replaceChildren(
    ...state.locales.map((code) => {
      const option = el('option', '', LANGUAGE_NAMES[code]);
      option.value = code;
      option.selected = code === locale();
      return option;
    }),
  );
  $('version').textContent = `v${state.version}`;
  renderRefresh(state.refresh);
  renderChecklist(state.checklist);
}

/** The daily refresh's line above the checklist: a failure in red (add-on triggers email nobody), else the day the tabs are current for. */
function renderRefresh(refresh: SidebarState['refresh']): void {
  const line = $('refresh');
  const bad = refresh.failure !== null || refresh.stopped !== null;
  line.classList.toggle('failed', bad);
  line.setAttribute('role', bad ? 'alert' : 'status');
  if (refresh.failure) line.textContent = say(locale(), refresh.failure.stuck > 0 ? 'sidebar.refreshFailedPartly' : 'sidebar.refreshFailed', { ...refresh.failure, error: withoutFullStop(refresh.failure.error) });
  else if (refresh.stopped) line.textContent = say(locale(), 'sidebar.refreshStopped', { time: refresh.stopped });
  else line.textContent = refresh.lastDay ? say(locale(), 'sidebar.refreshedOn', { day: refresh.lastDay }) : '';
}

/** One item: checkbox, its words and why, a badge, Open. */
function itemRow(entry: ChecklistEntry, index: number): HTMLLIElement {
  const id = `item-${index}`;
  const row = el('li', `item${entry.done ? ' done' : ''}${pending.has(entry.id) ? ' pending' : ''}`);
  row.dataset.item = entry.id;
  const box = el('input', '');
  box.type = 'checkbox';
  box.id = id;
  box.checked = entry.done;
  // Not disabled while its call runs: a disabled control drops the keyboard focus.
  box.setAttribute('aria-busy', String(pending.has(entry.id)));
  box.addEventListener('change', () => void tick(entry, box.checked));
  const label = el('label', '');
  label.htmlFor = id;
  label.append(el('span', 'text', entry.text));
  const why = entry.note || WHY[entry.id]?.[locale()] || '';
  if (why) label.append(el('span', 'why', why));
  if (entry.kind === 'weekly' && entry.weekday) {
    label.append(el('span', 'due', say(locale(), 'sidebar.due', { day: say(locale(), 'sidebar.weekdays').split(',')[entry.weekday - 1] })));
  }
  const open = el('button', 'open', say(locale(), 'sidebar.open'));
  open.type = 'button';
  open.id = `open-${index}`;
  open.setAttribute('aria-label', say(locale(), 'sidebar.openTab', { tab: entry.text }));
  open.addEventListener('click', () => void openItem(entry));
  const badge = el('span', `badge ${entry.badge?.severity ?? ''}`, entry.badge ? (entry.badge.count > 1 ? `${entry.badge.text} (+${entry.badge.count - 1})` : entry.badge.text) : '');
  row.append(box, label, open, badge);
  return row;
}

function renderChecklist(view: ChecklistView): void {
  const focused = document.activeElement?.id;
  const groups = $('groups');
  const kinds = [
    ['daily', 'sidebar.daily'],
    ['weekly', 'sidebar.weekly'],
    ['monthly', 'sidebar.monthly'],
  ] as const;
  const blocks: HTMLElement[] = [];
  let index = 0;
  for (const [kind, title] of kinds) {
    const entries = view.entries.filter((e) => e.kind === kind);
    if (!entries.length) continue;
    const list = el('ul', 'items');
    list.setAttribute('aria-label', say(locale(), title));
    for (const entry of entries) list.append(itemRow(entry, index++));
    blocks.push(el('h3', '', say(locale(), title)), list);
  }
  if (!blocks.length) blocks.push(el('p', 'muted', say(locale(), 'sidebar.noItems')));
  groups.replaceChildren(...blocks);
  const daily = view.entries.filter((e) => e.kind === 'daily');
  $('progress').textContent = say(locale(), 'sidebar.progress', { done: daily.filter((e) => e.done).length, total: daily.length });
  renderChart(view);
  // Re-rendering replaces the controls: keep the keyboard where it was.
  if (focused) document.getElementById(focused)?.focus();
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** The last 30 days as bars, the last 7 darker; drawn here, no chart library. */
function renderChart(view: ChecklistView): void {
  const svg = $('chart');
  const title = document.createElementNS(SVG, 'title');
  title.id = 'chart-title';
  title.textContent = say(locale(), 'sidebar.chart');
  const parts: Element[] = [title];
  const base = document.createElementNS(SVG, 'line');
  base.setAttribute('x1', '0');
  base.setAttribute('x2', '276');
  base.setAttribute('y1', '43.5');
  base.setAttribute('y2', '43.5');
  parts.push(base);
  const width = 276 / Math.max(1, view.history.length);
  view.history.forEach((rate, i) => {
    const h = Math.round(Math.max(0, Math.min(1, rate)) * 42);
    const bar = document.createElementNS(SVG, 'rect');
    bar.setAttribute('x', (i * width + 1).toFixed(1));
    bar.setAttribute('y', String(43 - h));
    bar.setAttribute('width', (width - 2).toFixed(1));
    bar.setAttribute('height', String(h));
    if (i >= view.history.length - 7) bar.setAttribute('class', 'week');
    parts.push(bar);
  });
  svg.replaceChildren(...parts);
  $('rates').textContent = say(locale(), 'sidebar.completion', { week: percent(view.rate7), month: percent(view.rate30) });
}

/**
 * What the user reads for a failed call: the server's own message as it wrote it (already in the
 * user's language), or, when the call got no answer from the add-on, that the sheet could not be reached.
 */
function failureText(err: unknown): string {
  if (err instanceof ServerMessage) return err.message;
  const message = err instanceof Error ? err.message : String(err);
  return say(locale(), 'sidebar.failed', { error: message });
}

function showError(err: unknown): void {
  $('status').textContent = failureText(err);
}

/** Ticks or unticks: shown at once, confirmed by the server's fresh list, rolled back when the call fails. */
async function tick(entry: ChecklistEntry, done: boolean): Promise<void> {
  if (!state) return;
  // One call per item at a time: a second click while the first is in flight is undone by the redraw.
  if (pending.has(entry.id)) return renderChecklist(state.checklist);
  $('status').textContent = '';
  pending.add(entry.id);
  const before = state.checklist;
  state = { ...state, checklist: { ...before, entries: before.entries.map((e) => (e.id === entry.id ? { ...e, done } : e)) } };
  renderChecklist(state.checklist);
  try {
    const fresh = await run('tickItem', entry.id, done);
    pending.delete(entry.id);
    state = { ...state, checklist: fresh };
  } catch (err) {
    pending.delete(entry.id);
    // Roll back this item only: another tick may have landed meanwhile.
    const was = before.entries.find((e) => e.id === entry.id)?.done ?? !done;
    state = { ...state, checklist: { ...state.checklist, entries: state.checklist.entries.map((e) => (e.id === entry.id ? { ...e, done: was } : e)) } };
    showError(err);
  }
  renderChecklist(state.checklist);
}

async function openItem(entry: ChecklistEntry): Promise<void> {
  $('status').textContent = '';
  try {
    await run('openChecklistItem', entry.id);
  } catch (err) {
    showError(err);
  }
}

async function changeLocale(): Promise<void> {
  const picker = $('locale') as HTMLSelectElement;
  state = await run('setUserLocale', picker.value);
  render();
}

async function calculateDays(event: Event): Promise<void> {
  event.preventDefault();
  const available = ($('available') as HTMLInputElement).value;
  const daily = ($('daily') as HTMLInputElement).value;
  const out = $('result');
  out.classList.remove('error');
  out.textContent = '…';
  try {
    const value = await run('calculate', 'DAYS_OF_STOCK', [available, daily]);
    out.textContent = typeof value === 'number' ? say(locale(), 'sidebar.days', { value: value.toFixed(1) }) : String(value);
  } catch (err) {
    // The formula's own message (already in the user's language) says what to fix in the inputs.
    out.classList.add('error');
    out.textContent = failureText(err);
  }
}

function start(): void {
  $('locale').addEventListener('change', () => void changeLocale().catch(showError));
  $('calc').addEventListener('submit', (e) => void calculateDays(e).catch(showError));
  mountImportPanel($('import-panel'), () => state?.locale ?? 'en');
  if (state) render();
  else void run('getSidebarState').then((s) => ((state = s), render())).catch(showError);
}

start();
