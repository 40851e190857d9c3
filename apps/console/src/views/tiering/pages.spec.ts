/**
 * Every ladder page rendered against mocked API modules: the right calls, the test ids of docs/README, the
 * buttons a role may use — and no runtime error in a template.
 */
import { permissionsOf } from '@ladder/shared-permissions';
import type { Role } from '@ladder/shared-permissions';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';

import * as enterprises from '@/api/enterprises';
import { ApiError } from '@/api/request';
import * as tiering from '@/api/tiering';
import { vPermission } from '@/directives/permission';
import { vRowTestid } from '@/directives/row-testid';
import { i18n } from '@/locales';
import { useAuthStore } from '@/store/auth';

import CertificationsPage from './certifications/index.vue';
import EvaluationPage from './evaluation/index.vue';
import LiaisonsPage from './liaisons/index.vue';
import PoolPage from './pool/index.vue';
import RecommendationsPage from './recommendations/index.vue';
import ShadowPage from './shadow/index.vue';
import TargetsPage from './targets/index.vue';
import WhatIfPage from './what-if/index.vue';

vi.mock('@/api/tiering');
vi.mock('@/api/enterprises');

const USCC = '91350404MA34PQ7W25';

function page<T>(items: T[]): Api.Common.PageResult<T> {
  return { items, total: items.length, page: 1, pageSize: 20 };
}

const RESULT_TIER = {
  route: null,
  ruleVersion: {
    id: 'tiers-2022',
    effectiveFrom: '2022-06-01',
    source: { title: '办法', docNo: '工信部企业〔2022〕63号', confidence: 'secondary' as const },
  },
  standard: '附件',
  conditions: [],
  score: null,
  requirements: [],
  missing: [],
  gaps: [],
  explanation: '说明',
};

const RESULT: Api.Tiering.Result = {
  uscc: USCC,
  asOf: '2025-06-01',
  type: 'new',
  dataYear: 2024,
  ruleVersion: { ...RESULT_TIER.ruleVersion, zh: '2022年标准', effectiveFromConfidence: 'unconfirmed' },
  versionReason: '按工信部企业〔2022〕63号评价',
  parameters: {
    bandEdgeToHigher: true,
    inclusiveBounds: true,
    averageGrowth: 'arithmetic',
    reviewExemptsLittleGiantGrowth: true,
    sizeClassConvention: { upperBound: 'exclusive', band: 'all' },
    reviewUses2022Until: '2026-12-31',
    chainAcceptsSameRoundTier: false,
    littleGiantSmallRevenueRdScope: 'two-year-total',
    leadingMarketRank2026: 10,
  },
  common: {
    status: 'met',
    sizeClass: {
      sizeClass: 'small',
      status: 'determined',
      missing: [],
      industryGroup: 'industry',
      rule: RESULT_TIER.ruleVersion,
      clause: '划型',
      convention: { upperBound: 'exclusive', band: 'all' },
      checks: [],
      onBoundary: false,
      explanation: '小型',
    },
    conditions: [],
    missing: [],
    gaps: [],
  },
  titles: [],
  highestValidTitle: null,
  tiers: {
    innovative: { ...RESULT_TIER, tier: 'innovative', zh: '创新型中小企业', decision: 'eligible' },
    specialized: {
      ...RESULT_TIER,
      tier: 'specialized',
      zh: '专精特新中小企业',
      decision: 'not-eligible',
      gaps: ['研发费用占比 2.40% < 3%'],
    },
    'little-giant': { ...RESULT_TIER, tier: 'little-giant', zh: '专精特新“小巨人”企业', decision: 'unknown' },
  },
  missing: [],
  pendingConfirmations: [],
};

const EVALUATION: Api.Tiering.Evaluation = {
  id: 1,
  uscc: USCC,
  asOf: '2025-06-01',
  type: 'new',
  trigger: 'event',
  ruleVersion: 'tiers-2022',
  dataYear: 2024,
  inputsHash: 'h',
  createdAt: '2025-06-01T02:00:00Z',
  result: RESULT,
  distance: {
    currentTier: null,
    nextTier: 'innovative',
    status: 'recommend',
    decision: 'eligible',
    unmetConditions: 0,
    unknownConditions: 0,
    scoreShortfall: null,
    dimensionShortfalls: {},
    gaps: [],
    missing: [],
  },
  category: 'recommend',
};

