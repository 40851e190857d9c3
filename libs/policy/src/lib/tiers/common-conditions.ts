import { SIZE_CLASS_LABELS } from '@ladder/shared-domain';

import { METRIC_LABELS, classifySize } from '../size-class/classify-size';
import type { SizeClassResult } from '../size-class/classify-size';
import { SIZE_CLASS_VERSIONS } from '../size-class/size-class.rules';
import type { SizeClassConvention, SizeMetric } from '../size-class/size-class.rules';
import { selectVersion } from '../common/source';
import { allOf, condition, fact, factPath, nested, unique } from './evaluation-context';
import { money } from './display';
import type { EvalContext } from './evaluation-context';
import type { CommonResult, ConditionResult, ConditionStatus } from './tier-result';
import type { ClauseRule } from './tier-rule-set';

const GROUP = '基本条件（各层级通用）';

function clause(ctx: EvalContext, text: string): ClauseRule {
  // The common conditions were read from provincial restatements of the national 办法 (rules.md §1.1).
  return { clause: `${ctx.rules.source.docNo} 参评基本条件：${text}`, confidence: 'secondary' };
}

const NEGATIVE_LIST = [
  {
    id: 'common.abnormal-operation',
    field: 'abnormalOperation',
    zh: '未被列入经营异常名录',
    gap: '被列入经营异常名录',
  },
  {
    id: 'common.serious-dishonesty',
    field: 'seriousDishonesty',
    zh: '未被列入严重失信主体名单',
    gap: '被列入严重失信主体名单',
  },
  {
    id: 'common.prohibited-catalogue',
    field: 'prohibitedCatalogue',
    zh: '提供的产品（服务）不属于国家禁止、限制或淘汰类',
    gap: '产品（服务）属于国家禁止、限制或淘汰类',
  },
  {
    id: 'common.major-incident',
    field: 'majorIncident3y',
    zh: '近三年未发生重大安全（含网络安全、数据安全）、质量、环境污染事故以及偷漏税等违法违规行为',
    gap: '近三年发生重大安全、质量、环境污染事故或偷漏税等违法违规行为',
  },
] as const;

/**
 * When the size class cannot be determined (a fact is missing), the SME test may still be decided: 中小微 means
 * below *either* upper limit (rules.md §2), so one known fact below its limit makes the enterprise an SME whatever
 * the missing fact is. Returns the metric that decides, or null.
 */
function smeByKnownFact(
  size: SizeClassResult,
  facts: Readonly<Partial<Record<SizeMetric, number>>>,
  asOf: string,
  convention: SizeClassConvention,
): { metric: SizeMetric; value: number; threshold: number } | null {
  if (size.sizeClass !== null) return null;
  const version = selectVersion(SIZE_CLASS_VERSIONS, asOf);
  if (!version) return null;
  const upper = version.groups[size.industryGroup].upper;
  for (const metric of Object.keys(upper) as SizeMetric[]) {
    const value = facts[metric];
    const threshold = upper[metric];
    if (value === undefined || threshold === undefined) continue;
    if (convention.upperBound === 'exclusive' ? value < threshold : value <= threshold) {
      return { metric, value, threshold };
    }
  }
  return null;
}

function shownMetric(metric: SizeMetric, value: number): string {
  return metric === 'employees' ? `${value}人` : money(value);
}

/**
 * rules.md §1.1, for every tier: an SME under 《中小企业划型标准规定》 (classifySize with the profile's industry
 * group and the 上年度 facts), an independent legal person, and none of the negative-list items (as of 上年末).
 */
export function evaluateCommon(ctx: EvalContext): CommonResult {
  const year = ctx.dataYear;
  const employees = fact(ctx, year, 'employees');
  const revenue = fact(ctx, year, 'operatingRevenue');
  const assets = fact(ctx, year, 'totalAssets');
  const facts = {
    employees: employees.ok ? employees.value : undefined,
    operatingRevenue: revenue.ok ? revenue.value : undefined,
    totalAssets: assets.ok ? assets.value : undefined,
  };
  const size = classifySize({
    industryGroup: ctx.profile.industryGroup,
    facts,
    asOf: ctx.asOf,
    convention: ctx.params.sizeClassConvention,
  });
  const decidedBy = smeByKnownFact(size, facts, ctx.asOf, ctx.params.sizeClassConvention);
  const sizeStatus: ConditionStatus =
    size.sizeClass === null
      ? decidedBy
        ? 'met'
        : 'unknown'
      : size.sizeClass === 'not-sme'
        ? 'not-met'
        : 'met';
  const conditions: ConditionResult[] = [
    condition({
      id: 'common.sme',
      zh: '属于中小企业（《中小企业划型标准规定》）',
      group: GROUP,
      rule: { clause: `${ctx.rules.source.docNo} 参评基本条件：符合${size.clause}`, confidence: 'confirmed' },
      status: sizeStatus,
      values: {
        企业规模: size.sizeClass
          ? SIZE_CLASS_LABELS[size.sizeClass].zh
          : decidedBy
            ? '中小企业（具体档次无法确定）'
            : '无法划型',
        划型说明: size.explanation,
      },
      missing: size.missing.map((m) => factPath(year, m)),
      gap: `${year}年数据划型为非中小企业（${size.explanation}）`,
      onBoundary: size.onBoundary,
      ...(decidedBy
        ? {
            note: `${METRIC_LABELS[decidedBy.metric]}${shownMetric(decidedBy.metric, decidedBy.value)}已低于中小微企业上限${shownMetric(decidedBy.metric, decidedBy.threshold)}（任一指标低于上限即为中小微企业），缺少的数据不影响是否属于中小企业的判断，仅无法确定大中小微档次`,
          }
        : {}),
    }),
  ];

  const independent = ctx.profile.independentLegalPerson;
  const known = independent !== undefined && independent !== null;
  conditions.push(
    condition({
      id: 'common.independent-legal-person',
      zh: '在中华人民共和国境内工商注册登记、具有独立法人资格',
      group: GROUP,
      rule: clause(ctx, '境内工商注册登记、具有独立法人资格'),
      status: !known ? 'unknown' : independent ? 'met' : 'not-met',
      values: { 独立法人资格: !known ? '缺失' : independent ? '是' : '否' },
      missing: ['independentLegalPerson'],
      gap: '不具有独立法人资格',
    }),
  );

  for (const item of NEGATIVE_LIST) {
    const r = nested(ctx, year, 'compliance', item.field);
    conditions.push(
      condition({
        id: item.id,
        zh: item.zh,
        group: GROUP,
        rule: clause(ctx, item.zh),
        status: !r.ok ? 'unknown' : r.value ? 'not-met' : 'met',
        values: { [`${year}年末情况`]: !r.ok ? '缺失' : r.value ? '是' : '否' },
        missing: [r.path],
        gap: item.gap,
      }),
    );
  }

  const status = allOf(conditions.map((c) => c.status));
  return {
    status,
    sizeClass: size,
    conditions,
    missing: unique(conditions.flatMap((c) => c.missing)),
    gaps: conditions.flatMap((c) => (c.gap ? [c.gap] : [])),
  };
}
