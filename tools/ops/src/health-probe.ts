import 'reflect-metadata';

import { healthSubject, isServiceName } from '@ladder/contracts';
import { createStandaloneClient } from '@ladder/platform-messaging';

/**
 * The Kubernetes probe of a NATS-only service (the services have no HTTP port): a `<service>.health.ping` request.
 *   node dist/tools/ops/health-probe.js <service> [--live]
 * Ready (exit 0): the service answers and its database answers (`status: ok`). `--live`: it answers at all, so a
 * database outage makes pods unready but does not restart them. The ping goes to the service's queue group, so it
 * proves that some replica of the service answers on this pod's NATS route, not this pod in particular; a crashed
 * process ends its container by itself.
 */
async function main(): Promise<number> {
  const [service] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const live = process.argv.includes('--live');
  const url = process.env['NATS_URL'];
  if (!url || !service || !isServiceName(service)) {
    console.error('usage: NATS_URL=… node dist/tools/ops/health-probe.js <service> [--live]');
    return 2;
  }
  const client = createStandaloneClient(url, `probe-${service}`, Number(process.env['PROBE_TIMEOUT_MS'] ?? 3_000));
  try {
    const answer = await client.request(healthSubject(service), { from: 'probe' });
    console.log(JSON.stringify(answer));
    return live || answer.status === 'ok' ? 0 : 1;
  } catch (error) {
    console.error(String((error as Error)?.message ?? error));
    return 1;
  } finally {
    await client.close().catch(() => undefined);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(String(error));
    process.exit(1);
  },
);
