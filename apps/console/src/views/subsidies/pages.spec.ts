/**
 * Every 奖补 page rendered against a mocked API module: the calls it makes, the test ids of the README, the buttons a
 * role may use, the approval flow with `expectedVersion` and the stale-version path — and no runtime error in a
 * template.
 */
import { completeUscc } from '@ladder/shared-domain';
import { permissionsOf } from '@ladder/shared-permissions';
import type { Role } from '@ladder/shared-permissions';
import { flushPromises, mount } from '@vue/test-utils';
import type { VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';

import * as enterprises from '@/api/enterprises';
import { ApiError } from '@/api/request';
import * as subsidies from '@/api/subsidies';
import { vPermission } from '@/directives/permission';
import { vRowTestid } from '@/directives/row-testid';
import { i18n } from '@/locales';
import { useAuthStore } from '@/store/auth';

import ApplicationsPage from './applications/index.vue';
import BudgetsPage from './budgets/index.vue';
import CataloguePage from './catalogue/index.vue';
import ComputePage from './compute/index.vue';
import EntitlementDetailPage from './entitlement-detail/index.vue';
import EntitlementsPage from './entitlements/index.vue';
import LedgerPage from './ledger/index.vue';
import MatchingPage from './matching/index.vue';
import NoticesPage from './notices/index.vue';
import ParksPage from './parks/index.vue';
import PublicityDetailPage from './publicity-detail/index.vue';
import ReportPage from './report/index.vue';

vi.mock('@/api/subsidies');
vi.mock('@/api/enterprises');

const USCC = completeUscc('91350404MA2XYA123');

function page<T>(items: T[]): Api.Common.PageResult<T> {
  return { items, total: items.length, page: 1, pageSize: 20 };
}

const COMPUTATION: Api.Subsidies.Computation = {
  awardId: 'S-36',
  catalogueId: 'S-36',
  zh: '国家首台（套）重大技术装备',
  date: '2024-05-01',
  decision: 'granted',
  reason: '予以奖励',
  amountFen: 200_000_000,
  amountZh: '200万元',
  capFen: 200_000_000,
  capApplied: true,
  formula: '500万元 × 60% = 300万元，超过上限200万元，按200万元',
  payer: 'PROV',
  handling: 'track',
  clause: '《行动方案》二、（二）2',
  payerSplit: [{ payer: 'PROV', amountFen: 200_000_000 }],
  recipient: '企业',
  benefit: null,
  version: {
    id: 'S-36@plan-2022',
    effectiveFrom: '2022-01-01',
    effectiveTo: '2025-12-31',
    docNo: '明政办〔2022〕1号',
    title: '行动方案',
    clause: '二、（二）2',
    confidence: 'secondary',
    successor: false,
    restates: null,
  },
  conditions: [{ id: 'recognised', zh: '获国家首台（套）认定', status: 'met', missing: [] }],
  missing: [],
  gaps: [],
  pendingConfirmations: [],
};

function entitlement(over: Partial<Api.Subsidies.Entitlement> = {}): Api.Subsidies.Entitlement {
  return {
    id: 'e-1',
    awardId: 'S-17',
    awardName: '新认定专精特新中小企业市级奖励',
    uscc: USCC,
    name: '三明某某科技有限公司',
    countyCode: '350404',
    origin: 'certification',
    triggerKey: '闽工信〔2025〕1号',
    basis: '福建省工业和信息化厅 闽工信〔2025〕1号（2025-05-10认定）',
    triggerDate: '2025-02-01',
    amountFen: 5_000_000,
    capApplied: false,
    payer: 'CITY',
    split: [{ payer: 'CITY', countyCode: null, amountFen: 5_000_000 }],
    computation: { ...COMPUTATION, awardId: 'S-17', amountFen: 5_000_000, capApplied: false },
    versionId: 'S-17@plan-2022',
    status: 'pending-approval',
    publicityId: null,
    budgetYear: null,
    voucherNo: null,
    paidOn: null,
    steps: [{ step: 'publicity', decision: 'passed', actor: 'gxj1', at: '2025-02-20T02:00:00Z', comment: '公示期满无异议' }],
    version: 3,
    createdAt: '2025-02-01T02:00:00Z',
    updatedAt: '2025-02-20T02:00:00Z',
    ...over,
  };
}

const CATALOGUE: Api.Subsidies.CatalogueEntry[] = [
  {
    awardId: 'S-17',
    name: '新认定专精特新中小企业市级奖励',
    payer: 'CITY',
    trigger: '认定（免申即享）',
    amountText: '5万元',
    capFen: null,
    clause: '二、（一）2 育优质企',
    versions: [
      {
        id: 'S-17@plan-2022',
        awardId: 'S-17',
        kind: 'base',
        status: 'approved',
        effectiveFrom: '2022-01-01',
        effectiveTo: '2025-12-31',
        title: '行动方案',
        docNo: '明政办〔2022〕1号',
        article: '二、（一）2',
        terms: { kind: 'fixed', amountFen: 5_000_000 },
        proposedBy: null,
        decidedBy: null,
        note: null,
        comment: null,
        createdAt: null,
      },
      {
        id: 'v-2026',
        awardId: 'S-17',
        kind: 'successor',
        status: 'proposed',
        effectiveFrom: '2026-01-01',
        effectiveTo: null,
        title: '后续政策',
        docNo: '明工信〔2026〕1号',
        article: null,
        terms: { kind: 'fixed', amountFen: 8_000_000 },
        proposedBy: 'gxj1',
        decidedBy: null,
        note: null,
        comment: null,
        createdAt: '2025-12-01T02:00:00Z',
      },
    ],
  },
  {
    awardId: 'S-36',
    name: '国家首台（套）重大技术装备',
    payer: 'PROV',
    trigger: '认定',
    amountText: '市场销售单价的60%，最高200万元',
    capFen: 200_000_000,
    clause: '二、（二）2',
    versions: [],
  },
];

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

async function render(component: Component, path = '/'): Promise<VueWrapper> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/subsidies/entitlements/:id', component },
      { path: '/subsidies/publicity/:id', component },
      { path: '/subsidies/matching/:uscc?', component },
      { path: '/:pathMatch(.*)*', component },
    ],
  });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(component, {
    attachTo: document.body,
    global: { plugins: [i18n, router], directives: { permission: vPermission, rowTestid: vRowTestid } },
  });
  await flushPromises();
  await flushPromises();
  return wrapper;
}

