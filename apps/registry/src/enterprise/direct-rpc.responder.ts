import { Logger } from '@nestjs/common';
import type { ArgumentsHost, BeforeApplicationShutdown, OnApplicationBootstrap, Type, ValidationPipe } from '@nestjs/common';
import { createRpcValidationPipe, toErrorPayload } from '@ladder/platform-messaging';
import type { MessagingOptions } from '@ladder/platform-messaging';
import type { Msg, NatsConnection, Subscription } from 'nats';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const RESPONSE_HEAD = encoder.encode('{"response":');
/** Unhandled errors are logged as the platform's RPC filter logs them (under `Rpc`, with the subject). */
const rpcLogger = new Logger('Rpc');

/** A request as NestJS's NATS transport sends it (what `MessagingClient` and Nest's ClientProxy write). */
interface NestPacket {
  pattern?: unknown;
  data?: unknown;
  id?: unknown;
}

/**
 * One RPC subject answered straight from a NATS subscription, without Nest's microservice pipeline (rxjs,
 * interceptors, the per-message ORM context, the route lookup and the packet serializer per message): for the
 * registry's hottest subjects (`registry.enterprise.list`, `registry.enterprise.create`).
 *
 * The same contract as a `@MessagePattern` handler: the same queue group (load shared between replicas), the same
 * wire format (`{ pattern, data, id }` in, `{ response | err, isDisposed, id }` out, as Nest's `ServerNats` writes
 * a handler's one answer), failures answered as `{ code, message, details }` as the platform's RPC filter answers
 * them (`toErrorPayload`, the unhandled ones logged with the subject). The subclass validates the payload with `validate`
 * (the platform's RPC pipe, as the global pipe would) and calls the use case. The subject must have no
 * `@MessagePattern` handler too.
 */
export abstract class DirectRpcResponder implements OnApplicationBootstrap, BeforeApplicationShutdown {
  protected readonly logger: Logger;
  /**
   * Requests under way, counted (not kept in a Set: a Set whose members come and go per request links its
   * replaced backing tables, and once one is promoted every request's message outlives the scavenges — the
   * platform's PendingTable explains it).
   */
  private inFlight = 0;
  private idle: (() => void)[] = [];
  private replies: { msg: Msg; data: Uint8Array }[] = [];
  /** The platform's RPC validation pipe (the global pipe's class and options). */
  private readonly pipe: ValidationPipe = createRpcValidationPipe();
  private subscription?: Subscription;
  /** For `toErrorPayload`'s log line: the subject, as Nest's RPC context gives it to the filter. */
  private readonly host: ArgumentsHost;

  protected constructor(
    private readonly subject: string,
    private readonly nc: NatsConnection,
    private readonly options: MessagingOptions,
    loggerName: string,
  ) {
    this.logger = new Logger(loggerName);
    this.host = { switchToRpc: () => ({ getContext: () => ({ getSubject: () => subject }) }) } as unknown as ArgumentsHost;
  }

  /** The answer to one request's payload (validated by the subclass): an object, or its JSON already encoded. */
  protected abstract answer(data: unknown): Promise<object | Uint8Array>;

  /** The payload as the global pipe would give it to a handler: validated and transformed into `metatype`. */
  protected async validate<T>(data: unknown, metatype: Type<T>): Promise<T> {
    return (await this.pipe.transform(data, { type: 'body', metatype })) as T;
  }

  async onApplicationBootstrap(): Promise<void> {
    this.subscription = this.nc.subscribe(this.subject, {
      queue: this.options.service,
      callback: (error, msg) => {
        if (error) {
          this.logger.error(String(error));
          return;
        }
        const handled = this.handle(msg);
        this.inFlight += 1;
        void handled.finally(() => {
          this.inFlight -= 1;
          if (this.inFlight > 0) return;
          const idle = this.idle;
          this.idle = [];
          for (const resolve of idle) resolve();
        });
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
    if (this.inFlight > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
    this.sendReplies();
  }

  /** One request: never throws (every outcome is an answer, as from a Nest handler). */
  async handle(msg: Msg): Promise<void> {
    let packet: NestPacket;
    try {
      packet = JSON.parse(decoder.decode(msg.data)) as NestPacket;
    } catch {
      this.logger.warn(`${this.subject}: a message that is not JSON was ignored`);
      return;
    }
    if (typeof packet !== 'object' || packet === null) {
      this.logger.warn(`${this.subject}: a message that is not a request packet was ignored`);
      return;
    }
    // As Nest's ServerNats: a packet without an id or a reply subject is still handled, and nothing is answered.
    const answered = packet.id !== undefined && Boolean(msg.reply);
    try {
      const answer = await this.answer(packet.data);
      if (!answered) return;
      const tail = encoder.encode(`,"isDisposed":true,"id":${JSON.stringify(packet.id)}}`);
      this.respond(msg, concat(RESPONSE_HEAD, answer instanceof Uint8Array ? answer : encoder.encode(JSON.stringify(answer)), tail));
    } catch (error) {
      const err = toErrorPayload(error, rpcLogger, this.host);
      if (answered) this.respond(msg, encoder.encode(JSON.stringify({ err, isDisposed: true, id: packet.id })));
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
        this.logger.warn(`${this.subject}: reply not sent: ${String(error)}`);
      }
    }
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
