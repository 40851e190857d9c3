import type { ErrorCodeInfo } from '../common/errors';

/** Error codes of the registry. The gateway maps them to HTTP; the console to `error.<CODE>`. */
export const REGISTRY_ERROR_CODES = {
  REGISTRY_ENTERPRISE_EXISTS: { status: 409, zh: '该统一社会信用代码的企业已在库中' },
  REGISTRY_ENTERPRISE_NOT_FOUND: { status: 404, zh: '未找到该企业' },
  REGISTRY_ENTERPRISE_REMOVED: { status: 409, zh: '该企业已出库，请先重新入库' },
  REGISTRY_ENTERPRISE_ACTIVE: { status: 409, zh: '该企业在库中，无需重新入库' },
  REGISTRY_VERSION_CONFLICT: { status: 409, zh: '企业信息已被他人修改，请刷新后重试' },
  REGISTRY_ANNUAL_DATA_INVALID: { status: 400, zh: '年度数据前后矛盾' },
  REGISTRY_IMPORT_NOT_FOUND: { status: 404, zh: '未找到该导入批次' },
  REGISTRY_IMPORT_STATE: { status: 409, zh: '导入批次状态不允许该操作' },
  REGISTRY_IMPORT_TEMPLATE: { status: 400, zh: '文件不是企业培育库导入模板' },
} as const satisfies Record<string, ErrorCodeInfo>;

export type RegistryErrorCode = keyof typeof REGISTRY_ERROR_CODES;
