import type { ErrorCodeInfo } from '../common/errors';

export const SUBSIDIES_ERROR_CODES = {
  SUBSIDIES_AWARD_UNKNOWN: { status: 400, zh: '未知的奖补项目' },
  SUBSIDIES_VERSION_INVALID: { status: 400, zh: '政策版本不符合要求' },
  SUBSIDIES_VERSION_NOT_FOUND: { status: 404, zh: '未找到该政策版本' },
  SUBSIDIES_VERSION_STATE: { status: 409, zh: '该政策版本已处理' },
  SUBSIDIES_FOUR_EYES: { status: 403, zh: '须由另一名人员复核，提出人不能批准自己的提议' },
  SUBSIDIES_ENTITLEMENT_NOT_FOUND: { status: 404, zh: '未找到该奖补记录' },
  SUBSIDIES_ENTITLEMENT_STATE: { status: 409, zh: '奖补记录当前状态不允许该操作' },
  SUBSIDIES_OUT_OF_ORDER: { status: 409, zh: '审批须按顺序进行：先业务审核，后财政审核' },
  SUBSIDIES_MAKER_CHECKER: { status: 403, zh: '经办与审核不能为同一人' },
  SUBSIDIES_BUDGET_MISSING: { status: 409, zh: '尚未下达该出资层级该年度的预算' },
  SUBSIDIES_BUDGET_INSUFFICIENT: { status: 409, zh: '预算余额不足' },
  SUBSIDIES_DUPLICATE: { status: 409, zh: '该企业的该项奖补已存在，不能重复' },
  SUBSIDIES_NOT_GRANTED: { status: 409, zh: '按政策计算不予奖补' },
  SUBSIDIES_PUBLICITY_NOT_FOUND: { status: 404, zh: '未找到该公示' },
  SUBSIDIES_PUBLICITY_STATE: { status: 409, zh: '公示当前状态不允许该操作' },
  SUBSIDIES_PUBLICITY_BACKDATE: { status: 400, zh: '公示开始日期不能早于今天；补录已发布的公示须填写原因并经另一名审核人员批准' },
  SUBSIDIES_OBJECTION_NOT_FOUND: { status: 404, zh: '未找到该异议' },
  SUBSIDIES_APPLICATION_NOT_FOUND: { status: 404, zh: '未找到该申请' },
  SUBSIDIES_PARK_NOT_FOUND: { status: 404, zh: '未找到该园区' },
} as const satisfies Record<string, ErrorCodeInfo>;
