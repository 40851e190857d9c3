import { describe, expect, it } from 'vitest';

import { intervalText, measureStatusType, rateText, titleLastDay } from './talent';

describe('talent labels', () => {
  it('should print a coverage rate as a percentage with two decimals, and a dash for 0 ÷ 0', () => {
    expect(rateText(0.8333)).toBe('83.33%');
    expect(rateText(1)).toBe('100.00%');
    expect(rateText(null)).toBe('—');
  });

  it('should print a scope interval from its first to its last day', () => {
    expect(intervalText('2023-07-01', '2026-06-30')).toBe('2023-07-01 至 2026-06-30');
    expect(intervalText('2023-07-01', null)).toBe('2023-07-01 起');
    expect(intervalText(null, null)).toBe('—');
  });

  it('should end a revoked title on its revocation day', () => {
    expect(titleLastDay({ revokedOn: '2024-11-01', validUntil: '2026-06-30' })).toBe('2024-11-01');
    expect(titleLastDay({ revokedOn: null, validUntil: '2026-06-30' })).toBe('2026-06-30');
  });

  it('should colour an applying measure green and one outside the plan period amber', () => {
    expect(measureStatusType('applies')).toBe('success');
    expect(measureStatusType('not-covered')).toBe('warning');
    expect(measureStatusType('does-not-apply')).toBe('danger');
  });
});
