import type { RateFraction } from '../awards/award-types';
import type { RuleVersionRef, SourceRef } from '../common/source';

// ---------------------------------------------------------------------------------------------------------------
// 《保障中小企业款项支付条例》 as dated data (rules.md §3): the 2020 text (国务院令第728号, from 2020-09-01) and the
// 2025 revision (国务院令第802号, from 2025-06-01). Which text a contract falls under, the payment terms by buyer
// kind, the start of the period, and the late-interest rate.
// ---------------------------------------------------------------------------------------------------------------

export const BUYER_KINDS = ['organ', 'institution', 'large-enterprise'] as const;
export type BuyerKind = (typeof BUYER_KINDS)[number];

export const BUYER_KIND_ZH: Readonly<Record<BuyerKind, string>> = {
  organ: '机关',
  institution: '事业单位',
  'large-enterprise': '大型企业',
};

/** The supplier's size class on the day the contract was signed (条例第三条: 依合同订立时的企业规模类型确定). */
export const SUPPLIER_SIZES = ['medium', 'small', 'micro', 'large'] as const;
export type SupplierSize = (typeof SUPPLIER_SIZES)[number];

export const SUPPLIER_SIZE_ZH: Readonly<Record<SupplierSize, string>> = {
  medium: '中型企业',
  small: '小型企业',
  micro: '微型企业',
  large: '大型企业',
};

/** An article with how sure we are of its number. */
export interface ArticleRef {
  readonly article: string;
  readonly zh: string;
  readonly confidence: SourceRef['confidence'];
}

export interface PaymentRegulationText extends RuleVersionRef {
  /** 机关、事业单位: N days from delivery; an agreed term at most `organMaxDays`. */
  readonly organDays: number;
  readonly organMaxDays: number;
  /** 大型企业: N days from delivery when nothing is agreed (null: no fixed number, 2020). */
  readonly largeDays: number | null;
  /** A "背靠背" term (payment conditioned on a third party's payment) is banned for 大型企业 by the text itself. */
  readonly backToBackBannedForLarge: boolean;
  readonly articles: {
    readonly scope: ArticleRef;
    readonly unreasonableTerms: ArticleRef;
    readonly organTerm: ArticleRef;
    readonly largeTerm: ArticleRef;
    readonly acceptance: ArticleRef;
    readonly interest: ArticleRef;
  };
}

export const PAYMENT_REGULATION_TEXTS: readonly PaymentRegulationText[] = [
  {
    id: 'payment-regulation-2020',
    effectiveFrom: '2020-09-01',
    effectiveTo: '2025-05-31',
    source: {
      title: '保障中小企业款项支付条例',
      docNo: '国务院令第728号',
      url: 'http://m.11-cfanim.cn/content/article/100447',
      confidence: 'secondary',
    },
    organDays: 30,
    organMaxDays: 60,
    largeDays: null,
    backToBackBannedForLarge: false,
    articles: {
      scope: {
        article: '第二条、第三条',
        zh: '机关、事业单位和大型企业采购货物、工程、服务支付中小企业款项；中小企业、大型企业依合同订立时的企业规模类型确定',
        confidence: 'confirmed',
      },
      unreasonableTerms: {
        article: '第六条',
        zh: '不得要求中小企业接受不合理的付款期限、方式、条件和违约责任等交易条件，不得违约拖欠',
        confidence: 'confirmed',
      },
      organTerm: {
        article: '第八条第一款',
        zh: '机关、事业单位自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，付款期限最长不得超过60日',
        confidence: 'secondary',
      },
      largeTerm: {
        article: '第八条第二款',
        zh: '大型企业应当按照行业规范、交易习惯合理约定付款期限并及时支付款项',
        confidence: 'secondary',
      },
      acceptance: {
        article: '第九条',
        zh: '约定以检验或者验收合格作为支付条件的，付款期限自检验或者验收合格之日起算；拖延检验或者验收的，自约定的检验或者验收期限届满之日起算',
        confidence: 'unconfirmed',
      },
      interest: {
        article: '第十五条',
        zh: '迟延支付的，应当支付逾期利息；约定利率不得低于合同订立时1年期贷款市场报价利率；未作约定的，按照每日利率万分之五支付',
        confidence: 'unconfirmed',
      },
    },
  },
  {
    id: 'payment-regulation-2025',
    effectiveFrom: '2025-06-01',
    source: {
      title: '保障中小企业款项支付条例（2025年修订）',
      docNo: '国务院令第802号',
      url: 'http://www.ceccweb.org.cn/listshow.php?cid=69&id=2751',
      confidence: 'confirmed',
    },
    organDays: 30,
    organMaxDays: 60,
    largeDays: 60,
    backToBackBannedForLarge: true,
    articles: {
      scope: {
        article: '第二条、第三条',
        zh: '机关、事业单位和大型企业采购货物、工程、服务支付中小企业款项；中小企业、大型企业依合同订立时的企业规模类型确定',
        confidence: 'confirmed',
      },
      unreasonableTerms: {
        article: '第七条',
        zh: '不得要求中小企业接受不合理的付款期限、方式、条件和违约责任等交易条件，不得拖欠中小企业的货物、工程、服务款项',
        confidence: 'confirmed',
      },
      organTerm: {
        article: '第九条第一款',
        zh: '机关、事业单位自货物、工程、服务交付之日起30日内支付款项；合同另有约定的，从其约定，但付款期限最长不得超过60日',
        confidence: 'confirmed',
      },
      largeTerm: {
        article: '第九条第二款',
        zh: '大型企业自货物、工程、服务交付之日起60日内支付款项；合同另有约定的，从其约定，但应当按照行业规范、交易习惯合理约定付款期限并及时支付款项，不得约定以收到第三方付款作为向中小企业支付款项的条件或者按照第三方付款进度比例支付中小企业款项',
        confidence: 'confirmed',
      },
      acceptance: {
        article: '第十条',
        zh: '约定以检验或者验收合格作为支付条件的，付款期限应当自检验或者验收合格之日起算；拖延检验或者验收的，自约定的检验或者验收期限届满之日起算',
        confidence: 'unconfirmed',
      },
      interest: {
        article: '第十七条',
        zh: '迟延支付的，应当支付逾期利息；约定利率不得低于合同订立时1年期贷款市场报价利率；未作约定的，按照每日利率万分之五支付逾期利息',
        confidence: 'confirmed',
      },
    },
  },
];

