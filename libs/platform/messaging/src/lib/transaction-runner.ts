import { OptimisticLockError } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

import { DomainException } from './domain.exception';
import type { OutboxRelay } from './outbox-relay';

/** The domain error an optimistic-lock failure becomes: a code of `ERROR_CODES` with status 409, and its text. */
export interface ConflictError {
  readonly code: string;
  /** Default: the code's Chinese text. */
  readonly message?: string;
}

export interface TransactionOptions {
  /** What a concurrent change (MikroORM `OptimisticLockError`) is reported as. Default: `CONFLICT`. */
  readonly conflict?: ConflictError;
  /**
   * Run on a fresh fork of the ORM's EntityManager rather than the current message's context: background
   * work (workers, sweeps, consumers) that has no request context of its own.
   */
  readonly fork?: boolean;
}

const DEFAULT_CONFLICT: ConflictError = { code: 'CONFLICT' };

/**
 * The one way a use case commits: `work` runs in one transaction (its entities, change log and outbox rows
 * commit together or not at all); a concurrent change detected by optimistic locking becomes the caller's
 * domain error (409); after the commit the outbox relay is woken, so the events recorded are published now
 * rather than at the relay's next idle poll. Provided by `MessagingModule.forService`.
 */
export class TransactionRunner {
  constructor(
    private readonly orm: MikroORM,
    private readonly relay?: OutboxRelay,
  ) {}

  async run<T>(work: (em: EntityManager) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const base = options.fork ? this.orm.em.fork() : this.orm.em;
    let result: T;
    try {
      result = await base.transactional((em) => work(em as EntityManager));
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        const conflict = options.conflict ?? DEFAULT_CONFLICT;
        throw new DomainException(conflict.code, conflict.message);
      }
      throw error;
    }
    this.relay?.notify();
    return result;
  }
}
