import { Logger } from '@nestjs/common';
import type { MikroORM } from '@mikro-orm/core';
import type { JetStreamClient } from 'nats';
import { executeSql, tableName } from '@ladder/platform-persistence';

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

  constructor(
    private readonly orm: MikroORM,
    private readonly js: JetStreamClient,
    options: OutboxRelayOptions = {},
  ) {
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
   */
  async publishBatch(): Promise<number> {
    const em = this.orm.em.fork();
    const table = tableName(em, OutboxMessage);
    const { rows } = await executeSql<PendingRow>(
      em,
      `select seq, event_id, subject, body, attempts from ${table} where published_at is null order by seq limit ?`,
      [this.batchSize],
    );
    if (rows.length === 0) return 0;
    // Pipeline the publishes (sent in order on one connection), then wait for every PubAck.
    const results = await Promise.allSettled(
      rows.map((row) =>
        this.js.publish(row.subject, encoder.encode(row.body), {
          msgID: row.event_id,
          timeout: this.publishTimeoutMs,
        }),
      ),
    );
    const okSeqs: number[] = [];
    let failure: unknown;
    for (let i = 0; i < rows.length; i++) {
      const result = results[i];
      if (result?.status === 'fulfilled') okSeqs.push(Number(rows[i]!.seq));
      else {
        failure = result?.reason;
        break;
      }
    }
    if (okSeqs.length > 0) {
      await executeSql(em, `update ${table} set published_at = ? where seq in (${okSeqs.map(() => '?').join(', ')})`, [new Date(), ...okSeqs]);
      this.published += okSeqs.length;
    }
    if (failure !== undefined) {
      const failed = rows[okSeqs.length]!;
      await executeSql(em, `update ${table} set attempts = ?, last_error = ? where seq = ?`, [
        Number(failed.attempts) + 1,
        describe(failure).slice(0, 1000),
        Number(failed.seq),
      ]);
      throw failure instanceof Error ? failure : new Error(describe(failure));
    }
    return okSeqs.length;
  }
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
