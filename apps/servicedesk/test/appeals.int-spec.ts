/**
 * Appeals end to end inside the servicedesk service, over a private nats-server and real databases (SQLite always,
 * PostgreSQL too with TEST_DATABASE_URL). The registry's and tiering's events are published onto their streams as
 * those services would; the service's clock is moved with a spy.
 */
import { randomUUID } from 'node:crypto';

import type { INestMicroservice } from '@nestjs/common';
import type { Actor, AppealDto, EventEnvelope } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { RemoteError, bootstrapService, createStandaloneClient, provisionDeclared } from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import { EventCollector, EventPublisher, createTestDatabase, databaseKinds, makeUscc, startNatsServer, waitFor } from '@ladder/platform-testing';
import type { NatsServerHandle, TestDatabase } from '@ladder/platform-testing';

import { loadServicedeskEnv } from '../src/config/servicedesk.env';
import { createServicedeskOrmConfig } from '../src/mikro-orm.config';
import { ServicedeskModule } from '../src/servicedesk.module';

jest.setTimeout(90_000);

const gxj: Actor = { userId: 'u-gxj', username: 'gxj', roles: ['gxj-operator'], departmentCode: 'gxj' };
const approver: Actor = { userId: 'u-gxjsh', username: 'gxjsh', roles: ['gxj-approver'], departmentCode: 'gxj' };
const jrj: Actor = { userId: 'u-jrj', username: 'jrj-handler', roles: ['dept-handler'], departmentCode: 'jrj' };
const zrzyj: Actor = { userId: 'u-zrzyj', username: 'zrzyj-handler', roles: ['dept-handler'], departmentCode: 'zrzyj' };

function envelope(subject: string, data: Record<string, unknown>, source: string): EventEnvelope<object> {
  return { id: randomUUID(), subject, version: 1, occurredAt: new Date().toISOString(), source, data };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  const e = await p.catch((error: unknown) => error);
  expect(e).toBeInstanceOf(RemoteError);
  return (e as RemoteError).code;
}

