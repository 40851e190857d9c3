import { formatRate, formatWan, formatWanExact } from '../awards/award-money';
import type { RateFraction } from '../awards/award-types';
import { quotient } from '../common/rational';
import type { PendingConfirmation } from '../common/source';
import { selectVersion } from '../common/source';
import type { DeductionRequest, ProcurementRequest, ReserveRequest } from './procurement-request';
import {
  ProcurementRequestError,
  validateProcurementParameters,
  validateProcurementRequest,
} from './procurement-request';
import type {
  BandUsed,
  DeductionResult,
  ProcurementCondition,
  ProcurementResult,
  ProcurementVersionUsed,
  ReserveCheck,
  ReserveResult,
} from './procurement-result';
import type { DeductionCase, ProcurementParameters, ProcurementRuleVersion } from './procurement.rules';
import {
  BIDDER_KIND_ZH,
  DEFAULT_PROCUREMENT_PARAMETERS,
  PROCUREMENT_CATEGORY_ZH,
  PROCUREMENT_RULE_VERSIONS,
  WORKS_RESERVE_40,
} from './procurement.rules';

// Pure computations over the dated procurement rules: the reserved share of a project, and the deduction decision
// for one bid. Exact arithmetic on BigInt; 评审价 rounded down to the 分, minimum reserved amounts rounded up.

const CONFIRM_BY = '市财政局（经市工信局）';

const READINGS = {
  date: {
    parameter: 'procurement.date',
    value: '采购活动开始之日（采购公告或采购文件发布日）决定适用的版本',
    note: '财库〔2022〕19号自2022年7月1日起执行；此前已发布采购公告的项目是否仍按46号执行未明确，按请求日期所在版本处理。',
    confirmBy: CONFIRM_BY,
  },
  effective46: {
    parameter: 'gp-sme@2021.effectiveFrom',
    value: '2021-01-01',
    note: '财库〔2020〕46号于2020年12月18日印发，施行日期2021年1月1日未经原文核实；此前的采购不予测算。',
    confirmBy: CONFIRM_BY,
  },
  bandInclusive: {
    parameter: 'deduction.bandInclusive',
    value: '扣除比例区间两端均含（如10%与20%均可）',
    note: '“10%—20%”读作闭区间；区间外的比例（含0%）不符合规定。',
    confirmBy: CONFIRM_BY,
  },
  gateInclusive: {
    parameter: 'deduction.consortiumGate',
    value: '小微企业合同份额恰为30%即满足',
    note: '“30%以上”包括本数（《民法典》第一千二百五十九条）；低于30%不享受扣除（门槛，不按比例递减）。',
    confirmBy: CONFIRM_BY,
  },
  worksSmallMicro: {
    parameter: 'deduction.works.small-micro',
    value: '工程项目小微企业扣除3%—5%（46号、19号相同）',
    note: '工程项目小微企业“3%—5%”未经原文核实（rules.md §4.2 标注为待确认）；19号仅调整货物服务项目。',
    confirmBy: CONFIRM_BY,
  },
  worksAfter19: {
    parameter: 'deduction.works.after-19',
    value: '19号施行后工程项目扣除比例不变（小微3%—5%，联合体/分包1%—2%）',
    note: '19号调整的是“货物服务采购项目”；工程项目沿用46号第九条。',
    confirmBy: CONFIRM_BY,
  },
  roundUp: {
    parameter: 'reserve.minimumRounding',
    value: '预留下限按分向上取整',
    note: '“30%以上”“不低于60%”是下限：按分向下取整会低于法定比例，故向上取整；实际预留额按精确比例核对。',
    confirmBy: CONFIRM_BY,
  },
  procurementLimit: {
    parameter: 'reserve.procurementLimit',
    value: '请求所列项目均在采购限额标准以上',
    note: '第七条仅适用于“采购限额标准以上”的项目；福建省采购限额标准未纳入本规则，限额以下项目不应提交。',
    confirmBy: CONFIRM_BY,
  },
} as const satisfies Record<string, PendingConfirmation>;

