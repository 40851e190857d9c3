import { PERM, permissionsOf } from '@ladder/shared-permissions';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h, withDirectives } from 'vue';

import { vPermission } from '@/directives/permission';
import { filterMenu, firstAccessiblePath, MENU } from '@/layouts/menu';
import { resolveAccess } from '@/router/guard';
import { routes } from '@/router/routes';
import { useAuthStore } from '@/store/auth';

import { hasAnyPermission } from './permission';

const user = (roles: Parameters<typeof permissionsOf>[0], countyCode: string | null = null): Api.Auth.User => ({
  id: 'u1',
  username: 'u1',
  displayName: '张三',
  department: '市工信局',
  roles: [...roles],
  countyCode,
  permissions: permissionsOf(roles),
});

describe('hasAnyPermission', () => {
  it('should grant when the code is held', () => {
    expect(hasAnyPermission([PERM.enterprise.read], PERM.enterprise.read)).toBe(true);
  });

  it('should refuse when the code is missing', () => {
    expect(hasAnyPermission([PERM.enterprise.read], PERM.enterprise.write)).toBe(false);
  });

  it('should grant a list when any one code is held, and when nothing is required', () => {
    expect(hasAnyPermission([PERM.audit.read], [PERM.account.manage, PERM.audit.read])).toBe(true);
    expect(hasAnyPermission([], undefined)).toBe(true);
    expect(hasAnyPermission([], [])).toBe(true);
  });
});

describe('auth store', () => {
  beforeEach(() => {
    sessionStorage.clear();
    setActivePinia(createPinia());
  });

  it('should answer hasPermission from the signed-in user and forget it on clearSession', () => {
    // Arrange
    const auth = useAuthStore();

    // Act
    auth.setSession('t', user(['county-operator'], '350404'));

    // Assert
    expect(auth.hasPermission(PERM.enterprise.write)).toBe(true);
    expect(auth.hasPermission(PERM.enterprise.remove)).toBe(false);
    expect(auth.scopedCountyCode).toBe('350404');
    expect(sessionStorage.getItem('ladder.console.token')).toBe('t');
    auth.clearSession();
    expect(auth.hasPermission(PERM.enterprise.read)).toBe(false);
    expect(sessionStorage.getItem('ladder.console.token')).toBeNull();
  });

  it('should not scope a city-wide user to a county', () => {
    const auth = useAuthStore();
    auth.setSession('t', user(['gxj-operator'], '350404'));
    expect(auth.scopedCountyCode).toBeNull();
  });
});

describe('menu and route guard', () => {
  it('should show only the system entries a security administrator may open', () => {
    // Act
    const menu = filterMenu(MENU, permissionsOf(['security-admin']));

    // Assert
    expect(menu.map((m) => m.title)).toEqual(['menu.system']);
    expect(menu[0]?.children?.map((c) => c.path)).toEqual(['/system/roles']);
    expect(firstAccessiblePath(permissionsOf(['security-admin']))).toBe('/system/roles');
    expect(firstAccessiblePath(permissionsOf(['gxj-operator']))).toBe('/dashboard');
    expect(firstAccessiblePath([])).toBe('/403');
  });

  it('should show the ladder group to business roles, with the actions only where the role has them', () => {
    const titles = (roles: Parameters<typeof permissionsOf>[0]): string[] =>
      filterMenu(MENU, permissionsOf(roles))
        .find((m) => m.title === 'menu.tiering')
        ?.children?.map((c) => c.path) ?? [];
    expect(titles(['county-operator'])).toEqual([
      '/tiering/pool',
      '/tiering/recommendations',
      '/tiering/certifications',
      '/tiering/targets',
      '/tiering/shadow',
      '/tiering/liaisons',
    ]);
    expect(titles(['sys-admin'])).toEqual([]);
    expect(firstAccessiblePath(permissionsOf(['county-operator']))).toBe('/dashboard');
  });

  it('should keep the what-if page to roles that may evaluate', () => {
    const route = routes.flatMap((r) => r.children ?? []).find((r) => r.name === 'tiering-what-if');
    const target = { meta: route?.meta ?? {}, fullPath: '/tiering/what-if/X', name: 'tiering-what-if', query: {} };
    expect(route?.meta?.permission).toBe(PERM.tiering.evaluate);
    expect(resolveAccess(target, { loggedIn: true, permissions: permissionsOf(['county-operator']) })).toBe(true);
    expect(resolveAccess(target, { loggedIn: true, permissions: permissionsOf(['finance-officer']) })).toEqual({
      name: 'forbidden',
      query: { from: '/tiering/what-if/X' },
    });
  });

  it('should send a signed-out user to the login page with the wanted address', () => {
    const decision = resolveAccess(
      { meta: { permission: PERM.enterprise.read }, fullPath: '/enterprises?q=a', name: 'enterprise-list', query: {} },
      { loggedIn: false, permissions: [] },
    );
    expect(decision).toEqual({ name: 'login', query: { redirect: '/enterprises?q=a' } });
  });

  it('should send a user without the permission to the 403 page', () => {
    const decision = resolveAccess(
      { meta: { permission: PERM.audit.read }, fullPath: '/system/audit', name: 'system-audit', query: {} },
      { loggedIn: true, permissions: permissionsOf(['sys-admin']) },
    );
    expect(decision).toEqual({ name: 'forbidden', query: { from: '/system/audit' } });
  });

  it('should let a user with the permission through, and keep public pages open', () => {
    const permissions = permissionsOf(['audit-admin']);
    expect(
      resolveAccess(
        { meta: { permission: PERM.audit.read }, fullPath: '/system/audit', name: 'system-audit', query: {} },
        { loggedIn: true, permissions },
      ),
    ).toBe(true);
    expect(resolveAccess({ meta: { public: true }, fullPath: '/login', name: 'login', query: {} }, { loggedIn: false, permissions })).toBe(
      true,
    );
  });
});

describe('v-permission', () => {
  beforeEach(() => {
    sessionStorage.clear();
    setActivePinia(createPinia());
  });

  const Buttons = defineComponent({
    setup() {
      return () =>
        h('div', [
          withDirectives(h('button', { id: 'write' }, 'write'), [[vPermission, PERM.enterprise.write]]),
          withDirectives(h('button', { id: 'remove' }, 'remove'), [[vPermission, PERM.enterprise.remove]]),
          withDirectives(h('button', { id: 'any' }, 'any'), [[vPermission, [PERM.enterprise.remove, PERM.enterprise.read]]]),
        ]);
    },
  });

  it('should remove the buttons the user may not use', () => {
    // Arrange
    useAuthStore().setSession('t', user(['county-operator'], '350404'));

    // Act
    const wrapper = mount(Buttons);

    // Assert
    expect(wrapper.find('#write').exists()).toBe(true);
    expect(wrapper.find('#remove').exists()).toBe(false);
    expect(wrapper.find('#any').exists()).toBe(true);
  });
});
