import { t } from '../i18n/messages';
import { BLANK, readNumber, type NumberCell } from '../values/read-number';
import { textKey } from '../values/text-key';
import { elementwise, NOT_DEFINED } from './elementwise';

/** The code for "not ranked" inside RANK_CHANGE (a real rank is 1 or more). */
export const UNRANKED = 0;

const UNRANKED_WORDS = new Set(
  ['nr', 'n/r', 'notranked', 'unranked', 'norank', 'none', 'out', '未排名', '无排名', '無排名', '未上榜', '不在榜', '未进榜', '未進榜', '无', '無'].map(textKey),
);

/**
 * Reads a keyword rank: a positive number (`12`, `#12`, `１２`); "not ranked" for 0, `NR`,
 * `unranked`, `未排名`, and for "beyond the tracked depth" texts such as `>100`, `100+`, `＞100`.
 * Blank (and `--`, `N/A`) stays blank: not filled in yet, which is not the same as not ranked.
 */
export function readRank(cell: unknown): NumberCell {
  if (typeof cell === 'string') {
    const s = cell.normalize('NFKC').trim();
    if (s === '') return BLANK;
    if (UNRANKED_WORDS.has(textKey(s)) || /^(>|≥|>=)\s*\d[\d,]*$|^\d[\d,]*\s*\+$/.test(s)) return { kind: 'number', value: UNRANKED };
    const read = readNumber(s.replace(/^#\s*/, ''));
    return read.kind === 'number' ? positiveRank(read.value, cell) : read.kind === 'blank' ? BLANK : { kind: 'invalid', reason: 'text', text: cell };
  }
  const read = readNumber(cell);
  return read.kind === 'number' ? positiveRank(read.value, cell) : read;
}

function positiveRank(value: number, cell: unknown): NumberCell {
  return value >= 0 ? { kind: 'number', value } : { kind: 'invalid', reason: 'text', text: String(cell) };
}

/**
 * RANK_CHANGE(previous, current) — places moved, positive = moved up (rank 10 → 4 is +6).
 * Not ranked before and ranked now shows "new" (新进榜); ranked before and not now shows
 * "dropped out" (掉出排名); not ranked at either time shows {@link NOT_DEFINED}. Only an explicit
 * marker (0, NR, >100, 100+, 未排名 …) means not ranked: a blank rank is not filled in yet, and its
 * row stays blank.
 */
export const rankChange = elementwise({
  name: 'RANK_CHANGE',
  writesWords: true,
  inputs: [
    { name: 'previous', read: readRank, invalidKey: 'cell.rank', hintKey: 'hint.rank', pending: true },
    { name: 'current', read: readRank, invalidKey: 'cell.rank', hintKey: 'hint.rank', pending: true },
  ],
  compute: ([previous, current], { words }) => {
    if (previous === UNRANKED && current === UNRANKED) return NOT_DEFINED;
    if (previous === UNRANKED) return t(words, 'rank.entered');
    if (current === UNRANKED) return t(words, 'rank.dropped');
    return previous - current;
  },
});
