/**
 * `Api.Servicedesk` — the 政企直通车 part of the gateway's HTTP API (docs/servicedesk.md). Merged into the global
 * `Api` namespace of `api.d.ts`; DTOs and bodies from `@ladder/contracts` (the wire format), as types only.
 */
import type {
  AppealCategory,
  AppealDto,
  AppealStatus,
  AppealStepDto,
  DecideCommitmentBody,
  HoldMeetingBody,
  LogVisitBody,
  MeetingDto,
  RaiseAppealBody,
  RateAppealBody,
  RequestCommitmentBody,
  ServiceDepartment,
  ServiceNoticeDto,
  SlaClockDto,
  SlaClockKind,
  SlaClockStateDto,
  SlaScanResultDto,
  StatisticsDto,
  StatisticsRowDto,
  UnvisitedEnterpriseDto,
  VisitDto,
} from '@ladder/contracts';

declare global {
  namespace Api {
    namespace Servicedesk {
      type Department = ServiceDepartment;
      type Category = AppealCategory;
      type Status = AppealStatus;
      type Appeal = AppealDto;
      type Step = AppealStepDto;
      type Clock = SlaClockDto;
      type ClockKind = SlaClockKind;
      type ClockState = SlaClockStateDto;
      type Notice = ServiceNoticeDto;
      type ScanResult = SlaScanResultDto;
      type Visit = VisitDto;
      type Meeting = MeetingDto;
      type Unvisited = UnvisitedEnterpriseDto;
      type Statistics = StatisticsDto;
      type StatisticsRow = StatisticsRowDto;
      type GroupBy = StatisticsDto['groupBy'];
      type CommitmentRequest = RequestCommitmentBody;
      type CommitmentDecision = DecideCommitmentBody;
      type Rating = RateAppealBody;
      /** 诉求登记, 走访记录, 面对面协调会 (the contract's bodies). */
      type RaiseRequest = RaiseAppealBody;
      type VisitRequest = LogVisitBody;
      type MeetingRequest = HoldMeetingBody;

      interface AppealFilters {
        status?: AppealStatus;
        departmentCode?: string;
        countyCode?: string;
        uscc?: string;
        category?: AppealCategory;
        overdue?: boolean;
      }
      interface AppealQuery extends AppealFilters, Common.PageQuery {}
      interface VisitQuery extends Common.PageQuery {
        year?: number;
        uscc?: string;
        countyCode?: string;
      }
      interface StatisticsQuery {
        from: string;
        to: string;
        groupBy: StatisticsDto['groupBy'];
      }
    }
  }
}

export {};
