/**
 * Subjects and streams of the public events, from libs/contracts: which stream holds a subject, and NATS subject
 * matching (`*` one token, `>` the rest) to resolve a filter such as `registry.enterprise.>` to streams.
 */
import { EVENT_MAP, STREAMS } from '@ladder/contracts';
import type { EventSubject } from '@ladder/contracts';
import { AckPolicy, DeliverPolicy, nanos } from 'nats';
import type { Consumer, NatsConnection } from 'nats';

/** Whether `subject` matches the NATS `filter`. */
export function subjectMatches(filter: string, subject: string): boolean {
  const f = filter.split('.');
  const s = subject.split('.');
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '>') return s.length > i;
    if (i >= s.length) return false;
    if (f[i] !== '*' && f[i] !== s[i]) return false;
  }
  return f.length === s.length;
}

export const PUBLIC_SUBJECTS = Object.keys(EVENT_MAP).sort() as EventSubject[];

export const isPublicSubject = (subject: string): subject is EventSubject => subject in EVENT_MAP;

export interface StreamSelection {
  readonly stream: string;
  /** The public subjects of the stream the filter selects. */
  readonly subjects: readonly EventSubject[];
  /**
   * The consumer's filter subject on the server: the one subject, or none when the filter takes the whole stream
   * (nats-server 2.9 allows one filter subject); otherwise the client filters.
   */
  readonly serverFilter: string | undefined;
}

/** The streams a subject filter reads from (public event streams only; the dead letters are not public). */
export function streamsFor(filter: string): StreamSelection[] {
  const out: StreamSelection[] = [];
  for (const stream of STREAMS) {
    const publicSubjects = stream.subjects.filter(isPublicSubject);
    const subjects = publicSubjects.filter((s) => subjectMatches(filter, s));
    if (subjects.length === 0) continue;
    const serverFilter = subjects.length === 1 ? subjects[0] : undefined;
    out.push({ stream: stream.name, subjects, serverFilter });
  }
  return out;
}

/**
 * An ephemeral pull consumer (no acks, in memory, removed by the server a minute after its reader left) on one
 * stream: from the start, from an instant, or only new events. Plain pull consumers, because nats-server 2.9
 * does not serve the client's ordered consumers.
 */
export async function ephemeralConsumer(nc: NatsConnection, sel: StreamSelection, from: { all?: boolean; since?: string }): Promise<Consumer> {
  const jsm = await nc.jetstreamManager();
  const info = await jsm.consumers.add(sel.stream, {
    ack_policy: AckPolicy.None,
    mem_storage: true,
    inactive_threshold: nanos(60_000),
    ...(sel.serverFilter ? { filter_subject: sel.serverFilter } : {}),
    ...(from.all
      ? { deliver_policy: DeliverPolicy.All }
      : from.since
        ? { deliver_policy: DeliverPolicy.StartTime, opt_start_time: new Date(from.since).toISOString() }
        : { deliver_policy: DeliverPolicy.New }),
  });
  return nc.jetstream().consumers.get(sel.stream, info.name);
}
