/**
 * The 融资担保 pages rendered against a mocked API module: the calls they make, the buttons a role may use, the
 * approval with the server's Chinese maker ≠ checker error, the 测算 request — and no raw ids or codes shown.
 */
import { permissionsOf } from '@ladder/shared-permissions';
import type { Role } from '@ladder/shared-permissions';
import { flushPromises, mount } from '@vue/test-utils';
import type { VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';

import * as guarantees from '@/api/guarantees';
import { ApiError } from '@/api/request';
import { i18n } from '@/locales';
import { useAuthStore } from '@/store/auth';

import DetailPage from './application-detail/index.vue';
import ApplicationsPage from './applications/index.vue';
import ComputePage from './compute/index.vue';
import ExposurePage from './exposure/index.vue';
import { COMPUTATION, ORGS, USCC, application, page } from './fixtures';
import WhiteListPage from './whitelist/index.vue';

vi.mock('@/api/guarantees');

function signIn(role: Role, username = 'u1'): void {
  useAuthStore().setSession('t', {
    id: 'u1',
    username,
    displayName: '张三',
    department: '示例',
    roles: [role],
    countyCode: null,
    permissions: permissionsOf([role]),
  });
}

async function render(component: Component, path = '/'): Promise<VueWrapper> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/guarantees/applications/:id', component },
      { path: '/:pathMatch(.*)*', component },
    ],
  });
  await router.push(path);
  await router.isReady();
  const wrapper = mount(component, { attachTo: document.body, global: { plugins: [i18n, router] } });
  await flushPromises();
  await flushPromises();
  return wrapper;
}

function inBody(testId: string): HTMLElement | null {
  return document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
}

/** No English word, raw id or `undefined`/`null` in the page's text (what the browser page-walk also checks). */
function expectClean(wrapper: VueWrapper): void {
  const text = wrapper.text();
  expect(text).not.toMatch(/undefined|null|NaN|o-g|o-b|g-1|S-4[89]|total-outstanding|specialized|little-giant/);
}

