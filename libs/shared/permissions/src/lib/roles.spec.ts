import { ALL_PERMISSIONS, PERM, isPermission } from './permissions';
import type { Permission } from './permissions';
import { ROLES, ROLE_DEFINITIONS, checkRoleCombination, hasPermission, isRole, permissionsOf } from './roles';
import type { Role } from './roles';

const SYSTEM_ROLES: readonly Role[] = ['sys-admin', 'security-admin', 'audit-admin'];
const BUSINESS_ROLES: readonly Role[] = ROLES.filter((r) => !SYSTEM_ROLES.includes(r));
const COUNTY_ROLES: readonly Role[] = ['county-operator', 'county-approver'];
const CITY_BUSINESS_ROLES: readonly Role[] = BUSINESS_ROLES.filter((r) => !COUNTY_ROLES.includes(r));

/** Business permissions: everything on the enterprise pool and the dashboard. */
const isBusinessPermission = (p: Permission): boolean =>
  p.startsWith('enterprise:') || p === PERM.dashboard.read;

const pairs = <T>(items: readonly T[]): [T, T][] =>
  items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));

describe('三员分立 — system administration roles', () => {
  it('should mark exactly sys-admin, security-admin and audit-admin as system roles when defined', () => {
    // Act
    const systemRoles = ROLES.filter((r) => ROLE_DEFINITIONS[r].systemAdmin);

    // Assert
    expect([...systemRoles].sort()).toEqual([...SYSTEM_ROLES].sort());
  });

  it.each(pairs(SYSTEM_ROLES))('should give %s none of the permissions of %s (and vice versa)', (a, b) => {
    // Act
    const pa = ROLE_DEFINITIONS[a].permissions;
    const pb = ROLE_DEFINITIONS[b].permissions;

    // Assert
    expect(pa.filter((p) => pb.includes(p))).toEqual([]);
  });

  it.each(SYSTEM_ROLES)('should give %s no business permission', (role) => {
    // Act
    const business = ROLE_DEFINITIONS[role].permissions.filter(isBusinessPermission);

    // Assert
    expect(business).toEqual([]);
    expect(ROLE_DEFINITIONS[role].permissions).not.toContain(PERM.dashboard.read);
    expect(ROLE_DEFINITIONS[role].permissions.length).toBeGreaterThan(0);
  });

  it.each([
    ['sys-admin', PERM.account.manage],
    ['security-admin', PERM.role.assign],
    ['audit-admin', PERM.audit.read],
  ] as const)('should give %s its own duty %s and no other system role that duty', (role, duty) => {
    // Act
    const holders = ROLES.filter((r) => ROLE_DEFINITIONS[r].permissions.includes(duty));

    // Assert
    expect(holders).toEqual([role]);
  });

  it.each(SYSTEM_ROLES)('should keep %s city-wide when defined', (role) => {
    // Act / Assert
    expect(ROLE_DEFINITIONS[role].countyScoped).toBe(false);
  });

  it.each(BUSINESS_ROLES)('should give business role %s no system-administration duty', (role) => {
    // Act
    const duties = ROLE_DEFINITIONS[role].permissions.filter((p) =>
      ([PERM.account.manage, PERM.role.assign, PERM.audit.read] as readonly Permission[]).includes(p),
    );

    // Assert
    expect(duties).toEqual([]);
    expect(ROLE_DEFINITIONS[role].systemAdmin).toBe(false);
  });
});

describe('checkRoleCombination', () => {
  it('should allow no role when the list is empty', () => {
    // Act / Assert
    expect(checkRoleCombination([])).toBeNull();
  });

  it.each([...ROLES])('should allow %s when held alone', (role) => {
    // Act / Assert
    expect(checkRoleCombination([role])).toBeNull();
  });

  const systemWithOther = SYSTEM_ROLES.flatMap((admin) =>
    ROLES.filter((r) => r !== admin).map((other): [Role, Role] => [admin, other]),
  );

  it.each(systemWithOther)('should reject system role %s combined with %s', (admin, other) => {
    // Act
    const forward = checkRoleCombination([admin, other]);
    const backward = checkRoleCombination([other, admin]);

    // Assert
    for (const reason of [forward, backward]) {
      expect(reason).not.toBeNull();
      expect(reason).toContain('三员分立');
      expect(reason).toContain(ROLE_DEFINITIONS[admin].zh);
    }
  });

  it('should reject all three system roles held together when combined', () => {
    // Act
    const reason = checkRoleCombination(['sys-admin', 'security-admin', 'audit-admin']);

    // Assert
    expect(reason).toContain('系统管理员');
    expect(reason).toContain('安全管理员');
    expect(reason).toContain('审计管理员');
  });

  it.each(SYSTEM_ROLES)('should reject system role %s combined with several business roles', (admin) => {
    // Act / Assert
    expect(checkRoleCombination(['gxj-operator', admin, 'finance-officer'])).toContain('三员分立');
  });

  const countyWithCity = COUNTY_ROLES.flatMap((county) =>
    CITY_BUSINESS_ROLES.map((city): [Role, Role] => [county, city]),
  );

  it.each(countyWithCity)('should reject county role %s mixed with city role %s', (county, city) => {
    // Act / Assert
    expect(checkRoleCombination([county, city])).toBe('县（市、区）角色不能与全市角色兼任');
    expect(checkRoleCombination([city, county])).toBe('县（市、区）角色不能与全市角色兼任');
  });

  it('should allow county-operator with county-approver when both are county roles', () => {
    // Act / Assert
    expect(checkRoleCombination(['county-operator', 'county-approver'])).toBeNull();
  });

  it.each(pairs(CITY_BUSINESS_ROLES))('should allow city roles %s and %s together', (a, b) => {
    // Act / Assert
    expect(checkRoleCombination([a, b])).toBeNull();
  });

  it('should allow every city business role together when none is a county or system role', () => {
    // Act / Assert
    expect(checkRoleCombination(CITY_BUSINESS_ROLES)).toBeNull();
  });
});

