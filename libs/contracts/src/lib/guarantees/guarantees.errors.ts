import type { ErrorCodeInfo } from '../common/errors';

export const GUARANTEES_ERROR_CODES = {
  GUARANTEES_NOT_ELIGIBLE: { status: 409, zh: '按政策不符合政府性融资担保贷款条件' },
  GUARANTEES_CEILING_EXCEEDED: { status: 409, zh: '超出该企业的政府性融资担保贷款额度' },
  GUARANTEES_APPLICATION_NOT_FOUND: { status: 404, zh: '未找到该担保申请' },
  GUARANTEES_APPLICATION_STATE: { status: 409, zh: '担保申请当前状态不允许该操作' },
  GUARANTEES_MAKER_CHECKER: { status: 403, zh: '经办与审批不能为同一人' },
  GUARANTEES_ORGANISATION_NOT_FOUND: { status: 404, zh: '未找到该机构' },
  GUARANTEES_ORGANISATION_SCOPE: { status: 403, zh: '您不属于该机构，无权办理或查看其业务' },
  GUARANTEES_ENTERPRISE_UNKNOWN: { status: 404, zh: '尚未收到该企业的称号信息' },
  GUARANTEES_WHITELIST_STATE: { status: 409, zh: '该企业的“白名单”状态不允许该操作' },
  GUARANTEES_AMOUNT_INVALID: { status: 400, zh: '金额不正确' },
} as const satisfies Record<string, ErrorCodeInfo>;
