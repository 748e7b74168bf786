/**
 * The local page: draws the state the server sends (tabs, menus, clock, sidebar) and turns clicks
 * into the server's actions. Opening the page is opening the spreadsheet, so it starts with
 * POST /api/open, which runs onOpen — reloading the page is how a new menu language shows.
 */
import type { AlertMessage, DeskResult } from '../desk';
import type { MenuItemView, MenuView, PageState, RunView } from '../page-state';
import type { CellView, TabView } from '../sheet-view';
import type { HostMessage } from './gas-shim';
import { columnLetters } from '../../runtime/spreadsheet/a1';

/** Sheets' defaults: 100 px columns; a new sheet shows at least 1000 rows and 26 columns, we show fewer. */
const DEFAULT_WIDTH = 100;
const MIN_ROWS = 40;
const MIN_COLS = 26;
const ROW_NUMBERS_WIDTH = 46;

let state: PageState | null = null;
let activeTab = '';
let selected = { row: 1, col: 1 };
/** The serial of the sidebar the iframe holds, so an unchanged sidebar is not reloaded. */
let loadedSidebar = 0;

function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`The page lacks #${id}`);
  return el as T;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

async function api<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(json.error ?? `${method} ${path}: HTTP ${response.status}`);
  return json;
}

/** Runs an action and shows everything it produced. */
async function act(path: string, body?: unknown): Promise<DeskResult | null> {
  try {
    const result = await api<DeskResult>('POST', path, body);
    render(result.state);
    logRuns(result.runs);
    for (const m of result.messages) {
      if (m.kind === 'alert') showAlert(m);
      else showToast(m.title, m.text);
    }
    // Sheets reports a failed menu action or trigger in a bar; without this it would pass unseen.
    for (const run of result.runs) if (run.error) showToast(`${run.name} failed`, run.error);
    return result;
  } catch (err) {
    showToast('Local runtime', err instanceof Error ? err.message : String(err));
    return null;
  }
}

async function refresh(): Promise<void> {
  render(await api<PageState>('GET', '/api/state'));
}

// ---------------------------------------------------------------- drawing

function render(next: PageState): void {
  state = next;
  document.title = `${next.bookName} — Ops Desk local`;
  $('book-name').textContent = next.bookName;
  if (!next.tabs.some((t) => t.name === activeTab)) activeTab = next.tabs[0]?.name ?? '';
  renderClock(next);
  renderMenus(next.menus);
  renderTabs(next.tabs);
  renderGrid();
  renderSidebar(next.sidebar);
}

function currentTab(): TabView | undefined {
  return state?.tabs.find((t) => t.name === activeTab);
}

function renderTabs(tabs: readonly TabView[]): void {
  $('tabs').replaceChildren(
    ...tabs.map((tab) => {
      const button = el('button', { type: 'button', className: 'tab', textContent: tab.name });
      button.setAttribute('role', 'tab');
      button.setAttribute('aria-selected', String(tab.name === activeTab));
      button.addEventListener('click', () => {
        activeTab = tab.name;
        selected = { row: 1, col: 1 };
        renderTabs(tabs);
        renderGrid();
      });
      return button;
    }),
  );
}

function renderGrid(): void {
  const tab = currentTab();
  const table = $<HTMLTableElement>('grid');
  if (!tab) return void table.replaceChildren();
  const cells = new Map(tab.cells.map((c) => [`${c.row},${c.col}`, c]));
  const rows = Math.max(MIN_ROWS, tab.lastRow + 10);
  const cols = Math.max(MIN_COLS, tab.lastCol + 3);

  const numbersColumn = el('col');
  numbersColumn.style.width = `${ROW_NUMBERS_WIDTH}px`;
  const colgroup = el('colgroup', {}, numbersColumn);
  const head = el('tr', {}, el('th', { className: 'corner row-number' }));
  let width = ROW_NUMBERS_WIDTH;
  for (let c = 1; c <= cols; c++) {
    const col = el('col');
    const px = tab.columnWidths[c] ?? DEFAULT_WIDTH;
    col.style.width = `${px}px`;
    width += px;
    colgroup.append(col);
    head.append(el('th', { textContent: columnLetters(c) }));
  }
  // A fixed-layout table only honours column widths when its own width is set.
  table.style.width = `${width}px`;
  const body = el('tbody');
  for (let r = 1; r <= rows; r++) {
    const tr = el('tr', {}, el('th', { className: 'row-number', textContent: String(r) }));
    if (r <= tab.frozenRows) tr.classList.add('frozen');
    if (r === tab.frozenRows) tr.classList.add('frozen-last');
    for (let c = 1; c <= cols; c++) tr.append(cellElement(tab, cells.get(`${r},${c}`), r, c));
    body.append(tr);
  }
  table.replaceChildren(colgroup, el('thead', {}, head), body);
  pinFrozen(table, tab);
  select(selected.row, selected.col);
}

