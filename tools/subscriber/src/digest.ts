/**
 * The daily delivery digest: per subject and UTC day (of the event's `occurredAt`), the number of distinct event
 * ids and the SHA-256 of those ids sorted and joined by "\n". Order and redelivery do not change it; one missing or
 * extra event does. A bureau computes it over what it received (`npm run -s events:digest -- --file events.jsonl`),
 * the city over the stream (`npm run -s events:digest`, with read access to the streams) — equal digests prove that
 * the bureau received every event of that subject and day.
 */
import { createHash } from 'node:crypto';

export interface DigestLine {
  readonly day: string;
  readonly subject: string;
  readonly count: number;
  /** sha256 hex of the sorted distinct ids joined by "\n" (of the empty string for no events). */
  readonly sha256: string;
}

/** The minimum of an event the digest needs. */
export interface DigestEvent {
  readonly id: string;
  readonly subject: string;
  readonly occurredAt: string;
}

/** The UTC day of an ISO 8601 instant. */
export const utcDay = (instant: string): string => new Date(instant).toISOString().slice(0, 10);

export function digestOfIds(ids: Iterable<string>): { count: number; sha256: string } {
  const sorted = [...new Set(ids)].sort();
  return { count: sorted.length, sha256: createHash('sha256').update(sorted.join('\n')).digest('hex') };
}

/** Collects event ids per (day, subject); `lines()` gives the digest, sorted by day then subject. */
export class DigestBook {
  private readonly ids = new Map<string, Set<string>>();

  add(event: DigestEvent): void {
    const key = `${utcDay(event.occurredAt)} ${event.subject}`;
    let set = this.ids.get(key);
    if (!set) this.ids.set(key, (set = new Set()));
    set.add(event.id);
  }

  lines(filter: { day?: string; subjects?: readonly string[] } = {}): DigestLine[] {
    const out: DigestLine[] = [];
    for (const [key, ids] of this.ids) {
      const [day, subject] = key.split(' ') as [string, string];
      if (filter.day && day !== filter.day) continue;
      out.push({ day, subject, ...digestOfIds(ids) });
    }
    // Subjects asked for but without an event that day: count 0, so both sides print the same lines.
    for (const subject of filter.subjects ?? []) {
      if (filter.day && !out.some((l) => l.subject === subject && l.day === filter.day)) out.push({ day: filter.day, subject, ...digestOfIds([]) });
    }
    return out.sort((a, b) => (a.day === b.day ? a.subject.localeCompare(b.subject) : a.day.localeCompare(b.day)));
  }
}
