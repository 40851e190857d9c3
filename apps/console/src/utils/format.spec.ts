import { describe, expect, it } from 'vitest';

import { timestampedName } from './download';
import {
  bpToPercentInput,
  fenToWanInput,
  formatDate,
  formatDateTime,
  formatPercentBp,
  formatWan,
  percentToBp,
  wanInputToFen,
} from './format';

describe('dates in Asia/Shanghai', () => {
  it('should show an instant as Beijing time YYYY-MM-DD HH:mm', () => {
    expect(formatDateTime('2025-03-01T02:05:00Z')).toBe('2025-03-01 10:05');
    expect(formatDateTime('2024-12-31T16:30:00Z')).toBe('2025-01-01 00:30');
    expect(formatDateTime('2025-03-01T02:05:09Z', true)).toBe('2025-03-01 10:05:09');
  });

  it('should keep calendar dates and show a dash for nothing', () => {
    expect(formatDate('2018-06-30')).toBe('2018-06-30');
    expect(formatDate('2024-12-31T16:30:00Z')).toBe('2025-01-01');
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });
});

describe('money and shares', () => {
  it('should show 分 as 万元', () => {
    expect(formatWan(50_000_000_00)).toBe('5000');
    expect(formatWan(123_456_789)).toBe('123.4567');
    expect(formatWan(null)).toBe('—');
  });

  it('should round-trip 万元 input exactly to 分', () => {
    expect(wanInputToFen('1234.56')).toBe(1_234_560_000);
    expect(wanInputToFen('0.000001')).toBe(1);
    expect(fenToWanInput(1_234_560_000)).toBe('1234.56');
    expect(fenToWanInput(-1)).toBe('-0.000001');
    expect(() => wanInputToFen('0.0000001')).toThrow(RangeError);
  });

  it('should turn % into basis points and back', () => {
    expect(percentToBp('12.5')).toBe(1250);
    expect(percentToBp('0.01')).toBe(1);
    expect(percentToBp('100')).toBe(10_000);
    expect(() => percentToBp('1.234')).toThrow(RangeError);
    expect(bpToPercentInput(1250)).toBe('12.5');
    expect(formatPercentBp(1234)).toBe('12.34%');
  });

  it('should name exports with a Beijing timestamp', () => {
    expect(timestampedName('企业培育库', 'xlsx', new Date('2025-03-01T02:05:00Z'))).toBe('企业培育库_20250301_1005.xlsx');
  });
});
