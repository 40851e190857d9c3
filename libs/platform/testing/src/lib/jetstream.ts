import type { EventEnvelope } from '@ladder/contracts';
import { AckPolicy, DeliverPolicy, connect } from 'nats';
import type { JsMsg, NatsConnection } from 'nats';

/**
 * A durable test consumer on a stream, like another bureau would run: explicit ack, collects envelopes.
 */
export class EventCollector {
  readonly events: EventEnvelope<Record<string, unknown>>[] = [];
  private nc?: NatsConnection;
  private stopped = false;
  private loop?: Promise<void>;

  constructor(
    private readonly natsUrl: string,
    private readonly stream: string,
    private readonly durable: string,
  ) {}

  async start(): Promise<this> {
    this.nc = await connect({ servers: this.natsUrl });
    const jsm = await this.nc.jetstreamManager();
    await jsm.consumers.add(this.stream, {
      durable_name: this.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
    });
    const consumer = await this.nc.jetstream().consumers.get(this.stream, this.durable);
    const messages = await consumer.consume({ max_messages: 256 });
    this.loop = (async () => {
      for await (const m of messages) {
        this.collect(m);
        if (this.stopped) break;
      }
    })();
    return this;
  }

  private collect(m: JsMsg): void {
    const envelope = JSON.parse(new TextDecoder().decode(m.data)) as EventEnvelope<Record<string, unknown>>;
    this.events.push(envelope);
    m.ack();
  }

  of(subject: string): EventEnvelope<Record<string, unknown>>[] {
    return this.events.filter((e) => e.subject === subject);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.nc?.drain();
    await this.loop?.catch(() => undefined);
  }
}

/** Every message currently in a stream (for exact counts), read with an ordered consumer. */
export async function readStream(natsUrl: string, stream: string): Promise<{ msgId: string | undefined; envelope: EventEnvelope<Record<string, unknown>> }[]> {
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await nc.jetstreamManager();
    const info = await jsm.streams.info(stream);
    const out: { msgId: string | undefined; envelope: EventEnvelope<Record<string, unknown>> }[] = [];
    if (info.state.messages === 0) return out;
    const consumer = await nc.jetstream().consumers.get(stream);
    const messages = await consumer.consume({ max_messages: 1000 });
    for await (const m of messages) {
      out.push({ msgId: m.headers?.get('Nats-Msg-Id'), envelope: m.json<EventEnvelope<Record<string, unknown>>>() });
      if (m.info.pending === 0) break;
    }
    return out;
  } finally {
    await nc.close();
  }
}

/**
 * Publishes envelopes onto a stream as another service's relay would — to drive a consumer in isolation, and to
 * deliver the same event more than once (`dedupe: false` stores a second copy; the consumer's inbox must absorb it).
 */
export class EventPublisher {
  private nc?: NatsConnection;

  constructor(private readonly natsUrl: string) {}

  async start(): Promise<this> {
    this.nc = await connect({ servers: this.natsUrl });
    return this;
  }

  async publish(envelope: EventEnvelope<object>, options: { dedupe?: boolean } = {}): Promise<void> {
    if (!this.nc) throw new Error('EventPublisher not started');
    const js = this.nc.jetstream();
    await js.publish(envelope.subject, new TextEncoder().encode(JSON.stringify(envelope)), options.dedupe === false ? {} : { msgID: envelope.id });
  }

  async stop(): Promise<void> {
    await this.nc?.drain();
  }
}
