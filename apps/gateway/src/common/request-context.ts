import { serviceDepartmentOfName } from '@ladder/contracts';
import type { Actor } from '@ladder/contracts';
import type { Permission, Role } from '@ladder/shared-permissions';
import type { FastifyRequest } from 'fastify';

/** The signed-in user as the guard resolved it (from the database, at most `AUTH_CACHE_SECONDS` old). */
export interface CurrentUser {
  readonly id: string;
  readonly sessionId: string;
  readonly username: string;
  readonly displayName: string;
  readonly department: string | null;
  readonly roles: Role[];
  readonly countyCode: string | null;
  readonly permissions: Permission[];
}

/** What a handler tells the audit hook about the change it made. */
export interface AuditTrail {
  target?: string;
  before?: unknown;
  after?: unknown;
  /** Override of the acting user, for login/logout where the guard did not run. */
  actor?: { id: string | null; username: string; roles: string[]; countyCode: string | null };
}

export type LadderRequest = FastifyRequest & { user?: CurrentUser; audit?: AuditTrail };

export function actorOf(user: CurrentUser): Actor {
  // The service-desk department of the account, from its department's name (SERVICE_DEPARTMENTS): what a
  // department handler (dept-handler) is confined to.
  const department = serviceDepartmentOfName(user.department);
  return {
    userId: user.id,
    username: user.username,
    roles: [...user.roles],
    ...(user.countyCode ? { countyCode: user.countyCode } : {}),
    ...(department ? { departmentCode: department.code } : {}),
  };
}
