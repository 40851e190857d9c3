/**
 * 政企直通车 through the gateway, on the processes the launcher runs (real NATS, real databases): an enterprise the
 * registry admitted gets an appeal that 市工信局 routes to 市金融监管局, whose handler acknowledges, answers and
 * resolves it, and the enterprise rates it; an appeal nobody acts on is escalated once per deadline although the
 * scan runs twice and the service restarts; the statistics and their Excel agree.
 */
import type { AppealDto, EventEnvelope, Page, ServiceNoticeDto, SlaScanResultDto, StatisticsDto } from '@ladder/contracts';
import { EventCollector, makeEnterprise, waitFor } from '@ladder/platform-testing';
import ExcelJS from 'exceljs';

import { ApiClient, TestStack } from '../support/stack';

describe('servicedesk through the gateway', () => {
  const stack = new TestStack();
  let gxj: ApiClient;
  let handler: ApiClient;
  let otherHandler: ApiClient;
  let events: EventCollector;
  let uscc: string;

  beforeAll(async () => {
    await stack.start();
    gxj = await new ApiClient(stack.baseUrl).login('gxj');
    handler = await new ApiClient(stack.baseUrl).login('jrjcb');
    otherHandler = await new ApiClient(stack.baseUrl).login('zrzyjcb');
    events = await new EventCollector(stack.nats.url, 'SERVICEDESK', 'e2e-servicedesk').start();
    const e = makeEnterprise({ countyCode: '350404' });
    expect((await gxj.call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' })).status).toBe(201);
    uscc = e.uscc;
  });

  afterAll(async () => {
    await events?.stop();
    await stack.stop();
  });

  /** An appeal for the enterprise, once servicedesk has projected it from the registry's event. */
  async function raise(title: string): Promise<AppealDto> {
    return waitFor(async () => {
      const res = await gxj.call<AppealDto>('POST', '/api/servicedesk/appeals', { uscc, category: 'finance', title, description: '需要流动资金贷款500万元', raisedBy: '张处长', raisedByRole: 'liaison' });
      return res.status === 201 ? res.body : undefined;
    });
  }

  const mine = (subject: string, appealId: string): EventEnvelope<Record<string, unknown>>[] => events.of(subject).filter((e) => e.data['appealId'] === appealId);

  it('should take an appeal from routing to an answer, a resolution and a rating when the department acts', async () => {
    // Arrange
    await stack.restartService('servicedesk', { SERVICEDESK_DATE: '2026-03-02' });
    const a = await raise('流动资金贷款');
    // Act
    const notYet = await handler.call('POST', `/api/servicedesk/appeals/${a.id}/route`, { departmentCode: 'jrj' });
    const routed = await gxj.call<AppealDto>('POST', `/api/servicedesk/appeals/${a.id}/route`, { departmentCode: 'jrj', note: '融资事项' });
    const hidden = await otherHandler.call('GET', `/api/servicedesk/appeals/${a.id}`);
    const ack = await handler.call<AppealDto>('POST', `/api/servicedesk/appeals/${a.id}/acknowledge`, {});
    const answered = await handler.call<AppealDto>('POST', `/api/servicedesk/appeals/${a.id}/answer`, { text: '已对接三家银行' });
    const resolved = await handler.call<AppealDto>('POST', `/api/servicedesk/appeals/${a.id}/resolve`, { text: '贷款已发放' });
    const rated = await gxj.call<AppealDto>('POST', `/api/servicedesk/appeals/${a.id}/rating`, { score: 5, comment: '满意' });
    const queue = await handler.call<Page<AppealDto>>('GET', '/api/servicedesk/appeals');
    // Assert
    expect(notYet.status).toBe(403);
    expect(routed.status).toBe(200);
    expect(routed.body.clocks.map((c) => c.dueOn)).toEqual(['2026-03-03', '2026-03-04', '2026-03-09']);
    expect(hidden.status).toBe(403);
    expect([ack.status, answered.status, resolved.status, rated.status]).toEqual([200, 200, 200, 200]);
    expect(rated.body).toMatchObject({ status: 'closed', satisfaction: 5, departmentName: '三明市金融监管局' });
    expect(rated.body.timeline.map((s) => s.by)).toEqual(['gxj', 'gxj', 'jrjcb', 'jrjcb', 'jrjcb', 'gxj']);
    expect(queue.body.items.every((x) => x.departmentCode === 'jrj')).toBe(true);
    await waitFor(async () => (mine('servicedesk.appeal.rated', a.id).length === 1 ? true : undefined));
    expect(mine('servicedesk.appeal.resolved', a.id)[0]?.data).toMatchObject({ onTime: true });
  });

  it('should escalate an overdue appeal once per deadline when the scan runs twice and the service restarts', async () => {
    // Arrange: routed Wednesday 2026-09-30; 10-01…10-07 National Day; acknowledge due 10-08, answer 10-09, resolve 10-13
    await stack.restartService('servicedesk', { SERVICEDESK_DATE: '2026-09-30' });
    const a = await raise('用地指标');
    expect((await gxj.call('POST', `/api/servicedesk/appeals/${a.id}/route`, { departmentCode: 'jrj' })).status).toBe(200);
    await stack.restartService('servicedesk', { SERVICEDESK_DATE: '2026-10-14' });
    // Act
    const first = await gxj.call<SlaScanResultDto>('POST', '/api/servicedesk/sla/scan');
    const second = await gxj.call<SlaScanResultDto>('POST', '/api/servicedesk/sla/scan');
    await stack.restartService('servicedesk', { SERVICEDESK_DATE: '2026-10-14' });
    const third = await gxj.call<SlaScanResultDto>('POST', '/api/servicedesk/sla/scan');
    // Assert
    expect(first.body.escalations).toBeGreaterThanOrEqual(3);
    expect(second.body).toMatchObject({ escalations: 0, warnings: 0 });
    expect(third.body).toMatchObject({ escalations: 0, warnings: 0 });
    await waitFor(async () => (mine('servicedesk.appeal.escalated', a.id).length >= 3 ? true : undefined));
    await new Promise((r) => setTimeout(r, 1000));
    const escalated = mine('servicedesk.appeal.escalated', a.id);
    expect(escalated.map((e) => e.data['kind']).sort()).toEqual(['acknowledge', 'answer', 'resolve']);
    expect(escalated.find((e) => e.data['kind'] === 'acknowledge')?.data).toMatchObject({ dueOn: '2026-10-08', workingDaysLate: 5 });
    const detail = await gxj.call<AppealDto>('GET', `/api/servicedesk/appeals/${a.id}`);
    expect(detail.body.clocks.map((c) => c.state)).toEqual(['overdue', 'overdue', 'overdue']);
    expect(detail.body.timeline.filter((s) => s.action === 'escalated')).toHaveLength(3);
    const notices = await handler.call<Page<ServiceNoticeDto>>('GET', '/api/servicedesk/notices');
    expect(notices.body.items.filter((n) => n.appealId === a.id)).toHaveLength(3);
  });

  it('should give the same 办结率 in the statistics and their Excel when exported', async () => {
    // Act
    const json = await gxj.call<StatisticsDto>('GET', '/api/servicedesk/statistics?from=2026-01-01&to=2026-12-31&groupBy=department');
    const xlsx = await gxj.call<Buffer>('GET', '/api/servicedesk/statistics.xlsx?from=2026-01-01&to=2026-12-31&groupBy=department');
    // Assert
    expect(json.status).toBe(200);
    const row = json.body.rows.find((r) => r.key === 'jrj');
    expect(row).toMatchObject({ received: 2, resolved: 1, resolutionRate: 0.5, overdueOpen: 1 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as never);
    const sheet = wb.worksheets[0]!;
    const excelRow = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).value === '市金融监管局');
    expect(excelRow?.getCell(2).value).toBe(2);
    expect(excelRow?.getCell(3).value).toBe(1);
    expect(excelRow?.getCell(4).value).toBe('50.00%');
  });
});
