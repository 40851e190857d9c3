import type { SourceRef } from '../common/source';
import type {
  InnovativeStandard,
  LittleGiant2022Standard,
  Specialized2022Standard,
  TierRuleSet,
} from './tier-rule-set';

/** 万元 → fen. */
const wan = (n: number): number => n * 1_000_000;
/** Percent → basis points. */
const pct = (n: number): number => Math.round(n * 100);

const DOC_2022 = '工信部企业〔2022〕63号';

export const SOURCE_2022: SourceRef = {
  title: '优质中小企业梯度培育管理暂行办法',
  docNo: DOC_2022,
  url: 'https://www.gov.cn/zhengce/zhengceku/202206/content_5696342.htm',
  // The 办法 itself is known from its official URL; its annexes were read through consistent secondary copies.
  confidence: 'secondary',
};

const ANNEX_1: SourceRef = {
  title: '创新型中小企业评价标准',
  docNo: DOC_2022,
  article: '附件1',
  url: 'http://www.fugou.gov.cn/sitesources/fgx/upload/e993ee5bb9db00399e2d13cc4193f965/1700817874037.pdf',
  confidence: 'confirmed',
};

const ANNEX_2: SourceRef = {
  title: '专精特新中小企业认定标准',
  docNo: DOC_2022,
  article: '附件2',
  confidence: 'confirmed',
};

const ANNEX_3: SourceRef = {
  title: '专精特新“小巨人”企业认定标准',
  docNo: DOC_2022,
  article: '附件3',
  confidence: 'confirmed',
};

const A1 = `${DOC_2022} 附件1`;
const A2 = `${DOC_2022} 附件2`;
const A3 = `${DOC_2022} 附件3`;

/**
 * 附件1 创新型中小企业评价标准 (rules.md §1.2): 直通条件 any one, or 评价得分 ≥ 60 with 创新能力 ≥ 20,
 * 成长性 ≥ 15, 专业化 ≥ 15. Every band of the 6-indicator table. Also evaluates 科技和创新型 under the 2026 rules.
 */
