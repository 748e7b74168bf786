import { describe, expect, it } from 'vitest';
import { call, callWith, column, firstColumn } from './helpers';

describe('HEALTH_STATUS against Amazon’s targets', () => {
  it('H1: LSR 27,896 ÷ 870,669 = 3.204 % → AT RISK (under the 4 % limit, past 80 % of it)', () => {
    expect(call('HEALTH_STATUS', ['Late Shipment Rate', 27896 / 870669])).toBe('AT RISK');
  });

  it.each([
    // ODR < 1 %: AT RISK from 0.8 %.
    ['ODR', '0.5%', 'OK'],
    ['ODR', '0.79%', 'OK'],
    ['ODR', '0.8%', 'AT RISK'],
    ['ODR', '0.99%', 'AT RISK'],
    ['ODR', '1%', 'BREACH'],
    ['ODR', 0.012, 'BREACH'],
    // Pre-fulfilment cancel rate < 2.5 %: AT RISK from 2 %.
    ['cancel rate', '1.99%', 'OK'],
    ['cancel rate', '2%', 'AT RISK'],
    ['cancel rate', '2.5%', 'BREACH'],
    // Late shipment rate < 4 %: AT RISK from 3.2 %.
    ['LSR', '3.19%', 'OK'],
    ['LSR', '3.2%', 'AT RISK'],
    ['LSR', '4%', 'BREACH'],
    // Valid tracking rate > 95 %: AT RISK at 96 % or less.
    ['VTR', '97%', 'OK'],
    ['VTR', '96.01%', 'OK'],
    ['VTR', '96%', 'AT RISK'],
    ['VTR', '95.01%', 'AT RISK'],
    ['VTR', '95%', 'BREACH'],
    // On-time delivery rate > 90 %: AT RISK at 92 % or less.
    ['OTDR', '92.5%', 'OK'],
    ['OTDR', '92%', 'AT RISK'],
    ['OTDR', '90%', 'BREACH'],
    ['OTDR', '85%', 'BREACH'],
    // Account Health Rating: ≥ 200 OK, 100–199 AT RISK, < 100 BREACH.
    ['AHR', 1000, 'OK'],
    ['AHR', 200, 'OK'],
    ['AHR', 199, 'AT RISK'],
    ['AHR', 100, 'AT RISK'],
    ['AHR', 99, 'BREACH'],
    ['AHR', 0, 'BREACH'],
  ])('%s %j → %s', (metric, value, status) => {
    expect(call('HEALTH_STATUS', [metric, value])).toBe(status);
  });

  it('reads a plain number up to 10 × a "below" limit as a fraction: 0.02 is a 2 % ODR', () => {
    expect(call('HEALTH_STATUS', ['ODR', 0.02])).toBe('BREACH');
    expect(call('HEALTH_STATUS', ['ODR', 0.1])).toBe('BREACH');
    expect(call('HEALTH_STATUS', ['ODR', 0.005])).toBe('OK');
    expect(call('HEALTH_STATUS', ['LSR', 0.4])).toBe('BREACH');
  });

  it.each([
    ['ODR', 0.5, 'write 0.5% or 0.005'],
    ['ODR', '0.5', 'write 0.5% or 0.005'],
    ['ODR', 1, 'write 1% or 0.01'],
    ['ODR', 0.11, 'write 0.11% or 0.0011'],
    ['cancel rate', 0.3, 'write 0.3% or 0.003'],
    ['LSR', 0.7, 'write 0.7% or 0.007'],
  ])('marks a plain %s value %j between 10 × the limit and 1 as ambiguous', (metric, value, mark) => {
    expect(call('HEALTH_STATUS', [metric, value])).toBe(mark);
  });

  it('reads percent text in that range as it says: "50%" is a 50 % ODR, "0.5%" a 0.5 % one', () => {
    expect(call('HEALTH_STATUS', ['ODR', '50%'])).toBe('BREACH');
    expect(call('HEALTH_STATUS', ['ODR', '0.5%'])).toBe('OK');
    expect(call('HEALTH_STATUS', ['ODR', '０.５％'])).toBe('OK');
  });

  it('keeps "above" targets and the score out of the ambiguity: 0.97 valid tracking is 97 %', () => {
    expect(call('HEALTH_STATUS', ['VTR', 0.97])).toBe('OK');
    expect(call('HEALTH_STATUS', ['AHR', 1])).toBe('BREACH');
  });

  it('marks the ambiguous value in the user’s language, in a column', () => {
    const args = [column('ODR', 'ODR', 'LSR'), column(0.5, 0.005, 0.9)];
    expect(firstColumn(call('HEALTH_STATUS', args))).toEqual(['write 0.5% or 0.005', 'OK', 'write 0.9% or 0.009']);
    expect(firstColumn(call('HEALTH_STATUS', args, 'zh-CN'))[0]).toBe('请写成 0.5% 或 0.005');
    expect(firstColumn(call('HEALTH_STATUS', args, 'zh-TW'))[0]).toBe('請寫成 0.5% 或 0.005');
  });

  it('reads rates as percentage points when above 1', () => {
    expect(call('HEALTH_STATUS', ['VTR', 98])).toBe('OK');
    expect(call('HEALTH_STATUS', ['ODR', 3.2])).toBe('BREACH');
  });
});

