import type { Permission } from '@ladder/shared-permissions';

import { useAuthStore } from '@/store/auth';

/** `hasPermission()` for buttons and code paths (cf. soybean `src/hooks/business/auth.ts`). */
export function usePermission(): { hasPermission: (required: Permission | readonly Permission[]) => boolean } {
  const auth = useAuthStore();
  return { hasPermission: (required) => auth.hasPermission(required) };
}
