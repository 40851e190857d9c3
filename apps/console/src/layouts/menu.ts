import { CreditCard, DataAnalysis, Money, OfficeBuilding, Service, Setting, Tickets, TrendCharts, User } from '@element-plus/icons-vue';
import { PERM } from '@ladder/shared-permissions';
import type { Permission } from '@ladder/shared-permissions';
import type { Component } from 'vue';

import { GUARANTEE_COMPUTE_PERMISSIONS, GUARANTEE_FINANCING_PERMISSIONS } from '@/utils/guarantee-permissions';
import { hasAnyPermission } from '@/utils/permission';

export interface MenuItem {
  /** Route path of a leaf; a unique key for a group. */
  readonly path: string;
  /** i18n key. */
  readonly title: string;
  readonly icon?: Component;
  /** A code, or a list of which any one suffices. */
  readonly permission?: Permission | readonly Permission[];
  readonly children?: readonly MenuItem[];
}

export const MENU: readonly MenuItem[] = [
  { path: '/dashboard', title: 'menu.dashboard', icon: DataAnalysis, permission: PERM.dashboard.read },
  {
    path: 'enterprise',
    title: 'menu.enterprise',
    icon: OfficeBuilding,
    children: [
      { path: '/enterprises', title: 'menu.enterpriseList', permission: PERM.enterprise.read },
      { path: '/enterprises/new', title: 'menu.enterpriseCreate', permission: PERM.enterprise.write },
      { path: '/enterprises/import', title: 'menu.enterpriseImport', permission: PERM.enterprise.import },
    ],
  },
  {
    path: 'tiering',
    title: 'menu.tiering',
    icon: TrendCharts,
    children: [
      { path: '/tiering/pool', title: 'menu.tieringPool', permission: PERM.tiering.read },
      { path: '/tiering/recommendations', title: 'menu.tieringRecommendations', permission: PERM.tiering.read },
      { path: '/tiering/certifications', title: 'menu.tieringCertifications', permission: PERM.tiering.read },
      { path: '/tiering/targets', title: 'menu.tieringTargets', permission: PERM.targets.read },
      { path: '/tiering/shadow', title: 'menu.tieringShadow', permission: PERM.tiering.read },
      { path: '/tiering/liaisons', title: 'menu.tieringLiaisons', permission: PERM.tiering.read },
    ],
  },
  {
    path: 'subsidies',
    title: 'subsidies.menu.group',
    icon: Money,
    children: [
      { path: '/subsidies/catalogue', title: 'subsidies.menu.catalogue', permission: PERM.subsidies.read },
      { path: '/subsidies/compute', title: 'subsidies.menu.compute', permission: PERM.subsidies.read },
      { path: '/subsidies/entitlements', title: 'subsidies.menu.entitlements', permission: PERM.subsidies.read },
      { path: '/subsidies/publicity', title: 'subsidies.menu.publicity', permission: PERM.subsidies.read },
      { path: '/subsidies/applications', title: 'subsidies.menu.applications', permission: PERM.subsidies.read },
      { path: '/subsidies/budgets', title: 'subsidies.menu.budgets', permission: PERM.subsidies.read },
      { path: '/subsidies/ledger', title: 'subsidies.menu.ledger', permission: PERM.subsidies.read },
      { path: '/subsidies/report', title: 'subsidies.menu.report', permission: PERM.subsidies.read },
      { path: '/subsidies/matching', title: 'subsidies.menu.matching', permission: PERM.subsidies.read },
      { path: '/subsidies/notices', title: 'subsidies.menu.notices', permission: PERM.subsidies.read },
      { path: '/subsidies/parks', title: 'subsidies.menu.parks', permission: PERM.subsidies.read },
    ],
  },
  {
    path: 'servicedesk',
    title: 'servicedesk.menu.group',
    icon: Service,
    children: [
      { path: '/servicedesk/queue', title: 'servicedesk.menu.queue', permission: PERM.servicedesk.handle },
      { path: '/servicedesk/triage', title: 'servicedesk.menu.triage', permission: [PERM.servicedesk.triage, PERM.servicedesk.approve] },
      { path: '/servicedesk/appeals', title: 'servicedesk.menu.appeals', permission: PERM.servicedesk.read },
      { path: '/servicedesk/notices', title: 'servicedesk.menu.notices', permission: PERM.servicedesk.read },
      { path: '/servicedesk/visits', title: 'servicedesk.menu.visits', permission: PERM.servicedesk.read },
      { path: '/servicedesk/statistics', title: 'servicedesk.menu.statistics', permission: PERM.servicedesk.stats },
    ],
  },
  {
    path: 'guarantees',
    title: 'guarantees.menu.group',
    icon: CreditCard,
    children: [
      { path: '/guarantees/whitelist', title: 'guarantees.menu.whitelist', permission: PERM.guarantees.read },
      { path: '/guarantees/applications', title: 'guarantees.menu.applications', permission: PERM.guarantees.read },
      { path: '/guarantees/compute', title: 'guarantees.menu.compute', permission: GUARANTEE_COMPUTE_PERMISSIONS },
      { path: '/guarantees/exposure', title: 'guarantees.menu.exposure', permission: PERM.guarantees.exposure },
      { path: '/guarantees/financing', title: 'guarantees.menu.financing', permission: GUARANTEE_FINANCING_PERMISSIONS },
    ],
  },
  {
    path: 'procurement',
    title: 'procurement.menu.group',
    icon: Tickets,
    children: [
      { path: '/procurement/projects', title: 'procurement.menu.projects', permission: PERM.procurement.read },
      { path: '/procurement/contracts', title: 'procurement.menu.contracts', permission: PERM.procurement.read },
      { path: '/procurement/imports', title: 'procurement.menu.imports', permission: PERM.procurement.operate },
      { path: '/procurement/compute', title: 'procurement.menu.compute', permission: PERM.procurement.read },
      { path: '/procurement/complaints', title: 'procurement.menu.complaints', permission: PERM.procurement.read },
      { path: '/procurement/disclosure', title: 'procurement.menu.disclosure', permission: PERM.procurement.read },
      { path: '/procurement/offenders', title: 'procurement.menu.offenders', permission: PERM.procurement.read },
      { path: '/procurement/sme-share', title: 'procurement.menu.smeShare', permission: PERM.procurement.read },
    ],
  },
  {
    path: 'talent',
    title: 'talent.menu.group',
    icon: User,
    children: [
      { path: '/talent/scope', title: 'talent.menu.scope', permission: PERM.talent.read },
      { path: '/talent/people', title: 'talent.menu.people', permission: PERM.talent.read },
      { path: '/talent/training', title: 'talent.menu.training', permission: PERM.talent.read },
      { path: '/talent/coverage', title: 'talent.menu.coverage', permission: PERM.talent.read },
      { path: '/talent/cases', title: 'talent.menu.cases', permission: PERM.talent.read },
      { path: '/talent/nominations', title: 'talent.menu.nominations', permission: PERM.talent.read },
    ],
  },
  {
    path: 'system',
    title: 'menu.system',
    icon: Setting,
    children: [
      { path: '/system/accounts', title: 'menu.accounts', permission: PERM.account.manage },
      { path: '/system/roles', title: 'menu.roles', permission: PERM.role.assign },
      { path: '/system/audit', title: 'menu.audit', permission: PERM.audit.read },
      { path: '/system/health', title: 'menu.health', permission: PERM.system.health },
    ],
  },
];

/** The menu the user may see: leaves without the permission are dropped, then empty groups. */
export function filterMenu(menu: readonly MenuItem[], granted: readonly string[]): MenuItem[] {
  const out: MenuItem[] = [];
  for (const item of menu) {
    if (item.children) {
      const children = filterMenu(item.children, granted);
      if (children.length > 0) out.push({ ...item, children });
    } else if (hasAnyPermission(granted, item.permission)) {
      out.push(item);
    }
  }
  return out;
}

/** The first page the user may open (the home redirect); the 403 page when there is none. */
export function firstAccessiblePath(granted: readonly string[]): string {
  const visible = filterMenu(MENU, granted);
  const first = visible[0];
  if (!first) return '/403';
  return first.children?.[0]?.path ?? first.path;
}
