import { TIERS, resolveCountyCode } from '@ladder/shared-domain';

import { isIsoDate } from '../common/source';
import type { AwardFactName, AwardRequest } from './award-types';
import { AWARD_IDS, FUND_KINDS, isAwardId } from './award-types';
import { awardDefinition } from './awards.rules';

type FactType =
  | 'kind'
  | 'tier'
  | 'county'
  | 'division'
  | 'boolean'
  | 'positive-fen'
  | 'fen'
  | 'year'
  | 'count'
  | 'rank'
  | 'revenue'
  | 'fund';

/** What each fact is (Chinese label and type), for validation and for naming missing facts. */
export const AWARD_FACT_SPECS: Readonly<
  Record<AwardFactName, { readonly type: FactType; readonly zh: string }>
> = {
  kind: { type: 'kind', zh: '认定类型（new 新认定 / renewal 复核通过）' },
  tier: { type: 'tier', zh: '认定层级（innovative / specialized / little-giant）' },
  countyCode: { type: 'county', zh: '县（市、区）代码' },
  previousDivisionCode: { type: 'division', zh: '迁入前注册地行政区划代码（6位）' },
  isLittleGiant: { type: 'boolean', zh: '引进企业落户时为专精特新“小巨人”企业' },
  proposedAmountFen: { type: 'positive-fen', zh: '拟奖励金额（分）' },
  specializedCount: { type: 'count', zh: '园区内专精特新中小企业数（不含“小巨人”）' },
  littleGiantCount: { type: 'count', zh: '园区内专精特新“小巨人”企业数' },
  leadUnit: { type: 'boolean', zh: '是否为牵头单位' },
  rank: { type: 'rank', zh: '市决赛获奖等次（1 一等奖、2 二等奖、3 三等奖）' },
  unitPriceFen: { type: 'positive-fen', zh: '市场销售单价（分）' },
  holdsSpecializedTitle: { type: 'boolean', zh: '持有有效的专精特新中小企业（或“小巨人”）称号' },
  equipmentInvestmentFen: { type: 'positive-fen', zh: '项目设备（含技术、软件等）投资额（分）' },
  priorGrantedFen: { type: 'fen', zh: '单家企业上限计算期内本项已获金额（分）' },
  totalInvestmentFen: { type: 'fen', zh: '项目实际总投资（分）' },
  completed: { type: 'boolean', zh: '项目已完工投产' },
  completionYear: { type: 'year', zh: '完工投产年度' },
  revenueFen: { type: 'revenue', zh: '各年度营业收入（分），键为年份' },
  fund: { type: 'fund', zh: `投资基金类型（${FUND_KINDS.join(' / ')}）` },
  paidInFen: { type: 'positive-fen', zh: '实际到资额（分）' },
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isSafeInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);

/** Problems with one fact value (null — or undefined from a TypeScript caller — is "not reported", always acceptable). */
function factProblem(name: AwardFactName, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const spec = AWARD_FACT_SPECS[name];
  const label = `事实 ${name}（${spec.zh}）`;
  switch (spec.type) {
    case 'kind':
      return value === 'new' || value === 'renewal' ? undefined : `${label}应为 new 或 renewal`;
    case 'tier':
      return (TIERS as readonly unknown[]).includes(value) ? undefined : `${label}应为 ${TIERS.join(' / ')}`;
    case 'county':
      return typeof value === 'string' && resolveCountyCode(value) !== undefined
        ? undefined
        : `${label}应为三明市县（市、区）代码，如 350404（旧代码 350402、350403、350427 可用）`;
    case 'division':
      return typeof value === 'string' && /^\d{6}$/.test(value) ? undefined : `${label}应为6位数字`;
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `${label}应为 true 或 false`;
    case 'positive-fen':
      return isSafeInt(value) && value > 0 ? undefined : `${label}应为大于0的整数（单位：分）`;
    case 'fen':
      return isSafeInt(value) && value >= 0 ? undefined : `${label}应为不小于0的整数（单位：分）`;
    case 'year':
      return isSafeInt(value) && value >= 1900 && value <= 2999 ? undefined : `${label}应为四位年份`;
    case 'count':
      return isSafeInt(value) && value >= 0 ? undefined : `${label}应为不小于0的整数`;
    case 'rank':
      return isSafeInt(value) && value >= 1 ? undefined : `${label}应为正整数（1 为一等奖）`;
    case 'fund':
      return (FUND_KINDS as readonly unknown[]).includes(value)
        ? undefined
        : `${label}应为 ${FUND_KINDS.join(' / ')}`;
    case 'revenue': {
      if (!isRecord(value)) return `${label}应为对象，如 {"2023": 100000000, "2024": 120000000}`;
      const bad = Object.entries(value).filter(([k, v]) => !/^\d{4}$/.test(k) || !isSafeInt(v) || v < 0);
      return bad.length === 0
        ? undefined
        : `${label}的键应为四位年份、值应为不小于0的整数（分）：${bad.map(([k]) => k).join('、')}`;
    }
  }
}

