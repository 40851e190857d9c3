import { basisPoints, compare, quotient } from '../common/rational';
import {
  allOf,
  allRequirement,
  anyRequirement,
  atLeast,
  awardInYears,
  belowSign,
  condition,
  fact,
  fromBoolean,
  isInclusive,
  makerChinaInYears,
  minSign,
  money,
  moneyAgainst,
  moneyNear,
  nested,
  percent,
  percentAgainst,
  percentOfBp,
  requirementOf,
  sumOverYears,
  sumStatus,
  windowYears,
} from './evaluation-context';
import type { EvalContext } from './evaluation-context';
import { itemCondition, nicheCondition, ratioCondition } from './condition-builders';
import { RD_LEVEL_ZH, readRatio, twoYearGrowth } from './indicators';
import { finishTier } from './tier-outcome';
import type { CommonResult, ConditionResult, ConditionStatus, TierResult, TierRoute } from './tier-result';
import type { LittleGiant2022Standard } from './tier-rule-set';
import { prerequisiteFor } from './titles';
import type { ChainInput } from './titles';

const SPEC = '专业化指标';
const REF = '精细化指标';
const CHAR = '特色化指标';
const GENERAL = '创新能力指标·一般性条件（须同时满足）';
const DIRECT = '创新能力指标·创新直通条件（满足其一）';

type RevenueBand = 'high' | 'mid' | 'small';

const BAND_ZH: Readonly<Record<RevenueBand, string>> = {
  high: '1亿元以上',
  mid: '5000万元—1亿元',
  small: '5000万元以下',
};

function growthCondition(ctx: EvalContext, std: LittleGiant2022Standard): ConditionResult {
  const g = std.specialization.growth;
  const base = {
    id: 'specialization.growth',
    zh: `近2年主营业务收入平均增长率不低于${percentOfBp(g.minBp)}`,
    group: SPEC,
    rule: g,
  };
  if (ctx.type === 'review' && ctx.params.reviewExemptsLittleGiantGrowth) {
    return condition({
      ...base,
      status: 'met',
      note: '复核免于考核增长率（参数 reviewExemptsLittleGiantGrowth）',
    });
  }
  const growth = twoYearGrowth(ctx, 'mainBusinessRevenue', ctx.params.averageGrowth, [g.minBp]);
  const c = growth.measure?.compareTo(basisPoints(g.minBp));
  const ok = c === undefined ? null : c > 0 || (c === 0 && isInclusive(g.wording, ctx.params));
  return condition({
    ...base,
    status: ok === null ? 'unknown' : fromBoolean(ok),
    values: growth.values,
    missing: growth.missing,
    gap: `近2年主营业务收入平均增长率 ${growth.measure?.display ?? ''} ${belowSign(g.wording, ctx.params)} ${percentOfBp(g.minBp)}`,
    onBoundary: c === 0,
    note:
      ctx.params.averageGrowth === 'arithmetic'
        ? '平均增长率按两个年度增长率的算术平均计算（参数 averageGrowth）'
        : '平均增长率按复合增长率计算（参数 averageGrowth）',
  });
}

function revenueBand(ctx: EvalContext, std: LittleGiant2022Standard, revenue: number): RevenueBand {
  const rd = std.innovation.rd;
  const upper = (edge: number): boolean => {
    const c = compare(quotient(revenue), quotient(edge));
    return c > 0 || (c === 0 && ctx.params.bandEdgeToHigher);
  };
  return upper(rd.highRevenueFen) ? 'high' : upper(rd.midRevenueFen) ? 'mid' : 'small';
}

interface Branch {
  readonly status: ConditionStatus;
  readonly values: Record<string, string>;
  readonly missing: string[];
  readonly gaps: string[];
}

/** 近2年研发费用占营业收入比重均不低于 minBp. */
function ratioBranch(ctx: EvalContext, minBp: number): Branch {
  const values: Record<string, string> = {};
  const missing: string[] = [];
  const gaps: string[] = [];
  const statuses: ConditionStatus[] = [];
  for (const year of windowYears(ctx, 2)) {
    const r = readRatio(ctx, year, 'rdExpense', 'operatingRevenue', '研发费用占比', [minBp]);
    Object.assign(values, r.values);
    if (!r.value) {
      statuses.push('unknown');
      missing.push(...r.missing);
      continue;
    }
    const ok = atLeast(r.value, basisPoints(minBp), '不低于', ctx.params);
    statuses.push(fromBoolean(ok));
    if (!ok)
      gaps.push(
        `${year}年研发费用占比 ${percentAgainst(r.value, basisPoints(minBp))} < ${percentOfBp(minBp)}`,
      );
  }
  return { status: allOf(statuses), values, missing, gaps };
}