function cellElement(tab: TabView, cell: CellView | undefined, row: number, col: number): HTMLTableCellElement {
  const td = el('td');
  td.dataset.a1 = `${columnLetters(col)}${row}`;
  td.dataset.row = String(row);
  td.dataset.col = String(col);
  if (col <= tab.frozenCols) td.classList.add('frozen-col');
  if (col === tab.frozenCols) td.classList.add('frozen-col-last');
  if (!cell) return td;
  td.textContent = cell.text;
  td.classList.add(cell.kind);
  if (cell.error) td.title = `Error\n${cell.error}`;
  else if (cell.note) {
    td.title = cell.note;
    td.classList.add('noted');
  }
  const style = cell.style ?? {};
  if (style.fontWeight) td.style.fontWeight = style.fontWeight;
  if (style.background) td.style.background = style.background;
  if (style.fontColor) td.style.color = style.fontColor;
  if (style.horizontalAlignment && style.horizontalAlignment !== 'general') td.style.textAlign = style.horizontalAlignment.toLowerCase();
  if (style.wrap === 'true') td.classList.add('wrap');
  return td;
}

/** Sticky offsets can only be known once laid out: each frozen row sticks where it already is. */
function pinFrozen(table: HTMLTableElement, tab: TabView): void {
  const body = table.tBodies[0];
  for (let r = 0; r < tab.frozenRows && r < body.rows.length; r++) {
    const row = body.rows[r];
    for (const cell of Array.from(row.cells)) cell.style.top = `${row.offsetTop}px`;
  }
  if (!tab.frozenCols) return;
  for (const row of Array.from(body.rows)) {
    for (let c = 1; c <= tab.frozenCols; c++) row.cells[c].style.left = `${row.cells[c].offsetLeft}px`;
  }
}

/** Selects a cell: outline, highlighted headers, and its content in the formula bar. */
function select(row: number, col: number): void {
  const tab = currentTab();
  if (!tab) return;
  selected = { row, col };
  const table = $<HTMLTableElement>('grid');
  for (const old of Array.from(table.querySelectorAll('.selected, .active'))) old.classList.remove('selected', 'active');
  const td = table.querySelector<HTMLTableCellElement>(`td[data-row="${row}"][data-col="${col}"]`);
  td?.classList.add('selected');
  table.tHead?.rows[0].cells[col]?.classList.add('active');
  table.tBodies[0].rows[row - 1]?.cells[0].classList.add('active');
  const cell = tab.cells.find((c) => c.row === row && c.col === col);
  $<HTMLInputElement>('namebox').value = `${columnLetters(col)}${row}`;
  const bar = $<HTMLInputElement>('formula');
  bar.value = cell?.formula ?? cell?.spill?.formula ?? cell?.input ?? cell?.text ?? '';
  bar.classList.toggle('spilled', !cell?.formula && !!cell?.spill);
  bar.title = cell?.spill && !cell.formula ? `Part of the array from ${cell.spill.from}` : '';
}

// ---------------------------------------------------------------- menus

function closeMenus(): void {
  for (const panel of Array.from(document.querySelectorAll<HTMLElement>('.menubar .menu-panel'))) panel.hidden = true;
  for (const title of Array.from(document.querySelectorAll('.menubar [aria-expanded]'))) title.setAttribute('aria-expanded', 'false');
}