/** 每日利率万分之五 — when no late-interest rate was agreed. */
export const STATUTORY_DAILY_RATE: RateFraction = { num: 5, den: 10_000 };

/** 最高人民法院 on "背靠背" terms between 大型企业 and 中小企业 (effective 2024-08-27). */
export const BACK_TO_BACK_INTERPRETATION: SourceRef & { readonly effectiveFrom: string } = {
  title: '最高人民法院关于大型企业与中小企业约定以第三方支付款项为付款前提条款效力问题的批复',
  docNo: '法释〔2024〕11号',
  article: '一（违反《保障中小企业款项支付条例》第六条、第八条，约定条款无效）、二（合理确定付款期限）',
  url: 'https://law.esnai.com/do.aspx?action=show&controller=home&lawid=216792',
  confidence: 'confirmed',
  effectiveFrom: '2024-08-27',
};

/** Readings of ambiguous points, with defaults — every one pending 市工信局 confirmation. */
export interface PaymentParameters {
  /**
   * Which day decides the text (2020 or 2025): `signing-date` (default: the contract's signing day — a regulation
   * does not reach back to contracts made before it, 《立法法》第一百零四条) or `period-start` (the day the payment
   * period starts: delivery, or acceptance when payment is conditioned on it) — the reading that applies the 2025
   * text to contracts signed before 2025-06-01 and delivered after.
   */
  readonly transitionBasis: 'signing-date' | 'period-start';
  /** An agreed annual rate is turned into a daily rate by dividing by 360 (default) or 365. */
  readonly dayCountBasis: 360 | 365;
  /**
   * An agreed rate below the LPR at signing breaks the 条例's floor: apply the LPR at signing instead (`lpr`,
   * default — the floor the text sets) or the statutory 0.05 % a day (`statutory`, as if nothing valid was agreed).
   */
  readonly belowLprAgreedRate: 'lpr' | 'statutory';
}

export const DEFAULT_PAYMENT_PARAMETERS: PaymentParameters = {
  transitionBasis: 'signing-date',
  dayCountBasis: 360,
  belowLprAgreedRate: 'lpr',
};

export const PAYMENT_PARAMETER_VALUES: {
  readonly [K in keyof PaymentParameters]: readonly PaymentParameters[K][];
} = {
  transitionBasis: ['signing-date', 'period-start'],
  dayCountBasis: [360, 365],
  belowLprAgreedRate: ['lpr', 'statutory'],
};