export const INNOVATIVE_STANDARD_2022: InnovativeStandard = {
  id: 'innovative-2022-annex1',
  zh: '创新型中小企业评价标准',
  source: ANNEX_1,
  direct: {
    award: {
      zh: '近三年内获得过国家级、省级科技奖励',
      clause: `${A1} 直通条件（一）`,
      confidence: 'confirmed',
      windowYears: 3,
    },
    honour: {
      zh: '获得高新技术企业、国家级技术创新示范企业、知识产权优势企业和知识产权示范企业等荣誉（均为有效期内）',
      clause: `${A1} 直通条件（二）`,
      confidence: 'confirmed',
    },
    rdInstitution: {
      zh: '拥有经认定的省部级以上研发机构',
      clause: `${A1} 直通条件（三）`,
      confidence: 'confirmed',
      levels: ['provincial', 'national'],
    },
    equity: {
      zh: '近三年新增股权融资总额（合格机构投资者的实缴额）500万元以上',
      clause: `${A1} 直通条件（四）`,
      confidence: 'confirmed',
      minFen: wan(500),
      wording: '以上',
      windowYears: 3,
    },
  },
  score: {
    clause: `${A1} 评价指标（评价得分达到60分以上，其中创新能力得分不低于20分、成长性得分不低于15分、专业化得分不低于15分）`,
    confidence: 'confirmed',
    threshold: 60,
    thresholdWording: '以上',
    dimensions: [
      { id: 'innovation', zh: '创新能力', max: 40, minimum: 20 },
      { id: 'growth', zh: '成长性', max: 30, minimum: 15 },
      { id: 'specialization', zh: '专业化', max: 30, minimum: 15 },
    ],
    ip: {
      id: 'ip',
      zh: '与企业主导产品相关的有效知识产权数量',
      dimension: 'innovation',
      max: 20,
      clause: `${A1} 评价指标 创新能力①`,
      confidence: 'confirmed',
      points: { highValue: 20, selfDeveloped: 15, class1: 10, class2: 5, none: 0 },
    },
    rdRatio: {
      id: 'rd-ratio',
      zh: '上年度研发费用总额占营业收入总额比重',
      dimension: 'innovation',
      max: 20,
      clause: `${A1} 评价指标 创新能力②`,
      confidence: 'confirmed',
      better: 'higher',
      unit: 'bp',
      bands: [
        { label: 'A（5%以上）', points: 20, edge: pct(5) },
        { label: 'B（3%–5%）', points: 15, edge: pct(3) },
        { label: 'C（2%–3%）', points: 10, edge: pct(2) },
        { label: 'D（1%–2%）', points: 5, edge: pct(1) },
        { label: 'E（1%以下）', points: 0 },
      ],
    },
    growth: {
      id: 'revenue-growth',
      zh: '上年度主营业务收入增长率',
      dimension: 'growth',
      max: 20,
      clause: `${A1} 评价指标 成长性③`,
      confidence: 'confirmed',
      better: 'higher',
      unit: 'bp',
      bands: [
        { label: 'A（15%以上）', points: 20, edge: pct(15) },
        { label: 'B（10%–15%）', points: 15, edge: pct(10) },
        { label: 'C（5%–10%）', points: 10, edge: pct(5) },
        { label: 'D（0%–5%）', points: 5, edge: 0 },
        { label: 'E（0%以下）', points: 0 },
      ],
    },
    debtRatio: {
      id: 'debt-ratio',
      zh: '上年度资产负债率',
      dimension: 'growth',
      max: 10,
      clause: `${A1} 评价指标 成长性④`,
      confidence: 'confirmed',
      better: 'lower',
      unit: 'bp',
      bands: [
        { label: 'A（55%以下）', points: 10, edge: pct(55) },
        { label: 'B（55%–75%）', points: 5, edge: pct(75) },
        { label: 'C（75%以上）', points: 0 },
      ],
    },
    productField: {
      id: 'product-field',
      zh: '主导产品所属领域',
      dimension: 'specialization',
      max: 10,
      clause: `${A1} 评价指标 专业化⑤`,
      confidence: 'confirmed',
      strategic: 10,
      other: 5,
    },
    mainShare: {
      id: 'main-business-share',
      zh: '上年度主营业务收入总额占营业收入总额比重',
      dimension: 'specialization',
      max: 20,
      clause: `${A1} 评价指标 专业化⑥`,
      confidence: 'confirmed',
      better: 'higher',
      unit: 'bp',
      bands: [
        { label: 'A（70%以上）', points: 20, edge: pct(70) },
        { label: 'B（60%–70%）', points: 15, edge: pct(60) },
        { label: 'C（55%–60%）', points: 10, edge: pct(55) },
        { label: 'D（50%–55%）', points: 5, edge: pct(50) },
        { label: 'E（50%以下）', points: 0 },
      ],
    },
  },
};

/**
 * 附件2 专精特新中小企业认定标准 (rules.md §1.3): the four basic conditions, the 13-indicator table
 * (专业化25 / 精细化25 / 特色化15 / 创新能力35), score ≥ 60 or one of the four alternatives.
 */