/** A menu's panel; a submenu opens beside its item on hover or click, as in Sheets. */
function menuPanel(items: readonly MenuItemView[], label: string): HTMLElement {
  const panel = el('div', { className: 'menu-panel' });
  panel.setAttribute('role', 'menu');
  panel.setAttribute('aria-label', label);
  panel.hidden = true;
  for (const item of items) {
    if ('separator' in item) {
      panel.append(el('div', { className: 'menu-separator' }));
    } else if ('submenu' in item) {
      const entry = el('div', { className: 'menu' });
      const opener = el('button', { type: 'button', className: 'menu-item submenu', textContent: item.caption });
      opener.setAttribute('aria-haspopup', 'true');
      const sub = menuPanel(item.submenu, item.caption);
      const show = (event: Event) => {
        event.stopPropagation();
        for (const other of Array.from(panel.querySelectorAll<HTMLElement>(':scope > .menu > .menu-panel'))) other.hidden = other !== sub;
        sub.hidden = false;
      };
      opener.addEventListener('mouseenter', show);
      opener.addEventListener('click', show);
      entry.append(opener, sub);
      panel.append(entry);
    } else {
      const button = el('button', { type: 'button', className: 'menu-item', textContent: item.caption });
      button.setAttribute('role', 'menuitem');
      button.dataset.function = item.functionName;
      button.addEventListener('click', () => {
        closeMenus();
        void act(`/api/menu/${encodeURIComponent(item.functionName)}`);
      });
      panel.append(button);
    }
  }
  return panel;
}

/** A top-level menu: its title toggles its panel (replacing the panel of an earlier render). */
function wireMenu(container: HTMLElement, title: HTMLElement, panel: HTMLElement): void {
  container.querySelector(':scope > .menu-panel')?.remove();
  container.append(panel);
  title.onclick = (event) => {
    event.stopPropagation();
    const open = panel.hidden;
    closeMenus();
    panel.hidden = !open;
    title.setAttribute('aria-expanded', String(open));
  };
}

/**
 * Add-on menus live under Extensions › <add-on name> ›, as in Sheets; menus made with createMenu
 * sit in the menu bar itself.
 */
function renderMenus(menus: readonly MenuView[]): void {
  const addonMenus = menus.filter((m) => m.addon).map((m) => ({ caption: m.title, submenu: m.items }));
  const panel = menuPanel(addonMenus, 'Extensions');
  if (!addonMenus.length) panel.append(el('div', { className: 'menu-item', textContent: 'No add-on menu: onOpen made none' }));
  const extensions = $('menu-extensions');
  const title = extensions.querySelector<HTMLElement>('.menu-title');
  if (!title) throw new Error('The Extensions menu lacks its title');
  wireMenu(extensions, title, panel);

  $('custom-menus').replaceChildren(
    ...menus
      .filter((m) => !m.addon)
      .map((menu) => {
        const container = el('div', { className: 'menu' });
        const button = el('button', { type: 'button', className: 'menu-title', textContent: menu.title });
        button.setAttribute('aria-haspopup', 'true');
        container.append(button);
        wireMenu(container, button, menuPanel(menu.items, menu.title));
        return container;
      }),
  );
}

// ---------------------------------------------------------------- sidebar

function renderSidebar(sidebar: PageState['sidebar']): void {
  const pane = $('sidebar');
  const frame = $<HTMLIFrameElement>('sidebar-frame');
  if (!sidebar) {
    pane.hidden = true;
    if (loadedSidebar) frame.src = 'about:blank';
    loadedSidebar = 0;
    return;
  }
  $('sidebar-title').textContent = sidebar.title;
  pane.hidden = false;
  if (sidebar.serial !== loadedSidebar) {
    loadedSidebar = sidebar.serial;
    frame.src = `/sidebar?serial=${sidebar.serial}`;
  }
}

// ---------------------------------------------------------------- clock

/** The parts of an instant on the wall clock of `timeZone`. */
function wallParts(iso: string, timeZone: string): Record<string, string> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).formatToParts(new Date(iso));
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

