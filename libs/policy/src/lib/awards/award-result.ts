import { findCounty } from '@ladder/shared-domain';

import type { PendingConfirmation } from '../common/source';
import { formatWan } from './award-money';
import { AWARD_FACT_SPECS } from './award-request';
import type {
  AwardComputation,
  AwardCondition,
  AwardDefinition,
  AwardPayer,
  AwardPayment,
  AwardVersion,
  AwardVersionUsed,
} from './award-types';
import { BASE_AWARD_VERSIONS } from './awards.rules';
import { need } from './evaluators/award-conditions';
import type { Granted } from './evaluators/award-grants';

// The result of one computation: the decision with its Chinese reason, the payer split, and where it comes from.

/** What was decided, before it is written out as an `AwardComputation`. */
export interface AwardOutcome {
  readonly decision: AwardComputation['decision'];
  readonly reason: string;
  readonly capFen: number | null;
  readonly version: AwardVersion | null;
  readonly conditions?: readonly AwardCondition[];
  readonly missing?: readonly string[];
  readonly gaps?: readonly string[];
  readonly pendingConfirmations?: readonly PendingConfirmation[];
  readonly granted?: Granted;
}

function versionUsed(v: AwardVersion): AwardVersionUsed {
  return {
    id: v.id,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo ?? null,
    docNo: v.source.docNo,
    title: v.source.title,
    clause: v.clause,
    confidence: v.source.confidence,
    successor: v.successor,
    restates: v.restates ?? null,
  };
}

/** The source of the version used, else of the award's base version (else the definition's clause). */
function clauseOf(definition: AwardDefinition, version: AwardVersion | null): string {
  if (version) return `《${version.source.title}》${version.clause}`;
  const baseVersion = BASE_AWARD_VERSIONS.find((v) => v.awardId === definition.id);
  return baseVersion ? `《${baseVersion.source.title}》${baseVersion.clause}` : definition.clause;
}

/** Who pays how much: one payment of the whole amount (with the paying county for CNTY and BEN). */
function payerSplit(definition: AwardDefinition, granted: Granted): AwardPayment[] {
  if (definition.payer === null || granted.amountFen === 0) return [];
  if (definition.payer === 'CNTY' || definition.payer === 'BEN') {
    return [
      {
        payer: definition.payer,
        countyCode: need(granted.countyCode, 'countyCode'),
        amountFen: granted.amountFen,
      },
    ];
  }
  return [{ payer: definition.payer, amountFen: granted.amountFen }];
}

/** Every result in the same key order: decision and money first, then where it comes from. */
export function awardComputation(
  definition: AwardDefinition,
  date: string,
  r: AwardOutcome,
): AwardComputation {
  return {
    awardId: definition.id,
    catalogueId: definition.catalogueId,
    zh: definition.zh,
    date,
    decision: r.decision,
    reason: r.reason,
    amountFen: r.granted?.amountFen ?? 0,
    amountZh: formatWan(r.granted?.amountFen ?? 0),
    capFen: r.capFen,
    capApplied: r.granted?.capApplied ?? false,
    formula: r.granted?.formula ?? null,
    payer: definition.payer,
    handling: definition.handling,
    clause: clauseOf(definition, r.version),
    payerSplit: r.granted ? payerSplit(definition, r.granted) : [],
    recipient: definition.recipient.zh,
    benefit: r.granted?.benefit ?? null,
    version: r.version ? versionUsed(r.version) : null,
    conditions: r.conditions ?? [],
    missing: r.missing ?? [],
    gaps: r.gaps ?? [],
    pendingConfirmations: r.pendingConfirmations ?? [],
  };
}

// --- Reasons ----------------------------------------------------------------------------------------------------

function periodText(versions: readonly AwardVersion[]): string {
  if (versions.length === 0) return '无';
  return versions.map((v) => `${v.id}：${v.effectiveFrom}至${v.effectiveTo ?? '长期'}`).join('；');
}

function missingLabel(name: string): string {
  const spec = (AWARD_FACT_SPECS as Readonly<Record<string, { zh: string }>>)[name];
  if (spec) return `${name}（${spec.zh}）`;
  if (name.startsWith('revenueFen.')) return `${name}（${name.slice(11)}年营业收入）`;
  if (name.startsWith('countyMatching[')) return `${name}（县级配套金额，待市工信局/各县确认）`;
  return name;
}

/** No version of the award covers the date; `known` are the award's versions in the catalogue. */
export function notCoveredReason(
  definition: AwardDefinition,
  date: string,
  known: readonly AwardVersion[],
): string {
  return `${date}不在${definition.zh}任何政策版本的有效期内（现有版本 ${periodText(known)}），不予奖励；须有经审批的后续政策版本覆盖该日期后方可享受。`;
}

export function notEligibleReason(definition: AwardDefinition, gaps: readonly string[]): string {
  return `不符合${definition.zh}条件：${gaps.join('；')}。`;
}

export function unknownReason(definition: AwardDefinition, missing: readonly string[]): string {
  return `暂无法判定${definition.zh}：缺少${missing.map(missingLabel).join('、')}。`;
}

export function grantedReason(definition: AwardDefinition, granted: Granted): string {
  const countyName = granted.countyCode ? (findCounty(granted.countyCode)?.name ?? granted.countyCode) : '';
  const payerZh: Record<AwardPayer, string> = {
    PROV: '省级专项资金，市级跟踪',
    CITY: '市级财政',
    CNTY: `${countyName}财政`,
    BEN: `受益地${countyName}财政`,
  };
  return `符合${definition.zh}条件（${definition.payer === null ? '非现金' : payerZh[definition.payer]}）：${granted.formula}。`;
}