describe('county scope', () => {
  it('should scope exactly county-operator and county-approver to a county when defined', () => {
    // Act
    const scoped = ROLES.filter((r) => ROLE_DEFINITIONS[r].countyScoped);

    // Assert
    expect([...scoped].sort()).toEqual(['county-approver', 'county-operator']);
  });

  it.each(COUNTY_ROLES)('should not let county role %s remove enterprises or see system health', (role) => {
    // Act
    const perms = ROLE_DEFINITIONS[role].permissions;

    // Assert
    expect(perms).not.toContain(PERM.enterprise.remove);
    expect(perms).not.toContain(PERM.system.health);
  });
});

describe('role definitions', () => {
  it.each([...ROLES])('should define %s consistently when looked up', (role) => {
    // Act
    const def = ROLE_DEFINITIONS[role];

    // Assert
    expect(def.role).toBe(role);
    expect(def.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(def.department.length).toBeGreaterThan(0);
    for (const p of def.permissions) expect(isPermission(p)).toBe(true);
    expect(new Set(def.permissions).size).toBe(def.permissions.length);
  });

  it('should define every role in ROLES and nothing else when ROLE_DEFINITIONS is read', () => {
    // Act / Assert
    expect(Object.keys(ROLE_DEFINITIONS).sort()).toEqual([...ROLES].sort());
  });

  it('should grant every permission to some role when all roles are considered', () => {
    // Act
    const granted = permissionsOf(ROLES);

    // Assert
    expect(granted).toEqual([...ALL_PERMISSIONS].sort());
  });

  it.each(['gxj-operator', 'county-operator', 'toString', '', 'SYS-ADMIN'])(
    'should recognise %p as a role only when listed',
    (value) => {
      // Act / Assert
      expect(isRole(value)).toBe((ROLES as readonly string[]).includes(value));
    },
  );
});

describe('permissionsOf', () => {
  it('should return an empty list when no role is given', () => {
    // Act / Assert
    expect(permissionsOf([])).toEqual([]);
  });

  it.each([...ROLES])('should return the sorted permissions of %s when given one role', (role) => {
    // Act
    const result = permissionsOf([role]);

    // Assert
    expect(result).toEqual([...new Set(ROLE_DEFINITIONS[role].permissions)].sort());
  });

  it.each(pairs(ROLES))('should return the sorted, de-duplicated union when given %s and %s', (a, b) => {
    // Arrange
    const expected = [
      ...new Set([...ROLE_DEFINITIONS[a].permissions, ...ROLE_DEFINITIONS[b].permissions]),
    ].sort();

    // Act
    const result = permissionsOf([a, b]);

    // Assert
    expect(result).toEqual(expected);
    expect(new Set(result).size).toBe(result.length);
    expect([...result].sort()).toEqual(result);
  });

  it('should ignore a repeated role when the same role is given twice', () => {
    // Act / Assert
    expect(permissionsOf(['gxj-operator', 'gxj-operator'])).toEqual(permissionsOf(['gxj-operator']));
  });

  it('should not depend on the order of the roles when given in reverse', () => {
    // Act / Assert
    expect(permissionsOf(['finance-officer', 'gxj-operator', 'audit-admin'])).toEqual(
      permissionsOf(['audit-admin', 'gxj-operator', 'finance-officer']),
    );
  });
});

describe('hasPermission', () => {
  it('should find a permission when it is granted', () => {
    // Act / Assert
    expect(hasPermission(permissionsOf(['gxj-operator']), PERM.enterprise.remove)).toBe(true);
  });

  it('should not find a permission when it is not granted', () => {
    // Act / Assert
    expect(hasPermission(permissionsOf(['county-approver']), PERM.enterprise.write)).toBe(false);
    expect(hasPermission([], PERM.dashboard.read)).toBe(false);
  });
});
