import type { Permission } from '@ladder/shared-permissions';
import type { Directive, DirectiveBinding } from 'vue';

import { useAuthStore } from '@/store/auth';

export type PermissionValue = Permission | readonly Permission[];

function apply(el: HTMLElement, binding: DirectiveBinding<PermissionValue>): void {
  if (!useAuthStore().hasPermission(binding.value)) el.parentNode?.removeChild(el);
}

/**
 * `v-permission="PERM.enterprise.write"` removes the element when the user lacks the permission (a list means
 * any of them). Cf. vben `packages/effects/access/src/directive.ts`.
 */
export const vPermission: Directive<HTMLElement, PermissionValue> = {
  mounted: apply,
};

declare module 'vue' {
  interface GlobalDirectives {
    vPermission: typeof vPermission;
  }
}
