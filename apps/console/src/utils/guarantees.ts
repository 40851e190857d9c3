/**
 * Labels, tag colours and options of the 融资担保 codes (statuses, tiers, fee treatment, decisions) in the current
 * language, and which workflow actions an account may take on an application. Like `labels.ts`, they read the i18n
 * locale, so a template or computed that calls them re-renders when the language changes.
 */
import { PERM } from '@ladder/shared-permissions';
import type { Permission } from '@ladder/shared-permissions';

import { hasMessage, translate } from '@/locales';

import { EMPTY_TEXT } from './format';
import type { Option } from './labels';

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info';

/** `guarantees.<group>.<code>` when it exists, else the fallback (never the raw code). */
function codeLabel(group: string, code: string | null | undefined, fallback = EMPTY_TEXT): string {
  if (!code) return fallback;
  const key = `guarantees.${group}.${code}`;
  return hasMessage(key) ? translate(key) : fallback;
}

/** The states in the order of the flow (mirror of GUARANTEE_STATUSES in @ladder/contracts). */
export const GUARANTEE_STATUSES = [
  'submitted',
  'reviewed',
  'approved',
  'issued',
  'repaid',
  'compensated',
  'recovered',
  'rejected',
] as const satisfies readonly Api.Guarantees.Status[];

/** The main line shown as steps: 受理 → 初审 → 审批 → 放款 → 结清. */
export const GUARANTEE_FLOW = ['submitted', 'reviewed', 'approved', 'issued', 'repaid'] as const;

export function isGuaranteeStatus(value: unknown): value is Api.Guarantees.Status {
  return typeof value === 'string' && (GUARANTEE_STATUSES as readonly string[]).includes(value);
}

export function guaranteeStatusLabel(status: string | null | undefined): string {
  return codeLabel('status', status);
}

export function guaranteeStatusTagType(status: string | null | undefined): TagType {
  switch (status) {
    case 'submitted':
    case 'reviewed':
      return 'warning';
    case 'approved':
      return 'primary';
    case 'issued':
    case 'repaid':
    case 'recovered':
      return 'success';
    case 'compensated':
    case 'rejected':
      return 'danger';
    default:
      return 'info';
  }
}

export function guaranteeStatusOptions(): Option<Api.Guarantees.Status>[] {
  return GUARANTEE_STATUSES.map((s) => ({ value: s, label: guaranteeStatusLabel(s) }));
}

/** Index of the status on GUARANTEE_FLOW for `el-steps` (代偿 and 追偿 count as past the loan). */
export function flowIndex(status: Api.Guarantees.Status): number {
  if (status === 'compensated' || status === 'recovered') return GUARANTEE_FLOW.length;
  const i = (GUARANTEE_FLOW as readonly string[]).indexOf(status);
  return i < 0 ? 0 : status === 'repaid' ? GUARANTEE_FLOW.length : i + 1;
}

export function guaranteeTierLabel(tier: string | null | undefined): string {
  return codeLabel('tier', tier, translate('guarantees.tier.none'));
}

export function feeTreatmentLabel(treatment: string | null | undefined): string {
  return codeLabel('fee', treatment);
}

export function feeTreatmentTagType(treatment: string | null | undefined): TagType {
  return treatment === 'waived' ? 'success' : treatment === 'reduced' ? 'primary' : 'info';
}

export function whiteListSourceLabel(source: string | null | undefined): string {
  return codeLabel('source', source);
}

export function decisionLabel(decision: string | null | undefined): string {
  return codeLabel('decision', decision);
}

export function decisionTagType(decision: string | null | undefined): TagType {
  switch (decision) {
    case 'eligible':
      return 'success';
    case 'not-eligible':
      return 'danger';
    case 'not-covered':
      return 'info';
    default:
      return 'warning';
  }
}

export function conditionLabel(status: string | null | undefined): string {
  return codeLabel('condition', status);
}

export function memberLabel(decision: string | null | undefined): string {
  return codeLabel('member', decision);
}

/** An organisation's name from the list, `—` when unknown (ids are never shown). */
export function organisationName(orgs: readonly Api.Guarantees.Organisation[], orgId: string | null | undefined): string {
  if (!orgId) return EMPTY_TEXT;
  return orgs.find((o) => o.id === orgId)?.name ?? EMPTY_TEXT;
}

export interface GuaranteeActions {
  readonly review: boolean;
  readonly decide: boolean;
  readonly issue: boolean;
  readonly repay: boolean;
  readonly compensate: boolean;
  readonly recover: boolean;
}

/**
 * What the account may do next on the application: its state and its permissions. The server decides (scope,
 * maker ≠ checker); the console only offers the buttons that can make sense.
 */
export function guaranteeActions(
  app: Pick<Api.Guarantees.Application, 'status' | 'compensatedFen' | 'recoveredFen'>,
  has: (permission: Permission) => boolean,
): GuaranteeActions {
  const s = app.status;
  return {
    review: s === 'submitted' && has(PERM.guarantees.apply),
    decide: s === 'reviewed' && has(PERM.guarantees.approve),
    issue: s === 'approved' && has(PERM.guarantees.loan),
    repay: s === 'issued' && has(PERM.guarantees.loan),
    compensate: s === 'issued' && has(PERM.guarantees.compensate),
    recover: s === 'compensated' && app.recoveredFen < app.compensatedFen && has(PERM.guarantees.compensate),
  };
}

const RULE_WORDS: Readonly<Record<string, string>> = {
  'S-48': '融资担保“白名单”',
  'S-49': '融资担保额度与担保费',
};

/** The readings (parameter values) the policy names in its notes. */
const READING_WORDS: Readonly<Record<string, string>> = {
  'per-loan': '“单笔计算”',
  'total-outstanding': '“在保本金合计”',
  days: '“按天计算”',
  months: '“按月计算”',
};

/**
 * A text of the guarantee rules for people: `outstandingGuaranteedFen（已担保本金）` → `已担保本金`, `撤销（revokedOn）`
 * → `撤销`, references to the research notes dropped, rule numbers and readings in words. The policy's prose is
 * Chinese already; only its ids go.
 */
export function guaranteeText(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .replace(/（[^）]*rules\.md[^）]*）/g, '')
    .replace(/\s*rules\.md\s*§[\d.\-–]+/g, '')
    .replace(/[A-Za-z][A-Za-z0-9.[\]]*（([^）]+)）/g, '$1')
    .replace(/（[A-Za-z][A-Za-z0-9.]*）/g, '')
    .replace(/S-4[89](?![0-9a-z])/g, (code) => RULE_WORDS[code] ?? code)
    .replace(/(?<![A-Za-z-])(per-loan|total-outstanding|days|months)(?![A-Za-z-])/g, (word) => READING_WORDS[word] ?? word)
    .replace(/\s*(“[^”]+”)\s*/g, '$1');
}

/** The missing facts of a computation in words (a name the policy does not label is left out). */
export function missingFactLabel(name: string): string {
  const key = `guarantees.fact.${name}`;
  return hasMessage(key) ? translate(key) : translate('guarantees.fact.other');
}

/** Basis points of a rate → `3.45%` (exact: integer arithmetic). */
export function formatBp(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const frac = String(bp % 100).padStart(2, '0').replace(/0+$/, '');
  return `${whole}${frac ? `.${frac}` : ''}%`;
}
