/**
 * The 政府采购监测 pages rendered against a mocked API module: contracts with due date, overdue days and interest in
 * 元 (overdue rows coloured, filters), the contract detail, the two 测算 and the complaint clocks — and no raw code,
 * `undefined` or `null` in the text.
 */
import { permissionsOf } from '@ladder/shared-permissions';
import { flushPromises, mount } from '@vue/test-utils';
import type { DOMWrapper, VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';

import * as api from '@/api/procurement';
import { vPermission } from '@/directives/permission';
import { vRowTestid } from '@/directives/row-testid';
import { i18n } from '@/locales';
import { useAuthStore } from '@/store/auth';

import { ApiError } from '@/api/request';

import ComplaintsPage from './complaints/index.vue';
import ComputePage from './compute/index.vue';
import ContractDetailPage from './contract-detail/index.vue';
import ContractsPage from './contracts/index.vue';
import DisclosurePage from './disclosure/index.vue';
import SmeSharePage from './sme-share/index.vue';

vi.mock('@/api/procurement');

function contract(over: Partial<Api.Procurement.Contract> = {}): Api.Procurement.Contract {
  return {
    id: '7d0b3c1e-1111-4222-8333-444455556666',
    contractNumber: 'SMCG-2024-001',
    buyerName: '三明市某局',
    buyerKind: 'organ',
    countyCode: '350404',
    department: null,
    projectId: null,
    supplierUscc: '91350404MA2XYA1237',
    supplierName: '三明某某科技有限公司',
    declaredSize: 'small',
    registrySize: 'micro',
    sizeAtSigning: 'micro',
    sizeSource: 'registry',
    sizeMismatch: true,
    signedOn: '2024-08-01',
    amountFen: 10_000_000,
    acceptanceCondition: false,
    acceptanceDeadline: null,
    agreedTermDays: null,
    backToBack: false,
    agreedAnnualRateBp: null,
    deliveredOn: '2024-09-01',
    acceptedOn: null,
    payments: [{ paidOn: '2024-10-18', amountFen: 10_000_000 }],
    asOf: '2024-12-01',
    paymentStatus: 'paid-late',
    paymentReason: '到期日2024-10-08，逾期付款100,000.00元（2024-10-18付，逾期10天）；逾期利息500.00元。',
    dueDate: '2024-10-08',
    paidFen: 10_000_000,
    outstandingFen: 0,
    daysOverdue: 10,
    interestFen: 50_000,
    textDocNo: '国务院令第728号',
    flags: [{ code: 'declared-size-mismatch', severity: 'review', zh: '声明规模与培育库不一致', clause: '第三条' }],
    calendarProvisional: false,
    ...over,
  };
}

const OVERDUE = contract({
  id: '8d0b3c1e-1111-4222-8333-444455556666',
  contractNumber: 'SMCG-2025-002',
  signedOn: '2025-03-01',
  paymentStatus: 'overdue',
  daysOverdue: 30,
  outstandingFen: 5_000_000,
  interestFen: 75_000,
  payments: [],
});
const ON_TIME = contract({
  id: '9d0b3c1e-1111-4222-8333-444455556666',
  contractNumber: 'SMCG-2025-003',
  signedOn: '2025-04-01',
  paymentStatus: 'paid-on-time',
  daysOverdue: 0,
  interestFen: 0,
});

const COMPLAINT: Api.Procurement.Complaint = {
  id: 'c1',
  number: 'TS2024-0001',
  complainantUscc: '91350404MA2XYA1237',
  complainantName: '三明某某科技有限公司',
  respondentName: '三明市某局',
  contractId: null,
  amountFen: 10_000_000,
  summary: '货款逾期未付',
  filedVia: 'liaison',
  status: 'received',
  receivedOn: '2024-09-27',
  reviewDueOn: '2024-10-16',
  reviewClock: 'running',
  reviewedOn: null,
  reason: null,
  forwardTo: null,
  outcome: null,
  informedOn: null,
  timeline: [{ action: 'received', by: '张三', on: '2024-09-27', text: '收到投诉' }],
};

function page<T>(items: T[]): Api.Common.PageResult<T> {
  return { items, total: items.length, page: 1, pageSize: 20 };
}

async function render(component: Component, path = '/'): Promise<VueWrapper> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/procurement/contracts/:id', component },
      { path: '/:pathMatch(.*)*', component },
    ],
  });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(component, {
    attachTo: document.body,
    global: { plugins: [i18n, router], directives: { permission: vPermission, rowTestid: vRowTestid } },
  });
  await settle();
  return wrapper;
}

async function settle(): Promise<void> {
  await flushPromises();
  await new Promise((r) => setTimeout(r, 0));
  await flushPromises();
}

/** The `<input>` of an Element Plus field, whichever element carries its test id. */
function input(wrapper: VueWrapper, testId: string): DOMWrapper<HTMLInputElement> {
  const el = wrapper.find<HTMLElement>(`[data-testid="${testId}"]`);
  return ['INPUT', 'TEXTAREA'].includes(el.element.tagName) ? (el as DOMWrapper<HTMLInputElement>) : el.find<HTMLInputElement>('input');
}