/** A value as the user wrote it (strings as they are, anything else as JSON). */
const shown = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** A hint for a near-miss award id: "S-34" has two sub-awards; ids are case-sensitive. */
function awardIdHint(value: unknown): string {
  if (typeof value !== 'string') return '';
  const id = value.trim().toUpperCase();
  if (id === 'S-34') return 'S-34含两项，请指明 S-34a（省级企业技术中心）或 S-34b（省级新型研发机构）；';
  const exact = AWARD_IDS.find((a) => a.toUpperCase() === id);
  return exact !== undefined ? `是否为“${exact}”？` : '';
}

export type AwardRequestValidation =
  | { readonly ok: true; readonly value: AwardRequest }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Validate an award request read from JSON: `{ awardId, date, facts }`. Returns the request (county codes mapped
 * from legacy codes to current ones, a new object) or every problem in Chinese. Facts the award does not read are
 * problems (a misspelt fact is not silently ignored); absent facts are not — the computation answers `unknown`.
 */
export function validateAwardRequest(plain: unknown): AwardRequestValidation {
  if (!isRecord(plain))
    return { ok: false, problems: ['奖励测算请求应为 JSON 对象 { awardId, date, facts }'] };
  const problems: string[] = [];
  for (const key of Object.keys(plain)) {
    if (!['awardId', 'date', 'facts'].includes(key))
      problems.push(`未知字段“${key}”：请求只含 awardId、date、facts`);
  }
  const awardId = plain['awardId'];
  if (awardId === undefined || awardId === null) {
    problems.push(`缺少奖励编号 awardId：应为 ${AWARD_IDS.join('、')} 之一`);
  } else if (!isAwardId(awardId)) {
    problems.push(
      `奖励编号“${shown(awardId)}”无效：${awardIdHint(awardId)}应为 ${AWARD_IDS.join('、')} 之一`,
    );
  }
  const date = plain['date'];
  if (date === undefined || date === null) {
    problems.push('缺少日期 date：应为触发事件（认定、获奖、到资等）的日期 YYYY-MM-DD');
  } else if (typeof date !== 'string' || !isIsoDate(date)) {
    problems.push(
      `日期“${shown(date)}”无效：应为触发事件（认定、获奖、到资等）的日期 YYYY-MM-DD（须为真实存在的日期）`,
    );
  }
  const facts = plain['facts'];
  if (!isRecord(facts)) {
    problems.push('缺少事实 facts（对象；该奖励无需事实时写 {}）');
  } else if (isAwardId(awardId)) {
    const d = awardDefinition(awardId);
    const allowed: readonly string[] = [...d.requiredFacts, ...d.optionalFacts];
    for (const [name, value] of Object.entries(facts)) {
      if (!allowed.includes(name)) {
        problems.push(
          `奖励${awardId}不使用事实“${name}”${allowed.length > 0 ? `（可用：${allowed.join('、')}）` : '（该奖励无需事实）'}`,
        );
        continue;
      }
      const problem = factProblem(name as AwardFactName, value);
      if (problem !== undefined) problems.push(problem);
    }
  }
  if (problems.length > 0 || !isAwardId(awardId) || typeof date !== 'string' || !isRecord(facts)) {
    return { ok: false, problems };
  }
  const normalized: Record<string, unknown> = { ...facts };
  if (typeof facts['countyCode'] === 'string')
    normalized['countyCode'] = resolveCountyCode(facts['countyCode']);
  if (isRecord(facts['revenueFen'])) normalized['revenueFen'] = { ...facts['revenueFen'] };
  return { ok: true, value: { awardId, date, facts: normalized } };
}

/** Invalid request: the problems in Chinese (a RangeError, so the command maps it to exit code 2). */
export class AwardRequestError extends RangeError {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('；'));
    this.name = 'AwardRequestError';
  }
}
