import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Permission } from '@ladder/shared-permissions';

import { ApiError } from '../common/http-error';
import type { LadderRequest } from '../common/request-context';
import { IS_PUBLIC, REQUIRED_PERMISSIONS } from './auth.decorators';
import { AuthService } from './auth.service';

/**
 * Global guard: every route needs a valid bearer token with a live session, unless @Public(); then the
 * route's @RequirePermission codes (shared with the console) are checked against the account's roles.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<LadderRequest>();
    const header = request.headers.authorization;
    if (!header || !/^Bearer\s+\S+$/i.test(header)) throw new ApiError('UNAUTHORIZED', '请先登录');
    request.user = await this.auth.authenticate(header.replace(/^Bearer\s+/i, ''));
    const required = this.reflector.getAllAndOverride<Permission[] | undefined>(REQUIRED_PERMISSIONS, targets);
    if (required && required.length > 0 && !required.some((p) => request.user!.permissions.includes(p))) {
      throw new ApiError('FORBIDDEN', '您的角色无权执行该操作');
    }
    return true;
  }
}
