import 'reflect-metadata';

import { randomUUID } from 'node:crypto';

import { MikroORM } from '@mikro-orm/core';

import { findCounty } from '@ladder/shared-domain';
import { ROLE_DEFINITIONS } from '@ladder/shared-permissions';

import { Account } from './auth/account.entity';
import { hashPassword } from './auth/password';
import { loadGatewayEnv } from './config/gateway.env';
import { createGatewayOrmConfig } from './mikro-orm.config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD_DEFAULT } from './seed/demo-accounts';

/**
 * First-run step of the embedded stack: when there is no account at all, create the demo accounts (one per
 * role) with DEMO_PASSWORD. Does nothing on later runs.
 */
async function main(): Promise<void> {
  if (process.argv.includes('--list')) {
    for (const a of DEMO_ACCOUNTS) {
      const roles = a.roles.map((r) => ROLE_DEFINITIONS[r].zh).join('、');
      const county = a.countyCode ? `（${findCounty(a.countyCode)?.name ?? a.countyCode}）` : '';
      console.log(`    ${a.username.padEnd(10)} ${roles}${county} — ${a.department}`);
    }
    return;
  }
  const env = loadGatewayEnv({ ...process.env, JWT_SECRET: process.env['JWT_SECRET'] ?? 'x'.repeat(32) });
  const password = process.env['DEMO_PASSWORD'] || DEMO_PASSWORD_DEFAULT;
  const orm = await MikroORM.init(createGatewayOrmConfig(env));
  try {
    const em = orm.em.fork();
    if ((await em.count(Account, {})) > 0) {
      console.log('gateway: accounts exist, demo accounts not created');
      return;
    }
    const hash = await hashPassword(password, env.BCRYPT_ROUNDS);
    for (const demo of DEMO_ACCOUNTS) {
      const a = new Account();
      a.id = randomUUID();
      a.username = demo.username;
      a.displayName = demo.displayName;
      a.department = demo.department;
      a.roles = [...demo.roles];
      a.countyCode = demo.countyCode ?? null;
      a.passwordHash = hash;
      em.persist(a);
    }
    await em.flush();
    console.log(`gateway: ${DEMO_ACCOUNTS.length} demo accounts created`);
  } finally {
    await orm.close(true);
  }
}

main().catch((error: unknown) => {
  console.error(String((error as Error)?.stack ?? error));
  process.exit(1);
});
