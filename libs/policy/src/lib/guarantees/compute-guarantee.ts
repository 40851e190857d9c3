import { TIER_LABELS } from '@ladder/shared-domain';

import { formatRate, formatWan, formatWanExact } from '../awards/award-money';
import type { RateFraction } from '../awards/award-types';
import {
  DEFAULT_VALIDITY_READING,
  REVOCATION_READING,
  countingTitle,
  heldTitleProblems,
  heldTitleStatus,
} from '../common/held-titles';
import type { HeldTitle, HeldTitleStatus } from '../common/held-titles';
import { measureVersionUsed, resolveMeasureVersion, versionApplies } from '../common/measure-versions';
import { quotient } from '../common/rational';
import type { Rational } from '../common/rational';
import type { PendingConfirmation } from '../common/source';
import { isIsoDate } from '../common/source';
import type { FeeScheduleEntry, GuaranteeParameters } from './guarantee-parameters';
import {
  ceilingScopeConfirmation,
  feeScheduleConfirmation,
  findFeeSchedule,
  resolveGuaranteeParameters,
  termBasisConfirmation,
  validateGuaranteeParameters,
} from './guarantee-parameters';
import { GuaranteeRequestError, guaranteeFieldLabel, validateGuaranteeRequest } from './guarantee-request';
import type {
  GuaranteeComputation,
  GuaranteeCondition,
  GuaranteeFee,
  GuaranteeRequest,
  GuaranteeTier,
  GuaranteeVersion,
  WhiteListMembership,
} from './guarantee-types';
import { GUARANTEE_TIERS } from './guarantee-types';
import { buildGuaranteeVersions } from './guarantee-versions';
import { SANMING_PLAN } from '../plan/plan-targets';
import {
  GUARANTEE_CLAUSE,
  GUARANTEE_READINGS,
  GUARANTEE_RULE_LABELS,
  GUARANTEE_TEXT,
} from './guarantees.rules';

/** Which versions (base + approved successors) and which readings. */
export interface GuaranteeOptions {
  /** The versions in force; default: the base versions plus `successors`. */
  readonly versions?: readonly GuaranteeVersion[];
  /** Approved successor versions (checked, never overlapping); ignored when `versions` is given. */
  readonly successors?: readonly unknown[];
  /** Readings of ambiguous text (`undefined` keeps the default). */
  readonly params?: Partial<GuaranteeParameters>;
}

/** The source of a version; without one (no version known), the plan's clause. */
const clauseOf = (v: GuaranteeVersion | undefined): string =>
  v ? `《${v.source.title}》${v.clause}` : `《${SANMING_PLAN.title}》${GUARANTEE_CLAUSE}`;
const tierZh = (tier: GuaranteeTier): string => TIER_LABELS[tier].zh;
const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function versionsOf(options: GuaranteeOptions): readonly GuaranteeVersion[] {
  return options.versions ?? buildGuaranteeVersions(options.successors ?? []);
}

function titleStatuses(titles: readonly HeldTitle[] | null | undefined, date: string): HeldTitleStatus[] {
  return (titles ?? []).map((t) => heldTitleStatus(t, date));
}

function titleReadings(statuses: readonly HeldTitleStatus[]): PendingConfirmation[] {
  return [
    REVOCATION_READING,
    ...(statuses.some((s) => s.validUntilDefaulted) ? [DEFAULT_VALIDITY_READING] : []),
  ];
}

/** Why no title counts: the lapsed titles of the tiers that would, e.g. "（专精特新中小企业称号2024-05-31到期）". */
function lapsedDetail(statuses: readonly HeldTitleStatus[], tiers: readonly GuaranteeTier[]): string {
  const lapsed = statuses.filter((s) => !s.valid && (tiers as readonly string[]).includes(s.tier));
  if (lapsed.length === 0) return '';
  const parts = lapsed.map((s) =>
    s.state === 'revoked'
      ? `${TIER_LABELS[s.tier].zh}称号已于${s.lastDay}撤销（次日起不计）`
      : s.state === 'expired'
        ? `${TIER_LABELS[s.tier].zh}称号有效期至${s.lastDay}，已到期`
        : `${TIER_LABELS[s.tier].zh}称号${s.certifiedOn}方获认定`,
  );
  return `（${parts.join('；')}）`;
}

// --- S-48 white list -------------------------------------------------------------------------------------------

