/**
 * The talent service in-process over a private nats-server and real databases (SQLite always, PostgreSQL too with
 * TEST_DATABASE_URL). The registry's and tiering's events are published onto their streams as those services would.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { INestMicroservice } from '@nestjs/common';
import type { Actor, CoverageDto, EventEnvelope, PersonDto, TalentCaseDto } from '@ladder/contracts';
import { Clock } from '@ladder/platform-config';
import {
  RemoteError,
  bootstrapService,
  createStandaloneClient,
  provisionDeclared,
} from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { runMigrations } from '@ladder/platform-persistence';
import {
  EventPublisher,
  createTestDatabase,
  databaseKinds,
  makeUscc,
  startNatsServer,
  waitFor,
} from '@ladder/platform-testing';
import type { NatsServerHandle, TestDatabase } from '@ladder/platform-testing';
import { talentEntitlements } from '@ladder/policy';
import { computeResidentIdCheckCharacter } from '@ladder/shared-domain';

import { loadTalentEnv } from '../src/config/talent.env';
import { createTalentOrmConfig } from '../src/mikro-orm.config';
import { TalentModule } from '../src/talent.module';

jest.setTimeout(120_000);

const rcb: Actor = { userId: 'u-rcb', username: 'rcb', roles: ['talent-officer'] };
const gxj: Actor = { userId: 'u-gxj', username: 'gxj', roles: ['gxj-operator'] };
const county: Actor = {
  userId: 'u-sy',
  username: 'sanyuan',
  roles: ['county-operator'],
  countyCode: '350404',
};
const ID_A = '350402198503121236';
const ID_B = '350425199007014561';

function envelope(subject: string, data: Record<string, unknown>, source: string): EventEnvelope<object> {
  return { id: randomUUID(), subject, version: 1, occurredAt: new Date().toISOString(), source, data };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  const e = await p.catch((error: unknown) => error);
  expect(e).toBeInstanceOf(RemoteError);
  return (e as RemoteError).code;
}

describe.each(databaseKinds())('talent flows on %s', (kind) => {
  let nats: NatsServerHandle;
  let db: TestDatabase;
  let service: INestMicroservice;
  let client: MessagingClient;
  let publisher: EventPublisher;
  let today = '2025-06-01';

  beforeAll(async () => {
    nats = await startNatsServer();
    await provisionDeclared(nats.url);
    db = await createTestDatabase(kind);
    const env = loadTalentEnv({ NATS_URL: nats.url, LOG_LEVEL: 'error', NODE_ENV: 'test', ...db.env });
    await runMigrations(createTalentOrmConfig(env));
    service = await bootstrapService(TalentModule.forRoot(env), {
      service: 'talent',
      natsUrl: nats.url,
      logLevel: 'error',
    });
    jest.spyOn(service.get(Clock), 'today').mockImplementation(() => today);
    client = createStandaloneClient(nats.url, 'talent-flows-test', 20_000);
    publisher = await new EventPublisher(nats.url).start();
  });

  afterAll(async () => {
    await publisher?.stop();
    await client?.close();
    await service?.close();
    await nats?.stop();
    await db?.drop();
  });

  async function registered(countyCode = '350404'): Promise<string> {
    const uscc = makeUscc(countyCode);
    await publisher.publish(
      envelope(
        'registry.enterprise.registered',
        {
          enterprise: {
            uscc,
            name: `三明人才${uscc.slice(-4)}有限公司`,
            countyCode,
            industryGroup: 'industry',
            chains: [],
            status: 'active',
            category: null,
            tier: null,
            sizeClass: 'small',
            version: 1,
          },
          admittedAt: new Date().toISOString(),
        },
        'registry',
      ),
    );
    await waitFor(async () =>
      (await client.request('talent.enterprise.get', { uscc }).catch(() => undefined))?.name
        ? true
        : undefined,
    );
    return uscc;
  }

  async function certify(
    uscc: string,
    tier: string,
    certifiedOn: string,
    validUntil: string,
    countyCode = '350404',
  ): Promise<string> {
    const certificationId = randomUUID();
    await publisher.publish(
      envelope(
        'tiering.enterprise.certified',
        {
          certificationId,
          uscc,
          countyCode,
          tier,
          currentTier: tier,
          kind: 'new',
          issuer: '工业和信息化部',
          docNo: '工信部企业函〔2025〕1号',
          certifiedOn,
          validUntil,
        },
        'tiering',
      ),
    );
    await waitFor(async () =>
      (await client.request('talent.enterprise.get', { uscc })).titles.some(
        (t) => t.certificationId === certificationId,
      )
        ? true
        : undefined,
    );
    return certificationId;
  }

  it('should put a 小巨人 in the 2+3+N scope from its recognition and take it out the day after revocation, as the rules say', async () => {
    // Arrange
    const uscc = await registered();
    const certificationId = await certify(uscc, 'little-giant', '2023-07-01', '2026-06-30');
    // Act
    const inScope = await client.request('talent.scope.get', { uscc, date: '2024-06-01' });
    const request = await client.request('talent.scope.request', { uscc, date: '2024-06-01' });
    const listed = await client.request('talent.scope.list', {
      measure: 'S-53',
      date: '2024-06-01',
      pageSize: 200,
    });
    await publisher.publish(
      envelope(
        'tiering.enterprise.revoked',
        {
          certificationId,
          uscc,
          countyCode: '350404',
          tier: 'little-giant',
          currentTier: null,
          reason: '复核未通过',
          fraud: false,
          revokedOn: '2025-03-10',
        },
        'tiering',
      ),
    );
    await waitFor(async () =>
      (await client.request('talent.enterprise.get', { uscc })).titles[0]?.revokedOn ? true : undefined,
    );
    const onRevocation = await client.request('talent.scope.get', { uscc, date: '2025-03-10' });
    const dayAfter = await client.request('talent.scope.get', { uscc, date: '2025-03-11' });
    const history = await client.request('talent.enterprise.get', { uscc });
    // Assert
    expect(inScope.applies).toContain('S-53');
    expect(inScope.measures.find((m) => m.id === 'S-53')).toMatchObject({
      status: 'applies',
      from: '2023-07-01',
      until: '2026-06-30',
    });
    expect(inScope).toEqual(JSON.parse(JSON.stringify(talentEntitlements(request))));
    expect(listed.items.map((e) => e.uscc)).toContain(uscc);
    expect(onRevocation.applies).toContain('S-53');
    expect(dayAfter.applies).not.toContain('S-53');
    expect(dayAfter.measures.find((m) => m.id === 'S-53')?.status).toBe('does-not-apply');
    expect(history.titles[0]?.history.map((h) => h.event)).toEqual(['certified', 'revoked']);
  });

  it('should keep ID and phone numbers only encrypted in the database and show them in full only with the right', async () => {
    // Arrange
    const uscc = await registered();
    // Act
    const bad = await codeOf(
      client.request('talent.person.register', {
        name: '错号',
        residentId: '350402198503121237',
        uscc,
        actor: rcb,
      }),
    );
    const p = await client.request('talent.person.register', {
      name: '林一',
      residentId: ID_A,
      phone: '13905980001',
      uscc,
      actor: rcb,
    });
    const dup = await codeOf(
      client.request('talent.person.register', { name: '林一', residentId: ID_A, uscc, actor: rcb }),
    );
    const list = await client.request('talent.person.list', { uscc, actor: gxj });
    const denied = await codeOf(client.request('talent.person.reveal', { personId: p.id, actor: gxj }));
    const full = await client.request('talent.person.reveal', {
      personId: p.id,
      reason: '职称评审核验',
      actor: rcb,
    });
    // Assert
    expect(bad).toBe('VALIDATION_FAILED');
    expect(dup).toBe('TALENT_PERSON_DUPLICATE');
    expect(list.items[0]).toMatchObject<Partial<PersonDto>>({
      residentId: '3****************6',
      phone: '139****0001',
      masked: true,
    });
    expect(denied).toBe('FORBIDDEN');
    expect(full).toMatchObject({ residentId: ID_A, phone: '13905980001', masked: false });
    if (kind === 'sqlite') {
      const files = readdirSync(db.env.DATA_DIR).filter((f) => f.startsWith('talent.sqlite'));
      const bytes = Buffer.concat(files.map((f) => readFileSync(join(db.env.DATA_DIR, f))));
      expect(files.length).toBeGreaterThan(0);
      expect(bytes.includes(Buffer.from('林一'))).toBe(true);
      expect(bytes.includes(Buffer.from(ID_A))).toBe(false);
      expect(bytes.includes(Buffer.from('13905980001'))).toBe(false);
    }
  });

  it('should count training coverage by county as the covered quality SMEs over all of them, naming the others', async () => {
    // Arrange: a generated pool of enterprises with and without titles, some trained
    today = '2025-06-01';
    const pool: { uscc: string; quality: boolean; trained: boolean; countyCode: string }[] = [];
    const programme = await client.request('talent.programme.create', {
      title: '经营管理人才研修班',
      topic: '战略与管理',
      organiser: '市工信局',
      management: true,
      startsOn: '2025-04-01',
      endsOn: '2025-04-30',
      capacity: 100,
      actor: rcb,
    });
    const other = await client.request('talent.programme.create', {
      title: '技能竞赛',
      topic: '技能',
      organiser: '市人社局',
      management: false,
      startsOn: '2025-04-01',
      endsOn: '2025-04-30',
      capacity: 100,
      actor: rcb,
    });
    const session = await client.request('talent.session.add', {
      programmeId: programme.id,
      heldOn: '2025-04-10',
      place: '三明学院',
      actor: rcb,
    });
    const otherSession = await client.request('talent.session.add', {
      programmeId: other.id,
      heldOn: '2025-04-11',
      place: '三明学院',
      actor: rcb,
    });
    const ids = [
      '350403199001011234',
      '350424198807071234',
      '350425197506061234',
      '350426198212121234',
      '350427199511111234',
      '350428198003031234',
    ];
    for (let i = 0; i < 6; i += 1) {
      const countyCode = i % 2 === 0 ? '350421' : '350423';
      const uscc = await registered(countyCode);
      const quality = i % 3 !== 2;
      if (quality)
        await certify(
          uscc,
          i % 3 === 0 ? 'innovative' : 'specialized',
          '2024-01-01',
          '2026-12-31',
          countyCode,
        );
      const raw = ids[i] ?? '';
      const residentId = raw.slice(0, 17) + computeResidentIdCheckCharacter(raw.slice(0, 17));
      const person = await client.request('talent.person.register', {
        name: `学员${i}`,
        residentId,
        uscc,
        actor: rcb,
      });
      const trained = i < 3;
      const prog = i === 3 ? other : programme;
      await client.request('talent.enrolment.add', { programmeId: prog.id, personId: person.id, actor: rcb });
      if (trained)
        await client.request('talent.attendance.record', {
          sessionId: session.id,
          personId: person.id,
          actor: rcb,
        });
      if (i === 3)
        await client.request('talent.attendance.record', {
          sessionId: otherSession.id,
          personId: person.id,
          actor: rcb,
        });
      pool.push({ uscc, quality, trained, countyCode });
    }
    // Act
    const cov: CoverageDto = await client.request('talent.coverage.get', { year: 2025, actor: gxj });
    const countyView = await client.request('talent.coverage.get', { year: 2025, actor: county });
    // Assert: a direct count over the generated pool (other tests' enterprises are in 350404)
    for (const code of ['350421', '350423']) {
      const q = pool.filter((e) => e.countyCode === code && e.quality);
      const k = q.filter((e) => e.trained);
      expect(cov.counties.find((c) => c.countyCode === code)).toMatchObject({
        qualitySmes: q.length,
        covered: k.length,
        rate: Math.round((k.length / q.length) * 10_000) / 10_000,
      });
    }
    const uncovered = pool
      .filter((e) => e.quality && !e.trained)
      .map((e) => e.uscc)
      .sort();
    expect(
      cov.uncovered
        .map((u) => u.uscc)
        .filter((u) => pool.some((e) => e.uscc === u))
        .sort(),
    ).toEqual(uncovered);
    expect(countyView.counties.map((c) => c.countyCode)).toEqual(['350404']);
  });

  it('should import attendance rows and report each row in error when the sheet has bad rows', async () => {
    // Arrange
    const uscc = await registered();
    await client.request('talent.person.register', { name: '陈二', residentId: ID_B, uscc, actor: rcb });
    const programme = await client.request('talent.programme.create', {
      title: '管理研修',
      topic: '管理',
      organiser: '市教育局',
      management: true,
      startsOn: '2025-05-01',
      endsOn: '2025-05-02',
      capacity: 10,
      actor: rcb,
    });
    const session = await client.request('talent.session.add', {
      programmeId: programme.id,
      heldOn: '2025-05-01',
      place: '三明',
      actor: rcb,
    });
    // Act
    const result = await client.request('talent.attendance.import', {
      sessionId: session.id,
      rows: [
        { row: 2, name: '陈二', residentId: ID_B },
        { row: 3, name: '陈二', residentId: '350425199007014562' },
        { row: 4, name: '王某', residentId: ID_B },
        { row: 5, name: '无名', residentId: '11010519491231002X' },
      ],
      actor: rcb,
    });
    const enrolments = await client.request('talent.enrolment.list', { programmeId: programme.id });
    // Assert
    expect(result.imported).toBe(1);
    expect(result.errors.map((e) => e.row)).toEqual([3, 4, 5]);
    expect(JSON.stringify(result.errors)).not.toContain('350425199007014562');
    expect(enrolments[0]?.sessionsAttended).toEqual([session.id]);
  });

  it('should route a green-channel application to 人社局 when the title is valid on the day and refuse it otherwise', async () => {
    // Arrange
    const uscc = await registered();
    await certify(uscc, 'specialized', '2024-03-01', '2027-02-28');
    const p = await client.request('talent.person.register', {
      name: '郑工',
      residentId: '350427199203157896',
      uscc,
      actor: rcb,
    });
    // Act
    const before = await codeOf(
      client.request('talent.case.submit', {
        kind: 'title',
        personId: p.id,
        appliedOn: '2024-02-29',
        specialty: '机械工程',
        level: '中级',
        actor: rcb,
      }),
    );
    const routed: TalentCaseDto = await client.request('talent.case.submit', {
      kind: 'title',
      personId: p.id,
      appliedOn: '2025-05-01',
      specialty: '机械工程',
      level: '中级',
      actor: rcb,
    });
    const decided = await client.request('talent.case.decide', {
      caseId: routed.id,
      outcome: 'approved',
      note: '评审通过',
      actor: rcb,
    });
    const again = await codeOf(
      client.request('talent.case.decide', { caseId: routed.id, outcome: 'rejected', actor: rcb }),
    );
    const housing = await client.request('talent.case.submit', {
      kind: 'housing',
      personId: p.id,
      appliedOn: '2025-05-02',
      actor: rcb,
    });
    const round = await client.request('talent.round.create', {
      kind: 'bamin-talent',
      year: 2025,
      title: '2025年“八闽英才”推荐',
      opensOn: '2025-05-01',
      closesOn: '2025-05-31',
      actor: rcb,
    });
    const late = await codeOf(
      client.request('talent.case.submit', {
        kind: 'bamin-talent',
        personId: p.id,
        roundId: round.id,
        appliedOn: '2025-06-01',
        actor: rcb,
      }),
    );
    const nominated = await client.request('talent.case.submit', {
      kind: 'bamin-talent',
      personId: p.id,
      roundId: round.id,
      appliedOn: '2025-05-20',
      actor: rcb,
    });
    const queue = await client.request('talent.case.list', { kind: 'housing', status: 'routed', actor: rcb });
    // Assert
    expect(before).toBe('TALENT_NOT_ELIGIBLE');
    expect(routed).toMatchObject({ measure: 'S-55a', department: '市人社局', status: 'routed' });
    expect(decided).toMatchObject({ status: 'approved', decidedBy: 'rcb', decidedOn: today });
    expect(again).toBe('TALENT_CASE_STATE');
    expect(housing).toMatchObject({ measure: 'S-55b', department: '市住建局' });
    expect(late).toBe('TALENT_ROUND_CLOSED');
    expect(nominated).toMatchObject({ measure: 'S-55d', roundId: round.id });
    expect(queue.items.map((c) => c.id)).toContain(housing.id);
  });
});
