import { PERM } from '@ladder/shared-permissions';
import { permissionsOf } from '@ladder/shared-permissions';
import type { Permission, Role } from '@ladder/shared-permissions';
import { describe, expect, it } from 'vitest';

import {
  GUARANTEE_STATUSES,
  flowIndex,
  formatBp,
  guaranteeActions,
  guaranteeStatusLabel,
  guaranteeText,
  guaranteeTierLabel,
  missingFactLabel,
  organisationName,
} from './guarantees';

const as = (role: Role) => {
  const granted = new Set<string>(permissionsOf([role]));
  return (p: Permission): boolean => granted.has(p);
};

describe('guarantee labels', () => {
  it('should name every state and tier in Chinese, never the code', () => {
    for (const s of GUARANTEE_STATUSES) expect(guaranteeStatusLabel(s)).toMatch(/^[\u4e00-\u9fa5]+$/);
    expect(guaranteeTierLabel('little-giant')).toBe('专精特新“小巨人”企业');
    expect(guaranteeTierLabel(null)).toBe('无有效称号');
    expect(guaranteeStatusLabel('nope')).toBe('—');
    expect(organisationName([{ id: 'o-1', kind: 'bank', name: '某银行', members: [] }], 'o-2')).toBe('—');
  });

  it('should show a rate in basis points as a percentage', () => {
    expect(formatBp(345)).toBe('3.45%');
    expect(formatBp(400)).toBe('4%');
    expect(formatBp(5)).toBe('0.05%');
  });

  it('should put the rules’ ids in words', () => {
    expect(guaranteeText('暂无法判定S-49：缺少outstandingGuaranteedFen（已担保本金）。')).toBe('暂无法判定融资担保额度与担保费：缺少已担保本金。');
    expect(guaranteeText('称号撤销（revokedOn）当日仍视为持有；到期（validUntil）当日')).toBe('称号撤销当日仍视为持有；到期当日');
    expect(guaranteeText('另一读法 per-loan 为单笔贷款不超过额度')).toBe('另一读法“单笔计算”为单笔贷款不超过额度');
    expect(guaranteeText('另一读法 days 为 × 天数 ÷ 365')).toBe('另一读法“按天计算”为 × 天数 ÷ 365');
    expect(guaranteeText('读作一并享受（rules.md §8.4 S-48 “T3 implicitly”）')).toBe('读作一并享受');
    expect(missingFactLabel('requestedPrincipalFen')).toBe('申请本金');
    expect(missingFactLabel('somethingElse')).toBe('其他信息');
  });

  it('should place every state on the steps', () => {
    expect(flowIndex('submitted')).toBe(1);
    expect(flowIndex('issued')).toBe(4);
    expect(flowIndex('repaid')).toBe(5);
    expect(flowIndex('compensated')).toBe(5);
  });
});

describe('guarantee actions by role', () => {
  const app = (status: Api.Guarantees.Status, compensatedFen = 0, recoveredFen = 0) => ({ status, compensatedFen, recoveredFen });

  it('should give review to the guarantor officer, approval to the approver, the loan to the bank', () => {
    expect(guaranteeActions(app('submitted'), as('guarantor-officer')).review).toBe(true);
    expect(guaranteeActions(app('submitted'), as('guarantor-approver')).review).toBe(false);
    expect(guaranteeActions(app('reviewed'), as('guarantor-approver')).decide).toBe(true);
    expect(guaranteeActions(app('reviewed'), as('bank-officer')).decide).toBe(false);
    expect(guaranteeActions(app('approved'), as('bank-officer')).issue).toBe(true);
    expect(guaranteeActions(app('issued'), as('bank-officer'))).toMatchObject({ repay: true, compensate: false });
    expect(guaranteeActions(app('issued'), as('guarantor-officer'))).toMatchObject({ repay: false, compensate: true });
    expect(guaranteeActions(app('compensated', 100, 0), as('guarantor-officer')).recover).toBe(true);
    expect(guaranteeActions(app('compensated', 100, 100), as('guarantor-officer')).recover).toBe(false);
  });

  it('should give the regulator no workflow step', () => {
    const has = as('guarantee-officer');
    expect(has(PERM.guarantees.exposure)).toBe(true);
    for (const s of GUARANTEE_STATUSES) expect(Object.values(guaranteeActions(app(s, 1, 0), has))).not.toContain(true);
  });
});

describe('a bank officer’s menu', () => {
  it('should show only the white list and its own loans', async () => {
    const { MENU, filterMenu } = await import('@/layouts/menu');
    const paths = (role: Role): string[] => filterMenu(MENU, permissionsOf([role])).flatMap((m) => (m.children ?? [m]).map((c) => c.path));
    expect(paths('bank-officer')).toEqual(['/guarantees/whitelist', '/guarantees/applications']);
    expect(paths('guarantor-approver')).toEqual(['/guarantees/whitelist', '/guarantees/applications', '/guarantees/compute', '/guarantees/exposure', '/guarantees/financing']);
    expect(paths('guarantee-officer')).toEqual(expect.arrayContaining(['/guarantees/compute', '/guarantees/exposure', '/dashboard']));
  });
});
