import { TIER_LABELS, findCounty } from '@ladder/shared-domain';
import type { Tier } from '@ladder/shared-domain';

import type { Rational } from '../common/rational';
import type { PendingConfirmation } from '../common/source';
import { applyRate, formatRate, formatWan, formatWanExact, rateAtMost } from './award-money';
import type { AwardParameters } from './award-parameters';
import {
  countyMatchingConfirmation,
  findCountyMatching,
  fundCapScopeConfirmation,
  fundRatesConfirmation,
  parkCountConfirmation,
  renewalConfirmation,
  renovationRateConfirmation,
  resolveAwardParameters,
  revenueComparisonConfirmation,
  validateAwardParameters,
} from './award-parameters';
import { AWARD_FACT_SPECS, AwardRequestError, validateAwardRequest } from './award-request';
import type {
  AwardComputation,
  AwardCondition,
  AwardDefinition,
  AwardFacts,
  AwardPayer,
  AwardPayment,
  AwardRequest,
  AwardTerms,
  AwardVersion,
  AwardVersionUsed,
  RateFraction,
} from './award-types';
import { FUND_KIND_LABELS } from './award-types';
import type { AwardCatalogue } from './award-versions';
import { BASE_AWARD_CATALOGUE, buildAwardCatalogue, resolveAwardVersion } from './award-versions';
import { BASE_AWARD_VERSIONS, FIXED_READINGS, awardDefinition } from './awards.rules';

/** How to compute: which catalogue (or which successors to add to the base one) and which readings. */
export interface AwardOptions {
  /** The catalogue in force; default: the base catalogue plus `successors`. */
  readonly catalogue?: AwardCatalogue;
  /** Approved successor versions to add to the base catalogue (ignored when `catalogue` is given). */
  readonly successors?: readonly AwardVersion[];
  /** Readings of ambiguous text (`undefined` keeps the default). */
  readonly params?: Partial<AwardParameters>;
}

const TIER_ZH: Readonly<Record<Tier, string>> = {
  innovative: TIER_LABELS.innovative.zh,
  specialized: TIER_LABELS.specialized.zh,
  'little-giant': TIER_LABELS['little-giant'].zh,
};

// --- Conditions (three-valued) ----------------------------------------------------------------------------------

const met = (id: string, zh: string, note?: string): AwardCondition => ({
  id,
  zh,
  status: 'met',
  missing: [],
  ...(note === undefined ? {} : { note }),
});
const notMet = (id: string, zh: string, gap: string): AwardCondition => ({
  id,
  zh,
  status: 'not-met',
  missing: [],
  gap,
});
const unknown = (id: string, zh: string, missing: readonly string[]): AwardCondition => ({
  id,
  zh,
  status: 'unknown',
  missing,
});

const present = <T>(v: T | null | undefined): v is T => v !== undefined && v !== null;

/** A fact a met condition guarantees (an internal invariant: `grant` runs only when every condition is met). */
function need<T>(v: T | null | undefined, name: string): T {
  if (v === undefined || v === null) {
    throw new Error(`internal: ${name} absent although its condition was met`);
  }
  return v;
}

/** The amount part of a granted award. */
interface Granted {
  readonly amountFen: number;
  readonly capFen: number | null;
  readonly capApplied: boolean;
  readonly formula: string;
  readonly benefit?: string;
  /** County that pays (CNTY / BEN). */
  readonly countyCode?: string;
}

interface Evaluation {
  readonly conditions: readonly AwardCondition[];
  readonly pending: readonly PendingConfirmation[];
  /** Called only when every condition is met. */
  readonly grant: () => Granted;
}

interface Context {
  readonly facts: AwardFacts;
  readonly version: AwardVersion;
  readonly params: AwardParameters;
  readonly date: string;
  readonly definition: AwardDefinition;
}

function termsOf<K extends AwardTerms['kind']>(
  version: AwardVersion,
  kind: K,
): Extract<AwardTerms, { kind: K }> {
  if (version.terms.kind !== kind) {
    throw new RangeError(`版本${version.id}的参数类型为${version.terms.kind}，应为${kind}`);
  }
  return version.terms as Extract<AwardTerms, { kind: K }>;
}