function renderClock(page: PageState): void {
  const p = wallParts(page.now, page.timeZone);
  const now = $<HTMLOutputElement>('clock-now');
  now.textContent = `${p.weekday} ${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute} ${p.timeZoneName}`;
  now.title = `${page.now} (${page.timeZone})`;
  const input = $<HTMLInputElement>('clock-until');
  const wall = `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
  input.min = wall;
  if (!input.value || input.value < wall) input.value = wall;
  const trigger = page.triggers[0];
  const at = trigger && wallParts(trigger.nextRunAt, page.timeZone);
  $('clock-next').textContent = at ? `next: ${trigger.handler} ${at.month}-${at.day} ${at.hour}:${at.minute}` : 'no time-driven triggers';
}

async function advanceTo(until: string): Promise<void> {
  const result = await act('/api/tick', { until });
  if (!result) return;
  const ran = result.runs.map((r) => `${r.name}${r.error ? ` ✗ ${r.error}` : ' ✓'}`);
  showToast(`Clock: ${$('clock-now').textContent ?? ''}`, ran.length ? ran.join('\n') : 'No time-driven trigger was due.');
}

// ---------------------------------------------------------------- messages and executions

function showToast(title: string, text: string): void {
  const toast = el('div', { className: 'toast' }, el('strong', { textContent: title }), ...text.split('\n').flatMap((line, i) => (i ? [el('br'), line] : [line])));
  $('toasts').append(toast);
  setTimeout(() => toast.remove(), 6000);
}

/** What Sheets writes on each button. */
const BUTTON_LABELS: Record<string, string> = { OK: 'OK', CANCEL: 'Cancel', YES: 'Yes', NO: 'No' };

/**
 * Alerts block in Sheets until a button is clicked; the local runtime has already answered each
 * one (from its queue, else the first button), so they queue here, one dialog at a time, showing
 * the alert's own buttons with the answered one marked, and Dismiss to close it.
 */
const alerts: AlertMessage[] = [];
function showAlert(alert: AlertMessage): void {
  alerts.push(alert);
  const dialog = $<HTMLDialogElement>('alert');
  if (!dialog.open) nextAlert();
}
function nextAlert(): void {
  const next = alerts.shift();
  if (!next) return;
  $('alert-title').textContent = next.title;
  $('alert-text').textContent = next.text;
  const response = $<HTMLInputElement>('alert-response');
  response.hidden = !next.prompt;
  response.value = next.response ?? '';
  $('alert-buttons').replaceChildren(
    ...next.buttons.map((name) => {
      const button = el('button', { type: 'button', disabled: true, textContent: BUTTON_LABELS[name] ?? name });
      button.dataset.button = name;
      button.classList.toggle('answered', name === next.answered);
      button.setAttribute('aria-pressed', String(name === next.answered));
      return button;
    }),
  );
  const said = next.prompt && next.answered !== 'CLOSE' ? ` with "${next.response ?? ''}"` : '';
  $('alert-answer').textContent = `answered: ${next.answered}${said} (local runtime answers from its queue)`;
  $<HTMLDialogElement>('alert').showModal();
}

function logRuns(runs: readonly RunView[]): void {
  const log = $('activity-log');
  const at = state ? wallParts(state.now, state.timeZone) : null;
  for (const run of runs) {
    const line = `${at ? `${at.hour}:${at.minute} ` : ''}${run.name} · ${run.kind} · ${run.authMode} · ${run.callCount} calls · ~${run.modelledMs} ms${run.error ? ` · ${run.error}` : ''}`;
    const item = el('li', { textContent: line });
    if (run.error) item.classList.add('failed');
    log.prepend(item);
  }
  $('activity-count').textContent = String(log.childElementCount);
}

// ---------------------------------------------------------------- wiring

function start(): void {
  document.addEventListener('click', closeMenus);
  $('grid').addEventListener('click', (event) => {
    const td = (event.target as HTMLElement).closest('td');
    if (td?.dataset.row) select(Number(td.dataset.row), Number(td.dataset.col));
  });
  document.addEventListener('keydown', (event) => {
    if (event.target instanceof HTMLInputElement) return;
    const move: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const step = move[event.key];
    if (!step) return;
    event.preventDefault();
    select(Math.max(1, selected.row + step[0]), Math.max(1, selected.col + step[1]));
    document.querySelector('td.selected')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
  $('clock').addEventListener('submit', (event) => {
    event.preventDefault();
    void advanceTo($<HTMLInputElement>('clock-until').value);
  });
  for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-advance-hours]'))) {
    button.addEventListener('click', () => {
      if (!state) return;
      const hours = Number(button.dataset.advanceHours);
      void advanceTo(new Date(Date.parse(state.now) + hours * 3_600_000).toISOString());
    });
  }
  const closeSidebar = (): void => void api<PageState>('POST', '/api/sidebar/close').then(render);
  $('sidebar-close').addEventListener('click', closeSidebar);
  $('alert').addEventListener('close', nextAlert);
  window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
    // Only the sidebar talks to the page. Its frame is sandboxed (opaque origin: event.origin is
    // "null"), so it is recognised by its window, not its origin.
    if (event.source !== $<HTMLIFrameElement>('sidebar-frame').contentWindow || typeof event.data?.type !== 'string') return;
    // After a call the sheet may have changed; google.script.host.close() asks the page to close it.
    if (event.data.type === 'opsdesk:ran') void refresh();
    if (event.data.type === 'opsdesk:close') closeSidebar();
  });
  void act('/api/open');
}

start();
