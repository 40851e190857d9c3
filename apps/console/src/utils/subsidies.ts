/**
 * Labels, tag colours and options of the 奖补 codes (statuses, payers, decisions…) in the current language, and the
 * award facts the console guides. Like `labels.ts`, they read the i18n locale, so a template or computed that calls
 * them re-renders when the language changes.
 */
import { validateUscc } from '@ladder/shared-domain';

import { hasMessage, isChinese, translate } from '@/locales';

import { EMPTY_TEXT } from './format';
import { countyLabel } from './labels';
import type { Option } from './labels';
import { parseMoney } from './money';

export type TagType = 'primary' | 'success' | 'warning' | 'danger' | 'info';

/** `subsidies.<group>.<code>` when it exists, else the code itself. */
function codeLabel(group: string, code: string | null | undefined): string {
  if (!code) return EMPTY_TEXT;
  const key = `subsidies.${group}.${code}`;
  return hasMessage(key) ? translate(key) : code;
}

// ---------------------------------------------------------------- entitlement states

/** The states of an entitlement, in the order of the flow (mirror of ENTITLEMENT_STATUSES in @ladder/contracts). */
export const ENTITLEMENT_STATUSES = [
  'pending-publicity',
  'in-publicity',
  'objected',
  'pending-approval',
  'business-approved',
  'approved',
  'disbursed',
  'rejected',
  'cancelled',
] as const satisfies readonly Api.Subsidies.Status[];

export function isEntitlementStatus(value: unknown): value is Api.Subsidies.Status {
  return typeof value === 'string' && (ENTITLEMENT_STATUSES as readonly string[]).includes(value);
}

/** 待公示 / 公示中 / 异议待处理 / 待业务审核 / 待财政审核 / 已批准待拨付 / 已拨付 / 已驳回 / 已撤销. */
export function entitlementStatusLabel(status: string | null | undefined): string {
  return codeLabel('status', status);
}

export function entitlementStatusTagType(status: string | null | undefined): TagType {
  switch (status) {
    case 'disbursed':
      return 'success';
    case 'approved':
    case 'business-approved':
    case 'pending-approval':
      return 'primary';
    case 'objected':
      return 'danger';
    case 'in-publicity':
    case 'pending-publicity':
      return 'warning';
    default:
      return 'info';
  }
}

export function entitlementStatusOptions(): Option<Api.Subsidies.Status>[] {
  return ENTITLEMENT_STATUSES.map((s) => ({ value: s, label: entitlementStatusLabel(s) }));
}

// ---------------------------------------------------------------- payers

export const PAYERS = ['PROV', 'CITY', 'CNTY', 'BEN'] as const satisfies readonly Api.Subsidies.Payer[];

export function isPayer(value: unknown): value is Api.Subsidies.Payer {
  return typeof value === 'string' && (PAYERS as readonly string[]).includes(value);
}

/** 省级 / 市级 / 县级 / 受益地. */
export function payerLabel(payer: string | null | undefined): string {
  return codeLabel('payer', payer);
}

export function payerOptions(): Option<Api.Subsidies.Payer>[] {
  return PAYERS.map((p) => ({ value: p, label: payerLabel(p) }));
}

/** County-level payers: their budget lines are per county. */
export function payerNeedsCounty(payer: string | null | undefined): boolean {
  return payer === 'CNTY' || payer === 'BEN';
}

/** `市级`, `县级 · 梅列区`: a budget line or payer share. */
export function payerLineLabel(payer: string, countyCode: string | null | undefined): string {
  return countyCode ? `${payerLabel(payer)} · ${countyLabel(countyCode)}` : payerLabel(payer);
}

// ---------------------------------------------------------------- other codes

export function applicationStatusLabel(status: string | null | undefined): string {
  return codeLabel('applicationStatus', status);
}

export function applicationStatusTagType(status: string | null | undefined): TagType {
  if (status === 'approved') return 'success';
  if (status === 'rejected') return 'danger';
  return 'warning';
}

export function publicityStatusLabel(status: string | null | undefined): string {
  return codeLabel('publicityStatus', status);
}

export function objectionStatusLabel(status: string | null | undefined): string {
  return codeLabel('objectionStatus', status);
}