function newRecognition(ctx: Context, pending: PendingConfirmation[]): AwardCondition {
  const kind = ctx.facts.kind;
  const zh = '新认定（非复核）';
  if (kind !== 'new') pending.push(renewalConfirmation(ctx.params));
  if (!present(kind)) return unknown('new-recognition', zh, ['kind']);
  if (kind === 'new') return met('new-recognition', zh);
  return ctx.params.renewalCountsAsNew
    ? met('new-recognition', zh, '复核通过按参数 renewalCountsAsNew=true 视同新认定（待市工信局确认）')
    : notMet(
        'new-recognition',
        zh,
        '复核通过（renewal）不属于新认定，本方案不予奖励（参数 renewalCountsAsNew=false，待市工信局确认）',
      );
}

/** The certification's tier, when reported, must be one the award is for. */
function tierIs(ctx: Context, tiers: readonly Tier[], required: boolean): AwardCondition | undefined {
  const tier = ctx.facts.tier;
  const zh = `认定层级为${tiers.map((t) => TIER_ZH[t]).join('或')}`;
  if (!present(tier)) return required ? unknown('tier', zh, ['tier']) : undefined;
  return tiers.includes(tier)
    ? met('tier', zh)
    : notMet('tier', zh, `认定层级为${TIER_ZH[tier]}，不是${tiers.map((t) => TIER_ZH[t]).join('或')}`);
}

function booleanFact(
  ctx: Context,
  name: 'isLittleGiant' | 'leadUnit' | 'holdsSpecializedTitle' | 'completed',
  id: string,
  zh: string,
  gap: string,
): AwardCondition {
  const v = ctx.facts[name];
  if (!present(v)) return unknown(id, zh, [name]);
  return v ? met(id, zh) : notMet(id, zh, gap);
}

function factPresent(ctx: Context, name: keyof AwardFacts, id: string, zh: string): AwardCondition {
  return present(ctx.facts[name]) ? met(id, zh) : unknown(id, zh, [name]);
}

// --- Amounts ----------------------------------------------------------------------------------------------------

/** min(formula, cap) exactly; the formula is rounded down to the fen. */
function capRational(exact: Rational, capFen: number): { amountFen: number; capApplied: boolean } {
  const capApplied = exact.num > BigInt(capFen) * exact.den;
  return { amountFen: capApplied ? capFen : Number(exact.num / exact.den), capApplied };
}

function rateGrant(
  label: string,
  baseFen: number,
  rate: RateFraction,
  capFen: number,
  capName = '上限',
  capDetail = '',
): Granted {
  const { exact, floorFen } = applyRate(baseFen, rate);
  const { amountFen, capApplied } = capRational(exact, capFen);
  let formula = `${label}${formatWan(baseFen)} × ${formatRate(rate)} = ${formatWanExact(exact)}`;
  if (capApplied) {
    formula += `，超过${capName}${formatWan(capFen)}${capDetail}，按${formatWan(capFen)}`;
  } else {
    if (BigInt(floorFen) * exact.den !== exact.num) formula += `，按分向下取整为${formatWan(floorFen)}`;
    if (capDetail !== '') formula += `，不超过${capName}${formatWan(capFen)}${capDetail}`;
  }
  return { amountFen, capFen, capApplied, formula };
}

function discretionaryGrant(proposedFen: number, capFen: number): Granted {
  const capApplied = proposedFen > capFen;
  return {
    amountFen: capApplied ? capFen : proposedFen,
    capFen,
    capApplied,
    formula: capApplied
      ? `拟奖励金额${formatWan(proposedFen)}，超过上限${formatWan(capFen)}，按${formatWan(capFen)}`
      : `拟奖励金额${formatWan(proposedFen)}（不超过上限${formatWan(capFen)}）`,
  };
}

const fixedGrant = (amountFen: number, what = '定额奖励'): Granted => ({
  amountFen,
  capFen: null,
  capApplied: false,
  formula: `${what}${formatWan(amountFen)}`,
});

