/** What our developer metadata on a tab says (key {@link TAB_META_KEY}, value JSON). */
import { isTabId, type TabId } from './tab-ids';

/** The developer-metadata key on each of our tabs. */
export const TAB_META_KEY = 'opsdesk.tab';

/** The metadata of one of our tabs. */
export interface TabMeta {
  readonly id: TabId;
  /** The schema version the tab was last set up with. */
  readonly version: number;
  /** Column id → 1-based position at the last setup (finds a header the user renamed). */
  readonly columns: Readonly<Record<string, number>>;
  /** Conditional-format rules and charts already added (never added twice, never removed). */
  readonly rules: readonly string[];
  readonly charts: readonly string[];
  /**
   * The Settings tab's name that this tab's conditional formats look thresholds up by. They reach
   * Settings through INDIRECT text (Sheets lets a rule reach another tab no other way), which a
   * rename does not follow: setup rewrites them when Settings is called something else now.
   */
  readonly settingsName?: string;
}

/** Reads a metadata value; null when it is not ours or not readable (a user edited it). */
export function parseTabMeta(value: string | null): TabMeta | null {
  if (!value) return null;
  try {
    const raw = JSON.parse(value) as Partial<TabMeta>;
    if (!isTabId(raw.id) || typeof raw.version !== 'number') return null;
    const meta = { id: raw.id, version: raw.version, columns: raw.columns ?? {}, rules: raw.rules ?? [], charts: raw.charts ?? [] };
    return typeof raw.settingsName === 'string' ? { ...meta, settingsName: raw.settingsName } : meta;
  } catch {
    return null;
  }
}
