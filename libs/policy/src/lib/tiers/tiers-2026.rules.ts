import type { SourceRef } from '../common/source';
import type { LittleGiant2026Standard, Specialized2026Standard, TierRuleSet } from './tier-rule-set';
import { INNOVATIVE_STANDARD_2022 } from './tiers-2022.rules';

const wan = (n: number): number => n * 1_000_000;
const pct = (n: number): number => Math.round(n * 100);

const DOC_2026 = '工信部企业〔2026〕2号';

/** Known from news and policy-app data files citing the MIIT pages (rules.md §1.6): secondary throughout. */
export const SOURCE_2026: SourceRef = {
  title: '优质中小企业梯度培育管理办法',
  docNo: DOC_2026,
  url: 'https://www.miit.gov.cn/zwgk/zcwj/wjfb/tz/art/2026/art_5546b1a622ea4d73bd2ca395b73bd4eb.html',
  confidence: 'secondary',
};

const B1 = `${DOC_2026} 附件1《专精特新中小企业认定标准》`;
const B2 = `${DOC_2026} 附件2《专精特新“小巨人”企业认定标准》`;

/** 2026 专精特新中小企业 (rules.md §1.6): all required; the 2022 score, alternatives and 特色化 are abolished. */
export const SPECIALIZED_STANDARD_2026: Specialized2026Standard = {
  kind: 'specialized-2026',
  zh: '专精特新中小企业认定标准（2026）',
  source: { ...SOURCE_2026, title: '专精特新中小企业认定标准', article: '附件1' },
  niche: {
    clause: `${B1}：从事特定细分市场时间3年以上`,
    confidence: 'secondary',
    minYears: 3,
    wording: '以上',
  },
  revenue: {
    clause: `${B1}：上年度营业收入1500万元以上，或1500万元以下但近两年新增股权投资2000万元以上`,
    confidence: 'secondary',
    minFen: wan(1500),
    wording: '以上',
    equityMinFen: wan(2000),
    equityWindowYears: 2,
  },
  mainShare: {
    clause: `${B1}：主营业务收入占营业收入比重80%以上`,
    confidence: 'secondary',
    minBp: pct(80),
    wording: '以上',
  },
  debtRatio: {
    clause: `${B1}：上年末资产负债率80%以下`,
    confidence: 'secondary',
    maxBp: pct(80),
    wording: '以下',
  },
  rd: {
    clause: `${B1}：近两年研发费用均不低于100万元，且各年占营业收入比重均不低于3%`,
    confidence: 'secondary',
    years: 2,
    minFenEachYear: wan(100),
    minRatioBpEachYear: pct(3),
  },
  ip: {
    clause: `${B1}：拥有1项以上与主导产品相关并实际应用的Ⅰ类知识产权（近三年获省部级以上科技奖励排名前三或拥有省部级以上研发机构的除外）`,
    confidence: 'secondary',
    minApplied: 1,
    exemptAwardMaxRank: 3,
    exemptAwardWindowYears: 3,
    exemptInstitutionLevels: ['provincial', 'national'],
  },
  marketPosition: {
    clause: `${B1}：主导产品市场占有率较为靠前（无量化口径，按参数 leadingMarketRank2026 以国内细分市场排名判断）`,
    confidence: 'unconfirmed',
  },
  developmentScore: {
    clause: `${B1}：专精特新发展评价得分50分以上（工信厅企业〔2024〕75号，平台计算）`,
    confidence: 'secondary',
    min: 50,
    wording: '以上',
  },
};