// --- Per-award evaluation ---------------------------------------------------------------------------------------

function evaluateCertificationAward(ctx: Context, tiers: readonly Tier[]): Evaluation {
  const pending: PendingConfirmation[] = [];
  const conditions = [newRecognition(ctx, pending)];
  const tier = tierIs(ctx, tiers, false);
  if (tier) conditions.unshift(tier);
  const terms = termsOf(ctx.version, 'fixed');
  const what = ctx.definition.id === 'FJ-LG-50' ? '省级一次性奖励' : '市级财政定额奖励';
  return { conditions, pending, grant: () => fixedGrant(terms.amountFen, what) };
}

function evaluateCountyMatching(ctx: Context): Evaluation {
  termsOf(ctx.version, 'county-matching');
  const pending: PendingConfirmation[] = [];
  const tierCondition = need(tierIs(ctx, ['specialized', 'little-giant'], true), 'tier');
  const conditions: AwardCondition[] = [tierCondition, newRecognition(ctx, pending)];
  const county = ctx.facts.countyCode;
  const tier = ctx.facts.tier;
  const amountZh = '县（市、区）已确定配套奖励金额';
  if (!present(county)) {
    conditions.push(unknown('county', '企业所属县（市、区）', ['countyCode']));
  } else if (present(tier) && (tier === 'specialized' || tier === 'little-giant')) {
    const entry = findCountyMatching(ctx.params.countyMatching, county, tier, ctx.date);
    pending.push(countyMatchingConfirmation(entry, county, tier));
    const name = findCounty(county)?.name ?? county;
    const param = `countyMatching[${county}/${tier}]`;
    if (entry === undefined) {
      conditions.push(unknown('county-amount', amountZh, [param]));
    } else if (entry.amountFen > 0) {
      conditions.push(
        met('county-amount', amountZh, entry.confirmed ? undefined : `${name}配套金额为未经确认的参数值`),
      );
    } else if (entry.confirmed) {
      conditions.push(notMet('county-amount', amountZh, `${name}未设配套奖励（已确认金额为0）`));
    } else {
      conditions.push(unknown('county-amount', amountZh, [param]));
    }
  }
  return {
    conditions,
    pending,
    grant: () => {
      const code = need(county, 'countyCode');
      const t = need(tier, 'tier') as 'specialized' | 'little-giant';
      const row = need(findCountyMatching(ctx.params.countyMatching, code, t, ctx.date), 'countyMatching');
      const name = findCounty(code)?.name ?? code;
      const doc = row.docNo ? `，${row.docNo}` : '';
      return {
        ...fixedGrant(row.amountFen, `${name}配套奖励（新认定${TIER_ZH[t]}${doc}）`),
        countyCode: code,
      };
    },
  };
}

function evaluateParkOperator(ctx: Context): Evaluation {
  const { capFen } = termsOf(ctx.version, 'discretionary');
  const f = ctx.facts;
  const conditions: AwardCondition[] = [
    booleanFact(
      ctx,
      'isLittleGiant',
      'little-giant',
      '引进企业为专精特新“小巨人”企业',
      '引进企业落户时不是专精特新“小巨人”企业',
    ),
  ];
  const outsideZh = '从三明市行政区域以外引入（迁入前注册地不在3504xx）';
  if (!present(f.previousDivisionCode)) {
    conditions.push(unknown('from-outside', outsideZh, ['previousDivisionCode']));
  } else if (f.previousDivisionCode.startsWith('3504')) {
    conditions.push(
      notMet(
        'from-outside',
        outsideZh,
        `企业迁入前注册地（${f.previousDivisionCode}）在三明市行政区域内，不属于从市外引入`,
      ),
    );
  } else {
    conditions.push(met('from-outside', outsideZh));
  }
  conditions.push(factPresent(ctx, 'countyCode', 'beneficiary', '受益地（园区所在县（市、区））'));
  conditions.push(factPresent(ctx, 'proposedAmountFen', 'proposed-amount', '受益地财政核定的拟奖励金额'));
  return {
    conditions,
    pending: [],
    grant: () => ({
      ...discretionaryGrant(need(f.proposedAmountFen, 'proposedAmountFen'), capFen),
      countyCode: need(f.countyCode, 'countyCode'),
    }),
  };
}

