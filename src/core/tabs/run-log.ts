/**
 * Run log: one row per refresh — when it started and ended, who ran it, what it changed, how many
 * alerts it raised and what failed. Add-on triggers email nobody, so this is where a failed or
 * skipped run shows.
 */
import { column, l, options, PROBLEM, WARNING, type TabSchema } from './schema';

/** The outcomes of a run, in dropdown order (the refresh writes them by index). */
export const RUN_OUTCOME = { done: 0, skipped: 1, failed: 2, paused: 3 } as const;

/** The ways a run starts, in dropdown order. */
export const RUN_KIND = { daily: 0, manual: 1 } as const;

export const RUN_LOG: TabSchema = {
  id: 'runLog',
  version: 1,
  name: l('Run Log', '运行日志', '執行記錄'),
  purpose: l('Every refresh: when, by whom, what changed, alerts and errors.', '每次刷新：时间、执行人、改动、提醒与错误。', '每次重新整理：時間、執行者、變更、提醒與錯誤。'),
  columns: [
    column('started', 'datetime', ['Started', '开始时间', '開始時間'], ['When the run began (spreadsheet time).', '本次运行开始的时间（表格时区）。', '本次執行開始的時間（試算表時區）。'], { width: 130 }),
    column('finished', 'datetime', ['Finished', '结束时间', '結束時間'], ['When it ended.', '结束的时间。', '結束的時間。'], { width: 130 }),
    column('run', 'enum', ['Run', '方式', '方式'], ['Daily (the trigger) or Manual (Refresh now).', '每日（定时触发）或手动（立即刷新）。', '每日（定時觸發）或手動（立即重新整理）。'], {
      options: options(['Daily', '每日', '每日'], ['Manual', '手动', '手動']),
    }),
    column('user', 'text', ['User', '执行人', '執行者'], ['Who the run ran as, where known.', '以谁的身份运行（如可知）。', '以誰的身分執行（如可知）。'], { width: 180 }),
    column('outcome', 'enum', ['Outcome', '结果', '結果'], ['Done, Skipped (another run held the sheet, or the daily trigger quota is near), Failed (nothing was changed) or Paused (continues next hour).', '完成、跳过（另一运行占用表格，或接近每日触发器配额）、失败（未做任何改动）或暂停（下个小时继续）。', '完成、略過（另一執行占用試算表，或接近每日觸發器配額）、失敗（未做任何變更）或暫停（下個小時繼續）。'], {
      options: options(['Done', '完成', '完成'], ['Skipped', '跳过', '略過'], ['Failed', '失败', '失敗'], ['Paused', '暂停', '暫停']),
    }),
    column('changed', 'text', ['What changed', '改动', '變更'], ['Rows added per tab, and what was rebuilt.', '各表新增的行，以及重建的内容。', '各分頁新增的列，以及重建的內容。'], { width: 300 }),
    column('alerts', 'int', ['Alerts', '提醒数', '提醒數'], ['Alerts raised on Today.', '在今日页生成的提醒数。', '在今日頁產生的提醒數。']),
    column('errors', 'text', ['Errors', '错误', '錯誤'], ['What went wrong, if anything.', '出错信息（如有）。', '錯誤訊息（如有）。'], { width: 300 }),
  ],
  rules: [
    { id: 'failed', columns: ['outcome', 'errors'], formula: (c) => `=$${c.letter('outcome')}2="${c.option('outcome', RUN_OUTCOME.failed)}"`, ...PROBLEM },
    { id: 'skipped', columns: ['outcome'], formula: (c) => `=OR($${c.letter('outcome')}2="${c.option('outcome', RUN_OUTCOME.skipped)}", $${c.letter('outcome')}2="${c.option('outcome', RUN_OUTCOME.paused)}")`, ...WARNING },
  ],
};
