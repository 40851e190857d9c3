/**
 * `npm run -s events:tail -- <subject-filter> [--durable <name>] [--all | --since <ISO 8601>] [--limit N] [--idle-ms N]`
 * Prints the public events matching the filter as JSON lines (the envelope plus `stream` and `seq`), one per line
 * on stdout; errors on stderr. With --durable each event is acknowledged after its line is written.
 */
import { connectFromEnv } from './connect';
import { tail } from './client';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const filter = args.find((a, i) => !a.startsWith('--') && !(i > 0 && ['--durable', '--since', '--limit', '--idle-ms'].includes(args[i - 1]!)));
  if (!filter) {
    console.error('usage: npm run -s events:tail -- <subject-filter> [--durable <name>] [--all | --since <ISO 8601>] [--limit N] [--idle-ms N]');
    process.exit(2);
  }
  const nc = await connectFromEnv('events-tail');
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());
  try {
    const limit = option(args, '--limit');
    const idle = option(args, '--idle-ms');
    for await (const e of tail(nc, filter, {
      durable: option(args, '--durable'),
      since: option(args, '--since'),
      all: args.includes('--all'),
      limit: limit ? Number(limit) : undefined,
      idleMs: idle ? Number(idle) : undefined,
      signal: controller.signal,
    })) {
      const { ack, ...line } = e;
      const written = process.stdout.write(`${JSON.stringify(line)}\n`);
      if (!written) await new Promise((r) => process.stdout.once('drain', r));
      await ack();
    }
  } finally {
    await nc.drain();
  }
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.message ?? error));
  process.exit(1);
});
