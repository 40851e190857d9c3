/**
 * The raw substrates every benchmark is measured against, in the same run with the same client: JetStream
 * publish → durable consumer ack, and SQLite inserts (one transaction per row, WAL).
 */
import * as path from 'node:path';

import Database from 'better-sqlite3';
import { AckPolicy, DeliverPolicy, RetentionPolicy, StorageType } from 'nats';
import type { NatsConnection } from 'nats';

/** A durable consumer, created before the load starts; resolves with the time of the `expected`-th ack. */
export async function consumeCount(nc: NatsConnection, stream: string, durable: string, filter: string, expected: number): Promise<{ done: Promise<number> }> {
  const jsm = await nc.jetstreamManager();
  await jsm.consumers.add(stream, { durable_name: durable, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.New, filter_subject: filter });
  const consumer = await nc.jetstream().consumers.get(stream, durable);
  const messages = await consumer.consume({ max_messages: 512 });
  let acked = 0;
  const done = new Promise<number>((resolve) => {
    void (async () => {
      for await (const m of messages) {
        m.ack();
        if (++acked === expected) {
          resolve(Date.now());
          messages.stop();
        }
      }
    })();
  });
  return { done };
}

/** Runs `work(i)` for every index below `count`, with `concurrency` calls in flight. */
export async function inParallel(count: number, concurrency: number, work: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < count; i = next++) await work(i);
    }),
  );
}

/** Raw JetStream publish (with a message id, as the relay does) → durable consumer ack, in messages per second. */
export async function rawJetStream(nc: NatsConnection, count: number, concurrency: number): Promise<number> {
  const jsm = await nc.jetstreamManager();
  await jsm.streams.add({ name: 'BENCH', subjects: ['bench.>'], storage: StorageType.File, retention: RetentionPolicy.Limits });
  const { done } = await consumeCount(nc, 'BENCH', 'bench-raw', 'bench.raw', count);
  const js = nc.jetstream();
  const payload = new TextEncoder().encode(JSON.stringify({ id: '00000000-0000-4000-8000-000000000000', data: 'x'.repeat(600) }));
  const start = Date.now();
  await inParallel(count, concurrency, (i) => js.publish('bench.raw', payload, { msgID: `raw-${i}` }));
  const end = await done;
  return (count / (end - start)) * 1000;
}

/** Raw SQLite inserts, one transaction per row, WAL, in rows per second. */
export function rawSqlite(dir: string, count: number): number {
  const db = new Database(path.join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('create table t (id integer primary key autoincrement, uscc text not null, body text not null)');
  const insert = db.prepare('insert into t (uscc, body) values (?, ?)');
  const tx = db.transaction((i: number) => insert.run(`U${i}`, 'x'.repeat(600)));
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) tx(i);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  db.close();
  return (count / ms) * 1000;
}

/** One line describing the machine, for the results file. */
export function machine(cpus: number, totalmem: number): string {
  return `${cpus} cores, ${Math.round(totalmem / 2 ** 30)} GiB, node ${process.version}`;
}