export function objectionStatusTagType(status: string | null | undefined): TagType {
  if (status === 'open') return 'danger';
  if (status === 'upheld') return 'warning';
  return 'info';
}

export function versionStatusLabel(status: string | null | undefined): string {
  return codeLabel('versionStatus', status);
}

export function versionStatusTagType(status: string | null | undefined): TagType {
  if (status === 'approved') return 'success';
  if (status === 'rejected') return 'danger';
  return 'warning';
}

/** 予以奖补 / 不符合条件 / 不在政策有效期内 / 信息不全. */
export function awardDecisionLabel(decision: string | null | undefined): string {
  return codeLabel('decision', decision);
}

export function awardDecisionTagType(decision: string | null | undefined): TagType {
  if (decision === 'granted') return 'success';
  if (decision === 'not-eligible') return 'danger';
  if (decision === 'unknown') return 'warning';
  return 'info';
}

export function conditionStatusLabel(status: string | null | undefined): string {
  return codeLabel('conditionStatus', status);
}

export function conditionStatusTagType(status: string | null | undefined): TagType {
  if (status === 'met') return 'success';
  if (status === 'not-met') return 'danger';
  return 'warning';
}

/** 业务审核 / 财政审核 / 公示 / 拨付 / 撤销. */
export function stepLabel(step: string | null | undefined): string {
  return codeLabel('step', step);
}

/** 通过 / 驳回 / … of a step (unknown decisions are shown as sent). */
export function stepDecisionLabel(decision: string | null | undefined): string {
  return codeLabel('stepDecision', decision);
}

/** Decisions the service writes into `steps` (entitlement, publicity and application services). */
export function stepDecisionTagType(decision: string | null | undefined): TagType {
  switch (decision) {
    case 'approve':
    case 'paid':
    case 'passed':
    case 'objection-dismissed':
      return 'success';
    case 'reject':
    case 'cancelled':
    case 'objection-upheld':
      return 'danger';
    case 'objection':
      return 'warning';
    case 'published':
      return 'primary';
    default:
      return 'info';
  }
}

export function ledgerKindLabel(kind: string | null | undefined): string {
  return codeLabel('ledgerKind', kind);
}

export function ledgerKindTagType(kind: string | null | undefined): TagType {
  if (kind === 'consume') return 'success';
  if (kind === 'release') return 'info';
  return 'warning';
}

export function matchStatusLabel(status: string | null | undefined): string {
  return codeLabel('matchStatus', status);
}

export function originLabel(origin: string | null | undefined): string {
  return codeLabel('origin', origin);
}

export function termsKindLabel(kind: string | null | undefined): string {
  return codeLabel('termsKind', kind);
}

// ---------------------------------------------------------------- awards

/**
 * Awards nobody applies for: 免申即享 (created from tiering's certifications) and the S-23 plaque (flagged on the
 * park). The application form offers every other award.
 */
export const NOT_APPLIED_AWARDS: readonly string[] = ['S-17', 'S-18', 'S-19', 'FJ-LG-50', 'S-23'];

export function isAppliedAward(awardId: string): boolean {
  return !NOT_APPLIED_AWARDS.includes(awardId);
}

/** 首台（套）: the one fact, the market unit price, is typed in 万元. */
export const UNIT_PRICE_AWARDS: readonly string[] = ['S-36', 'S-37'];

export function usesUnitPrice(awardId: string | null | undefined): boolean {
  return !!awardId && UNIT_PRICE_AWARDS.includes(awardId);
}

/** S-22 (引进“小巨人”落户奖励) names the park that brought the enterprise in. */
export function needsPark(awardId: string | null | undefined): boolean {
  return awardId === 'S-22';
}

/**
 * Example facts per award (docs/awards.md §3), shown in the JSON box of the awards without a guided form. Amounts are
 * in 分. Kept out of the locale files: vue-i18n would read the braces as placeholders.
 */