const ENTERPRISE: Api.Enterprise.Enterprise = {
  uscc: USCC,
  name: '三明示例装备制造有限公司',
  countyCode: '350404',
  industryGroup: 'industry',
  chains: [],
  contacts: [],
  address: null,
  legalRepresentative: null,
  establishedOn: null,
  independentLegalPerson: true,
  mainProduct: null,
  status: 'active',
  category: null,
  tier: null,
  sizeClass: null,
  sizeClassYear: null,
  latestDataYear: 2024,
  admittedAt: '2024-01-01T00:00:00Z',
  removedAt: null,
  removalReason: null,
  version: 1,
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
};

const CERTIFICATION: Api.Tiering.Certification = {
  id: 'c1',
  uscc: USCC,
  name: ENTERPRISE.name,
  countyCode: '350404',
  tier: 'innovative',
  kind: 'new',
  status: 'valid',
  issuer: '福建省工业和信息化厅',
  docNo: '闽工信〔2023〕1号',
  certifiedOn: '2023-06-15',
  validUntil: '2026-06-14',
  renewals: [],
  revokedOn: null,
  revocationReason: null,
  fraud: false,
  barredUntil: null,
  review: { eligible: true, reason: '已按期更新年度数据', deadline: null },
  daysToExpiry: 25,
  recommendationId: null,
  createdAt: '2023-06-20T00:00:00Z',
};

function signIn(role: Role): void {
  useAuthStore().setSession('t', {
    id: 'u1',
    username: 'u1',
    displayName: '张三',
    department: '市工信局',
    roles: [role],
    countyCode: role.startsWith('county') ? '350404' : null,
    permissions: permissionsOf([role]),
  });
}

async function render(component: Component, path = '/') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/tiering/evaluation/:uscc', component },
      { path: '/tiering/what-if/:uscc', component },
      { path: '/:pathMatch(.*)*', component },
    ],
  });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(component, {
    global: { plugins: [i18n, router], directives: { permission: vPermission, rowTestid: vRowTestid } },
  });
  await flushPromises();
  await flushPromises();
  return wrapper;
}

