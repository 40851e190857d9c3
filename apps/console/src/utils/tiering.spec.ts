import { afterEach, describe, expect, it } from 'vitest';

import { i18n } from '@/locales';

import {
  addDays,
  categoryText,
  certificationStatusLabel,
  decisionLabel,
  decisionTagType,
  endOfMonth,
  rankLabel,
  recommendationStatusLabel,
  REQUIRED_RANK,
  startOfMonth,
} from './tiering';

describe('ladder labels', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN';
  });

  it('should word decisions and statuses in Chinese, then English', () => {
    expect(['eligible', 'not-eligible', 'unknown'].map(decisionLabel)).toEqual(['符合', '不符合', '待定（缺数据）']);
    expect(decisionTagType('unknown')).toBe('warning');
    expect(recommendationStatusLabel('city-approved')).toBe('市级审核通过');
    expect(certificationStatusLabel('revoked')).toBe('已撤销');
    expect(categoryText(null)).toBe('未分类');
    expect(categoryText('none')).toBe('未分类');
    i18n.global.locale.value = 'en';
    expect(decisionLabel('unknown')).toBe('Pending (data missing)');
    expect(rankLabel('厅级')).toBe('Bureau level');
  });

  it('should fall back to the code or a dash', () => {
    expect(decisionLabel('odd')).toBe('odd');
    expect(decisionLabel(null)).toBe('—');
  });

  it('should require 厅级 for 小巨人, 处级 for 专精特新, 科级 for 创新型', () => {
    expect(REQUIRED_RANK).toEqual({ 'little-giant': '厅级', specialized: '处级', innovative: '科级' });
  });
});

describe('calendar dates', () => {
  it('should add days across months and years', () => {
    expect(addDays('2025-12-15', 90)).toBe('2026-03-15');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('should find the first and last day of a month', () => {
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2025-12-01')).toBe('2025-12-31');
    expect(startOfMonth('2025-12-17')).toBe('2025-12-01');
  });
});
