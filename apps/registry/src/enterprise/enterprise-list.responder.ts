import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import type { ValidationPipe } from '@nestjs/common';
import { ListEnterprisesRequest } from '@ladder/contracts';
import type { EnterpriseDto, Page } from '@ladder/contracts';
import { MESSAGING_OPTIONS, NATS_CONNECTION, createRpcValidationPipe, toErrorPayload } from '@ladder/platform-messaging';
import type { MessagingOptions } from '@ladder/platform-messaging';
import type { Msg, NatsConnection, Subscription } from 'nats';

import { EnterpriseQueryService } from './enterprise-query.service';

const SUBJECT = 'registry.enterprise.list';
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const RESPONSE_HEAD = encoder.encode('{"response":');
/** Payload texts whose validated request is kept (all forgotten when full). */
const MEMO_SIZE = 1_000;

/** A request as NestJS's NATS transport sends it (what `MessagingClient` and Nest's ClientProxy write). */
interface NestPacket {
  pattern?: unknown;
  data?: unknown;
  id?: unknown;
}

/**
 * `registry.enterprise.list` answered straight from the NATS subscription, without Nest's microservice pipeline
 * (rxjs, interceptors, the per-message ORM context, a fresh class-transformer/class-validator pass and a JSON
 * encoding of the whole page per message — together most of the registry's CPU for a cached page).
 *
 * The same contract as a `@MessagePattern` handler: the same queue group (load shared between replicas), the
 * same wire format (`{ pattern, data, id }` in, `{ response | err, isDisposed, id }` out), the payload validated by
 * the platform's RPC pipe with the same errors, failures answered as `{ code, message, details }` as the RPC
 * filter answers them. What it keeps: the validated request per payload text (validation is a pure function of
 * the payload, and the handler never changes it), and the encoded bytes of each page object the page cache hands
 * out (the cache's objects are shared and never changed; a commit replaces them).
 */
@Injectable()
export class EnterpriseListResponder implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('EnterpriseList');
  private readonly pipe: ValidationPipe = createRpcValidationPipe();
  private readonly validated = new Map<string, ListEnterprisesRequest>();
  private readonly encodedPages = new WeakMap<Page<EnterpriseDto>, Uint8Array>();
  private readonly inFlight = new Set<Promise<void>>();
  private replies: { msg: Msg; data: Uint8Array }[] = [];
  private subscription?: Subscription;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly queries: EnterpriseQueryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.subscription = this.nc.subscribe(SUBJECT, {
      queue: this.options.service,
      callback: (error, msg) => {
        if (error) {
          this.logger.error(String(error));
          return;
        }
        const handled = this.handle(msg);
        this.inFlight.add(handled);
        void handled.finally(() => this.inFlight.delete(handled));
      },
    });
    // Known to the server before the service reports itself started (as `bootstrapService` does for Nest's).
    await this.nc.flush();
  }

  /** No new requests; the ones under way are answered before the connection drains. */
  async beforeApplicationShutdown(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    if (subscription && !subscription.isClosed()) subscription.unsubscribe();
    await Promise.allSettled([...this.inFlight]);
    this.sendReplies();
  }

  /** One request: never throws (every outcome is an answer, as from a Nest handler). */
  async handle(msg: Msg): Promise<void> {
    let packet: NestPacket;
    try {
      packet = JSON.parse(decoder.decode(msg.data)) as NestPacket;
    } catch {
      this.logger.warn(`${SUBJECT}: a message that is not JSON was ignored`);
      return;
    }
    if (typeof packet !== 'object' || packet === null || packet.id === undefined || !msg.reply) return;
    const tail = encoder.encode(`,"isDisposed":true,"id":${JSON.stringify(packet.id)}}`);
    try {
      const request = await this.validate(packet.data);
      const page = await this.queries.list(request);
      this.respond(msg, concat(RESPONSE_HEAD, this.encode(page), tail));
    } catch (error) {
      const err = toErrorPayload(error, this.logger);
      this.respond(msg, encoder.encode(JSON.stringify({ err, isDisposed: true, id: packet.id })));
    }
  }

  /**
   * The answers of one turn of the event loop go out together (nats.js writes what is published in one
   * synchronous run with one socket write): requests that came in one read cost one write back, not one each.
   */
  private respond(msg: Msg, data: Uint8Array): void {
    this.replies.push({ msg, data });
    if (this.replies.length === 1) setImmediate(() => this.sendReplies());
  }

  private sendReplies(): void {
    const replies = this.replies;
    this.replies = [];
    for (const { msg, data } of replies) {
      try {
        msg.respond(data);
      } catch (error) {
        // The connection is closing: the caller's request fails as it would with no answer.
        this.logger.warn(`${SUBJECT}: reply not sent: ${String(error)}`);
      }
    }
  }

  private async validate(data: unknown): Promise<ListEnterprisesRequest> {
    const key = JSON.stringify(data ?? null);
    const known = this.validated.get(key);
    if (known) return known;
    const request = (await this.pipe.transform(data, {
      type: 'body',
      metatype: ListEnterprisesRequest,
    })) as ListEnterprisesRequest;
    if (this.validated.size >= MEMO_SIZE) this.validated.clear();
    this.validated.set(key, request);
    return request;
  }

  private encode(page: Page<EnterpriseDto>): Uint8Array {
    let bytes = this.encodedPages.get(page);
    if (!bytes) this.encodedPages.set(page, (bytes = encoder.encode(JSON.stringify(page))));
    return bytes;
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
