/**
 * Typed `Api.*` namespaces of the gateway's HTTP API (docs/http-api.md), cf. soybean `src/typings/api/*.d.ts`.
 * Payloads and results come from `@ladder/contracts` (the wire format), as types only; the console never imports
 * libs/policy.
 */
import type {
  AnnualDataDto,
  AnnualDataRecord,
  AnnualFacts,
  AssessmentDto,
  AssessmentRequest,
  AssessmentRowDto,
  AssignLiaisonBody,
  CertificationDto,
  CertificationQuery,
  CertificationStatus,
  ChangeLogEntryDto,
  ConditionResultDto,
  ConditionStatus,
  CreateEnterpriseRequest,
  CreateRecommendationBody,
  DimensionResultDto,
  EnterpriseDto,
  EnterprisePatch,
  EnterpriseProfile,
  EnterpriseStatus,
  EvaluationDto,
  EvaluationResultDto,
  EvaluationSummaryDto,
  EvaluationTypeValue,
  ImportJobDto,
  ImportRowErrorDto,
  ImportStatus,
  IndicatorResultDto,
  JobDiffsQuery,
  JobDto,
  LiaisonQuery,
  LiaisonRowDto,
  Page,
  PendingConfirmationDto,
  PoolEntryDto,
  PoolQuery,
  PoolSummaryDto,
  RecommendationDto,
  RecommendationQuery,
  RecommendationStatus,
  RecordCertificationBody,
  RecordOutcomeBody,
  RegistryStatsDto,
  RenewCertificationBody,
  RequirementDto,
  ReviewRecommendationBody,
  RevokeCertificationBody,
  RuleVersionDto,
  RunEvaluationBody,
  ScoreResultDto,
  ShadowDiffDto,
  StartJobBody,
  TargetRowDto,
  TargetsDto,
  TierDecision,
  TierDistanceDto,
  TierResultDto,
  TitleHeld,
  TitleStatusDto,
  UsccCheckDto,
  WhatIfBody,
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

    namespace Tiering {
      type EvaluationType = EvaluationTypeValue;
      type Decision = TierDecision;
      type Status = ConditionStatus;
      type Evaluation = EvaluationDto;
      type EvaluationSummary = EvaluationSummaryDto;
      /** The evaluation result as libs/policy produces it (also the what-if answer). */
      type Result = EvaluationResultDto;
      type TierOutcome = TierResultDto;
      type Condition = ConditionResultDto;
      type Score = ScoreResultDto;
      type Dimension = DimensionResultDto;
      type Indicator = IndicatorResultDto;
      type TierRequirement = RequirementDto;
      type Title = TitleStatusDto;
      type Pending = PendingConfirmationDto;
      type Distance = TierDistanceDto;
      type PoolEntry = PoolEntryDto;
      type PoolSummary = PoolSummaryDto;
      type Recommendation = RecommendationDto;
      type RecommendationState = RecommendationStatus;
      type Certification = CertificationDto;
      type CertificationState = CertificationStatus;
      type Job = JobDto;
      type JobKind = JobDto['kind'];
      type ShadowDiff = ShadowDiffDto;
      type Targets = TargetsDto;
      type TargetRow = TargetRowDto;
      type Assessment = AssessmentDto;
      type AssessmentRow = AssessmentRowDto;
      type AssessmentPeriod = AssessmentDto['period'];
      type LiaisonRow = LiaisonRowDto;
      type CadreRank = AssignLiaisonBody['cadreRank'];
      type Profile = EnterpriseProfile;
      type ProfileYear = AnnualDataRecord;
      type ProfileTitle = TitleHeld;

      /** GET /tiering/rule-versions (tiering answers `tiering.rule-version.list`). */
      type RuleVersion = RuleVersionDto;

      // Request bodies are the contract's `…Body` classes: what the gateway validates and documents.
      /** POST /tiering/enterprises/:uscc/evaluation. */
      type RunEvaluationRequest = RunEvaluationBody;
      /** POST /tiering/what-if. */
      type WhatIfRequest = WhatIfBody;

      type PoolFilters = Omit<PoolQuery, 'actor' | 'page' | 'pageSize'>;
      type PoolListQuery = PoolFilters & Common.PageQuery;
      type RecommendationListQuery = Omit<RecommendationQuery, 'actor'>;
      type CertificationListQuery = Omit<CertificationQuery, 'actor'>;
      type LiaisonListQuery = Omit<LiaisonQuery, 'actor'>;
      type DiffsQuery = JobDiffsQuery;
      type AssessmentQuery = Omit<AssessmentRequest, 'actor'>;

      type CreateRecommendation = CreateRecommendationBody;
      type ReviewRecommendation = ReviewRecommendationBody;
      type RecordOutcome = RecordOutcomeBody;
      type RecordCertification = RecordCertificationBody;
      type RenewCertification = RenewCertificationBody;
      type RevokeCertification = RevokeCertificationBody;
      type StartJob = StartJobBody;
      type AssignLiaison = AssignLiaisonBody;
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
        /** Why a call failed: the message its caller got (denied calls are audited too). */
        errorMessage?: string | null;
        before: unknown;
        after: unknown;
        ip: string | null;
        userAgent?: string | null;
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
