import { isEffectiveOn, isIsoDate } from '../common/source';
import { isValidRate } from './award-money';
import { periodsOverlap } from './award-parameters';
import type { AwardDefinition, AwardId, AwardVersion, RateFraction } from './award-types';
import { FUND_KIND_LABELS, FUND_KINDS, isAwardId } from './award-types';
import { AWARD_DEFINITIONS, BASE_AWARD_VERSIONS, awardDefinition } from './awards.rules';

/** The catalogue in force: the definitions and every version (base + approved successors). */
export interface AwardCatalogue {
  readonly definitions: readonly AwardDefinition[];
  readonly versions: readonly AwardVersion[];
}

/** Invalid catalogue data (overlapping versions, a malformed successor): the problems, in Chinese. */
export class AwardCatalogueError extends RangeError {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'AwardCatalogueError';
  }
}

/**
 * The base catalogue plus `successors` (versions approved in the subsidies database). Each successor is checked
 * with `validateSuccessorVersion` against the base versions and the successors before it; any problem throws an
 * `AwardCatalogueError` listing all of them — an overlap is never resolved silently.
 */
export function buildAwardCatalogue(successors: readonly AwardVersion[] = []): AwardCatalogue {
  const versions: AwardVersion[] = [...BASE_AWARD_VERSIONS];
  const problems: string[] = [];
  for (const s of successors) {
    const found = validateSuccessorVersion(s, versions);
    if (found.length > 0) problems.push(...found);
    else versions.push(s);
  }
  if (problems.length > 0) throw new AwardCatalogueError(problems);
  return { definitions: AWARD_DEFINITIONS, versions };
}

export const BASE_AWARD_CATALOGUE: AwardCatalogue = {
  definitions: AWARD_DEFINITIONS,
  versions: BASE_AWARD_VERSIONS,
};

/**
 * The version of `awardId` in force on `date` (`effectiveTo` inclusive), or `undefined` when no version covers the
 * date (the event gets no award: `not-covered`). Two versions covering the date are a data error (thrown).
 */
export function resolveAwardVersion(
  catalogue: AwardCatalogue,
  awardId: AwardId,
  date: string,
): AwardVersion | undefined {
  const hits = catalogue.versions.filter((v) => v.awardId === awardId && isEffectiveOn(v, date));
  if (hits.length > 1) {
    throw new AwardCatalogueError([
      `奖励${awardId}在${date}有多个有效版本（${hits.map((h) => h.id).join('、')}），有效期不得重叠`,
    ]);
  }
  return hits[0];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function moneyProblems(value: unknown, label: string): string[] {
  if (typeof value !== 'number' || !Number.isFinite(value)) return [`${label}应为金额（分，整数）`];
  if (value < 0) return [`${label}不能小于0`];
  if (!Number.isSafeInteger(value)) return [`${label}应为整数（分）`];
  return [];
}

function rateProblems(value: unknown, label: string): string[] {
  if (!isRecord(value) || typeof value['num'] !== 'number' || typeof value['den'] !== 'number') {
    return [`${label}应为比例 { "num": 分子, "den": 分母 }`];
  }
  const r = value as unknown as RateFraction;
  if (!Number.isSafeInteger(r.num) || !Number.isSafeInteger(r.den) || r.den <= 0) {
    return [`${label}的分子、分母应为整数且分母大于0`];
  }
  if (r.num < 0) return [`${label}不能为负数`];
  if (r.num > r.den) return [`${label}不能超过100%`];
  return isValidRate(r) ? [] : [`${label}无效`];
}

function termsProblems(terms: unknown, definition: AwardDefinition): string[] {
  if (!isRecord(terms)) return ['缺少奖励参数（terms）'];
  if (terms['kind'] !== definition.termsKind) {
    return [`奖励${definition.id}的参数类型应为 ${definition.termsKind}，实为 ${String(terms['kind'])}`];
  }
  const problems: string[] = [];
  switch (definition.termsKind) {
    case 'fixed':
      problems.push(...moneyProblems(terms['amountFen'], '奖励金额（amountFen）'));
      break;
    case 'prize': {
      const a = terms['amountsFen'];
      if (!Array.isArray(a) || a.length !== 3)
        problems.push('奖金（amountsFen）应为[一等奖, 二等奖, 三等奖]三个金额');
      else a.forEach((v, i) => problems.push(...moneyProblems(v, `${['一', '二', '三'][i]}等奖金额`)));
      break;
    }
    case 'unit-price-rate':
      problems.push(
        ...rateProblems(terms['rate'], '奖励比例（rate）'),
        ...moneyProblems(terms['capFen'], '上限（capFen）'),
      );
      break;
    case 'equipment-rate':
      problems.push(
        ...rateProblems(terms['maxRate'], '最高比例（maxRate）'),
        ...moneyProblems(terms['capFen'], '上限（capFen）'),
      );
      if (definition.id === 'S-44' || terms['minTotalInvestmentFen'] !== undefined) {
        problems.push(
          ...moneyProblems(terms['minTotalInvestmentFen'], '总投资门槛（minTotalInvestmentFen）'),
        );
      }
      break;
    case 'fund-rate': {
      problems.push(...moneyProblems(terms['capFen'], '上限（capFen）'));
      const rates = terms['rates'];
      if (!isRecord(rates)) {
        problems.push('基金比例（rates）应为对象：基金类型 → 比例或 null');
        break;
      }
      for (const f of FUND_KINDS) {
        if (!(f in rates)) problems.push(`基金比例缺少 ${f}（${FUND_KIND_LABELS[f]}），不适用时写 null`);
        else if (rates[f] !== null) problems.push(...rateProblems(rates[f], `${FUND_KIND_LABELS[f]}比例`));
      }
      break;
    }
    case 'discretionary':
      problems.push(...moneyProblems(terms['capFen'], '上限（capFen）'));
      break;
    case 'county-matching':
      break;
    case 'plaque': {
      const n = terms['minEnterprises'];
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1)
        problems.push('企业数门槛（minEnterprises）应为正整数');
      if (!nonEmpty(terms['benefit'])) problems.push('缺少非现金扶持内容（benefit）');
      break;
    }
  }
  return problems;
}

