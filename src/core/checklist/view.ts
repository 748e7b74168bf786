/**
 * What the sidebar shows of the checklist, in the user's language: the items (seed wording
 * translated when the user has not rewritten it), whether each is done in its period, the tab that
 * answers it, and the completion history. JSON-safe: it is put into the page and crosses
 * google.script.run.
 */
import type { AlertSeverity } from '../alerts/alert';
import type { Locale } from '../i18n/locale';
import { LOCALES } from '../i18n/locale';
import { CHECKLIST, CHECKLIST_TABS } from '../tabs/checklist';
import { headerKey } from '../tabs/header-match';
import { TAB_SCHEMAS } from '../tabs/registry';
import { TAB_IDS, type TabId } from '../tabs/tab-ids';
import type { DayKey } from './days';
import type { ChecklistItem } from './items';
import { completion, doneNow, type TickEvent } from './tick-log';

/** One item as the sidebar draws it. */
export interface ChecklistEntry {
  readonly id: string;
  readonly text: string;
  /** The user's Note (blank for most): the sidebar shows it as the item's why line, else ours (why.ts). */
  readonly note: string;
  readonly kind: 'daily' | 'weekly' | 'monthly';
  /** The day a weekly item is due, 1 Monday … 7 Sunday. */
  readonly weekday: number | null;
  readonly done: boolean;
  /** Our tab that answers it, when the Tab cell names one (in any language) or the item is ours. */
  readonly tab: TabId | null;
  /** The Tab cell as written (a user's own sheet, when `tab` is null). */
  readonly tabName: string;
  /** Its live status from the alert rules: the costliest alert's title, and how many there are; null when none. */
  readonly badge: ItemBadge | null;
}

/** An item's badge. */
export interface ItemBadge {
  readonly text: string;
  readonly count: number;
  readonly severity: AlertSeverity;
}

/** The checklist part of the sidebar's state. */
export interface ChecklistView {
  readonly today: DayKey;
  readonly entries: readonly ChecklistEntry[];
  /** Daily completion of the last 30 days, oldest first, each 0–1. */
  readonly history: readonly number[];
  readonly rate7: number;
  readonly rate30: number;
}

/** The seed task of `id` in every language, once. */
const seedTasks: Map<string, string[]> = new Map();
function seedTexts(id: string): string[] {
  if (seedTasks.size === 0 && CHECKLIST.seed) {
    for (const locale of LOCALES) {
      for (const row of CHECKLIST.seed.rows(locale)) {
        const list = seedTasks.get(String(row.item)) ?? [];
        list.push(String(row.task));
        seedTasks.set(String(row.item), list);
      }
    }
  }
  return seedTasks.get(id) ?? [];
}

/** The item's wording for `locale`: ours when the cell still says the seed's words (any language), else the user's. */
function wording(item: ChecklistItem, locale: Locale): string {
  const seeds = seedTexts(item.id);
  if (seeds.length && seeds.some((s) => headerKey(s) === headerKey(item.task))) return seeds[LOCALES.indexOf(locale)];
  return item.task;
}

/** The tab the Tab cell names, by any of its names in any language; the seed's tab for our own items. */
export function tabOfItem(item: Pick<ChecklistItem, 'id' | 'tab'>): TabId | null {
  const key = headerKey(item.tab);
  const named = TAB_IDS.find((id) => LOCALES.some((l) => headerKey(TAB_SCHEMAS[id].name[l]) === key));
  return named ?? CHECKLIST_TABS[item.id] ?? null;
}

/**
 * The sidebar's view of the checklist on `today`. `badge` gives an item's live status (the server
 * makes it from the alert rules, src/core/alerts, with {@link alertsForItem}); none by default.
 */
export function checklistView(
  items: readonly ChecklistItem[],
  events: readonly TickEvent[],
  today: DayKey,
  locale: Locale,
  badge: (item: { readonly id: string; readonly tab: TabId | null }) => ItemBadge | null = () => null,
): ChecklistView {
  const done = doneNow(items, events, today);
  const order = { daily: 0, weekly: 1, monthly: 2 } as const;
  const entries = items
    .map((item): ChecklistEntry => {
      const tab = tabOfItem(item);
      return {
        id: item.id,
        text: wording(item, locale),
        note: item.note,
        kind: item.frequency.kind,
        weekday: item.frequency.kind === 'weekly' ? item.frequency.weekday : null,
        done: done.has(item.id),
        tab,
        tabName: item.tab,
        badge: badge({ id: item.id, tab }),
      };
    })
    // Daily first, then weekly, then monthly; the user's order within each (a stable sort).
    .sort((a, b) => order[a.kind] - order[b.kind]);
  const month = completion(items, events, today, 30);
  const week = completion(items, events, today, 7);
  return {
    today,
    entries,
    history: month.days.map((d) => (d.total ? d.done / d.total : 0)),
    rate7: week.rate,
    rate30: month.rate,
  };
}
