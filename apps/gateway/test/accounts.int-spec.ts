import { randomUUID } from 'node:crypto';

import { JwtService } from '@nestjs/jwt';
import { MikroORM } from '@mikro-orm/core';
import { runMigrations } from '@ladder/platform-persistence';
import { createTestDatabase, databaseKinds } from '@ladder/platform-testing';
import type { TestDatabase } from '@ladder/platform-testing';

import { AccountsService } from '../src/accounts/accounts.service';
import { AuditLog } from '../src/audit/audit-log.entity';
import { AuditService } from '../src/audit/audit.service';
import { Account } from '../src/auth/account.entity';
import { AuthService } from '../src/auth/auth.service';
import { hashPassword } from '../src/auth/password';
import { SessionCache } from '../src/auth/session-cache';
import { Session } from '../src/auth/session.entity';
import type { CurrentUser } from '../src/common/request-context';
import { loadGatewayEnv } from '../src/config/gateway.env';
import type { GatewayEnv } from '../src/config/gateway.env';
import { createGatewayOrmConfig } from '../src/mikro-orm.config';

const PASSWORD = 'Ladder@2026';

jest.setTimeout(60_000);

function statusOfError(error: unknown): number {
  const status = (error as { getStatus?: () => number }).getStatus?.();
  return typeof status === 'number' ? status : 500;
}

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    return statusOfError(error);
  }
}

