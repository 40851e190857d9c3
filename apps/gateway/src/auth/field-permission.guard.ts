import { CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasPermission } from '@ladder/shared-permissions';
import type { Permission } from '@ladder/shared-permissions';

import { ApiError } from '../common/http-error';
import type { LadderRequest } from '../common/request-context';

const PERMISSION_BY_FIELD = 'ladder:permission-by-field';

/** The permission one value of the field needs, and the refusal the caller reads. */
export interface FieldPermission {
  readonly permission: Permission;
  readonly refusal: string;
}

interface PermissionByFieldRule {
  readonly field: string;
  readonly cases: Readonly<Record<string, FieldPermission>>;
  readonly otherwise: string;
}

/**
 * The route needs a permission that depends on one field of the JSON body, e.g. an approval's `step`: business
 * (市工信局) or finance (市财政局). `cases` covers every value of the field (the compiler checks it against the body
 * class); a missing or unknown value needs the `otherwise` case, and the validation pipe then refuses the body.
 */
export function RequirePermissionByField<Body, Key extends keyof Body & string>(
  field: Key,
  cases: Readonly<Record<Extract<Body[Key], string>, FieldPermission>>,
  otherwise: Extract<Body[Key], string>,
): MethodDecorator {
  const rule: PermissionByFieldRule = { field, cases, otherwise };
  return applyDecorators(SetMetadata(PERMISSION_BY_FIELD, rule), UseGuards(FieldPermissionGuard));
}

/** Runs after the global AuthGuard (which signed the user in and checked the route's own permissions). */
@Injectable()
export class FieldPermissionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const rule = this.reflector.get<PermissionByFieldRule | undefined>(PERMISSION_BY_FIELD, context.getHandler());
    if (!rule) return true;
    const request = context.switchToHttp().getRequest<LadderRequest>();
    const payload: unknown = request.body;
    const value = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)[rule.field] : undefined;
    const key = typeof value === 'string' && Object.hasOwn(rule.cases, value) ? value : rule.otherwise;
    const needed = rule.cases[key];
    if (!needed) throw new Error(`permission rule of ${rule.field} has no case ${rule.otherwise}`);
    if (!request.user || !hasPermission(request.user.permissions, needed.permission)) {
      throw new ApiError('FORBIDDEN', needed.refusal);
    }
    return true;
  }
}
