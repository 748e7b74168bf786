/**
 * The sidebar's report import: a file picker (the file's bytes go to the server in base64, so the
 * server detects the encoding or reads the XLSX), a paste box (text as it is), a progress bar while
 * a big file goes in over several calls, the summary, the date question for a Business Report
 * without a date, and a failure's own message. Mounted into `<section id="import-panel">`.
 */
import type { Locale } from '../core/i18n/locale';
import type { Localized } from '../core/i18n/messages';
import type { ImportOptions, ImportSummary } from '../server/import/import-report';
import { ServerMessage, run } from './rpc';
import { fillTemplate } from '../core/i18n/fill';

/** The panel's words. */
const TEXT = {
  title: { en: 'Import a report', 'zh-CN': '导入报告', 'zh-TW': '匯入報告' },
  file: { en: 'Report file (CSV, TXT or XLSX)', 'zh-CN': '报告文件（CSV、TXT 或 XLSX）', 'zh-TW': '報告檔案（CSV、TXT 或 XLSX）' },
  paste: { en: 'Or paste the report here', 'zh-CN': '或将报告粘贴到这里', 'zh-TW': '或將報告貼到這裡' },
  importPasted: { en: 'Import pasted text', 'zh-CN': '导入粘贴的内容', 'zh-TW': '匯入貼上的內容' },
  reading: { en: 'Reading {file}…', 'zh-CN': '正在读取 {file}…', 'zh-TW': '正在讀取 {file}…' },
  progress: { en: '{written} of {total} rows written…', 'zh-CN': '已写入 {written} / {total} 行…', 'zh-TW': '已寫入 {written} / {total} 列…' },
  summary: {
    en: '{report} → {tab}: {added} added, {updated} updated, {skipped} skipped.',
    'zh-CN': '{report} → {tab}：新增 {added} 行，更新 {updated} 行，跳过 {skipped} 行。',
    'zh-TW': '{report} → {tab}：新增 {added} 列，更新 {updated} 列，略過 {skipped} 列。',
  },
  dateQuestion: { en: 'Which day does this Business Report cover?', 'zh-CN': '这份业务报告是哪一天的？', 'zh-TW': '這份業務報告是哪一天的？' },
  dateGo: { en: 'Import with this day', 'zh-CN': '按此日期导入', 'zh-TW': '按此日期匯入' },
  unreadable: { en: 'Could not read the file: {error}', 'zh-CN': '无法读取文件：{error}', 'zh-TW': '無法讀取檔案：{error}' },
  unreached: { en: 'Could not reach the sheet: {error}', 'zh-CN': '无法连接表格：{error}', 'zh-TW': '無法連接試算表：{error}' },
} as const satisfies Record<string, Localized>;

/** Rows per server call: small enough that the bar moves on a big file, large enough to cost few calls. */
export const ROWS_PER_CALL = 20_000;

