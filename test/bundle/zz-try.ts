import { LocalAddon } from '/work/wt-tabs/test/runtime/local-addon';
import { TAB_SCHEMAS } from '/work/wt-tabs/src/core/tabs/registry';
const a = LocalAddon.load({ book: { sheets: [], clock: '2026-11-27T17:00:00Z' } as never, locale: 'en' });
a.call('setupTabs', [['ads']]);
let t = Date.now();
const model = a.book.sheetByName('Ads')!;
const saved = [...model.formulas.entries()];
for (const [k] of saved) { const [r, c] = k.split(',').map(Number); a.book.write(model, r, c, [['']]); }
console.log('clear', Date.now()-t); t = Date.now();
a.book.resize(model, 10001, model.maxCols);
console.log('resize', Date.now()-t); t = Date.now();
const schema = TAB_SCHEMAS.ads;
const runs: number[][] = [];
schema.columns.forEach((c, i) => { if (!c.formula) { const last = runs[runs.length-1]; if (last && last[1] === i) last[1] = i+1; else runs.push([i, i+1]); } });
for (const [s, e] of runs) {
  const vals = Array.from({ length: 10000 }, (_, r) => Array.from({ length: e - s }, (_, k) => schema.columns[s+k].kind === 'text' || schema.columns[s+k].kind === 'enum' ? `x${r}` : r % 97));
  a.book.write(model, 2, s + 1, vals);
}
console.log('data', Date.now()-t); t = Date.now();
for (const [k, f] of saved) { const [r, c] = k.split(',').map(Number); a.book.write(model, r, c, [[f]]); }
console.log('formulas', Date.now()-t); t = Date.now();
const r = a.call('setupTabs', [['ads']]);
console.log('rerun', Date.now()-t, r.callCount);
