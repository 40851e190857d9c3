import { PERM } from './permissions';
import type { Permission } from './permissions';

/**
 * Roles by department (design.md) plus the three system administrators of 三员分立, who hold no business
 * permission and none of each other's.
 */
export const ROLES = [
  'gxj-operator',
  'gxj-approver',
  'county-operator',
  'county-approver',
  'finance-officer',
  'finance-approver',
  'guarantee-officer',
  'guarantor-officer',
  'guarantor-approver',
  'bank-officer',
  'talent-officer',
  'commerce-officer',
  'dept-handler',
  'sys-admin',
  'security-admin',
  'audit-admin',
] as const;

export type Role = (typeof ROLES)[number];

export interface RoleDefinition {
  readonly role: Role;
  readonly zh: string;
  readonly en: string;
  readonly department: string;
  /** County-scoped roles act only on enterprises of the account's county. */
  readonly countyScoped: boolean;
  /** Department-scoped roles act only on the service-desk appeals of the account's department. */
  readonly departmentScoped?: boolean;
  /** One of the three separated system-administration roles. */
  readonly systemAdmin: boolean;
  readonly permissions: readonly Permission[];
}

const READ_POOL: readonly Permission[] = [
  PERM.enterprise.read,
  PERM.enterprise.export,
  PERM.dashboard.read,
  PERM.tiering.read,
  PERM.targets.read,
  PERM.subsidies.read,
];

