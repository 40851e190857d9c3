import type { AppealCategory, AppealStatus } from './servicedesk.departments';

// What the servicedesk service answers (plain interfaces: results, not payloads to validate).

export type SlaClockKind = 'acknowledge' | 'answer' | 'resolve';
export type SlaClockStateDto = 'running' | 'paused' | 'met-on-time' | 'met-late' | 'overdue';

/** One SLA clock of the current cycle, on the working-day calendar. */
export interface SlaClockDto {
  kind: SlaClockKind;
  kindZh: string;
  startedOn: string;
  workingDays: number;
  pausedWorkingDays: number;
  /** Null while the appeal waits for the enterprise (the deadline moves as long as the wait lasts). */
  dueOn: string | null;
  warnOn: string | null;
  committed: boolean;
  metOn: string | null;
  state: SlaClockStateDto;
  workingDaysLate: number;
  /** Running clocks: working days left after today up to the deadline (0 = due today); otherwise null. */
  workingDaysLeft: number | null;
  /** Counted Monday–Friday for a year whose holiday notice is not loaded: recomputed when it is. */
  provisional: boolean;
  provisionalNote: string | null;
  explanation: string;
}

/** One step of an appeal: who, when, what. */
export interface AppealStepDto {
  at: string;
  on: string;
  action:
    | 'raised'
    | 'routed'
    | 'acknowledged'
    | 'waiting'
    | 'resumed'
    | 'answered'
    | 'commitment-requested'
    | 'commitment-approved'
    | 'commitment-rejected'
    | 'resolved'
    | 'rated'
    | 'reopened'
    | 'transferred'
    | 'warning'
    | 'escalated';
  actionZh: string;
  by: string;
  departmentCode: string | null;
  text: string;
}

export interface AppealCommitmentDto {
  committedDate: string;
  reason: string;
  requestedBy: string;
  requestedById: string;
  status: 'pending' | 'approved' | 'rejected';
  decidedBy: string | null;
  decidedOn: string | null;
}

export interface AppealDto {
  id: string;
  /** 诉求编号, e.g. ZQ2026-00012. */
  number: string;
  uscc: string;
  enterpriseName: string;
  countyCode: string;
  category: AppealCategory;
  categoryZh: string;
  title: string;
  description: string;
  raisedBy: string;
  raisedByRole: 'liaison' | 'enterprise-contact';
  contactPhone: string | null;
  /** overdue: opened by a procurement.payment.overdue-detected event; originId is the contract's id. */
  origin: 'direct' | 'visit' | 'meeting' | 'overdue';
  originId: string | null;
  status: AppealStatus;
  statusZh: string;
  departmentCode: string | null;
  departmentName: string | null;
  waitingForEnterprise: boolean;
  receivedOn: string;
  routedOn: string | null;
  resolvedOn: string | null;
  /** 1–5, the last rating. */
  satisfaction: number | null;
  /** How many times the clocks were restarted (transfer, reopening). */
  cycle: number;
  reopenCount: number;
  answer: string | null;
  result: string | null;
  commitment: AppealCommitmentDto | null;
  clocks: SlaClockDto[];
  /** Any clock of this cycle counted provisionally. */
  provisional: boolean;
  timeline: AppealStepDto[];
  version: number;
}

export interface VisitDto {
  id: string;
  uscc: string;
  enterpriseName: string;
  countyCode: string;
  visitedOn: string;
  cadreName: string;
  cadreUnit: string | null;
  summary: string;
  appealIds: string[];
  recordedBy: string;
}

export interface MeetingDto {
  id: string;
  title: string;
  heldOn: string;
  countyCode: string | null;
  participants: string[];
  enterprises: string[];
  decisions: string[];
  appealIds: string[];
  recordedBy: string;
}

/** A 专精特新 (or 小巨人) enterprise without a visit in the year. */
export interface UnvisitedEnterpriseDto {
  uscc: string;
  name: string;
  countyCode: string;
  titles: string[];
  liaison: string | null;
  lastVisitOn: string | null;
}

/** A console notice: a warning before, or an escalation after, an SLA deadline. */
export interface ServiceNoticeDto {
  id: string;
  appealId: string;
  appealNumber: string;
  level: 'warning' | 'escalated';
  kind: SlaClockKind;
  dueOn: string;
  departmentCode: string;
  text: string;
  createdAt: string;
}

export interface SlaScanResultDto {
  today: string;
  scanned: number;
  warnings: number;
  escalations: number;
  /** Already sent for the same appeal, cycle and deadline (a second run of the job). */
  alreadySent: number;
}

/** One row of statistics: 办结率 = resolved ÷ received (appeals received in the period). */
export interface StatisticsRowDto {
  key: string;
  label: string;
  received: number;
  resolved: number;
  /** resolved ÷ received, 0…1, 4 decimals; null when nothing was received. */
  resolutionRate: number | null;
  resolvedOnTime: number;
  /** on time ÷ resolved; null when none resolved. */
  onTimeRate: number | null;
  /** Average working days from receipt to resolution (2 decimals). */
  avgWorkingDaysToResolve: number | null;
  rated: number;
  /** Average 1–5 rating (2 decimals). */
  avgSatisfaction: number | null;
  overdueOpen: number;
}

export interface StatisticsDto {
  from: string;
  to: string;
  groupBy: 'department' | 'county' | 'month';
  rows: StatisticsRowDto[];
  total: StatisticsRowDto;
  /** Some working-day count was provisional (a year without its notice). */
  provisional: boolean;
  note: string;
}
