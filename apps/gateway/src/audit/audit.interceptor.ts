import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { Observable, catchError, tap, throwError } from 'rxjs';

import { AUDIT_ACTION } from '../auth/auth.decorators';
import { toHttpError } from '../common/http-exception.filter';
import type { LadderRequest } from '../common/request-context';
import { AuditService } from './audit.service';

const SECRET_KEYS = /password|secret|token/i;
const MAX_REQUEST_CHARS = 4_000;

function scrub(value: unknown, depth = 0): unknown {
  if (depth > 4) return '…';
  if (Buffer.isBuffer(value)) return `<${value.length} bytes>`;
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => scrub(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '******' : scrub(v, depth + 1)]),
    );
  }
  return value;
}

function bounded(value: unknown): unknown {
  const text = JSON.stringify(value ?? null);
  return text.length > MAX_REQUEST_CHARS ? { truncated: text.slice(0, MAX_REQUEST_CHARS) } : value;
}

/**
 * Writes one audit entry for every state-changing call (any method but GET/HEAD/OPTIONS), successful or
 * not: who, when, what (action, path, target), before/after when the handler reports them, and the result.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<LadderRequest>();
    if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return next.handle();
    const action =
      this.reflector.get<string | undefined>(AUDIT_ACTION, context.getHandler()) ??
      `${request.method.toLowerCase()} ${request.routeOptions?.url ?? request.url}`;
    const write = (status: number, errorCode: string | null): void => {
      const trail = request.audit ?? {};
      const user = request.user;
      const actor = trail.actor ?? {
        id: user?.id ?? null,
        username: user?.username ?? 'anonymous',
        roles: user?.roles ?? [],
        countyCode: user?.countyCode ?? null,
      };
      const params = (request.params ?? {}) as Record<string, string>;
      void this.audit.record({
        actorId: actor.id,
        actor: actor.username.slice(0, 64),
        roles: [...actor.roles],
        countyCode: actor.countyCode,
        action: action.slice(0, 64),
        method: request.method,
        path: request.url.slice(0, 300),
        target: (trail.target ?? params['uscc'] ?? params['id'] ?? null)?.toString().slice(0, 100) ?? null,
        result: status < 400 ? 'success' : 'failure',
        status,
        errorCode,
        before: trail.before ?? null,
        after: trail.after ?? null,
        request: bounded(scrub(request.body)),
        ip: request.ip ?? null,
      });
    };
    return next.handle().pipe(
      tap(() => write(defaultStatus(request.method, context, this.reflector), null)),
      catchError((error: unknown) => {
        const { status, body } = toHttpError(error);
        write(status, body.code);
        return throwError(() => error);
      }),
    );
  }
}

/** The status Nest will send: @HttpCode when set, else 201 for POST and 200 otherwise. */
function defaultStatus(method: string, context: ExecutionContext, reflector: Reflector): number {
  const explicit = reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler());
  if (explicit) return explicit;
  return method === 'POST' ? 201 : 200;
}
