import type { ErrorCodeInfo } from '../common/errors';

export const TIERING_ERROR_CODES = {
  TIERING_ENTERPRISE_UNKNOWN: { status: 404, zh: '评价服务尚未收到该企业的数据' },
  TIERING_EVALUATION_NOT_FOUND: { status: 404, zh: '该企业尚无评价结果' },
  TIERING_RECOMMENDATION_NOT_FOUND: { status: 404, zh: '未找到该推荐记录' },
  TIERING_RECOMMENDATION_STATE: { status: 409, zh: '推荐记录当前状态不允许该操作' },
  TIERING_RECOMMENDATION_DUPLICATE: { status: 409, zh: '该企业本批次已有同一层级的推荐' },
  TIERING_MAKER_CHECKER: { status: 403, zh: '经办与审核不能为同一人' },
  TIERING_NOT_ELIGIBLE: { status: 409, zh: '该企业不符合推荐条件' },
  TIERING_BARRED: { status: 409, zh: '该企业因数据造假被撤销称号，三年内不得再次申报' },
  TIERING_CERTIFICATION_NOT_FOUND: { status: 404, zh: '未找到该认定记录' },
  TIERING_CERTIFICATION_STATE: { status: 409, zh: '认定记录当前状态不允许该操作' },
  TIERING_JOB_NOT_FOUND: { status: 404, zh: '未找到该任务' },
  TIERING_JOB_RUNNING: { status: 409, zh: '已有评价任务正在运行，请稍后再试' },
  TIERING_RULE_VERSION_UNKNOWN: { status: 400, zh: '未知的规则版本' },
} as const satisfies Record<string, ErrorCodeInfo>;