function worksReserveReading(value: ProcurementParameters['worksReserve40']): PendingConfirmation {
  return {
    parameter: 'worksReserve40',
    value,
    note: '19号“2022年下半年…阶段性提高至40%以上”：second-half-2022 = 仅2022-07-01至2022-12-31；from-2022-07 = 自2022-07-01起持续适用；never = 一律30%。',
    confirmBy: CONFIRM_BY,
  };
}

function versionUsed(v: ProcurementRuleVersion): ProcurementVersionUsed {
  return {
    id: v.id,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo ?? null,
    effectiveFromConfidence: v.effectiveFromConfidence,
    docNo: v.source.docNo,
    title: v.source.title,
  };
}

/** The procurement rules in force on `date` (undefined before 2021-01-01). */
export function procurementRulesOn(date: string): ProcurementRuleVersion | undefined {
  return selectVersion(PROCUREMENT_RULE_VERSIONS, date);
}

const big = (n: number): bigint => BigInt(n);
/** ⌈fen × rate⌉ */
const ceilRate = (fen: number, r: RateFraction): number =>
  Number((big(fen) * big(r.num) + big(r.den) - 1n) / big(r.den));
/** a ≥ b × rate, exactly */
const atLeastShare = (a: number, b: number, r: RateFraction): boolean =>
  big(a) * big(r.den) >= big(b) * big(r.num);
const rateLe = (a: RateFraction, b: RateFraction): boolean =>
  big(a.num) * big(b.den) <= big(b.num) * big(a.den);

function notCoveredReason(date: string): string {
  return `${date}早于《政府采购促进中小企业发展管理办法》（财库〔2020〕46号）施行之日（2021-01-01），本规则不予测算。`;
}

function reserveShare(
  version: ProcurementRuleVersion,
  r: ReserveRequest,
  params: ProcurementParameters,
): { share: RateFraction; clause: string; works40: boolean } {
  const works40 =
    r.category === 'works' &&
    params.worksReserve40 !== 'never' &&
    r.date >= WORKS_RESERVE_40.from &&
    (params.worksReserve40 === 'from-2022-07' || r.date <= WORKS_RESERVE_40.to);
  return works40
    ? { share: WORKS_RESERVE_40.share, clause: WORKS_RESERVE_40.clause, works40 }
    : { share: version.reserve.share, clause: version.reserve.shareClause, works40 };
}

