import { permissionsOf } from '@ladder/shared-permissions';
import type { Role } from '@ladder/shared-permissions';
import { describe, expect, it } from 'vitest';

import { ApiError } from '@/api/request';
import { hasAnyPermission } from '@/utils/permission';

import { availableActions, flowIndex, isStaleConflict, sortedSteps, toApproveRequest, toDisburseRequest } from './data';

function withRole(role: Role) {
  const granted = permissionsOf([role]);
  return (p: Parameters<typeof hasAnyPermission>[1]) => hasAnyPermission(granted, p);
}

describe('entitlement actions by state and permission', () => {
  it('should offer 业务审核 to the Industry Bureau approver on 待业务审核 only', () => {
    expect(availableActions({ status: 'pending-approval' }, withRole('gxj-approver'))).toEqual({
      business: true,
      finance: false,
      disburse: false,
      cancel: true,
    });
    expect(availableActions({ status: 'pending-approval' }, withRole('finance-approver')).business).toBe(false);
    expect(availableActions({ status: 'business-approved' }, withRole('gxj-approver')).business).toBe(false);
  });

  it('should offer 财政审核 to the Finance Bureau approver on 待财政审核 only', () => {
    expect(availableActions({ status: 'business-approved' }, withRole('finance-approver'))).toEqual({
      business: false,
      finance: true,
      disburse: false,
      cancel: false,
    });
    expect(availableActions({ status: 'pending-approval' }, withRole('finance-approver')).finance).toBe(false);
  });

  it('should offer 登记拨付 to the Finance Bureau officer on 已批准待拨付 only', () => {
    expect(availableActions({ status: 'approved' }, withRole('finance-officer')).disburse).toBe(true);
    expect(availableActions({ status: 'business-approved' }, withRole('finance-officer')).disburse).toBe(false);
    expect(availableActions({ status: 'approved' }, withRole('gxj-operator')).disburse).toBe(false);
  });

  it('should offer nothing on final states or to readers', () => {
    for (const status of ['disbursed', 'rejected', 'cancelled'] as const) {
      expect(Object.values(availableActions({ status }, withRole('gxj-approver')))).toEqual([false, false, false, false]);
    }
    expect(Object.values(availableActions({ status: 'pending-approval' }, withRole('county-approver')))).toEqual([false, false, false, false]);
  });
});

describe('entitlement requests', () => {
  it('should send the version shown as expectedVersion, and a comment only when given', () => {
    expect(toApproveRequest('business', 'approve', '  ', 3)).toEqual({ step: 'business', decision: 'approve', expectedVersion: 3 });
    expect(toApproveRequest('finance', 'reject', ' 超预算 ', 7)).toEqual({
      step: 'finance',
      decision: 'reject',
      comment: '超预算',
      expectedVersion: 7,
    });
  });

  it('should need a voucher and a payment date', () => {
    expect(toDisburseRequest({ voucherNo: ' PZ-1 ', paidOn: '2025-03-01' }, 5)).toEqual({
      ok: true,
      request: { voucherNo: 'PZ-1', paidOn: '2025-03-01', expectedVersion: 5 },
    });
    expect(toDisburseRequest({ voucherNo: '', paidOn: '2025-03-01' }, 5)).toEqual({ ok: false, message: '请填写拨付凭证号' });
    expect(toDisburseRequest({ voucherNo: 'PZ', paidOn: '' }, 5)).toEqual({ ok: false, message: '请选择拨付日期' });
  });

  it('should recognise a stale version (409 CONFLICT) and nothing else', () => {
    expect(isStaleConflict(new ApiError(409, 'CONFLICT', '奖补记录已被他人处理，请刷新后重试'))).toBe(true);
    expect(isStaleConflict(new ApiError(409, 'SUBSIDIES_BUDGET_INSUFFICIENT', '余额不足'))).toBe(false);
    expect(isStaleConflict(new Error('x'))).toBe(false);
  });

  it('should place the state in the flow and read the steps oldest first', () => {
    expect(flowIndex('pending-publicity')).toBe(0);
    expect(flowIndex('objected')).toBe(1);
    expect(flowIndex('business-approved')).toBe(3);
    expect(flowIndex('disbursed')).toBe(6);
    const steps = sortedSteps([
      { step: 'finance', decision: 'approve', actor: 'b', at: '2025-03-02T00:00:00Z', comment: null },
      { step: 'business', decision: 'approve', actor: 'a', at: '2025-03-01T00:00:00Z', comment: null },
    ]);
    expect(steps.map((s) => s.actor)).toEqual(['a', 'b']);
  });
});
