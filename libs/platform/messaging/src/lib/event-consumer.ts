import { Logger } from '@nestjs/common';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { EVENT_MAP, EventEnvelope, dlqSubject, validatePayload } from '@ladder/contracts';
import type { ConsumerDeclaration, EventSubject } from '@ladder/contracts';
import { headers } from 'nats';
import { executeSql, tableName } from '@ladder/platform-persistence';
import type { ConsumerMessages, JetStreamClient, JsMsg } from 'nats';

import { InboxMessage } from './inbox-message.entity';
import { TransactionRunner } from './transaction-runner';

export type EventHandler = (em: EntityManager, envelope: EventEnvelope<object>) => Promise<void>;

export interface ConsumerRegistration {
  readonly declaration: ConsumerDeclaration;
  /** Handlers by subject; a subject without a handler is acknowledged and ignored. */
  readonly handlers: Partial<Record<EventSubject, EventHandler>>;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export type ConsumeOutcome = 'applied' | 'duplicate' | 'ignored' | 'retry' | 'dead-lettered';

/**
 * Runs durable JetStream consumers with explicit ack. Each message: validate envelope and payload → one
 * transaction that inserts the inbox row and applies the handler (a redelivered event finds its inbox row
 * and has no second effect) → ack. A failing handler is retried with the declared backoff until
 * `maxDeliver`, then the message goes to `dlq.<durable>` and is terminated. Invalid messages go to the
 * dead-letter subject at once. The transaction runs through the service's `TransactionRunner`, so the
 * events a handler records are published as soon as it commits (the next hop does not wait for the relay's
 * idle poll).
 */
export class EventConsumerHost {
  private readonly logger = new Logger('EventConsumer');
  private readonly running: { messages: ConsumerMessages; done: Promise<void> }[] = [];

  constructor(
    orm: MikroORM,
    private readonly js: JetStreamClient,
    private readonly transactions: TransactionRunner = new TransactionRunner(orm),
  ) {}

  async start(registration: ConsumerRegistration): Promise<void> {
    const { declaration } = registration;
    // The consumer must have been provisioned (deploy/nats): a missing one is a deployment error.
    const consumer = await this.js.consumers.get(declaration.stream, declaration.durable);
    const messages = await consumer.consume({ max_messages: 64 });
    const done = (async () => {
      for await (const msg of messages) {
        await this.handle(registration, msg);
      }
    })();
    this.running.push({ messages, done });
  }

  async stop(): Promise<void> {
    for (const r of this.running) {
      r.messages.stop();
    }
    await Promise.allSettled(this.running.map((r) => r.done));
    this.running.length = 0;
  }

  async handle(registration: ConsumerRegistration, msg: JsMsg): Promise<ConsumeOutcome> {
    const { declaration } = registration;
    let envelope: EventEnvelope<object>;
    try {
      envelope = this.parse(msg);
    } catch (error) {
      await this.deadLetter(declaration, msg, `invalid message: ${String((error as Error).message ?? error)}`);
      return 'dead-lettered';
    }
    const handler = registration.handlers[envelope.subject as EventSubject];
    if (!handler) {
      msg.ack();
      return 'ignored';
    }
    try {
      const applied = await this.transactions.run(async (em) => {
        // Claim the event in the inbox with one statement (no lookup, no entity): a redelivered event finds its
        // row and inserts nothing.
        const claimed = await executeSql(
          em,
          `insert into ${tableName(em, InboxMessage)} (consumer, event_id, subject, processed_at) values (?, ?, ?, ?) on conflict do nothing`,
          [declaration.durable, envelope.id, envelope.subject, new Date()],
        );
        if (claimed.changes === 0) return false;
        await handler(em, envelope);
        return true;
      }, { fork: true });
      msg.ack();
      return applied ? 'applied' : 'duplicate';
    } catch (error) {
      const delivered = msg.info.deliveryCount;
      if (delivered >= declaration.maxDeliver) {
        await this.deadLetter(declaration, msg, `handler failed ${delivered} times: ${String(error)}`);
        return 'dead-lettered';
      }
      const delaySeconds =
        declaration.backoffSeconds[Math.min(delivered - 1, declaration.backoffSeconds.length - 1)] ?? 1;
      this.logger.warn(`${declaration.durable}: ${envelope.subject} ${envelope.id} failed (try ${delivered}): ${String(error)}`);
      msg.nak(delaySeconds * 1000);
      return 'retry';
    }
  }

  private parse(msg: JsMsg): EventEnvelope<object> {
    const raw: unknown = JSON.parse(decoder.decode(msg.data));
    const outer = validatePayload(EventEnvelope, raw, { forbidUnknown: true });
    if (!outer.ok) throw new Error(outer.error.message);
    const envelope = outer.value as EventEnvelope<object>;
    if (envelope.subject !== msg.subject) throw new Error(`subject mismatch: ${envelope.subject} vs ${msg.subject}`);
    const definition = EVENT_MAP[envelope.subject as EventSubject] as { payload: new () => object } | undefined;
    if (!definition) return envelope;
    const inner = validatePayload(definition.payload, envelope.data, { forbidUnknown: false });
    if (!inner.ok) throw new Error(inner.error.message);
    return { ...envelope, data: inner.value };
  }

  private async deadLetter(declaration: ConsumerDeclaration, msg: JsMsg, reason: string): Promise<void> {
    const h = headers();
    h.set('Ladder-Original-Subject', msg.subject);
    h.set('Ladder-Consumer', declaration.durable);
    h.set('Ladder-Reason', reason.slice(0, 500).replace(/[\r\n]+/g, ' '));
    h.set('Ladder-Stream-Seq', String(msg.seq));
    try {
      await this.js.publish(dlqSubject(declaration.durable), msg.data.length ? msg.data : encoder.encode('{}'), {
        headers: h,
        msgID: `${declaration.durable}:${msg.seq}`,
      });
      msg.term();
      this.logger.error(`${declaration.durable}: message ${msg.seq} on ${msg.subject} dead-lettered: ${reason}`);
    } catch (error) {
      // Could not dead-letter: leave it to redelivery rather than lose it.
      this.logger.error(`dead-letter publish failed: ${String(error)}`);
      msg.nak(5_000);
    }
  }
}