/**
 * S-48: is the enterprise on the city's financing-guarantee white list on `date`? A member while it holds a valid
 * title of a tier the version lists (专精特新 or 小巨人), from the recognition date through expiry or the revocation
 * day. Pure; `titles` null → `unknown`; no version on the date → `not-covered`.
 */
export function whiteListMembership(
  request: { readonly date: string; readonly titles?: readonly HeldTitle[] | null },
  options: GuaranteeOptions = {},
): WhiteListMembership {
  const problems = [
    ...(isIsoDate(request.date) ? [] : [`日期“${request.date}”无效：应为 YYYY-MM-DD`]),
    ...(request.titles === undefined || request.titles === null ? [] : heldTitleProblems(request.titles)),
  ];
  if (problems.length > 0) throw new GuaranteeRequestError(problems);
  const versions = versionsOf(options);
  return membership(versions, request.date, request.titles ?? null);
}

function membership(
  versions: readonly GuaranteeVersion[],
  date: string,
  titles: readonly HeldTitle[] | null,
): WhiteListMembership {
  const version = resolveMeasureVersion(versions, 'S-48', date);
  const known = versions.filter((v) => v.ruleId === 'S-48');
  const statuses = titleStatuses(titles, date);
  const common = {
    ruleId: 'S-48' as const,
    date,
    clause: clauseOf(version ?? known[0]),
    version: version ? measureVersionUsed(version) : null,
    versionApplies: versionApplies(version, known, date),
  };
  const none = { title: null, since: null, until: null };
  if (version === undefined) {
    return {
      ...common,
      ...none,
      decision: 'not-covered',
      reason: `${versionApplies(version, known, date)}。`,
      missing: [],
      pendingConfirmations: [],
    };
  }
  const tiers = version.terms.kind === 'white-list' ? version.terms.tiers : GUARANTEE_TIERS;
  const pendingConfirmations = [GUARANTEE_READINGS.littleGiantOnWhiteList, ...titleReadings(statuses)];
  if (titles === null) {
    return {
      ...common,
      ...none,
      decision: 'unknown',
      reason: `暂无法判定是否享受融资担保“白名单”企业待遇：缺少${guaranteeFieldLabel('titles')}。`,
      missing: ['titles'],
      pendingConfirmations,
    };
  }
  const title = countingTitle(statuses, tiers);
  const tiersZh = tiers.map(tierZh).join('或');
  if (title === null) {
    return {
      ...common,
      ...none,
      decision: 'not-member',
      reason: `${date}未持有有效的${tiersZh}称号${lapsedDetail(statuses, tiers)}，不享受融资担保“白名单”企业待遇。`,
      missing: [],
      pendingConfirmations,
    };
  }
  return {
    ...common,
    decision: 'member',
    reason: `${date}持有有效的${TIER_LABELS[title.tier].zh}称号（${title.certifiedOn}认定，计至${title.lastDay}），同等享受市融资担保“白名单”企业待遇。`,
    title,
    since: title.certifiedOn,
    until: title.lastDay,
    missing: [],
    pendingConfirmations,
  };
}

// --- S-49 ceiling and fee --------------------------------------------------------------------------------------

/** principal × annual rate × term (months ÷ 12 or days ÷ 365), exact, and rounded down to the fen. */
export function guaranteeFee(
  principalFen: number,
  rate: RateFraction,
  basis: 'months' | 'days',
  term: number,
): { readonly exact: Rational; readonly floorFen: number; readonly formula: string } {
  const perYear = basis === 'months' ? 12n : 365n;
  const exact = quotient(BigInt(principalFen) * BigInt(rate.num) * BigInt(term), BigInt(rate.den) * perYear);
  const floorFen = Number(exact.num / exact.den);
  const rounded = exact.den === 1n ? '' : `，按分向下取整为${formatWan(floorFen)}`;
  const formula = `担保本金${formatWan(principalFen)} × 年费率${formatRate(rate)} × ${term}/${perYear} = ${formatWanExact(exact)}${rounded}`;
  return { exact, floorFen, formula };
}