export const SPECIALIZED_STANDARD_2022: Specialized2022Standard = {
  kind: 'specialized-2022',
  zh: '专精特新中小企业认定标准',
  source: ANNEX_2,
  basic: {
    niche: {
      clause: `${A2} 第一条（从事特定细分市场时间达到2年以上）`,
      confidence: 'confirmed',
      minYears: 2,
      wording: '以上',
    },
    rd: {
      clause: `${A2} 第二条（上年度研发费用总额不低于100万元，且占营业收入总额比重不低于3%）`,
      confidence: 'confirmed',
      minFen: wan(100),
      minRatioBp: pct(3),
      wording: '不低于',
    },
    revenue: {
      clause: `${A2} 第三条（上年度营业收入总额在1000万元以上，或在1000万元以下但近2年新增股权融资总额达到2000万元以上）`,
      confidence: 'confirmed',
      minFen: wan(1000),
      wording: '以上',
      equityMinFen: wan(2000),
      equityWindowYears: 2,
    },
  },
  score: {
    clause: `${A2} 第四条（评价得分达到60分以上）`,
    confidence: 'confirmed',
    threshold: 60,
    thresholdWording: '以上',
    dimensions: [
      { id: 'specialization', zh: '专业化', max: 25 },
      { id: 'refinement', zh: '精细化', max: 25 },
      { id: 'characteristic', zh: '特色化', max: 15 },
      { id: 'innovation', zh: '创新能力', max: 35 },
    ],
    mainShare: {
      id: 'main-business-share',
      zh: '上年度主营业务收入总额占营业收入总额比重',
      dimension: 'specialization',
      max: 5,
      clause: `${A2} 评价指标 专业化 1`,
      confidence: 'confirmed',
      better: 'higher',
      unit: 'bp',
      bands: [
        { label: 'A（80%以上）', points: 5, edge: pct(80) },
        { label: 'B（70%–80%）', points: 3, edge: pct(70) },
        { label: 'C（60%–70%）', points: 1, edge: pct(60) },
        { label: 'D（60%以下）', points: 0 },
      ],
    },
    avgGrowth: {
      id: 'avg-growth',
      zh: '近2年主营业务收入平均增长率',
      dimension: 'specialization',
      max: 10,
      clause: `${A2} 评价指标 专业化 2`,
      confidence: 'confirmed',
      better: 'higher',
      unit: 'bp',
      bands: [
        { label: 'A（10%以上）', points: 10, edge: pct(10) },
        { label: 'B（8%–10%）', points: 8, edge: pct(8) },
        { label: 'C（6%–8%）', points: 6, edge: pct(6) },
        { label: 'D（4%–6%）', points: 4, edge: pct(4) },
        { label: 'E（0%–4%）', points: 2, edge: 0 },
        { label: 'F（0%以下）', points: 0 },
      ],
    },
    niche: {
      id: 'niche-years',
      zh: '从事特定细分市场年限',
      dimension: 'specialization',
      max: 5,
      clause: `${A2} 评价指标 专业化 3（每满2年得1分，最高5分）`,
      confidence: 'confirmed',
      yearsPerPoint: 2,
    },
    productField: {
      id: 'product-field',
      zh: '主导产品所属领域情况',
      dimension: 'specialization',
      max: 5,
      clause: `${A2} 评价指标 专业化 4`,
      confidence: 'confirmed',
      points: { 'key-link-results': 5, 'six-foundations': 3, other: 0 },
    },
    digital: {
      id: 'digital-level',
      zh: '数字化水平',
      dimension: 'refinement',
      max: 5,
      clause: `${A2} 评价指标 精细化 1（三级以上5分，二级3分，一级0分）`,
      confidence: 'confirmed',
      pointsByLevel: { 1: 0, 2: 3, 3: 5, 4: 5 },
    },
    quality: {
      id: 'quality',
      zh: '质量管理水平',
      dimension: 'refinement',
      max: 5,
      clause: `${A2} 评价指标 精细化 2（每满足一项加3分，最高5分）`,
      confidence: 'confirmed',
      perItem: 3,
    },
    netMargin: {
      id: 'net-margin',
      zh: '上年度净利润率',
      dimension: 'refinement',
      max: 10,
      clause: `${A2} 评价指标 精细化 3`,
      confidence: 'confirmed',
      better: 'higher',
      unit: 'bp',
      bands: [
        { label: 'A（10%以上）', points: 10, edge: pct(10) },
        { label: 'B（8%–10%）', points: 8, edge: pct(8) },
        { label: 'C（6%–8%）', points: 6, edge: pct(6) },
        { label: 'D（4%–6%）', points: 4, edge: pct(4) },
        { label: 'E（2%–4%）', points: 2, edge: pct(2) },
        { label: 'F（2%以下）', points: 0 },
      ],
    },
    debtRatio: {
      id: 'debt-ratio',
      zh: '上年度资产负债率',
      dimension: 'refinement',
      max: 5,
      clause: `${A2} 评价指标 精细化 4`,
      confidence: 'confirmed',
      better: 'lower',
      unit: 'bp',
      bands: [
        { label: 'A（50%以下）', points: 5, edge: pct(50) },
        { label: 'B（50%–60%）', points: 3, edge: pct(60) },
        { label: 'C（60%–70%）', points: 1, edge: pct(70) },
        { label: 'D（70%以上）', points: 0 },
      ],
    },
    characteristic: {
      id: 'characteristic',
      zh: '地方特色指标（省定）',
      dimension: 'characteristic',
      max: 15,
      clause: `${A2} 评价指标 特色化（由省级中小企业主管部门制定；福建省指标未见原文）`,
      confidence: 'unconfirmed',
    },
    ip: {
      id: 'ip',
      zh: '与企业主导产品相关的有效知识产权数量',
      dimension: 'innovation',
      max: 10,
      clause: `${A2} 评价指标 创新能力 1`,
      confidence: 'confirmed',
      points: { highValue: 10, selfDeveloped: 8, class1: 6, class2: 2, none: 0 },
    },
    rdAmount: {
      id: 'rd-input',
      zh: '上年度研发费用投入（研发费用总额）',
      dimension: 'innovation',
      max: 10,
      clause: `${A2} 评价指标 创新能力 2`,
      confidence: 'confirmed',
      better: 'higher',
      unit: 'fen',
      bands: [
        { label: 'A（500万元以上）', points: 10, edge: wan(500) },
        { label: 'B（400万–500万元）', points: 8, edge: wan(400) },
        { label: 'C（300万–400万元）', points: 6, edge: wan(300) },
        { label: 'D（200万–300万元）', points: 4, edge: wan(200) },
        { label: 'E（100万–200万元）', points: 2, edge: wan(100) },
        { label: 'F（100万元以下）', points: 0 },
      ],
    },
    rdRatio: {
      id: 'rd-input',
      zh: '上年度研发费用投入（研发费用总额占营业收入总额比重）',
      dimension: 'innovation',
      max: 10,
      clause: `${A2} 评价指标 创新能力 2`,
      confidence: 'confirmed',
      better: 'higher',
      unit: 'bp',
      bands: [
        { label: 'A（10%以上）', points: 10, edge: pct(10) },
        { label: 'B（8%–10%）', points: 8, edge: pct(8) },
        { label: 'C（6%–8%）', points: 6, edge: pct(6) },
        { label: 'D（4%–6%）', points: 4, edge: pct(4) },
        { label: 'E（3%–4%）', points: 2, edge: pct(3) },
        { label: 'F（3%以下）', points: 0 },
      ],
    },
    rdStaff: {
      id: 'rd-staff-ratio',
      zh: '上年度研发人员占比',
      dimension: 'innovation',
      max: 5,
      clause: `${A2} 评价指标 创新能力 3`,
      confidence: 'confirmed',
      better: 'higher',
      unit: 'bp',
      bands: [
        { label: 'A（20%以上）', points: 5, edge: pct(20) },
        { label: 'B（10%–20%）', points: 3, edge: pct(10) },
        { label: 'C（5%–10%）', points: 1, edge: pct(5) },
        { label: 'D（5%以下）', points: 0 },
      ],
    },
    rdInstitution: {
      id: 'rd-institution',
      zh: '建立研发机构级别',
      dimension: 'innovation',
      max: 10,
      clause: `${A2} 评价指标 创新能力 4`,
      confidence: 'confirmed',
      points: { national: 10, provincial: 8, city: 4, 'below-city': 2, none: 0 },
    },
  },
  alternatives: {
    award: {
      clause: `${A2} 第四条（一）（近三年获得过省级科技奖励并在获奖单位中排名前三，或获得国家级科技奖励并在获奖单位中排名前五）`,
      confidence: 'confirmed',
      provincialMaxRank: 3,
      nationalMaxRank: 5,
      windowYears: 3,
    },
    rdAverage: {
      clause: `${A2} 第四条（二）（近两年研发费用总额均值在1000万元以上）`,
      confidence: 'confirmed',
      minFen: wan(1000),
      wording: '以上',
      years: 2,
    },
    equity: {
      clause: `${A2} 第四条（三）（近两年新增股权融资总额6000万元以上）`,
      confidence: 'confirmed',
      minFen: wan(6000),
      wording: '以上',
      windowYears: 2,
    },
    makerChina: {
      clause: `${A2} 第四条（四）（近三年进入“创客中国”中小企业创新创业大赛全国500强企业组名单）`,
      confidence: 'confirmed',
      windowYears: 3,
      results: ['national-top500', 'national-top50'],
    },
  },
};

