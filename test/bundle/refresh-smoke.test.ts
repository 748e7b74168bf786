import { it } from 'vitest';
import { LocalAddon } from '../runtime/local-addon';
import { generateDemoStore } from '../fixtures/demo-store/generate';

it('smoke', () => {
  const addon = LocalAddon.load({ book: generateDemoStore(), locale: 'en' });
  console.log(JSON.stringify(addon.call('enableDailyRefresh')));
  console.log(JSON.stringify(addon.services.state.triggers.triggers));
  const runs = addon.tick(new Date('2026-11-28T15:00:00Z'));
  console.log(runs.map((r) => `${r.name} ${r.error ?? ''} ${r.callCount} ${r.modelledMs}`).join('\n'));
  console.log(addon.show('Run Log').map((r) => r.join(' | ')).join('\n'));
  console.log(addon.show('Today').slice(0, 40).map((r) => r.slice(0, 3).join(' | ')).join('\n'));
  console.log(addon.show('Keywords').slice(-3).map((r) => r.join(' | ')).join('\n'));
  console.log(addon.services.state.logs.join('\n'));
});
