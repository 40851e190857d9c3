import type { ErrorCodeInfo } from '../common/errors';

export const PROCUREMENT_ERROR_CODES = {
  PROCUREMENT_INVALID_REQUEST: { status: 400, zh: '测算请求不符合格式' },
  PROCUREMENT_CALENDAR_NOT_LOADED: { status: 409, zh: '工作日历未加载该年度的节假日安排' },
  PROCUREMENT_CONTRACT_NOT_FOUND: { status: 404, zh: '未找到该合同' },
  PROCUREMENT_CONTRACT_EXISTS: { status: 409, zh: '该合同编号已登记' },
  PROCUREMENT_CONTRACT_STATE: { status: 409, zh: '合同当前状态不允许该操作' },
  PROCUREMENT_PAYMENT_EXCEEDS: { status: 409, zh: '已付合计将超过合同应付金额' },
  PROCUREMENT_COMPLAINT_NOT_FOUND: { status: 404, zh: '未找到该投诉' },
  PROCUREMENT_COMPLAINT_STATE: { status: 409, zh: '投诉当前状态不允许该操作' },
} as const satisfies Record<string, ErrorCodeInfo>;
