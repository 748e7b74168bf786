import { promoStack } from '/work/wt-formulas/src/core/formulas/promo-stack';
const ROWS = 100_000;
const types = ['Coupon', '7-Day Deal', 'Sale price', '% off', 'Social media', 'Preferential', 'Exclusive'];
const col = (f: (i: number) => unknown) => Array.from({ length: ROWS }, (_, i) => [i % 5 === 0 ? f(i) : '']);
const args = [
  col((i) => `B0${String(i % 2000).padStart(8, '0')}`),
  col((i) => types[Math.floor(i / 2000) % types.length]),
  col((i) => `2026-11-${String(1 + (i % 20)).padStart(2, '0')}`),
  col((i) => `2026-11-${String(5 + (i % 20)).padStart(2, '0')}`),
  col((i) => 0.05 + (i % 7) * 0.05),
];
for (let k = 0; k < 15; k++) {
  const t = performance.now();
  promoStack.impl('en', args, { timeZone: 'America/Los_Angeles' });
  if (k > 8) console.log((performance.now() - t).toFixed(1));
}
import { daysOfStock } from '/work/wt-formulas/src/core/formulas/days-of-stock';
const d = [col(() => 300), col(() => 20)];
let best = Infinity;
for (let k = 0; k < 15; k++) {
  const t = performance.now();
  daysOfStock.impl('en', d, {});
  best = Math.min(best, performance.now() - t);
}
console.log('DAYS_OF_STOCK best', best.toFixed(1));
let bestP = Infinity;
for (let k = 0; k < 15; k++) {
  const t = performance.now();
  promoStack.impl('en', args, { timeZone: 'America/Los_Angeles' });
  bestP = Math.min(bestP, performance.now() - t);
}
console.log('PROMO best', bestP.toFixed(1));
