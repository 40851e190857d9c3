/**
 * 政企直通车 display helpers: code → label through vue-i18n (`servicedesk.*`), tag colours, the clock that matters
 * next, rates as percentages. Departments come from the API (`/servicedesk/departments`, the contracts' dated list),
 * cached once per session.
 */
import { shallowRef } from 'vue';
import type { ShallowRef } from 'vue';

import { listDepartments } from '@/api/servicedesk';
import { hasMessage, translate } from '@/locales';

import { EMPTY_TEXT } from './format';
import type { Option } from './labels';

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info';

export const APPEAL_CATEGORY_CODES = [
  'finance',
  'land',
  'talent',
  'market',
  'policy',
  'payment-arrears',
  'other',
] as const;
export const APPEAL_STATUS_CODES = [
  'submitted',
  'routed',
  'acknowledged',
  'answered',
  'resolved',
  'closed',
] as const;
/** The states a department still has work in. */
export const OPEN_STATUSES: readonly Api.Servicedesk.Status[] = ['routed', 'acknowledged', 'answered'];

function label(group: string, code: string | null | undefined): string {
  if (!code) return EMPTY_TEXT;
  const key = `servicedesk.${group}.${code}`;
  return hasMessage(key) ? translate(key) : code;
}

export const categoryLabel = (c: string | null | undefined): string => label('category', c);
export const statusLabel = (s: string | null | undefined): string => label('status', s);
export const clockKindLabel = (k: string | null | undefined): string => label('clockKind', k);
export const clockStateLabel = (s: string | null | undefined): string => label('clockState', s);
export const levelLabel = (l: string | null | undefined): string => label('level', l);
export const originLabel = (o: string | null | undefined): string => label('origin', o);
export const raisedByRoleLabel = (r: string | null | undefined): string => label('raisedByRole', r);

export function isAppealStatus(value: unknown): value is Api.Servicedesk.Status {
  return typeof value === 'string' && (APPEAL_STATUS_CODES as readonly string[]).includes(value);
}

export function isAppealCategory(value: unknown): value is Api.Servicedesk.Category {
  return typeof value === 'string' && (APPEAL_CATEGORY_CODES as readonly string[]).includes(value);
}

export function categoryOptions(): Option[] {
  return APPEAL_CATEGORY_CODES.map((c) => ({ value: c, label: categoryLabel(c) }));
}

export function statusOptions(): Option[] {
  return APPEAL_STATUS_CODES.map((s) => ({ value: s, label: statusLabel(s) }));
}

export function statusTagType(status: string): TagType {
  switch (status) {
    case 'submitted':
      return 'warning';
    case 'routed':
    case 'acknowledged':
      return 'primary';
    case 'answered':
      return 'info';
    default:
      return 'success';
  }
}

export function clockStateTagType(state: Api.Servicedesk.ClockState): TagType {
  switch (state) {
    case 'overdue':
    case 'met-late':
      return 'danger';
    case 'paused':
      return 'warning';
    case 'met-on-time':
      return 'success';
    default:
      return 'primary';
  }
}

/** The clock to watch: the first one not yet met (overdue or running or paused), or null when all are met. */
export function nextClock(appeal: Pick<Api.Servicedesk.Appeal, 'clocks'>): Api.Servicedesk.Clock | null {
  return (
    appeal.clocks.find((c) => c.state === 'overdue' || c.state === 'running' || c.state === 'paused') ?? null
  );
}

/** Any clock of the current cycle overdue or met late. */
export function isLate(appeal: Pick<Api.Servicedesk.Appeal, 'clocks'>): boolean {
  return appeal.clocks.some((c) => c.state === 'overdue' || c.state === 'met-late');
}

/** 0.8333 → `83.33%` (the same text as the gateway's Excel export); null → `—`. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return EMPTY_TEXT;
  return `${(rate * 100).toFixed(2)}%`;
}

/** An average as the API gave it (already rounded to 2 decimals there, as in the Excel); null → `—`. */
export function formatAverage(value: number | null | undefined): string {
  return value === null || value === undefined ? EMPTY_TEXT : String(value);
}

const departments: ShallowRef<readonly Api.Servicedesk.Department[]> = shallowRef([]);
let loading: Promise<void> | null = null;

/** The departments (loaded once); reactive, so labels re-render when they arrive. */
export function useDepartments(): ShallowRef<readonly Api.Servicedesk.Department[]> {
  if (!loading) {
    loading = listDepartments({ notify: false }).then(
      (list) => {
        departments.value = list;
      },
      () => {
        loading = null;
      },
    );
  }
  return departments;
}

/** The short name of a department (市金融监管局, 三元区); the code itself only if the list does not know it. */
export function departmentLabel(
  code: string | null | undefined,
  list: readonly Api.Servicedesk.Department[] = departments.value,
): string {
  if (!code) return EMPTY_TEXT;
  if (code === 'unrouted') return translate('servicedesk.statistics.unrouted');
  return list.find((d) => d.code === code)?.short ?? code;
}

/** Departments in force today as select options. */
export function departmentOptions(list: readonly Api.Servicedesk.Department[], today: string): Option[] {
  return list
    .filter((d) => d.since <= today && (!d.until || d.until > today))
    .map((d) => ({ value: d.code, label: d.short }));
}

/** The steps a user may take on an appeal now, by its state and the user's permissions. */
export type AppealAction =
  | 'route'
  | 'transfer'
  | 'acknowledge'
  | 'wait'
  | 'resume'
  | 'answer'
  | 'resolve'
  | 'rating'
  | 'commitment'
  | 'decision';

export function availableActions(
  appeal: Api.Servicedesk.Appeal,
  can: (p: string) => boolean,
): AppealAction[] {
  const out: AppealAction[] = [];
  const open = (OPEN_STATUSES as readonly string[]).includes(appeal.status);
  const handle = can('servicedesk:handle');
  if (appeal.status === 'submitted' && can('servicedesk:triage')) out.push('route');
  if (handle && open) {
    if (appeal.status === 'routed') out.push('acknowledge');
    if (appeal.waitingForEnterprise) out.push('resume');
    else out.push('wait');
    if (appeal.status !== 'answered') out.push('answer');
    out.push('resolve');
    if (appeal.commitment?.status !== 'pending') out.push('commitment');
  }
  if (open && (handle || can('servicedesk:triage'))) out.push('transfer');
  if (appeal.commitment?.status === 'pending' && can('servicedesk:approve')) out.push('decision');
  if (appeal.status === 'resolved' && can('servicedesk:raise')) out.push('rating');
  return out;
}
