import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager, raw } from '@mikro-orm/core';
import { serviceDepartmentOfName } from '@ladder/contracts';
import type { Actor } from '@ladder/contracts';
import { permissionsOf } from '@ladder/shared-permissions';
import type { Permission } from '@ladder/shared-permissions';

import { ApiError } from '../common/http-error';
import type { CurrentUser } from '../common/request-context';
import { GatewayEnv } from '../config/gateway.env';
import { GATEWAY_ENV } from '../gateway.tokens';
import { Account } from './account.entity';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password';
import { SessionCache } from './session-cache';
import { Session } from './session.entity';

export interface AccessTokenClaims {
  sub: string;
  sid: string;
  username: string;
  roles: string[];
  county: string | null;
  /** Expiry, seconds since the epoch (set by the signer). */
  exp?: number;
}

export interface LoginResult {
  accessToken: string;
  expiresIn: number;
  user: ReturnType<typeof toUserDto>;
}

export function toUserDto(user: CurrentUser): {
  id: string;
  username: string;
  displayName: string;
  department: string | null;
  roles: string[];
  countyCode: string | null;
  permissions: string[];
} {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    department: user.department,
    roles: [...user.roles],
    countyCode: user.countyCode,
    permissions: [...user.permissions],
  };
}

export function toCurrentUser(account: Account, sessionId: string): CurrentUser {
  return {
    id: account.id,
    sessionId,
    username: account.username,
    displayName: account.displayName,
    department: account.department ?? null,
    roles: [...account.roles],
    countyCode: account.countyCode ?? null,
    permissions: permissionsOf(account.roles),
  };
}

/** How often a live session's last-seen time is written, at most: a tenth of the idle limit, at most a minute. */
export function sessionTouchIntervalMs(idleMinutes: number): number {
  return Math.min(60_000, Math.floor((idleMinutes * 60_000) / 10));
}

/**
 * Sign-in with lockout, sessions with idle expiry, tokens that name their session.
 *
 * Concurrency: every change to an account row is one conditional UPDATE (`failed_logins = failed_logins + 1`
 * with the lock set in the same statement; a password replaced only if it is still the one that was checked),
 * never a read-modify-write with an optimistic version — ten simultaneous logins for one account all get an
 * answer, none a 500.
 *
 * Sessions: a request reads its session and account from a copy at most `AUTH_CACHE_SECONDS` old
 * (`SessionCache`; logout, disabling, a password or role change through this gateway evict it at once; a change
 * made elsewhere counts within that time), and writes `last_seen_at` at most once per `sessionTouchIntervalMs`
 * (≤ 60 s), with a conditional UPDATE. Idle expiry compares with the stored time, so a session expires after between
 * `SESSION_IDLE_MINUTES` minus that interval and `SESSION_IDLE_MINUTES` of real inactivity — never later.
 */
@Injectable()
export class AuthService {
  private readonly touchIntervalMs: number;
  private readonly verifiedTokens = new Map<string, { claims: AccessTokenClaims; until: number }>();
  /** Session reads under way, per session: concurrent requests of one session share one (a logout drops it). */
  private readonly loading = new Map<string, { accountId: string; user: Promise<CurrentUser> }>();

  constructor(
    private readonly em: EntityManager,
    private readonly jwt: JwtService,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
    private readonly sessions: SessionCache,
  ) {
    this.touchIntervalMs = sessionTouchIntervalMs(env.SESSION_IDLE_MINUTES);
  }

