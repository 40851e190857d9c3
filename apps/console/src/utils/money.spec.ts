import { describe, expect, it } from 'vitest';

import { fenToInput, formatFen, formatFenAsWan, formatRate, moneyToFen, parseMoney, parsePercent } from './money';

describe('formatFen', () => {
  it('should show whole 元 from 1万元 up in 万元', () => {
    expect(formatFen(5_000_000)).toBe('5万元');
    expect(formatFen(200_000_000)).toBe('200万元');
    expect(formatFen(1_000_000)).toBe('1万元');
    expect(formatFen(123_456_700)).toBe('123.4567万元');
    expect(formatFen(100_000_000_000)).toBe('100,000万元');
  });

  it('should show other amounts in 元 with two decimals', () => {
    expect(formatFen(123_456)).toBe('1,234.56元');
    expect(formatFen(1)).toBe('0.01元');
    expect(formatFen(0)).toBe('0.00元');
    expect(formatFen(999_999)).toBe('9,999.99元');
    // Not a whole 元: kept in 元 so no 分 is hidden.
    expect(formatFen(1_000_001)).toBe('10,000.01元');
  });

  it('should keep the sign and show a dash for nothing', () => {
    expect(formatFen(-5_000_000)).toBe('-5万元');
    expect(formatFen(-150)).toBe('-1.50元');
    expect(formatFen(null)).toBe('—');
    expect(formatFen(undefined)).toBe('—');
    expect(formatFen(Number.NaN)).toBe('—');
  });

  it('should be exact for the largest safe amount', () => {
    expect(formatFen(Number.MAX_SAFE_INTEGER)).toBe('90,071,992,547,409.91元');
    expect(formatFenAsWan(Number.MAX_SAFE_INTEGER)).toBe('9,007,199,254.740991');
  });
});

describe('formatFenAsWan', () => {
  it('should show 万元 with up to six decimals', () => {
    expect(formatFenAsWan(1)).toBe('0.000001');
    expect(formatFenAsWan(5_000_000)).toBe('5');
    expect(formatFenAsWan(12_345_678_900)).toBe('12,345.6789');
    expect(formatFenAsWan(null)).toBe('—');
  });
});

describe('parseMoney', () => {
  it('should read 元 text exactly to 分', () => {
    expect(parseMoney('1234.56', 'yuan')).toEqual({ ok: true, fen: 123_456 });
    expect(parseMoney('0.1', 'yuan')).toEqual({ ok: true, fen: 10 });
    expect(parseMoney('1,234.5', 'yuan')).toEqual({ ok: true, fen: 123_450 });
    // 0.29 × 100 = 28.999999999999996 in floating point; the text is read exactly.
    expect(parseMoney('0.29', 'yuan')).toEqual({ ok: true, fen: 29 });
    expect(parseMoney('1.005', 'yuan')).toMatchObject({ ok: false });
  });

  it('should read 万元 text exactly to 分', () => {
    expect(parseMoney('5', 'wan-yuan')).toEqual({ ok: true, fen: 5_000_000 });
    expect(parseMoney('200', 'wan-yuan')).toEqual({ ok: true, fen: 200_000_000 });
    expect(parseMoney('333.33', 'wan-yuan')).toEqual({ ok: true, fen: 333_330_000 });
    expect(parseMoney('0.000001', 'wan-yuan')).toEqual({ ok: true, fen: 1 });
    expect(parseMoney(' 1.10 ', 'wan-yuan')).toEqual({ ok: true, fen: 1_100_000 });
    expect(parseMoney('0.0000001', 'wan-yuan')).toMatchObject({ ok: false, message: expect.stringContaining('分') });
  });

  it('should refuse empty, negative and non-numeric input with a Chinese message', () => {
    expect(parseMoney('', 'yuan')).toEqual({ ok: false, message: '请输入金额' });
    expect(parseMoney(null, 'yuan')).toEqual({ ok: false, message: '请输入金额' });
    expect(parseMoney('-1', 'wan-yuan')).toEqual({ ok: false, message: '金额不能为负数' });
    expect(parseMoney('1e3', 'wan-yuan')).toMatchObject({ ok: false });
    expect(parseMoney('abc', 'yuan')).toMatchObject({ ok: false });
    expect(parseMoney('1.2.3', 'yuan')).toMatchObject({ ok: false });
    expect(parseMoney('0', 'yuan', { allowZero: false })).toEqual({ ok: false, message: '金额须大于0' });
    expect(parseMoney('0', 'yuan')).toEqual({ ok: true, fen: 0 });
  });

  it('should refuse amounts beyond a safe integer', () => {
    expect(parseMoney('99999999999999999', 'wan-yuan')).toMatchObject({ ok: false });
  });

  it('should round-trip through the input text', () => {
    for (const fen of [0, 1, 99, 100, 123_456, 5_000_000, 333_330_000, 1_234_567_891]) {
      expect(moneyToFen(fenToInput(fen, 'wan-yuan'), 'wan-yuan')).toBe(fen);
      expect(moneyToFen(fenToInput(fen, 'yuan'), 'yuan')).toBe(fen);
    }
    expect(fenToInput(1_234_560_000, 'wan-yuan')).toBe('1234.56');
    expect(fenToInput(123_456, 'yuan')).toBe('1234.56');
    expect(() => moneyToFen('x', 'yuan')).toThrow(RangeError);
  });
});

describe('rates', () => {
  it('should read a percentage as an exact fraction', () => {
    expect(parsePercent('60')).toEqual({ ok: true, rate: { num: 60, den: 100 } });
    expect(parsePercent('0.5')).toEqual({ ok: true, rate: { num: 5, den: 1000 } });
    expect(parsePercent('12.25%')).toEqual({ ok: true, rate: { num: 1225, den: 10000 } });
    expect(parsePercent('100')).toEqual({ ok: true, rate: { num: 100, den: 100 } });
  });

  it('should refuse a rate of zero, above 100% or with too many decimals', () => {
    expect(parsePercent('0')).toMatchObject({ ok: false });
    expect(parsePercent('100.01')).toMatchObject({ ok: false });
    expect(parsePercent('1.23456')).toMatchObject({ ok: false });
    expect(parsePercent('')).toMatchObject({ ok: false });
  });

  it('should show a rate as an exact percentage', () => {
    expect(formatRate({ num: 60, den: 100 })).toBe('60%');
    expect(formatRate({ num: 5, den: 1000 })).toBe('0.5%');
    expect(formatRate({ num: 1, den: 100 })).toBe('1%');
    expect(formatRate({ num: 3, den: 10 })).toBe('30%');
    expect(formatRate({ num: 1, den: 3 })).toBe('1/3');
    expect(formatRate(null)).toBe('—');
  });
});