function evaluatePlaque(ctx: Context): Evaluation {
  const terms = termsOf(ctx.version, 'plaque');
  const { specializedCount: s, littleGiantCount: g } = ctx.facts;
  const countGiants = ctx.params.parkCountsLittleGiants;
  const min = terms.minEnterprises;
  const zh = `园区聚集${min}家以上专精特新中小企业${countGiants ? '（含“小巨人”）' : '（不含“小巨人”）'}`;
  let condition: AwardCondition;
  let text = '';
  if (present(s) && s >= min) {
    condition = met('gathered', zh);
    text = `园区内专精特新中小企业${s}家 ≥ ${min}家`;
  } else if (!countGiants) {
    condition = present(s)
      ? notMet('gathered', zh, `园区内专精特新中小企业${s}家，不足${min}家（不计“小巨人”）`)
      : unknown('gathered', zh, ['specializedCount']);
    text = `园区内专精特新中小企业${s ?? 0}家 ≥ ${min}家`;
  } else if (present(s) && present(g)) {
    const total = s + g;
    text = `园区内专精特新中小企业${s}家 + “小巨人”企业${g}家 = ${total}家`;
    condition = total >= min ? met('gathered', zh) : notMet('gathered', zh, `${text}，不足${min}家`);
    if (total >= min) text += ` ≥ ${min}家`;
  } else if (present(g) && g >= min) {
    condition = met('gathered', zh);
    text = `园区内“小巨人”企业${g}家 ≥ ${min}家`;
  } else {
    condition = unknown('gathered', zh, [
      ...(present(s) ? [] : ['specializedCount']),
      ...(present(g) ? [] : ['littleGiantCount']),
    ]);
  }
  return {
    conditions: [condition],
    pending: [parkCountConfirmation(ctx.params)],
    grant: () => ({
      amountFen: 0,
      capFen: null,
      capApplied: false,
      formula: `${text}，${terms.benefit}（非现金）`,
      benefit: terms.benefit,
    }),
  };
}

function evaluateFixed(ctx: Context, leadUnit: boolean): Evaluation {
  const { amountFen } = termsOf(ctx.version, 'fixed');
  const conditions = leadUnit
    ? [booleanFact(ctx, 'leadUnit', 'lead-unit', '为牵头单位', '不是牵头单位：扶持资金给予牵头单位')]
    : [];
  return { conditions, pending: [], grant: () => fixedGrant(amountFen, '省级专项资金定额') };
}

function evaluatePrize(ctx: Context): Evaluation {
  const { amountsFen } = termsOf(ctx.version, 'prize');
  const rank = ctx.facts.rank;
  const zh = '市决赛一、二、三等奖';
  const names = ['一等奖', '二等奖', '三等奖'];
  const condition = !present(rank)
    ? unknown('rank', zh, ['rank'])
    : rank <= amountsFen.length
      ? met('rank', zh)
      : notMet('rank', zh, `获奖等次为第${rank}等，不在一、二、三等奖奖励范围内`);
  return {
    conditions: [condition],
    pending: [],
    grant: () => {
      const i = need(rank, 'rank') - 1;
      return fixedGrant(need(amountsFen[i], 'rank'), `市决赛${names[i] ?? ''}奖励`);
    },
  };
}

function evaluateUnitPrice(ctx: Context): Evaluation {
  const { rate, capFen } = termsOf(ctx.version, 'unit-price-rate');
  return {
    conditions: [factPresent(ctx, 'unitPriceFen', 'unit-price', '市场销售单价')],
    pending: [],
    grant: () => rateGrant('市场销售单价', need(ctx.facts.unitPriceFen, 'unitPriceFen'), rate, capFen),
  };
}