/** 上年度营业收入5000万元以下: 近2年股权融资8000万元以上、研发费用3000万元以上、研发人员占比50%以上. */
function smallBranch(ctx: EvalContext, std: LittleGiant2022Standard): Branch {
  const s = std.innovation.rd.small;
  const p = ctx.params;
  const years = windowYears(ctx, std.innovation.rd.years);
  const equity = sumOverYears(ctx, years, 'equityFinancing', '新增股权融资');
  const equityStatus = sumStatus(equity, BigInt(s.equityMinFen), s.wording, p);

  const rd =
    p.littleGiantSmallRevenueRdScope === 'two-year-total'
      ? sumOverYears(ctx, years, 'rdExpense', '研发费用')
      : sumOverYears(ctx, [ctx.dataYear], 'rdExpense', '研发费用');
  const rdStatus = sumStatus(rd, BigInt(s.rdMinFen), s.wording, p);
  const rdScopeZh =
    p.littleGiantSmallRevenueRdScope === 'two-year-total' ? '近2年研发费用合计' : '上年度研发费用';

  const staff = readRatio(ctx, ctx.dataYear, 'rdStaff', 'employees', '研发人员占比', [s.rdStaffMinBp]);
  const staffOk = staff.value ? atLeast(staff.value, basisPoints(s.rdStaffMinBp), s.wording, p) : null;

  const gaps: string[] = [];
  if (equityStatus === 'not-met')
    gaps.push(
      `近2年新增股权融资合计 ${moneyAgainst(equity.known, s.equityMinFen)} ${belowSign(s.wording, p)} ${money(s.equityMinFen)}`,
    );
  if (rdStatus === 'not-met')
    gaps.push(
      `${rdScopeZh} ${moneyAgainst(rd.known, s.rdMinFen)} ${belowSign(s.wording, p)} ${money(s.rdMinFen)}`,
    );
  if (staff.value && staffOk === false)
    gaps.push(
      `研发人员占比 ${percentAgainst(staff.value, basisPoints(s.rdStaffMinBp))} ${belowSign(s.wording, p)} ${percentOfBp(s.rdStaffMinBp)}`,
    );
  return {
    status: allOf([equityStatus, rdStatus, staffOk === null ? 'unknown' : fromBoolean(staffOk)]),
    values: {
      ...equity.values,
      近2年新增股权融资合计: moneyNear(equity.known, [s.equityMinFen]),
      ...rd.values,
      [rdScopeZh]: moneyNear(rd.known, [s.rdMinFen]),
      ...staff.values,
    },
    missing: [...equity.missing, ...rd.missing, ...staff.missing],
    gaps,
  };
}

function rdCondition(ctx: EvalContext, std: LittleGiant2022Standard): ConditionResult {
  const rd = std.innovation.rd;
  const revenue = fact(ctx, ctx.dataYear, 'operatingRevenue');
  const branches: Readonly<Record<RevenueBand, () => Branch>> = {
    high: () => ratioBranch(ctx, rd.highMinRatioBp),
    mid: () => ratioBranch(ctx, rd.midMinRatioBp),
    small: () => smallBranch(ctx, std),
  };
  const zh =
    '研发投入：上年度营业收入1亿元以上的近2年研发费用占比均不低于3%；5000万元—1亿元的均不低于6%；5000万元以下的近2年新增股权融资8000万元以上且研发费用3000万元以上、研发人员占比50%以上';
  const base = { id: 'innovation.general.rd', zh, group: GENERAL, rule: rd };
  if (revenue.ok) {
    const band = revenueBand(ctx, std, revenue.value);
    const b = branches[band]();
    const revenueKey = `${ctx.dataYear}年营业收入`;
    // The band edges decide here: never print a revenue 1 fen under 1亿 as "10000万元".
    const revenueShown = moneyNear(revenue.value, [rd.highRevenueFen, rd.midRevenueFen]);
    return condition({
      ...base,
      status: b.status,
      values: {
        [revenueKey]: revenueShown,
        营业收入分档: BAND_ZH[band],
        ...b.values,
        [revenueKey]: revenueShown,
      },
      missing: b.missing,
      gap: `营业收入${BAND_ZH[band]}档：${b.gaps.join('，')}`,
      onBoundary: revenue.value === rd.highRevenueFen || revenue.value === rd.midRevenueFen,
    });
  }
  // Revenue unknown: decided only if every band gives the same answer.
  const all = (['high', 'mid', 'small'] as const).map((band) => branches[band]());
  const statuses = all.map((b) => b.status);
  const status: ConditionStatus = statuses.every((s) => s === 'met')
    ? 'met'
    : statuses.every((s) => s === 'not-met')
      ? 'not-met'
      : 'unknown';
  return condition({
    ...base,
    status,
    values: { [`${ctx.dataYear}年营业收入`]: '缺失' },
    missing: [revenue.path, ...all.flatMap((b) => b.missing)],
    gap: `各营业收入分档均不满足：${all.flatMap((b) => b.gaps).join('，')}`,
  });
}