describe('ladder pages', () => {
  beforeEach(() => {
    sessionStorage.clear();
    setActivePinia(createPinia());
    vi.mocked(tiering.getEvaluation).mockResolvedValue(EVALUATION);
    vi.mocked(tiering.listEvaluations).mockResolvedValue([]);
    vi.mocked(tiering.listEnterpriseCertifications).mockResolvedValue([CERTIFICATION]);
    vi.mocked(tiering.fetchPoolSummary).mockResolvedValue({
      total: 3,
      byCategory: { recommend: 1, upgrade: 1, watch: 0, none: 1 },
      byCountyCategory: { '350404': { recommend: 1, upgrade: 1, watch: 0, none: 1 } },
      parameters: { upgradeMaxUnmetConditions: 1, upgradeMaxScoreShortfall: 10, unknownAs: 'watch' },
    });
    vi.mocked(tiering.listPool).mockResolvedValue(
      page([
        {
          uscc: USCC,
          name: ENTERPRISE.name,
          countyCode: '350404',
          category: 'recommend',
          currentTier: null,
          nextTier: 'innovative',
          distanceStatus: 'recommend',
          unmetConditions: 0,
          unknownConditions: 0,
          scoreShortfall: null,
          gaps: [],
          evaluationId: 1,
          evaluatedAt: '2025-06-01T02:00:00Z',
        },
      ]),
    );
    vi.mocked(tiering.listRecommendations).mockResolvedValue(
      page([
        {
          id: 'r1',
          uscc: USCC,
          name: ENTERPRISE.name,
          countyCode: '350404',
          tier: 'innovative',
          type: 'new',
          batchYear: 2025,
          status: 'county-recommended',
          evaluationId: 1,
          evaluationDecision: 'eligible',
          history: [{ at: '2025-06-01T02:00:00Z', actor: 'county1', action: 'county-recommended', comment: null }],
          certificationId: null,
          version: 1,
          createdAt: '2025-06-01T02:00:00Z',
          updatedAt: '2025-06-01T02:00:00Z',
        },
      ]),
    );
    vi.mocked(tiering.listCertifications).mockResolvedValue(page([CERTIFICATION]));
    vi.mocked(tiering.fetchTargets).mockResolvedValue({
      planPeriod: { from: '2022-01-01', to: '2025-12-31' },
      source: '行动方案“一、总体目标”',
      rows: [
        { tier: 'innovative', target: 800, achieved: 800, byYear: { '2024': 800 }, byCounty: { '350404': 800 }, met: false },
        { tier: 'specialized', target: 150, achieved: 151, byYear: { '2024': 151 }, byCounty: {}, met: true },
        { tier: 'little-giant', target: 20, achieved: 3, byYear: {}, byCounty: {}, met: false },
      ],
      outsidePeriod: 0,
    });
    vi.mocked(tiering.fetchAssessment).mockResolvedValue({
      year: 2025,
      period: 'annual',
      from: '2025-01-01',
      to: '2025-12-31',
      rows: [],
    });
    vi.mocked(tiering.listRuleVersions).mockResolvedValue([
      { id: 'tiers-2022', zh: '2022年标准', effectiveFrom: '2022-06-01', effectiveTo: '2026-03-31', docNo: '63号' },
      { id: 'tiers-2026', zh: '2026年标准', effectiveFrom: '2026-04-01', effectiveTo: null, docNo: '2号' },
    ]);
    vi.mocked(tiering.listLiaisons).mockResolvedValue(
      page([
        {
          uscc: USCC,
          name: ENTERPRISE.name,
          countyCode: '350404',
          currentTier: 'innovative',
          requiredRank: '科级',
          liaison: null,
          needsAssignment: true,
        },
      ]),
    );
    vi.mocked(tiering.whatIf).mockResolvedValue(RESULT);
    vi.mocked(enterprises.getEnterprise).mockResolvedValue(ENTERPRISE);
    vi.mocked(enterprises.fetchAnnualData).mockResolvedValue([]);
  });

  afterEach(() => {
    vi.resetAllMocks();
  });

  it('should show the latest evaluation with the re-evaluate button for an operator', async () => {
    signIn('gxj-operator');
    const wrapper = await render(EvaluationPage, `/tiering/evaluation/${USCC}`);

    expect(tiering.getEvaluation).toHaveBeenCalledWith(USCC, { notify: false });
    expect(wrapper.find('[data-testid="evaluation-page"]').exists()).toBe(true);
    expect(wrapper.get('[data-testid="evaluation-tier-specialized"]').text()).toContain('不符合');
    expect(wrapper.get('[data-testid="evaluation-rule-version"]').text()).toContain('按工信部企业〔2022〕63号评价');
    expect(wrapper.find('[data-testid="evaluation-rerun"]').exists()).toBe(true);
  });

  it('should offer no re-evaluation to a reader, and an empty state when there is no evaluation', async () => {
    signIn('finance-officer');
    vi.mocked(tiering.getEvaluation).mockRejectedValue(new ApiError(404, 'TIERING_EVALUATION_NOT_FOUND', '该企业尚无评价结果'));
    const wrapper = await render(EvaluationPage, `/tiering/evaluation/${USCC}`);

    expect(wrapper.find('[data-testid="evaluation-rerun"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="evaluation-empty"]').text()).toContain('该企业尚无评价结果');
  });

  it('should run a what-if on the edited profile and label it unsaved', async () => {
    signIn('county-operator');
    const wrapper = await render(WhatIfPage, `/tiering/what-if/${USCC}`);

    await wrapper.get('[data-testid="whatif-run"]').trigger('submit');
    await flushPromises();

    expect(tiering.whatIf).toHaveBeenCalledTimes(1);
    const request = vi.mocked(tiering.whatIf).mock.calls[0]?.[0];
    expect(request?.profile).toMatchObject({ uscc: USCC, countyCode: '350404', industryGroup: 'industry', annualData: [] });
    expect(request?.profile.titles).toEqual([{ tier: 'innovative', certifiedOn: '2023-06-15', validUntil: '2026-06-14' }]);
    expect(wrapper.get('[data-testid="whatif-result"]').text()).toContain('模拟结果，未保存');
  });

  it('should show the pool summary, rows and the recommend button', async () => {
    signIn('county-operator');
    const wrapper = await render(PoolPage, '/tiering/pool?category=recommend');

    expect(tiering.listPool).toHaveBeenCalledWith({ category: 'recommend', page: 1, pageSize: 20 });
    expect(wrapper.get('[data-testid="pool-summary-recommend"]').text()).toBe('1');
    expect(wrapper.get('[data-testid="pool-summary-none"]').text()).toBe('1');
    expect(wrapper.findAll('[data-testid="pool-row"]').length).toBeGreaterThan(0);
    expect(wrapper.find('[data-testid="pool-recommend"]').exists()).toBe(true);
    expect(wrapper.get('[data-testid="pool-parameters"]').text()).toContain('分类口径（待市工信局确认）');
  });

  it('should offer 审核 to the city approver only', async () => {
    signIn('gxj-approver');
    const approver = await render(RecommendationsPage, '/tiering/recommendations');
    expect(approver.find('[data-testid="recommendation-review"]').exists()).toBe(true);

    setActivePinia(createPinia());
    signIn('gxj-operator');
    const operator = await render(RecommendationsPage, '/tiering/recommendations');
    expect(operator.find('[data-testid="recommendation-review"]').exists()).toBe(false);
    expect(operator.findAll('[data-testid="recommendation-row"]').length).toBeGreaterThan(0);
  });

  it('should colour a title expiring within 30 days and offer renew and revoke to the city operator', async () => {
    signIn('gxj-operator');
    const wrapper = await render(CertificationsPage, '/tiering/certifications');

    expect(wrapper.get('[data-testid="certification-days"]').attributes('data-tone')).toBe('danger');
    expect(wrapper.find('[data-testid="certification-renew"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="certification-revoke"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="certification-record"]').exists()).toBe(true);
  });

  it('should mark 已完成 only for a target exceeded', async () => {
    signIn('finance-officer');
    const wrapper = await render(TargetsPage, '/tiering/targets');

    expect(wrapper.get('[data-testid="targets-row-innovative"]').attributes('data-met')).toBe('false');
    expect(wrapper.get('[data-testid="targets-row-specialized"]').attributes('data-met')).toBe('true');
    expect(wrapper.get('[data-testid="targets-row-specialized"]').text()).toContain('已完成');
    expect(wrapper.get('[data-testid="targets-row-innovative"]').text()).toContain('还需 1 家方可超过目标');
    expect(wrapper.find('[data-testid="assessment-table"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="assessment-export"]').exists()).toBe(true);
  });

  it('should let only the city operator start comparisons and re-evaluations', async () => {
    signIn('gxj-operator');
    const operator = await render(ShadowPage, '/tiering/shadow');
    expect(operator.find('[data-testid="shadow-start"]').exists()).toBe(true);
    expect(operator.find('[data-testid="reevaluate-start"]').exists()).toBe(true);

    setActivePinia(createPinia());
    signIn('gxj-approver');
    const approver = await render(ShadowPage, '/tiering/shadow');
    expect(approver.find('[data-testid="shadow-start"]').exists()).toBe(false);
  });

  it('should list the liaisons with the missing-only switch', async () => {
    signIn('gxj-operator');
    const wrapper = await render(LiaisonsPage, '/tiering/liaisons');

    expect(wrapper.find('[data-testid="liaison-missing-only"]').exists()).toBe(true);
    expect(wrapper.findAll('[data-testid="liaison-row"]').length).toBeGreaterThan(0);
    expect(wrapper.find('[data-testid="liaison-assign"]').exists()).toBe(true);
  });
});