export function computeReserve(
  r: ReserveRequest,
  params: ProcurementParameters = DEFAULT_PROCUREMENT_PARAMETERS,
): ReserveResult {
  const version = procurementRulesOn(r.date);
  const base = {
    kind: 'reserve' as const,
    date: r.date,
    category: r.category,
    budgetFen: r.budgetFen,
    suitableForSme: r.suitableForSme,
  };
  const empty = {
    fullReserveUpToFen: null,
    requiredShare: null,
    requiredShareZh: null,
    minimumReservedFen: null,
    minimumSmallMicroFen: null,
    formula: null,
    check: null,
  };
  if (!version) {
    return {
      ...base,
      ...empty,
      decision: 'not-covered',
      reason: notCoveredReason(r.date),
      clause: '—',
      version: null,
      pendingConfirmations: [READINGS.effective46],
    };
  }
  const categoryZh = PROCUREMENT_CATEGORY_ZH[r.category];
  const upTo =
    r.category === 'works' ? version.reserve.worksFullUpToFen : version.reserve.goodsServicesFullUpToFen;
  const pending: PendingConfirmation[] = [READINGS.date, READINGS.procurementLimit];
  if (version.id === 'gp-sme@2021') pending.push(READINGS.effective46);
  if (!r.suitableForSme) {
    return {
      ...base,
      ...empty,
      fullReserveUpToFen: upTo,
      decision: 'not-required',
      reason: `主管预算单位评估该${categoryZh}项目不适宜由中小企业提供，不要求预留采购份额（第七条、第八条仅适用于适宜由中小企业提供的项目；不适宜的理由应当说明）。`,
      clause: `${version.reserve.fullClause}；${version.reserve.shareClause}`,
      version: versionUsed(version),
      pendingConfirmations: pending,
    };
  }
  const planned = r.reservedFen ?? null;
  const plannedSmallMicro = r.reservedForSmallMicroFen ?? null;
  if (r.budgetFen <= upTo) {
    const gaps: string[] = [];
    if (planned !== null && planned < r.budgetFen) {
      gaps.push(
        `预留${formatWan(planned)}少于预算${formatWan(r.budgetFen)}：${formatWan(upTo)}以下的${categoryZh}项目应全部专门面向中小企业采购`,
      );
    }
    if (planned !== null && planned > r.budgetFen)
      gaps.push(`预留${formatWan(planned)}超过预算${formatWan(r.budgetFen)}`);
    const check: ReserveCheck | null =
      planned === null
        ? null
        : {
            reservedFen: planned,
            reservedForSmallMicroFen: plannedSmallMicro,
            reservedShareMet: gaps.length === 0,
            smallMicroShareMet: null,
            compliant: gaps.length === 0,
            gaps,
          };
    return {
      ...base,
      decision: 'fully-reserved',
      reason: `预算${formatWan(r.budgetFen)}不超过${formatWan(upTo)}的${categoryZh}项目，适宜由中小企业提供的，应当全部专门面向中小企业采购${check === null ? '' : check.compliant ? '；所报预留额符合要求' : `；${gaps.join('；')}`}。`,
      fullReserveUpToFen: upTo,
      requiredShare: { num: 1, den: 1 },
      requiredShareZh: '100%',
      minimumReservedFen: r.budgetFen,
      minimumSmallMicroFen: null,
      formula: `预算${formatWan(r.budgetFen)} ≤ ${formatWan(upTo)}，全部预留：${formatWan(r.budgetFen)}`,
      check,
      clause: version.reserve.fullClause,
      version: versionUsed(version),
      pendingConfirmations: pending,
    };
  }
  const { share, clause, works40 } = reserveShare(version, r, params);
  if (r.category === 'works' && r.date >= WORKS_RESERVE_40.from)
    pending.push(worksReserveReading(params.worksReserve40));
  pending.push(READINGS.roundUp);
  const minimum = ceilRate(r.budgetFen, share);
  const smallMicroRate = version.reserve.smallMicroShare;
  const smallMicroBase = planned ?? minimum;
  const minimumSmallMicro = ceilRate(smallMicroBase, smallMicroRate);
  const exactMinimum = quotient(big(r.budgetFen) * big(share.num), big(share.den));
  let check: ReserveCheck | null = null;
  if (planned !== null) {
    const gaps: string[] = [];
    const shareMet = atLeastShare(planned, r.budgetFen, share) && planned <= r.budgetFen;
    if (!atLeastShare(planned, r.budgetFen, share)) {
      gaps.push(`预留${formatWan(planned)}低于预算的${formatRate(share)}（${formatWanExact(exactMinimum)}）`);
    }
    if (planned > r.budgetFen) gaps.push(`预留${formatWan(planned)}超过预算${formatWan(r.budgetFen)}`);
    let smallMicroMet: boolean | null = null;
    if (plannedSmallMicro !== null) {
      smallMicroMet =
        atLeastShare(plannedSmallMicro, planned, smallMicroRate) && plannedSmallMicro <= planned;
      if (!atLeastShare(plannedSmallMicro, planned, smallMicroRate)) {
        gaps.push(
          `预留给小微企业${formatWan(plannedSmallMicro)}低于预留额的${formatRate(smallMicroRate)}（${formatWanExact(quotient(big(planned) * big(smallMicroRate.num), big(smallMicroRate.den)))}）`,
        );
      }
      if (plannedSmallMicro > planned)
        gaps.push(`预留给小微企业${formatWan(plannedSmallMicro)}超过预留总额${formatWan(planned)}`);
    } else {
      gaps.push(
        `未报预留给小微企业的金额（应不低于预留额的${formatRate(smallMicroRate)}，即${formatWan(minimumSmallMicro)}）`,
      );
    }
    check = {
      reservedFen: planned,
      reservedForSmallMicroFen: plannedSmallMicro,
      reservedShareMet: shareMet,
      smallMicroShareMet: smallMicroMet,
      compliant: gaps.length === 0,
      gaps,
    };
  }
  const over = `超过${formatWan(upTo)}`;
  return {
    ...base,
    decision: 'share-reserved',
    reason: `预算${formatWan(r.budgetFen)}${over}的${categoryZh}项目中适宜由中小企业提供的，应预留预算总额的${formatRate(share)}以上（不少于${formatWan(minimum)}）专门面向中小企业，其中预留给小微企业的比例不低于${formatRate(smallMicroRate)}（不少于${formatWan(minimumSmallMicro)}）${works40 ? '（19号工程项目阶段性提高至40%）' : ''}${check === null ? '' : check.compliant ? '；所报预留方案符合要求' : `；${check.gaps.join('；')}`}。`,
    fullReserveUpToFen: upTo,
    requiredShare: share,
    requiredShareZh: formatRate(share),
    minimumReservedFen: minimum,
    minimumSmallMicroFen: minimumSmallMicro,
    formula: `预算${formatWan(r.budgetFen)} × ${formatRate(share)} = ${formatWanExact(exactMinimum)}，预留下限${formatWan(minimum)}（按分向上取整）；小微企业 ${formatWan(smallMicroBase)} × ${formatRate(smallMicroRate)}，不少于${formatWan(minimumSmallMicro)}`,
    check,
    clause: works40 ? `${clause}；${version.reserve.shareClause}` : clause,
    version: versionUsed(version),
    pendingConfirmations: pending,
  };
}

