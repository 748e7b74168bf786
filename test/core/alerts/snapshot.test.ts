import { describe, expect, it } from 'vitest';
import { tableOf } from '../../../src/core/alerts/snapshot';
import { INVENTORY } from '../../../src/core/tabs/inventory';
import { tab } from './fixtures';

describe('tableOf', () => {
  it('finds a column by its Chinese header', () => {
    const table = tableOf(INVENTORY, tab('inventory', [{ sku: 'LAMP-1', available: 40 }], 'zh-CN'));
    expect(table.cell(0, 'available')).toBe(40);
  });

  it('finds a column the user moved to the front', () => {
    const table = tableOf(INVENTORY, tab('inventory', [{ sku: 'LAMP-1', available: 40 }], 'en', ['available', 'sku']));
    expect([table.cell(0, 'sku'), table.cell(0, 'available')]).toEqual(['LAMP-1', 40]);
  });

  it('finds a renamed column by the position the metadata remembers', () => {
    const values = { ...tab('inventory', [{ sku: 'LAMP-1', available: 40 }], 'en', ['sku', 'available']), headers: ['SKU', 'Sellable now'], remembered: { available: 2 } };
    expect(tableOf(INVENTORY, values).cell(0, 'available')).toBe(40);
  });

  it('gives a blank for a column the sheet does not have', () => {
    const table = tableOf(INVENTORY, tab('inventory', [{ sku: 'LAMP-1' }], 'en', ['sku']));
    expect([table.has('inbound'), table.cell(0, 'inbound')]).toEqual([false, '']);
  });

  it('numbers rows from the first data row of the sheet', () => {
    const table = tableOf(INVENTORY, { ...tab('inventory', [{ sku: 'A' }, { sku: 'B' }]), firstRow: 5 });
    expect(table.sheetRow(1)).toBe(6);
  });
});
