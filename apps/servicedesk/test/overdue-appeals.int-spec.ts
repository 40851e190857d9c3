/**
 * Late procurement payments open payment-arrears appeals: procurement.payment.overdue-detected (daily per contract)
 * is published onto the PROCUREMENT stream as procurement would, over a private nats-server and real databases
 * (SQLite always, PostgreSQL too with TEST_DATABASE_URL).
 */
import { randomUUID } from 'node:crypto';

import type { INestMicroservice } from '@nestjs/common';
import type { Actor, AppealDto, EventEnvelope, Page } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import { bootstrapService, createStandaloneClient, provisionDeclared } from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import { EventCollector, EventPublisher, createTestDatabase, databaseKinds, makeUscc, startNatsServer, waitFor } from '@ladder/platform-testing';
import type { NatsServerHandle, TestDatabase } from '@ladder/platform-testing';

import { loadServicedeskEnv } from '../src/config/servicedesk.env';
import { createServicedeskOrmConfig } from '../src/mikro-orm.config';
import { ServicedeskModule } from '../src/servicedesk.module';

jest.setTimeout(90_000);

const gxj: Actor = { userId: 'u-gxj', username: 'gxj', roles: ['gxj-operator'], departmentCode: 'gxj' };

function envelope(subject: string, data: Record<string, unknown>, source: string): EventEnvelope<object> {
  return { id: randomUUID(), subject, version: 1, occurredAt: new Date().toISOString(), source, data };
}

function overdue(contractId: string, uscc: string, scannedOn: string, daysOverdue: number): EventEnvelope<object> {
  return envelope(
    'procurement.payment.overdue-detected',
    {
      contractId,
      contractNumber: `CG2026-${contractId.slice(0, 4)}`,
      buyerName: '三明市某局',
      buyerKind: 'organ',
      countyCode: '350404',
      supplierUscc: uscc,
      dueDate: '2026-09-01',
      daysOverdue,
      outstandingFen: 12_345_600,
      interestFen: 1_200,
      scannedOn,
    },
    'procurement',
  );
}

describe('servicedesk overdue configuration', () => {
  it('should open appeals from late payments by default and route them to 市工信局 until confirmed otherwise', () => {
    // Arrange / Act
    const env = loadServicedeskEnv({ NATS_URL: 'nats://127.0.0.1:4999' });
    const off = loadServicedeskEnv({ NATS_URL: 'nats://127.0.0.1:4999', SERVICEDESK_OPEN_APPEALS_FROM_OVERDUE: 'false', SERVICEDESK_OVERDUE_APPEAL_DEPARTMENT: 'czj' });
    // Assert
    expect([env.SERVICEDESK_OPEN_APPEALS_FROM_OVERDUE, env.SERVICEDESK_OVERDUE_APPEAL_DEPARTMENT]).toEqual([true, 'gxj']);
    expect([off.SERVICEDESK_OPEN_APPEALS_FROM_OVERDUE, off.SERVICEDESK_OVERDUE_APPEAL_DEPARTMENT]).toEqual([false, 'czj']);
    expect(() => loadServicedeskEnv({ NATS_URL: 'nats://127.0.0.1:4999', SERVICEDESK_OVERDUE_APPEAL_DEPARTMENT: 'nowhere' })).toThrow(/SERVICEDESK_OVERDUE_APPEAL_DEPARTMENT/);
  });
});

