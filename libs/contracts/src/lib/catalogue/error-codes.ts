import { COMMON_ERROR_CODES } from '../common/errors';
import type { ErrorCodeInfo } from '../common/errors';
import { REGISTRY_ERROR_CODES } from '../registry/registry.errors';

/** Every error code of every service, with its HTTP status and Chinese default message. */
export const ERROR_CODES = { ...COMMON_ERROR_CODES, ...REGISTRY_ERROR_CODES } as const satisfies Record<
  string,
  ErrorCodeInfo
>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function errorCodeInfo(code: string): ErrorCodeInfo {
  return (ERROR_CODES as Record<string, ErrorCodeInfo>)[code] ?? COMMON_ERROR_CODES.INTERNAL;
}
