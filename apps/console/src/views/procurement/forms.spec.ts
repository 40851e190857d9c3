/**
 * 政府采购监测 data entry against a mocked API module: who sees which button, the checks made before anything is
 * sent (in Chinese), the bodies sent (amounts in 分), and the server's Chinese message shown in the dialog.
 */
import { permissionsOf } from '@ladder/shared-permissions';
import type { Role } from '@ladder/shared-permissions';
import { flushPromises, mount } from '@vue/test-utils';
import type { VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';

import * as api from '@/api/procurement';
import { ApiError } from '@/api/request';
import { vPermission } from '@/directives/permission';
import { vRowTestid } from '@/directives/row-testid';
import { i18n } from '@/locales';
import { useAuthStore } from '@/store/auth';

import { toContractAction } from './contract-detail/data';
import ContractDetailPage from './contract-detail/index.vue';
import { toComplaintAction, toComplaintBody, emptyComplaintForm } from './complaints/data';
import ComplaintsPage from './complaints/index.vue';
import { emptyContractForm, toContractBody } from './contracts/data';
import { dueSoon } from './contracts/due';
import ContractsPage from './contracts/index.vue';
import { amountChartOption, shareChartOption } from './sme-share/data';

vi.mock('@/api/procurement');

const USCC = '91350404MA2XYA123N';

function contract(over: Partial<Api.Procurement.Contract> = {}): Api.Procurement.Contract {
  return {
    id: '7d0b3c1e-1111-4222-8333-444455556666',
    contractNumber: '三采〔2024〕1号',
    buyerName: '三明市某局',
    buyerKind: 'organ',
    countyCode: '350404',
    department: null,
    projectId: null,
    supplierUscc: USCC,
    supplierName: '三明某某科技有限公司',
    declaredSize: 'small',
    registrySize: null,
    sizeAtSigning: 'small',
    sizeSource: 'declared',
    sizeMismatch: false,
    signedOn: '2024-08-01',
    amountFen: 10_000_000,
    acceptanceCondition: false,
    acceptanceDeadline: null,
    agreedTermDays: null,
    backToBack: false,
    agreedAnnualRateBp: null,
    deliveredOn: '2024-09-01',
    acceptedOn: null,
    payments: [],
    asOf: '2024-09-27',
    paymentStatus: 'not-yet-due',
    paymentReason: '到期日2024-10-08。',
    dueDate: '2024-10-08',
    paidFen: 0,
    outstandingFen: 10_000_000,
    daysOverdue: 0,
    interestFen: 0,
    textDocNo: '国务院令第728号',
    flags: [],
    calendarProvisional: false,
    ...over,
  };
}

const COMPLAINT: Api.Procurement.Complaint = {
  id: 'c1',
  number: 'TS2024-0001',
  complainantUscc: USCC,
  complainantName: '三明某某科技有限公司',
  respondentName: '三明市某局',
  contractId: null,
  amountFen: null,
  summary: '货款逾期未付',
  filedVia: 'enterprise',
  status: 'received',
  receivedOn: '2024-09-27',
  reviewDueOn: '2024-10-16',
  reviewClock: 'running',
  reviewedOn: null,
  reason: null,
  forwardTo: null,
  outcome: null,
  informedOn: null,
  timeline: [],
};

function signIn(role: Role): void {
  useAuthStore().setSession('t', {
    id: 'u-1',
    username: 'u',
    displayName: '张三',
    department: '市财政局',
    roles: [role],
    countyCode: null,
    permissions: permissionsOf([role]),
  });
}

async function settle(): Promise<void> {
  await flushPromises();
  await new Promise((r) => setTimeout(r, 0));
  await flushPromises();
}

async function render(component: Component, path: string): Promise<VueWrapper> {
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

/** An element in the document (dialogs are teleported to the body). */
function byTestId(testId: string): HTMLElement | null {
  return document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
}

function fill(testId: string, value: string): void {
  const host = byTestId(testId);
  const el = host && ['INPUT', 'TEXTAREA'].includes(host.tagName) ? host : host?.querySelector<HTMLInputElement>('input, textarea');
  if (!el) throw new Error(`no input ${testId}`);
  (el as HTMLInputElement).value = value;
  el.dispatchEvent(new Event('input'));
}

async function click(testId: string): Promise<void> {
  byTestId(testId)?.click();
  await settle();
}

function text(testId: string): string {
  return byTestId(testId)?.textContent?.trim() ?? '';
}

describe('政府采购监测 data entry', () => {
  let wrapper: VueWrapper | null = null;

  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'zh-CN';
    vi.mocked(api.listContracts).mockResolvedValue({ items: [contract()], total: 1, page: 1, pageSize: 20 });
    vi.mocked(api.getContract).mockResolvedValue(contract());
    vi.mocked(api.listComplaints).mockResolvedValue({ items: [COMPLAINT, { ...COMPLAINT, id: 'c2', number: 'TS2024-0002', status: 'accepted' }], total: 2, page: 1, pageSize: 20 });
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = null;
    document.body.innerHTML = '';
    vi.clearAllMocks();
  });

  it('should offer 登记合同 to the finance officer and not to a read-only role', async () => {
    // Arrange
    signIn('finance-officer');
    wrapper = await render(ContractsPage, '/procurement/contracts');
    const officer = wrapper.find('[data-testid="pc-contract-new"]').exists();
    wrapper.unmount();
    setActivePinia(createPinia());
    signIn('gxj-approver');

    // Act
    wrapper = await render(ContractsPage, '/procurement/contracts');

    // Assert
    expect(officer).toBe(true);
    expect(wrapper.find('[data-testid="pc-contract-new"]').exists()).toBe(false);
  });

  it('should refuse an incomplete contract in Chinese without calling the API', async () => {
    // Arrange
    signIn('finance-officer');
    wrapper = await render(ContractsPage, '/procurement/contracts');
    await click('pc-contract-new');

    // Act
    await click('pc-cf-save');

    // Assert
    expect(text('pc-cf-error')).toBe('请填写合同编号');
    expect(vi.mocked(api.recordContract)).not.toHaveBeenCalled();
  });

  it('should check and convert the contract form: amount in 分, rate in basis points, USCC normalised', () => {
    // Arrange
    const m = {
      ...emptyContractForm(),
      contractNumber: ' 三采〔2024〕1号 ',
      buyerName: '三明市某局',
      buyerKind: 'organ' as const,
      countyCode: '350404',
      supplierUscc: USCC.toLowerCase(),
      supplierName: '三明某某科技有限公司',
      declaredSize: 'small' as const,
      signedOn: '2024-08-01',
      amountYuan: '100,000.00',
    };

    // Act
    const ok = toContractBody({ ...m, agreedRatePercent: '3.65', agreedTermDays: '45' });
    const badUscc = toContractBody({ ...m, supplierUscc: '91350404MA2XYA1236' });
    const badRate = toContractBody({ ...m, agreedRatePercent: '3.655' });
    const badTerm = toContractBody({ ...m, agreedTermDays: '30.5' });
    const badAmount = toContractBody({ ...m, amountYuan: '0' });
    const badDeadline = toContractBody({ ...m, acceptanceCondition: true, acceptanceDeadline: '2024-07-01' });

    // Assert
    expect(ok).toEqual({
      ok: true,
      body: {
        contractNumber: '三采〔2024〕1号',
        buyerName: '三明市某局',
        buyerKind: 'organ',
        countyCode: '350404',
        supplierUscc: USCC,
        supplierName: '三明某某科技有限公司',
        declaredSize: 'small',
        signedOn: '2024-08-01',
        amountFen: 10_000_000,
        agreedTermDays: 45,
        agreedAnnualRateBp: 365,
      },
    });
    expect(badUscc.ok ? '' : badUscc.message).toMatch(/校验/);
    expect(badRate.ok ? '' : badRate.message).toBe('约定逾期利率须为0至100之间、最多两位小数的百分数');
    expect(badTerm.ok ? '' : badTerm.message).toBe('约定付款期限须为0至3650之间的整数天数');
    expect(badAmount.ok ? '' : badAmount.message).toBe('合同金额（元）：金额须大于0');
    expect(badDeadline.ok ? '' : badDeadline.message).toBe('约定验收期限不能早于合同订立日期');
  });

  it('should check delivery, acceptance and payment before sending, in Chinese', () => {
    // Arrange
    const c = contract({ paidFen: 4_000_000 });

    // Act
    const paid = toContractAction('payment', '2024-10-18', '60000', c);
    const tooMuch = toContractAction('payment', '2024-10-18', '60000.01', c);
    const early = toContractAction('delivery', '2024-07-31', '', c);
    const noDate = toContractAction('acceptance', '', '', c);
    const beforeDelivery = toContractAction('acceptance', '2024-08-31', '', c);

    // Assert
    expect(paid).toEqual({ ok: true, body: { kind: 'payment', body: { paidOn: '2024-10-18', amountFen: 6_000_000 } } });
    expect(tooMuch.ok ? '' : tooMuch.message).toBe('付款金额超过尚未支付的合同金额6万元');
    expect(early.ok ? '' : early.message).toBe('交付日期不能早于合同订立日期2024-08-01');
    expect(noDate.ok ? '' : noDate.message).toBe('请填写验收合格日期');
    expect(beforeDelivery.ok ? '' : beforeDelivery.message).toBe('验收合格日期不能早于交付日期2024-09-01');
  });

  it('should show delivery and payment buttons to the operator only, and the server message in the dialog', async () => {
    // Arrange
    signIn('gxj-approver');
    wrapper = await render(ContractDetailPage, `/procurement/contracts/${contract().id}`);
    const readOnly = ['pc-detail-deliver', 'pc-detail-pay', 'pc-detail-accept'].map((id) => wrapper?.find(`[data-testid="${id}"]`).exists());
    wrapper.unmount();
    setActivePinia(createPinia());
    signIn('finance-officer');
    vi.mocked(api.recordPayment).mockRejectedValue(new ApiError(409, 'PROCUREMENT_PAYMENT_EXCEEDS', '已付合计将超过合同应付金额'));
    wrapper = await render(ContractDetailPage, `/procurement/contracts/${contract().id}`);

    // Act
    await click('pc-detail-pay');
    await click('pc-act-confirm');
    const local = text('pc-act-error');

    // Assert
    expect(readOnly).toEqual([false, false, false]);
    expect(wrapper.find('[data-testid="pc-detail-deliver"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="pc-detail-accept"]').exists()).toBe(false);
    expect(text('pc-detail-due')).toBe('2024-10-08');
    expect(local).toBe('请填写付款日期');
    expect(vi.mocked(api.recordPayment)).not.toHaveBeenCalled();
  });

  it('should check the complaint intake and the review before sending', () => {
    // Act
    const empty = toComplaintBody(emptyComplaintForm());
    const filled = toComplaintBody({ ...emptyComplaintForm(contract()), summary: ' 货款逾期未付 ', amountYuan: '100000' }, contract().id);
    const rejectWithout = toComplaintAction('review', 'reject', ' ');
    const accept = toComplaintAction('review', 'accept', '市财政局');
    const conclude = toComplaintAction('conclude', 'accept', '已督促付款');

    // Assert
    expect(empty.ok ? '' : empty.message).toBe('请填写投诉人统一社会信用代码');
    expect(filled).toEqual({
      ok: true,
      body: {
        complainantUscc: USCC,
        complainantName: '三明某某科技有限公司',
        respondentName: '三明市某局',
        summary: '货款逾期未付',
        filedVia: 'enterprise',
        contractId: contract().id,
        amountFen: 10_000_000,
      },
    });
    expect(rejectWithout.ok ? '' : rejectWithout.message).toBe('请填写不予受理理由');
    expect(accept).toEqual({ ok: true, body: { kind: 'review', body: { decision: 'accept', forwardTo: '市财政局' } } });
    expect(conclude).toEqual({ ok: true, body: { kind: 'conclude', body: { outcome: '已督促付款' } } });
  });

  it('should let the reviewer accept and forward a complaint and show the server message when refused', async () => {
    // Arrange
    signIn('finance-approver');
    vi.mocked(api.reviewComplaint).mockResolvedValueOnce({ ...COMPLAINT, status: 'accepted' });
    vi.mocked(api.concludeComplaint).mockRejectedValueOnce(new ApiError(409, 'PROCUREMENT_COMPLAINT_STATE', '投诉当前状态不允许该操作'));
    wrapper = await render(ComplaintsPage, '/procurement/complaints');

    // Act
    await click('pc-complaint-review');
    fill('pc-cact-text', '三明市财政局');
    await settle();
    await click('pc-cact-confirm');
    await click('pc-complaint-conclude');
    fill('pc-cact-text', '已督促付款');
    await settle();
    await click('pc-cact-confirm');

    // Assert
    expect(vi.mocked(api.reviewComplaint)).toHaveBeenCalledWith('c1', { decision: 'accept', forwardTo: '三明市财政局' }, { notify: false });
    expect(vi.mocked(api.concludeComplaint)).toHaveBeenCalledWith('c2', { outcome: '已督促付款' }, { notify: false });
    expect(text('pc-cact-error')).toBe('投诉当前状态不允许该操作');
    expect(wrapper.find('[data-testid="pc-complaint-new"]').exists()).toBe(false);
  });

  it('should mark an unpaid contract due within 7 days, not a paid or later one', () => {
    // Assert
    expect(dueSoon(contract({ asOf: '2024-10-01' }))).toBe(true);
    expect(dueSoon(contract({ asOf: '2024-09-30' }))).toBe(false);
    expect(dueSoon(contract({ asOf: '2024-10-01', outstandingFen: 0 }))).toBe(false);
    expect(dueSoon(contract({ asOf: '2024-10-09', paymentStatus: 'overdue' }))).toBe(false);
  });

  it('should chart the SME share by buyer, lowest share last, amounts in 万元', () => {
    // Arrange
    const rows: Api.Procurement.SmeShare['rows'] = [
      { buyerName: '甲局', contracts: 2, smeContracts: 1, totalFen: 30_000_000, smeFen: 10_000_000, share: { num: 1, den: 3 }, sharePercent: '33.33' },
      { buyerName: '乙局', contracts: 1, smeContracts: 1, totalFen: 5_000_000, smeFen: 5_000_000, share: { num: 1, den: 1 }, sharePercent: '100.00' },
    ];

    // Act
    const share = shareChartOption(rows) as { yAxis: { data: string[] }; series: { data: number[] }[] };
    const amount = amountChartOption(rows) as { series: { name: string; data: number[] }[] };

    // Assert
    expect(share.yAxis.data).toEqual(['乙局', '甲局']);
    expect(share.series[0]?.data).toEqual([100, 33.33]);
    expect(amount.series.map((s) => s.name)).toEqual(['中小企业合同金额', '其他合同金额']);
    expect(amount.series[1]?.data).toEqual([0, 20]);
    expect(shareChartOption([])).toBeNull();
  });
});