describe.each(databaseKinds())('servicedesk appeals from late procurement payments on %s', (kind) => {
  let nats: NatsServerHandle;
  let db: TestDatabase;
  let service: INestMicroservice;
  let client: MessagingClient;
  let events: EventCollector;
  let publisher: EventPublisher;

  beforeAll(async () => {
    nats = await startNatsServer();
    await provisionDeclared(nats.url);
    db = await createTestDatabase(kind);
    const env = loadServicedeskEnv({ NATS_URL: nats.url, LOG_LEVEL: 'error', SLA_SCAN_MINUTES: '0', ...db.env });
    await runMigrations(createServicedeskOrmConfig(env));
    service = await bootstrapService(ServicedeskModule.forRoot(env), { service: 'servicedesk', natsUrl: nats.url, logLevel: 'error' });
    jest.spyOn(service.get(Clock), 'today').mockImplementation(() => '2026-10-12');
    client = createStandaloneClient(nats.url, 'servicedesk-overdue-test', 20_000);
    events = await new EventCollector(nats.url, 'SERVICEDESK', `servicedesk-overdue-${kind}`).start();
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

  /** An active enterprise of the pool, once the registry's announcement is projected. */
  async function enterprise(): Promise<string> {
    const uscc = makeUscc('350404');
    await publisher.publish(
      envelope(
        'registry.enterprise.registered',
        {
          enterprise: { uscc, name: `三明供应商${uscc.slice(-4)}有限公司`, countyCode: '350404', industryGroup: 'industry', chains: [], status: 'active', category: null, tier: null, sizeClass: 'small', version: 1 },
          admittedAt: new Date().toISOString(),
        },
        'registry',
      ),
    );
    await waitFor(async () => client.request('servicedesk.appeal.raise', { uscc, category: 'other', title: '探测', description: '探测', raisedBy: '测试', raisedByRole: 'liaison', actor: gxj }).catch(() => undefined));
    return uscc;
  }

  const arrearsOf = (uscc: string): Promise<Page<AppealDto>> => client.request('servicedesk.appeal.list', { uscc, category: 'payment-arrears', actor: gxj });

  it('should open one routed payment-arrears appeal per contract however often the event is published or redelivered', async () => {
    // Arrange
    const uscc = await enterprise();
    const contractId = randomUUID();
    const first = overdue(contractId, uscc, '2026-10-10', 39);
    // Act: the first day, its redelivery (same event id), the next day's event
    await publisher.publish(first);
    await publisher.publish(first, { dedupe: false });
    await publisher.publish(overdue(contractId, uscc, '2026-10-11', 40));
    const [a] = await waitFor(async () => ((await arrearsOf(uscc)).items.length > 0 ? (await arrearsOf(uscc)).items : undefined));
    // A second contract of the same supplier gets its own appeal; by then the repeats above are long handled.
    await publisher.publish(overdue(randomUUID(), uscc, '2026-10-11', 5));
    await waitFor(async () => ((await arrearsOf(uscc)).items.length >= 2 ? true : undefined));
    await new Promise((r) => setTimeout(r, 500));
    // Assert
    const all = await arrearsOf(uscc);
    expect(all.items).toHaveLength(2);
    expect(all.items.filter((x) => x.originId === contractId)).toHaveLength(1);
    expect(a).toMatchObject({ origin: 'overdue', originId: contractId, category: 'payment-arrears', status: 'routed', departmentCode: 'gxj', uscc, receivedOn: '2026-10-12' });
    expect(a!.title).toContain('逾期付款');
    expect(a!.description).toContain('未付123,456.00元');
    expect(a!.timeline.map((s) => s.action)).toEqual(['raised', 'routed']);
    const raised = await waitFor(async () => {
      const r = events.of('servicedesk.appeal.raised').filter((e) => e.data['appealId'] === a!.id);
      return r.length > 0 ? r : undefined;
    });
    expect(raised.map((e) => e.data['origin'])).toEqual(['overdue']);
  });

  it('should open nothing for a supplier that is not an enterprise of the pool', async () => {
    // Arrange
    const stranger = makeUscc('350404');
    const known = await enterprise();
    // Act
    await publisher.publish(overdue(randomUUID(), stranger, '2026-10-11', 3));
    await publisher.publish(overdue(randomUUID(), known, '2026-10-11', 3));
    await waitFor(async () => ((await arrearsOf(known)).items.length > 0 ? true : undefined));
    await new Promise((r) => setTimeout(r, 300));
    // Assert
    expect((await arrearsOf(stranger)).items).toHaveLength(0);
  });
});
