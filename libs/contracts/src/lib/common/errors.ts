/**
 * Errors travel as codes, not prose: `{ code, message, details }`. The message is the Chinese default for
 * the console; the code decides the HTTP status at the gateway and the i18n key (`error.<CODE>`) in the UI.
 */
export const COMMON_ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, zh: '提交的数据不符合要求' },
  MALFORMED_REQUEST: { status: 400, zh: '请求格式错误' },
  UNAUTHORIZED: { status: 401, zh: '请先登录' },
  SESSION_EXPIRED: { status: 401, zh: '登录已超时，请重新登录' },
  FORBIDDEN: { status: 403, zh: '无权执行该操作' },
  OUT_OF_SCOPE: { status: 403, zh: '该企业不属于您所辖县（市、区），无权访问' },
  NOT_FOUND: { status: 404, zh: '记录不存在' },
  CONFLICT: { status: 409, zh: '数据已被他人修改，请刷新后重试' },
  ACCOUNT_LOCKED: { status: 423, zh: '连续登录失败次数过多，账号已临时锁定' },
  SERVICE_UNAVAILABLE: { status: 503, zh: '服务暂不可用，请稍后重试' },
  TIMEOUT: { status: 504, zh: '服务响应超时，请稍后重试' },
  INTERNAL: { status: 500, zh: '系统内部错误' },
} as const;

export type CommonErrorCode = keyof typeof COMMON_ERROR_CODES;

export interface ErrorCodeInfo {
  readonly status: number;
  readonly zh: string;
}

export interface ErrorDetail {
  /** Dotted path of the field, e.g. `annual.operatingRevenue`. */
  readonly field?: string;
  readonly constraint?: string;
  readonly message: string;
  readonly row?: number;
}

/** The wire shape of every error, over NATS and over HTTP. */
export interface ErrorPayload {
  readonly code: string;
  readonly message: string;
  readonly details?: readonly ErrorDetail[];
}

export function isErrorPayload(value: unknown): value is ErrorPayload {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}
