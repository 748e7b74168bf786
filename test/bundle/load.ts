import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalAddon, type LoadOptions } from '../runtime/local-addon';
import { repoRoot } from '../runtime/repo-root';
import type { WorkbookFile } from '../runtime/workbook-file';
import { MAX_STORE_BYTES } from '../runtime/services/properties';

/** The demo store workbook (test/fixtures/demo-store.json), a fresh copy each call. */
export function demoBook(): WorkbookFile {
  return JSON.parse(readFileSync(join(repoRoot(), 'test/fixtures/demo-store.json'), 'utf8')) as WorkbookFile;
}

/** The built add-on loaded with `book` (default: an empty workbook). */
export function loadAddon(options: LoadOptions = {}): LocalAddon {
  return LocalAddon.load(options);
}

/** The built dist/ files, as text. */
export function distFile(name: string): string {
  return readFileSync(join(repoRoot(), 'dist', name), 'utf8');
}

/** `book` with the user's property store exactly full: the next setProperty exceeds Apps Script's quota. */
export function withFullUserStore(book: WorkbookFile): WorkbookFile {
  const user: Record<string, string> = {};
  const entries = 64;
  for (let i = 0; i < entries; i++) user[`k${String(i).padStart(2, '0')}`] = 'x'.repeat(MAX_STORE_BYTES / entries - 3);
  return { ...book, properties: { ...book.properties, user } };
}
