/**
 * The subscriber kit against a real nats-server with the declared streams: the typed client on a bureau's durable
 * consumer, `events:tail` printing JSON lines, and `events:digest` equal on the bureau's file and on the streams.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import type { EventEnvelope } from '@ladder/contracts';
import { provisionDeclared } from '@ladder/platform-messaging';
import { startNatsServer } from '@ladder/platform-testing';
import type { NatsServerHandle } from '@ladder/platform-testing';
import { connect, headers } from 'nats';
import type { NatsConnection } from 'nats';

import { tail } from '../src/client';
import { DigestBook } from '../src/digest';

const root = path.resolve(__dirname, '../../..');
const DAY = '2026-12-05';

function envelope(subject: string, occurredAt: string, data: Record<string, unknown>): EventEnvelope {
  return { id: randomUUID(), subject, version: 1, occurredAt, source: subject.split('.')[0]!, data };
}

function cli(script: string, args: string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync(process.execPath, [path.join(root, 'tools/run-ts.mjs'), path.join(root, 'tools/subscriber/src', script), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`${script} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return r.stdout;
}

describe('subscriber kit', () => {
  let nats: NatsServerHandle;
  let nc: NatsConnection;
  let dir: string;
  const published: EventEnvelope[] = [];

  beforeAll(async () => {
    nats = await startNatsServer();
    await provisionDeclared(nats.url, [
      { stream: 'REGISTRY', durable: 'finance-bureau', description: '市财政局', filterSubject: 'registry.enterprise.>', maxDeliver: 10, ackWaitSeconds: 60, backoffSeconds: [5, 30, 300] },
    ]);
    nc = await connect({ servers: nats.url });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ladder-subscriber-'));
    const js = nc.jetstream();
    const events = [
      envelope('registry.enterprise.registered', `${DAY}T01:00:00.000Z`, { enterprise: { uscc: '91350400MA0000001X', name: '三明甲公司' }, admittedAt: '2026-12-05T00:00:00.000Z' }),
      envelope('registry.enterprise.registered', `${DAY}T23:59:59.000Z`, { enterprise: { uscc: '91350400MA0000002X', name: '三明乙公司' }, admittedAt: '2026-12-05T00:00:00.000Z' }),
      envelope('registry.enterprise.updated', `${DAY}T08:00:00.000Z`, { uscc: '91350400MA0000001X' }),
      envelope('registry.enterprise.registered', '2026-12-06T00:00:01.000Z', { enterprise: { uscc: '91350400MA0000003X', name: '次日公司' }, admittedAt: '2026-12-05T00:00:00.000Z' }),
      envelope('tiering.enterprise.certified', `${DAY}T09:00:00.000Z`, { uscc: '91350400MA0000001X' }),
    ];
    for (const e of events) {
      const h = headers();
      h.set('Nats-Msg-Id', e.id);
      await js.publish(e.subject, JSON.stringify(e), { headers: h });
      // The relay may publish twice (a second relay, a retry): the duplicate window drops it.
      await js.publish(e.subject, JSON.stringify(e), { headers: h });
      published.push(e);
    }
  });

  afterAll(async () => {
    await nc?.drain();
    await nats?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('should give typed events from a bureau durable consumer, acknowledged one by one', async () => {
    const seen: string[] = [];
    for await (const e of tail(nc, 'registry.enterprise.>', { durable: 'finance-bureau', idleMs: 2_000 })) {
      if (e.subject === 'registry.enterprise.registered') seen.push(`${e.subject} ${e.data.enterprise.uscc}`);
      else seen.push(e.subject);
      await e.ack();
    }
    expect(seen).toEqual([
      'registry.enterprise.registered 91350400MA0000001X',
      'registry.enterprise.registered 91350400MA0000002X',
      'registry.enterprise.updated',
      'registry.enterprise.registered 91350400MA0000003X',
    ]);
    const info = await (await nc.jetstreamManager()).consumers.info('REGISTRY', 'finance-bureau');
    expect(info.num_ack_pending + info.num_pending).toBe(0);
  });

  it('should print the events as JSON lines and give the same daily digest on the bureau side and on the streams', () => {
    const env = { NATS_URL: nats.url };
    const out = cli('tail.ts', ['*.enterprise.>', '--all', '--idle-ms', '2000'], env);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as EventEnvelope & { stream: string; seq: number });
    expect(lines.map((l) => l.id).sort()).toEqual(published.map((e) => e.id).sort());
    expect(lines[0]).toEqual(expect.objectContaining({ stream: expect.any(String), seq: expect.any(Number), data: expect.any(Object) }));
    const file = path.join(dir, 'received.jsonl');
    fs.writeFileSync(file, out);

    const bureau = cli('digest-cli.ts', ['--day', DAY, '--subject', 'registry.>', '--file', file], env);
    const city = cli('digest-cli.ts', ['--day', DAY, '--subject', 'registry.>'], env);
    expect(bureau).toBe(city);
    const registered = bureau.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { subject: string; count: number });
    expect(registered.find((l) => l.subject === 'registry.enterprise.registered')?.count).toBe(2);
    expect(registered.find((l) => l.subject === 'registry.enterprise.removed')?.count).toBe(0);

    // One event lost on the bureau's side: its digest differs for that subject only (same code as the CLI).
    const book = new DigestBook();
    for (const l of lines.filter((l) => l.subject.startsWith('registry.') && !JSON.stringify(l).includes('三明乙公司'))) book.add(l);
    const short = book.lines({ day: DAY, subjects: registered.map((l) => l.subject) }).map((l) => JSON.stringify(l));
    const diff = short.filter((l, i) => l !== city.split('\n')[i]);
    expect(diff.map((l) => (JSON.parse(l) as { subject: string; count: number })).map((l) => [l.subject, l.count])).toEqual([['registry.enterprise.registered', 1]]);
  }, 90_000);
});
