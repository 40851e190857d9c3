/**
 * The cluster under faults: three NATS nodes (JetStream R3), a private PostgreSQL, two replicas of every service.
 * Under a steady load of registry changes, certifications (→ entitlements in subsidies, white-list entries in
 * guarantees, through events) and subsidy approvals with payments, a random service replica is killed with SIGKILL
 * every few seconds, one NATS node is killed and brought back, and PostgreSQL is restarted once. Afterwards: no
 * event lost (every outbox row once in its stream, every durable drained, no dead letter), no effect doubled
 * (entitlements, payments, white-list additions), every budget line reconciles, and the backlog drains within
 * twice the fault's duration. Short form in `npm test`; FAULT_FULL=1 runs ≥ 50 kills.
 */
import { CONSUMERS } from '@ladder/contracts';
import type { BudgetLineDto, EntitlementDto, Page, PublicityDto, SubsidyReportDto } from '@ladder/contracts';
import { makeEnterprise, postgresBinDir, waitFor } from '@ladder/platform-testing';
import type { NatsConnection } from 'nats';

import { ClusterStack } from '../support/cluster';
import type { Replica } from '../support/cluster';
import { ApiClient, shanghaiDate } from '../support/stack';

const FULL = process.env['FAULT_FULL'] === '1';
/** How long the faults last, and a kill every … */
const FAULT_MS = FULL ? 200_000 : 25_000;
const KILL_EVERY_MS = 3_000;
/** The faults go on until this many kills at least (a kill waits for the process to end; the node loss pauses them). */
const MIN_KILLS = FULL ? 55 : 4;
/** Entitlements prepared for approval and payment under the faults. */
const TO_PAY = FULL ? 12 : 3;
const SERVICES = ['registry', 'tiering', 'subsidies', 'servicedesk', 'guarantees', 'procurement', 'talent'];

/**
 * A message a replica had received when it was killed comes back only after its consumer's ack wait (JetStream
 * redelivers unacknowledged messages then): with the last kill at the end of the faults, the backlog cannot drain
 * sooner than that. The drain limit is twice the faults' duration (issue 14), and never less than the longest ack
 * wait plus 30 s — which only matters for the short form (25 s of faults against a 60 s ack wait; it failed once on
 * exactly this: "0 pending, 1 unacknowledged" at 53 s).
 */
const ACK_WAIT_MS = Math.max(...CONSUMERS.map((c) => c.ackWaitSeconds)) * 1000;
const drainLimitMs = (faultMs: number): number => Math.max(2 * faultMs, ACK_WAIT_MS + 30_000);

