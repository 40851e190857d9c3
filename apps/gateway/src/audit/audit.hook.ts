import { Logger } from '@nestjs/common';
import { errorCodeInfo } from '@ladder/contracts';
import type { ErrorPayload } from '@ladder/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { AuditRouteConfig } from '../auth/auth.decorators';
import type { AuthService } from '../auth/auth.service';
import type { LadderRequest } from '../common/request-context';
import type { AuditInput, AuditService } from './audit.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOGIN_ACTION = 'auth.login';

/** A request as the audit hook reads it: what the guard, the handler and the exception filter left on it. */
export type AuditedRequest = LadderRequest & { auditError?: ErrorPayload };

/** Called by the exception filter: the code and message the caller got, for the audit entry's "why". */
export function noteAuditError(request: unknown, error: ErrorPayload): void {
  if (typeof request === 'object' && request !== null) (request as AuditedRequest).auditError = error;
}

/**
 * Which calls are audited: every call to an API route with a state-changing method (whatever its outcome:
 * success, 400 from validation, 401/403 from the guard, 404/409 from a service, a failed login), and every
 * 401/403 on any method. Unknown paths (no route) are not audited.
 */
export function isAudited(method: string, route: string | undefined, status: number): boolean {
  if (!route || !(route === '/api' || route.startsWith('/api/'))) return false;
  return !SAFE_METHODS.has(method.toUpperCase()) || status === 401 || status === 403;
}

/**
 * The one place that writes the audit trail: a Fastify `onResponse` hook, so it sees the final status of every
 * call — those the controller answered and those the body parser, the input check, the guard or the validation
 * pipe refused before any handler ran. One entry per call, never two.
 */
export class AuditHook {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async onResponse(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    try {
      const status = reply.statusCode;
      if (!isAudited(request.method, request.routeOptions?.url, status)) return;
      await this.audit.record(await this.entry(request, status));
    } catch (error) {
      // The answer is already sent; an audit failure is logged, never turned into an error for the caller.
      this.logger.error(`audit hook failed for ${request.method} ${request.routeOptions?.url ?? ''}: ${String(error)}`);
    }
  }

  private async entry(request: AuditedRequest, status: number): Promise<AuditInput> {
    const config = (request.routeOptions?.config ?? {}) as AuditRouteConfig;
    const route = request.routeOptions?.url ?? request.url;
    const action = config.auditAction ?? `${request.method.toLowerCase()} ${route}`;
    const trail = request.audit ?? {};
    const actor = trail.actor ?? (await this.actorOf(request, action));
    const params = (request.params ?? {}) as Record<string, unknown>;
    const target = trail.target ?? params['uscc'] ?? params['id'] ?? null;
    const error = status >= 400 ? (request.auditError ?? fallbackError(status)) : null;
    const userAgent = request.headers['user-agent'];
    return {
      actorId: actor.id,
      actor: actor.username,
      roles: actor.roles,
      countyCode: actor.countyCode,
      action,
      method: request.method,
      path: request.url,
      target: typeof target === 'string' ? target : null,
      status,
      errorCode: error?.code ?? null,
      errorMessage: error?.message ?? null,
      before: trail.before ?? null,
      after: trail.after ?? null,
      request: request.body ?? null,
      ip: request.ip ?? null,
      userAgent: typeof userAgent === 'string' ? userAgent : null,
    };
  }

  /**
   * Who: the signed-in user; else the account a genuinely signed token names (expired, idle or revoked
   * sessions included — the signature proves who holds it); else, on the login route, the name presented;
   * else anonymous (no token, or a forged one).
   */
  private async actorOf(
    request: AuditedRequest,
    action: string,
  ): Promise<{ id: string | null; username: string; roles: string[]; countyCode: string | null }> {
    const user = request.user;
    if (user) return { id: user.id, username: user.username, roles: [...user.roles], countyCode: user.countyCode };
    const header = request.headers.authorization;
    if (typeof header === 'string' && /^Bearer\s+\S+$/i.test(header)) {
      const claims = await this.auth.identify(header.replace(/^Bearer\s+/i, ''));
      if (claims) return { id: claims.sub, username: claims.username, roles: claims.roles, countyCode: claims.county };
    }
    const body = request.body as { username?: unknown } | null | undefined;
    if (action === LOGIN_ACTION && typeof body === 'object' && body !== null && typeof body.username === 'string' && body.username.trim()) {
      return { id: null, username: body.username.trim(), roles: [], countyCode: null };
    }
    return { id: null, username: 'anonymous', roles: [], countyCode: null };
  }
}

function fallbackError(status: number): ErrorPayload {
  const code = status === 401 ? 'UNAUTHORIZED' : status === 403 ? 'FORBIDDEN' : status === 404 ? 'NOT_FOUND' : status >= 500 ? 'INTERNAL' : 'MALFORMED_REQUEST';
  return { code, message: errorCodeInfo(code).zh };
}