export const FACT_EXAMPLES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'S-17': { kind: 'new' },
  'S-18': { kind: 'new' },
  'S-19': { tier: 'specialized', kind: 'new', countyCode: '350404' },
  'FJ-LG-50': { kind: 'new' },
  'S-22': { isLittleGiant: true, previousDivisionCode: '350102', countyCode: '350404', proposedAmountFen: 50_000_000 },
  'S-23': { specializedCount: 5, littleGiantCount: 1 },
  'S-31': {},
  'S-32': { leadUnit: true },
  'S-33': { leadUnit: true },
  'S-34a': {},
  'S-34b': {},
  'S-35': { rank: 1 },
  'S-36': { unitPriceFen: 300_000_000 },
  'S-37': { unitPriceFen: 300_000_000 },
  'S-40': { proposedAmountFen: 30_000_000 },
  'S-43': { holdsSpecializedTitle: true, equipmentInvestmentFen: 2_000_000_000, priorGrantedFen: 0 },
  'S-44': {
    holdsSpecializedTitle: true,
    equipmentInvestmentFen: 2_000_000_000,
    totalInvestmentFen: 3_000_000_000,
    completed: true,
    completionYear: 2024,
    revenueFen: { '2023': 10_000_000_000, '2024': 12_000_000_000 },
  },
  'S-46': {},
  'S-47': { fund: 'sme-development', paidInFen: 5_000_000_000 },
};

/** The example of an award as pretty JSON (for a placeholder), `{}` when there is none. */
export function factExample(awardId: string | null | undefined): string {
  return JSON.stringify((awardId && FACT_EXAMPLES[awardId]) || {}, null, 2);
}

export type FactsParse = { readonly ok: true; readonly facts: Record<string, unknown> } | { readonly ok: false; readonly message: string };

/** The JSON box → a facts object (empty text = `{}`); anything but an object is refused with a message. */
export function parseFactsJson(text: string | null | undefined): FactsParse {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return { ok: true, facts: {} };
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { ok: false, message: translate('subsidies.facts.jsonInvalid') };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: translate('subsidies.facts.jsonNotObject') };
  }
  return { ok: true, facts: value as Record<string, unknown> };
}

export interface FactsInput {
  readonly awardId: string;
  /** S-36, S-37: the market unit price in 万元. */
  readonly unitPriceWan: string;
  /** Other awards: the facts as JSON. */
  readonly factsJson: string;
}

/**
 * The facts to send for an award: the guided unit price (万元 → 分, exact) for 首台（套）, the parsed JSON otherwise.
 */
export function buildFacts(input: FactsInput): FactsParse {
  if (usesUnitPrice(input.awardId)) {
    const price = parseMoney(input.unitPriceWan, 'wan-yuan', { allowZero: false });
    if (!price.ok) return { ok: false, message: price.message };
    return { ok: true, facts: { unitPriceFen: price.fen } };
  }
  return parseFactsJson(input.factsJson);
}

/** `S-36 国家首台（套）重大技术装备` for selects. */
export function awardOptions(catalogue: readonly Api.Subsidies.CatalogueEntry[], filter?: (awardId: string) => boolean): Option[] {
  return catalogue
    .filter((a) => !filter || filter(a.awardId))
    .map((a) => ({ value: a.awardId, label: `${a.awardId} ${a.name}` }));
}

// ---------------------------------------------------------------- enterprises

/** Why a USCC is not valid (null when it is), in the current language (the domain words it in Chinese). */
export function usccError(value: string): string | null {
  const r = validateUscc(value);
  if (r.valid) return null;
  if (isChinese()) return r.message;
  return translate(`enterprise.uscc.reason.${r.reason}`, {
    length: r.normalized.length,
    position: r.position ?? '',
    char: r.position ? r.normalized.charAt(r.position - 1) : '',
    expected: r.expectedCheckCharacter ?? '',
    actual: r.normalized.charAt(17),
  });
}

/** The USCC as the API wants it (trimmed, upper case) when valid, else null. */
export function normalizeUscc(value: string): string | null {
  const r = validateUscc(value);
  return r.valid ? r.normalized : null;
}

// ---------------------------------------------------------------- years

/** The budget years a select offers: from 2022 (the plan) to next year, newest first. */
export function yearOptions(now: Date = new Date()): number[] {
  const last = now.getFullYear() + 1;
  const out: number[] = [];
  for (let y = last; y >= 2022; y--) out.push(y);
  return out;
}