/**
 * 附件3 专精特新“小巨人”企业认定标准 (rules.md §1.4): 专业化、精细化、特色化、创新能力 (一般性条件 or 创新直通条件),
 * 产业链配套, 主导产品所属领域. The last two rest on unconfirmed wording.
 */
export const LITTLE_GIANT_STANDARD_2022: LittleGiant2022Standard = {
  kind: 'little-giant-2022',
  zh: '专精特新“小巨人”企业认定标准',
  source: ANNEX_3,
  specialization: {
    niche: {
      clause: `${A3} 一（专业化指标）：截至上年末从事特定细分市场时间达到3年以上`,
      confidence: 'confirmed',
      minYears: 3,
      wording: '以上',
    },
    mainShare: {
      clause: `${A3} 一（专业化指标）：主营业务收入总额占营业收入总额比重不低于70%`,
      confidence: 'confirmed',
      minBp: pct(70),
      wording: '不低于',
    },
    growth: {
      clause: `${A3} 一（专业化指标）：近2年主营业务收入平均增长率不低于5%`,
      confidence: 'confirmed',
      minBp: pct(5),
      wording: '不低于',
    },
  },
  refinement: {
    strategy: {
      clause: `${A3} 二（精细化指标）：重视并实施长期发展战略，公司治理规范`,
      confidence: 'confirmed',
    },
    infoSystem: {
      clause: `${A3} 二（精细化指标）：至少1项核心业务采用信息系统支撑`,
      confidence: 'confirmed',
    },
    certification: {
      clause: `${A3} 二（精细化指标）：取得相关管理体系认证，或产品通过发达国家和地区产品认证`,
      confidence: 'confirmed',
    },
    debtRatio: {
      clause: `${A3} 二（精细化指标）：截至上年末资产负债率不高于70%`,
      confidence: 'confirmed',
      maxBp: pct(70),
      wording: '不高于',
    },
  },
  characteristic: {
    marketShare: {
      clause: `${A3} 三（特色化指标）：主导产品在全国细分市场占有率达到10%以上`,
      confidence: 'confirmed',
      minBp: pct(10),
      wording: '以上',
    },
    brand: {
      clause: `${A3} 三（特色化指标）：拥有直接面向市场并具有竞争优势的自主品牌`,
      confidence: 'confirmed',
    },
  },
  innovation: {
    rd: {
      clause: `${A3} 四（创新能力指标）一般性条件1：按上年度营业收入分档的研发投入要求`,
      confidence: 'confirmed',
      years: 2,
      highRevenueFen: wan(10_000),
      midRevenueFen: wan(5_000),
      highMinRatioBp: pct(3),
      midMinRatioBp: pct(6),
      small: { equityMinFen: wan(8_000), rdMinFen: wan(3_000), rdStaffMinBp: pct(50), wording: '以上' },
    },
    institution: {
      clause: `${A3} 四（创新能力指标）一般性条件2：自建或与高等院校、科研机构联合建立研发机构`,
      confidence: 'confirmed',
      levels: ['below-city', 'city', 'provincial', 'national'],
    },
    ip: {
      clause: `${A3} 四（创新能力指标）一般性条件3：拥有2项以上与主导产品相关的Ⅰ类知识产权，且实际应用并已产生经济效益`,
      confidence: 'confirmed',
      minApplied: 2,
      wording: '以上',
    },
    directAward: {
      clause: `${A3} 四（创新能力指标）创新直通条件1：近三年获得国家级科技奖励，并在获奖单位中排名前三`,
      confidence: 'confirmed',
      nationalMaxRank: 3,
      windowYears: 3,
    },
    directMakerChina: {
      clause: `${A3} 四（创新能力指标）创新直通条件2：近三年进入“创客中国”中小企业创新创业大赛全国50强企业组名单`,
      confidence: 'confirmed',
      windowYears: 3,
      results: ['national-top50'],
    },
  },
  chain: {
    clause: `${A3} 五（产业链配套指标）：位于产业链关键环节，发挥“补短板”“锻长板”“填空白”等重要作用（措辞未经原文核实）`,
    confidence: 'unconfirmed',
  },
  domain: {
    clause: `${A3} 六（主导产品所属领域指标）：属于制造业核心基础领域、制造强国战略十大重点产业领域或网络强国建设领域（措辞未经原文核实）`,
    confidence: 'unconfirmed',
  },
};

