import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
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

/** Names the action in the audit log (default: METHOD + route). */
export const AuditAction = (action: string): MethodDecorator => SetMetadata(AUDIT_ACTION, action);

export const User = createParamDecorator((_data: unknown, ctx: ExecutionContext): CurrentUser => {
  const request = ctx.switchToHttp().getRequest<LadderRequest>();
  if (!request.user) throw new Error('User decorator used on a public route');
  return request.user;
});
