import type { Permission } from '@ladder/shared-permissions';
import type { RouteLocationNormalized, RouteLocationRaw, Router } from 'vue-router';

import { firstAccessiblePath } from '@/layouts/menu';
import { translate } from '@/locales';
import { useAuthStore } from '@/store/auth';
import { hasAnyPermission } from '@/utils/permission';

export interface AccessState {
  readonly loggedIn: boolean;
  readonly permissions: readonly Permission[];
}

type Target = Pick<RouteLocationNormalized, 'meta' | 'fullPath' | 'name' | 'query'>;

/**
 * What the guard does for a navigation: `true` lets it through; otherwise the place to go — the login page
 * (remembering where the user wanted to go) or the 403 page.
 */
export function resolveAccess(to: Target, state: AccessState): true | RouteLocationRaw {
  if (to.meta.public) {
    if (to.name === 'login' && state.loggedIn) {
      const redirect = typeof to.query['redirect'] === 'string' ? to.query['redirect'] : '/';
      return redirect.startsWith('/') && !redirect.startsWith('//') ? redirect : '/';
    }
    return true;
  }
  if (!state.loggedIn) {
    return { name: 'login', query: to.fullPath && to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
  }
  if (to.name === 'home') return firstAccessiblePath(state.permissions);
  if (!hasAnyPermission(state.permissions, to.meta.permission)) {
    return { name: 'forbidden', query: { from: to.fullPath } };
  }
  return true;
}

export function setupGuards(router: Router): void {
  router.beforeEach((to) => {
    const auth = useAuthStore();
    return resolveAccess(to, { loggedIn: auth.isLoggedIn, permissions: auth.permissions });
  });
  router.afterEach((to) => {
    const app = translate('app.title');
    document.title = to.meta.title ? `${translate(to.meta.title)} - ${app}` : app;
  });
}