/** 《优质中小企业梯度培育管理暂行办法》 with its three annexes (rules.md §0, §1). */
export const TIERS_2022: TierRuleSet = {
  id: 'tiers-2022',
  zh: '《优质中小企业梯度培育管理暂行办法》（工信部企业〔2022〕63号）',
  effectiveFrom: '2022-06-01',
  effectiveFromConfidence: 'unconfirmed',
  effectiveTo: '2026-03-31',
  source: SOURCE_2022,
  titleValidityYears: 3,
  innovativeZh: '创新型中小企业',
  innovativeStandardNote: `${DOC_2022} 附件1《创新型中小企业评价标准》`,
  innovative: INNOVATIVE_STANDARD_2022,
  specialized: SPECIALIZED_STANDARD_2022,
  littleGiant: LITTLE_GIANT_STANDARD_2022,
  pending: [
    {
      parameter: 'tiers-2022.effectiveFrom',
      value: '2022-06-01',
      note: '63号文的印发/施行日期未经原文核实（据2022年6月的报道取2022-06-01，为近似值）',
      confirmBy: '市工信局',
    },
    {
      parameter: 'tiers-2022.little-giant.chain',
      value: 'littleGiant.chainKeyLink',
      note: '小巨人“产业链配套”指标措辞未经原文核实，按“位于产业链关键环节，发挥补短板、锻长板、填空白作用”判断',
      confirmBy: '市工信局',
    },
    {
      parameter: 'tiers-2022.little-giant.domain',
      value: 'littleGiant.keyDomainProduct',
      note: '小巨人“主导产品所属领域”指标措辞未经原文核实，按“属于制造业核心基础领域、制造强国十大重点领域或网络强国领域”判断',
      confirmBy: '市工信局',
    },
    {
      parameter: 'tiers-2022.specialized.characteristic',
      value: 'characteristicScore',
      note: '专精特新评分中特色化15分由省级主管部门制定，福建省指标未见原文：直接采用画像中的省定得分（characteristicScore）',
      confirmBy: '市工信局',
    },
  ],
};