/** 2026 专精特新“小巨人” (rules.md §1.6): all required. */
export const LITTLE_GIANT_STANDARD_2026: LittleGiant2026Standard = {
  kind: 'little-giant-2026',
  zh: '专精特新“小巨人”企业认定标准（2026）',
  source: { ...SOURCE_2026, title: '专精特新“小巨人”企业认定标准', article: '附件2' },
  niche: {
    clause: `${B2}：从事特定细分市场时间3年以上（不再放宽）`,
    confidence: 'secondary',
    minYears: 3,
    wording: '以上',
  },
  revenue: {
    clause: `${B2}：上年度营业收入5000万元以上`,
    confidence: 'secondary',
    minFen: wan(5000),
    wording: '以上',
  },
  mainShare: {
    clause: `${B2}：主营业务收入占营业收入比重90%以上`,
    confidence: 'secondary',
    minBp: pct(90),
    wording: '以上',
  },
  growth: {
    clause: `${B2}：近两年营业收入复合增长率5%以上（复核不考核）`,
    confidence: 'secondary',
    minBp: pct(5),
    years: 2,
    wording: '以上',
  },
  debtRatio: {
    clause: `${B2}：上年末资产负债率75%以下`,
    confidence: 'secondary',
    maxBp: pct(75),
    wording: '以下',
  },
  rd: {
    clause: `${B2}：近两年研发费用合计1200万元以上，且各年占营业收入比重均不低于3%`,
    confidence: 'secondary',
    years: 2,
    minTotalFen: wan(1200),
    minRatioBpEachYear: pct(3),
  },
  ip: {
    clause: `${B2}：拥有4项以上非受让、企业为前三权利人的与主导产品相关的Ⅰ类知识产权（近三年获国家级科技奖励排名前三的除外）`,
    confidence: 'secondary',
    minOwnFirstThree: 4,
    exemptNationalAwardMaxRank: 3,
    exemptAwardWindowYears: 3,
  },
  marketShare: {
    clause: `${B2}：主导产品细分市场占有率10%以上或国内前三`,
    confidence: 'secondary',
    minBp: pct(10),
    maxDomesticRank: 3,
    wording: '以上',
  },
  productDomain: {
    clause: `${B2}：主导产品属于“六基”领域或产业链关键环节`,
    confidence: 'secondary',
  },
  developmentScore: {
    clause: `${B2}：专精特新发展评价得分60分以上（复核：近两年任一年60分以上）`,
    confidence: 'secondary',
    min: 60,
    reviewYears: 2,
    wording: '以上',
  },
};

/** 《优质中小企业梯度培育管理办法》(工信部企业〔2026〕2号), effective 2026-04-01 (rules.md §0, §1.6). */
export const TIERS_2026: TierRuleSet = {
  id: 'tiers-2026',
  zh: '《优质中小企业梯度培育管理办法》（工信部企业〔2026〕2号）',
  effectiveFrom: '2026-04-01',
  effectiveFromConfidence: 'secondary',
  source: SOURCE_2026,
  titleValidityYears: 3,
  innovativeZh: '科技和创新型中小企业',
  innovativeStandardNote: `工信部企业〔2022〕63号 附件1《创新型中小企业评价标准》（合并标准出台前，科技和创新型中小企业继续按此评价：${DOC_2026}第三十条，据二手来源）`,
  innovative: INNOVATIVE_STANDARD_2022,
  specialized: SPECIALIZED_STANDARD_2026,
  littleGiant: LITTLE_GIANT_STANDARD_2026,
  pending: [
    {
      parameter: 'tiers-2026.source',
      value: DOC_2026,
      note: '2026年办法的认定条件仅见于二手来源（政策应用数据文件、新闻），尚未与原文逐条核对',
      confirmBy: '市工信局',
    },
    {
      parameter: 'tiers-2026.little-giant.growth-base',
      value: 'operatingRevenue',
      note: '“近两年营收复合增长率”按营业收入计算（上年度与上上上年度之比开平方）',
      confirmBy: '市工信局',
    },
    {
      parameter: 'tiers-2026.little-giant.product-domain',
      value: 'littleGiant.keyDomainProduct 或 littleGiant.chainKeyLink',
      note: '“主导产品属于六基领域或产业链关键环节”按画像中两项定性指标任一为是判断',
      confirmBy: '市工信局',
    },
  ],
};
