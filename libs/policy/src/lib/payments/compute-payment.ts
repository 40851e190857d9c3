import { formatRate } from '../awards/award-money';
import type { RateFraction } from '../awards/award-types';
import { add, formatTrimmed, multiply, quotient } from '../common/rational';
import type { Rational } from '../common/rational';
import type { PendingConfirmation } from '../common/source';
import { selectVersion } from '../common/source';
import { daysBetween } from '../calendar/calendar-date';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { DEFAULT_WORKING_CALENDAR } from '../calendar/working-calendar';
import { LPR_CONFIRMED_THROUGH, LPR_SOURCE, oneYearLprOn } from './lpr.rules';
import type { PaymentRequest } from './payment-request';
import { PaymentRequestError, validatePaymentParameters, validatePaymentRequest } from './payment-request';
import type {
  ArticleApplied,
  LatePart,
  PaymentComputation,
  PaymentFlag,
  PaymentInterest,
  PaymentPeriod,
  PaymentTextUsed,
} from './payment-result';
import type { PaymentParameters, PaymentRegulationText } from './payment.rules';
import {
  BACK_TO_BACK_INTERPRETATION,
  BUYER_KIND_ZH,
  DEFAULT_PAYMENT_PARAMETERS,
  PAYMENT_REGULATION_TEXTS,
  STATUTORY_DAILY_RATE,
  SUPPLIER_SIZE_ZH,
} from './payment.rules';

// 《保障中小企业款项支付条例》 applied to one contract: which text, the due date (counted on the working-day
// calendar as 《民法典》 counts periods), whether and how long it is overdue on a day, and the late interest
// (simple, exact, rounded down to the 分).

const CONFIRM_BY = '市工信局';

