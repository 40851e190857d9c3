/**
 * The 政企直通车 pages rendered against a mocked API module: what each role sees and may do, the clocks with their
 * due dates and remaining working days, the maker ≠ checker refusal shown in the dialog, statistics equal to the
 * API's numbers — and no raw code, `undefined` or `null` in the text.
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
import * as api from '@/api/servicedesk';
import { vPermission } from '@/directives/permission';
import { vRowTestid } from '@/directives/row-testid';
import { i18n } from '@/locales';
import { useAuthStore } from '@/store/auth';
import { availableActions, formatRate } from '@/utils/servicedesk';

import AppealDetailPage from './appeal-detail/index.vue';
import AppealsPage from './appeals/index.vue';
import NoticesPage from './notices/index.vue';
import StatisticsPage from './statistics/index.vue';
import TriagePage from './triage/index.vue';
import VisitsPage from './visits/index.vue';

vi.mock('@/api/servicedesk');
vi.mock('@/api/enterprises');

const DEPARTMENTS: Api.Servicedesk.Department[] = [
  {
    code: 'gxj',
    name: '三明市工业和信息化局',
    short: '市工信局',
    kind: 'city-department',
    since: '2022-01-01',
    source: '',
  },
  {
    code: 'jrj',
    name: '三明市金融监管局',
    short: '市金融监管局',
    kind: 'city-department',
    since: '2022-01-01',
    source: '',
  },
  {
    code: 'zrzyj',
    name: '三明市自然资源局',
    short: '市自然资源局',
    kind: 'city-department',
    since: '2022-01-01',
    source: '',
  },
];

function clock(
  kind: Api.Servicedesk.ClockKind,
  over: Partial<Api.Servicedesk.Clock> = {},
): Api.Servicedesk.Clock {
  return {
    kind,
    kindZh: '',
    startedOn: '2026-12-28',
    workingDays: kind === 'acknowledge' ? 1 : kind === 'answer' ? 2 : 5,
    pausedWorkingDays: 0,
    dueOn: '2026-12-29',
    warnOn: '2026-12-29',
    committed: false,
    metOn: null,
    state: 'running',
    workingDaysLate: 0,
    workingDaysLeft: 1,
    provisional: false,
    provisionalNote: null,
    explanation: '自2026-12-28次日起计算。',
    ...over,
  };
}

const NOTE = '2027年节假日安排尚未载入，按周一至周五计算，待国务院办公厅通知载入后重算';

function appeal(over: Partial<Api.Servicedesk.Appeal> = {}): Api.Servicedesk.Appeal {
  return {
    id: '7d0b3c1e-1111-4222-8333-444455556666',
    number: 'ZQ2026-00007',
    uscc: '91350404MA2XYA1237',
    enterpriseName: '三明某某科技有限公司',
    countyCode: '350404',
    category: 'finance',
    categoryZh: '融资',
    title: '技改项目流动资金贷款',
    description: '需流动资金贷款800万元。',
    raisedBy: '挂包联系干部',
    raisedByRole: 'liaison',
    contactPhone: null,
    origin: 'direct',
    originId: null,
    status: 'routed',
    statusZh: '待签收',
    departmentCode: 'jrj',
    departmentName: '三明市金融监管局',
    waitingForEnterprise: false,
    receivedOn: '2026-12-25',
    routedOn: '2026-12-28',
    resolvedOn: null,
    satisfaction: null,
    cycle: 1,
    reopenCount: 0,
    answer: null,
    result: null,
    commitment: null,
    clocks: [
      clock('acknowledge', {
        state: 'overdue',
        dueOn: '2026-12-29',
        workingDaysLate: 2,
        workingDaysLeft: null,
      }),
      clock('answer', { dueOn: '2026-12-30', workingDaysLeft: 0 }),
      clock('resolve', { dueOn: '2027-01-05', workingDaysLeft: 4, provisional: true, provisionalNote: NOTE }),
    ],
    provisional: true,
    timeline: [
      {
        at: '2026-12-25T02:00:00Z',
        on: '2026-12-25',
        action: 'raised',
        actionZh: '登记诉求',
        by: '王经办',
        departmentCode: null,
        text: '',
      },
      {
        at: '2026-12-28T02:00:00Z',
        on: '2026-12-28',
        action: 'routed',
        actionZh: '分拨',
        by: '王经办',
        departmentCode: 'jrj',
        text: '',
      },
    ],
    version: 2,
    ...over,
  };
}

const STATS: Api.Servicedesk.Statistics = {
  from: '2026-01-01',
  to: '2026-12-31',
  groupBy: 'department',
  rows: [
    {
      key: 'jrj',
      label: '市金融监管局',
      received: 6,
      resolved: 5,
      resolutionRate: 0.8333,
      resolvedOnTime: 4,
      onTimeRate: 0.8,
      avgWorkingDaysToResolve: 3.4,
      rated: 2,
      avgSatisfaction: 4.5,
      overdueOpen: 1,
    },
  ],
  total: {
    key: 'total',
    label: '合计',
    received: 6,
    resolved: 5,
    resolutionRate: 0.8333,
    resolvedOnTime: 4,
    onTimeRate: 0.8,
    avgWorkingDaysToResolve: 3.4,
    rated: 2,
    avgSatisfaction: 4.5,
    overdueOpen: 1,
  },
  provisional: false,
  note: '',
};

function page<T>(items: T[]): Api.Common.PageResult<T> {
  return { items, total: items.length, page: 1, pageSize: 20 };
}

function signIn(role: Role, department = '市工信局'): void {
  useAuthStore().setSession('t', {
    id: `u-${role}`,
    username: role,
    displayName: '张三',
    department,
    roles: [role],
    countyCode: role.startsWith('county') ? '350404' : null,
    permissions: permissionsOf([role]),
  });
}

async function render(component: Component, path = '/'): Promise<VueWrapper> {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/servicedesk/queue', name: 'servicedesk-queue', component },
      { path: '/servicedesk/appeals/:id', component },
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

function inBody(testId: string): HTMLElement | null {
  return document.body.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
}

/** Text a user must never see: raw codes of this domain, English placeholders. */
function expectClean(text: string): void {
  expect(text).not.toMatch(/undefined|null|NaN|\bjrj\b|\bfinance\b|\brouted\b|servicedesk\./);
}

