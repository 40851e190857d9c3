import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

import { Field } from '../common/field.decorator';

const MAX_FEN = Number.MAX_SAFE_INTEGER;
const MAX_PEOPLE = 10_000_000;

export const RD_INSTITUTION_LEVELS = ['none', 'below-city', 'city', 'provincial', 'national'] as const;
export type RdInstitutionLevel = (typeof RD_INSTITUTION_LEVELS)[number];

export const MAIN_PRODUCT_FIELDS = ['key-link-results', 'six-foundations', 'other'] as const;
export type MainProductField = (typeof MAIN_PRODUCT_FIELDS)[number];

export const MAKER_CHINA_RESULTS = ['none', 'national-top500', 'national-top50'] as const;
export type MakerChinaResult = (typeof MAKER_CHINA_RESULTS)[number];

export const AWARD_LEVELS = ['national', 'provincial'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

/** Intellectual property related to the main product, valid at year end (counts). */
export class IpPortfolio {
  @Field({ zh: 'Ⅰ类知识产权数', en: 'Class I IP (invention patents, new plant varieties, national new drugs, IC layouts…)', unit: 'count' })
  @IsOptional()
  @IsInt()
  @Min(0)
  class1Total?: number;

  @Field({ zh: '其中自主研发Ⅰ类知识产权数', en: 'Of which self-developed (not transferred in)', unit: 'count' })
  @IsOptional()
  @IsInt()
  @Min(0)
  class1SelfDeveloped?: number;

  @Field({
    zh: '其中Ⅰ类高价值知识产权数',
    en: 'Of which high-value: overseas family patents, maintained > 10 years, high pledge financing, or award-winning',
    unit: 'count',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  class1HighValue?: number;

  @Field({ zh: '其中已实际应用并产生经济效益的Ⅰ类知识产权数', en: 'Of which applied and producing economic benefit', unit: 'count' })
  @IsOptional()
  @IsInt()
  @Min(0)
  class1Applied?: number;

  @Field({
    zh: '其中非受让且企业为前三权利人的Ⅰ类知识产权数',
    en: 'Of which not transferred in and the enterprise among the first three rights holders (2026 standard)',
    unit: 'count',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  class1OwnFirstThree?: number;

  @Field({ zh: 'Ⅱ类知识产权数', en: 'Class II IP (software copyrights, utility/design patents maintained > 2 years)', unit: 'count' })
  @IsOptional()
  @IsInt()
  @Min(0)
  class2Total?: number;
}

/** 质量管理水平 items (专精特新 scoring). */
export class QualityItems {
  @Field({ zh: '获得省级以上质量奖荣誉', en: 'Provincial-or-higher quality award' })
  @IsOptional()
  @IsBoolean()
  provincialQualityAward?: boolean;

  @Field({ zh: '建立质量管理体系并获得ISO9001等认证', en: 'Quality management system certified (ISO 9001 etc.)' })
  @IsOptional()
  @IsBoolean()
  qualitySystemCertified?: boolean;

  @Field({ zh: '拥有自主品牌', en: 'Owns its brand' })
  @IsOptional()
  @IsBoolean()
  ownBrand?: boolean;

  @Field({ zh: '参与制修订标准', en: 'Took part in drafting standards' })
  @IsOptional()
  @IsBoolean()
  standardsDrafting?: boolean;
}

/** Honours valid during the year (创新型 direct condition 2). */
export class Honours {
  @Field({ zh: '高新技术企业（有效期内）', en: 'High and new technology enterprise, valid' })
  @IsOptional()
  @IsBoolean()
  highTechEnterprise?: boolean;

  @Field({ zh: '国家级技术创新示范企业（有效期内）', en: 'National technology innovation demonstration enterprise' })
  @IsOptional()
  @IsBoolean()
  techInnovationDemo?: boolean;

  @Field({ zh: '知识产权优势企业（有效期内）', en: 'IP advantage enterprise' })
  @IsOptional()
  @IsBoolean()
  ipAdvantage?: boolean;

  @Field({ zh: '知识产权示范企业（有效期内）', en: 'IP demonstration enterprise' })
  @IsOptional()
  @IsBoolean()
  ipDemo?: boolean;
}

/** A science and technology award received in the year. */
export class ScienceAward {
  @Field({ zh: '奖励级别', en: 'national | provincial (省部级)' })
  @IsIn(AWARD_LEVELS)
  level!: AwardLevel;

  @Field({ zh: '在获奖单位中的排名', en: 'Rank among the awarded units (1 = first)', unit: 'count' })
  @IsInt()
  @Min(1)
  @Max(100)
  rank!: number;
}

/** 负面清单 items (common eligibility, rules.md §1.1), as of year end. */
export class ComplianceFacts {
  @Field({ zh: '列入经营异常名录', en: 'On the abnormal-operation list' })
  @IsOptional()
  @IsBoolean()
  abnormalOperation?: boolean;

  @Field({ zh: '列入严重失信主体名单', en: 'On the serious-dishonesty list' })
  @IsOptional()
  @IsBoolean()
  seriousDishonesty?: boolean;

  @Field({ zh: '产品（服务）属于禁止、限制、淘汰类', en: 'Products in national prohibited/restricted/obsolete catalogues' })
  @IsOptional()
  @IsBoolean()
  prohibitedCatalogue?: boolean;

  @Field({
    zh: '近三年发生重大安全、质量、环境污染事故或偷漏税等违法违规行为',
    en: 'Major safety/quality/environment incident or tax evasion in the last 3 years',
  })
  @IsOptional()
  @IsBoolean()
  majorIncident3y?: boolean;
}

/** 小巨人 qualitative items (精细化、特色化、产业链配套、主导产品所属领域). */
export class LittleGiantItems {
  @Field({ zh: '有长期发展战略，公司治理规范', en: 'Long-term strategy and sound governance' })
  @IsOptional()
  @IsBoolean()
  strategyAndGovernance?: boolean;

  @Field({ zh: '至少1项核心业务采用信息系统支撑', en: 'At least one core business supported by information systems' })
  @IsOptional()
  @IsBoolean()
  infoSystemCoreBusiness?: boolean;

  @Field({
    zh: '取得相关管理体系认证或产品通过发达国家和地区认证',
    en: 'Management-system certification or product certification in developed markets',
  })
  @IsOptional()
  @IsBoolean()
  managementCertification?: boolean;

  @Field({ zh: '拥有直接面向市场并具有竞争优势的自主品牌', en: 'Competitive own brand facing the market' })
  @IsOptional()
  @IsBoolean()
  competitiveOwnBrand?: boolean;

  @Field({ zh: '位于产业链关键环节，发挥补短板、锻长板、填空白作用', en: 'Key link of an industrial chain' })
  @IsOptional()
  @IsBoolean()
  chainKeyLink?: boolean;

  @Field({
    zh: '主导产品属于制造业核心基础领域、制造强国十大重点领域或网络强国领域',
    en: 'Main product in the core-foundation, manufacturing-power or cyber-power fields',
  })
  @IsOptional()
  @IsBoolean()
  keyDomainProduct?: boolean;
}

/**
 * The facts of one year (the "上年度" of an evaluation in the following year). Every field is optional:
 * a missing fact makes the rules that need it answer "unknown", never "no". Money is integer 分.
 */
export class AnnualFacts {
  @Field({ zh: '从业人员数', en: 'Employees at year end', unit: 'person', example: 120 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PEOPLE)
  employees?: number;

  @Field({ zh: '研发人员数', en: 'R&D staff', unit: 'person' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PEOPLE)
  rdStaff?: number;

  @Field({ zh: '营业收入', en: 'Operating revenue (营业收入总额)', unit: 'fen', example: 5_000_000_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  operatingRevenue?: number;

  @Field({ zh: '主营业务收入', en: 'Main-business revenue', unit: 'fen' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  mainBusinessRevenue?: number;

  @Field({ zh: '研发费用', en: 'R&D expense (研发费用总额)', unit: 'fen' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  rdExpense?: number;

  @Field({ zh: '资产总额', en: 'Total assets at year end', unit: 'fen' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  totalAssets?: number;

  @Field({ zh: '负债总额', en: 'Total liabilities at year end', unit: 'fen' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  totalLiabilities?: number;

  @Field({ zh: '净利润', en: 'Net profit (may be negative)', unit: 'fen' })
  @IsOptional()
  @IsInt()
  @Min(-MAX_FEN)
  @Max(MAX_FEN)
  netProfit?: number;

  @Field({
    zh: '新增股权融资额（合格机构投资者实缴额）',
    en: 'New equity financing paid in by qualified institutional investors during the year',
    unit: 'fen',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FEN)
  equityFinancing?: number;

  @Field({ zh: '与主导产品相关的有效知识产权', en: 'Valid IP related to the main product' })
  @IsOptional()
  @ValidateNested()
  @Type(() => IpPortfolio)
  ip?: IpPortfolio;

  @Field({ zh: '研发机构级别', en: 'Highest recognised R&D institution: none, below-city, city, provincial, national' })
  @IsOptional()
  @IsIn(RD_INSTITUTION_LEVELS)
  rdInstitutionLevel?: RdInstitutionLevel;

  @Field({ zh: '数字化水平等级', en: 'SME digital-level assessment grade (1–4)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  digitalLevel?: number;

  @Field({ zh: '质量管理水平', en: 'Quality management items' })
  @IsOptional()
  @ValidateNested()
  @Type(() => QualityItems)
  quality?: QualityItems;

  @Field({ zh: '有效荣誉', en: 'Honours valid during the year' })
  @IsOptional()
  @ValidateNested()
  @Type(() => Honours)
  honours?: Honours;

  @Field({ zh: '当年获得的科技奖励', en: 'S&T awards received in the year' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ScienceAward)
  scienceAwards?: ScienceAward[];

  @Field({ zh: '“创客中国”大赛成绩', en: '创客中国 SME contest result in the year: none, national-top500, national-top50' })
  @IsOptional()
  @IsIn(MAKER_CHINA_RESULTS)
  makerChina?: MakerChinaResult;

  @Field({ zh: '从事特定细分市场年限', en: 'Years in the specific niche market at year end', unit: 'year' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(200)
  nicheMarketYears?: number;

  @Field({ zh: '主导产品全国细分市场占有率', en: 'National niche-market share of the main product', unit: 'bp' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  marketShareBp?: number;

  @Field({ zh: '主导产品国内细分市场排名', en: 'Domestic niche-market rank of the main product', unit: 'count' })
  @IsOptional()
  @IsInt()
  @Min(1)
  domesticMarketRank?: number;

  @Field({ zh: '主导产品属于《战略性新兴产业分类》', en: 'Main product in the strategic emerging industries classification' })
  @IsOptional()
  @IsBoolean()
  strategicEmergingProduct?: boolean;

  @Field({
    zh: '主导产品所属领域情况',
    en: 'key-link-results (补短板/锻长板/填空白 with results), six-foundations (工业六基/中华老字号/serves chain leaders), other',
  })
  @IsOptional()
  @IsIn(MAIN_PRODUCT_FIELDS)
  mainProductField?: MainProductField;

  @Field({ zh: '特色化指标得分（省定）', en: 'Provincial characteristic-indicator points (0–15), 2022 专精特新 scoring', unit: 'points' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(15)
  characteristicScore?: number;

  @Field({ zh: '专精特新发展评价得分', en: 'Platform development-evaluation score (2026 standard, 工信厅企业〔2024〕75号)', unit: 'points' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  developmentScore?: number;

  @Field({ zh: '小巨人定性指标', en: 'Little-giant qualitative items' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LittleGiantItems)
  littleGiant?: LittleGiantItems;

  @Field({ zh: '负面清单情况', en: 'Negative-list facts' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ComplianceFacts)
  compliance?: ComplianceFacts;
}

/**
 * Cross-field checks the decorators cannot express. Returns Chinese messages (empty when consistent).
 */
export function checkAnnualFactsConsistency(f: AnnualFacts): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (f.rdStaff !== undefined && f.employees !== undefined && f.rdStaff > f.employees) {
    out.push({ field: 'rdStaff', message: `研发人员数（${f.rdStaff}）不能多于从业人员数（${f.employees}）` });
  }
  if (f.mainBusinessRevenue !== undefined && f.operatingRevenue !== undefined && f.mainBusinessRevenue > f.operatingRevenue) {
    out.push({ field: 'mainBusinessRevenue', message: '主营业务收入不能大于营业收入' });
  }
  const ip = f.ip;
  if (ip?.class1Total !== undefined) {
    for (const [key, zh] of [
      ['class1SelfDeveloped', '自主研发Ⅰ类知识产权数'],
      ['class1HighValue', 'Ⅰ类高价值知识产权数'],
      ['class1Applied', '已应用的Ⅰ类知识产权数'],
      ['class1OwnFirstThree', '非受让Ⅰ类知识产权数'],
    ] as const) {
      const v = ip[key];
      if (v !== undefined && v > ip.class1Total) {
        out.push({ field: `ip.${key}`, message: `${zh}（${v}）不能多于Ⅰ类知识产权总数（${ip.class1Total}）` });
      }
    }
  }
  return out;
}