/** Text a user must never see: raw codes of this domain, English placeholders. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/undefined|null|NaN|paid-late|overdue|organ|micro|procurement\./);
}

describe('政府采购监测 pages', () => {
  let wrapper: VueWrapper | null = null;

  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'zh-CN';
    useAuthStore().setSession('t', {
      id: 'u-1',
      username: 'gxj',
      displayName: '张三',
      department: '市工信局',
      roles: ['gxj-operator'],
      countyCode: null,
      permissions: permissionsOf(['gxj-operator']),
    });
    vi.mocked(api.listContracts).mockResolvedValue(page([contract(), OVERDUE, ON_TIME]));
    vi.mocked(api.getContract).mockResolvedValue(contract());
    vi.mocked(api.getDisclosure).mockResolvedValue({
      year: 2024,
      asOf: '2024-12-31',
      publishBy: '2025-03-31',
      rows: [
        {
          contractId: OVERDUE.id,
          contractNumber: 'SMCG-2024-009',
          buyerName: '三明市某局',
          buyerKind: 'institution',
          countyCode: '350404',
          supplierName: '三明某某科技有限公司',
          supplierUscc: '91350404MA2XYA1237',
          dueDate: '2024-10-08',
          outstandingFen: 5_000_001,
          daysOverdue: 84,
        },
      ],
      totalOutstandingFen: 5_000_001,
    });
    vi.mocked(api.getSmeShare).mockResolvedValue({
      year: 2024,
      rows: [
        {
          buyerName: '三明市某局',
          contracts: 3,
          smeContracts: 2,
          totalFen: 30_000_000,
          smeFen: 20_000_001,
          share: { num: 20_000_001, den: 30_000_000 },
          sharePercent: '66.67',
        },
      ],
    });
    vi.mocked(api.listComplaints).mockResolvedValue(page([COMPLAINT, { ...COMPLAINT, id: 'c2', number: 'TS2024-0002', reviewClock: 'overdue' }]));
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = null;
    vi.clearAllMocks();
  });

  it('should list contracts with due date, overdue days and interest in 元, overdue rows coloured', async () => {
    // Act
    wrapper = await render(ContractsPage, '/procurement/contracts');

    // Assert
    const text = wrapper.text();
    expect(text).toContain('2024-10-08');
    expect(text).toContain('10天');
    expect(text).toContain('500.00元');
    expect(text).toContain('逾期付清');
    expect(text).toContain('逾期未付');
    expect(text).toContain('三明市某局（机关）');
    expect(text).toContain('三明某某科技有限公司（微型企业）');
    expect(wrapper.findAll('.row-overdue')).toHaveLength(1);
    expect(wrapper.findAll('.row-late')).toHaveLength(1);
    expectClean(text);
  });

  it('should send the buyer filter to the API and filter the page by year and overdue', async () => {
    // Arrange
    wrapper = await render(ContractsPage, '/procurement/contracts');

    // Act
    const buyer = input(wrapper, 'pc-filter-buyer');
    await buyer.setValue(' 三明市某局 ');
    await buyer.trigger('keyup', { key: 'Enter' });
    await settle();
    await input(wrapper, 'pc-filter-overdue').setValue(true);
    await settle();

    // Assert
    expect(vi.mocked(api.listContracts)).toHaveBeenLastCalledWith({ page: 1, pageSize: 20, buyerName: '三明市某局' });
    const text = wrapper.text();
    expect(text).toContain('SMCG-2025-002');
    expect(text).toContain('SMCG-2024-001');
    expect(text).not.toContain('SMCG-2025-003');
  });

  it('should show a contract with its rules judgement, flags and payments', async () => {
    // Act
    wrapper = await render(ContractDetailPage, `/procurement/contracts/${contract().id}`);

    // Assert
    expect(vi.mocked(api.getContract)).toHaveBeenCalledWith(contract().id);
    expect(wrapper.find('[data-testid="pc-detail-status"]').text()).toBe('逾期付清');
    expect(wrapper.find('[data-testid="pc-detail-interest"]').text()).toBe('500.00元');
    const text = wrapper.text();
    expect(text).toContain('微型企业（取自培育库；声明与培育库不一致）');
    expect(text).toContain('需核实：声明规模与培育库不一致');
    expect(text).toContain('2024-10-18');
    expect(text).toContain('10万元');
    expect(text).toContain('国务院令第728号');
    expect(text).toContain('三元区');
    expectClean(text);
  });
  it('should post the payment request and show the due date, overdue days and interest readably', async () => {
    // Arrange
    vi.mocked(api.computePayment).mockResolvedValue({
      status: 'paid-late',
      reason: '到期日2024-10-08，逾期付款100,000.00元（2024-10-18付，逾期10天）；逾期利息500.00元。',
      dueDate: '2024-10-08',
      daysOverdue: 10,
      interest: { totalFen: 50_000, formula: '100,000.00元 × 10天 × 每日万分之五（0.05%） = 500.00元', clause: '第十五条' },
      period: { explanation: '第30日为2024-10-01（国庆节），顺延至2024-10-08。', clause: '第八条第一款' },
      flags: [],
    });
    wrapper = await render(ComputePage, '/procurement/compute');

    // Act
    await wrapper.find('[data-testid="pc-compute-run"]').trigger('click');
    await settle();

    // Assert
    const body = vi.mocked(api.computePayment).mock.calls[0]?.[0];
    expect(body?.request).toMatchObject({ deliveredOn: '2024-09-01', buyerKind: 'organ', amountFen: 10_000_000 });
    expect(wrapper.find('[data-testid="pc-compute-status"]').text()).toBe('逾期付清');
    expect(wrapper.find('[data-testid="pc-compute-dueDate"]').text()).toBe('2024-10-08');
    expect(wrapper.find('[data-testid="pc-compute-daysOverdue"]').text()).toBe('10天');
    expect(wrapper.find('[data-testid="pc-compute-interest"]').text()).toBe('500.00元');
    expect(wrapper.find('[data-testid="pc-compute-clause"]').text()).toBe('第十五条');
  });

  it('should post the preference request and show the decision, band and clause', async () => {
    // Arrange
    vi.mocked(api.computePreference).mockResolvedValue({
      decision: 'rejected',
      reason: '扣除比例15%不在6%—10%内。',
      band: { zh: '6%—10%', clause: '财库〔2020〕46号 第九条' },
      evaluationPriceFen: null,
      formula: null,
      clause: '财库〔2020〕46号 第九条',
    });
    wrapper = await render(ComputePage, '/procurement/compute');
    await wrapper.findAll('[data-testid="pc-compute-kind"] input')[1]?.setValue(true);
    await settle();

    // Act
    await wrapper.find('[data-testid="pc-compute-run"]').trigger('click');
    await settle();

    // Assert
    expect(vi.mocked(api.computePreference).mock.calls[0]?.[0].request).toMatchObject({ kind: 'deduction', bidder: 'small-micro' });
    expect(wrapper.find('[data-testid="pc-compute-decision"]').text()).toBe('不符合规定');
    expect(wrapper.find('[data-testid="pc-compute-band"]').text()).toBe('6%—10%');
    expect(wrapper.find('[data-testid="pc-compute-clause"]').text()).toBe('财库〔2020〕46号 第九条');
    expectClean(wrapper.find('[data-testid="pc-compute-result"]').text());
  });

  it('should show the Chinese problems of an invalid request and refuse text that is not JSON', async () => {
    // Arrange
    vi.mocked(api.computePayment).mockRejectedValue(
      new ApiError(400, 'PROCUREMENT_INVALID_REQUEST', '请求无效：缺少交付日期'),
    );
    wrapper = await render(ComputePage, '/procurement/compute');

    // Act
    await wrapper.find('[data-testid="pc-compute-run"]').trigger('click');
    await settle();
    const apiError = wrapper.find('[data-testid="pc-compute-error"]').text();
    await input(wrapper, 'pc-compute-request').setValue('{不是JSON');
    await wrapper.find('[data-testid="pc-compute-run"]').trigger('click');
    await settle();

    // Assert
    expect(apiError).toContain('缺少交付日期');
    expect(wrapper.find('[data-testid="pc-compute-error"]').text()).toBe('请输入有效的JSON对象');
    expect(vi.mocked(api.computePayment)).toHaveBeenCalledTimes(1);
  });
  it('should list complaints with their 10-working-day review deadline and clock', async () => {
    // Arrange
    wrapper = await render(ComplaintsPage, '/procurement/complaints');

    // Act
    const text = wrapper.text();
    const clocks = wrapper.findAll('[data-testid="pc-complaint-clock"]').map((w) => w.text());

    // Assert
    expect(text).toContain('2024-09-27');
    expect(text).toContain('2024-10-16');
    expect(text).toContain('三明某某科技有限公司（挂包联系干部）');
    expect(text).toContain('待审查');
    expect(text).toContain('10万元');
    expect(clocks).toEqual(['审查中', '已超期']);
    expectClean(text);
    expect(vi.mocked(api.listComplaints)).toHaveBeenCalledWith({ page: 1, pageSize: 20 });
  });
  it('should show the disclosure list with its publication deadline and the outstanding total in 元', async () => {
    // Act
    wrapper = await render(DisclosurePage, '/procurement/disclosure');

    // Assert
    expect(wrapper.find('[data-testid="pc-disclosure-note"]').text()).toBe(
      '截至2024-12-31逾期未支付的合同，应于2025-03-31前公开',
    );
    expect(wrapper.find('[data-testid="pc-disclosure-total"]').text()).toBe('未付金额合计：50,000.01元（1份合同）');
    const text = wrapper.text();
    expect(text).toContain('三明市某局（事业单位）');
    expect(text).toContain('84天');
    expectClean(text);
  });

  it('should show the SME share by buyer to the 分 with its percentage', async () => {
    // Act
    wrapper = await render(SmeSharePage, '/procurement/sme-share');

    // Assert
    const text = wrapper.text();
    expect(text).toContain('30万元');
    expect(text).toContain('200,000.01元');
    expect(wrapper.find('[data-testid="pc-sme-share-percent"]').text()).toContain('66.67%');
    expectClean(text);
  });
});
