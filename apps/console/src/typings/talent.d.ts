/**
 * `Api.Talent` — the 人才支持 part of the gateway's HTTP API (docs/talent.md §6). Merged into the global `Api`
 * namespace of `api.d.ts`; DTOs from `@ladder/contracts` (the wire format), as types only.
 */
import type {
  AttendanceImportResultDto,
  CoverageDto,
  EnrolmentDto,
  NominationRoundDto,
  PersonDto,
  ProgrammeDto,
  SessionDto,
  TalentCaseDto,
  TalentCaseKind,
  TalentCaseStatus,
  TalentEnterpriseDto,
  TalentEntitlementsDto,
  TalentMeasureCode,
  TalentMeasureDto,
  TalentScopeEntryDto,
  TalentTitleHistoryDto,
} from '@ladder/contracts';

declare global {
  namespace Api {
    namespace Talent {
      type Entitlements = TalentEntitlementsDto;
      type Measure = TalentMeasureDto;
      type MeasureCode = TalentMeasureCode;
      type Enterprise = TalentEnterpriseDto;
      type TitleHistory = TalentTitleHistoryDto;
      type ScopeEntry = TalentScopeEntryDto;
      type Person = PersonDto;
      type Programme = ProgrammeDto;
      type Session = SessionDto;
      type Enrolment = EnrolmentDto;
      type ImportResult = AttendanceImportResultDto;
      type Coverage = CoverageDto;
      type Case = TalentCaseDto;
      type CaseKind = TalentCaseKind;
      type CaseStatus = TalentCaseStatus;
      type Round = NominationRoundDto;

      interface ScopeListQuery extends Common.PageQuery {
        measure: TalentMeasureCode;
        date?: string;
        county?: string;
      }
      interface PersonQuery extends Common.PageQuery {
        uscc?: string;
        county?: string;
        name?: string;
      }
      interface ProgrammeQuery extends Common.PageQuery {
        year?: number;
      }
      interface CaseQuery extends Common.PageQuery {
        kind?: TalentCaseKind;
        status?: TalentCaseStatus;
        roundId?: string;
      }
      interface CoverageQuery {
        year: number;
        county?: string;
      }
      interface PersonBody {
        name: string;
        residentId: string;
        uscc: string;
        phone?: string;
        position?: string;
      }
      interface ProgrammeBody {
        title: string;
        topic: string;
        organiser: string;
        management: boolean;
        startsOn: string;
        endsOn: string;
        capacity: number;
      }
      interface CaseBody {
        kind: TalentCaseKind;
        personId: string;
        appliedOn?: string;
        specialty?: string;
        level?: string;
        roundId?: string;
      }
      interface RoundBody {
        kind: 'model-worker' | 'bamin-talent';
        year: number;
        title: string;
        opensOn: string;
        closesOn: string;
      }
    }
  }
}

export {};
