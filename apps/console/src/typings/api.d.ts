/**
 * Typed `Api.*` namespaces of the gateway's HTTP API (docs/http-api.md), cf. soybean `src/typings/api/*.d.ts`.
 * Registry payloads come from `@ladder/contracts` as types only.
 */
import type {
  AnnualDataDto,
  AnnualFacts,
  ChangeLogEntryDto,
  CreateEnterpriseRequest,
  EnterpriseDto,
  EnterprisePatch,
  EnterpriseStatus,
  ImportJobDto,
  ImportRowErrorDto,
  ImportStatus,
  Page,
  RegistryStatsDto,
  UsccCheckDto,
} from '@ladder/contracts';
import type { IndustryChainCode, IndustryGroup, PoolCategory, SizeClass, Tier } from '@ladder/shared-domain';
import type { Permission, Role, RoleDefinition } from '@ladder/shared-permissions';

declare global {
  namespace Api {
    namespace Common {
      type PageResult<T> = Page<T>;
      interface PageQuery {
        page?: number;
        pageSize?: number;
      }
    }

    namespace Auth {
      interface User {
        id: string;
        username: string;
        displayName: string;
        department: string | null;
        roles: Role[];
        countyCode: string | null;
        permissions: Permission[];
      }
      interface LoginRequest {
        username: string;
        password: string;
      }
      interface LoginResponse {
        accessToken: string;
        /** Seconds. */
        expiresIn: number;
        user: User;
      }
      interface ChangePasswordRequest {
        oldPassword: string;
        newPassword: string;
      }
    }

    namespace Enterprise {
      type Enterprise = EnterpriseDto;
      type Status = EnterpriseStatus;
      type Facts = AnnualFacts;
      type AnnualData = AnnualDataDto;
      type ChangeLogEntry = ChangeLogEntryDto;
      type ImportJob = ImportJobDto;
      type ImportJobStatus = ImportStatus;
      type ImportRowError = ImportRowErrorDto;
      type Stats = RegistryStatsDto;

      interface ListQuery extends Common.PageQuery {
        county?: string;
        industryGroup?: IndustryGroup;
        chain?: IndustryChainCode;
        sizeClass?: SizeClass;
        tier?: Tier | 'none';
        category?: PoolCategory | 'none';
        status?: EnterpriseStatus | 'all';
        q?: string;
        sort?: 'name' | '-name' | 'updatedAt' | '-updatedAt' | 'uscc' | 'countyCode';
      }
      /** The filters of the list without paging (export). */
      type Filters = Omit<ListQuery, 'page' | 'pageSize' | 'sort'>;

      /** POST /enterprises: `CreateEnterpriseRequest` minus `actor`. */
      type CreateRequest = Omit<CreateEnterpriseRequest, 'actor'>;

      /** PATCH /enterprises/:uscc. `null` clears an optional field. */
      type UpdateRequest = { [K in keyof EnterprisePatch]?: EnterprisePatch[K] | null } & {
        expectedVersion?: number;
      };

      /** GET /enterprises/check-uscc (the HTTP answer adds `exists` to UsccCheckDto). */
      type UsccCheck = UsccCheckDto & { exists: boolean };

      interface ReasonRequest {
        reason: string;
      }

      interface SubmitAnnualDataRequest {
        facts: AnnualFacts;
      }
    }

    namespace System {
      interface Account extends Auth.User {
        disabled: boolean;
        lockedUntil: string | null;
        failedLogins: number;
        lastLoginAt: string | null;
        createdAt: string;
      }
      interface CreateAccountRequest {
        username: string;
        displayName: string;
        department?: string;
      }
      interface CreateAccountResponse {
        account: Account;
        initialPassword: string;
      }
      interface UpdateAccountRequest {
        displayName?: string;
        department?: string;
        disabled?: boolean;
      }
      interface ResetPasswordResponse {
        password: string;
      }
      interface AssignRolesRequest {
        roles: Role[];
        countyCode?: string;
      }
      type RoleInfo = RoleDefinition;

      type AuditResult = 'success' | 'failure';
      interface AuditEntry {
        id: string | number;
        at: string;
        actor: string;
        roles: Role[];
        countyCode: string | null;
        action: string;
        method: string;
        path: string;
        target: string | null;
        result: AuditResult;
        status: number;
        errorCode: string | null;
        before: unknown;
        after: unknown;
        ip: string | null;
      }
      interface AuditQuery extends Common.PageQuery {
        actor?: string;
        action?: string;
        result?: AuditResult;
        from?: string;
        to?: string;
      }
      type AuditFilters = Omit<AuditQuery, 'page' | 'pageSize'>;

      interface ServiceHealth {
        status: string;
        latencyMs?: number | null;
        outboxBacklog?: number | null;
      }
      interface Health {
        status: string;
        nats: string | boolean;
        services: Record<string, ServiceHealth | undefined> & { registry?: ServiceHealth };
      }
    }
  }
}

export {};
