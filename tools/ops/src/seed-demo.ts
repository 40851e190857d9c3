import 'reflect-metadata';

import type { Actor } from '@ladder/contracts';
import { createStandaloneClient } from '@ladder/platform-messaging';

import { generateDemoPool } from './demo-data';

/**
 * First-run step: when the registry holds no enterprise, register the demo pool through the registry's own
 * request/reply API (so every demo fact also produces its events).
 */
async function main(): Promise<void> {
  const url = process.env['NATS_URL'];
  if (!url) throw new Error('NATS_URL is not set');
  const count = Number(process.env['DEMO_ENTERPRISES'] ?? 330);
  const client = createStandaloneClient(url, 'seed-demo');
  const actor: Actor = { userId: 'seed', username: 'demo-seed', roles: ['gxj-operator'] };
  try {
    const existing = await client.request('registry.enterprise.list', { page: 1, pageSize: 1, status: 'all', actor });
    if (existing.total > 0) {
      console.log(`registry: ${existing.total} enterprises exist, demo data not loaded`);
      return;
    }
    const pool = generateDemoPool(count);
    let done = 0;
    const queue = [...pool];
    const worker = async (): Promise<void> => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        await client.request('registry.enterprise.create', { ...item.enterprise, actor });
        for (const y of item.years) {
          await client.request('registry.annual-data.submit', { uscc: item.enterprise.uscc, year: y.year, facts: y.facts, source: 'bureau', actor });
        }
        done++;
        if (done % 50 === 0) console.log(`registry: ${done}/${pool.length} demo enterprises`);
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    console.log(`registry: ${pool.length} demo enterprises with ${pool[0]?.years.length ?? 0} years of data loaded`);
  } finally {
    await client.close();
  }
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