/** A file's bytes in base64 (in slices: one String.fromCharCode over megabytes overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Mounts the panel into `root`; `locale` gives the user's language at each message. */
export function mountImportPanel(root: HTMLElement, locale: () => Locale): void {
  const say = (key: keyof typeof TEXT, params: Record<string, string | number> = {}) => fillTemplate(TEXT[key][locale()], params);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] => Object.assign(document.createElement(tag), props);

  const title = el('h2');
  const fileLabel = el('label');
  const fileText = el('span');
  const file = el('input', { type: 'file', id: 'import-file', accept: '.csv,.txt,.tsv,.xlsx,text/csv,text/plain' });
  fileLabel.append(fileText, file);
  const pasteLabel = el('label');
  const pasteText = el('span');
  const paste = el('textarea', { id: 'import-paste', rows: 4 });
  pasteLabel.append(pasteText, paste);
  const pasteGo = el('button', { type: 'button', id: 'import-paste-go' });
  const dateBox = el('form', { id: 'import-date', hidden: true });
  const dateLabel = el('label');
  const dateText = el('span');
  const dateInput = el('input', { type: 'date', id: 'import-date-input', required: true });
  const dateGo = el('button', { type: 'submit' });
  dateLabel.append(dateText, dateInput);
  dateBox.append(dateLabel, dateGo);
  const bar = el('progress', { id: 'import-progress', hidden: true, max: 1, value: 0 });
  const status = el('p', { id: 'import-status' });
  status.setAttribute('aria-live', 'polite');
  const summary = el('div', { id: 'import-summary' });
  summary.setAttribute('role', 'status');
  const failure = el('p', { id: 'import-error', className: 'error' });
  failure.setAttribute('role', 'alert');
  // Inline: the sidebar's stylesheet belongs to the rest of the sidebar.
  paste.style.width = '100%';
  bar.style.width = '100%';
  failure.style.color = '#c5221f';
  root.replaceChildren(title, fileLabel, pasteLabel, pasteGo, dateBox, bar, status, summary, failure);

  const label = () => {
    title.textContent = say('title');
    fileText.textContent = say('file');
    pasteText.textContent = say('paste');
    pasteGo.textContent = say('importPasted');
    dateText.textContent = say('dateQuestion');
    dateGo.textContent = say('dateGo');
  };
  label();
  // The sidebar sets <html lang> when the user switches language: the panel follows it.
  new MutationObserver(label).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

  let pending: { name: string; content: string; options: ImportOptions } | null = null;
  let busy = false;

  const reset = () => {
    failure.textContent = '';
    summary.replaceChildren();
    status.textContent = '';
    dateBox.hidden = true;
  };
  const showFailure = (err: unknown) => {
    bar.hidden = true;
    status.textContent = '';
    const message = err instanceof ServerMessage ? err.message : say('unreached', { error: err instanceof Error ? err.message : String(err) });
    failure.textContent = message;
  };

  /** Calls the server until the import is done (or needs a date), moving the bar after each call. */
  const importContent = async (name: string, content: string, options: ImportOptions): Promise<void> => {
    if (busy) return;
    busy = true;
    label();
    reset();
    bar.hidden = false;
    bar.removeAttribute('value');
    try {
      for (;;) {
        // The page may ask for smaller steps (data-rows-per-call on the section) for a finer bar.
        const rowsPerCall = Number(root.dataset.rowsPerCall) || ROWS_PER_CALL;
        const answer: ImportSummary = await run('importReport', name, content, { ...options, rowsPerCall });
        if (answer.status === 'needs-date') {
          bar.hidden = true;
          pending = { name, content, options };
          dateText.textContent = answer.message ? `${answer.message} ${say('dateQuestion')}` : say('dateQuestion');
          dateBox.hidden = false;
          dateInput.focus();
          return;
        }
        bar.max = Math.max(1, answer.progress.total);
        bar.value = answer.progress.written;
        status.textContent = say('progress', { written: answer.progress.written, total: answer.progress.total });
        if (answer.status === 'done') {
          bar.hidden = true;
          status.textContent = '';
          showSummary(answer);
          return;
        }
      }
    } catch (err) {
      showFailure(err);
    } finally {
      busy = false;
    }
  };

  const showSummary = (answer: ImportSummary) => {
    const line = el('p', { className: 'import-result' });
    line.textContent = say('summary', { report: answer.reportName, tab: answer.tab, added: answer.added, updated: answer.updated, skipped: answer.skipped });
    const warnings = el('ul', { className: 'import-warnings' });
    for (const w of answer.warnings) warnings.append(el('li', { textContent: w }));
    summary.replaceChildren(line, ...(answer.warnings.length ? [warnings] : []));
  };

  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    if (!picked) return;
    reset();
    status.textContent = say('reading', { file: picked.name });
    picked
      .arrayBuffer()
      .then((buffer) => importContent(picked.name, toBase64(new Uint8Array(buffer)), { base64: true }))
      .catch((err: unknown) => (failure.textContent = say('unreadable', { error: err instanceof Error ? err.message : String(err) })))
      .finally(() => (file.value = ''));
  });
  pasteGo.addEventListener('click', () => void importContent('', paste.value, {}));
  dateBox.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!pending || !dateInput.value) return;
    const { name, content, options } = pending;
    pending = null;
    void importContent(name, content, { ...options, date: dateInput.value });
  });
}