function evaluateDigital(ctx: Context): Evaluation {
  const { capFen } = termsOf(ctx.version, 'discretionary');
  return {
    conditions: [factPresent(ctx, 'proposedAmountFen', 'proposed-amount', '省级核定的奖励金额')],
    pending: [],
    grant: () => discretionaryGrant(need(ctx.facts.proposedAmountFen, 'proposedAmountFen'), capFen),
  };
}

function renovationRate(
  ctx: Context,
  parameter: 'technicalRenovationSubsidyRate' | 'technicalRenovationRewardRate',
  maxRate: RateFraction,
  pending: PendingConfirmation[],
): RateFraction {
  const given = ctx.params[parameter];
  if (given !== null && !rateAtMost(given, maxRate)) {
    throw new AwardRequestError([
      `参数 ${parameter}（${formatRate(given)}）超过版本${ctx.version.id}规定的最高比例${formatRate(maxRate)}`,
    ]);
  }
  const rate = given ?? maxRate;
  pending.push(renovationRateConfirmation(parameter, rate, maxRate, given !== null));
  return rate;
}

function enterpriseCapCondition(ctx: Context, capFen: number): AwardCondition {
  const prior = ctx.facts.priorGrantedFen;
  const zh = `单家企业累计不超过${formatWan(capFen)}`;
  if (!present(prior)) return met('enterprise-cap', zh, '未报送本项已获金额，按0计');
  return prior < capFen
    ? met('enterprise-cap', zh)
    : notMet('enterprise-cap', zh, `本项已获${formatWan(prior)}，已达单家企业上限${formatWan(capFen)}`);
}

function renovationGrant(ctx: Context, rate: RateFraction, capFen: number): Granted {
  const prior = ctx.facts.priorGrantedFen ?? 0;
  const base = need(ctx.facts.equipmentInvestmentFen, 'equipmentInvestmentFen');
  if (prior === 0) return rateGrant('项目设备投资额', base, rate, capFen, '单家企业上限');
  // Part of the per-enterprise cap is used: the remaining room caps the amount; the version's cap is reported.
  const detail = `（单家企业上限${formatWan(capFen)}，已获${formatWan(prior)}）`;
  return { ...rateGrant('项目设备投资额', base, rate, capFen - prior, '剩余额度', detail), capFen };
}

function evaluateRenovationSubsidy(ctx: Context): Evaluation {
  const { maxRate, capFen } = termsOf(ctx.version, 'equipment-rate');
  const pending: PendingConfirmation[] = [];
  const rate = renovationRate(ctx, 'technicalRenovationSubsidyRate', maxRate, pending);
  return {
    conditions: [
      booleanFact(
        ctx,
        'holdsSpecializedTitle',
        'specialized',
        '持有有效的专精特新中小企业（或“小巨人”）称号',
        '未持有有效的专精特新中小企业称号',
      ),
      factPresent(ctx, 'equipmentInvestmentFen', 'equipment', '项目设备（含技术、软件等）投资额'),
      enterpriseCapCondition(ctx, capFen),
    ],
    pending,
    grant: () => renovationGrant(ctx, rate, capFen),
  };
}

function revenueGrowthCondition(ctx: Context): AwardCondition {
  const f = ctx.facts;
  const zh = '营业收入较上一年度增长';
  let cur: number;
  switch (ctx.params.revenueComparison) {
    case 'completion-year':
    case 'year-after-completion':
      if (!present(f.completionYear)) {
        // The years to compare are not known yet; name the revenue too when none was reported.
        return unknown('revenue-growth', zh, [
          'completionYear',
          ...(present(f.revenueFen) ? [] : ['revenueFen']),
        ]);
      }
      cur = f.completionYear + (ctx.params.revenueComparison === 'year-after-completion' ? 1 : 0);
      break;
    case 'before-application':
      cur = Number(ctx.date.slice(0, 4)) - 1;
      break;
  }
  const prev = cur - 1;
  const revenue = f.revenueFen ?? {};
  const rc = revenue[String(cur)];
  const rp = revenue[String(prev)];
  const missing = [
    ...(rc === undefined ? [`revenueFen.${cur}`] : []),
    ...(rp === undefined ? [`revenueFen.${prev}`] : []),
  ];
  if (rc === undefined || rp === undefined) return unknown('revenue-growth', zh, missing);
  return rc > rp
    ? met('revenue-growth', zh, `${cur}年营业收入${formatWan(rc)} > ${prev}年${formatWan(rp)}`)
    : notMet('revenue-growth', zh, `${cur}年营业收入${formatWan(rc)}未较${prev}年（${formatWan(rp)}）增长`);
}

