import type { ErrorCodeInfo } from '../common/errors';

export const TALENT_ERROR_CODES = {
  TALENT_ENTERPRISE_UNKNOWN: { status: 404, zh: '未找到该企业（尚未收到企业培育库的登记信息）' },
  TALENT_PERSON_NOT_FOUND: { status: 404, zh: '未找到该人员' },
  TALENT_PERSON_DUPLICATE: { status: 409, zh: '该居民身份证号的人员已登记' },
  TALENT_PROGRAMME_NOT_FOUND: { status: 404, zh: '未找到该培训项目' },
  TALENT_SESSION_NOT_FOUND: { status: 404, zh: '未找到该培训场次' },
  TALENT_PROGRAMME_FULL: { status: 409, zh: '培训项目名额已满' },
  TALENT_NOT_ENROLLED: { status: 409, zh: '该人员未报名此培训项目' },
  TALENT_NOT_ELIGIBLE: { status: 409, zh: '企业在申请日不具备该项人才支持措施的资格' },
  TALENT_CASE_NOT_FOUND: { status: 404, zh: '未找到该申请' },
  TALENT_CASE_STATE: { status: 409, zh: '申请当前状态不允许该操作' },
  TALENT_ROUND_NOT_FOUND: { status: 404, zh: '未找到该评选（申报）批次' },
  TALENT_ROUND_CLOSED: { status: 409, zh: '不在该批次的申报期内' },
} as const satisfies Record<string, ErrorCodeInfo>;