describe('融资担保 pages', () => {
  let wrapper: VueWrapper | null = null;

  beforeEach(() => {
    sessionStorage.clear();
    setActivePinia(createPinia());
    vi.mocked(guarantees.listOrganisations).mockResolvedValue(ORGS);
    vi.mocked(guarantees.listWhiteList).mockResolvedValue(
      page([
        {
          uscc: USCC,
          name: '三明某某科技有限公司',
          countyCode: '350404',
          member: true,
          source: 'title',
          tier: 'specialized',
          certificationId: 'c-1',
          since: '2023-06-15',
          until: '2026-06-14',
          reason: '持有有效的专精特新中小企业称号',
          updatedAt: '2025-09-15T02:00:00Z',
        },
      ]),
    );
    vi.mocked(guarantees.listWhiteListHistory).mockResolvedValue(
      page([
        {
          id: 1,
          uscc: USCC,
          countyCode: '350404',
          action: 'added',
          effectiveOn: '2023-06-15',
          source: 'title',
          tier: 'specialized',
          certificationId: 'c-1',
          reason: '认定',
          actor: 'system',
          at: '2025-09-15T02:00:00Z',
        },
      ]),
    );
    vi.mocked(guarantees.listGuarantees).mockResolvedValue(page([application(), application({ id: 'g-2', status: 'issued' })]));
    vi.mocked(guarantees.getGuarantee).mockResolvedValue(application());
    vi.mocked(guarantees.computeGuarantee).mockResolvedValue(COMPUTATION);
    vi.mocked(guarantees.fetchExposure).mockResolvedValue({
      byEnterprise: [{ key: USCC, name: '三明某某科技有限公司', pendingFen: 0, outstandingFen: 200_000_000, compensatedFen: 0, recoveredFen: 0, count: 1 }],
      byGuarantor: [{ key: 'o-g', name: '三明市融资担保有限公司（示例）', pendingFen: 100_000_000, outstandingFen: 200_000_000, compensatedFen: 0, recoveredFen: 0, count: 2 }],
      byBank: [{ key: 'o-b', name: '三明农村商业银行（示例）', pendingFen: 100_000_000, outstandingFen: 200_000_000, compensatedFen: 0, recoveredFen: 0, count: 2 }],
      byCounty: [{ key: '350404', name: '350404', pendingFen: 100_000_000, outstandingFen: 200_000_000, compensatedFen: 0, recoveredFen: 0, count: 2 }],
    });
    vi.mocked(guarantees.fetchPolicyCost).mockResolvedValue([
      { year: 2025, guarantorId: 'o-g', count: 2, standardFeeFen: 4_000_000, chargedFeeFen: 2_000_000, policyCostFen: 2_000_000 },
    ]);
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = null;
    document.body.innerHTML = '';
    vi.clearAllMocks();
  });

  it('should list the white list by county, open an enterprise history, and export the same filter', async () => {
    signIn('guarantee-officer');
    wrapper = await render(WhiteListPage);
    expect(guarantees.listWhiteList).toHaveBeenCalledWith({ member: true, page: 1, pageSize: 20 });
    expect(wrapper.text()).toContain('专精特新中小企业');
    expect(wrapper.text()).toContain('三元区');
    expect(wrapper.text()).toContain('三明某某科技有限公司');
    expectClean(wrapper);
    await wrapper.get('[data-testid="gwl-history"]').trigger('click');
    await flushPromises();
    expect(guarantees.listWhiteListHistory).toHaveBeenCalledWith({ uscc: USCC, pageSize: 100 });
    expect(inBody('gwl-history-dialog')?.textContent).toContain('纳入');
    vi.mocked(guarantees.exportWhiteList).mockResolvedValue({ blob: new Blob(['x']), fileName: '白名单.xlsx' });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    await wrapper.get('[data-testid="gwl-export"]').trigger('click');
    await flushPromises();
    expect(guarantees.exportWhiteList).toHaveBeenCalledWith({ member: true });
  });

  it('should list applications with organisation names, never their ids', async () => {
    signIn('bank-officer', 'yh');
    wrapper = await render(ApplicationsPage);
    expect(guarantees.listGuarantees).toHaveBeenCalledWith({ page: 1, pageSize: 20 });
    expect(wrapper.text()).toContain('三明农村商业银行（示例）');
    expect(wrapper.text()).toContain('200万元');
    expect(wrapper.text()).toContain('已初审');
    expectClean(wrapper);
  });

  it('should let the approver approve, and show the server’s Chinese maker ≠ checker refusal', async () => {
    signIn('guarantor-approver', 'dbsp');
    wrapper = await render(DetailPage, '/guarantees/applications/g-1');
    expect(guarantees.getGuarantee).toHaveBeenCalledWith('g-1', { notify: false });
    expect(wrapper.find('[data-testid="gdetail-review"]').exists()).toBe(false);
    expectClean(wrapper);
    vi.mocked(guarantees.decideGuarantee).mockRejectedValueOnce(
      new ApiError(403, 'GUARANTEES_MAKER_CHECKER', '审批须由受理、初审以外的另一人进行'),
    );
    await wrapper.get('[data-testid="gdetail-decide"]').trigger('click');
    await flushPromises();
    inBody('gact-confirm')?.click();
    await flushPromises();
    expect(guarantees.decideGuarantee).toHaveBeenCalledWith('g-1', { approve: true }, { notify: false });
    expect(inBody('gact-error')?.textContent).toContain('审批须由受理、初审以外的另一人进行');

    vi.mocked(guarantees.decideGuarantee).mockResolvedValueOnce(application({ status: 'approved', decidedBy: 'dbsp', note: '同意担保' }));
    inBody('gact-confirm')?.click();
    await flushPromises();
    expect(wrapper.get('[data-testid="gdetail-status"]').attributes('data-status')).toBe('approved');
    expect(wrapper.text()).toContain('担保机构审批 · 同意');
  });

  it('should offer the bank only the loan confirmation, and the guarantor officer review and 代偿', async () => {
    signIn('bank-officer', 'yh');
    vi.mocked(guarantees.getGuarantee).mockResolvedValue(application({ status: 'approved', decidedBy: 'dbsp' }));
    wrapper = await render(DetailPage, '/guarantees/applications/g-1');
    expect(wrapper.find('[data-testid="gdetail-issue"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="gdetail-decide"]').exists()).toBe(false);
    vi.mocked(guarantees.issueLoan).mockResolvedValue(application({ status: 'issued', loanNo: 'SMNS-1', issuedOn: '2025-09-20' }));
    await wrapper.get('[data-testid="gdetail-issue"]').trigger('click');
    await flushPromises();
    const loanNo = document.body.querySelector<HTMLInputElement>('input[data-testid="gact-loan-no"], [data-testid="gact-loan-no"] input');
    if (!loanNo) throw new Error('no loan number input');
    loanNo.value = 'SMNS-1';
    loanNo.dispatchEvent(new Event('input'));
    await flushPromises();
    inBody('gact-confirm')?.click();
    await flushPromises();
    expect(vi.mocked(guarantees.issueLoan).mock.calls[0]?.[1]).toMatchObject({ loanNo: 'SMNS-1' });
    expect(wrapper.text()).toContain('合作银行确认放款');
    wrapper.unmount();

    signIn('guarantor-officer', 'dbjg');
    vi.mocked(guarantees.getGuarantee).mockResolvedValue(application({ status: 'issued', decidedBy: 'dbsp', loanNo: 'SMNS-1', issuedOn: '2025-09-20' }));
    wrapper = await render(DetailPage, '/guarantees/applications/g-1');
    expect(wrapper.find('[data-testid="gdetail-compensate"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="gdetail-repay"]').exists()).toBe(false);
  });

  it('should send the 测算 form as the command’s request and show ceiling, headroom and fee in 元', async () => {
    signIn('guarantee-officer');
    wrapper = await render(ComputePage);
    const set = async (testId: string, value: string): Promise<void> => {
      await wrapper?.get(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).setValue(value);
    };
    await set('gcompute-outstanding', '300');
    await set('gcompute-requested', '200.000001');
    // No title: the request carries `titles: []` (the date pickers are not typed into in jsdom).
    await wrapper.get('[data-testid="gcompute-title"] .el-button').trigger('click');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(guarantees.computeGuarantee).toHaveBeenCalledWith(
      expect.objectContaining({ titles: [], outstandingGuaranteedFen: 300_000_000, requestedPrincipalFen: 200_000_001, termMonths: 12 }),
      { notify: false },
    );
    expect(wrapper.get('[data-testid="gcomp-ceiling"]').text()).toBe('500万元');
    expect(wrapper.get('[data-testid="gcomp-headroom"]').text()).toBe('200万元');
    expect(wrapper.get('[data-testid="gcomp-fee"]').text()).toBe('1万元');
    expect(wrapper.get('[data-testid="gcomp-rate"]').text()).toBe('0.5%/年');
    expect(wrapper.get('[data-testid="gcomp-clause"]').text()).toContain('二、（三）2');
    expect(wrapper.get('[data-testid="gcomp-version"]').text()).toContain('明政办〔2022〕1号');
    expect(wrapper.get('[data-testid="gcomp-reason"]').text()).toContain('融资担保额度与担保费');
    expectClean(wrapper);
  });

  it('should show exposure by bank with totals and the policy cost by year', async () => {
    signIn('guarantee-officer');
    wrapper = await render(ExposurePage);
    expect(guarantees.fetchExposure).toHaveBeenCalled();
    expect(guarantees.fetchPolicyCost).toHaveBeenCalledWith(undefined);
    expect(wrapper.text()).toContain('三明农村商业银行（示例）');
    expect(wrapper.get('[data-testid="gexp-cost-total"]').text()).toContain('2万元');
    expect(wrapper.text()).toContain('三明市融资担保有限公司（示例）');
    expectClean(wrapper);
  });

  it('should offer 人工纳入 to the regulator only, and refuse a form without a county before sending', async () => {
    signIn('guarantor-officer');
    wrapper = await render(WhiteListPage);
    expect(wrapper.find('[data-testid="gwl-add-open"]').exists()).toBe(false);
    wrapper.unmount();
    signIn('guarantee-officer');
    wrapper = await render(WhiteListPage);
    vi.mocked(guarantees.addToWhiteList).mockResolvedValue({
      uscc: USCC, name: '三明某某科技有限公司', countyCode: '350404', member: true, source: 'manual', tier: null, certificationId: null, since: '2025-09-15', until: null, reason: '省级认定', updatedAt: '2025-09-15T02:00:00Z',
    });
    await wrapper.get('[data-testid="gwl-add-open"]').trigger('click');
    await flushPromises();
    const dialog = inBody('gwl-add-dialog')!;
    const usccInput = dialog.querySelector<HTMLInputElement>('[data-testid="gwl-add-uscc"] input, input[data-testid="gwl-add-uscc"]')!;
    usccInput.value = USCC.toLowerCase();
    usccInput.dispatchEvent(new Event('input'));
    inBody('gwl-add-submit')!.click();
    await flushPromises();
    expect(inBody('gwl-add-error')?.textContent).toContain('请选择所属县（市、区）');
    expect(guarantees.addToWhiteList).not.toHaveBeenCalled();
  });

  it('should show 受理担保申请 to the guarantor officer and not to the bank', async () => {
    signIn('bank-officer', 'yh');
    wrapper = await render(ApplicationsPage);
    expect(wrapper.find('[data-testid="gsub-open"]').exists()).toBe(false);
    wrapper.unmount();
    signIn('guarantor-officer', 'dbjg');
    wrapper = await render(ApplicationsPage);
    expect(wrapper.find('[data-testid="gsub-open"]').exists()).toBe(true);
  });
});
