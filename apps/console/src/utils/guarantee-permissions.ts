import { PERM } from '@ladder/shared-permissions';
import type { Permission } from '@ladder/shared-permissions';

/**
 * Who sees the 担保测算 page: the regulator and the guarantor's staff. A partner bank's menu shows only what a bank
 * may see — the white list and its own loans (issue 10) — although the API would answer its 测算 too.
 */
export const GUARANTEE_COMPUTE_PERMISSIONS: readonly Permission[] = [
  PERM.guarantees.whitelist,
  PERM.guarantees.apply,
  PERM.guarantees.approve,
  PERM.guarantees.exposure,
];

/**
 * Who sees 信贷产品与融资对接 (S-49a): those who record financing needs (liaisons, 工信 offices, 市金融监管局) and the
 * guarantor's staff; not a partner bank's menu.
 */
export const GUARANTEE_FINANCING_PERMISSIONS: readonly Permission[] = [PERM.guarantees.need, ...GUARANTEE_COMPUTE_PERMISSIONS];
