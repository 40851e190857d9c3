import { COMMON_ERROR_CODES } from '../common/errors';
import type { ErrorCodeInfo } from '../common/errors';
import { GUARANTEES_ERROR_CODES } from '../guarantees/guarantees.errors';
import { REGISTRY_ERROR_CODES } from '../registry/registry.errors';
import { SERVICEDESK_ERROR_CODES } from '../servicedesk/servicedesk.errors';
import { PROCUREMENT_ERROR_CODES } from '../procurement/procurement.errors';
import { SUBSIDIES_ERROR_CODES } from '../subsidies/subsidies.errors';
import { TALENT_ERROR_CODES } from '../talent/talent.errors';
import { TIERING_ERROR_CODES } from '../tiering/tiering.errors';

/** Every error code of every service, with its HTTP status and Chinese default message. */
export const ERROR_CODES = {
  ...COMMON_ERROR_CODES,
  ...REGISTRY_ERROR_CODES,
  ...TIERING_ERROR_CODES,
  ...SUBSIDIES_ERROR_CODES,
  ...SERVICEDESK_ERROR_CODES,
  ...GUARANTEES_ERROR_CODES,
  ...PROCUREMENT_ERROR_CODES,
  ...TALENT_ERROR_CODES,
} as const satisfies Record<
  string,
  ErrorCodeInfo
>;

export type ErrorCode = keyof typeof ERROR_CODES;

export function errorCodeInfo(code: string): ErrorCodeInfo {
  // Own keys only: "toString" or "constructor" must not resolve to Object.prototype members.
  const info = Object.hasOwn(ERROR_CODES, code) ? (ERROR_CODES as Record<string, ErrorCodeInfo>)[code] : undefined;
  return info ?? COMMON_ERROR_CODES.INTERNAL;
}
