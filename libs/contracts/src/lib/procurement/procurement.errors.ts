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
  PROCUREMENT_PROJECT_NOT_FOUND: { status: 404, zh: '未找到该采购项目' },
  PROCUREMENT_PROJECT_EXISTS: { status: 409, zh: '该项目编号已登记' },
  PROCUREMENT_PROJECT_INVALID: { status: 400, zh: '采购项目信息不完整或不一致' },
  PROCUREMENT_PROJECT_STATE: { status: 409, zh: '采购项目当前状态不允许该操作' },
  PROCUREMENT_BID_NOT_FOUND: { status: 404, zh: '未找到该投标' },
  PROCUREMENT_IMPORT_TEMPLATE: { status: 400, zh: '文件不是政府采购监测导入模板' },
  PROCUREMENT_IMPORT_NOT_FOUND: { status: 404, zh: '未找到该导入批次' },
  PROCUREMENT_IMPORT_STATE: { status: 409, zh: '导入批次当前状态不允许该操作' },
} as const satisfies Record<string, ErrorCodeInfo>;