describe('HEALTH_STATUS reads metric names in English and Chinese', () => {
  it.each([
    ['Order Defect Rate', '1.2%', 'BREACH'],
    ['订单缺陷率', '1.2%', 'BREACH'],
    ['訂單缺陷率', '1.2%', 'BREACH'],
    ['Order Defect Rate (ODR)', '1.2%', 'BREACH'],
    ['订单缺陷率（ODR）', '1.2%', 'BREACH'],
    ['odr', '1.2%', 'BREACH'],
    ['Pre-fulfillment Cancel Rate', '3%', 'BREACH'],
    ['配送前取消率', '3%', 'BREACH'],
    ['迟发率', '5%', 'BREACH'],
    ['遲發率', '5%', 'BREACH'],
    ['有效追踪率', '90%', 'BREACH'],
    ['有效追蹤率', '90%', 'BREACH'],
    ['On-Time Delivery Rate', '80%', 'BREACH'],
    ['on time delivery rate', '80%', 'BREACH'],
    ['准时交货率', '80%', 'BREACH'],
    ['準時交貨率', '80%', 'BREACH'],
    ['Account Health Rating', 50, 'BREACH'],
    ['账户状况评级', 50, 'BREACH'],
    ['帳戶狀況評級', 50, 'BREACH'],
  ])('%s', (metric, value, status) => {
    expect(call('HEALTH_STATUS', [metric, value])).toBe(status);
  });

  it('answers in the user’s language', () => {
    const args = [column('ODR', 'ODR', 'ODR'), column('0.1%', '0.9%', '2%')];
    expect(firstColumn(call('HEALTH_STATUS', args, 'zh-CN'))).toEqual(['正常', '有风险', '超标']);
    expect(firstColumn(call('HEALTH_STATUS', args, 'zh-TW'))).toEqual(['正常', '有風險', '超標']);
  });

  it('throws for an unknown metric given once, with the list of names', () => {
    expect(() => call('HEALTH_STATUS', ['ACOS', 0.1])).toThrow(/HEALTH_STATUS: metric cannot be "ACOS"\. Use ODR, cancel rate/);
    expect(() => call('HEALTH_STATUS', ['ACOS', 0.1], 'zh-CN')).toThrow(/请用 订单缺陷率/);
  });

  it('marks an unknown metric or an impossible rate in a column', () => {
    expect(firstColumn(call('HEALTH_STATUS', [column('ODR', 'foo', 'ODR', 'AHR'), column('0.1%', '1%', '150%', -5)]))).toEqual([
      'OK',
      'unknown metric: foo',
      'not a rate (0–100%): 150%',
      'negative: -5',
    ]);
  });
});

describe('HEALTH_STATUS writes its words in the spreadsheet’s language', () => {
  it('uses the sheet language for the status and the user’s language for messages', () => {
    expect(callWith('HEALTH_STATUS', ['ODR', '1.5%'], 'en', { sheetLanguage: 'zh-CN' })).toBe('超标');
    expect(callWith('HEALTH_STATUS', ['ODR', '1.5%'], 'zh-TW', { sheetLanguage: 'en' })).toBe('BREACH');
    expect(() => callWith('HEALTH_STATUS', ['ODR'], 'zh-CN', { sheetLanguage: 'en' })).toThrow(/HEALTH_STATUS 缺少参数 value/);
  });

  it('falls back to the user’s language when the server passes none', () => {
    expect(callWith('HEALTH_STATUS', ['ODR', '1.5%'], 'zh-TW', {})).toBe('超標');
  });
});
