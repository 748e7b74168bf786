import { t, type MessageKey } from '../core/i18n/messages';
import type { Locale } from '../core/i18n/locale';
import type { SidebarState } from '../server/sidebar';
import { mountImportPanel } from './import-panel';
import { ServerMessage, run } from './rpc';

declare global {
  interface Window {
    /** The first state, inlined by the server's template so the sidebar draws without a round trip. */
    __OPSDESK_BOOT__?: SidebarState;
  }
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文', 'zh-TW': '繁體中文' };

let state: SidebarState | undefined = window.__OPSDESK_BOOT__;

function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Sidebar markup lacks #${id}`);
  return el;
}

function render(): void {
  if (!state) return;
  const locale = state.locale;
  document.documentElement.lang = locale;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
    el.textContent = t(locale, el.dataset.i18n as MessageKey);
  }
  const picker = $('locale') as HTMLSelectElement;
  picker.replaceChildren(
    ...state.locales.map((code) => {
      const option = document.createElement('option');
      option.value = code;
      option.textContent = LANGUAGE_NAMES[code];
      option.selected = code === locale;
      return option;
    }),
  );
  $('version').textContent = `v${state.version}`;
}

/**
 * What the user reads for a failed call: the server's own message as it wrote it (already in the
 * user's language), or, when the call got no answer from the add-on, that the sheet could not be reached.
 */
function failureText(err: unknown): string {
  if (err instanceof ServerMessage) return err.message;
  const message = err instanceof Error ? err.message : String(err);
  return t(state?.locale ?? 'en', 'sidebar.failed', { error: message });
}

function showError(err: unknown): void {
  $('status').textContent = failureText(err);
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
    const locale = state?.locale ?? 'en';
    out.textContent = typeof value === 'number' ? t(locale, 'sidebar.days', { value: value.toFixed(1) }) : String(value);
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