function innovationConditions(
  ctx: EvalContext,
  std: LittleGiant2022Standard,
): { general: ConditionResult[]; direct: ConditionResult[] } {
  const y = ctx.dataYear;
  const inn = std.innovation;
  const level = fact(ctx, y, 'rdInstitutionLevel');
  const applied = nested(ctx, y, 'ip', 'class1Applied');
  const awardYears = windowYears(ctx, inn.directAward.windowYears);
  const award = awardInYears(
    ctx,
    awardYears,
    (a) => a.level === 'national' && a.rank <= inn.directAward.nationalMaxRank,
  );
  const makerYears = windowYears(ctx, inn.directMakerChina.windowYears);
  const maker = makerChinaInYears(ctx, makerYears, inn.directMakerChina.results);
  return {
    general: [
      rdCondition(ctx, std),
      condition({
        id: 'innovation.general.institution',
        zh: '自建或与高等院校、科研机构联合建立研发机构',
        group: GENERAL,
        rule: inn.institution,
        status: level.ok ? fromBoolean(inn.institution.levels.includes(level.value)) : 'unknown',
        values: { 研发机构级别: level.ok ? RD_LEVEL_ZH[level.value] : '缺失' },
        missing: [level.path],
        gap: '未建立研发机构',
      }),
      condition({
        id: 'innovation.general.ip',
        zh: `拥有${inn.ip.minApplied}项以上与主导产品相关的Ⅰ类知识产权，且实际应用并已产生经济效益`,
        group: GENERAL,
        rule: inn.ip,
        status: applied.ok
          ? fromBoolean(
              atLeast(quotient(applied.value), quotient(inn.ip.minApplied), inn.ip.wording, ctx.params),
            )
          : 'unknown',
        values: { 已实际应用的Ⅰ类知识产权: applied.ok ? `${applied.value}项` : '缺失' },
        missing: [applied.path],
        gap: `已实际应用的Ⅰ类知识产权${applied.ok ? applied.value : ''}项，未达到${minSign(inn.ip.wording, ctx.params)}${inn.ip.minApplied}项`,
      }),
    ],
    direct: [
      condition({
        id: 'innovation.direct.award',
        zh: `近三年获得国家级科技奖励，并在获奖单位中排名前${inn.directAward.nationalMaxRank}`,
        group: DIRECT,
        rule: inn.directAward,
        status: award.status,
        values: award.values,
        missing: award.missing,
        gap: `近三年（${awardYears[0]}–${y}年）无国家级前${inn.directAward.nationalMaxRank}名的科技奖励`,
      }),
      condition({
        id: 'innovation.direct.maker-china',
        zh: '近三年进入“创客中国”中小企业创新创业大赛全国50强企业组名单',
        group: DIRECT,
        rule: inn.directMakerChina,
        status: maker.status,
        values: maker.values,
        missing: maker.missing,
        gap: `近三年（${makerYears[0]}–${y}年）未进入“创客中国”全国50强企业组名单`,
      }),
    ],
  };
}

