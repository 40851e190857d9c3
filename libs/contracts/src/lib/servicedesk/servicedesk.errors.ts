import type { ErrorCodeInfo } from '../common/errors';

export const SERVICEDESK_ERROR_CODES = {
  SERVICEDESK_APPEAL_NOT_FOUND: { status: 404, zh: '未找到该诉求' },
  SERVICEDESK_APPEAL_STATE: { status: 409, zh: '诉求当前状态不允许该操作' },
  SERVICEDESK_DEPARTMENT_UNKNOWN: { status: 400, zh: '未知的责任单位' },
  SERVICEDESK_NOT_YOUR_DEPARTMENT: { status: 403, zh: '该诉求不属于您所在单位办理' },
  SERVICEDESK_MAKER_CHECKER: { status: 403, zh: '承诺办结日须由另一名市工信局审核人批准，申请人不能批准自己的申请' },
  SERVICEDESK_COMMITMENT_INVALID: { status: 400, zh: '承诺办结日不符合要求' },
  SERVICEDESK_ENTERPRISE_UNKNOWN: { status: 404, zh: '未找到该企业（尚未收到企业培育库的登记信息）' },
  SERVICEDESK_VISIT_NOT_FOUND: { status: 404, zh: '未找到该走访记录' },
  SERVICEDESK_MEETING_NOT_FOUND: { status: 404, zh: '未找到该面对面协调会' },
  SERVICEDESK_CALENDAR_NOT_LOADED: { status: 409, zh: '工作日历未加载该年度的节假日安排' },
} as const satisfies Record<string, ErrorCodeInfo>;
