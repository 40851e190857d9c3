import { ExecutionContext, SetMetadata, applyDecorators, createParamDecorator } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { Permission } from '@ladder/shared-permissions';

import type { CurrentUser, LadderRequest } from '../common/request-context';

export const IS_PUBLIC = 'ladder:public';
export const REQUIRED_PERMISSIONS = 'ladder:permissions';
export const AUDIT_ACTION = 'ladder:audit-action';

/** No sign-in needed (login, health, OpenAPI). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** The caller needs at least one of these permissions. */
export const RequirePermission = (...permissions: Permission[]): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_PERMISSIONS, permissions);

/** What a route tells the audit hook through Fastify's route config (readable even when the guard refused). */
export interface AuditRouteConfig {
  readonly auditAction?: string;
}

/**
 * Names the action in the audit log (default: METHOD + route). Also put on the Fastify route, so a call the
 * guard, the validation pipe or the body parser refused is logged under the same name.
 */
export const AuditAction = (action: string): MethodDecorator =>
  applyDecorators(SetMetadata(AUDIT_ACTION, action), RouteConfig({ auditAction: action } satisfies AuditRouteConfig));

export const User = createParamDecorator((_data: unknown, ctx: ExecutionContext): CurrentUser => {
  const request = ctx.switchToHttp().getRequest<LadderRequest>();
  if (!request.user) throw new Error('User decorator used on a public route');
  return request.user;
});
