import { randomUUID } from 'node:crypto';

import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/core';
import { ROLE_DEFINITIONS, checkRoleCombination, permissionsOf } from '@ladder/shared-permissions';

import { Account } from '../auth/account.entity';
import { generatePassword, hashPassword } from '../auth/password';
import { SessionCache } from '../auth/session-cache';
import { Session } from '../auth/session.entity';
import { ApiError } from '../common/http-error';
import type { CurrentUser } from '../common/request-context';
import { GatewayEnv } from '../config/gateway.env';
import { GATEWAY_ENV } from '../gateway.tokens';
import type { AccountDto, AssignRolesBody, CreateAccountBody, UpdateAccountBody } from './accounts.dto';

export function toAccountDto(a: Account): AccountDto {
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    department: a.department ?? null,
    roles: [...a.roles],
    countyCode: a.countyCode ?? null,
    permissions: permissionsOf(a.roles),
    disabled: a.disabled,
    lockedUntil: a.lockedUntil && a.lockedUntil > new Date() ? a.lockedUntil.toISOString() : null,
    failedLogins: a.failedLogins,
    lastLoginAt: a.lastLoginAt ? a.lastLoginAt.toISOString() : null,
    createdAt: a.createdAt.toISOString(),
  };
}

/**
 * Accounts (系统管理员) and role assignment (安全管理员) — separate duties: the system administrator creates,
 * disables, unlocks and resets accounts but grants no role; the security administrator grants roles but
 * manages no account; nobody changes their own account here. Every change is a single UPDATE of the fields it
 * sets (no read-modify-write of the whole row), so simultaneous calls never fail with an optimistic-lock 500.
 */
@Injectable()
export class AccountsService {
  constructor(
    private readonly em: EntityManager,
    @Inject(GATEWAY_ENV) private readonly env: GatewayEnv,
    private readonly sessions: SessionCache,
  ) {}

  async list(): Promise<AccountDto[]> {
    const rows = await this.em.fork().find(Account, {}, { orderBy: { username: 'asc' } });
    return rows.map(toAccountDto);
  }

  async create(body: CreateAccountBody): Promise<{ account: AccountDto; initialPassword: string }> {
    const em = this.em.fork();
    if (await em.findOne(Account, { username: body.username })) throw this.usernameTaken(body.username);
    const password = generatePassword();
    const a = new Account();
    a.id = randomUUID();
    a.username = body.username;
    a.displayName = body.displayName;
    a.department = body.department ?? null;
    a.passwordHash = await hashPassword(password, this.env.BCRYPT_ROUNDS);
    a.mustChangePassword = true;
    em.persist(a);
    try {
      await em.flush();
    } catch (error) {
      // Two administrators creating the same name at once: the unique index decides, the loser gets 409.
      if (error instanceof UniqueConstraintViolationException) throw this.usernameTaken(body.username);
      throw error;
    }
    return { account: toAccountDto(a), initialPassword: password };
  }

  async update(actor: CurrentUser, id: string, body: UpdateAccountBody): Promise<{ before: AccountDto; after: AccountDto }> {
    const em = this.em.fork();
    const a = await this.load(em, id);
    if (a.id === actor.id && body.disabled) throw new ApiError('FORBIDDEN', '不能停用自己的账号');
    const before = toAccountDto(a);
    const patch: Partial<Pick<Account, 'displayName' | 'department' | 'disabled'>> = {};
    if (body.displayName !== undefined) patch.displayName = body.displayName;
    if (body.department !== undefined) patch.department = body.department;
    if (body.disabled !== undefined) patch.disabled = body.disabled;
    // Written through a fresh context: the copy read above must not be flushed back over the update.
    await this.em.fork().transactional(async (tx) => {
      if (Object.keys(patch).length > 0) await tx.nativeUpdate(Account, { id }, { ...patch, updatedAt: new Date() });
      if (body.disabled) await tx.nativeUpdate(Session, { accountId: id, revokedAt: null }, { revokedAt: new Date() });
    });
    this.sessions.evictAccount(id);
    return { before, after: toAccountDto(await this.reload(id)) };
  }

  async resetPassword(actor: CurrentUser, id: string): Promise<{ password: string; account: AccountDto }> {
    const em = this.em.fork();
    const a = await this.load(em, id);
    if (a.id === actor.id) throw new ApiError('FORBIDDEN', '请通过“修改密码”修改自己的密码');
    const password = generatePassword();
    const hash = await hashPassword(password, this.env.BCRYPT_ROUNDS);
    await this.em.fork().transactional(async (tx) => {
      // Compare-and-set on the old hash: of two simultaneous resets one wins, and the password it shows is the
      // one in force; the other gets 409 instead of showing a password that no longer works.
      const changed = await tx.nativeUpdate(
        Account,
        { id, passwordHash: a.passwordHash },
        { passwordHash: hash, mustChangePassword: true, failedLogins: 0, lockedUntil: null, updatedAt: new Date() },
      );
      if (changed === 0) throw new ApiError('CONFLICT', '该账号的密码刚刚已被重置或修改，请刷新后再试');
      await tx.nativeUpdate(Session, { accountId: id, revokedAt: null }, { revokedAt: new Date() });
    });
    this.sessions.evictAccount(id);
    return { password, account: toAccountDto(await this.reload(id)) };
  }

  async unlock(id: string): Promise<{ before: AccountDto; after: AccountDto }> {
    const em = this.em.fork();
    const before = toAccountDto(await this.load(em, id));
    await em.nativeUpdate(Account, { id }, { failedLogins: 0, lockedUntil: null, updatedAt: new Date() });
    return { before, after: toAccountDto(await this.reload(id)) };
  }

  async assignRoles(actor: CurrentUser, id: string, body: AssignRolesBody): Promise<{ before: AccountDto; after: AccountDto }> {
    const em = this.em.fork();
    const a = await this.load(em, id);
    if (a.id === actor.id) throw new ApiError('FORBIDDEN', '三员分立：不能为自己分配角色');
    const roles = [...new Set(body.roles)];
    const problem = checkRoleCombination(roles);
    if (problem) throw new ApiError('VALIDATION_FAILED', problem);
    const scoped = roles.some((r) => ROLE_DEFINITIONS[r].countyScoped);
    if (scoped && !body.countyCode) throw new ApiError('VALIDATION_FAILED', '县（市、区）角色须指定所辖县（市、区）');
    if (!scoped && body.countyCode) throw new ApiError('VALIDATION_FAILED', '全市角色不能指定县（市、区）');
    const before = toAccountDto(a);
    await em.nativeUpdate(Account, { id }, { roles, countyCode: scoped ? (body.countyCode ?? null) : null, updatedAt: new Date() });
    this.sessions.evictAccount(id);
    return { before, after: toAccountDto(await this.reload(id)) };
  }

  /** The row as stored now (a fresh context: not the copy read before the update). */
  private async reload(id: string): Promise<Account> {
    return this.load(this.em.fork(), id);
  }

  private usernameTaken(username: string): ApiError {
    return new ApiError('CONFLICT', `用户名“${username}”已存在`);
  }

  private async load(em: EntityManager, id: string): Promise<Account> {
    const a = await em.findOne(Account, { id });
    if (!a) throw new ApiError('NOT_FOUND', '账号不存在');
    return a;
  }
}
