import { describe, expect, it } from 'vitest';

import { i18n } from '@/locales';

import { intervalText, measureStatusType, rateText, talentText, titleLastDay } from './talent';

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

  it('should put the measure numbers and versions of a rule text into words', () => {
    i18n.global.locale.value = 'zh-CN';
    expect(talentText('2026-12-06不在任何政策版本的有效期内（现有版本 S-53@plan-2022：2022-01-01至2025-12-31）')).toBe(
      '2026-12-06不在任何政策版本的有效期内（现有版本 “2+3+N”人才政策重点支持（2022年版）：2022-01-01至2025-12-31）',
    );
    expect(talentText('适用 S-55a（市人社局）')).toBe('适用 职称评审绿色通道（市人社局）');
    expect(talentText(null)).toBe('');
  });
});
