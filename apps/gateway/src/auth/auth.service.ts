import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { EntityManager } from '@mikro-orm/core';
import { permissionsOf } from '@ladder/shared-permissions';

import { ApiError } from '../common/http-error';
import type { CurrentUser } from '../common/request-context';
import { GatewayEnv } from '../config/gateway.env';
import { GATEWAY_ENV } from '../gateway.tokens';
import { Account } from './account.entity';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './password';
import { Session } from './session.entity';

export interface AccessTokenClaims {
  sub: string;
  sid: string;
  username: string;
  roles: string[];
  county: string | null;
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

/** Sign-in with lockout, sessions with idle expiry, tokens that name their session. */
@Injectable()
export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly jwt: JwtService,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
  ) {}

  async login(username: string, password: string, ip: string | null): Promise<LoginResult> {
    const em = this.em.fork();
    const account = await em.findOne(Account, { username: username.trim() });
    const now = new Date();
    if (!account) {
      // Same answer as a wrong password: do not reveal which usernames exist.
      throw new ApiError('UNAUTHORIZED', '用户名或密码错误');
    }
    if (account.lockedUntil && account.lockedUntil > now) {
      throw new ApiError('ACCOUNT_LOCKED', `连续登录失败次数过多，账号已锁定至 ${formatShanghai(account.lockedUntil)}`);
    }
    if (account.disabled) throw new ApiError('FORBIDDEN', '账号已停用，请联系系统管理员');
    const ok = await verifyPassword(password, account.passwordHash);
    if (!ok) {
      account.failedLogins += 1;
      let message = `用户名或密码错误（还可尝试${Math.max(this.env.LOGIN_MAX_FAILURES - account.failedLogins, 0)}次）`;
      if (account.failedLogins >= this.env.LOGIN_MAX_FAILURES) {
        account.lockedUntil = new Date(now.getTime() + this.env.LOGIN_LOCK_MINUTES * 60_000);
        account.failedLogins = 0;
        message = `连续${this.env.LOGIN_MAX_FAILURES}次登录失败，账号已锁定${this.env.LOGIN_LOCK_MINUTES}分钟（至 ${formatShanghai(account.lockedUntil)}）`;
        await em.flush();
        throw new ApiError('ACCOUNT_LOCKED', message);
      }
      await em.flush();
      throw new ApiError('UNAUTHORIZED', message);
    }
    account.failedLogins = 0;
    account.lockedUntil = null;
    account.lastLoginAt = now;
    const session = new Session();
    session.id = randomUUID();
    session.accountId = account.id;
    session.expiresAt = new Date(now.getTime() + this.env.TOKEN_TTL_MINUTES * 60_000);
    session.ip = ip;
    em.persist(session);
    await em.flush();
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

  /** Verify a bearer token and its session; refreshes the idle clock. */
  async authenticate(token: string): Promise<CurrentUser> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      throw new ApiError('UNAUTHORIZED', '登录凭证无效或已过期，请重新登录');
    }
    const em = this.em.fork();
    const session = await em.findOne(Session, { id: claims.sid });
    const now = new Date();
    if (!session || session.revokedAt || session.expiresAt <= now || session.accountId !== claims.sub) {
      throw new ApiError('SESSION_EXPIRED', '登录已失效，请重新登录');
    }
    if (now.getTime() - session.lastSeenAt.getTime() > this.env.SESSION_IDLE_MINUTES * 60_000) {
      session.revokedAt = now;
      await em.flush();
      throw new ApiError('SESSION_EXPIRED', `超过${this.env.SESSION_IDLE_MINUTES}分钟未操作，登录已超时，请重新登录`);
    }
    const account = await em.findOne(Account, { id: claims.sub });
    if (!account || account.disabled) throw new ApiError('UNAUTHORIZED', '账号不存在或已停用');
    if (now.getTime() - session.lastSeenAt.getTime() > 30_000) {
      session.lastSeenAt = now;
      await em.flush();
    }
    return toCurrentUser(account, session.id);
  }

  async logout(sessionId: string): Promise<void> {
    const em = this.em.fork();
    await em.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
  }

  async changePassword(accountId: string, oldPassword: string, newPassword: string): Promise<void> {
    const em = this.em.fork();
    const account = await em.findOneOrFail(Account, { id: accountId });
    if (!(await verifyPassword(oldPassword, account.passwordHash))) throw new ApiError('VALIDATION_FAILED', '原密码不正确');
    const problem = checkPasswordPolicy(newPassword);
    if (problem) throw new ApiError('VALIDATION_FAILED', problem);
    if (oldPassword === newPassword) throw new ApiError('VALIDATION_FAILED', '新密码不能与原密码相同');
    account.passwordHash = await hashPassword(newPassword, this.env.BCRYPT_ROUNDS);
    account.mustChangePassword = false;
    await em.flush();
  }
}

export function formatShanghai(date: Date): string {
  return new Date(date.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}
