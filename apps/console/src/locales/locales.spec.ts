import { afterEach, describe, expect, it, vi } from 'vitest';

import { en } from './en';
import { i18n } from './index';
import { zhCN } from './zh-CN';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

/** The codes of docs/http-api.md (common, registry and tiering) plus the client's own. */
const ERROR_CODES = [
  'VALIDATION_FAILED',
  'MALFORMED_REQUEST',
  'UNAUTHORIZED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'OUT_OF_SCOPE',
  'NOT_FOUND',
  'CONFLICT',
  'ACCOUNT_LOCKED',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
  'INTERNAL',
  'REGISTRY_ENTERPRISE_EXISTS',
  'REGISTRY_ENTERPRISE_NOT_FOUND',
  'REGISTRY_ENTERPRISE_REMOVED',
  'REGISTRY_ENTERPRISE_ACTIVE',
  'REGISTRY_VERSION_CONFLICT',
  'REGISTRY_ANNUAL_DATA_INVALID',
  'REGISTRY_IMPORT_NOT_FOUND',
  'REGISTRY_IMPORT_STATE',
  'REGISTRY_IMPORT_TEMPLATE',
  'TIERING_ENTERPRISE_UNKNOWN',
  'TIERING_EVALUATION_NOT_FOUND',
  'TIERING_RECOMMENDATION_NOT_FOUND',
  'TIERING_RECOMMENDATION_STATE',
  'TIERING_RECOMMENDATION_DUPLICATE',
  'TIERING_MAKER_CHECKER',
  'TIERING_NOT_ELIGIBLE',
  'TIERING_BARRED',
  'TIERING_CERTIFICATION_NOT_FOUND',
  'TIERING_CERTIFICATION_STATE',
  'TIERING_JOB_NOT_FOUND',
  'TIERING_JOB_RUNNING',
  'TIERING_RULE_VERSION_UNKNOWN',
  'NETWORK_ERROR',
];

describe('i18n schema', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN';
    vi.restoreAllMocks();
  });

  it('should have every zh-CN key in en', () => {
    const english = new Set(keys(en));
    expect(keys(zhCN).filter((k) => !english.has(k))).toEqual([]);
  });

  it('should have no en key that zh-CN lacks', () => {
    const chinese = new Set(keys(zhCN));
    expect(keys(en).filter((k) => !chinese.has(k))).toEqual([]);
  });

  it('should have no empty text', () => {
    expect(keys(zhCN).filter((k) => !i18n.global.t(k).trim())).toEqual([]);
  });

  it('should map every documented error code to error.<CODE>', () => {
    expect(ERROR_CODES.filter((c) => !i18n.global.te(`error.${c}`, 'zh-CN') || !i18n.global.te(`error.${c}`, 'en'))).toEqual([]);
  });

  it('should compile every message in both languages without warnings', () => {
    // Arrange
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);

    // Act
    for (const locale of ['zh-CN', 'en'] as const) {
      i18n.global.locale.value = locale;
      for (const key of keys(zhCN)) i18n.global.t(key, { n: 1 });
    }

    // Assert
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });

  it('should default to Chinese', () => {
    expect(i18n.global.locale.value).toBe('zh-CN');
    expect(i18n.global.t('app.title')).toBe('三明市优质中小企业梯度培育平台');
  });
});