/**
 * Problems (Chinese) of a successor version before it joins the catalogue; empty when acceptable. Checks: a known
 * award, `successor: true`, a new id, valid dates with from ≤ to, a source with title and 文号, a clause, terms of the
 * award's kind with amounts and caps that are non-negative integer fen and rates within 0…100%, two different
 * approvers when given, and no overlap with any version of the same award in `existing`. Written defensively:
 * the version may come straight from a database row or a JSON file.
 */
export function validateSuccessorVersion(version: AwardVersion, existing: readonly AwardVersion[]): string[] {
  const v: unknown = version;
  if (!isRecord(v)) return ['后续版本应为对象'];
  const label = nonEmpty(v['id']) ? `版本${v['id']}` : '后续版本';
  const problems: string[] = [];
  if (!nonEmpty(v['id'])) problems.push('缺少版本标识（id）');
  else if (existing.some((e) => e.id === v['id'])) problems.push(`版本标识“${v['id']}”已存在`);
  const awardId = v['awardId'];
  if (!isAwardId(awardId)) problems.push(`未知奖励“${String(awardId)}”`);
  if (v['successor'] !== true) problems.push('后续版本的 successor 应为 true');

  const from = v['effectiveFrom'];
  const to = v['effectiveTo'];
  const fromOk = typeof from === 'string' && isIsoDate(from);
  const toOk = to === undefined || (typeof to === 'string' && isIsoDate(to));
  if (!fromOk) problems.push(`生效日期（effectiveFrom）无效：${JSON.stringify(from)}，应为 YYYY-MM-DD`);
  if (!toOk)
    problems.push(`失效日期（effectiveTo）无效：${JSON.stringify(to)}，应为 YYYY-MM-DD 或省略（长期有效）`);
  if (fromOk && toOk && typeof to === 'string' && from > to) {
    problems.push(`生效日期${from}晚于失效日期${to}`);
  }

  const source = v['source'];
  if (!isRecord(source)) problems.push('缺少政策来源（source）及文号');
  else {
    if (!nonEmpty(source['docNo'])) problems.push('缺少文号（source.docNo）');
    if (!nonEmpty(source['title'])) problems.push('缺少政策文件名称（source.title）');
    if (!['confirmed', 'secondary', 'unconfirmed'].includes(String(source['confidence']))) {
      problems.push('来源可信度（source.confidence）应为 confirmed / secondary / unconfirmed');
    }
  }
  if (!nonEmpty(v['clause'])) problems.push('缺少条款（clause）');

  if (isAwardId(awardId)) problems.push(...termsProblems(v['terms'], awardDefinition(awardId)));

  const approvers = v['approvedBy'];
  if (approvers !== undefined) {
    if (!Array.isArray(approvers) || !approvers.every(nonEmpty))
      problems.push('审批人（approvedBy）应为姓名列表');
    else if (new Set(approvers.map((a) => a.trim())).size < 2)
      problems.push('后续版本须经两名不同人员审批（approvedBy）');
  }
  const approvedOn = v['approvedOn'];
  if (approvedOn !== undefined && (typeof approvedOn !== 'string' || !isIsoDate(approvedOn))) {
    problems.push('审批日期（approvedOn）应为 YYYY-MM-DD');
  }

  if (isAwardId(awardId) && fromOk && toOk) {
    const period = { effectiveFrom: from, effectiveTo: to };
    for (const e of existing) {
      if (e.awardId === awardId && periodsOverlap(period, e)) {
        problems.push(
          `与版本${e.id}（${e.effectiveFrom}至${e.effectiveTo ?? '长期'}）的有效期重叠：同一奖励的版本有效期不得重叠`,
        );
      }
    }
  }
  return problems.map((p) => `${label}：${p}`);
}
