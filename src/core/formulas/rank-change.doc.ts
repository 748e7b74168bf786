import { BLANKS, type DocsOf, type DocText, say } from './doc-text';

/** Where the words come from: the spreadsheet's language, not the last editor's. */
const WORDS_LANGUAGE: DocText = {
  en: 'The words "new" and "dropped out" are written in the spreadsheet’s language (chosen in Settings, else its locale), so a shared sheet never flips language.',
  zh: '“新进榜”和“掉出排名”使用表格的语言（在设置中选择，否则按表格的区域设置），共享的表格不会来回切换语言。',
  zhTW: '「新進榜」和「掉出排名」使用試算表的語言（在設定中選擇，否則依試算表的地區設定），共用的試算表不會來回切換語言。',
};

/** The docs of the formulas in rank-change.ts (docs only: never in the bundle). */
export const RANK_CHANGE_DOCS = {
  RANK_CHANGE: {
    category: 'keywords',
    summary: say(
      {
        en:
          'Places a keyword rank moved, positive = moved up (10 → 4 is +6). Not ranked is written 0, NR, >100, 100+ or 未排名: ' +
          'not ranked before and ranked now shows "new", ranked before and not now shows "dropped out", not ranked at either time shows "—". ' +
          'A blank rank is not filled in yet, not "not ranked": its row stays blank.',
        zh:
          '关键词排名变化的名次，正数 = 上升（10 → 4 为 +6）。未排名写 0、NR、>100、100+ 或 未排名：' +
          '之前未排名、现在有排名显示“新进榜”，之前有排名、现在没有显示“掉出排名”，两次都未排名显示“—”。' +
          '排名为空表示尚未填写，不等于未排名：该行保持空白。',
        zhTW:
          '關鍵字排名變化的名次，正數 = 上升（10 → 4 為 +6）。未排名寫 0、NR、>100、100+ 或 未排名：' +
          '之前未排名、現在有排名顯示「新進榜」，之前有排名、現在沒有顯示「掉出排名」，兩次都未排名顯示「—」。' +
          '排名空白表示尚未填寫，不等於未排名：該列保持空白。',
      },
      BLANKS,
    ),
    returns: {
      en: 'Places moved up (negative = down), or new / dropped out',
      zh: '上升的名次（负数 = 下降），或 新进榜 / 掉出排名',
      zhTW: '上升的名次（負數 = 下降），或 新進榜 / 掉出排名',
    },
    example: { formula: '=RANK_CHANGE(10, 4)', result: '6' },
    caveats: [WORDS_LANGUAGE],
  },
} satisfies DocsOf;