describe.each(databaseKinds())('servicedesk appeals on %s', (kind) => {
  let nats: NatsServerHandle;
  let db: TestDatabase;
  let service: INestMicroservice;
  let client: MessagingClient;
  let events: EventCollector;
  let publisher: EventPublisher;
  let today = '2026-09-28';

  beforeAll(async () => {
    nats = await startNatsServer();
    await provisionDeclared(nats.url);
    db = await createTestDatabase(kind);
    const env = loadServicedeskEnv({ NATS_URL: nats.url, LOG_LEVEL: 'error', SLA_SCAN_MINUTES: '0', ...db.env });
    await runMigrations(createServicedeskOrmConfig(env));
    service = await bootstrapService(ServicedeskModule.forRoot(env), { service: 'servicedesk', natsUrl: nats.url, logLevel: 'error' });
    jest.spyOn(service.get(Clock), 'today').mockImplementation(() => today);
    client = createStandaloneClient(nats.url, 'servicedesk-appeals-test', 20_000);
    events = await new EventCollector(nats.url, 'SERVICEDESK', `servicedesk-int-${kind}`).start();
    publisher = await new EventPublisher(nats.url).start();
  });

  afterAll(async () => {
    await publisher?.stop();
    await events?.stop();
    await client?.close();
    await service?.close();
    await nats?.stop();
    await db?.drop();
  });

  /** An enterprise the registry announced (and, optionally, a 专精特新 title from tiering), once projected. */
  async function enterprise(tier?: 'specialized' | 'innovative'): Promise<string> {
    const uscc = makeUscc('350404');
    await publisher.publish(
      envelope(
        'registry.enterprise.registered',
        {
          enterprise: { uscc, name: `三明示例${uscc.slice(-4)}有限公司`, countyCode: '350404', industryGroup: 'industry', chains: [], status: 'active', category: null, tier: null, sizeClass: 'small', version: 1 },
          admittedAt: new Date().toISOString(),
        },
        'registry',
      ),
    );
    if (tier) {
      await publisher.publish(
        envelope(
          'tiering.enterprise.certified',
          { certificationId: randomUUID(), uscc, countyCode: '350404', tier, currentTier: tier, kind: 'new', issuer: '福建省工业和信息化厅', docNo: '闽工信函企业〔2025〕1号', certifiedOn: '2025-06-30', validUntil: '2028-06-29' },
          'tiering',
        ),
      );
    }
    // Projected once an appeal can be raised for it (the probe stays in the unrouted group of the statistics).
    await waitFor(async () => {
      const a = await client.request('servicedesk.appeal.raise', { uscc, category: 'other', title: '探测', description: '探测', raisedBy: '测试', raisedByRole: 'liaison', actor: gxj }).catch(() => undefined);
      return a;
    });
    return uscc;
  }

  async function raised(uscc: string, on: string): Promise<AppealDto> {
    today = on;
    return client.request('servicedesk.appeal.raise', { uscc, category: 'finance', title: '流动资金贷款', description: '需要500万元流动资金贷款', raisedBy: '张处长', raisedByRole: 'liaison', actor: gxj });
  }

  it('should take an appeal from raising through routing, answer and resolution to a rating when everyone acts in time', async () => {
    // Arrange
    const uscc = await enterprise();
    const a = await raised(uscc, '2026-09-30');
    // Act
    const routed = await client.request('servicedesk.appeal.route', { appealId: a.id, departmentCode: 'jrj', note: '融资事项', actor: gxj });
    today = '2026-10-08';
    await client.request('servicedesk.appeal.acknowledge', { appealId: a.id, actor: jrj });
    today = '2026-10-09';
    await client.request('servicedesk.appeal.answer', { appealId: a.id, text: '已对接三家银行', actor: jrj });
    today = '2026-10-12';
    const resolved = await client.request('servicedesk.appeal.resolve', { appealId: a.id, text: '贷款已发放', actor: jrj });
    const rated = await client.request('servicedesk.appeal.rate', { appealId: a.id, score: 5, comment: '很满意', actor: gxj });
    // Assert: National Day week skipped; 10-10 (Saturday) is a 调休 working day
    expect(routed.clocks.map((c) => [c.kind, c.dueOn])).toEqual([
      ['acknowledge', '2026-10-08'],
      ['answer', '2026-10-09'],
      ['resolve', '2026-10-13'],
    ]);
    expect(resolved.clocks.map((c) => c.state)).toEqual(['met-on-time', 'met-on-time', 'met-on-time']);
    expect(rated.status).toBe('closed');
    expect(rated.satisfaction).toBe(5);
    expect(rated.timeline.map((s) => s.action)).toEqual(['raised', 'routed', 'acknowledged', 'answered', 'resolved', 'rated']);
    await waitFor(async () => (events.of('servicedesk.appeal.rated').some((e) => e.data['appealId'] === a.id) ? true : undefined));
    expect(events.of('servicedesk.appeal.resolved').find((e) => e.data['appealId'] === a.id)?.data).toMatchObject({ onTime: true, departmentCode: 'jrj' });
  });

  it('should refuse another department and let the holder transfer with a reason when it is not theirs', async () => {
    // Arrange
    const uscc = await enterprise();
    const a = await raised(uscc, '2026-03-02');
    await client.request('servicedesk.appeal.route', { appealId: a.id, departmentCode: 'jrj', actor: gxj });
    // Act
    const refused = await codeOf(client.request('servicedesk.appeal.acknowledge', { appealId: a.id, actor: zrzyj }));
    const hidden = await codeOf(client.request('servicedesk.appeal.get', { appealId: a.id, actor: zrzyj }));
    today = '2026-03-03';
    const moved = await client.request('servicedesk.appeal.transfer', { appealId: a.id, departmentCode: 'zrzyj', reason: '属用地事项', actor: jrj });
    const queue = await client.request('servicedesk.appeal.list', { actor: zrzyj });
    // Assert
    expect(refused).toBe('SERVICEDESK_NOT_YOUR_DEPARTMENT');
    expect(hidden).toBe('SERVICEDESK_NOT_YOUR_DEPARTMENT');
    expect(moved).toMatchObject({ departmentCode: 'zrzyj', cycle: 2, status: 'routed' });
    expect(moved.clocks[0]).toMatchObject({ startedOn: '2026-03-03', dueOn: '2026-03-04' });
    expect(moved.timeline.at(-1)?.text).toContain('属用地事项');
    expect(queue.items.map((x) => x.id)).toContain(a.id);
    expect(queue.items.every((x) => x.departmentCode === 'zrzyj')).toBe(true);
  });

  it('should escalate an overdue appeal once per deadline when the scan runs twice', async () => {
    // Arrange: routed Wednesday 2026-09-30, nobody acts; acknowledge due 10-08, answer due 10-09
    const uscc = await enterprise();
    const a = await raised(uscc, '2026-09-30');
    await client.request('servicedesk.appeal.route', { appealId: a.id, departmentCode: 'jrj', actor: gxj });
    // Act
    today = '2026-10-09';
    const [first, second] = await Promise.all([client.request('servicedesk.sla.scan', {}), client.request('servicedesk.sla.scan', {})]);
    const third = await client.request('servicedesk.sla.scan', {});
    const after = await client.request('servicedesk.appeal.get', { appealId: a.id });
    // Assert
    const escalated = await waitFor(async () => {
      const mine = events.of('servicedesk.appeal.escalated').filter((e) => e.data['appealId'] === a.id);
      return mine.length >= 1 ? mine : undefined;
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(events.of('servicedesk.appeal.escalated').filter((e) => e.data['appealId'] === a.id)).toHaveLength(1);
    expect(escalated[0]?.data).toMatchObject({ kind: 'acknowledge', dueOn: '2026-10-08', workingDaysLate: 1, notify: ['jrj', 'gxj'] });
    expect(events.of('servicedesk.appeal.warned').filter((e) => e.data['appealId'] === a.id).map((e) => e.data['kind'])).toEqual(['answer']);
    expect(first.escalations + second.escalations).toBeGreaterThanOrEqual(1);
    expect(third.escalations + third.warnings).toBe(0);
    expect(after.timeline.filter((s) => s.action === 'escalated')).toHaveLength(1);
    const notices = await client.request('servicedesk.notice.list', { actor: jrj });
    expect(notices.items.filter((n) => n.appealId === a.id).map((n) => n.level).sort()).toEqual(['escalated', 'warning']);
  });

  it('should pause the clocks while waiting for the enterprise and need another person to approve a committed date', async () => {
    // Arrange
    const uscc = await enterprise();
    const a = await raised(uscc, '2026-03-02');
    await client.request('servicedesk.appeal.route', { appealId: a.id, departmentCode: 'jrj', actor: gxj });
    today = '2026-03-03';
    await client.request('servicedesk.appeal.acknowledge', { appealId: a.id, actor: jrj });
    // Act
    today = '2026-03-04';
    const waiting = await client.request('servicedesk.appeal.wait', { appealId: a.id, text: '请补充近三年财务报表', actor: jrj });
    today = '2026-03-06';
    const resumed = await client.request('servicedesk.appeal.resume', { appealId: a.id, actor: jrj });
    await client.request('servicedesk.commitment.request', { appealId: a.id, committedDate: '2026-03-31', reason: '需多家银行联合授信', actor: jrj });
    const self = await codeOf(client.request('servicedesk.commitment.decide', { appealId: a.id, decision: 'approve', actor: { ...approver, userId: jrj.userId } }));
    const approved = await client.request('servicedesk.commitment.decide', { appealId: a.id, decision: 'approve', actor: approver });
    // Assert
    expect(waiting.waitingForEnterprise).toBe(true);
    expect(waiting.clocks.find((c) => c.kind === 'resolve')?.state).toBe('paused');
    expect(resumed.clocks.find((c) => c.kind === 'resolve')).toMatchObject({ dueOn: '2026-03-11', pausedWorkingDays: 2 });
    expect(self).toBe('SERVICEDESK_MAKER_CHECKER');
    expect(approved.clocks.find((c) => c.kind === 'resolve')).toMatchObject({ dueOn: '2026-03-31', committed: true });
  });

  it('should reopen at the same department with fresh clocks when the enterprise is dissatisfied', async () => {
    // Arrange
    const uscc = await enterprise();
    const a = await raised(uscc, '2026-04-01');
    await client.request('servicedesk.appeal.route', { appealId: a.id, departmentCode: 'jrj', actor: gxj });
    await client.request('servicedesk.appeal.resolve', { appealId: a.id, text: '已告知政策', actor: jrj });
    // Act
    today = '2026-04-02';
    const reopened = await client.request('servicedesk.appeal.rate', { appealId: a.id, score: 2, comment: '问题未解决', actor: gxj });
    // Assert
    expect(reopened).toMatchObject({ status: 'routed', departmentCode: 'jrj', cycle: 2, reopenCount: 1, resolvedOn: null });
    expect(reopened.clocks[0]).toMatchObject({ startedOn: '2026-04-02', state: 'running' });
  });

  it('should count 2027 Monday–Friday and say so when a clock crosses into a year whose notice is not loaded', async () => {
    // Arrange
    const uscc = await enterprise();
    const a = await raised(uscc, '2026-12-30');
    // Act
    const routed = await client.request('servicedesk.appeal.route', { appealId: a.id, departmentCode: 'county-350404', actor: gxj });
    // Assert
    expect(routed.provisional).toBe(true);
    expect(routed.clocks.find((c) => c.kind === 'resolve')).toMatchObject({
      dueOn: '2027-01-06',
      provisional: true,
      provisionalNote: '2027年节假日安排尚未载入，按周一至周五计算，待国务院办公厅通知载入后重算',
    });
  });

  it('should turn a visit\'s issues into appeals and list the 专精特新 enterprises not visited this year', async () => {
    // Arrange
    const visited = await enterprise('specialized');
    const notVisited = await enterprise('specialized');
    const innovative = await enterprise('innovative');
    today = '2026-05-06';
    await waitFor(async () => {
      const page = await client.request('servicedesk.visit.gaps', { year: 2026, pageSize: 200, actor: gxj });
      const listed = page.items.map((g) => g.uscc);
      return listed.includes(visited) && listed.includes(notVisited) ? true : undefined;
    });
    // Act
    const visit = await client.request('servicedesk.visit.log', {
      uscc: visited,
      visitedOn: '2026-05-06',
      cadreName: '李处长',
      summary: '了解扩产计划',
      issues: [{ category: 'land', title: '扩建用地', description: '需新增工业用地20亩' }],
      actor: gxj,
    });
    const gaps = await client.request('servicedesk.visit.gaps', { year: 2026, pageSize: 200, actor: gxj });
    const appeal = await client.request('servicedesk.appeal.get', { appealId: visit.appealIds[0] ?? '' });
    // Assert
    const listed = gaps.items.map((g) => g.uscc);
    expect(listed).toContain(notVisited);
    expect(listed).not.toContain(visited);
    expect(listed).not.toContain(innovative);
    expect(appeal).toMatchObject({ origin: 'visit', originId: visit.id, status: 'submitted', raisedBy: '李处长', category: 'land' });
  });

  it('should give 办结率 as resolved ÷ received per department when some are still open', async () => {
    // Arrange: three received in 2026-06 routed to jrj, two resolved, one rated 4
    const uscc = await enterprise();
    const ids: string[] = [];
    for (const day of ['2026-06-01', '2026-06-02', '2026-06-03']) {
      const a = await raised(uscc, day);
      await client.request('servicedesk.appeal.route', { appealId: a.id, departmentCode: 'jrj', actor: gxj });
      ids.push(a.id);
    }
    today = '2026-06-04';
    await client.request('servicedesk.appeal.resolve', { appealId: ids[0] ?? '', text: '已办结', actor: jrj });
    today = '2026-06-15';
    await client.request('servicedesk.appeal.resolve', { appealId: ids[1] ?? '', text: '已办结', actor: jrj });
    await client.request('servicedesk.appeal.rate', { appealId: ids[0] ?? '', score: 4, actor: gxj });
    // Act
    const stats = await client.request('servicedesk.statistics.get', { from: '2026-06-01', to: '2026-06-30', groupBy: 'department', actor: gxj });
    // Assert
    const row = stats.rows.find((r) => r.key === 'jrj');
    expect(row).toMatchObject({ received: 3, resolved: 2, resolutionRate: 0.6667, resolvedOnTime: 1, onTimeRate: 0.5, rated: 1, avgSatisfaction: 4, overdueOpen: 1 });
    // 06-01 → 06-04: 3 working days; 06-02 → 06-15: 9 (端午 06-19 is later): (3 + 9) ÷ 2
    expect(row?.avgWorkingDaysToResolve).toBe(6);
  });
});
