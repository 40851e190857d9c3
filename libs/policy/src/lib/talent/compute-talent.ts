import { TIER_LABELS } from '@ladder/shared-domain';

import {
  DEFAULT_VALIDITY_READING,
  REVOCATION_READING,
  countingTitle,
  heldTitleStatus,
} from '../common/held-titles';
import type { HeldTitleStatus } from '../common/held-titles';
import { measureVersionUsed, resolveMeasureVersion, versionApplies } from '../common/measure-versions';
import type { PendingConfirmation } from '../common/source';
import type { TalentParameters } from './talent-request';
import {
  TalentRequestError,
  resolveTalentParameters,
  talentFieldLabel,
  trainingPoolConfirmation,
  validateTalentParameters,
  validateTalentRequest,
} from './talent-request';
import type {
  TalentEntitlements,
  TalentMeasureDefinition,
  TalentMeasureResult,
  TalentRequest,
  TalentVersion,
} from './talent-types';
import { buildTalentVersions } from './talent-versions';
import { SANMING_PLAN } from '../plan/plan-targets';
import { TALENT_CLAUSE, TALENT_DEFINITIONS, TALENT_READINGS } from './talent.rules';

export interface TalentOptions {
  /** The versions in force; default: the base versions plus `successors`. */
  readonly versions?: readonly TalentVersion[];
  /** Approved successor versions (checked, never overlapping); ignored when `versions` is given. */
  readonly successors?: readonly unknown[];
  readonly params?: Partial<TalentParameters>;
}

/** The source of a version; without one (no version known), the plan's clause. */
const clauseOf = (v: TalentVersion | undefined): string =>
  v ? `《${v.source.title}》${v.clause}` : `《${SANMING_PLAN.title}》${TALENT_CLAUSE}`;

function lapsed(statuses: readonly HeldTitleStatus[], tiers: readonly string[]): string {
  const parts = statuses
    .filter((s) => !s.valid && tiers.includes(s.tier))
    .map((s) =>
      s.state === 'revoked'
        ? `${TIER_LABELS[s.tier].zh}称号已于${s.lastDay}撤销（次日起不计）`
        : s.state === 'expired'
          ? `${TIER_LABELS[s.tier].zh}称号有效期至${s.lastDay}，已到期`
          : `${TIER_LABELS[s.tier].zh}称号${s.certifiedOn}方获认定`,
    );
  return parts.length === 0 ? '' : `（${parts.join('；')}）`;
}

function measureResult(
  d: TalentMeasureDefinition,
  versions: readonly TalentVersion[],
  req: TalentRequest,
  statuses: readonly HeldTitleStatus[],
  params: TalentParameters,
): TalentMeasureResult {
  const known = versions.filter((v) => v.ruleId === d.id);
  const version = resolveMeasureVersion(versions, d.id, req.date);
  const applies = versionApplies(version, known, req.date);
  const common = {
    id: d.id,
    catalogueId: d.catalogueId,
    zh: d.zh,
    department: d.department,
    text: d.text,
    clause: clauseOf(version ?? known[0]),
    version: version ? measureVersionUsed(version) : null,
    versionApplies: applies,
  };
  const none = { basis: null, title: null, from: null, until: null };
  if (version === undefined) {
    return { ...common, ...none, status: 'not-covered', reason: `${applies}。`, missing: [] };
  }
  const tiers = version.terms.tiers;
  const tiersZh = tiers.map((t) => TIER_LABELS[t].zh).join('、');
  const poolCounts = d.id === 'S-54' && params.trainingIncludesPool;
  const titles = req.titles ?? null;
  const title = titles === null ? null : countingTitle(statuses, tiers);
  if (title !== null) {
    return {
      ...common,
      status: 'applies',
      reason: `${req.date}持有有效的${TIER_LABELS[title.tier].zh}称号（${title.certifiedOn}认定，计至${title.lastDay}），适用${d.zh}（${d.department}）。`,
      basis: 'title',
      title,
      from: title.certifiedOn,
      until: title.lastDay,
      missing: [],
    };
  }
  if (poolCounts && req.inPool === true) {
    return {
      ...common,
      ...none,
      status: 'applies',
      reason: `${req.date}在创新型中小企业培育库内，按参数 trainingIncludesPool 适用${d.zh}（${d.department}）。`,
      basis: 'pool',
      missing: [],
    };
  }
  const missing = [
    ...(titles === null ? ['titles'] : []),
    ...(poolCounts && (req.inPool === undefined || req.inPool === null) ? ['inPool'] : []),
  ];
  if (missing.length > 0) {
    return {
      ...common,
      ...none,
      status: 'unknown',
      reason: `暂无法判定${d.zh}：缺少${missing.map(talentFieldLabel).join('、')}。`,
      missing,
    };
  }
  const who = poolCounts ? `${tiersZh}称号，也不在培育库内` : `${tiersZh}称号`;
  return {
    ...common,
    ...none,
    status: 'does-not-apply',
    reason: `${req.date}未持有有效的${who}${lapsed(statuses, tiers)}，不适用${d.zh}。`,
    missing: [],
  };
}

/**
 * Which talent measures (S-53, S-54, S-55a…d) apply to an enterprise on `date`, and why. A measure applies while
 * a title of one of its tiers is valid: from the recognition date through expiry, or through the revocation day
 * (out from the day after). Outside every version of a measure (after the plan period without a successor) →
 * `not-covered`. Titles not reported → `unknown`, naming them. Pure.
 */
export function talentEntitlements(request: TalentRequest, options: TalentOptions = {}): TalentEntitlements {
  const validation = validateTalentRequest(request);
  if (!validation.ok) throw new TalentRequestError(validation.problems);
  if (options.params !== undefined) {
    const problems = validateTalentParameters(
      Object.fromEntries(Object.entries(options.params).filter(([, v]) => v !== undefined)),
    );
    if (problems.length > 0) throw new TalentRequestError(problems);
  }
  const req = validation.value;
  const params = resolveTalentParameters(options.params);
  const versions = options.versions ?? buildTalentVersions(options.successors ?? []);
  const statuses = (req.titles ?? []).map((t) => heldTitleStatus(t, req.date));
  const measures = TALENT_DEFINITIONS.map((d) => measureResult(d, versions, req, statuses, params));
  const pendingConfirmations: PendingConfirmation[] = [
    TALENT_READINGS.littleGiantAsSpecialized,
    TALENT_READINGS.qualitySmes,
    trainingPoolConfirmation(params),
    TALENT_READINGS.scopeUnconfirmed,
    TALENT_READINGS.departments,
    REVOCATION_READING,
    ...(statuses.some((s) => s.validUntilDefaulted) ? [DEFAULT_VALIDITY_READING] : []),
  ];
  return {
    date: req.date,
    applies: measures.filter((m) => m.status === 'applies').map((m) => m.id),
    measures,
    titles: statuses,
    missing: [...new Set(measures.flatMap((m) => m.missing))],
    parameters: { trainingIncludesPool: params.trainingIncludesPool },
    pendingConfirmations,
  };
}