/** 完工投产, and not in a year after the request's date. */
function completedCondition(ctx: Context): AwardCondition {
  const condition = booleanFact(ctx, 'completed', 'completed', '项目已完工投产', '项目尚未完工投产');
  const year = ctx.facts.completionYear;
  if (condition.status === 'met' && present(year) && year > Number(ctx.date.slice(0, 4))) {
    return notMet('completed', condition.zh, `完工投产年度${year}晚于申请日期${ctx.date}`);
  }
  return condition;
}

function evaluateRenovationReward(ctx: Context): Evaluation {
  const terms = termsOf(ctx.version, 'equipment-rate');
  const pending: PendingConfirmation[] = [];
  const rate = renovationRate(ctx, 'technicalRenovationRewardRate', terms.maxRate, pending);
  pending.push(revenueComparisonConfirmation(ctx.params));
  const f = ctx.facts;
  const min = terms.minTotalInvestmentFen ?? 0;
  const totalZh = `项目实际总投资${formatWan(min)}以上`;
  const total = !present(f.totalInvestmentFen)
    ? unknown('total-investment', totalZh, ['totalInvestmentFen'])
    : f.totalInvestmentFen >= min
      ? met('total-investment', totalZh)
      : notMet(
          'total-investment',
          totalZh,
          `项目实际总投资${formatWan(f.totalInvestmentFen)}，未达到${formatWan(min)}以上`,
        );
  return {
    conditions: [
      booleanFact(
        ctx,
        'holdsSpecializedTitle',
        'specialized',
        '持有有效的专精特新中小企业（或“小巨人”）称号',
        '未持有有效的专精特新中小企业称号',
      ),
      total,
      completedCondition(ctx),
      revenueGrowthCondition(ctx),
      factPresent(ctx, 'equipmentInvestmentFen', 'equipment', '项目设备（含技术、软件等）投资额'),
      enterpriseCapCondition(ctx, terms.capFen),
    ],
    pending,
    grant: () => renovationGrant(ctx, rate, terms.capFen),
  };
}

function evaluateFund(ctx: Context): Evaluation {
  const terms = termsOf(ctx.version, 'fund-rate');
  const override = !ctx.version.successor ? ctx.params.fundRates : null;
  const rates = override ?? terms.rates;
  const pending: PendingConfirmation[] = ctx.version.successor
    ? []
    : [fundRatesConfirmation(rates, override ? 'parameter' : 'version')];
  const fund = ctx.facts.fund;
  const zh = '投资基金在奖励范围内';
  const fundCondition = !present(fund)
    ? unknown('fund', zh, ['fund'])
    : rates[fund] === null
      ? notMet('fund', zh, `${FUND_KIND_LABELS[fund]}不在奖励范围内（按现行读法）`)
      : met('fund', zh);
  pending.push(fundCapScopeConfirmation(ctx.params));
  const perEnterprise = ctx.params.fundCapScope === 'per-enterprise';
  const capCondition = perEnterprise
    ? enterpriseCapCondition(ctx, terms.capFen)
    : met(
        'investment-cap',
        `每笔股权投资不超过${formatWan(terms.capFen)}`,
        present(ctx.facts.priorGrantedFen)
          ? '按参数 fundCapScope=per-investment 每笔到资分别计上限，不扣减已获金额'
          : undefined,
      );
  return {
    conditions: [fundCondition, factPresent(ctx, 'paidInFen', 'paid-in', '实际到资额'), capCondition],
    pending,
    grant: () => {
      const f = need(fund, 'fund');
      const paidIn = need(ctx.facts.paidInFen, 'paidInFen');
      const label = `${FUND_KIND_LABELS[f]}实际到资额`;
      const rate = need(rates[f], 'fundRates');
      const prior = perEnterprise ? (ctx.facts.priorGrantedFen ?? 0) : 0;
      if (prior === 0) return rateGrant(label, paidIn, rate, terms.capFen);
      // Part of the per-enterprise cap is used: the remaining room caps the amount; the version's cap is reported.
      const detail = `（单家企业上限${formatWan(terms.capFen)}，已获${formatWan(prior)}）`;
      return {
        ...rateGrant(label, paidIn, rate, terms.capFen - prior, '剩余额度', detail),
        capFen: terms.capFen,
      };
    },
  };
}

