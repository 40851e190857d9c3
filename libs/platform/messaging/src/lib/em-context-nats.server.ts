import type { EntityManager } from '@mikro-orm/core';
import { RequestContext } from '@mikro-orm/core';
import { ServerNats } from '@nestjs/microservices';

/** The NATS message the transport hands over (nats.js `Msg`; Nest types it `any`). */
type NatsMessage = Parameters<ServerNats['handleMessage']>[1];

/**
 * Nest's NATS transport, each message handled inside a fresh EntityManager context (`RequestContext`): what
 * `EmContextInterceptor` did from a global interceptor, without Nest's interceptor chain around every message
 * (an rxjs pipeline and an `AsyncResource.bind` per call). The context covers the whole message — decoding,
 * pipes, handler and reply — so handlers see exactly one fork of their own, never another message's identity map.
 */
export class EmContextNatsServer extends ServerNats {
  private em?: EntityManager;

  /** Set once the application is created (before `listen`): the EntityManager each message forks. */
  useEntityManager(em: EntityManager): void {
    this.em = em;
  }

  override handleMessage(channel: string, natsMsg: NatsMessage): Promise<unknown> {
    const em = this.em;
    if (!em) return super.handleMessage(channel, natsMsg) as Promise<unknown>;
    return RequestContext.create(em, () => super.handleMessage(channel, natsMsg) as Promise<unknown>);
  }
}
