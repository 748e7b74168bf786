/**
 * One line on why each routine item matters, by the seed item's id, in each of our languages. A
 * user's own item shows its Note instead.
 */
import type { Localized } from '../i18n/messages';
import { l } from '../tabs/schema';

/** Why the seed items matter. */
export const WHY: Readonly<Record<string, Localized>> = {
  'daily-health': l('A metric over its limit can get the account suspended.', '指标超标可能导致账户被停用。', '指標超標可能導致帳戶被停用。'),
  'daily-messages': l('Late answers hurt the account and lose the sale.', '回复超时会影响账户表现，也会丢单。', '回覆逾時會影響帳戶表現，也會掉單。'),
  'daily-reviews': l('A negative review answered early can be turned around.', '差评及早跟进，还有机会挽回。', '負評及早追蹤，還有機會挽回。'),
  'daily-listings': l('A lost Buy Box or a hijacker stops sales at once.', '丢失购物车或被跟卖，销量会立刻下滑。', '失去購物車或被跟賣，銷量會立刻下滑。'),
  'daily-promotions': l('Stacked discounts can sell below cost.', '折扣叠加可能让售价低于成本。', '折扣疊加可能讓售價低於成本。'),
  'daily-keywords': l('A rank drop on a main keyword costs traffic every day.', '核心词排名下滑，每天都在损失流量。', '核心關鍵字排名下滑，每天都在損失流量。'),
  'daily-ads': l('Spend without sales grows quietly until the month is lost.', '无转化的花费会悄悄累积。', '無轉換的花費會悄悄累積。'),
  'daily-inventory': l('A stock-out loses rank; aged stock costs surcharges.', '断货会掉排名，库龄过长要交超龄费。', '斷貨會掉排名，庫齡過長要繳超齡費。'),
  'daily-competitors': l("Competitors' moves show what to answer next.", '竞品的动作提示下一步怎么应对。', '競品的動作提示下一步怎麼應對。'),
  'daily-market': l('Trends and new releases are where the next product comes from.', '趋势和新品榜是下一个产品的来源。', '趨勢和新品榜是下一個產品的來源。'),
  'daily-mfn': l('Claims and chargebacks have deadlines and cost money.', '索赔和拒付有期限，还会造成损失。', '索賠和拒付有期限，還會造成損失。'),
  'weekly-sop': l('What made one product a hit can make the next one.', '爆款的方法可以复制到下一个产品。', '爆款的方法可以複製到下一個產品。'),
  'weekly-seasonal-keywords': l('Seasonal searches start weeks before the season.', '季节性搜索在旺季前几周就开始了。', '季節性搜尋在旺季前幾週就開始了。'),
  'weekly-shipments': l('Inbound takes weeks: plan before the stock runs out.', '入库需要几周，要在断货前安排。', '入庫需要幾週，要在斷貨前安排。'),
  'monthly-aged-stock': l('Aged stock pays a surcharge every month it stays.', '超龄库存每个月都要交超龄费。', '超齡庫存每個月都要繳超齡費。'),
  'monthly-fees': l('Storage and low-inventory fees eat the margin unseen.', '仓储费和低库存费会悄悄吃掉利润。', '倉儲費和低庫存費會悄悄吃掉利潤。'),
};