describe.each(databaseKinds())('gateway accounts, sessions and audit on %s', (kind) => {
  let db: TestDatabase;
  let orm: MikroORM;
  let env: GatewayEnv;
  let auth: AuthService;
  /** Reads the session on every call: for tests that edit the session row behind the gateway's back. */
  let uncached: AuthService;
  let sessions: SessionCache;
  let accounts: AccountsService;
  let audit: AuditService;
  const admin: CurrentUser = {
    id: randomUUID(),
    sessionId: randomUUID(),
    username: 'sysadmin',
    displayName: '系统管理员',
    department: null,
    roles: ['sys-admin'],
    countyCode: null,
    permissions: [],
  };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    env = loadGatewayEnv({ ...db.env, NATS_URL: 'nats://127.0.0.1:4222', JWT_SECRET: 'x'.repeat(40), BCRYPT_ROUNDS: '4', LOGIN_MAX_FAILURES: '5', SESSION_IDLE_MINUTES: '30' });
    const config = createGatewayOrmConfig(env);
    await runMigrations(config);
    orm = await MikroORM.init(config);
    const jwt = new JwtService({ secret: env.JWT_SECRET, signOptions: { issuer: 'sme-ladder' }, verifyOptions: { issuer: 'sme-ladder' } });
    sessions = new SessionCache(60_000);
    auth = new AuthService(orm.em, jwt, env, sessions);
    uncached = new AuthService(orm.em, jwt, env, new SessionCache(0));
    accounts = new AccountsService(orm.em, env, sessions);
    audit = new AuditService(orm.em);
  });

  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  async function account(username: string): Promise<Account> {
    const em = orm.em.fork();
    const a = new Account();
    a.id = randomUUID();
    a.username = username;
    a.displayName = username;
    a.roles = ['gxj-operator'];
    a.passwordHash = await hashPassword(PASSWORD, 4);
    await em.persistAndFlush(a);
    return a;
  }

  const fresh = (id: string): Promise<Account> => orm.em.fork().findOneOrFail(Account, { id });

  it('should answer every one of ten simultaneous correct logins for one account when they race', async () => {
    await account('race-ok');
    const statuses = await Promise.all(Array.from({ length: 10 }, () => statusOf(auth.login('race-ok', PASSWORD, '127.0.0.1'))));
    expect(statuses).toEqual(Array(10).fill(200));
    expect(await orm.em.fork().count(Session, {})).toBeGreaterThanOrEqual(10);
  });

  it('should count every simultaneous wrong password and lock exactly at the limit when they race', async () => {
    const a = await account('race-bad');
    const statuses = await Promise.all(Array.from({ length: 4 }, () => statusOf(auth.login('race-bad', 'wrong', null))));
    expect(statuses).toEqual([401, 401, 401, 401]);
    expect((await fresh(a.id)).failedLogins).toBe(4);
    const more = await Promise.all(Array.from({ length: 6 }, () => statusOf(auth.login('race-bad', 'wrong', null))));
    expect(more.every((s) => s === 401 || s === 423)).toBe(true);
    expect(more).toContain(423);
    const after = await fresh(a.id);
    expect(after.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
    // Locked: even the right password is refused, with 423.
    expect(await statusOf(auth.login('race-bad', PASSWORD, null))).toBe(423);
  });

  it('should let one of two simultaneous password resets win and answer 409 to the other, never 500', async () => {
    const a = await account('race-reset');
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => accounts.resetPassword(admin, a.id)));
    const statuses = results.map((r) => (r.status === 'fulfilled' ? 200 : statusOfError(r.reason)));
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    expect(statuses).toContain(200);
    // The password shown by each winner is the one in force (there is exactly one winner per stored hash).
    const winners = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.password] : []));
    const loginable = await Promise.all(winners.map((p) => statusOf(auth.login('race-reset', p, null))));
    expect(loginable.filter((s) => s === 200)).toHaveLength(1);
  });

  it('should change a password once when the owner submits twice at the same time', async () => {
    const a = await account('race-change');
    const statuses = await Promise.all(
      Array.from({ length: 4 }, (_, i) => statusOf(auth.changePassword(a.id, PASSWORD, `Neues#Pass${i}word`))),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.every((s) => s === 200 || s === 400 || s === 409)).toBe(true);
  });

  it('should apply simultaneous account edits without an optimistic-lock failure', async () => {
    const a = await account('race-edit');
    const statuses = await Promise.all([
      statusOf(accounts.update(admin, a.id, { displayName: '甲' })),
      statusOf(accounts.update(admin, a.id, { department: '乙' })),
      statusOf(accounts.unlock(a.id)),
      statusOf(auth.login('race-edit', PASSWORD, null)),
      statusOf(auth.login('race-edit', 'wrong', null)),
    ]);
    expect(statuses).toEqual([200, 200, 200, 200, 401]);
    expect(await fresh(a.id)).toMatchObject({ displayName: '甲', department: '乙' });
  });

  it('should answer 409 to the second of two simultaneous creations of one username', async () => {
    const statuses = await Promise.all(
      Array.from({ length: 3 }, () => statusOf(accounts.create({ username: 'same.name', displayName: '同名' }))),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(2);
  });

  it('should keep quotes and backslashes as data in a stored name', async () => {
    const a = await account('quoted');
    const name = `O'Brien"; drop table account; -- \\ '' %_`;
    await accounts.update(admin, a.id, { displayName: name });
    expect((await fresh(a.id)).displayName).toBe(name);
    expect(await orm.em.fork().findOne(Account, { displayName: name })).not.toBeNull();
  });

  it('should write the last-seen time of a session at most once per interval, and expire an idle one', async () => {
    await account('idle');
    const { accessToken, user } = await uncached.login('idle', PASSWORD, null);
    const em = orm.em.fork();
    const seen = (await em.findOneOrFail(Session, { accountId: user.id })).lastSeenAt;
    for (let i = 0; i < 5; i++) await uncached.authenticate(accessToken);
    const afterBurst = (await orm.em.fork().findOneOrFail(Session, { accountId: user.id })).lastSeenAt;
    expect(afterBurst.getTime()).toBe(seen.getTime());
    // Two minutes later (stored time moved back): one request writes it, the next does not.
    const back = new Date(Date.now() - 2 * 60_000);
    await orm.em.fork().nativeUpdate(Session, { accountId: user.id }, { lastSeenAt: back });
    await uncached.authenticate(accessToken);
    const touched = (await orm.em.fork().findOneOrFail(Session, { accountId: user.id })).lastSeenAt;
    expect(touched.getTime()).toBeGreaterThan(back.getTime());
    // Idle longer than SESSION_IDLE_MINUTES: refused and revoked.
    await orm.em.fork().nativeUpdate(Session, { accountId: user.id }, { lastSeenAt: new Date(Date.now() - 31 * 60_000) });
    await expect(uncached.authenticate(accessToken)).rejects.toMatchObject({ response: { code: 'SESSION_EXPIRED' } });
    expect((await orm.em.fork().findOneOrFail(Session, { accountId: user.id })).revokedAt).not.toBeNull();
  });

  it('should reuse a checked session for a while, and never a revoked, disabled, reset or re-roled one', async () => {
    const a = await account('cached');
    const other = await account('cached-other');
    const { accessToken } = await auth.login('cached', PASSWORD, null);
    const first = await auth.authenticate(accessToken);
    expect(sessions.get(first.sessionId, Date.now())).toBeDefined();
    // A verified token is remembered as that exact string: a tampered copy is still checked, and refused.
    const [head, body, signature] = accessToken.split('.');
    const tampered = `${head}.${body}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(auth.authenticate(tampered)).rejects.toMatchObject({ response: { code: 'UNAUTHORIZED' } });
    // A change the gateway did not make (the row edited behind its back) counts once the copy is stale (TTL).
    await orm.em.fork().nativeUpdate(Session, { id: first.sessionId }, { revokedAt: new Date() });
    await expect(auth.authenticate(accessToken)).resolves.toMatchObject({ id: a.id });
    sessions.evictSession(first.sessionId);
    await expect(auth.authenticate(accessToken)).rejects.toMatchObject({ response: { code: 'SESSION_EXPIRED' } });

    // Logout through the gateway: refused at once.
    const s2 = await auth.login('cached', PASSWORD, null);
    const u2 = await auth.authenticate(s2.accessToken);
    await auth.logout(u2.sessionId);
    await expect(auth.authenticate(s2.accessToken)).rejects.toMatchObject({ response: { code: 'SESSION_EXPIRED' } });

    // Roles changed: the next request carries the new permissions.
    const s3 = await auth.login('cached', PASSWORD, null);
    expect((await auth.authenticate(s3.accessToken)).roles).toEqual(['gxj-operator']);
    await accounts.assignRoles(admin, a.id, { roles: ['gxj-approver'] });
    expect((await auth.authenticate(s3.accessToken)).roles).toEqual(['gxj-approver']);

    // Disabled: refused at once.
    await accounts.update(admin, a.id, { disabled: true });
    await expect(auth.authenticate(s3.accessToken)).rejects.toMatchObject({ response: { code: 'SESSION_EXPIRED' } });

    // Password reset by an administrator: the sessions end at once.
    const s4 = await auth.login('cached-other', PASSWORD, null);
    await auth.authenticate(s4.accessToken);
    await accounts.resetPassword(admin, other.id);
    await expect(auth.authenticate(s4.accessToken)).rejects.toMatchObject({ response: { code: 'SESSION_EXPIRED' } });
    expect(sessions.size).toBe(0);
  });

  it('should read a session once when many requests with its token arrive together after the copy ran out', async () => {
    // Arrange
    const a = await account('burst');
    const { accessToken } = await auth.login('burst', PASSWORD, null);
    const first = await auth.authenticate(accessToken);
    sessions.evictSession(first.sessionId);
    const forks = jest.spyOn(orm.em, 'fork');

    // Act
    const users = await Promise.all(Array.from({ length: 20 }, () => auth.authenticate(accessToken)));
    const reads = forks.mock.calls.length;
    forks.mockRestore();

    // Assert
    expect(users.every((u) => u.id === a.id)).toBe(true);
    expect(reads).toBe(1);
    expect(sessions.get(first.sessionId, Date.now())).toBeDefined();
  });

  it('should store an audit entry whatever the input holds: NUL, control characters, lone surrogates, huge text', async () => {
    const nasty = `a\u0000b\u0007c\ud800d${'长'.repeat(10_000)}`;
    await audit.record({
      actorId: nasty,
      actor: nasty,
      roles: [nasty],
      countyCode: nasty,
      action: nasty,
      method: nasty,
      path: nasty,
      target: nasty,
      status: 400,
      errorCode: nasty,
      errorMessage: nasty,
      before: { [nasty]: nasty, deep: [[[[[[[[nasty]]]]]]]] },
      after: Array.from({ length: 500 }, () => nasty),
      request: { password: 'secret', username: nasty, n: Number.NaN, big: BigInt(1) },
      ip: nasty,
      userAgent: nasty,
    });
    const row = await orm.em.fork().findOneOrFail(AuditLog, { status: 400 }, { orderBy: { id: 'desc' } });
    expect(row.actor).toHaveLength(64);
    expect(row.actor.startsWith('a\\u0000b\\u0007c\uFFFDd')).toBe(true);
    expect(row.request).toMatchObject({ password: '******', n: 'NaN', big: '1' });
    expect(JSON.stringify(row.request)).not.toContain('\u0000');
  });
});
