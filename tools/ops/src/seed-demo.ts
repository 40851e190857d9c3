import 'reflect-metadata';

import type { Actor } from '@ladder/contracts';
import { RemoteError, createStandaloneClient } from '@ladder/platform-messaging';
import type { MessagingClient } from '@ladder/platform-messaging';
import { COUNTIES } from '@ladder/shared-domain';

import { demoTitles, generateDemoPool } from './demo-data';
import type { DemoEnterprise } from './demo-data';

/**
 * Who the demo says entered its records (shown as 填报人 and in the change history): each county's 工信局 for its
 * enterprises and their annual data, the city's 工信局 for titles and parks, the city's 财政局 for budgets.
 */
const CITY: Actor = { userId: 'demo-gxj', username: '三明市工信局（演示）', roles: ['gxj-operator'] };
const FINANCE: Actor = { userId: 'demo-czj', username: '三明市财政局（演示）', roles: ['finance-officer'] };

function countyActor(countyCode: string): Actor {
  const county = COUNTIES.find((c) => c.code === countyCode);
  return { userId: `demo-${countyCode}`, username: `${county?.name ?? countyCode}工信局（演示）`, roles: ['county-operator'], countyCode };
}

/**
 * First-run step of the embedded stack: when the registry holds no enterprise, register the demo pool through
 * the registry's own request/reply API (so every demo fact also produces its events); when tiering holds no
 * title, record the titles part of the demo pool holds (each one earned by its figures, see demo-data.ts).
 */
async function main(): Promise<void> {
  const url = process.env['NATS_URL'];
  if (!url) throw new Error('NATS_URL is not set');
  const count = Number(process.env['DEMO_ENTERPRISES'] ?? 330);
  const client = createStandaloneClient(url, 'seed-demo');
  try {
    const pool = generateDemoPool(count);
    const existing = await client.request('registry.enterprise.list', { page: 1, pageSize: 1, status: 'all', actor: CITY });
    if (existing.total > 0) console.log(`registry: ${existing.total} enterprises exist, demo data not loaded`);
    else await seedRegistry(client, pool);
    await seedTitles(client, pool);
    await seedSubsidies(client, pool);
  } finally {
    await client.close();
  }
}

async function seedRegistry(client: MessagingClient, pool: DemoEnterprise[]): Promise<void> {
  let done = 0;
  const queue = [...pool];
  const worker = async (): Promise<void> => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const actor = countyActor(item.enterprise.countyCode);
      await client.request('registry.enterprise.create', { ...item.enterprise, actor });
      for (const y of item.years) {
        await client.request('registry.annual-data.submit', { uscc: item.enterprise.uscc, year: y.year, facts: y.facts, source: 'bureau', actor });
      }
      done++;
      if (done % 50 === 0) console.log(`registry: ${done}/${pool.length} demo enterprises`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  const years = pool.reduce((n, p) => n + p.years.length, 0);
  console.log(`registry: ${pool.length} demo enterprises with ${years} years of annual data loaded`);
}

/** Titles already held by part of the demo pool, recorded once tiering has caught up with the registry. */
async function seedTitles(client: MessagingClient, pool: DemoEnterprise[]): Promise<void> {
  const existing = await client.request('tiering.certification.list', { page: 1, pageSize: 1 }).catch(() => null);
  if (existing === null) {
    console.log('tiering: not running, demo titles not recorded');
    return;
  }
  if (existing.total > 0) {
    console.log(`tiering: ${existing.total} titles exist, demo titles not recorded`);
    return;
  }
  const plan = demoTitles(pool);
  const deadline = Date.now() + 180_000;
  for (const t of plan) {
    for (;;) {
      try {
        await client.request('tiering.certification.record', { ...t, actor: CITY });
        break;
      } catch (error) {
        // The projection of this enterprise may not have arrived yet: wait for tiering to catch up.
        if (error instanceof RemoteError && error.code === 'TIERING_ENTERPRISE_UNKNOWN' && Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 500));
          continue;
        }
        throw error;
      }
    }
  }
  console.log(`tiering: ${plan.length} demo titles recorded`);
}

/**
 * Budget lines for the award money (so approvals can be tried at once) and one park of demo enterprises. The
 * 免申即享 entitlements themselves come from the demo titles' events, like in production.
 */
async function seedSubsidies(client: MessagingClient, pool: DemoEnterprise[]): Promise<void> {
  const lines = await client.request('subsidies.budget.list', {}).catch(() => null);
  if (lines === null) {
    console.log('subsidies: not running, demo budgets not allocated');
    return;
  }
  if (lines.length > 0) {
    console.log(`subsidies: ${lines.length} budget lines exist, demo budgets not allocated`);
    return;
  }
  const year = new Date().getFullYear();
  for (const y of [year - 1, year]) {
    await client.request('subsidies.budget.allocate', { payer: 'CITY', year: y, amountFen: 300_000_000, actor: FINANCE });
    await client.request('subsidies.budget.allocate', { payer: 'PROV', year: y, amountFen: 500_000_000, actor: FINANCE });
  }
  const titled = new Set(demoTitles(pool).map((t) => t.uscc));
  const members = pool.filter((p) => p.enterprise.countyCode === '350404' && titled.has(p.enterprise.uscc)).slice(0, 8);
  if (members.length > 0) {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.request('subsidies.park.upsert', {
          name: '三明经济开发区（示例）',
          countyCode: '350404',
          operator: '三明经济开发区管委会（示例）',
          enterprises: members.map((m) => ({ uscc: m.enterprise.uscc })),
          actor: CITY,
        });
        break;
      } catch (error) {
        // The registry's events may not have reached subsidies yet.
        if (error instanceof RemoteError && error.code === 'NOT_FOUND' && attempt < 120) {
          await new Promise((r) => setTimeout(r, 500));
          continue;
        }
        throw error;
      }
    }
  }
  console.log(`subsidies: demo budgets for ${year - 1}–${year} and one park with ${members.length} enterprises`);
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
