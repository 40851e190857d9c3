import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApproveEntitlementBody } from '@ladder/contracts';
import { PERM } from '@ladder/shared-permissions';
import type { Permission } from '@ladder/shared-permissions';

import { ApiError } from '../common/http-error';
import type { CurrentUser } from '../common/request-context';
import { FieldPermissionGuard, RequirePermissionByField } from './field-permission.guard';

class ApprovalRoutes {
  @RequirePermissionByField<ApproveEntitlementBody, 'step'>(
    'step',
    {
      business: { permission: PERM.subsidies.review, refusal: '业务审核须由市工信局审核人办理' },
      finance: { permission: PERM.subsidies.finance, refusal: '财政审核须由市财政局审核人办理' },
    },
    'business',
  )
  approve(): string {
    return 'approved';
  }

  other(): string {
    return 'other';
  }
}

function user(permissions: Permission[]): CurrentUser {
  return { id: 'u-1', sessionId: 's-1', username: 'u', displayName: 'U', department: null, roles: [], countyCode: null, permissions };
}

function contextOf(handler: () => string, request: { user?: CurrentUser; body?: unknown }): ExecutionContext {
  return {
    getHandler: () => handler,
    getClass: () => ApprovalRoutes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}

function refusal(run: () => boolean): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return ((error as ApiError).getResponse() as { message: string }).message;
  }
}

describe('FieldPermissionGuard', () => {
  const guard = new FieldPermissionGuard(new Reflector());
  const approve = ApprovalRoutes.prototype.approve;
  const finance = user([PERM.subsidies.read, PERM.subsidies.finance]);
  const business = user([PERM.subsidies.read, PERM.subsidies.review]);

  it('should let a finance reviewer take the finance step and refuse the business step when the body names it', () => {
    // Act / Assert
    expect(guard.canActivate(contextOf(approve, { user: finance, body: { step: 'finance' } }))).toBe(true);
    expect(refusal(() => guard.canActivate(contextOf(approve, { user: finance, body: { step: 'business' } })))).toBe(
      '业务审核须由市工信局审核人办理',
    );
  });

  it('should let a business reviewer take the business step and refuse the finance step when the body names it', () => {
    // Act / Assert
    expect(guard.canActivate(contextOf(approve, { user: business, body: { step: 'business' } }))).toBe(true);
    expect(refusal(() => guard.canActivate(contextOf(approve, { user: business, body: { step: 'finance' } })))).toBe(
      '财政审核须由市财政局审核人办理',
    );
  });

  it.each([undefined, null, 'x', { step: 'toString' }, { step: 7 }, {}])(
    'should require the business permission when the body is %p',
    (body) => {
      // Act / Assert
      expect(refusal(() => guard.canActivate(contextOf(approve, { user: finance, body })))).toBe('业务审核须由市工信局审核人办理');
      expect(guard.canActivate(contextOf(approve, { user: business, body }))).toBe(true);
    },
  );

  it('should not interfere when the route has no rule', () => {
    // Act / Assert
    expect(guard.canActivate(contextOf(ApprovalRoutes.prototype.other, { user: user([]), body: { step: 'finance' } }))).toBe(true);
  });
});
