import { Logger } from '@nestjs/common';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { NatsConnection } from 'nats';
import { executeSql, tableName, usesPostgres } from '@ladder/platform-persistence';

import { JetStreamBatchPublisher } from './jetstream-batch.publisher';
import { OutboxMessage } from './outbox-message.entity';

export interface OutboxRelayOptions {
  /** Rows published per round. */
  readonly batchSize?: number;
  /** Poll interval when idle, ms (a `notify()` after commit wakes the relay earlier). */
  readonly idleMs?: number;
  readonly publishTimeoutMs?: number;
}

const encoder = new TextEncoder();

/**
 * Publishes committed outbox rows to JetStream in commit order, with `Nats-Msg-Id` = event id so that a row
 * published twice (crash between publish and stamp) is dropped by the stream's duplicate window. On any
 * failure it stops at the failing row and retries with backoff, so order is kept.
 */
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private readonly batchSize: number;
  private readonly idleMs: number;
  private readonly publishTimeoutMs: number;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private pendingWake = false;
  private published = 0;
  private contended = 0;
  private readonly publisher: JetStreamBatchPublisher;

  /** `nc`: the connection the events go out on (JetStream publishes, `JetStreamBatchPublisher`). */
  constructor(
    private readonly orm: MikroORM,
    nc: NatsConnection,
    options: OutboxRelayOptions = {},
  ) {
    this.publisher = new JetStreamBatchPublisher(nc);
    this.batchSize = options.batchSize ?? 200;
    this.idleMs = options.idleMs ?? 500;
    this.publishTimeoutMs = options.publishTimeoutMs ?? 5_000;
  }

  get publishedCount(): number {
    return this.published;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Call after a commit that recorded events. */
  notify(): void {
    this.pendingWake = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  async backlog(): Promise<number> {
    const em = this.orm.em.fork();
    const { rows } = await executeSql<{ n: number | string }>(em, `select count(*) as n from ${tableName(em, OutboxMessage)} where published_at is null`);
    return Number(rows[0]?.n ?? 0);
  }

  private async run(): Promise<void> {
    let backoff = 0;
    while (this.running) {
      let count = 0;
      try {
        count = await this.publishBatch();
        backoff = 0;
      } catch (error) {
        backoff = Math.min(backoff ? backoff * 2 : 250, 5_000);
        this.logger.warn(`publish failed, retrying in ${backoff} ms: ${String(error)}`);
      }
      if (count >= this.batchSize && backoff === 0) continue;
      await this.sleep(backoff || this.idleMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.pendingWake && ms === this.idleMs) {
      this.pendingWake = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref();
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        this.pendingWake = false;
        done();
      };
    });
  }

  /**
   * One round: publish up to batchSize pending rows, in order; returns how many were published. Plain SQL through
   * the service's connection (no entities: the relay only reads four columns and stamps rows).
   *
   * Replicas (PostgreSQL): the round runs in a transaction holding `pg_try_advisory_xact_lock` on the outbox table,
   * so one relay of a service publishes at a time and in commit order; the others skip the round (0). A relay
   * killed mid-round loses its connection and with it the lock; the rows it published but did not stamp go out
   * again under the same `Nats-Msg-Id` and the stream's duplicate window drops them. SQLite is one process per
   * file: no lock needed.
   */
  async publishBatch(): Promise<number> {
    const em = this.orm.em.fork();
    if (!usesPostgres(em)) return this.settle(em, await this.publishPending(em));
    const round = await em.transactional(async (tx) => {
      const { rows } = await executeSql<{ locked: boolean }>(tx, 'select pg_try_advisory_xact_lock(hashtext(?)) as locked', [
        tableName(tx, OutboxMessage),
      ]);
      if (!rows[0]?.locked) {
        this.contended++;
        return undefined;
      }
      const result = await this.publishPending(tx);
      await this.stampFailure(tx, result);
      return result;
    });
    if (!round) return 0;
    if (round.failed) throw round.failure instanceof Error ? round.failure : new Error(describe(round.failure));
    return round.published;
  }

  /** Rounds skipped because another replica's relay held the outbox (PostgreSQL). */
  get contendedCount(): number {
    return this.contended;
  }

  private async settle(em: EntityManager, round: Round): Promise<number> {
    await this.stampFailure(em, round);
    if (round.failed) throw round.failure instanceof Error ? round.failure : new Error(describe(round.failure));
    return round.published;
  }

  private async publishPending(em: EntityManager): Promise<Round> {
    const table = tableName(em, OutboxMessage);
    const { rows } = await executeSql<PendingRow>(
      em,
      `select seq, event_id, subject, body, attempts from ${table} where published_at is null order by seq limit ?`,
      [this.batchSize],
    );
    if (rows.length === 0) return { published: 0 };
    // Pipeline the publishes (sent in order on one connection), then wait for every PubAck.
    const results = await this.publisher.publishAll(
      rows.map((row) => ({ subject: row.subject, data: encoder.encode(row.body), msgId: row.event_id })),
      this.publishTimeoutMs,
    );
    const okSeqs: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      const result = results[i];
      if (result?.status === 'fulfilled') okSeqs.push(Number(rows[i]!.seq));
      else {
        if (okSeqs.length > 0) await this.stamp(em, table, okSeqs);
        return { published: okSeqs.length, failure: result?.reason, failed: rows[i] };
      }
    }
    await this.stamp(em, table, okSeqs);
    return { published: okSeqs.length };
  }

  private async stamp(em: EntityManager, table: string, seqs: number[]): Promise<void> {
    // The list padded to a power of two with its last seq (a repeated value changes nothing): a few statement
    // texts, each prepared once, instead of one text per round size.
    const size = 2 ** Math.ceil(Math.log2(Math.max(seqs.length, 1)));
    const padded = seqs.concat(Array.from({ length: size - seqs.length }, () => seqs[seqs.length - 1] ?? 0));
    await executeSql(em, `update ${table} set published_at = ? where seq in (${padded.map(() => '?').join(', ')})`, [new Date(), ...padded]);
    this.published += seqs.length;
  }

  private async stampFailure(em: EntityManager, round: Round): Promise<void> {
    if (!round.failed) return;
    await executeSql(em, `update ${tableName(em, OutboxMessage)} set attempts = ?, last_error = ? where seq = ?`, [
      Number(round.failed.attempts) + 1,
      describe(round.failure).slice(0, 1000),
      Number(round.failed.seq),
    ]);
  }
}

/** What one round did: rows published (and stamped), and the first failure with its row. */
interface Round {
  readonly published: number;
  readonly failure?: unknown;
  readonly failed?: PendingRow;
}

/** The columns of a pending outbox row the relay reads (PostgreSQL may return integers of 8 bytes as text). */
interface PendingRow {
  readonly seq: number | string;
  readonly event_id: string;
  readonly subject: string;
  readonly body: string;
  readonly attempts: number | string;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : JSON.stringify(error);
}