function evaluate(ctx: Context): Evaluation {
  switch (ctx.definition.id) {
    case 'S-17':
      return evaluateCertificationAward(ctx, ['specialized']);
    case 'S-18':
    case 'FJ-LG-50':
      return evaluateCertificationAward(ctx, ['little-giant']);
    case 'S-19':
      return evaluateCountyMatching(ctx);
    case 'S-22':
      return evaluateParkOperator(ctx);
    case 'S-23':
      return evaluatePlaque(ctx);
    case 'S-31':
    case 'S-34a':
    case 'S-34b':
    case 'S-46':
      return evaluateFixed(ctx, false);
    case 'S-32':
    case 'S-33':
      return evaluateFixed(ctx, true);
    case 'S-35':
      return evaluatePrize(ctx);
    case 'S-36':
    case 'S-37':
      return evaluateUnitPrice(ctx);
    case 'S-40':
      return evaluateDigital(ctx);
    case 'S-43':
      return evaluateRenovationSubsidy(ctx);
    case 'S-44':
      return evaluateRenovationReward(ctx);
    case 'S-47':
      return evaluateFund(ctx);
  }
}

// --- Result -----------------------------------------------------------------------------------------------------

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

function missingLabel(name: string): string {
  const spec = (AWARD_FACT_SPECS as Readonly<Record<string, { zh: string }>>)[name];
  if (spec) return `${name}（${spec.zh}）`;
  if (name.startsWith('revenueFen.')) return `${name}（${name.slice(11)}年营业收入）`;
  if (name.startsWith('countyMatching[')) return `${name}（县级配套金额，待市工信局/各县确认）`;
  return name;
}

function periodText(versions: readonly AwardVersion[]): string {
  if (versions.length === 0) return '无';
  return versions.map((v) => `${v.id}：${v.effectiveFrom}至${v.effectiveTo ?? '长期'}`).join('；');
}