describe('政企直通车 pages', () => {
  let wrapper: VueWrapper | null = null;

  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'zh-CN';
    vi.mocked(api.listDepartments).mockResolvedValue(DEPARTMENTS);
    vi.mocked(api.listAppeals).mockResolvedValue(page([appeal()]));
    vi.mocked(api.getAppeal).mockResolvedValue(appeal());
    vi.mocked(api.getStatistics).mockResolvedValue(STATS);
    vi.mocked(api.listNotices).mockResolvedValue(
      page([
        {
          id: 'n1',
          appealId: appeal().id,
          appealNumber: 'ZQ2026-00007',
          level: 'escalated',
          kind: 'acknowledge',
          dueOn: '2026-12-29',
          departmentCode: 'jrj',
          text: '诉求ZQ2026-00007签收已超期2个工作日',
          createdAt: '2026-12-31T01:00:00Z',
        },
      ]),
    );
    vi.mocked(api.listVisits).mockResolvedValue(
      page([
        {
          id: 'v1',
          uscc: '91350404MA2XYA1237',
          enterpriseName: '三明某某科技有限公司',
          countyCode: '350404',
          visitedOn: '2026-11-03',
          cadreName: '陈干部',
          cadreUnit: '市工信局',
          summary: '了解生产经营情况',
          appealIds: ['a'],
          recordedBy: '王经办',
        },
      ]),
    );
    vi.mocked(api.listMeetings).mockResolvedValue(page([]));
    vi.mocked(api.listUnvisited).mockResolvedValue(page([]));
  });

  afterEach(() => {
    wrapper?.unmount();
    wrapper = null;
    document.body.innerHTML = '';
    vi.clearAllMocks();
  });

  it('should show a handler the queue with the overdue flag and acknowledge a routed appeal', async () => {
    // Arrange
    signIn('dept-handler', '三明市金融监管局');
    vi.mocked(api.appealStep).mockResolvedValue(appeal({ status: 'acknowledged' }));
    wrapper = await render(AppealsPage, '/servicedesk/queue');
    // Assert
    const text = wrapper.text();
    expect(text).toContain('我的待办');
    expect(text).toContain('待签收');
    expect(text).toContain('签收时限 2026-12-29 · 超期2个工作日');
    expect(wrapper.find('[data-testid="sd-late-flag"]').exists()).toBe(true);
    expectClean(text);
    // Act
    await wrapper.find('[data-testid="sd-row-acknowledge"]').trigger('click');
    await settle();
    // Assert
    expect(api.appealStep).toHaveBeenCalledWith(appeal().id, 'acknowledge', {});
  });

  it('should show the three clocks with due dates, remaining working days and the provisional note', async () => {
    // Arrange
    signIn('dept-handler', '三明市金融监管局');
    wrapper = await render(AppealDetailPage, `/servicedesk/appeals/${appeal().id}`);
    // Assert
    const text = wrapper.text();
    expect(text).toContain('已超期');
    expect(text).toContain('超期2个工作日');
    expect(text).toContain('今日到期');
    expect(text).toContain('4个工作日');
    expect(text).toContain('2027-01-05');
    expect(wrapper.find('[data-testid="sd-provisional-note"]').text()).toContain('2027年节假日安排尚未载入');
    expect(text).toContain('市金融监管局');
    expectClean(text);
    expect(wrapper.find('[data-testid="sd-action-answer"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="sd-action-route"]').exists()).toBe(false);
  });

  it('should answer an appeal with the text typed in the dialog', async () => {
    // Arrange
    signIn('dept-handler', '三明市金融监管局');
    vi.mocked(api.appealStep).mockResolvedValue(appeal({ status: 'answered', answer: '已对接担保公司' }));
    wrapper = await render(AppealDetailPage, `/servicedesk/appeals/${appeal().id}`);
    // Act
    await wrapper.find('[data-testid="sd-action-answer"]').trigger('click');
    await settle();
    const textarea = inBody('sd-action-text')?.querySelector('textarea') ?? inBody('sd-action-text');
    if (!(textarea instanceof HTMLTextAreaElement)) throw new Error('no textarea');
    textarea.value = '已对接担保公司';
    textarea.dispatchEvent(new Event('input'));
    inBody('sd-action-submit')?.click();
    await settle();
    // Assert
    expect(api.appealStep).toHaveBeenCalledWith(
      appeal().id,
      'answer',
      { text: '已对接担保公司' },
      { notify: false },
    );
    expect(wrapper.find('[data-testid="sd-detail-answer"]').text()).toBe('已对接担保公司');
  });

  it("should keep the dialog open with the server's message when the asker approves their own committed date", async () => {
    // Arrange
    signIn('gxj-approver');
    const pending = appeal({
      status: 'acknowledged',
      commitment: {
        committedDate: '2027-01-20',
        reason: '涉及多部门',
        requestedBy: '张三',
        requestedById: 'u-gxj-approver',
        status: 'pending',
        decidedBy: null,
        decidedOn: null,
      },
    });
    vi.mocked(api.getAppeal).mockResolvedValue(pending);
    vi.mocked(api.appealStep).mockRejectedValue(
      new ApiError(
        403,
        'SERVICEDESK_MAKER_CHECKER',
        '承诺办结日须由另一名市工信局审核人批准，申请人不能批准自己的申请',
      ),
    );
    wrapper = await render(AppealDetailPage, `/servicedesk/appeals/${pending.id}`);
    // Act
    await wrapper.find('[data-testid="sd-action-decision"]').trigger('click');
    await settle();
    inBody('sd-action-submit')?.click();
    await settle();
    // Assert
    expect(api.appealStep).toHaveBeenCalledWith(
      pending.id,
      'commitment/decision',
      { decision: 'approve', note: undefined },
      { notify: false },
    );
    expect(inBody('sd-action-error')?.textContent).toContain('申请人不能批准自己的申请');
  });

  it('should route a new appeal from the triage board to the chosen department', async () => {
    // Arrange
    signIn('gxj-operator');
    const fresh = appeal({
      status: 'submitted',
      departmentCode: null,
      departmentName: null,
      routedOn: null,
      clocks: [],
    });
    vi.mocked(api.listAppeals).mockImplementation((q) =>
      Promise.resolve(page(q.status === 'submitted' ? [fresh] : [])),
    );
    vi.mocked(api.appealStep).mockResolvedValue(appeal());
    wrapper = await render(TriagePage, '/servicedesk/triage');
    expect(wrapper.text()).toContain('待分拨诉求（1）');
    // Act: the select is Element Plus's; set the model through the component
    const select = wrapper.findComponent({ name: 'ElSelect' }) as VueWrapper;
    select.vm.$emit('update:modelValue', 'zrzyj');
    await settle();
    await wrapper.find('[data-testid="sd-route-submit"]').trigger('click');
    await settle();
    // Assert
    expect(api.appealStep).toHaveBeenCalledWith(fresh.id, 'route', { departmentCode: 'zrzyj' });
  });

  it("should show the API's statistics as they are and export the same period", async () => {
    // Arrange
    signIn('gxj-operator');
    vi.mocked(api.exportStatistics).mockResolvedValue({ blob: new Blob(['x']), fileName: 'stats.xlsx' });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    wrapper = await render(StatisticsPage, '/servicedesk/statistics');
    // Assert
    const rates = wrapper.findAll('[data-testid="sd-stats-rate"]').map((w) => w.text());
    expect(rates).toEqual(['83.33%', '83.33%']);
    expect(wrapper.text()).toContain('市金融监管局');
    expect(wrapper.text()).toContain('合计');
    expect(wrapper.text()).toContain('3.4');
    expect(wrapper.text()).toContain('4.5');
    expectClean(wrapper.text());
    // Act
    await wrapper.find('[data-testid="sd-stats-export"]').trigger('click');
    await settle();
    // Assert
    const query = vi.mocked(api.getStatistics).mock.calls[0]?.[0];
    expect(query?.groupBy).toBe('department');
    expect(api.exportStatistics).toHaveBeenCalledWith(query);
  });

  it('should list notices and visits in Chinese', async () => {
    // Arrange
    signIn('gxj-operator');
    wrapper = await render(NoticesPage, '/servicedesk/notices');
    // Assert
    expect(wrapper.text()).toContain('超期督办');
    expect(wrapper.text()).toContain('签收时限');
    expectClean(wrapper.text());
    wrapper.unmount();
    wrapper = await render(VisitsPage, '/servicedesk/visits');
    expect(wrapper.text()).toContain('陈干部');
    expect(wrapper.text()).toContain('三元区');
    expectClean(wrapper.text());
  });

  it('should offer 登记走访 only to roles that may raise, and send the visit as typed', async () => {
    // Arrange: an approver may not raise
    signIn('gxj-approver');
    wrapper = await render(VisitsPage, '/servicedesk/visits');
    expect(wrapper.find('[data-testid="sd-visit-open"]').exists()).toBe(false);
    wrapper.unmount();
    signIn('gxj-operator');
    wrapper = await render(VisitsPage, '/servicedesk/visits');
    vi.mocked(api.logVisit).mockResolvedValue({ ...(await api.listVisits({})).items[0]!, id: 'v2' });
    vi.mocked(enterprises.listEnterprises).mockResolvedValue(page([]));
    const uscc = completeUscc('91350404MA2XYA123');
    // Act
    await wrapper.get('[data-testid="sd-visit-open"]').trigger('click');
    await flushPromises();
    const type = (testId: string, value: string, tag = 'input'): void => {
      const el = document.body.querySelector<HTMLInputElement>(`[data-testid="${testId}"] ${tag}, ${tag}[data-testid="${testId}"]`)!;
      el.value = value;
      el.dispatchEvent(new Event('input'));
    };
    type('sd-visit-uscc', uscc);
    type('sd-visit-cadre', ' 陈干部 ');
    inBody('sd-visit-submit')!.click();
    await flushPromises();
    expect(inBody('sd-visit-error')?.textContent).toContain('请填写走访情况');
    type('sd-visit-summary', '了解生产经营情况', 'textarea');
    inBody('sd-visit-submit')!.click();
    await flushPromises();
    // Assert
    expect(api.logVisit).toHaveBeenCalledWith(
      expect.objectContaining({ uscc, cadreName: '陈干部', summary: '了解生产经营情况' }),
      { notify: false },
    );
  });
});

describe('servicedesk helpers', () => {
  it('should offer each role only its steps', () => {
    // Arrange
    const roles = (role: Role) => (p: string) => permissionsOf([role]).includes(p as never);
    // Act / Assert
    expect(availableActions(appeal(), roles('dept-handler'))).toEqual([
      'acknowledge',
      'wait',
      'answer',
      'resolve',
      'commitment',
      'transfer',
    ]);
    expect(availableActions(appeal({ status: 'submitted' }), roles('gxj-operator'))).toEqual(['route']);
    expect(availableActions(appeal({ status: 'resolved' }), roles('gxj-operator'))).toEqual(['rating']);
    expect(
      availableActions(appeal({ waitingForEnterprise: true, status: 'acknowledged' }), roles('dept-handler')),
    ).toContain('resume');
  });

  it('should show a rate of the API as the Excel export does', () => {
    expect(formatRate(0.8333)).toBe('83.33%');
    expect(formatRate(1)).toBe('100.00%');
    expect(formatRate(0.0005)).toBe('0.05%');
    expect(formatRate(null)).toBe('—');
  });
});
