import { PERM } from '@ladder/shared-permissions';
import type { Permission } from '@ladder/shared-permissions';
import type { RouteRecordRaw } from 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document title, breadcrumb). */
    title?: string;
    /** Permission code(s) from @ladder/shared-permissions; a list means any of them. */
    permission?: Permission | readonly Permission[];
    /** Reachable without signing in. */
    public?: boolean;
    /** Menu entry to highlight when the page itself is not in the menu. */
    activeMenu?: string;
  }
}

/** Static routes (cf. style.md #16): every page names the permission it needs. */
export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/views/login/index.vue'),
    meta: { title: 'menu.login', public: true },
  },
  {
    path: '/',
    component: () => import('@/layouts/basic-layout.vue'),
    children: [
      {
        // Resolved by the guard (after sign-in), not by a route redirect: vue-router evaluates redirects
        // before any guard runs, i.e. before it knows the user's permissions.
        path: '',
        name: 'home',
        component: () => import('@/views/exception/403.vue'),
      },
      {
        path: 'dashboard',
        name: 'dashboard',
        component: () => import('@/views/dashboard/index.vue'),
        meta: { title: 'menu.dashboard', permission: PERM.dashboard.read },
      },
      {
        path: 'enterprises',
        name: 'enterprise-list',
        component: () => import('@/views/enterprise/list/index.vue'),
        meta: { title: 'menu.enterpriseList', permission: PERM.enterprise.read },
      },
      {
        path: 'enterprises/new',
        name: 'enterprise-create',
        component: () => import('@/views/enterprise/edit/index.vue'),
        meta: { title: 'menu.enterpriseCreate', permission: PERM.enterprise.write },
      },
      {
        path: 'enterprises/import',
        name: 'enterprise-import',
        component: () => import('@/views/enterprise/import/index.vue'),
        meta: { title: 'menu.enterpriseImport', permission: PERM.enterprise.import },
      },
      {
        path: 'enterprises/:uscc',
        name: 'enterprise-detail',
        component: () => import('@/views/enterprise/detail/index.vue'),
        meta: { title: 'menu.enterpriseDetail', permission: PERM.enterprise.read, activeMenu: '/enterprises' },
      },
      {
        path: 'enterprises/:uscc/edit',
        name: 'enterprise-edit',
        component: () => import('@/views/enterprise/edit/index.vue'),
        meta: { title: 'menu.enterpriseEdit', permission: PERM.enterprise.write, activeMenu: '/enterprises' },
      },
      {
        path: 'system/accounts',
        name: 'system-accounts',
        component: () => import('@/views/system/accounts/index.vue'),
        meta: { title: 'menu.accounts', permission: PERM.account.manage },
      },
      {
        path: 'system/roles',
        name: 'system-roles',
        component: () => import('@/views/system/roles/index.vue'),
        meta: { title: 'menu.roles', permission: PERM.role.assign },
      },
      {
        path: 'system/audit',
        name: 'system-audit',
        component: () => import('@/views/system/audit/index.vue'),
        meta: { title: 'menu.audit', permission: PERM.audit.read },
      },
      {
        path: 'system/health',
        name: 'system-health',
        component: () => import('@/views/system/health/index.vue'),
        meta: { title: 'menu.health', permission: PERM.system.health },
      },
      {
        path: '403',
        name: 'forbidden',
        component: () => import('@/views/exception/403.vue'),
        meta: { title: 'menu.forbidden' },
      },
      {
        path: ':pathMatch(.*)*',
        name: 'not-found',
        component: () => import('@/views/exception/404.vue'),
        meta: { title: 'menu.notFound' },
      },
    ],
  },
];
