/**
 * The 政府采购监测 monitoring pages against a mocked API module: projects with the reserved-share check explained,
 * bids with the SME size check and the deduction, repeat late payers with their rule, the SME share by group with
 * its formula, and the import progress with row errors — in Chinese, without raw codes.
 */
import { permissionsOf } from '@ladder/shared-permissions';
import { flushPromises, mount } from '@vue/test-utils';
import type { VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';

import * as api from '@/api/procurement';
import { vPermission } from '@/directives/permission';
import { vRowTestid } from '@/directives/row-testid';
import { i18n } from '@/locales';
import { useAuthStore } from '@/store/auth';

import ImportsPage from './imports/index.vue';
import OffendersPage from './offenders/index.vue';
import ProjectDetailPage from './project-detail/index.vue';
import ProjectsPage from './projects/index.vue';
import SmeSharePage from './sme-share/index.vue';

vi.mock('@/api/procurement');

const BID: Api.Procurement.Bid = {
  id: 'b1',
  projectId: 'p1',
  supplierUscc: '91350404MA2XYA123N',
  supplierName: '三明某某科技有限公司',
  declaredSize: 'small',
  form: 'alone',
  bidFen: 100_000_000,
  smallMicroShareBp: null,
  controlledRelationship: null,
  goodsMadeBySmallMicro: true,
  inReservedPackage: null,
  registrySize: 'medium',
  sizeUsed: 'medium',
  sizeMismatch: true,
  bidderKind: 'medium',
  deductionDecision: 'not-applicable',
  evaluationPriceFen: 100_000_000,
  deduction: { reason: '投标人为中型企业，不享受价格扣除。' },
  awarded: false,
  registrySizeAtSigning: null,
  sizeMismatchAtSigning: null,
  contractId: null,
  recordedAt: '2024-09-27T02:00:00.000Z',
};

const PROJECT: Api.Procurement.Project = {
  id: 'p1',
  projectNumber: 'SMCG-2024-017',
  name: '办公设备采购',
  buyerName: '三明市某局',
  buyerKind: 'organ',
  department: '三明市某局',
  countyCode: '350404',
  category: 'services',
  budgetFen: 300_000_001,
  procurementDate: '2024-06-01',
  suitableForSme: true,
  reservedForm: 'package',
  reservedFen: 90_000_001,
  reservedForSmallMicroFen: 54_000_000,
  smallMicroRateBp: 1000,
  jointRateBp: 400,
  evaluation: 'price-deduction',
  reserveDecision: 'share-reserved',
  reserveCompliant: false,
  reserveGaps: ['预留给小微企业的金额少1分'],
  reserve: {
    reason: '预算超过200万元，应预留不低于30%。',
    formula: '3,000,000.01元 × 30% = 900,000.01元（向上取整到分）',
    clause: '财库〔2020〕46号 第八条',
    minimumReservedFen: 90_000_001,
    minimumSmallMicroFen: 54_000_001,
    pendingConfirmations: [{ parameter: 'reserve.procurementLimit', value: 'fixed', note: '未模拟采购限额标准', confirmBy: '市财政局' }],
  },
  bids: [BID],
  awardedBidId: null,
  contractId: null,
  createdBy: 'czj',
};

async function render(component: Component, path: string): Promise<VueWrapper> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/procurement/projects/:id', component },
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
  await new Promise((r) => setTimeout(r, 0));
  await flushPromises();
  return wrapper;
}

function expectClean(text: string): void {
  expect(text).not.toMatch(/undefined|null|NaN|share-reserved|not-applicable|package|medium|procurement\.|completed/);
}