function bandUsed(version: ProcurementRuleVersion, r: DeductionRequest, kase: DeductionCase): BandUsed {
  const group = r.category === 'works' ? 'works' : 'goods-services';
  const b = version.deduction[group][kase];
  return {
    min: b.min,
    max: b.max,
    zh: `${formatRate(b.min)}—${formatRate(b.max)}`,
    clause: b.clause,
    confidence: b.confidence,
  };
}

function deductionConditions(version: ProcurementRuleVersion, r: DeductionRequest): ProcurementCondition[] {
  const conditions: ProcurementCondition[] = [
    {
      id: 'not-reserved',
      zh: '未预留份额专门面向中小企业的项目，或预留份额项目中的非预留采购包',
      status: r.projectReserved ? 'not-met' : 'met',
      clause:
        '财库〔2020〕46号 第九条（对于经主管预算单位统筹后未预留份额专门面向中小企业采购的采购项目，以及预留份额项目中的非预留部分采购包，给予价格扣除）',
      missing: [],
      ...(r.projectReserved ? { gap: '该项目（采购包）已专门面向中小企业采购，不再给予价格扣除' } : {}),
    },
  ];
  if (r.bidder === 'medium' || r.bidder === 'large') {
    conditions.push({
      id: 'bidder',
      zh: '投标人为小微企业，或为与小微企业组成联合体、向小微企业分包的大中型企业',
      status: 'not-met',
      clause: '财库〔2020〕46号 第九条',
      missing: [],
      gap: `${BIDDER_KIND_ZH[r.bidder]}不享受价格扣除`,
    });
    return conditions;
  }
  if (r.bidder === 'small-micro') {
    if (r.category === 'goods') {
      const made = r.goodsMadeBySmallMicro ?? null;
      conditions.push({
        id: 'goods-made-by-small-micro',
        zh: '所提供的货物均由小微企业制造',
        status: made === null ? 'unknown' : made ? 'met' : 'not-met',
        clause: '财库〔2020〕46号 第四条（在货物采购项目中，货物由中小企业制造）',
        missing: made === null ? ['goodsMadeBySmallMicro'] : [],
        ...(made === false
          ? { gap: '所提供货物并非全部由小微企业制造（部分由中型或大型企业制造的不享受扣除）' }
          : {}),
      });
    }
    return conditions;
  }
  const share = r.smallMicroShare ?? null;
  const gateMet = share === null ? null : rateLe(version.consortiumGate, share);
  conditions.push({
    id: 'small-micro-share',
    zh: `联合协议或分包意向协议约定小微企业的合同份额占合同总金额${formatRate(version.consortiumGate)}以上`,
    status: gateMet === null ? 'unknown' : gateMet ? 'met' : 'not-met',
    clause: version.gateClause,
    missing: share === null ? ['smallMicroShare'] : [],
    ...(share !== null && gateMet === false
      ? {
          gap: `小微企业合同份额${formatRate(share)} < ${formatRate(version.consortiumGate)}（门槛，不按比例递减）`,
        }
      : {}),
  });
  const controlled = r.controlledRelationship ?? null;
  conditions.push({
    id: 'no-control',
    zh: '小微企业与联合体内其他企业、分包企业之间不存在直接控股、管理关系',
    status: controlled === null ? 'unknown' : controlled ? 'not-met' : 'met',
    clause: '财库〔2020〕46号 第九条（存在直接控股、管理关系的，不享受价格扣除优惠政策）',
    missing: controlled === null ? ['controlledRelationship'] : [],
    ...(controlled === true ? { gap: '小微企业与联合体其他成员或分包企业存在直接控股、管理关系' } : {}),
  });
  return conditions;
}