export const ROLE_DEFINITIONS: Readonly<Record<Role, RoleDefinition>> = {
  'gxj-operator': {
    role: 'gxj-operator',
    zh: '市工信局经办人',
    en: 'Industry Bureau operator',
    department: '市工信局',
    countyScoped: false,
    systemAdmin: false,
    permissions: [
      ...READ_POOL,
      PERM.enterprise.write,
      PERM.enterprise.remove,
      PERM.enterprise.import,
      PERM.tiering.evaluate,
      PERM.tiering.recommend,
      PERM.tiering.certify,
      PERM.tiering.jobs,
      PERM.tiering.liaison,
      PERM.subsidies.operate,
      PERM.subsidies.policyPropose,
      PERM.servicedesk.read,
      PERM.servicedesk.raise,
      PERM.servicedesk.triage,
      PERM.servicedesk.stats,
      PERM.guarantees.need,
      PERM.talent.read,
      PERM.system.health,
      PERM.procurement.read,
      PERM.procurement.complain,
    ],
  },
  'gxj-approver': {
    role: 'gxj-approver',
    zh: '市工信局审核人',
    en: 'Industry Bureau approver',
    department: '市工信局',
    countyScoped: false,
    systemAdmin: false,
    permissions: [
      ...READ_POOL,
      PERM.tiering.review,
      PERM.subsidies.review,
      PERM.subsidies.policyApprove,
      PERM.servicedesk.read,
      PERM.servicedesk.approve,
      PERM.servicedesk.stats,
      PERM.system.health,
      PERM.procurement.read,
    ],
  },
  'county-operator': {
    role: 'county-operator',
    zh: '县（市、区）经办人',
    en: 'County operator',
    department: '县（市、区）人民政府',
    countyScoped: true,
    systemAdmin: false,
    permissions: [
      ...READ_POOL,
      PERM.enterprise.write,
      PERM.enterprise.import,
      PERM.tiering.evaluate,
      PERM.tiering.recommend,
      PERM.subsidies.operate,
      PERM.servicedesk.read,
      PERM.servicedesk.raise,
      PERM.servicedesk.stats,
      PERM.guarantees.need,
      PERM.procurement.read,
      PERM.procurement.complain,
      PERM.talent.read,
    ],
  },
  'county-approver': {
    role: 'county-approver',
    zh: '县（市、区）审核人',
    en: 'County approver',
    department: '县（市、区）人民政府',
    countyScoped: true,
    systemAdmin: false,
    permissions: [...READ_POOL, PERM.servicedesk.read, PERM.servicedesk.stats, PERM.talent.read],
  },
  'finance-officer': {
    role: 'finance-officer',
    zh: '市财政局经办人',
    en: 'Finance Bureau officer',
    department: '市财政局',
    countyScoped: false,
    systemAdmin: false,
    permissions: [...READ_POOL, PERM.subsidies.disburse, PERM.subsidies.budget, PERM.procurement.read, PERM.procurement.operate, PERM.procurement.complain, PERM.procurement.review],
  },
  'finance-approver': {
    role: 'finance-approver',
    zh: '市财政局审核人',
    en: 'Finance Bureau approver',
    department: '市财政局',
    countyScoped: false,
    systemAdmin: false,
    permissions: [...READ_POOL, PERM.subsidies.finance, PERM.procurement.read, PERM.procurement.review],
  },
  'guarantee-officer': {
    role: 'guarantee-officer',
    zh: '市金融监管局经办人',
    en: 'Financial regulation officer',
    department: '市金融监管局',
    countyScoped: false,
    systemAdmin: false,
    permissions: [
      ...READ_POOL,
      PERM.guarantees.read,
      PERM.guarantees.whitelist,
      PERM.guarantees.organise,
      PERM.guarantees.exposure,
      PERM.guarantees.fund,
      PERM.guarantees.product,
      PERM.guarantees.need,
    ],
  },
  'guarantor-officer': {
    role: 'guarantor-officer',
    zh: '担保机构经办人',
    en: 'Guarantor officer',
    department: '政府性融资担保机构',
    countyScoped: false,
    systemAdmin: false,
    permissions: [PERM.guarantees.read, PERM.guarantees.apply, PERM.guarantees.compensate, PERM.guarantees.exposure],
  },
  'guarantor-approver': {
    role: 'guarantor-approver',
    zh: '担保机构审批人',
    en: 'Guarantor approver',
    department: '政府性融资担保机构',
    countyScoped: false,
    systemAdmin: false,
    permissions: [PERM.guarantees.read, PERM.guarantees.approve, PERM.guarantees.exposure],
  },
  'bank-officer': {
    role: 'bank-officer',
    zh: '合作银行经办人',
    en: 'Partner bank officer',
    department: '合作银行',
    countyScoped: false,
    systemAdmin: false,
    /** A bank sees the white list and its own loans only (the service filters by the account's organisation). */
    permissions: [PERM.guarantees.read, PERM.guarantees.loan, PERM.guarantees.product],
  },
  'talent-officer': {
    role: 'talent-officer',
    zh: '人才办/人社局经办人',
    en: 'Talent office officer',
    department: '市委人才办、市人社局',
    countyScoped: false,
    systemAdmin: false,
    permissions: [
      ...READ_POOL,
      PERM.talent.read,
      PERM.talent.operate,
      PERM.talent.review,
      PERM.talent.personalData,
    ],
  },
  'commerce-officer': {
    role: 'commerce-officer',
    zh: '市商务局经办人',
    en: 'Commerce Bureau officer',
    department: '市商务局',
    countyScoped: false,
    systemAdmin: false,
    permissions: [...READ_POOL, PERM.procurement.read, PERM.procurement.operate],
  },
  'dept-handler': {
    role: 'dept-handler',
    zh: '政企直通车承办人',
    en: 'Service-desk department handler',
    department: '责任单位（市直部门、县（市、区）人民政府）',
    countyScoped: false,
    departmentScoped: true,
    systemAdmin: false,
    permissions: [PERM.servicedesk.read, PERM.servicedesk.handle],
  },
  'sys-admin': {
    role: 'sys-admin',
    zh: '系统管理员',
    en: 'System administrator',
    department: '系统',
    countyScoped: false,
    systemAdmin: true,
    permissions: [PERM.account.manage, PERM.system.health],
  },
  'security-admin': {
    role: 'security-admin',
    zh: '安全管理员',
    en: 'Security administrator',
    department: '系统',
    countyScoped: false,
    systemAdmin: true,
    permissions: [PERM.role.assign],
  },
  'audit-admin': {
    role: 'audit-admin',
    zh: '审计管理员',
    en: 'Audit administrator',
    department: '系统',
    countyScoped: false,
    systemAdmin: true,
    permissions: [PERM.audit.read],
  },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function permissionsOf(roles: readonly Role[]): Permission[] {
  const set = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_DEFINITIONS[role].permissions) set.add(p);
  return [...set].sort();
}

export function hasPermission(granted: readonly string[], required: Permission): boolean {
  return granted.includes(required);
}

/**
 * 三员分立: a system-administration role must be held alone — never together with another system role or
 * with a business role. Returns a Chinese reason when the combination is not allowed.
 */
export function checkRoleCombination(roles: readonly Role[]): string | null {
  if (roles.length === 0) return null;
  const admins = roles.filter((r) => ROLE_DEFINITIONS[r].systemAdmin);
  if (admins.length > 0 && roles.length > 1) {
    return `三员分立：${admins.map((r) => ROLE_DEFINITIONS[r].zh).join('、')}不能与其他角色兼任`;
  }
  const scoped = roles.filter((r) => ROLE_DEFINITIONS[r].countyScoped);
  if (scoped.length > 0 && scoped.length !== roles.length) {
    return '县（市、区）角色不能与全市角色兼任';
  }
  return null;
}
