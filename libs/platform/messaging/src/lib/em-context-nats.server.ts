import type { AsyncLocalStorage } from 'node:async_hooks';

import type { EntityManager } from '@mikro-orm/core';
import { RequestContext } from '@mikro-orm/core';
import { ServerNats } from '@nestjs/microservices';

/** The NATS message the transport hands over (nats.js `Msg`; Nest types it `any`). */
type NatsMessage = Parameters<ServerNats['handleMessage']>[1];

/**
 * A message's EntityManager forks, made on first use: a handler that never asks for the context's EntityManager
 * (one that forks its own, like the registry's group commit) costs no fork. `RequestContext.getEntityManager()` —
 * what `em.getContext()` asks — reads the map with `get`.
 */
class LazyForks extends Map<string, EntityManager> {
  constructor(private readonly root: EntityManager) {
    super();
  }

  private forking = false;

  override get(name: string): EntityManager | undefined {
    let em = super.get(name);
    if (!em && name === this.root.name && !this.forking) {
      // While the fork is built, the context is empty (the root answers), as when MikroORM forks before entering
      // a context: the fork's own constructor asks for the context.
      this.forking = true;
      try {
        em = this.root.fork({ useContext: true, disableContextResolution: true });
      } finally {
        this.forking = false;
      }
      super.set(name, em);
    }
    return em;
  }

  override has(name: string): boolean {
    return (name === this.root.name && !this.forking) || super.has(name);
  }
}

/** MikroORM keeps the contexts in a static AsyncLocalStorage (typed private); a later version may not. */
const contextStorage = (RequestContext as unknown as { storage?: AsyncLocalStorage<RequestContext> }).storage;
const lazyContexts = typeof contextStorage?.run === 'function';

/**
 * Run `next` (one message) in a fresh EntityManager context of `em`; the fork is made when the message first uses
 * the context's EntityManager.
 */
export function runInMessageContext<T>(em: EntityManager, next: () => T): T {
  if (lazyContexts && contextStorage) return contextStorage.run(new RequestContext(new LazyForks(em)), next);
  return RequestContext.create(em, next);
}

/**
 * Nest's NATS transport, each message handled inside a fresh EntityManager context (`RequestContext`): what
 * the former global interceptor did, without Nest's interceptor chain around every message
 * (an rxjs pipeline and an `AsyncResource.bind` per call). The context covers the whole message — decoding,
 * pipes, handler and reply — so handlers see exactly one fork of their own, never another message's identity map;
 * the fork is made when the message first uses it.
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
    return runInMessageContext(em, () => super.handleMessage(channel, natsMsg) as Promise<unknown>);
  }
}
