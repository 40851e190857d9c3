import { basisPoints } from '../common/rational';
import {
  allRequirement,
  anyRequirement,
  atLeast,
  belowSign,
  condition,
  fact,
  fromBoolean,
  isInclusive,
  requirementOf,
} from './evaluation-context';
import { percent, percentOfBp } from './display';
import type { EvalContext } from './evaluation-context';
import { itemCondition, nicheCondition, ratioCondition } from './condition-builders';
import { twoYearGrowth } from './indicators';
import { finishTier } from './tier-outcome';
import type { CommonResult, ConditionResult, TierResult, TierRoute } from './tier-result';
import type { LittleGiant2022Standard } from './tier-rule-set';
import { prerequisiteFor } from './titles';
import type { ChainInput } from './titles';
import { innovationConditions } from './little-giant-2022-innovation';

const SPEC = '专业化指标';
const REF = '精细化指标';
const CHAR = '特色化指标';

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
    gap: () => `近2年主营业务收入平均增长率 ${growth.measure?.display ?? ''} ${belowSign(g.wording, ctx.params)} ${percentOfBp(g.minBp)}`,
    onBoundary: c === 0,
    note:
      ctx.params.averageGrowth === 'arithmetic'
        ? '平均增长率按两个年度增长率的算术平均计算（参数 averageGrowth）'
        : '平均增长率按复合增长率计算（参数 averageGrowth）',
  });
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
