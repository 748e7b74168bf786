/**
 * The reports Ops Desk recognises. A leaf: every other module of reports/ may import it, it imports
 * nothing but types.
 */
import type { Localized } from '../i18n/messages';

/** Every report kind, in the order recognition tries them (the order only breaks exact ties). */
export const REPORT_KINDS = [
  'business-report',
  'sp-search-term',
  'sp-targeting',
  'sp-advertised-product',
  'fba-manage-inventory',
  'fba-inventory-planning',
  'restock-inventory',
  'all-orders',
] as const;

/** One of {@link REPORT_KINDS}. */
export type ReportKind = (typeof REPORT_KINDS)[number];

/** What operators call each report, in the words of Seller Central and the Ads console. */
export const REPORT_NAMES: Readonly<Record<ReportKind, Localized>> = {
  'business-report': {
    en: 'Business Report (Detail Page Sales and Traffic By Child Item)',
    'zh-CN': '业务报告（子商品详情页面上的销售量与访问量）',
    'zh-TW': '業務報告（子商品詳情頁面上的銷售量與訪問量）',
  },
  'sp-search-term': {
    en: 'Sponsored Products Search Term report',
    'zh-CN': '商品推广搜索词报告',
    'zh-TW': '商品推廣搜尋詞報告',
  },
  'sp-targeting': {
    en: 'Sponsored Products Targeting report',
    'zh-CN': '商品推广投放报告',
    'zh-TW': '商品推廣投放報告',
  },
  'sp-advertised-product': {
    en: 'Sponsored Products Advertised Product report',
    'zh-CN': '商品推广推广的商品报告',
    'zh-TW': '商品推廣推廣的商品報告',
  },
  'fba-manage-inventory': {
    en: 'Manage FBA Inventory report',
    'zh-CN': '管理亚马逊库存报告',
    'zh-TW': '管理亞馬遜庫存報告',
  },
  'fba-inventory-planning': {
    en: 'FBA Inventory (planning / health) report',
    'zh-CN': '亚马逊物流库存（库存规划 / 库存状况）报告',
    'zh-TW': '亞馬遜物流庫存（庫存規劃 / 庫存狀況）報告',
  },
  'restock-inventory': {
    en: 'Restock Inventory report',
    'zh-CN': '补货库存报告',
    'zh-TW': '補貨庫存報告',
  },
  'all-orders': {
    en: 'All Orders report',
    'zh-CN': '所有订单报告',
    'zh-TW': '所有訂單報告',
  },
};
