import type { Permission } from '@ladder/shared-permissions';

/**
 * The one permission check of the console: `required` is a code or a list of codes of which any one suffices;
 * an empty list or `undefined` means "no permission needed".
 */
export function hasAnyPermission(
  granted: readonly string[],
  required: Permission | readonly Permission[] | undefined,
): boolean {
  if (required === undefined) return true;
  const list: readonly Permission[] = typeof required === 'string' ? [required] : required;
  if (list.length === 0) return true;
  return list.some((p) => granted.includes(p));
}
