import { basisPoints, compare, quotient } from '../common/rational';
import {
  allOf,
  atLeast,
  awardInYears,
  belowSign,
  condition,
  fact,
  fromBoolean,
  makerChinaInYears,
  minSign,
  nested,
  sumOverYears,
  sumStatus,
  windowYears,
} from './evaluation-context';
import { money, moneyAgainst, moneyNear, percentAgainst, percentOfBp } from './display';
import type { EvalContext } from './evaluation-context';
import { RD_LEVEL_ZH, readRatio } from './indicators';
import type { ConditionResult, ConditionStatus } from './tier-result';
import type { LittleGiant2022Standard } from './tier-rule-set';

// 专精特新“小巨人”, 2022 Annex 3, 创新能力指标: the 一般性条件 (R&D by revenue band, institution, Ⅰ类知识产权) and
// the 创新直通条件 (national S&T award, 创客中国 top 50).

const GENERAL = '创新能力指标·一般性条件（须同时满足）';
const DIRECT = '创新能力指标·创新直通条件（满足其一）';

type RevenueBand = 'high' | 'mid' | 'small';

const BAND_ZH: Readonly<Record<RevenueBand, string>> = {
  high: '1亿元以上',
  mid: '5000万元—1亿元',
  small: '5000万元以下',
};

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

export function innovationConditions(
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