function yuan(fen: number): string {
  const negative = fen < 0;
  const abs = BigInt(Math.abs(fen));
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${whole}.${(abs % 100n).toString().padStart(2, '0')}元`;
}

const fenText = (r: Rational): string => (r.den === 1n ? r.num.toString() : `约${formatTrimmed(r, 4)}`);

function article(text: PaymentRegulationText, key: keyof PaymentRegulationText['articles']): ArticleApplied {
  const a = text.articles[key];
  return { docNo: text.source.docNo, article: a.article, zh: a.zh, confidence: a.confidence };
}

const cite = (text: PaymentRegulationText, key: keyof PaymentRegulationText['articles']): string =>
  `《保障中小企业款项支付条例》（${text.source.docNo}）${text.articles[key].article}`;

const PENDING = {
  lateDays: {
    parameter: 'payment.lateDays',
    value: '逾期天数 = 付款日（未付的为测算基准日）− 到期日',
    note: '到期日当日付款不逾期；到期日次日起每日计息，付款当日计入。',
    confirmBy: CONFIRM_BY,
  },
  acceptanceDelay: {
    parameter: 'payment.acceptanceDelay',
    value: '拖延检验或验收的，付款期限自约定的检验或验收期限届满之日起算',
    note: '2020年文本第九条、2025年文本第十条的该句及条号未经原文核实（rules.md §3）。',
    confirmBy: CONFIRM_BY,
  },
  largeOver60: {
    parameter: 'payment.largeEnterpriseOver60',
    value: '大型企业约定超过60日的付款期限：标记待审查，不截短',
    note: '2025年文本第九条第二款对大型企业“从其约定，但应当按照行业规范、交易习惯合理约定”，未设60日上限；机关、事业单位超过60日的约定按60日计。',
    confirmBy: CONFIRM_BY,
  },
  articles2020: {
    parameter: 'payment-regulation-2020.articles',
    value: '第八条（付款期限）、第九条（检验验收）、第十五条（逾期利息）',
    note: '2020年文本条号据二手资料（法释〔2024〕11号引用第六条、第八条）；第九条、第十五条未经原文核实。',
    confirmBy: CONFIRM_BY,
  },
} as const satisfies Record<string, PendingConfirmation>;

function parameterReading(
  name: keyof PaymentParameters,
  value: string | number,
  note: string,
): PendingConfirmation {
  return { parameter: name, value: String(value), note, confirmBy: CONFIRM_BY };
}

interface PeriodOutcome {
  readonly period: PaymentPeriod | null;
  readonly missing: string[];
  readonly undeterminedReason?: string;
}

function periodStart(
  r: PaymentRequest,
  text: PaymentRegulationText,
  flags: PaymentFlag[],
): { event: PaymentPeriod['startEvent']; date: string } | { missing: string; reason: string } {
  if (r.acceptanceCondition !== true) return { event: 'delivery', date: r.deliveredOn };
  const accepted = r.acceptedOn ?? null;
  const deadline = r.acceptanceDeadline ?? null;
  const delayed = (date: string): { event: 'acceptance-deadline'; date: string } => {
    flags.push({
      code: 'acceptance-delayed',
      severity: 'unlawful',
      zh: `约定的检验或验收期限${date}届满${accepted === null ? '仍未验收' : `后才验收（${accepted}）`}：付款期限自期限届满之日起算`,
      clause: cite(text, 'acceptance'),
    });
    return { event: 'acceptance-deadline', date };
  };
  if (accepted !== null)
    return deadline !== null && accepted > deadline
      ? delayed(deadline)
      : { event: 'acceptance', date: accepted };
  if (deadline !== null && deadline < r.asOf) return delayed(deadline);
  flags.push({
    code: 'acceptance-pending',
    severity: 'info',
    zh: '付款以检验或验收合格为条件，尚无验收合格日期，付款期限尚未起算',
    clause: cite(text, 'acceptance'),
  });
  return {
    missing: 'acceptedOn',
    reason: '付款以检验或验收合格为条件，尚未报验收合格日期，付款期限尚未起算',
  };
}

function term(
  r: PaymentRequest,
  text: PaymentRegulationText,
  flags: PaymentFlag[],
  pending: PendingConfirmation[],
): { days: number; source: PaymentPeriod['termSource']; clause: string } | { reason: string } {
  const agreed = r.agreedTermDays ?? null;
  if (r.buyerKind !== 'large-enterprise') {
    if (r.backToBack === true) {
      flags.push({
        code: 'back-to-back',
        severity: 'unlawful',
        zh: `以收到第三方付款为付款条件属不合理的付款条件，不影响${text.organDays}日（约定的最长${text.organMaxDays}日）付款期限`,
        clause: cite(text, 'unreasonableTerms'),
      });
    }
    if (agreed === null)
      return { days: text.organDays, source: 'statutory', clause: cite(text, 'organTerm') };
    if (agreed <= text.organMaxDays)
      return { days: agreed, source: 'agreed', clause: cite(text, 'organTerm') };
    flags.push({
      code: 'agreed-term-over-60',
      severity: 'unlawful',
      zh: `约定付款期限${agreed}日超过${text.organMaxDays}日的上限，按${text.organMaxDays}日计算`,
      clause: cite(text, 'organTerm'),
    });
    return { days: text.organMaxDays, source: 'agreed-capped', clause: cite(text, 'organTerm') };
  }
  if (r.backToBack === true) {
    const banned = text.backToBackBannedForLarge;
    flags.push({
      code: 'back-to-back',
      severity: 'unlawful',
      zh: banned
        ? '大型企业不得约定以收到第三方付款作为付款条件或按第三方付款进度比例支付：该条件无效，按付款期限计算'
        : `以收到第三方付款为付款前提的约定无效（${BACK_TO_BACK_INTERPRETATION.docNo}，自${BACK_TO_BACK_INTERPRETATION.effectiveFrom}施行），付款期限按约定期限或合理确定`,
      clause: banned
        ? cite(text, 'largeTerm')
        : `${BACK_TO_BACK_INTERPRETATION.docNo} ${BACK_TO_BACK_INTERPRETATION.article ?? ''}；${cite(text, 'unreasonableTerms')}`,
    });
  }
  if (agreed !== null) {
    if (agreed > 60) {
      pending.push(PENDING.largeOver60);
      flags.push({
        code: 'large-enterprise-term-over-60',
        severity: 'review',
        zh: `大型企业约定付款期限${agreed}日超过60日：应当按照行业规范、交易习惯合理约定，须审查（按约定期限计算）`,
        clause: cite(text, 'largeTerm'),
      });
    }
    return { days: agreed, source: 'agreed', clause: cite(text, 'largeTerm') };
  }
  if (text.largeDays !== null)
    return { days: text.largeDays, source: 'statutory', clause: cite(text, 'largeTerm') };
  flags.push({
    code: 'large-enterprise-no-agreed-term',
    severity: 'review',
    zh: '2020年文本未规定大型企业的付款天数（应按行业规范、交易习惯合理约定），合同未约定付款期限：到期日无法确定',
    clause: cite(text, 'largeTerm'),
  });
  return { reason: '大型企业付款、合同未约定付款期限，2020年文本无法定天数，到期日无法确定' };
}

function computePeriod(
  r: PaymentRequest,
  text: PaymentRegulationText,
  flags: PaymentFlag[],
  pending: PendingConfirmation[],
  calendar: WorkingCalendar,
): PeriodOutcome {
  const start = periodStart(r, text, flags);
  if ('missing' in start) return { period: null, missing: [start.missing], undeterminedReason: start.reason };
  if (start.event !== 'delivery') pending.push(PENDING.acceptanceDelay);
  const t = term(r, text, flags, pending);
  if ('reason' in t) return { period: null, missing: ['agreedTermDays'], undeterminedReason: t.reason };
  const p = calendar.statutoryPeriodEnd(start.date, t.days);
  const startZh = {
    delivery: '交付',
    acceptance: '检验或验收合格',
    'acceptance-deadline': '约定的检验或验收期限届满',
  }[start.event];
  return {
    missing: [],
    period: {
      startEvent: start.event,
      startDate: start.date,
      termDays: t.days,
      termSource: t.source,
      agreedTermDays: r.agreedTermDays ?? null,
      nominalEnd: p.nominalEnd,
      dueDate: p.end,
      extended: p.extended,
      explanation: `自${startZh}之日（${start.date}）起${t.days}日内付款：${p.explanation}`,
      clause: `${t.clause}${start.event === 'delivery' ? '' : `；${cite(text, 'acceptance')}`}；${p.clause}`,
    },
  };
}

function dailyRateFor(
  r: PaymentRequest,
  text: PaymentRegulationText,
  params: PaymentParameters,
  flags: PaymentFlag[],
  pending: PendingConfirmation[],
): Omit<PaymentInterest, 'parts' | 'totalExactFen' | 'totalFen' | 'totalYuan' | 'formula'> {
  const clause = cite(text, 'interest');
  const statutory = {
    rateKind: 'statutory-daily' as const,
    annualRate: null,
    dailyRate: STATUTORY_DAILY_RATE,
    dailyRateZh: '每日万分之五（0.05%）',
    dayCountBasis: null,
    clause,
  };
  const lpr = oneYearLprOn(r.contractSignedOn);
  const lprAtSigning =
    lpr.status === 'loaded' ? { from: lpr.quote.from, rate: lpr.rate, rateZh: formatRate(lpr.rate) } : null;
  const agreed = r.agreedAnnualRate ?? null;
  if (agreed === null) return { ...statutory, lprAtSigning };
  let annual: RateFraction = agreed;
  let rateKind: PaymentInterest['rateKind'] = 'agreed';
  if (lpr.status === 'not-loaded') {
    flags.push({
      code: 'lpr-not-loaded',
      severity: 'review',
      zh: `${lpr.reason}：无法核对约定利率${formatRate(agreed)}是否不低于合同订立时的1年期LPR，按约定利率计算`,
      clause: `${clause}；${LPR_SOURCE.title}（已核实至${LPR_CONFIRMED_THROUGH}）`,
    });
  } else if (BigInt(agreed.num) * BigInt(lpr.rate.den) < BigInt(lpr.rate.num) * BigInt(agreed.den)) {
    pending.push(
      parameterReading(
        'belowLprAgreedRate',
        params.belowLprAgreedRate,
        '约定利率低于合同订立时1年期LPR：lpr = 按该LPR计（条例设定的下限）；statutory = 视为未有效约定，按每日万分之五计。',
      ),
    );
    flags.push({
      code: 'agreed-rate-below-lpr',
      severity: 'unlawful',
      zh: `约定逾期利率${formatRate(agreed)}低于合同订立时（${r.contractSignedOn}）的1年期LPR ${formatRate(lpr.rate)}（自${lpr.quote.from}起）`,
      clause,
    });
    if (params.belowLprAgreedRate === 'statutory') return { ...statutory, lprAtSigning };
    annual = lpr.rate;
    rateKind = 'lpr-floor';
  }
  pending.push(
    parameterReading(
      'dayCountBasis',
      params.dayCountBasis,
      '约定年利率折算日利率的天数基础：360（中国人民银行计结息惯例“日利率＝年利率÷360”，出处未经原文核实）或365。',
    ),
  );
  const daily = { num: annual.num, den: annual.den * params.dayCountBasis };
  return {
    rateKind,
    annualRate: annual,
    dailyRate: daily,
    dailyRateZh: `年利率${formatRate(annual)} ÷ ${params.dayCountBasis}`,
    dayCountBasis: params.dayCountBasis,
    lprAtSigning,
    clause,
  };
}

function textFor(
  r: PaymentRequest,
  params: PaymentParameters,
): { text: PaymentRegulationText | undefined; basisDate: string } {
  const start =
    r.acceptanceCondition === true ? (r.acceptedOn ?? r.acceptanceDeadline ?? r.deliveredOn) : r.deliveredOn;
  const basisDate = params.transitionBasis === 'signing-date' ? r.contractSignedOn : start;
  return { text: selectVersion(PAYMENT_REGULATION_TEXTS, basisDate), basisDate };
}

/** Every result in the same key order: the status and the money first, then where they come from. */
function ordered(c: PaymentComputation): PaymentComputation {
  return {
    status: c.status,
    reason: c.reason,
    asOf: c.asOf,
    dueDate: c.dueDate,
    daysOverdue: c.daysOverdue,
    amountFen: c.amountFen,
    paidFen: c.paidFen,
    outstandingFen: c.outstandingFen,
    interest: c.interest,
    buyerKind: c.buyerKind,
    buyerKindZh: c.buyerKindZh,
    supplierSizeAtSigning: c.supplierSizeAtSigning,
    supplierIsSme: c.supplierIsSme,
    text: c.text,
    period: c.period,
    articles: c.articles,
    flags: c.flags,
    missing: c.missing,
    pendingConfirmations: c.pendingConfirmations,
    calendarSources: c.calendarSources,
  };
}

/** Apply 《保障中小企业款项支付条例》 to one contract (validated first: PaymentRequestError with Chinese problems). */
export function computePayment(
  request: PaymentRequest,
  options: { readonly params?: Partial<PaymentParameters>; readonly calendar?: WorkingCalendar } = {},
): PaymentComputation {
  return ordered(computeUnordered(request, options));
}

function computeUnordered(
  request: PaymentRequest,
  options: { readonly params?: Partial<PaymentParameters>; readonly calendar?: WorkingCalendar } = {},
): PaymentComputation {
  const validation = validatePaymentRequest(request);
  if (!validation.ok) throw new PaymentRequestError(validation.problems);
  const paramProblems = options.params === undefined ? [] : validatePaymentParameters(options.params);
  if (paramProblems.length > 0) throw new PaymentRequestError(paramProblems);
  const params: PaymentParameters = {
    transitionBasis: options.params?.transitionBasis ?? DEFAULT_PAYMENT_PARAMETERS.transitionBasis,
    dayCountBasis: options.params?.dayCountBasis ?? DEFAULT_PAYMENT_PARAMETERS.dayCountBasis,
    belowLprAgreedRate: options.params?.belowLprAgreedRate ?? DEFAULT_PAYMENT_PARAMETERS.belowLprAgreedRate,
  };
  const r = validation.value;
  const calendar = options.calendar ?? DEFAULT_WORKING_CALENDAR;
  const payments = [...(r.payments ?? [])].sort((a, b) =>
    a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0,
  );
  const paidFen = payments.reduce((s, p) => s + p.amountFen, 0);
  const supplierIsSme = r.supplierSizeAtSigning !== 'large';
  const flags: PaymentFlag[] = [];
  const pending: PendingConfirmation[] = [];
  const { text, basisDate } = textFor(r, params);
  pending.push(
    parameterReading(
      'transitionBasis',
      params.transitionBasis,
      '选择2020年或2025年文本的日期：signing-date = 合同订立日（默认）；period-start = 付款期限起算日（交付或验收），后者使2025-06-01前订立、其后交付的合同适用2025年文本。',
    ),
  );
  const base = {
    asOf: r.asOf,
    buyerKind: r.buyerKind,
    buyerKindZh: BUYER_KIND_ZH[r.buyerKind],
    supplierSizeAtSigning: r.supplierSizeAtSigning,
    supplierIsSme,
    amountFen: r.amountFen,
    paidFen,
    outstandingFen: r.amountFen - paidFen,
  };
  const nothing = {
    period: null,
    dueDate: null,
    daysOverdue: 0,
    interest: null,
    missing: [],
    calendarSources: [],
  };
  if (!text) {
    return {
      ...base,
      ...nothing,
      status: 'not-covered',
      reason: `${basisDate}早于《保障中小企业款项支付条例》施行之日（2020-09-01），不适用本条例。`,
      text: null,
      articles: [],
      flags,
      pendingConfirmations: pending,
    };
  }
  if (text.id === 'payment-regulation-2020') pending.push(PENDING.articles2020);
  const signedText = selectVersion(PAYMENT_REGULATION_TEXTS, r.contractSignedOn);
  if (signedText !== undefined && signedText.id !== text.id) {
    flags.push({
      code: 'transition',
      severity: 'info',
      zh: `合同订立于${r.contractSignedOn}（${signedText.source.docNo}施行期间），按参数 transitionBasis = ${params.transitionBasis} 适用${text.source.docNo}`,
      clause: `${text.source.docNo}`,
    });
  } else if (
    r.contractSignedOn < '2025-06-01' &&
    basisDate === r.contractSignedOn &&
    r.deliveredOn >= '2025-06-01'
  ) {
    flags.push({
      code: 'transition',
      severity: 'info',
      zh: `合同订立于2025-06-01之前、交付在其后：按合同订立日适用${text.source.docNo}（参数 transitionBasis，待市工信局确认）`,
      clause: text.source.docNo,
    });
  }
  const textUsed: PaymentTextUsed = {
    id: text.id,
    docNo: text.source.docNo,
    title: text.source.title,
    effectiveFrom: text.effectiveFrom,
    effectiveTo: text.effectiveTo ?? null,
    basis: params.transitionBasis,
    basisDate,
    reason: `按${params.transitionBasis === 'signing-date' ? '合同订立日' : '付款期限起算日'}${basisDate}适用《${text.source.title}》（${text.source.docNo}，${text.effectiveFrom}起施行）。`,
  };
  const articles: ArticleApplied[] = [article(text, 'scope')];
  if (!supplierIsSme) {
    return {
      ...base,
      ...nothing,
      status: 'not-applicable',
      reason: `供应商订立合同时为${SUPPLIER_SIZE_ZH[r.supplierSizeAtSigning]}，不适用《保障中小企业款项支付条例》（中小企业、大型企业依合同订立时的企业规模类型确定）。`,
      text: textUsed,
      articles,
      flags,
      pendingConfirmations: pending,
    };
  }
  articles.push(article(text, r.buyerKind === 'large-enterprise' ? 'largeTerm' : 'organTerm'));
  if (r.acceptanceCondition === true) articles.push(article(text, 'acceptance'));
  const outcome = computePeriod(r, text, flags, pending, calendar);
  if (r.backToBack === true) articles.push(article(text, 'unreasonableTerms'));
  if (outcome.period === null) {
    return {
      ...base,
      ...nothing,
      missing: outcome.missing,
      status: 'undetermined',
      reason: `${outcome.undeterminedReason ?? '到期日无法确定'}。`,
      text: textUsed,
      articles,
      flags,
      pendingConfirmations: pending,
    };
  }
  const period = outcome.period;
  const due = period.dueDate;
  const calendarSources = calendar.statutoryPeriodEnd(period.startDate, period.termDays).sources;
  const lateParts: { amountFen: number; paidOn: string | null; daysLate: number }[] = [];
  for (const p of payments)
    if (p.paidOn > due)
      lateParts.push({ amountFen: p.amountFen, paidOn: p.paidOn, daysLate: daysBetween(due, p.paidOn) });
  const outstanding = r.amountFen - paidFen;
  const daysOverdue = outstanding > 0 && r.asOf > due ? daysBetween(due, r.asOf) : 0;
  if (daysOverdue > 0) lateParts.push({ amountFen: outstanding, paidOn: null, daysLate: daysOverdue });
  let interest: PaymentInterest | null = null;
  if (lateParts.length > 0) {
    pending.push(PENDING.lateDays);
    articles.push(article(text, 'interest'));
    const rate = dailyRateFor(r, text, params, flags, pending);
    const parts: LatePart[] = [];
    let total: Rational = quotient(0);
    for (const part of lateParts) {
      const exact = multiply(
        quotient(BigInt(part.amountFen) * BigInt(part.daysLate)),
        quotient(rate.dailyRate.num, rate.dailyRate.den),
      );
      total = add(total, exact);
      parts.push({ ...part, interestExactFen: fenText(exact) });
    }
    const totalFen = Number(total.num / total.den);
    const terms = parts.map((p) => `${yuan(p.amountFen)} × ${p.daysLate}天`).join(' + ');
    interest = {
      ...rate,
      parts,
      totalExactFen: fenText(total),
      totalFen,
      totalYuan: yuan(totalFen),
      formula: `(${terms}) × ${rate.dailyRateZh} = ${yuan(totalFen)}（${totalFen}分${total.den === 1n ? '' : '，按分向下取整'}，单利）`,
    };
  }
  const status: PaymentComputation['status'] =
    outstanding > 0
      ? daysOverdue > 0
        ? 'overdue'
        : 'not-yet-due'
      : lateParts.length > 0
        ? 'paid-late'
        : 'paid-on-time';
  const reasons: Record<PaymentComputation['status'], string> = {
    'not-covered': '',
    'not-applicable': '',
    undetermined: '',
    'not-yet-due': `到期日${due}，截至${r.asOf}尚未逾期，未付${yuan(outstanding)}。`,
    'paid-on-time': `到期日${due}，已于到期日前（含当日）付清。`,
    'paid-late': `到期日${due}，逾期付款${lateParts.map((p) => `${yuan(p.amountFen)}（${p.paidOn ?? ''}付，逾期${p.daysLate}天）`).join('、')}；逾期利息${interest?.totalYuan ?? ''}。`,
    overdue: `到期日${due}，截至${r.asOf}仍欠${yuan(outstanding)}，已逾期${daysOverdue}天；逾期利息（计至${r.asOf}）${interest?.totalYuan ?? ''}。`,
  };
  return {
    ...base,
    status,
    reason: `${textUsed.docNo}：${reasons[status]}`,
    text: textUsed,
    period,
    dueDate: due,
    daysOverdue,
    interest,
    articles,
    flags,
    missing: [],
    pendingConfirmations: pending,
    calendarSources,
  };
}