/** Dialogs are appended to <body>. */
function inBody(testId: string): HTMLElement | null {
  return document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
}

async function settle(): Promise<void> {
  await flushPromises();
  await new Promise((r) => setTimeout(r, 0));
  await flushPromises();
}

describe('奖补 pages', () => {
  let wrapper: VueWrapper | null = null;

  beforeEach(() => {
    // jsdom has no layout: Element Plus warns about `label-width="auto"` forms it cannot measure. Nothing else is hidden.
    const warn = console.warn.bind(console);
    vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
      if (String(args[0]).includes('[ElForm] unexpected width')) return;
      warn(...args);
    });
    sessionStorage.clear();
    setActivePinia(createPinia());
    vi.mocked(subsidies.listCatalogue).mockResolvedValue(CATALOGUE);
    vi.mocked(subsidies.computeAward).mockResolvedValue(COMPUTATION);
    vi.mocked(subsidies.listEntitlements).mockResolvedValue(
      page([entitlement({ id: 'e-1', status: 'pending-publicity' }), entitlement({ id: 'e-2', status: 'approved' })]),
    );
    vi.mocked(subsidies.getEntitlement).mockResolvedValue(entitlement());
    vi.mocked(subsidies.getPublicity).mockResolvedValue({
      id: 'p-1',
      title: '2025年度奖补资金拟兑现名单',
      startsOn: '2025-03-01',
      endsOn: '2025-03-07',
      status: 'open',
      entitlementIds: ['e-1'],
      objections: [],
      createdBy: 'gxj1',
      createdAt: '2025-03-01T02:00:00Z',
      closedAt: null,
      backdateReason: null,
      approvedBy: null,
    });
    vi.mocked(subsidies.listApplications).mockResolvedValue(
      page([
        {
          id: 'a-1',
          uscc: USCC,
          name: '三明某某科技有限公司',
          countyCode: '350404',
          awardId: 'S-36',
          date: '2024-05-01',
          facts: { unitPriceFen: 500_000_000 },
          reference: '工信部〔2024〕12号',
          parkId: null,
          documents: [{ name: '认定文件', reference: null }],
          preview: COMPUTATION,
          status: 'submitted',
          entitlementId: null,
          amountFen: 200_000_000,
          submittedBy: 'gxj1',
          reviewedBy: null,
          comment: null,
          createdAt: '2025-03-01T02:00:00Z',
        },
      ]),
    );
    vi.mocked(subsidies.listBudgets).mockResolvedValue([
      {
        id: 'b-1',
        payer: 'CITY',
        countyCode: null,
        year: 2025,
        amountFen: 100_000_000,
        reservedFen: 20_000_000,
        consumedFen: 30_000_000,
        availableFen: 50_000_000,
        version: 1,
      },
    ]);
    vi.mocked(subsidies.listLedger).mockResolvedValue(
      page([
        {
          id: 1,
          at: '2025-03-01T02:00:00Z',
          entitlementId: 'e-2',
          awardId: 'S-17',
          uscc: USCC,
          payer: 'CITY',
          countyCode: null,
          year: 2025,
          kind: 'reserve',
          amountFen: 5_000_000,
          voucherNo: null,
          actor: 'czjsh',
        },
      ]),
    );
    vi.mocked(subsidies.fetchReport).mockResolvedValue({
      year: 2025,
      byAward: { 'S-17': { count: 2, approvedFen: 10_000_000, disbursedFen: 5_000_000 } },
      byCounty: { '350404': { count: 2, approvedFen: 10_000_000, disbursedFen: 5_000_000 } },
      byYear: { '2025': { count: 2, approvedFen: 10_000_000, disbursedFen: 5_000_000 } },
      reconciliation: [
        {
          id: 'b-1',
          payer: 'CITY',
          countyCode: null,
          year: 2025,
          amountFen: 100_000_000,
          reservedFen: 5_000_000,
          consumedFen: 5_000_000,
          availableFen: 90_000_000,
          version: 1,
          ledgerReservedFen: 5_000_000,
          ledgerConsumedFen: 4_000_000,
          balanced: false,
        },
      ],
    });
    vi.mocked(subsidies.fetchMatching).mockResolvedValue({
      uscc: USCC,
      name: '三明某某科技有限公司',
      liaison: '李科长',
      matches: [
        { awardId: 'S-18', name: '新认定“小巨人”', status: 'lacks', clause: '二、（一）2', payer: 'CITY', lacks: ['尚未认定为“小巨人”'], amountFen: 0 },
        { awardId: 'S-17', name: '新认定专精特新', status: 'received', clause: '二、（一）2', payer: 'CITY', lacks: [], amountFen: 5_000_000 },
      ],
      notices: [],
    });
    vi.mocked(subsidies.listNotices).mockResolvedValue(
      page([
        {
          id: 9,
          uscc: USCC,
          name: '三明某某科技有限公司',
          countyCode: '350404',
          awardId: 'S-36',
          message: '可申报国家首台（套）奖励',
          liaison: '李科长',
          createdAt: '2025-03-01T02:00:00Z',
          readAt: null,
        },
      ]),
    );
    vi.mocked(subsidies.listParks).mockResolvedValue([
      {
        id: 'park-1',
        name: '三明高新区',
        countyCode: '350404',
        operator: '三明高新区运营公司',
        enterprises: [{ uscc: USCC, name: '三明某某科技有限公司', tier: 'specialized' }],
        specializedCount: 5,
        littleGiantCount: 1,
        plaque: true,
        plaqueRule: '园区内专精特新中小企业5家以上',
      },
    ]);
    vi.mocked(enterprises.listEnterprises).mockResolvedValue(page([]));
  });

  afterEach(async () => {
    wrapper?.unmount();
    wrapper = null;
    await settle();
    document.body.innerHTML = '';
    vi.resetAllMocks();
  });

  it('should compute S-36 from a unit price in 万元 and show 200万元, capped', async () => {
    signIn('finance-officer');
    wrapper = await render(ComputePage, '/subsidies/compute?award=S-36');

    expect(wrapper.find('[data-testid="compute-page"]').exists()).toBe(true);
    await wrapper.get('[data-testid="compute-unit-price"]').setValue('500');
    await wrapper.get('form').trigger('submit');
    await settle();

    expect(subsidies.computeAward).toHaveBeenCalledWith(
      { awardId: 'S-36', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string, facts: { unitPriceFen: 500_000_000 } },
      { notify: false },
    );
    expect(wrapper.get('[data-testid="compute-amount"]').text()).toBe('200万元');
    expect(wrapper.get('[data-testid="compute-cap-applied"]').text()).toBe('已封顶');
    expect(wrapper.get('[data-testid="computation-doc-no"]').text()).toBe('明政办〔2022〕1号');
  });

  it('should show the catalogue with its versions and offer 审批 to the approver only', async () => {
    signIn('gxj-approver');
    wrapper = await render(CataloguePage, '/subsidies/catalogue');
    expect(wrapper.findAll('[data-testid="catalogue-row"]').length).toBe(2);
    expect(wrapper.get('[data-testid="catalogue-proposed-count"]').text()).toContain('1');
    expect(wrapper.find('[data-testid="catalogue-propose"]').exists()).toBe(false);
    wrapper.unmount();

    signIn('gxj-operator');
    wrapper = await render(CataloguePage, '/subsidies/catalogue');
    expect(wrapper.find('[data-testid="catalogue-propose"]').exists()).toBe(true);
  });

  it('should list entitlements with their id and let an operator start a 公示', async () => {
    signIn('gxj-operator');
    wrapper = await render(EntitlementsPage, '/subsidies/entitlements?status=pending-publicity');

    expect(subsidies.listEntitlements).toHaveBeenCalledWith({ status: 'pending-publicity', page: 1, pageSize: 20 });
    const rows = wrapper.findAll('[data-testid="entitlement-row"]');
    expect(rows.map((r) => r.attributes('data-id'))).toEqual(['e-1', 'e-2']);
    expect(rows[0]?.text()).toContain('待公示');
    expect(wrapper.get('[data-testid="publicity-start"]').attributes('disabled')).toBeDefined();
  });

  it('should hide 发起公示 from a reader', async () => {
    signIn('finance-officer');
    wrapper = await render(EntitlementsPage, '/subsidies/entitlements');
    expect(wrapper.find('[data-testid="publicity-start"]').exists()).toBe(false);
  });

  it('should approve the business step with the version shown', async () => {
    signIn('gxj-approver');
    vi.mocked(subsidies.approveEntitlement).mockResolvedValue(entitlement({ status: 'business-approved', version: 4 }));
    wrapper = await render(EntitlementDetailPage, '/subsidies/entitlements/e-1');

    expect(subsidies.getEntitlement).toHaveBeenCalledWith('e-1', { notify: false });
    expect(wrapper.get('[data-testid="entitlement-status"]').text()).toBe('待业务审核');
    expect(wrapper.find('[data-testid="approve-finance"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="disburse-button"]').exists()).toBe(false);

    await wrapper.get('[data-testid="approve-business"]').trigger('click');
    await settle();
    // Element Plus puts the test id on the <textarea> itself.
    const comment = inBody('approve-comment') as HTMLTextAreaElement | null;
    expect(comment?.tagName).toBe('TEXTAREA');
    comment!.value = '同意';
    comment!.dispatchEvent(new Event('input'));
    inBody('approve-confirm')?.click();
    await settle();

    expect(subsidies.approveEntitlement).toHaveBeenCalledWith(
      'e-1',
      { step: 'business', decision: 'approve', comment: '同意', expectedVersion: 3 },
      { notify: false },
    );
    expect(wrapper.get('[data-testid="entitlement-status"]').text()).toBe('待财政审核');
  });

  it('should say 已被他人处理 and reload on a stale version', async () => {
    signIn('finance-approver');
    vi.mocked(subsidies.getEntitlement)
      .mockResolvedValueOnce(entitlement({ status: 'business-approved' }))
      .mockResolvedValueOnce(entitlement({ status: 'approved', version: 5 }));
    vi.mocked(subsidies.approveEntitlement).mockRejectedValue(new ApiError(409, 'CONFLICT', '奖补记录已被他人处理，请刷新后重试'));
    wrapper = await render(EntitlementDetailPage, '/subsidies/entitlements/e-1');

    await wrapper.get('[data-testid="approve-finance"]').trigger('click');
    await settle();
    inBody('approve-confirm')?.click();
    await settle();

    expect(subsidies.approveEntitlement).toHaveBeenCalledWith(
      'e-1',
      { step: 'finance', decision: 'approve', expectedVersion: 3 },
      { notify: false },
    );
    expect(document.body.textContent).toContain('已被他人处理，请刷新后重试');
    expect(subsidies.getEntitlement).toHaveBeenCalledTimes(2);
    expect(wrapper.get('[data-testid="entitlement-status"]').text()).toBe('已批准待拨付');
  });

  it('should offer 登记拨付 to the finance officer on an approved award', async () => {
    signIn('finance-officer');
    vi.mocked(subsidies.getEntitlement).mockResolvedValue(entitlement({ status: 'approved' }));
    wrapper = await render(EntitlementDetailPage, '/subsidies/entitlements/e-1');
    expect(wrapper.find('[data-testid="disburse-button"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="approve-business"]').exists()).toBe(false);
  });

  it('should print a 公示 list titled 关于…的公示 and offer 结束公示 to the operator', async () => {
    signIn('gxj-operator');
    vi.mocked(subsidies.getEntitlement).mockResolvedValue(entitlement({ status: 'in-publicity', publicityId: 'p-1' }));
    wrapper = await render(PublicityDetailPage, '/subsidies/publicity/p-1');

    expect(wrapper.get('[data-testid="publicity-print-title"]').text()).toBe('关于2025年度奖补资金拟兑现名单的公示');
    expect(wrapper.get('[data-testid="publicity-print-table"]').text()).toContain('三明某某科技有限公司');
    expect(wrapper.find('[data-testid="publicity-close"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="objection-raise"]').exists()).toBe(true);
  });

  it('should list applications with the review for the approver', async () => {
    signIn('gxj-approver');
    wrapper = await render(ApplicationsPage, '/subsidies/applications');
    expect(wrapper.findAll('[data-testid="application-row"]').length).toBe(1);
    expect(wrapper.find('[data-testid="application-review"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="application-create"]').exists()).toBe(false);
  });

  it('should show budget lines in 万元 and the allocation to the finance officer', async () => {
    signIn('finance-officer');
    wrapper = await render(BudgetsPage, '/subsidies/budgets');
    expect(wrapper.get('[data-testid="budget-available"]').text()).toBe('50');
    expect(wrapper.find('[data-testid="budget-allocate"]').exists()).toBe(true);
  });

  it('should show the ledger, the report with its reconciliation tags', async () => {
    signIn('finance-officer');
    wrapper = await render(LedgerPage, '/subsidies/ledger');
    expect(wrapper.findAll('[data-testid="ledger-row"]').length).toBe(1);
    wrapper.unmount();

    wrapper = await render(ReportPage, '/subsidies/report');
    expect(wrapper.get('[data-testid="reconciliation-result"]').text()).toBe('不一致');
    expect(wrapper.get('[data-testid="report-unbalanced"]').text()).toContain('1');
  });

  it('should group the matches of an enterprise and show its liaison', async () => {
    signIn('county-operator');
    wrapper = await render(MatchingPage, `/subsidies/matching/${USCC}`);
    expect(subsidies.fetchMatching).toHaveBeenCalledWith(USCC, { notify: false });
    expect(wrapper.get('[data-testid="matching-liaison"]').text()).toBe('李科长');
    expect(wrapper.get('[data-testid="matching-group-lacks"]').text()).toContain('尚未认定为“小巨人”');
    // The award by its Chinese name; the catalogue number only as a tooltip.
    const received = wrapper.get('[data-testid="matching-group-received"]');
    expect(received.text()).toContain('新认定专精特新');
    expect(received.text()).not.toContain('S-17');
    expect(received.find('[title="S-17"]').exists()).toBe(true);
  });

  it('should list unread notices and parks with the plaque flag', async () => {
    signIn('county-operator');
    wrapper = await render(NoticesPage, '/subsidies/notices');
    expect(subsidies.listNotices).toHaveBeenCalledWith({ unread: true, page: 1, pageSize: 20 });
    expect(wrapper.findAll('[data-testid="notice-row"]').length).toBe(1);
    wrapper.unmount();

    wrapper = await render(ParksPage, '/subsidies/parks');
    expect(wrapper.get('[data-testid="park-plaque"]').text()).toBe('符合专精特新园区授牌条件');
    expect(wrapper.find('[data-testid="park-create"]').exists()).toBe(true);
  });
});