function feeFor(
  principalFen: number,
  tier: GuaranteeTier,
  row: FeeScheduleEntry,
  basis: 'months' | 'days',
  term: number,
): GuaranteeFee {
  const rate = row.tierRates[tier];
  const standard = guaranteeFee(principalFen, row.standardRate, basis, term);
  const charged = guaranteeFee(principalFen, rate, basis, term);
  const treatment =
    rate.num === 0
      ? 'waived'
      : charged.exact.num * standard.exact.den < standard.exact.num * charged.exact.den
        ? 'reduced'
        : 'standard';
  return {
    scheduleId: row.id,
    scheduleConfirmed: row.confirmed,
    termBasis: basis,
    termZh: basis === 'months' ? `${term}个月` : `${term}天`,
    standardRate: row.standardRate,
    standardRateZh: `${formatRate(row.standardRate)}/年`,
    rate,
    rateZh: `${formatRate(rate)}/年`,
    treatment,
    treatmentZh: treatment === 'waived' ? '免收' : treatment === 'reduced' ? '减收' : '按标准费率收取',
    standardFeeFen: standard.floorFen,
    chargedFeeFen: charged.floorFen,
    policyCostFen: standard.floorFen - charged.floorFen,
    standardFormula: standard.formula,
    formula: charged.formula,
  };
}

interface CeilingCheck {
  readonly condition: GuaranteeCondition;
  readonly cappedAmountFen: number | null;
  readonly headroomFen: number | null;
  readonly excessFen: number | null;
}

function ceilingCheck(
  req: GuaranteeRequest,
  params: GuaranteeParameters,
  ceilingFen: number,
  ceilingLabel: string,
): CeilingCheck {
  const requested = req.requestedPrincipalFen ?? null;
  const outstanding = req.outstandingGuaranteedFen ?? null;
  const values: Record<string, string> = { 担保额度: `${formatWan(ceilingFen)}（含本数）` };
  if (requested !== null) values['本次申请'] = formatWan(requested);
  const zh = `担保贷款不超过${ceilingLabel}`;
  if (params.ceilingScope === 'per-loan') {
    values['口径'] = '单笔贷款本金';
    if (requested === null) {
      return {
        condition: { id: 'ceiling', zh, status: 'unknown', values, missing: ['requestedPrincipalFen'] },
        cappedAmountFen: null,
        headroomFen: ceilingFen,
        excessFen: null,
      };
    }
    const excess = Math.max(0, requested - ceilingFen);
    return {
      condition: {
        id: 'ceiling',
        zh,
        status: excess === 0 ? 'met' : 'not-met',
        values,
        missing: [],
        ...(excess > 0
          ? {
              gap: `本次申请${formatWan(requested)}超过${ceilingLabel}（单笔口径，超出${formatWan(excess)}）`,
            }
          : {}),
      },
      cappedAmountFen: requested,
      headroomFen: ceilingFen,
      excessFen: excess,
    };
  }
  values['口径'] = '在保本金合计（含本次）';
  if (outstanding !== null) values['在保本金'] = formatWan(outstanding);
  const headroom = outstanding === null ? null : Math.max(0, ceilingFen - outstanding);
  if (headroom !== null) values['剩余额度'] = formatWan(headroom);
  if (outstanding !== null && requested !== null) {
    const capped = outstanding + requested;
    const excess = Math.max(0, capped - ceilingFen);
    values['合计'] = formatWan(capped);
    return {
      condition: {
        id: 'ceiling',
        zh,
        status: excess === 0 ? 'met' : 'not-met',
        values,
        missing: [],
        ...(excess > 0
          ? {
              gap: `在保本金${formatWan(outstanding)} + 本次申请${formatWan(requested)} = ${formatWan(capped)}，超过${ceilingLabel}（剩余额度${formatWan(headroom ?? 0)}，超出${formatWan(excess)}）`,
            }
          : {}),
      },
      cappedAmountFen: capped,
      headroomFen: headroom,
      excessFen: excess,
    };
  }
  if (outstanding !== null && outstanding >= ceilingFen) {
    // Any positive request exceeds: decided whatever the requested principal is.
    return {
      condition: {
        id: 'ceiling',
        zh,
        status: 'not-met',
        values,
        missing: [],
        gap: `在保本金${formatWan(outstanding)}已达${ceilingLabel}，剩余额度为0`,
      },
      cappedAmountFen: null,
      headroomFen: headroom,
      excessFen: null,
    };
  }
  return {
    condition: {
      id: 'ceiling',
      zh,
      status: 'unknown',
      values,
      missing: [
        ...(outstanding === null ? ['outstandingGuaranteedFen'] : []),
        ...(requested === null ? ['requestedPrincipalFen'] : []),
      ],
    },
    cappedAmountFen: null,
    headroomFen: headroom,
    excessFen: null,
  };
}

