import { PERM } from '@ladder/shared-permissions';
import type { Permission } from '@ladder/shared-permissions';

import { ApiError } from '@/api/request';
import { translate } from '@/locales';

export type EntitlementRow = Api.Subsidies.Entitlement;
export type ApprovalStep = 'business' | 'finance';

export interface EntitlementActions {
  /** 业务审核 (市工信局审核人): 待业务审核. */
  readonly business: boolean;
  /** 财政审核 (市财政局审核人): 待财政审核. */
  readonly finance: boolean;
  /** 登记拨付 (市财政局经办人): 已批准待拨付. */
  readonly disburse: boolean;
  /** 撤销 (市工信局审核人): anything not yet paid, rejected or cancelled. */
  readonly cancel: boolean;
}

const FINAL: readonly Api.Subsidies.Status[] = ['disbursed', 'rejected', 'cancelled'];

/** The buttons the record's state and the user's permissions allow (the server checks again). */
export function availableActions(
  e: Pick<EntitlementRow, 'status'>,
  hasPermission: (p: Permission) => boolean,
): EntitlementActions {
  return {
    business: e.status === 'pending-approval' && hasPermission(PERM.subsidies.review),
    finance: e.status === 'business-approved' && hasPermission(PERM.subsidies.finance),
    disburse: e.status === 'approved' && hasPermission(PERM.subsidies.disburse),
    cancel: !FINAL.includes(e.status) && hasPermission(PERM.subsidies.review),
  };
}

/** The approval request; `expectedVersion` is the version the official was shown. */
export function toApproveRequest(
  step: ApprovalStep,
  decision: 'approve' | 'reject',
  comment: string,
  expectedVersion: number,
): Api.Subsidies.ApproveRequest {
  const trimmed = comment.trim();
  return { step, decision, ...(trimmed ? { comment: trimmed } : {}), expectedVersion };
}

export interface DisburseModel {
  voucherNo: string;
  paidOn: string;
}

export type DisburseParse = { ok: true; request: Api.Subsidies.DisburseRequest } | { ok: false; message: string };

export function toDisburseRequest(model: DisburseModel, expectedVersion: number): DisburseParse {
  if (!model.voucherNo.trim()) return { ok: false, message: translate('subsidies.detail.voucherRequired') };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(model.paidOn)) return { ok: false, message: translate('subsidies.detail.paidOnRequired') };
  return { ok: true, request: { voucherNo: model.voucherNo.trim(), paidOn: model.paidOn, expectedVersion } };
}

/**
 * The record changed under the official (stale `expectedVersion`, or a concurrent write): 409 `CONFLICT`. The page
 * then says “已被他人处理，请刷新后重试” and reloads.
 */
export function isStaleConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.code === 'CONFLICT';
}

/** The steps, oldest first (the timeline reads top-down). */
export function sortedSteps(steps: readonly Api.Subsidies.Step[]): Api.Subsidies.Step[] {
  return [...steps].sort((a, b) => a.at.localeCompare(b.at));
}

/** Where the record stands in the flow (el-steps `active`), -1 when rejected or cancelled. */
export const FLOW: readonly Api.Subsidies.Status[] = ['pending-publicity', 'in-publicity', 'pending-approval', 'business-approved', 'approved', 'disbursed'];

export function flowIndex(status: Api.Subsidies.Status): number {
  if (status === 'objected') return FLOW.indexOf('in-publicity');
  if (status === 'disbursed') return FLOW.length;
  return FLOW.indexOf(status);
}