describe('政府采购监测 monitoring pages', () => {
  let wrapper: VueWrapper | null = null;

  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'zh-CN';
    useAuthStore().setSession('t', {
      id: 'u-1',
      username: 'czj',
      displayName: '刘财政',
      department: '市财政局',
      roles: ['finance-officer'],
      countyCode: null,
      permissions: permissionsOf(['finance-officer']),
    });
    vi.mocked(api.listProjects).mockResolvedValue({ items: [PROJECT], total: 1, page: 1, pageSize: 20 });
    vi.mocked(api.getProject).mockResolvedValue(PROJECT);
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = null;
    vi.clearAllMocks();
  });

  it('should list projects with the reserved-share rule and the check of their plan', async () => {
    // Act
    wrapper = await render(ProjectsPage, '/procurement/projects');

    // Assert
    const text = wrapper.text();
    expect(text).toContain('办公设备采购');
    expect(text).toContain('应预留部分份额');
    expect(text).toContain('设置采购包预留');
    expect(wrapper.find('[data-testid="pc-project-compliant"]').text()).toBe('不符合');
    expectClean(text);
  });

  it('should explain the reserved-share check and show each bid with the size used and the deduction', async () => {
    // Act
    wrapper = await render(ProjectDetailPage, '/procurement/projects/p1');

    // Assert
    const text = wrapper.text();
    expect(wrapper.find('[data-testid="pc-project-reserve"]').text()).toContain('预算超过200万元，应预留不低于30%。');
    expect(text).toContain('3,000,000.01元 × 30% = 900,000.01元');
    expect(text).toContain('财库〔2020〕46号 第八条');
    expect(text).toContain('预留给小微企业的金额少1分');
    expect(text).toContain('未模拟采购限额标准');
    expect(text).toContain('小微企业 10%；联合体或分包 4%');
    expect(text).toContain('中型企业');
    expect(text).toContain('声明规模小型企业；声明与培育库不一致，按培育库规模');
    expect(text).toContain('不适用扣除');
    expectClean(text);
  });

  it('should list repeat late payers with the rule applied', async () => {
    // Arrange
    vi.mocked(api.getRepeatOffenders).mockResolvedValue({
      year: 2025,
      fromYear: 2020,
      rule: { id: 'repeat-offender@2020', effectiveFrom: '2020-09-01', minYears: 2, minContracts: 3, source: '市工信局拟定', pendingConfirmation: 'repeatOffender.minYears = 2：年度数暂按2个（待市工信局确认）' },
      rows: [
        {
          buyerName: '三明市某局',
          buyerKind: 'institution',
          countyCode: '350404',
          years: [2024, 2025],
          contracts: 2,
          contractNumbers: ['三采〔2024〕1号', '三采〔2025〕2号'],
          latestOutstandingFen: 5_000_001,
          reasons: ['2个年度列入公示清单（不少于2个）'],
        },
      ],
    });

    // Act
    wrapper = await render(OffendersPage, '/procurement/offenders');

    // Assert
    const text = wrapper.text();
    expect(wrapper.find('[data-testid="pc-offenders-rule"]').text()).toContain('不少于2个年度，或涉及不少于3份逾期未付合同');
    expect(wrapper.find('[data-testid="pc-offenders-rule"]').text()).toContain('；年度数暂按2个（待市工信局确认）');
    expect(text).not.toContain('repeatOffender');
    expect(text).toContain('三明市某局（事业单位）');
    expect(text).toContain('2024、2025');
    expect(text).toContain('50,000.01元');
    expectClean(text);
  });

  it('should show the SME share by department with its formula and a total row, and ask by county on switch', async () => {
    // Arrange
    const row = { key: '三明市某局', label: '三明市某局', contracts: 2, smeContracts: 1, smeFen: 300_000, totalFen: 900_001, share: { num: 300_000, den: 900_001 }, sharePercent: '33.33', formula: '中小企业合同金额3,000.00元 ÷ 全部合同金额9,000.01元 = 33.33%' };
    vi.mocked(api.getSmeShare).mockResolvedValue({ year: 2026, rows: [] });
    vi.mocked(api.getSmeShareGroups).mockResolvedValue({ year: 2026, by: 'department', rows: [row], total: { ...row, key: '', label: '' } });
    wrapper = await render(SmeSharePage, '/procurement/sme-share');

    // Act
    const text = wrapper.find('[data-testid="pc-groups-table"]').text();
    await wrapper.findAll('[data-testid="pc-groups-by"] input')[1]?.setValue(true);
    await flushPromises();

    // Assert
    expect(text).toContain('中小企业合同金额3,000.00元 ÷ 全部合同金额9,000.01元 = 33.33%');
    expect(text).toContain('合计');
    expect(vi.mocked(api.getSmeShareGroups).mock.calls.map((c) => c[1])).toEqual(['department', 'county']);
  });

  it('should show an import in progress, then its row errors in Chinese', async () => {
    // Arrange
    const job: Api.Procurement.ImportJob = {
      id: 'i1',
      kind: 'payments',
      fileName: '付款.xlsx',
      fileHash: 'h',
      status: 'completed',
      totalRows: 3,
      receivedRows: 3,
      processedRows: 3,
      appliedRows: 1,
      unchangedRows: 1,
      failedRows: 1,
      previousImportId: null,
      createdBy: 'czj',
      createdAt: '2024-09-27T02:00:00.000Z',
      finishedAt: '2024-09-27T02:00:01.000Z',
    };
    vi.mocked(api.listContractImports).mockResolvedValue({ items: [job], total: 1, page: 1, pageSize: 20 });
    vi.mocked(api.getContractImport).mockResolvedValue(job);
    vi.mocked(api.fetchContractImportErrors).mockResolvedValue([{ rowNumber: 3, contractNumber: '三采〔2024〕1号', messages: ['付款金额超过合同应付金额'] }]);
    wrapper = await render(ImportsPage, '/procurement/imports');

    // Act
    await wrapper.find('[data-testid="pc-import-history"] .el-button').trigger('click');
    await flushPromises();

    // Assert
    expect(wrapper.find('[data-testid="pc-import-status"]').text()).toBe('已完成');
    expect(wrapper.find('[data-testid="pc-import-counts"]').text()).toContain('3 / 3：已导入 1，未变化 1，失败 1');
    expect(wrapper.find('[data-testid="pc-import-errors"]').text()).toContain('付款金额超过合同应付金额');
    expectClean(wrapper.text());
  });
});