function split(definition: AwardDefinition, granted: Granted): AwardPayment[] {
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

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/**
 * Compute one award for one triggering event. Pure: the same request and options give the same result.
 *
 * 1. The request is validated (`AwardRequestError`, a RangeError listing Chinese problems, when invalid).
 * 2. The version in force on `request.date` is looked up (base versions + successors). None → `not-covered`.
 * 3. The award's conditions are checked with three-valued logic: any known failure → `not-eligible` (with the
 *    gaps), else any absent fact → `unknown` (naming the facts), else `granted`.
 * 4. Amount = min(formula, cap), the formula rounded down to the fen; the payer split sums exactly to it.
 */
export function computeAward(request: AwardRequest, options: AwardOptions = {}): AwardComputation {
  const validation = validateAwardRequest(request);
  if (!validation.ok) throw new AwardRequestError(validation.problems);
  if (options.params !== undefined) {
    const paramProblems = validateAwardParameters(
      Object.fromEntries(Object.entries(options.params).filter(([, v]) => v !== undefined)),
    );
    if (paramProblems.length > 0) throw new AwardRequestError(paramProblems);
  }
  const req = validation.value;
  const catalogue =
    options.catalogue ??
    (options.successors && options.successors.length > 0
      ? buildAwardCatalogue(options.successors)
      : BASE_AWARD_CATALOGUE);
  const params = resolveAwardParameters(options.params);
  const definition = awardDefinition(req.awardId);
  const baseVersion = BASE_AWARD_VERSIONS.find((v) => v.awardId === definition.id);
  const baseClause = baseVersion ? `《${baseVersion.source.title}》${baseVersion.clause}` : definition.clause;
  /** Every result in the same key order: decision and money first, then where it comes from. */
  const result = (r: {
    decision: AwardComputation['decision'];
    reason: string;
    capFen: number | null;
    version: AwardVersion | null;
    conditions?: readonly AwardCondition[];
    missing?: readonly string[];
    gaps?: readonly string[];
    pendingConfirmations?: readonly PendingConfirmation[];
    granted?: Granted;
  }): AwardComputation => ({
    awardId: definition.id,
    catalogueId: definition.catalogueId,
    zh: definition.zh,
    date: req.date,
    decision: r.decision,
    reason: r.reason,
    amountFen: r.granted?.amountFen ?? 0,
    amountZh: formatWan(r.granted?.amountFen ?? 0),
    capFen: r.capFen,
    capApplied: r.granted?.capApplied ?? false,
    formula: r.granted?.formula ?? null,
    payer: definition.payer,
    handling: definition.handling,
    clause: r.version ? `《${r.version.source.title}》${r.version.clause}` : baseClause,
    payerSplit: r.granted ? split(definition, r.granted) : [],
    recipient: definition.recipient.zh,
    benefit: r.granted?.benefit ?? null,
    version: r.version ? versionUsed(r.version) : null,
    conditions: r.conditions ?? [],
    missing: r.missing ?? [],
    gaps: r.gaps ?? [],
    pendingConfirmations: r.pendingConfirmations ?? [],
  });

  const version = resolveAwardVersion(catalogue, req.awardId, req.date);
  if (version === undefined) {
    const known = catalogue.versions.filter((v) => v.awardId === req.awardId);
    return result({
      decision: 'not-covered',
      reason: `${req.date}不在${definition.zh}任何政策版本的有效期内（现有版本 ${periodText(known)}），不予奖励；须有经审批的后续政策版本覆盖该日期后方可享受。`,
      capFen: null,
      version: null,
    });
  }

  const ctx: Context = { facts: req.facts, version, params, date: req.date, definition };
  const evaluation = evaluate(ctx);
  const fixedReadings = definition.readings.flatMap((r) => (FIXED_READINGS[r] ? [FIXED_READINGS[r]] : []));
  const pendingConfirmations = [...evaluation.pending, ...fixedReadings];
  const conditions = evaluation.conditions;
  const gaps = conditions.flatMap((c) => (c.status === 'not-met' && c.gap ? [c.gap] : []));
  const missing = unique(conditions.flatMap((c) => (c.status === 'unknown' ? c.missing : [])));
  const terms = version.terms;
  const versionCap = 'capFen' in terms ? terms.capFen : null;
  const decided = { version, conditions, pendingConfirmations };

  if (gaps.length > 0) {
    return result({
      ...decided,
      decision: 'not-eligible',
      reason: `不符合${definition.zh}条件：${gaps.join('；')}。`,
      capFen: versionCap,
      gaps,
    });
  }
  if (missing.length > 0) {
    return result({
      ...decided,
      decision: 'unknown',
      reason: `暂无法判定${definition.zh}：缺少${missing.map(missingLabel).join('、')}。`,
      capFen: versionCap,
      missing,
    });
  }
  const granted = evaluation.grant();
  const countyName = granted.countyCode ? (findCounty(granted.countyCode)?.name ?? granted.countyCode) : '';
  const payerZh: Record<AwardPayer, string> = {
    PROV: '省级专项资金，市级跟踪',
    CITY: '市级财政',
    CNTY: `${countyName}财政`,
    BEN: `受益地${countyName}财政`,
  };
  return result({
    ...decided,
    decision: 'granted',
    reason: `符合${definition.zh}条件（${definition.payer === null ? '非现金' : payerZh[definition.payer]}）：${granted.formula}。`,
    capFen: granted.capFen,
    granted,
  });
}
