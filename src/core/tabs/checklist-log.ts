/**
 * Checklist log: one row per tick or untick from the sidebar, appended under the document lock.
 * The sidebar's "done" and its completion chart are read from it, so they survive reloads and two
 * people's ticks never overwrite each other; it is also the audit of who did what when.
 */
import { column, l, type TabSchema } from './schema';

export const CHECKLIST_LOG: TabSchema = {
  id: 'checklistLog',
  version: 1,
  name: l('Checklist log', '清单记录', '清單記錄'),
  purpose: l('Every tick and untick of the checklist, with its day and time.', '清单每一次勾选和取消勾选，含日期和时间。', '清單每一次勾選和取消勾選，含日期和時間。'),
  columns: [
    column('date', 'date', ['Date', '日期', '日期'], ["The day, in the spreadsheet's time zone.", '日期（表格时区）。', '日期（試算表時區）。']),
    column('item', 'id', ['Item', '编号', '編號'], ['The Checklist item id.', '清单事项编号。', '清單事項編號。'], { width: 150 }),
    column('done', 'bool', ['Done', '已完成', '已完成'], ['TRUE for a tick, FALSE for an untick.', '勾选为 TRUE，取消勾选为 FALSE。', '勾選為 TRUE，取消勾選為 FALSE。']),
    column('time', 'datetime', ['Time', '时间', '時間'], ['When it was ticked.', '勾选的时间。', '勾選的時間。'], { width: 130 }),
    column('user', 'text', ['User', '用户', '使用者'], ["Who ticked it, as Apps Script knows them (an anonymous per-user key: the add-on does not ask to read e-mail addresses).", '勾选的人（Apps Script 提供的匿名用户标识：插件不读取邮箱地址）。', '勾選的人（Apps Script 提供的匿名使用者標識：外掛不讀取電子郵件地址）。'], { width: 200 }),
  ],
};
