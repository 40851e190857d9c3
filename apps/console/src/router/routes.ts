import { PERM } from '@ladder/shared-permissions';
import type { Permission } from '@ladder/shared-permissions';
import type { RouteRecordRaw } from 'vue-router';

import { GUARANTEE_COMPUTE_PERMISSIONS, GUARANTEE_FINANCING_PERMISSIONS } from '@/utils/guarantee-permissions';

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
        path: 'tiering/pool',
        name: 'tiering-pool',
        component: () => import('@/views/tiering/pool/index.vue'),
        meta: { title: 'menu.tieringPool', permission: PERM.tiering.read },
      },
      {
        path: 'tiering/recommendations',
        name: 'tiering-recommendations',
        component: () => import('@/views/tiering/recommendations/index.vue'),
        meta: { title: 'menu.tieringRecommendations', permission: PERM.tiering.read },
      },
      {
        path: 'tiering/certifications',
        name: 'tiering-certifications',
        component: () => import('@/views/tiering/certifications/index.vue'),
        meta: { title: 'menu.tieringCertifications', permission: PERM.tiering.read },
      },
      {
        path: 'tiering/targets',
        name: 'tiering-targets',
        component: () => import('@/views/tiering/targets/index.vue'),
        meta: { title: 'menu.tieringTargets', permission: PERM.targets.read },
      },
      {
        path: 'tiering/shadow',
        name: 'tiering-shadow',
        component: () => import('@/views/tiering/shadow/index.vue'),
        meta: { title: 'menu.tieringShadow', permission: PERM.tiering.read },
      },
      {
        path: 'tiering/liaisons',
        name: 'tiering-liaisons',
        component: () => import('@/views/tiering/liaisons/index.vue'),
        meta: { title: 'menu.tieringLiaisons', permission: PERM.tiering.read },
      },
      {
        path: 'tiering/evaluation/:uscc',
        name: 'tiering-evaluation',
        component: () => import('@/views/tiering/evaluation/index.vue'),
        meta: { title: 'menu.tieringEvaluation', permission: PERM.tiering.read, activeMenu: '/tiering/pool' },
      },
      {
        path: 'tiering/what-if/:uscc',
        name: 'tiering-what-if',
        component: () => import('@/views/tiering/what-if/index.vue'),
        meta: { title: 'menu.tieringWhatIf', permission: PERM.tiering.evaluate, activeMenu: '/tiering/pool' },
      },
      {
        path: 'subsidies/catalogue',
        name: 'subsidies-catalogue',
        component: () => import('@/views/subsidies/catalogue/index.vue'),
        meta: { title: 'subsidies.menu.catalogue', permission: PERM.subsidies.read },
      },
      {
        path: 'subsidies/compute',
        name: 'subsidies-compute',
        component: () => import('@/views/subsidies/compute/index.vue'),
        meta: { title: 'subsidies.menu.compute', permission: PERM.subsidies.read },
      },
      {
        path: 'subsidies/entitlements',
        name: 'subsidies-entitlements',
        component: () => import('@/views/subsidies/entitlements/index.vue'),
        meta: { title: 'subsidies.menu.entitlements', permission: PERM.subsidies.read },
      },
      {
        path: 'subsidies/entitlements/:id',
        name: 'subsidies-entitlement-detail',
        component: () => import('@/views/subsidies/entitlement-detail/index.vue'),
        meta: { title: 'subsidies.menu.entitlementDetail', permission: PERM.subsidies.read, activeMenu: '/subsidies/entitlements' },
      },
      {
        path: 'subsidies/publicity',
        name: 'subsidies-publicity',
        component: () => import('@/views/subsidies/publicity/index.vue'),
        meta: { title: 'subsidies.menu.publicity', permission: PERM.subsidies.read },
      },
      {
        path: 'subsidies/publicity/:id',
        name: 'subsidies-publicity-detail',
        component: () => import('@/views/subsidies/publicity-detail/index.vue'),
        meta: { title: 'subsidies.menu.publicityDetail', permission: PERM.subsidies.read, activeMenu: '/subsidies/publicity' },
      },
      {
        path: 'subsidies/applications',
        name: 'subsidies-applications',
        component: () => import('@/views/subsidies/applications/index.vue'),
        meta: { title: 'subsidies.menu.applications', permission: PERM.subsidies.read },
      },
      {
        path: 'subsidies/budgets',
        name: 'subsidies-budgets',
        component: () => import('@/views/subsidies/budgets/index.vue'),
        meta: { title: 'subsidies.menu.budgets', permission: PERM.subsidies.read },
      },
      {
        path: 'subsidies/ledger',
        name: 'subsidies-ledger',
        component: () => import('@/views/subsidies/ledger/index.vue'),
        meta: { title: 'subsidies.menu.ledger', permission: PERM.subsidies.read },
      },
      {
        path: 'subsidies/report',
        name: 'subsidies-report',
        component: () => import('@/views/subsidies/report/index.vue'),
        meta: { title: 'subsidies.menu.report', permission: PERM.subsidies.read },
      },
      {
        path: 'subsidies/matching/:uscc?',
        name: 'subsidies-matching',
        component: () => import('@/views/subsidies/matching/index.vue'),
        meta: { title: 'subsidies.menu.matching', permission: PERM.subsidies.read, activeMenu: '/subsidies/matching' },
      },
      {
        path: 'subsidies/notices',
        name: 'subsidies-notices',
        component: () => import('@/views/subsidies/notices/index.vue'),
        meta: { title: 'subsidies.menu.notices', permission: PERM.subsidies.read },
      },
      {
        path: 'subsidies/parks',
        name: 'subsidies-parks',
        component: () => import('@/views/subsidies/parks/index.vue'),
        meta: { title: 'subsidies.menu.parks', permission: PERM.subsidies.read },
      },
      {
        path: 'servicedesk/queue',
        name: 'servicedesk-queue',
        component: () => import('@/views/servicedesk/appeals/index.vue'),
        meta: { title: 'servicedesk.menu.queue', permission: PERM.servicedesk.handle },
      },
      {
        path: 'servicedesk/appeals',
        name: 'servicedesk-appeals',
        component: () => import('@/views/servicedesk/appeals/index.vue'),
        meta: { title: 'servicedesk.menu.appeals', permission: PERM.servicedesk.read },
      },
      {
        path: 'servicedesk/appeals/:id',
        name: 'servicedesk-appeal-detail',
        component: () => import('@/views/servicedesk/appeal-detail/index.vue'),
        meta: { title: 'servicedesk.menu.detail', permission: PERM.servicedesk.read, activeMenu: '/servicedesk/appeals' },
      },
      {
        path: 'servicedesk/triage',
        name: 'servicedesk-triage',
        component: () => import('@/views/servicedesk/triage/index.vue'),
        meta: { title: 'servicedesk.menu.triage', permission: [PERM.servicedesk.triage, PERM.servicedesk.approve] },
      },
      {
        path: 'servicedesk/notices',
        name: 'servicedesk-notices',
        component: () => import('@/views/servicedesk/notices/index.vue'),
        meta: { title: 'servicedesk.menu.notices', permission: PERM.servicedesk.read },
      },
      {
        path: 'servicedesk/visits',
        name: 'servicedesk-visits',
        component: () => import('@/views/servicedesk/visits/index.vue'),
        meta: { title: 'servicedesk.menu.visits', permission: PERM.servicedesk.read },
      },
      {
        path: 'servicedesk/statistics',
        name: 'servicedesk-statistics',
        component: () => import('@/views/servicedesk/statistics/index.vue'),
        meta: { title: 'servicedesk.menu.statistics', permission: PERM.servicedesk.stats },
      },
      {
        path: 'procurement/contracts',
        name: 'procurement-contracts',
        component: () => import('@/views/procurement/contracts/index.vue'),
        meta: { title: 'procurement.menu.contracts', permission: PERM.procurement.read },
      },
      {
        path: 'procurement/contracts/:id',
        name: 'procurement-contract-detail',
        component: () => import('@/views/procurement/contract-detail/index.vue'),
        meta: { title: 'procurement.menu.detail', permission: PERM.procurement.read, activeMenu: '/procurement/contracts' },
      },
      {
        path: 'procurement/projects',
        name: 'procurement-projects',
        component: () => import('@/views/procurement/projects/index.vue'),
        meta: { title: 'procurement.menu.projects', permission: PERM.procurement.read },
      },
      {
        path: 'procurement/projects/:id',
        name: 'procurement-project-detail',
        component: () => import('@/views/procurement/project-detail/index.vue'),
        meta: { title: 'procurement.menu.projectDetail', permission: PERM.procurement.read, activeMenu: '/procurement/projects' },
      },
      {
        path: 'procurement/imports',
        name: 'procurement-imports',
        component: () => import('@/views/procurement/imports/index.vue'),
        meta: { title: 'procurement.menu.imports', permission: PERM.procurement.operate },
      },
      {
        path: 'procurement/offenders',
        name: 'procurement-offenders',
        component: () => import('@/views/procurement/offenders/index.vue'),
        meta: { title: 'procurement.menu.offenders', permission: PERM.procurement.read },
      },
      {
        path: 'procurement/compute',
        name: 'procurement-compute',
        component: () => import('@/views/procurement/compute/index.vue'),
        meta: { title: 'procurement.menu.compute', permission: PERM.procurement.read },
      },
      {
        path: 'procurement/complaints',
        name: 'procurement-complaints',
        component: () => import('@/views/procurement/complaints/index.vue'),
        meta: { title: 'procurement.menu.complaints', permission: PERM.procurement.read },
      },
      {
        path: 'procurement/disclosure',
        name: 'procurement-disclosure',
        component: () => import('@/views/procurement/disclosure/index.vue'),
        meta: { title: 'procurement.menu.disclosure', permission: PERM.procurement.read },
      },
      {
        path: 'procurement/sme-share',
        name: 'procurement-sme-share',
        component: () => import('@/views/procurement/sme-share/index.vue'),
        meta: { title: 'procurement.menu.smeShare', permission: PERM.procurement.read },
      },
      {
        path: 'guarantees/whitelist',
        name: 'guarantees-whitelist',
        component: () => import('@/views/guarantees/whitelist/index.vue'),
        meta: { title: 'guarantees.menu.whitelist', permission: PERM.guarantees.read },
      },
      {
        path: 'guarantees/applications',
        name: 'guarantees-applications',
        component: () => import('@/views/guarantees/applications/index.vue'),
        meta: { title: 'guarantees.menu.applications', permission: PERM.guarantees.read },
      },
      {
        path: 'guarantees/applications/:id',
        name: 'guarantees-application-detail',
        component: () => import('@/views/guarantees/application-detail/index.vue'),
        meta: { title: 'guarantees.menu.detail', permission: PERM.guarantees.read, activeMenu: '/guarantees/applications' },
      },
      {
        path: 'guarantees/compute',
        name: 'guarantees-compute',
        component: () => import('@/views/guarantees/compute/index.vue'),
        meta: { title: 'guarantees.menu.compute', permission: GUARANTEE_COMPUTE_PERMISSIONS },
      },
      {
        path: 'guarantees/exposure',
        name: 'guarantees-exposure',
        component: () => import('@/views/guarantees/exposure/index.vue'),
        meta: { title: 'guarantees.menu.exposure', permission: PERM.guarantees.exposure },
      },
      {
        path: 'guarantees/financing',
        name: 'guarantees-financing',
        component: () => import('@/views/guarantees/financing/index.vue'),
        meta: { title: 'guarantees.menu.financing', permission: GUARANTEE_FINANCING_PERMISSIONS },
      },
      {
        path: 'talent/scope',
        name: 'talent-scope',
        component: () => import('@/views/talent/scope/index.vue'),
        meta: { title: 'talent.menu.scope', permission: PERM.talent.read },
      },
      {
        path: 'talent/people',
        name: 'talent-people',
        component: () => import('@/views/talent/people/index.vue'),
        meta: { title: 'talent.menu.people', permission: PERM.talent.read },
      },
      {
        path: 'talent/training',
        name: 'talent-training',
        component: () => import('@/views/talent/training/index.vue'),
        meta: { title: 'talent.menu.training', permission: PERM.talent.read },
      },
      {
        path: 'talent/coverage',
        name: 'talent-coverage',
        component: () => import('@/views/talent/coverage/index.vue'),
        meta: { title: 'talent.menu.coverage', permission: PERM.talent.read },
      },
      {
        path: 'talent/cases',
        name: 'talent-cases',
        component: () => import('@/views/talent/cases/index.vue'),
        meta: { title: 'talent.menu.cases', permission: PERM.talent.read },
      },
      {
        path: 'talent/nominations',
        name: 'talent-nominations',
        component: () => import('@/views/talent/nominations/index.vue'),
        meta: { title: 'talent.menu.nominations', permission: PERM.talent.read },
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
