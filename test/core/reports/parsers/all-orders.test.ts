import { describe, expect, it } from 'vitest';
import { parseReportTable } from '../../../../src/core/reports/parse-report';

const HEADER = ['amazon-order-id', 'purchase-date', 'order-status', 'sales-channel', 'asin', 'quantity', 'currency', 'item-price', 'promotion-ids '];
const row = (id: string, at: string, channel: string, qty = '1', status = 'Shipped', promos = '') => [id, at, status, channel, 'B0CHILD001', qty, 'USD', '10.00', promos];

describe('the All Orders parser', () => {
  it.each([
    ['Amazon.com', '2026-11-26T07:30:00+00:00', '2026-11-25'],
    ['Amazon.co.jp', '2026-11-25T16:00:00+00:00', '2026-11-26'],
    ['Amazon.co.uk', '2026-11-25T23:30:00+00:00', '2026-11-25'],
    ['Amazon.de', '2026-11-25T23:30:00+00:00', '2026-11-26'],
  ])('counts an %s order at %s on %s, the marketplace day', (channel, at, day) => {
    const out = parseReportTable([HEADER, row('1', at, channel)], { fileName: 'o.txt' });
    expect(out.ok && out.records[0]).toMatchObject({ date: day });
  });

  it('uses the zone the caller gives over the sales channel', () => {
    const out = parseReportTable([HEADER, row('1', '2026-11-26T07:30:00+00:00', 'Amazon.com')], { fileName: 'o.txt', timeZone: 'UTC' });
    expect(out.ok && out.records[0]).toMatchObject({ date: '2026-11-26' });
  });

  it('counts each order once however many lines it has, and sums units', () => {
    const out = parseReportTable([HEADER, row('1', '2026-11-25T20:00:00Z', 'Amazon.com', '2'), row('1', '2026-11-25T20:00:00Z', 'Amazon.com', '3'), row('2', '2026-11-25T21:00:00Z', 'Amazon.com')], { fileName: 'o.txt' });
    expect(out.ok && out.records[0]).toMatchObject({ orders: 2, units: 6, sales: 30 });
  });

  it('counts lines with stacked promotions', () => {
    const out = parseReportTable([HEADER, row('1', '2026-11-25T20:00:00Z', 'Amazon.com', '1', 'Shipped', 'PLM-1,VPC-2')], { fileName: 'o.txt' });
    expect(out.ok && out.records[0]).toMatchObject({ stackedPromotionLines: 1 });
  });

  it('warns that an unknown sales channel is counted by the Los Angeles day', () => {
    const out = parseReportTable([HEADER, row('1', '2026-11-26T07:30:00+00:00', 'Amazon.xx')], { fileName: 'o.txt' });
    expect(out.ok && out.warnings[0]).toEqual({ key: 'warning.unknownZone', params: { channel: 'Amazon.xx', zone: 'America/Los_Angeles' } });
  });
});