jest.setTimeout(FULL ? 1_200_000 : 240_000);

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Every message of a stream: its envelope id (the outbox row's event id). */
async function streamIds(nc: NatsConnection, stream: string): Promise<string[]> {
  const jsm = await nc.jetstreamManager();
  const info = await jsm.streams.info(stream);
  const ids: string[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
    const m = await jsm.streams.getMessage(stream, { seq }).catch(() => undefined);
    if (m) ids.push((JSON.parse(new TextDecoder().decode(m.data)) as { id: string }).id);
  }
  return ids;
}

// The suite runs its own PostgreSQL server (it restarts it): without the binaries it cannot run — said loudly, and
// a failure in the full form.
const POSTGRES_MISSING = !postgresBinDir() && !FULL;
if (POSTGRES_MISSING) {
  process.stderr.write('[cluster fault] 跳过：未找到 PostgreSQL（/usr/lib/postgresql/*/bin）。SKIPPED: install postgresql to run the cluster fault suite.\n');
}

(POSTGRES_MISSING ? describe.skip : describe)('the cluster under faults', () => {
  const today = shanghaiDate();
  const later = new Date(Date.parse(`${today}T00:00:00Z`) + 8 * 86_400_000).toISOString().slice(0, 10);
  const stack = new ClusterStack({ replicas: 2, env: { subsidies: { SUBSIDIES_DATE: today } } });
  let gxj: ApiClient;
  let gxjsh: ApiClient;
  let czj: ApiClient;
  let czjsh: ApiClient;

  beforeAll(async () => {
    await stack.start();
    gxj = await new ApiClient(stack.baseUrl).login('gxj');
    gxjsh = await new ApiClient(stack.baseUrl).login('gxjsh');
    czj = await new ApiClient(stack.baseUrl).login('czj');
    czjsh = await new ApiClient(stack.baseUrl).login('czjsh');
  });

  /** NATS connections of the test, closed even when it fails. */
  const opened: NatsConnection[] = [];

  afterAll(async () => {
    for (const nc of opened) if (!nc.isClosed()) await nc.close();
    await stack.stop();
  });

  /** A call through the gateway, repeated while the answer is a 5xx (a replica or node was just killed). */
  async function retry<T>(call: () => Promise<{ status: number; body: T }>, ok: (status: number) => boolean, ms = 60_000): Promise<{ status: number; body: T }> {
    const deadline = Date.now() + ms;
    for (;;) {
      const r = await call().catch(() => ({ status: 599, body: undefined as T }));
      if (ok(r.status) || Date.now() > deadline) return r;
      await sleep(300);
    }
  }

  async function register(countyCode = '350404'): Promise<string> {
    const e = makeEnterprise({ countyCode });
    const r = await retry(() => gxj.call('POST', '/api/enterprises', { ...e, industryGroup: 'industry' }), (s) => s === 201 || s === 409);
    expect([201, 409]).toContain(r.status);
    return e.uscc;
  }

  let certNo = 0;
  /** A 2024 专精特新 title: tiering records it, subsidies opens an entitlement, guarantees adds the white-list entry. */
  async function certify(uscc: string): Promise<void> {
    certNo++;
    const docNo = `闽工信函企业〔2024〕${1000 + certNo}号`;
    const r = await retry(
      () => gxj.call('POST', '/api/tiering/certifications', { uscc, tier: 'specialized', issuer: '福建省工业和信息化厅', docNo, certifiedOn: '2024-05-10' }),
      (s) => s === 201 || s === 409,
    );
    expect([201, 409]).toContain(r.status);
  }

  async function entitlementOf(uscc: string): Promise<EntitlementDto> {
    return waitFor(async () => (await gxj.call<Page<EntitlementDto>>('GET', `/api/subsidies/entitlements?uscc=${uscc}`)).body?.items?.find((e) => e.awardId === 'S-17'), 60_000, 300);
  }

  /** Business and finance approval, then payment; every step read again and repeated after a failure. */
  async function approveAndPay(id: string): Promise<void> {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      const cur = (await gxj.call<EntitlementDto>('GET', `/api/subsidies/entitlements/${id}`).catch(() => undefined))?.body;
      if (!cur?.status) {
        await sleep(300);
        continue;
      }
      if (cur.status === 'disbursed') return;
      if (cur.status === 'pending-approval') {
        await gxjsh.call('POST', `/api/subsidies/entitlements/${id}/approve`, { step: 'business', decision: 'approve', expectedVersion: cur.version }).catch(() => undefined);
      } else if (cur.status === 'business-approved') {
        await czjsh.call('POST', `/api/subsidies/entitlements/${id}/approve`, { step: 'finance', decision: 'approve', expectedVersion: cur.version }).catch(() => undefined);
      } else if (cur.status === 'approved') {
        await czj.call('POST', `/api/subsidies/entitlements/${id}/disburse`, { voucherNo: `SMCZ-F-${id.slice(0, 8)}`, paidOn: later, expectedVersion: cur.version }).catch(() => undefined);
      } else {
        throw new Error(`entitlement ${id} in state ${cur.status}`);
      }
    }
    throw new Error(`entitlement ${id} not paid in time`);
  }

  it('should lose no event, double no effect and reconcile every budget after kills, a NATS node loss and a PostgreSQL restart', async () => {
    // Arrange: entitlements through 公示 (closed a week later by the service's clock), a budget for all of them
    const toPay: string[] = [];
    for (let i = 0; i < TO_PAY; i++) {
      const uscc = await register();
      await waitFor(async () => (await gxj.call('GET', `/api/tiering/enterprises/${uscc}/evaluation`)).status === 200, 60_000, 300);
      await certify(uscc);
      toPay.push((await entitlementOf(uscc)).id);
    }
    const publicity = await gxj.call<PublicityDto>('POST', '/api/subsidies/publicity', { title: '故障演练公示', entitlementIds: toPay, startsOn: today });
    expect(publicity.status).toBe(201);
    await stack.restartService('subsidies', { SUBSIDIES_DATE: later });
    expect((await retry(() => gxj.call('POST', `/api/subsidies/publicity/${publicity.body.id}/close`), (s) => s === 200)).status).toBe(200);
    const year = Number(later.slice(0, 4));
    const line = (await czj.call<BudgetLineDto[]>('GET', `/api/subsidies/budgets?year=${year}`)).body.find((l) => l.payer === 'CITY');
    expect((await czj.call('PUT', '/api/subsidies/budgets', { payer: 'CITY', year, amountFen: (line?.amountFen ?? 0) + TO_PAY * 5_000_000 })).status).toBe(200);
    const pool: string[] = [];
    for (let i = 0; i < 4; i++) pool.push(await register());

    // Act: load and faults together
    let running = true;
    const stats = { kills: 0, registryChanges: 0, certified: [] as string[], natsDownMs: 0, pgRestartMs: 0 };
    const registryLoad = (async () => {
      for (let i = 0; running; i++) {
        const uscc = pool[i % pool.length]!;
        const r = await gxj.call('PATCH', `/api/enterprises/${uscc}`, { address: `三明市三元区故障路${i}号` }).catch(() => ({ status: 599 }));
        if (r.status === 200) stats.registryChanges++;
        await sleep(150);
      }
    })();
    const certificationLoad = (async () => {
      while (running) {
        const uscc = await register('350481');
        await retry(() => gxj.call('GET', `/api/tiering/enterprises/${uscc}/evaluation`), (s) => s === 200, 60_000);
        await certify(uscc);
        stats.certified.push(uscc);
        await sleep(500);
      }
    })();
    const approvals = (async () => {
      for (const id of toPay) await approveAndPay(id);
    })();
    const started = Date.now();
    const killer = (async () => {
      let natsKilled = false;
      let pgRestarted = false;
      while (Date.now() - started < FAULT_MS || stats.kills < MIN_KILLS) {
        const alive = stack.replicas.filter((r: Replica) => r.service !== 'gateway' && r.child && r.child.exitCode === null && r.child.signalCode === null);
        const victim = alive[Math.floor(Math.random() * alive.length)];
        if (victim) {
          await stack.killReplica(victim);
          stats.kills++;
        }
        const t = Date.now() - started;
        if (!natsKilled && t > FAULT_MS / 4) {
          natsKilled = true;
          const node = Math.floor(Math.random() * 3);
          const down = Date.now();
          await stack.killNatsNode(node);
          await sleep(Math.min(8_000, FAULT_MS / 5));
          await stack.startNatsNode(node);
          stats.natsDownMs = Date.now() - down;
        } else if (!pgRestarted && t > FAULT_MS / 2) {
          pgRestarted = true;
          const down = Date.now();
          await stack.pg.restart();
          stats.pgRestartMs = Date.now() - down;
        } else {
          await sleep(KILL_EVERY_MS);
        }
      }
    })();
    await killer;
    const faultMs = Date.now() - started;
    running = false;
    await Promise.all([registryLoad, certificationLoad]);

    // Drain: every replica back, payments done, every outbox empty, every durable caught up, every effect there
    const drainStarted = Date.now();
    await stack.waitHealthy(120_000);
    await approvals;
    const nc = await stack.connect();
    opened.push(nc);
    const jsm = await nc.jetstreamManager();
    /** What is still pending ('' once everything has drained). */
    const pending = async (): Promise<string> => {
      for (const s of SERVICES) {
        const [row] = await stack.query<{ n: string }>(s, `select count(*) as n from ${s}.outbox_message where published_at is null`);
        if (Number(row?.n) > 0) return `${s}: ${row?.n} outbox rows`;
      }
      for await (const stream of jsm.streams.list()) {
        for await (const c of jsm.consumers.list(stream.config.name)) {
          if (c.num_pending > 0 || c.num_ack_pending > 0) return `${c.stream_name}/${c.name}: ${c.num_pending} pending, ${c.num_ack_pending} unacknowledged`;
        }
      }
      for (const uscc of stats.certified) {
        const [e] = await stack.query<{ n: string }>('subsidies', 'select count(*) as n from subsidies.entitlement where uscc = $1', [uscc]);
        const [w] = await stack.query<{ n: string }>('guarantees', "select count(*) as n from guarantees.white_list_change where uscc = $1 and action = 'added'", [uscc]);
        if (Number(e?.n) === 0 || Number(w?.n) === 0) return `${uscc}: ${e?.n} entitlements, ${w?.n} white-list additions`;
      }
      return '';
    };
    let left = '';
    await waitFor(async () => (left = await pending().catch((error: unknown) => String(error))) === '', drainLimitMs(faultMs), 500).catch(() => {
      throw new Error(`not drained within ${drainLimitMs(faultMs)} ms: ${left}\n${stack.dumpLogs()}`);
    });
    const drainMs = Date.now() - drainStarted;

    // Assert: no event lost or doubled — every outbox row once in its stream, nothing else there, no dead letter
    let published = 0;
    let lost = 0;
    let doubledEvents = 0;
    for (const s of SERVICES) {
      const outbox = (await stack.query<{ event_id: string }>(s, `select event_id from ${s}.outbox_message`)).map((r) => r.event_id);
      if (outbox.length === 0) continue;
      const inStream = await streamIds(nc, s.toUpperCase());
      const counts = new Map<string, number>();
      for (const id of inStream) counts.set(id, (counts.get(id) ?? 0) + 1);
      published += outbox.length;
      lost += outbox.filter((id) => !counts.has(id)).length;
      doubledEvents += [...counts.values()].filter((n) => n > 1).length;
    }
    const dead = (await jsm.streams.info('DLQ')).state.messages;
    // No effect doubled: one entitlement per title, one reservation and one payment per entitlement, one addition to the white list per title
    const [doubledEntitlements] = await stack.query<{ n: string }>(
      'subsidies',
      "select count(*) as n from (select uscc from subsidies.entitlement where award_id = 'S-17' group by uscc having count(*) > 1) d",
    );
    const [doubledPayments] = await stack.query<{ n: string }>(
      'subsidies',
      'select count(*) as n from (select entitlement_id, kind from subsidies.ledger_entry group by entitlement_id, kind having count(*) > 1) d',
    );
    const [doubledWhiteList] = await stack.query<{ n: string }>(
      'guarantees',
      "select count(*) as n from (select uscc from guarantees.white_list_change where action = 'added' group by uscc having count(*) > 1) d",
    );
    const [paid] = await stack.query<{ n: string }>('subsidies', "select count(*) as n from subsidies.entitlement where status = 'disbursed'");
    const report = (await czj.call<SubsidyReportDto>('GET', `/api/subsidies/report?year=${year}`)).body;
    const lines = (await czj.call<BudgetLineDto[]>('GET', `/api/subsidies/budgets?year=${year}`)).body;

    const figures = {
      mode: FULL ? 'full' : 'short',
      faultSeconds: Math.round(faultMs / 100) / 10,
      kills: stats.kills,
      restarts: stack.replicas.reduce((n, r) => n + r.restarts, 0),
      natsNodeDownSeconds: Math.round(stats.natsDownMs / 100) / 10,
      postgresRestartSeconds: Math.round(stats.pgRestartMs / 100) / 10,
      registryChanges: stats.registryChanges,
      certifications: stats.certified.length,
      payments: Number(paid?.n),
      eventsPublished: published,
      lostEvents: lost,
      doubledEvents,
      deadLetters: dead,
      doubledEntitlements: Number(doubledEntitlements?.n),
      doubledPayments: Number(doubledPayments?.n),
      doubledWhiteListAdditions: Number(doubledWhiteList?.n),
      budgetsReconciled: report.reconciliation.every((r) => r.balanced),
      drainSeconds: Math.round(drainMs / 100) / 10,
      drainLimitSeconds: Math.round(drainLimitMs(faultMs) / 100) / 10,
    };
    process.stdout.write(`\n[cluster fault] ${JSON.stringify(figures, null, 2)}\n`);

    expect(stats.kills).toBeGreaterThanOrEqual(MIN_KILLS);
    expect(stats.natsDownMs).toBeGreaterThan(0);
    expect(stats.pgRestartMs).toBeGreaterThan(0);
    expect(stats.registryChanges).toBeGreaterThan(0);
    expect(stats.certified.length).toBeGreaterThan(0);
    expect(figures.payments).toBeGreaterThanOrEqual(TO_PAY);
    expect({ lost, doubledEvents, dead }).toEqual({ lost: 0, doubledEvents: 0, dead: 0 });
    expect([figures.doubledEntitlements, figures.doubledPayments, figures.doubledWhiteListAdditions]).toEqual([0, 0, 0]);
    expect(figures.budgetsReconciled).toBe(true);
    for (const l of lines) expect(l.reservedFen + l.consumedFen).toBeLessThanOrEqual(l.amountFen);
    expect(drainMs).toBeLessThanOrEqual(drainLimitMs(faultMs));
  });
});