  async login(username: string, password: string, ip: string | null): Promise<LoginResult> {
    const now = new Date();
    const account = await this.checkCredentials(username, password, now);
    const em = this.em.fork();
    const session = new Session();
    session.id = randomUUID();
    session.accountId = account.id;
    session.createdAt = now;
    session.lastSeenAt = now;
    session.expiresAt = new Date(now.getTime() + this.env.TOKEN_TTL_MINUTES * 60_000);
    session.ip = ip === null ? null : ip.slice(0, 64);
    await em.insert(Session, session);
    const claims: AccessTokenClaims = {
      sub: account.id,
      sid: session.id,
      username: account.username,
      roles: [...account.roles],
      county: account.countyCode ?? null,
    };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.env.TOKEN_TTL_MINUTES * 60 });
    return { accessToken, expiresIn: this.env.TOKEN_TTL_MINUTES * 60, user: toUserDto(toCurrentUser(account, session.id)) };
  }

  /**
   * Username and password, with lockout: a failure is counted (and at the limit locks) in one statement; a
   * success clears the counter unless the account got locked meanwhile. The same for a login and a co-signature.
   */
  private async checkCredentials(username: string, password: string, now: Date): Promise<Account> {
    const em = this.em.fork();
    const account = await em.findOne(Account, { username: username.trim() });
    if (!account) {
      // Same answer as a wrong password: do not reveal which usernames exist.
      throw new ApiError('UNAUTHORIZED', '用户名或密码错误');
    }
    if (account.lockedUntil && account.lockedUntil > now) throw this.locked(account.lockedUntil);
    if (account.disabled) throw new ApiError('FORBIDDEN', '账号已停用，请联系系统管理员');
    const notLocked = { id: account.id, $or: [{ lockedUntil: null }, { lockedUntil: { $lte: now } }] };
    if (!(await verifyPassword(password, account.passwordHash))) {
      const max = this.env.LOGIN_MAX_FAILURES;
      const lockUntil = new Date(now.getTime() + this.env.LOGIN_LOCK_MINUTES * 60_000);
      // One statement counts the failure and, at the limit, locks and resets the counter.
      const counted = await em.nativeUpdate(Account, notLocked, {
        failedLogins: raw('case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end', [max]),
        // (`else locked_until`: null or already past here, and it gives PostgreSQL the column's type.)
        lockedUntil: raw('case when failed_logins + 1 >= ? then ? else locked_until end', [max, lockUntil]),
      });
      const after = await this.em.fork().findOne(Account, { id: account.id });
      if (counted === 0 || (after?.lockedUntil && after.lockedUntil > now)) {
        const until = after?.lockedUntil ?? lockUntil;
        throw new ApiError(
          'ACCOUNT_LOCKED',
          counted === 0
            ? `连续登录失败次数过多，账号已锁定至 ${formatShanghai(until)}`
            : `连续${max}次登录失败，账号已锁定${this.env.LOGIN_LOCK_MINUTES}分钟（至 ${formatShanghai(until)}）`,
        );
      }
      throw new ApiError('UNAUTHORIZED', `用户名或密码错误（还可尝试${Math.max(max - (after?.failedLogins ?? 0), 0)}次）`);
    }
    const reset = await em.nativeUpdate(Account, notLocked, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
    if (reset === 0) {
      // Locked by failed attempts that finished while this one was checking the password.
      const after = await this.em.fork().findOne(Account, { id: account.id });
      throw this.locked(after?.lockedUntil ?? now);
    }
    return account;
  }

  /**
   * A second person's approval given on the spot (双人授权): their username and password, checked like a login
   * (failures count toward their lockout); they must hold `permission` and not be the acting user. Answers 400
   * (never 401, which would sign the acting user out) when the approval does not hold.
   */
  async coSign(input: unknown, actor: CurrentUser, permission: Permission): Promise<Actor> {
    const given = (typeof input === 'object' && input !== null ? input : {}) as { username?: unknown; password?: unknown };
    const { username, password } = given;
    if (typeof username !== 'string' || typeof password !== 'string' || !username.trim() || !password || username.length > 64 || password.length > 128) {
      throw new ApiError('VALIDATION_FAILED', '请填写批准人的用户名和密码', [{ field: 'approver', message: '请填写批准人的用户名和密码' }]);
    }
    if (username.trim() === actor.username) throw new ApiError('SUBSIDIES_FOUR_EYES', '须由另一名人员批准，经办人不能批准自己的操作');
    let account: Account;
    try {
      account = await this.checkCredentials(username, password, new Date());
    } catch (error) {
      if (error instanceof ApiError && error.getStatus() !== 423) {
        const message = `批准人${(error.getResponse() as { message?: string }).message ?? '用户名或密码错误'}`;
        throw new ApiError('VALIDATION_FAILED', message, [{ field: 'approver', message }]);
      }
      throw error;
    }
    if (!permissionsOf(account.roles).includes(permission)) {
      const message = `批准人（${account.username}）没有批准该操作的权限`;
      throw new ApiError('VALIDATION_FAILED', message, [{ field: 'approver', message }]);
    }
    const department = serviceDepartmentOfName(account.department);
    return {
      userId: account.id,
      username: account.username,
      roles: [...account.roles],
      ...(account.countyCode ? { countyCode: account.countyCode } : {}),
      ...(department ? { departmentCode: department.code } : {}),
    };
  }

  /**
   * Verify a bearer token and its session; refreshes the idle clock at most once per touch interval. The session
   * and account rows come from the `SessionCache` while its copy is fresh (see there for the bounds); a copy that
   * would refuse the request is never trusted: the database decides.
   */
  async authenticate(token: string): Promise<CurrentUser> {
    const claims = await this.verify(token);
    if (typeof claims.sid !== 'string' || typeof claims.sub !== 'string') {
      throw new ApiError('UNAUTHORIZED', '登录凭证无效或已过期，请重新登录');
    }
    const now = Date.now();
    const cached = this.sessions.get(claims.sid, now);
    if (
      cached &&
      cached.user.id === claims.sub &&
      cached.expiresAt > now &&
      now - cached.lastSeenAt <= this.env.SESSION_IDLE_MINUTES * 60_000
    ) {
      if (now - cached.lastSeenAt >= this.touchIntervalMs) {
        await this.touch(this.em.fork(), claims.sid, new Date(now));
        cached.lastSeenAt = now;
      }
      return cached.user;
    }
    this.sessions.evictSession(claims.sid);
    // When the copy runs out, every request then under way with the token would read the same two rows (a burst
    // of identical reads that stalls the event loop): they share one read.
    // (Not with the cache off: then every request reads for itself.)
    if (this.sessions.ttlMs <= 0) return this.authenticateFromDatabase(claims, new Date(now));
    const running = this.loading.get(claims.sid);
    if (running && running.accountId === claims.sub) return running.user;
    const user = this.authenticateFromDatabase(claims, new Date(now)).finally(() => {
      if (this.loading.get(claims.sid)?.user === user) this.loading.delete(claims.sid);
    });
    this.loading.set(claims.sid, { accountId: claims.sub, user });
    return user;
  }

  private async authenticateFromDatabase(claims: AccessTokenClaims, now: Date): Promise<CurrentUser> {
    const em = this.em.fork();
    const session = await em.findOne(Session, { id: claims.sid });
    if (!session || session.revokedAt || session.expiresAt <= now || session.accountId !== claims.sub) {
      throw new ApiError('SESSION_EXPIRED', '登录已失效，请重新登录');
    }
    if (now.getTime() - session.lastSeenAt.getTime() > this.env.SESSION_IDLE_MINUTES * 60_000) {
      await em.nativeUpdate(Session, { id: session.id, revokedAt: null }, { revokedAt: now });
      throw new ApiError('SESSION_EXPIRED', `超过${this.env.SESSION_IDLE_MINUTES}分钟未操作，登录已超时，请重新登录`);
    }
    const account = await em.findOne(Account, { id: claims.sub });
    if (!account || account.disabled) throw new ApiError('UNAUTHORIZED', '账号不存在或已停用');
    let lastSeenAt = session.lastSeenAt.getTime();
    if (now.getTime() - lastSeenAt >= this.touchIntervalMs) {
      await this.touch(em, session.id, now);
      lastSeenAt = now.getTime();
    }
    const user = toCurrentUser(account, session.id);
    this.sessions.set(session.id, { user, expiresAt: session.expiresAt.getTime(), lastSeenAt, loadedAt: now.getTime() });
    return user;
  }

  /**
   * The claims of a token whose signature, issuer and expiry hold. A token verified in the last
   * `AUTH_CACHE_SECONDS` is not verified again (the same string, so the same signature), until its expiry.
   */
  private async verify(token: string): Promise<AccessTokenClaims> {
    const now = Date.now();
    const known = this.verifiedTokens.get(token);
    if (known && now < known.until) return known.claims;
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      this.verifiedTokens.delete(token);
      throw new ApiError('UNAUTHORIZED', '登录凭证无效或已过期，请重新登录');
    }
    if (this.sessions.ttlMs > 0) {
      if (this.verifiedTokens.size >= 10_000) this.verifiedTokens.clear();
      const expires = typeof claims.exp === 'number' ? claims.exp * 1000 : now;
      this.verifiedTokens.set(token, { claims, until: Math.min(now + this.sessions.ttlMs, expires) });
    }
    return claims;
  }

  /** Advance the stored last-seen time; conditional: of several requests in the same instant, one writes. */
  private async touch(em: EntityManager, sessionId: string, now: Date): Promise<void> {
    const stale = new Date(now.getTime() - this.touchIntervalMs);
    await em.nativeUpdate(Session, { id: sessionId, lastSeenAt: { $lte: stale } }, { lastSeenAt: now });
  }

  /**
   * Who a token names, if its signature is ours (expiry ignored): for the audit trail of a refused call. A
   * forged or malformed token names nobody.
   */
  async identify(token: string): Promise<AccessTokenClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { ignoreExpiration: true });
      if (typeof claims.sub !== 'string' || typeof claims.username !== 'string') return null;
      return { ...claims, roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [], county: typeof claims.county === 'string' ? claims.county : null };
    } catch {
      return null;
    }
  }

  async logout(sessionId: string): Promise<void> {
    const em = this.em.fork();
    this.sessions.evictSession(sessionId);
    this.loading.delete(sessionId);
    await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
    this.sessions.evictSession(sessionId);
    this.loading.delete(sessionId);
  }

  async changePassword(accountId: string, oldPassword: string, newPassword: string): Promise<void> {
    const em = this.em.fork();
    const account = await em.findOneOrFail(Account, { id: accountId });
    if (!(await verifyPassword(oldPassword, account.passwordHash))) throw new ApiError('VALIDATION_FAILED', '原密码不正确');
    const problem = checkPasswordPolicy(newPassword);
    if (problem) throw new ApiError('VALIDATION_FAILED', problem);
    if (oldPassword === newPassword) throw new ApiError('VALIDATION_FAILED', '新密码不能与原密码相同');
    const hash = await hashPassword(newPassword, this.env.BCRYPT_ROUNDS);
    // Replaced only if the password is still the one just checked (compare-and-set).
    const changed = await em.nativeUpdate(
      Account,
      { id: accountId, passwordHash: account.passwordHash },
      { passwordHash: hash, mustChangePassword: false },
    );
    this.sessions.evictAccount(accountId);
    if (changed === 0) throw new ApiError('CONFLICT', '密码刚刚已被修改，请使用新密码重新登录后再试');
  }

  private locked(until: Date): ApiError {
    return new ApiError('ACCOUNT_LOCKED', `连续登录失败次数过多，账号已锁定至 ${formatShanghai(until)}`);
  }
}

export function formatShanghai(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
