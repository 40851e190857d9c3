/**
 * `npm run -s events:digest -- [--day YYYY-MM-DD] [--subject <filter>] [--file events.jsonl]`
 * The daily delivery digest (src/digest.ts) as JSON lines `{ day, subject, count, sha256 }`, one per public subject
 * the filter selects (default `>`: all), for the day (default: yesterday, UTC):
 *   - with --file: over the events a bureau received (the JSON lines `events:tail` printed; `-` = stdin);
 *   - without: over the streams themselves (the city's side, or a bureau checking the server), read with an
 *     ephemeral consumer from a day before the day (an event is stored after it occurred) to the end.
 * Equal lines on both sides prove that every event of that subject and day was received.
 */
import * as fs from 'node:fs';
import * as readline from 'node:readline';

import { connectFromEnv } from './connect';
import { DigestBook } from './digest';
import type { DigestEvent } from './digest';
import { PUBLIC_SUBJECTS, ephemeralConsumer, streamsFor, subjectMatches } from './subjects';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function fromFile(file: string, book: DigestBook, filter: string): Promise<void> {
  const input = file === '-' ? process.stdin : fs.createReadStream(file);
  for await (const line of readline.createInterface({ input, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const e = JSON.parse(line) as DigestEvent;
    if (subjectMatches(filter, e.subject)) book.add(e);
  }
}

async function fromStreams(day: string, book: DigestBook, filter: string): Promise<void> {
  const nc = await connectFromEnv('events-digest');
  try {
    const jsm = await nc.jetstreamManager();
    const from = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString();
    for (const sel of streamsFor(filter)) {
      const info = await jsm.streams.info(sel.stream);
      const last = info.state.last_seq;
      if (info.state.messages === 0) continue;
      const consumer = await ephemeralConsumer(nc, sel, { since: from });
      // Read what is stored now: stop at the stream's last sequence, or when nothing more comes.
      while (true) {
        const batch = await consumer.fetch({ max_messages: 1000, expires: 2_000 });
        let got = 0;
        let done = false;
        for await (const m of batch) {
          got++;
          if (subjectMatches(filter, m.subject)) book.add(m.json<DigestEvent>());
          if (m.seq >= last) done = true;
        }
        if (done || got === 0) break;
      }
    }
  } finally {
    await nc.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const day = option(args, '--day') ?? new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`--day must be YYYY-MM-DD: ${day}`);
  const filter = option(args, '--subject') ?? '>';
  const file = option(args, '--file');
  const book = new DigestBook();
  if (file) await fromFile(file, book, filter);
  else await fromStreams(day, book, filter);
  const subjects = PUBLIC_SUBJECTS.filter((s) => subjectMatches(filter, s));
  for (const line of book.lines({ day, subjects })) process.stdout.write(`${JSON.stringify(line)}\n`);
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.message ?? error));
  process.exit(1);
});