export function computeDeduction(r: DeductionRequest): DeductionResult {
  const evaluation = r.evaluation ?? 'price-deduction';
  const base = {
    kind: 'deduction' as const,
    date: r.date,
    category: r.category,
    bidder: r.bidder,
    bidderZh: BIDDER_KIND_ZH[r.bidder],
    projectReserved: r.projectReserved,
    evaluation,
    rate: r.rate,
    rateZh: formatRate(r.rate),
    bidFen: r.bidFen,
  };
  const version = procurementRulesOn(r.date);
  if (!version) {
    return {
      ...base,
      decision: 'not-covered',
      reason: notCoveredReason(r.date),
      band: null,
      evaluationPriceFen: null,
      priceScoreBonus: null,
      formula: null,
      conditions: [],
      missing: [],
      gaps: [],
      clause: '—',
      version: null,
      pendingConfirmations: [READINGS.effective46],
    };
  }
  const kase: DeductionCase | null =
    r.bidder === 'small-micro'
      ? 'small-micro'
      : r.bidder === 'consortium' || r.bidder === 'subcontract'
        ? 'consortium-subcontract'
        : null;
  const band = kase === null ? null : bandUsed(version, r, kase);
  const pending: PendingConfirmation[] = [READINGS.date, READINGS.bandInclusive];
  if (version.id === 'gp-sme@2021') pending.push(READINGS.effective46);
  if (kase === 'consortium-subcontract') pending.push(READINGS.gateInclusive);
  if (r.category === 'works' && kase === 'small-micro') pending.push(READINGS.worksSmallMicro);
  if (r.category === 'works' && version.id !== 'gp-sme@2021') pending.push(READINGS.worksAfter19);
  const conditions = deductionConditions(version, r);
  const gaps = conditions.flatMap((c) => (c.status === 'not-met' && c.gap ? [c.gap] : []));
  const missing = conditions.flatMap((c) => c.missing);
  const common = {
    band,
    conditions,
    missing,
    gaps,
    version: versionUsed(version),
    pendingConfirmations: pending,
  };
  const clause = band?.clause ?? '财库〔2020〕46号 第九条';
  if (gaps.length > 0) {
    return {
      ...base,
      ...common,
      decision: 'not-applicable',
      reason: `不适用价格扣除：${gaps.join('；')}；按原报价${formatWan(r.bidFen)}参加评审。`,
      evaluationPriceFen: r.bidFen,
      priceScoreBonus: null,
      formula: null,
      clause: [...new Set(conditions.filter((c) => c.status === 'not-met').map((c) => c.clause))].join('；'),
    };
  }
  if (missing.length > 0 || band === null) {
    return {
      ...base,
      ...common,
      decision: 'unknown',
      reason: `暂无法判定是否给予价格扣除：缺少${missing.join('、')}。`,
      evaluationPriceFen: null,
      priceScoreBonus: null,
      formula: null,
      clause,
    };
  }
  const within = rateLe(band.min, r.rate) && rateLe(r.rate, band.max);
  const what = `${PROCUREMENT_CATEGORY_ZH[r.category]}项目${kase === 'small-micro' ? '小微企业' : '联合体/分包（小微企业份额达标）'}`;
  if (!within) {
    return {
      ...base,
      ...common,
      decision: 'rejected',
      reason: `扣除比例${formatRate(r.rate)}不在${r.date}适用的${what}区间${band.zh}内（${band.clause}），采购文件应在该区间内确定比例。`,
      evaluationPriceFen: null,
      priceScoreBonus: null,
      formula: null,
      clause,
    };
  }
  if (evaluation === 'price-score-bonus') {
    return {
      ...base,
      ...common,
      decision: 'accepted',
      reason: `比例${formatRate(r.rate)}在${what}区间${band.zh}内；适用招标投标法、采用综合评估法但未采用低价优先法的工程项目，不扣减报价，在原报价计算的价格分基础上增加其价格分的${formatRate(r.rate)}。`,
      evaluationPriceFen: r.bidFen,
      priceScoreBonus: r.rate,
      formula: `价格分 × (1 + ${formatRate(r.rate)})`,
      clause: `${band.clause}（适用招标投标法的政府采购工程建设项目，采用综合评估法但未采用低价优先法计算价格分的，增加其价格分的相应比例）`,
    };
  }
  const keep = { num: r.rate.den - r.rate.num, den: r.rate.den };
  const exact = quotient(big(r.bidFen) * big(keep.num), big(keep.den));
  const price = Number(exact.num / exact.den);
  const roundedNote = exact.den === 1n ? '' : `，按分向下取整为${formatWan(price)}`;
  return {
    ...base,
    ...common,
    decision: 'accepted',
    reason: `扣除比例${formatRate(r.rate)}在${r.date}适用的${what}区间${band.zh}内（${version.source.docNo}）：评审价${formatWan(price)}。`,
    evaluationPriceFen: price,
    priceScoreBonus: null,
    formula: `评审价 = 报价${formatWan(r.bidFen)} × (1 − ${formatRate(r.rate)}) = ${formatWanExact(exact)}${roundedNote}`,
    clause,
  };
}

/** Validate (Chinese problems as ProcurementRequestError) and compute a reserve check or a deduction decision. */
export function computeProcurement(
  request: ProcurementRequest,
  options: { readonly params?: Partial<ProcurementParameters> } = {},
): ProcurementResult {
  const validation = validateProcurementRequest(request);
  if (!validation.ok) throw new ProcurementRequestError(validation.problems);
  const paramProblems = options.params === undefined ? [] : validateProcurementParameters(options.params);
  if (paramProblems.length > 0) throw new ProcurementRequestError(paramProblems);
  const params: ProcurementParameters = {
    worksReserve40: options.params?.worksReserve40 ?? DEFAULT_PROCUREMENT_PARAMETERS.worksReserve40,
  };
  const r = validation.value;
  return r.kind === 'reserve' ? computeReserve(r, params) : computeDeduction(r);
}
