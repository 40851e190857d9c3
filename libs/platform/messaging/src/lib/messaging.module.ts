import {
  DynamicModule,
  Inject,
  Injectable,
  Logger,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { connect } from 'nats';
import type { JetStreamClient, NatsConnection } from 'nats';

import { EventConsumerHost } from './event-consumer';
import { MessagingClient } from './messaging.client';
import { natsServerOptions } from './nats-connection';
import { JETSTREAM, MESSAGING_OPTIONS, NATS_CONNECTION } from './messaging.tokens';
import type { MessagingOptions } from './messaging.tokens';
import { OutboxRelay } from './outbox-relay';
import { TransactionRunner } from './transaction-runner';

/**
 * Every service connection: reconnects for ever (NATS restarted by the launcher); no stack capture per request
 * (`noAsyncTraces`: nats.js otherwise builds an Error for every request and every timer, a measurable part of a
 * request/reply call; a timeout still says which subject did not answer).
 */
export const CONNECTION_OPTIONS = { maxReconnectAttempts: -1, noAsyncTraces: true } as const;

/** Starts the outbox relay after boot; on shutdown stops consumers and relay, then drains the connection. */
@Injectable()
export class MessagingLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Messaging');

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    private readonly client: MessagingClient,
    @Optional() private readonly relay?: OutboxRelay,
    @Optional() private readonly consumers?: EventConsumerHost,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.relay && this.relay) this.relay.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumers?.stop();
    await this.relay?.stop();
    await this.client.close().catch(() => undefined);
    if (!this.nc.isClosed()) await this.nc.drain().catch((e: unknown) => this.logger.warn(String(e)));
  }
}

@Module({})
export class MessagingModule {
  /** For a service with a MikroORM database: RPC client, JetStream, outbox relay, transactions, consumers. */
  static forService(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        {
          provide: NATS_CONNECTION,
          useFactory: () => connect({ ...natsServerOptions(options.natsUrl), name: `${options.service}-events`, ...CONNECTION_OPTIONS }),
        },
        { provide: JETSTREAM, useFactory: (nc: NatsConnection) => nc.jetstream(), inject: [NATS_CONNECTION] },
        MessagingClient,
        {
          provide: OutboxRelay,
          useFactory: (orm: MikroORM, nc: NatsConnection) => new OutboxRelay(orm, nc),
          inject: [MikroORM, NATS_CONNECTION],
        },
        {
          provide: TransactionRunner,
          useFactory: (orm: MikroORM, relay: OutboxRelay) => new TransactionRunner(orm, relay),
          inject: [MikroORM, OutboxRelay],
        },
        {
          provide: EventConsumerHost,
          useFactory: (orm: MikroORM, js: JetStreamClient, transactions: TransactionRunner) => new EventConsumerHost(orm, js, transactions),
          inject: [MikroORM, JETSTREAM, TransactionRunner],
        },
        MessagingLifecycle,
      ],
      exports: [
        MESSAGING_OPTIONS,
        NATS_CONNECTION,
        JETSTREAM,
        MessagingClient,
        OutboxRelay,
        TransactionRunner,
        EventConsumerHost,
      ],
    };
  }

  /** For the gateway: request/reply (and health) over one connection. */
  static forClient(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        {
          provide: NATS_CONNECTION,
          useFactory: () => connect({ ...natsServerOptions(options.natsUrl), name: `${options.service}-client`, ...CONNECTION_OPTIONS }),
        },
        MessagingClient,
        MessagingLifecycle,
      ],
      exports: [MESSAGING_OPTIONS, NATS_CONNECTION, MessagingClient],
    };
  }
}
