import type { Actor, AppealStepDto } from '@ladder/contracts';
import { DomainException, assertInScope } from '@ladder/platform-messaging';
import { PERM, hasPermission, isRole, permissionsOf } from '@ladder/shared-permissions';
import type { Permission } from '@ladder/shared-permissions';

import type { Appeal } from './appeal.entity';

export function can(actor: Actor | undefined, permission: Permission): boolean {
  return !!actor && hasPermission(permissionsOf(actor.roles.filter(isRole)), permission);
}

/** Reads: a county account sees its county; a department handler (no triage) sees its department's appeals. */
export function assertCanSee(actor: Actor | undefined, a: Appeal): void {
  assertInScope(actor, a.countyCode);
  if (actor?.departmentCode && !can(actor, PERM.servicedesk.triage) && can(actor, PERM.servicedesk.handle)) {
    if (a.departmentCode !== actor.departmentCode) throw new DomainException('SERVICEDESK_NOT_YOUR_DEPARTMENT');
  }
}

/** The department's own steps: only a handler of the department that holds the appeal. */
export function assertHolder(actor: Actor, a: Appeal): void {
  if (!actor.departmentCode || a.departmentCode !== actor.departmentCode) {
    throw new DomainException('SERVICEDESK_NOT_YOUR_DEPARTMENT', `该诉求由${a.departmentCode ?? '（未分拨）'}办理，不属于您所在单位`);
  }
}

export function assertStatus(a: Appeal, allowed: readonly Appeal['status'][], what: string): void {
  if (!allowed.includes(a.status)) throw new DomainException('SERVICEDESK_APPEAL_STATE', `诉求${a.number}当前状态不能${what}`);
}

export const STEP_ZH: Readonly<Record<AppealStepDto['action'], string>> = {
  raised: '提出诉求',
  routed: '分拨',
  acknowledged: '签收',
  waiting: '等待企业补充',
  resumed: '企业已补充，恢复计时',
  answered: '答复',
  'commitment-requested': '申请承诺办结日',
  'commitment-approved': '批准承诺办结日',
  'commitment-rejected': '不予批准承诺办结日',
  resolved: '办结',
  rated: '企业评价',
  reopened: '不满意，重新办理',
  transferred: '转办',
  warning: '时限预警',
  escalated: '超期督办',
};

export function step(a: Appeal, action: AppealStepDto['action'], by: string, on: string, text: string): void {
  a.timeline = [...a.timeline, { at: new Date().toISOString(), on, action, actionZh: STEP_ZH[action], by, departmentCode: a.departmentCode, text }];
}