/**
 * S-49 for one application: the tier valid on the application date, the ceiling it gives, the headroom and the
 * fee. Pure: the same request and options give the same result.
 *
 * 1. The request (and parameters) are validated (`GuaranteeRequestError`, Chinese problems, when invalid).
 * 2. The S-49 version in force on `date` (base over the plan period + approved successors); none → `not-covered`.
 * 3. Conditions, three-valued: a valid 专精特新 or 小巨人 title on the date (the highest counts); the ceiling of its
 *    tier ("以下" inclusive) against outstanding + requested (`ceilingScope`); the term and a fee row for the fee.
 *    Any known failure → `not-eligible` (gaps), else any absent fact → `unknown` (naming it), else `eligible`.
 * 4. Fee = principal × annual rate × term, rounded down to the fen; policy cost = standard fee − charged fee.
 */
export function computeGuarantee(
  request: GuaranteeRequest,
  options: GuaranteeOptions = {},
): GuaranteeComputation {
  const validation = validateGuaranteeRequest(request);
  if (!validation.ok) throw new GuaranteeRequestError(validation.problems);
  if (options.params !== undefined) {
    const problems = validateGuaranteeParameters(
      Object.fromEntries(Object.entries(options.params).filter(([, v]) => v !== undefined)),
    );
    if (problems.length > 0) throw new GuaranteeRequestError(problems);
  }
  const req = validation.value;
  const params = resolveGuaranteeParameters(options.params);
  const versions = versionsOf(options);
  const date = req.date;
  const titles = req.titles ?? null;
  const statuses = titleStatuses(titles, date);
  const whiteList = membership(versions, date, titles);
  const known = versions.filter((v) => v.ruleId === 'S-49');
  const version = resolveMeasureVersion(versions, 'S-49', date);
  const applies = versionApplies(version, known, date);
  const empty = {
    tier: null,
    tierZh: null,
    title: null,
    ceilingFen: null,
    ceilingZh: null,
    cappedAmountFen: null,
    headroomFen: null,
    headroomZh: null,
    excessFen: null,
    fee: null,
  };
  const head = {
    ruleId: 'S-49' as const,
    zh: GUARANTEE_RULE_LABELS['S-49'],
    date,
  };
  const facts = {
    titles: statuses,
    ceilingScope: params.ceilingScope,
    outstandingGuaranteedFen: req.outstandingGuaranteedFen ?? null,
    requestedPrincipalFen: req.requestedPrincipalFen ?? null,
  };
  const tail = { whiteList, text: GUARANTEE_TEXT['S-49'], versionApplies: applies };

  if (version === undefined || version.terms.kind !== 'guarantee-ceiling') {
    return {
      ...head,
      decision: 'not-covered',
      reason: `${applies}。`,
      ...empty,
      ...facts,
      ...tail,
      clause: clauseOf(known[0]),
      version: null,
      conditions: [],
      missing: [],
      gaps: [],
      parameters: { ceilingScope: params.ceilingScope, termBasis: params.termBasis, feeScheduleId: null },
      pendingConfirmations: [],
    };
  }
  const ceilings = version.terms.ceilingsFen;
  const conditions: GuaranteeCondition[] = [];

  // 1. The title that counts on the application date.
  const title = titles === null ? null : countingTitle(statuses, GUARANTEE_TIERS);
  const tier = title === null ? null : (title.tier as GuaranteeTier);
  const titleZh = `申请日持有有效的${GUARANTEE_TIERS.map(tierZh).join('或')}称号`;
  if (titles === null) {
    conditions.push({ id: 'title', zh: titleZh, status: 'unknown', values: {}, missing: ['titles'] });
  } else if (title === null) {
    conditions.push({
      id: 'title',
      zh: titleZh,
      status: 'not-met',
      values: { 已报称号: statuses.length === 0 ? '无' : statuses.map((s) => s.zh).join('；') },
      missing: [],
      gap: `${date}未持有有效的${GUARANTEE_TIERS.map(tierZh).join('或')}称号${lapsedDetail(statuses, GUARANTEE_TIERS)}`,
    });
  } else {
    conditions.push({ id: 'title', zh: titleZh, status: 'met', values: { 计入称号: title.zh }, missing: [] });
  }

  // 2. The ceiling of that tier; with unknown titles, a request above every tier's ceiling is refused all the same.
  let check: CeilingCheck | null = null;
  if (tier !== null) {
    check = ceilingCheck(req, params, ceilings[tier], `${tierZh(tier)}担保额度${formatWan(ceilings[tier])}`);
  } else if (titles === null) {
    const max = Math.max(...GUARANTEE_TIERS.map((t) => ceilings[t]));
    const upper = ceilingCheck(req, params, max, `各层级最高担保额度${formatWan(max)}`);
    if (upper.condition.status === 'not-met') check = { ...upper, headroomFen: null };
  }
  if (check !== null) conditions.push(check.condition);

  // 3. The fee: the term and the fee row in force.
  const termField = params.termBasis === 'months' ? 'termMonths' : 'termDays';
  const term = req[termField] ?? null;
  const row = findFeeSchedule(params.feeSchedule, date);
  if (tier !== null) {
    conditions.push({
      id: 'term',
      zh: '贷款期限（计算担保费）',
      status: term === null ? 'unknown' : 'met',
      values: term === null ? {} : { 期限: params.termBasis === 'months' ? `${term}个月` : `${term}天` },
      missing: term === null ? [termField] : [],
    });
    conditions.push({
      id: 'fee-schedule',
      zh: '申请日有效的担保费率',
      status: row === undefined ? 'unknown' : 'met',
      values: row === undefined ? {} : { 费率表: row.id },
      missing: row === undefined ? ['feeSchedule'] : [],
    });
  }

  const gaps = conditions.flatMap((c) => (c.status === 'not-met' && c.gap ? [c.gap] : []));
  const missing = unique(conditions.flatMap((c) => (c.status === 'unknown' ? c.missing : [])));
  const decision = gaps.length > 0 ? 'not-eligible' : missing.length > 0 ? 'unknown' : 'eligible';
  const fee =
    decision === 'eligible' &&
    tier !== null &&
    row !== undefined &&
    term !== null &&
    req.requestedPrincipalFen
      ? feeFor(req.requestedPrincipalFen, tier, row, params.termBasis, term)
      : null;

  const pendingConfirmations: PendingConfirmation[] = [
    GUARANTEE_READINGS.ceilingInclusive,
    GUARANTEE_READINGS.highestTierCounts,
    ceilingScopeConfirmation(params),
    termBasisConfirmation(params),
    ...(row !== undefined ? [feeScheduleConfirmation(row)] : []),
    ...titleReadings(statuses),
  ];
  const ceilingFen = tier === null ? null : ceilings[tier];
  const headroomFen = tier === null ? null : (check?.headroomFen ?? null);
  const label = GUARANTEE_RULE_LABELS['S-49'];
  let reason: string;
  if (decision === 'not-eligible') reason = `不符合${label}条件：${gaps.join('；')}。`;
  else if (decision === 'unknown') {
    const names = missing.map((m) =>
      m === 'feeSchedule' ? 'feeSchedule（申请日有效的担保费率表，参数）' : guaranteeFieldLabel(m),
    );
    reason = `暂无法判定${label}：缺少${names.join('、')}。`;
  } else {
    const t = tier as GuaranteeTier;
    const scope =
      params.ceilingScope === 'per-loan'
        ? `本次申请${formatWan(req.requestedPrincipalFen ?? 0)}未超过单笔额度`
        : `在保本金${formatWan(req.outstandingGuaranteedFen ?? 0)} + 本次申请${formatWan(req.requestedPrincipalFen ?? 0)} = ${formatWan(check?.cappedAmountFen ?? 0)}，未超过额度（剩余额度${formatWan(headroomFen ?? 0)}）`;
    const feeText = fee
      ? `担保费率${fee.rateZh}（${fee.treatmentZh}，标准${fee.standardRateZh}），应收${formatWan(fee.chargedFeeFen)}，政策让利${formatWan(fee.policyCostFen)}`
      : '';
    reason = `符合${label}条件：${date}持有有效的${tierZh(t)}称号，担保额度${formatWan(ceilings[t])}（含本数），${scope}；${feeText}。`;
  }

  return {
    ...head,
    decision,
    reason,
    tier,
    tierZh: tier === null ? null : tierZh(tier),
    title,
    ...facts,
    ceilingFen,
    ceilingZh: ceilingFen === null ? null : formatWan(ceilingFen),
    cappedAmountFen: check?.cappedAmountFen ?? null,
    headroomFen,
    headroomZh: headroomFen === null ? null : formatWan(headroomFen),
    excessFen: tier === null ? null : (check?.excessFen ?? null),
    fee,
    ...tail,
    clause: clauseOf(version),
    version: measureVersionUsed(version),
    conditions,
    missing,
    gaps,
    parameters: {
      ceilingScope: params.ceilingScope,
      termBasis: params.termBasis,
      feeScheduleId: row?.id ?? null,
    },
    pendingConfirmations,
  };
}
