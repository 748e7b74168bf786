import { describe, expect, it } from 'vitest';
import { parseReportTable } from '../../../../src/core/reports/parse-report';

describe('the FBA Inventory (planning) parser', () => {
  it('keeps every age bucket under its own column name, old and new generations alike', () => {
    const out = parseReportTable(
      [
        ['snapshot-date', 'sku', 'asin', 'available', 'inv-age-0-to-90-days', 'inv-age-181-to-330-days', 'inv-age-331-to-365-days'],
        ['2026-11-25', 'A1', 'B0CHILD001', '10', '7', '2', '1'],
      ],
      { fileName: 'p.txt' },
    );
    expect(out.ok && out.records[0]).toMatchObject({ ageBuckets: { 'inv-age-0-to-90-days': 7, 'inv-age-181-to-330-days': 2, 'inv-age-331-to-365-days': 1 } });
  });

  it('reads the unit volume with its unit and the units per aged-surcharge tier by their column names', () => {
    const out = parseReportTable(
      [
        ['snapshot-date', 'sku', 'asin', 'available', 'quantity-to-be-charged-ais-271-300-days', 'estimated-ais-271-300-days', 'item-volume', 'volume-unit-measurement'],
        ['2026-11-25', 'A1', 'B0CHILD001', '10', '25', '13.63', '0.1', 'cubic feet'],
      ],
      { fileName: 'p.txt' },
    );
    expect(out.ok && out.records[0]).toMatchObject({ itemVolume: 0.1, volumeUnit: 'cubic feet', aisUnits: { 'quantity-to-be-charged-ais-271-300-days': 25 } });
  });

  it('keys records by snapshot date and SKU', () => {
    const out = parseReportTable([['snapshot-date', 'sku', 'asin', 'available'], ['2026-11-25', 'A1', 'B0CHILD001', '10']], { fileName: 'p.txt' });
    expect(out.ok && out.keys).toEqual(['2026-11-25|A1']);
  });
});

describe('the Manage FBA Inventory parser', () => {
  it('reads per-unit-volume', () => {
    const out = parseReportTable([['sku', 'asin', 'afn-fulfillable-quantity', 'afn-reserved-quantity', 'per-unit-volume'], ['A1', 'B0CHILD001', '1', '0', '0.05']], { fileName: 'm.txt' });
    expect(out.ok && out.records[0]).toMatchObject({ unitVolume: 0.05 });
  });


  it('skips a row without a SKU, with a warning naming the column', () => {
    const out = parseReportTable([['sku', 'asin', 'afn-fulfillable-quantity', 'afn-reserved-quantity'], ['', 'B0CHILD001', '1', '0']], { fileName: 'm.txt' });
    expect(out.ok && out.warnings[0]).toEqual({ key: 'warning.missingKey', params: { row: 2, column: 'sku' } });
  });
});

describe('the Restock Inventory parser', () => {
  it('reads an empty recommended ship date as none and keys by country and SKU', () => {
    const out = parseReportTable(
      [
        ['Country', 'Merchant SKU', 'ASIN', 'Available', 'Recommended replenishment qty', 'Recommended ship date'],
        ['us', 'A1', 'B0CHILD001', '25', '0', ''],
      ],
      { fileName: 'r.txt' },
    );
    expect(out.ok && out.records[0]).toMatchObject({ country: 'US', recommendedShipDate: null, recommendedReplenishmentQty: 0 });
    expect(out.ok && out.keys).toEqual(['US|A1']);
  });
});