/** 专精特新“小巨人”, 2022 Annex 3: prerequisite and all six groups (创新能力 by 一般性条件 or 创新直通条件). */
export function evaluateLittleGiant2022(
  ctx: EvalContext,
  std: LittleGiant2022Standard,
  common: CommonResult,
  chain: ChainInput,
): TierResult {
  const y = ctx.dataYear;
  const p = ctx.params;
  const prerequisite = prerequisiteFor(ctx, chain, 'specialized');
  const sp = std.specialization;
  const rf = std.refinement;
  const ch = std.characteristic;

  const marketShare = fact(ctx, y, 'marketShareBp');

  const required: ConditionResult[] = [
    nicheCondition(
      ctx,
      {
        id: 'specialization.niche',
        zh: `截至上年末从事特定细分市场时间达到${sp.niche.minYears}年以上`,
        group: SPEC,
        rule: sp.niche,
      },
      sp.niche.minYears,
      sp.niche.wording,
    ),
    ratioCondition(
      ctx,
      {
        id: 'specialization.main-share',
        zh: `主营业务收入总额占营业收入总额比重不低于${percentOfBp(sp.mainShare.minBp)}`,
        group: SPEC,
        rule: sp.mainShare,
      },
      {
        year: y,
        num: 'mainBusinessRevenue',
        den: 'operatingRevenue',
        ratioZh: '主营业务收入占比',
        bp: sp.mainShare.minBp,
        wording: sp.mainShare.wording,
        direction: 'min',
      },
    ),
    growthCondition(ctx, std),
    itemCondition(
      ctx,
      {
        id: 'refinement.strategy',
        zh: '重视并实施长期发展战略，公司治理规范',
        group: REF,
        rule: rf.strategy,
      },
      'strategyAndGovernance',
      '未实施长期发展战略或公司治理不规范',
    ),
    itemCondition(
      ctx,
      {
        id: 'refinement.info-system',
        zh: '至少1项核心业务采用信息系统支撑',
        group: REF,
        rule: rf.infoSystem,
      },
      'infoSystemCoreBusiness',
      '核心业务未采用信息系统支撑',
    ),
    itemCondition(
      ctx,
      {
        id: 'refinement.certification',
        zh: '取得相关管理体系认证，或产品通过发达国家和地区产品认证',
        group: REF,
        rule: rf.certification,
      },
      'managementCertification',
      '未取得相关管理体系认证或发达国家和地区产品认证',
    ),
    ratioCondition(
      ctx,
      {
        id: 'refinement.debt-ratio',
        zh: `截至上年末资产负债率不高于${percentOfBp(rf.debtRatio.maxBp)}`,
        group: REF,
        rule: rf.debtRatio,
      },
      {
        year: y,
        num: 'totalLiabilities',
        den: 'totalAssets',
        ratioZh: '资产负债率',
        bp: rf.debtRatio.maxBp,
        wording: rf.debtRatio.wording,
        direction: 'max',
      },
    ),
    condition({
      id: 'characteristic.market-share',
      zh: `主导产品在全国细分市场占有率达到${percentOfBp(ch.marketShare.minBp)}以上`,
      group: CHAR,
      rule: ch.marketShare,
      status: marketShare.ok
        ? fromBoolean(
            atLeast(
              basisPoints(marketShare.value),
              basisPoints(ch.marketShare.minBp),
              ch.marketShare.wording,
              p,
            ),
          )
        : 'unknown',
      values: { 全国细分市场占有率: marketShare.ok ? percent(basisPoints(marketShare.value)) : '缺失' },
      missing: [marketShare.path],
      gap: marketShare.ok
        ? `全国细分市场占有率 ${percent(basisPoints(marketShare.value))} ${belowSign(ch.marketShare.wording, p)} ${percentOfBp(ch.marketShare.minBp)}`
        : '',
      onBoundary: marketShare.ok && marketShare.value === ch.marketShare.minBp,
    }),
    itemCondition(
      ctx,
      {
        id: 'characteristic.brand',
        zh: '拥有直接面向市场并具有竞争优势的自主品牌',
        group: CHAR,
        rule: ch.brand,
      },
      'competitiveOwnBrand',
      '无直接面向市场并具有竞争优势的自主品牌',
    ),
  ];
  const innovation = innovationConditions(ctx, std);
  const chainItem = itemCondition(
    ctx,
    {
      id: 'chain.key-link',
      zh: '位于产业链关键环节，发挥“补短板”“锻长板”“填空白”等重要作用',
      group: '产业链配套指标',
      rule: std.chain,
    },
    'chainKeyLink',
    '未位于产业链关键环节',
  );
  const domainItem = itemCondition(
    ctx,
    {
      id: 'domain.key-domain',
      zh: '主导产品属于制造业核心基础领域、制造强国十大重点领域或网络强国建设领域',
      group: '主导产品所属领域指标',
      rule: std.domain,
    },
    'keyDomainProduct',
    '主导产品不属于规定的重点领域',
  );

  const general = allRequirement('innovation.general', '创新能力一般性条件', innovation.general);
  const innovationReq = anyRequirement('innovation', '创新能力指标（一般性条件或创新直通条件）', [
    general,
    ...innovation.direct,
  ]);
  const firstDirect = innovation.direct.find((c) => c.status === 'met');
  const route: TierRoute =
    general.status === 'met'
      ? { kind: 'general', id: 'innovation.general', zh: '创新能力满足一般性条件' }
      : firstDirect
        ? { kind: 'direct', id: firstDirect.id, zh: `创新直通条件：${firstDirect.zh}` }
        : { kind: 'general', id: 'innovation.general', zh: '创新能力满足一般性条件' };

  return finishTier(
    ctx,
    {
      tier: 'little-giant',
      zh: '专精特新“小巨人”企业',
      standard: `${std.source.docNo} ${std.source.article ?? ''}《${std.zh}》`,
      conditions: [
        prerequisite,
        ...required,
        ...innovation.general,
        ...innovation.direct,
        chainItem,
        domainItem,
      ],
      score: null,
      requirements: [
        requirementOf(prerequisite),
        ...required.map(requirementOf),
        innovationReq,
        requirementOf(chainItem),
        requirementOf(domainItem),
      ],
      route,
    },
    common,
  );
}
