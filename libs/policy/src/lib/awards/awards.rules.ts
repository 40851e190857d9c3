import type { PendingConfirmation, SourceRef } from '../common/source';
import { PLAN_PERIOD, SANMING_PLAN } from '../plan/plan-targets';
import { PLAN_FUND_RATES } from './award-parameters';
import { percent, wan } from './award-money';
import type { AwardDefinition, AwardId, AwardTerms, AwardVersion } from './award-types';

// ---------------------------------------------------------------------------------------------------------------
// The award catalogue of 《三明市优质中小企业梯度培育行动方案》 (rules.md §8) as dated data: one definition per
// award, one base version per award over the plan period (S-61: 2022-01-01 … 2025-12-31). Provincial awards
// (S-31…S-47) are provincial policy that the plan restates and the city only tracks: their base versions also run
// over the plan period, with the plan as source marked `secondary` (a restatement, not the provincial document).
// FJ-LG-50 (the provincial 50万 for a new 小巨人) is not in the plan's text ("在省级财政资金奖励的基础上"); its
// source is 闽中小企业办〔2022〕1号 as quoted by the 福建省工信厅 Q&A (rules.md §6.3), tracked over the plan period.
// ---------------------------------------------------------------------------------------------------------------

const planSource = (article: string): SourceRef => ({ ...SANMING_PLAN, article });

/** The plan restating a provincial special fund (省级专项资金): the wording is the plan's, not the province's. */
const restatedSource = (article: string): SourceRef => ({
  ...SANMING_PLAN,
  title: `${SANMING_PLAN.title}（转述省级专项资金政策）`,
  article,
  confidence: 'secondary',
});

export const FJ_SMALL_GIANT_SOURCE: SourceRef = {
  title: '福建省促进中小企业发展工作领导小组办公室关于福建省加大力度助企纾困激发中小企业发展活力的若干意见',
  docNo: '闽中小企业办〔2022〕1号',
  article: '对新认定的国家级专精特新“小巨人”企业给予一次性50万元奖励（据省工信厅答问）',
  url: 'http://gxt.fujian.gov.cn/zmhd/cjwt/qt/202208/t20220831_5984719.htm',
  confidence: 'secondary',
};

const C_GROW = '二、（一）2 育优质企';
const C_ATTRACT = '二、（一）4 引小巨人';
const C_INNOVATE = '二、（二）1 支持企业协同创新发展';
const C_FIRST_SET = '二、（二）2 加快创新成果转化应用';
const C_DIGITAL = '二、（二）3 鼓励企业数字化转型';
const C_RENOVATE = '二、（二）4 实施新一轮技术改造';
const C_SERVICE = '二、（三）1 推动智能化精准服务';
const C_FINANCE = '二、（三）2 畅通市场化融资渠道';

const T_GROW =
  '对新认定的专精特新中小企业和专精特新“小巨人”企业，在省级财政资金奖励的基础上，市级财政分别再奖励5万元和20万元，各县（市、区）政府相应予以配套奖励。';
const T_ATTRACT =
  '对成功从三明市行政区域以外引入专精特新“小巨人”企业落户的产业园区运营主体，单个项目由受益地财政分别给予最高不超过100万元的一次性奖励；对聚集5家以上专精特新中小企业的产业园区，市政府授予“专精特新园区”牌匾，给予重点扶持，加快高质量发展。';
const T_CENTRES =
  '对新认定的国家企业技术中心给予500万元省级专项资金奖励；对新认定的省级制造业创新中心和省级制造业创新中心试点，分别给予牵头单位1000万元、100万元省级专项资金扶持；对新认定的省级企业技术中心和省级新型研发机构，分别给予50万元省级专项资金奖励。';
const T_CONTEST =
  '对在“创响福建”中小企业创业创新大赛市决赛上获奖项目，市级财政按照一等奖3万元、二等奖2万元、三等奖1万元给予奖励。';
const T_FIRST_SET =
  '对新认定为国家、省级首台（套）重大技术装备（含智能制造装备）的企业，分别给予市场销售单价60%、30%省级专项资金奖励，最高补助金额分别不超过200万元、100万元。';
const T_DIGITAL =
  '对新获评省级新一代信息技术与制造业融合发展新模式新业态标杆的企业，给予最高不超过50万元省级专项资金奖励。';
const T_RENOVATE =
  '对专精特新中小企业，其申报省重点技改项目时不受投资额条件限制……对其项目设备（含技术、软件等）投资额不超过5%的比例给予省级专项资金补助，单家企业最高500万元；对其实际总投资1000万元以上的技改项目，在项目完工投产后且较上一年度营业收入增长的，再按项目设备投资额不超过5%的比例给予省级专项资金奖励，单家企业最高500万元。';
const T_BASE = '对新认定的国家级中小微企业创业创新示范基地，给予100万元省级专项资金奖励。';
const T_FUND =
  '对获得国家制造业转型升级基金、中小企业发展基金或其一级子基金股权投资支持的企业，按照实际到资额分别给予5‰、1％省级专项资金奖励，最高100万元。';

const U_GROW = '市工信局、财政局，各县（市、区）人民政府';
const U_ATTRACT = '市商务局、工信局、财政局、生态环境局，各县（市、区）人民政府';
const U_INNOVATE = '市工信局、科技局、财政局，各县（市、区）人民政府';
const U_FIRST_SET = '市工信局、科技局、市场监管局、财政局，各县（市、区）人民政府';
const U_DIGITAL = '市工信局、财政局、通信办，市电信公司、移动公司、联通公司、各县（市、区）人民政府';
const U_RENOVATE =
  '市工信局、自然资源局、生态环境局、金融局、财政局，市人行、三明银保监分局，各县（市、区）人民政府';
const U_SERVICE = '市工信局及各涉企业服务单位，各县（市、区）人民政府';
const U_FINANCE =
  '市工信局、财政局、金融监管局，市人行、三明市银保监分局，市投资集团，各金融机构，各县（市、区）人民政府';

const PROVINCIAL = '省级专项资金（福建省工业和信息化厅等）';

/** Every award of the catalogue, in catalogue order. */
export const AWARD_DEFINITIONS: readonly AwardDefinition[] = [
  {
    id: 'S-17',
    catalogueId: 'S-17',
    zh: '新认定专精特新中小企业市级奖励',
    payer: 'CITY',
    cash: true,
    handling: 'pay',
    recipient: {
      kind: 'enterprise',
      zh: '新认定的专精特新中小企业',
      tier: { tier: 'specialized', requirement: 'new-certification' },
    },
    trigger: {
      kind: 'certification-event',
      zh: '认定事件 tiering.enterprise.certified（层级 specialized，类型 new），免申即享',
      event: { subject: 'tiering.enterprise.certified', tiers: ['specialized'] },
    },
    clause: C_GROW,
    text: T_GROW,
    responsibleUnits: U_GROW,
    family: 'new-certification',
    termsKind: 'fixed',
    requiredFacts: ['kind'],
    optionalFacts: ['tier'],
    readings: ['renewalCountsAsNew'],
  },
  {
    id: 'S-18',
    catalogueId: 'S-18',
    zh: '新认定专精特新“小巨人”企业市级奖励',
    payer: 'CITY',
    cash: true,
    handling: 'pay',
    recipient: {
      kind: 'enterprise',
      zh: '新认定的专精特新“小巨人”企业',
      tier: { tier: 'little-giant', requirement: 'new-certification' },
    },
    trigger: {
      kind: 'certification-event',
      zh: '认定事件 tiering.enterprise.certified（层级 little-giant，类型 new），免申即享',
      event: { subject: 'tiering.enterprise.certified', tiers: ['little-giant'] },
    },
    clause: C_GROW,
    text: T_GROW,
    responsibleUnits: U_GROW,
    family: 'new-certification',
    termsKind: 'fixed',
    requiredFacts: ['kind'],
    optionalFacts: ['tier'],
    readings: ['renewalCountsAsNew'],
  },
  {
    id: 'S-19',
    catalogueId: 'S-19',
    zh: '县（市、区）配套奖励（配套S-17/S-18）',
    payer: 'CNTY',
    cash: true,
    handling: 'pay',
    recipient: { kind: 'enterprise', zh: '新认定的专精特新中小企业或专精特新“小巨人”企业（按所属县）' },
    trigger: {
      kind: 'certification-event',
      zh: '认定事件 tiering.enterprise.certified（层级 specialized 或 little-giant，类型 new），按企业所属县配套',
      event: { subject: 'tiering.enterprise.certified', tiers: ['specialized', 'little-giant'] },
    },
    clause: C_GROW,
    text: T_GROW,
    responsibleUnits: '各县（市、区）人民政府',
    family: 'county-matching',
    termsKind: 'county-matching',
    requiredFacts: ['tier', 'kind', 'countyCode'],
    optionalFacts: [],
    readings: ['renewalCountsAsNew', 'countyMatching'],
  },
  {
    id: 'FJ-LG-50',
    catalogueId: 'FJ-LG-50',
    zh: '新认定国家级专精特新“小巨人”企业省级奖励（跟踪）',
    payer: 'PROV',
    cash: true,
    handling: 'track',
    recipient: {
      kind: 'enterprise',
      zh: '新认定的国家级专精特新“小巨人”企业',
      tier: { tier: 'little-giant', requirement: 'new-certification' },
    },
    trigger: {
      kind: 'certification-event',
      zh: '认定事件 tiering.enterprise.certified（层级 little-giant，类型 new）；省级资金经设区市工信部门拨付，市级跟踪',
      event: { subject: 'tiering.enterprise.certified', tiers: ['little-giant'] },
    },
    clause: '闽中小企业办〔2022〕1号（见rules.md §6.3）',
    text: '对新认定的国家级专精特新“小巨人”企业，省级财政给予一次性50万元奖励，资金由省工信厅下达设区市工信部门拨付企业（福建省工信厅答问）。',
    responsibleUnits: '省工信厅；市工信局（拨付、跟踪）',
    family: 'new-certification',
    termsKind: 'fixed',
    requiredFacts: ['kind'],
    optionalFacts: ['tier'],
    readings: ['renewalCountsAsNew'],
  },
  {
    id: 'S-22',
    catalogueId: 'S-22',
    zh: '引进市外“小巨人”企业落户奖励（产业园区运营主体）',
    payer: 'BEN',
    cash: true,
    handling: 'pay',
    recipient: {
      kind: 'park-operator',
      zh: '成功从三明市行政区域以外引入专精特新“小巨人”企业落户的产业园区运营主体（按项目）',
    },
    trigger: {
      kind: 'application',
      zh: '园区运营主体按项目申请，受益地财政核定金额（不超过上限）',
      documents: [
        '企业落户（迁入）登记材料及原注册地证明',
        '专精特新“小巨人”企业认定文件',
        '招商引资协议',
        '受益地拟奖励金额的审定意见',
      ],
    },
    clause: C_ATTRACT,
    text: T_ATTRACT,
    responsibleUnits: U_ATTRACT,
    family: 'park-introduction',
    termsKind: 'discretionary',
    requiredFacts: ['isLittleGiant', 'previousDivisionCode', 'countyCode', 'proposedAmountFen'],
    optionalFacts: [],
    readings: ['S-22.beneficiaryLocality', 'S-22.outsideSanming'],
  },
  {
    id: 'S-23',
    catalogueId: 'S-23',
    zh: '“专精特新园区”牌匾（非现金）',
    payer: null,
    cash: false,
    handling: 'non-cash',
    recipient: { kind: 'park', zh: '聚集5家以上专精特新中小企业的产业园区' },
    trigger: {
      kind: 'application',
      zh: '园区申请（或工信部门核查园区内企业名单），市政府授牌',
      documents: ['园区内专精特新中小企业（及“小巨人”企业）名单及认定文件'],
    },
    clause: C_ATTRACT,
    text: T_ATTRACT,
    responsibleUnits: `${U_ATTRACT}；市政府授牌`,
    family: 'park-plaque',
    termsKind: 'plaque',
    requiredFacts: ['specializedCount'],
    optionalFacts: ['littleGiantCount'],
    readings: ['parkCountsLittleGiants', 'S-23.atLeastFive'],
  },
  {
    id: 'S-31',
    catalogueId: 'S-31',
    zh: '新认定国家企业技术中心奖励',
    payer: 'PROV',
    cash: true,
    handling: 'track',
    recipient: { kind: 'enterprise', zh: '任何企业（新认定国家企业技术中心）' },
    trigger: {
      kind: 'recognition',
      zh: '新认定为国家企业技术中心（认定文件）',
      documents: ['国家企业技术中心认定文件'],
    },
    clause: C_INNOVATE,
    text: T_CENTRES,
    responsibleUnits: U_INNOVATE,
    family: 'recognition-fixed',
    termsKind: 'fixed',
    requiredFacts: [],
    optionalFacts: [],
    readings: [],
  },
  {
    id: 'S-32',
    catalogueId: 'S-32',
    zh: '新认定省级制造业创新中心扶持（牵头单位）',
    payer: 'PROV',
    cash: true,
    handling: 'track',
    recipient: { kind: 'lead-unit', zh: '省级制造业创新中心的牵头单位' },
    trigger: {
      kind: 'recognition',
      zh: '新认定为省级制造业创新中心（认定文件）',
      documents: ['省级制造业创新中心认定文件（列明牵头单位）'],
    },
    clause: C_INNOVATE,
    text: T_CENTRES,
    responsibleUnits: U_INNOVATE,
    family: 'recognition-fixed',
    termsKind: 'fixed',
    requiredFacts: ['leadUnit'],
    optionalFacts: [],
    readings: [],
  },
  {
    id: 'S-33',
    catalogueId: 'S-33',
    zh: '新认定省级制造业创新中心试点扶持（牵头单位）',
    payer: 'PROV',
    cash: true,
    handling: 'track',
    recipient: { kind: 'lead-unit', zh: '省级制造业创新中心试点的牵头单位' },
    trigger: {
      kind: 'recognition',
      zh: '新认定为省级制造业创新中心试点（认定文件）',
      documents: ['省级制造业创新中心试点认定文件（列明牵头单位）'],
    },
    clause: C_INNOVATE,
    text: T_CENTRES,
    responsibleUnits: U_INNOVATE,
    family: 'recognition-fixed',
    termsKind: 'fixed',
    requiredFacts: ['leadUnit'],
    optionalFacts: [],
    readings: [],
  },
  {
    id: 'S-34a',
    catalogueId: 'S-34',
    zh: '新认定省级企业技术中心奖励',
    payer: 'PROV',
    cash: true,
    handling: 'track',
    recipient: { kind: 'enterprise', zh: '任何企业（新认定省级企业技术中心）' },
    trigger: {
      kind: 'recognition',
      zh: '新认定为省级企业技术中心（认定文件）',
      documents: ['省级企业技术中心认定文件'],
    },
    clause: C_INNOVATE,
    text: T_CENTRES,
    responsibleUnits: U_INNOVATE,
    family: 'recognition-fixed',
    termsKind: 'fixed',
    requiredFacts: [],
    optionalFacts: [],
    readings: [],
  },
  {
    id: 'S-34b',
    catalogueId: 'S-34',
    zh: '新认定省级新型研发机构奖励',
    payer: 'PROV',
    cash: true,
    handling: 'track',
    recipient: { kind: 'enterprise', zh: '任何企业（新认定省级新型研发机构）' },
    trigger: {
      kind: 'recognition',
      zh: '新认定为省级新型研发机构（认定文件）',
      documents: ['省级新型研发机构认定文件'],
    },
    clause: C_INNOVATE,
    text: T_CENTRES,
    responsibleUnits: U_INNOVATE,
    family: 'recognition-fixed',
    termsKind: 'fixed',
    requiredFacts: [],
    optionalFacts: [],
    readings: [],
  },
  {
    id: 'S-35',
    catalogueId: 'S-35',
    zh: '“创响福建”中小企业创业创新大赛市决赛获奖奖励',
    payer: 'CITY',
    cash: true,
    handling: 'pay',
    recipient: { kind: 'project', zh: '市决赛获奖项目（一、二、三等奖）' },
    trigger: { kind: 'application', zh: '市决赛获奖名单', documents: ['“创响福建”市决赛获奖名单或证书'] },
    clause: C_INNOVATE,
    text: T_CONTEST,
    responsibleUnits: U_INNOVATE,
    family: 'contest-prize',
    termsKind: 'prize',
    requiredFacts: ['rank'],
    optionalFacts: [],
    readings: [],
  },
  {
    id: 'S-36',
    catalogueId: 'S-36',
    zh: '国家首台（套）重大技术装备奖励',
    payer: 'PROV',
    cash: true,
    handling: 'track',
    recipient: { kind: 'enterprise', zh: '任何企业（新认定国家首台（套）重大技术装备，含智能制造装备）' },
    trigger: {
      kind: 'recognition',
      zh: '新认定为国家首台（套）重大技术装备（认定文件＋销售单价证明）',
      documents: ['国家首台（套）重大技术装备认定文件', '销售合同及发票（市场销售单价）'],
    },
    clause: C_FIRST_SET,
    text: T_FIRST_SET,
    responsibleUnits: U_FIRST_SET,
    family: 'first-set-unit-price',
    termsKind: 'unit-price-rate',
    requiredFacts: ['unitPriceFen'],
    optionalFacts: [],
    readings: ['S-36.perRecognition'],
  },
  {
    id: 'S-37',
    catalogueId: 'S-37',
    zh: '省级首台（套）重大技术装备奖励',
    payer: 'PROV',
    cash: true,
    handling: 'track',
    recipient: { kind: 'enterprise', zh: '任何企业（新认定省级首台（套）重大技术装备，含智能制造装备）' },
    trigger: {
      kind: 'recognition',
      zh: '新认定为省级首台（套）重大技术装备（认定文件＋销售单价证明）',
      documents: ['省级首台（套）重大技术装备认定文件', '销售合同及发票（市场销售单价）'],
    },
    clause: C_FIRST_SET,
    text: T_FIRST_SET,
    responsibleUnits: U_FIRST_SET,
    family: 'first-set-unit-price',
    termsKind: 'unit-price-rate',
    requiredFacts: ['unitPriceFen'],
    optionalFacts: [],
    readings: ['S-36.perRecognition'],
  },
  {
    id: 'S-40',
    catalogueId: 'S-40',
    zh: '省级新一代信息技术与制造业融合发展新模式新业态标杆奖励',
    payer: 'PROV',
    cash: true,
    handling: 'track',
    recipient: { kind: 'enterprise', zh: '任何企业（新获评省级融合发展新模式新业态标杆）' },
    trigger: {
      kind: 'recognition',
      zh: '新获评省级标杆（获评文件＋省级核定金额）',
      documents: ['省级新一代信息技术与制造业融合发展新模式新业态标杆获评文件', '省级核定的奖励金额'],
    },
    clause: C_DIGITAL,
    text: T_DIGITAL,
    responsibleUnits: U_DIGITAL,
    family: 'provincial-discretionary',
    termsKind: 'discretionary',
    requiredFacts: ['proposedAmountFen'],
    optionalFacts: [],
    readings: [],
  },
  {
    id: 'S-43',
    catalogueId: 'S-43',
    zh: '专精特新中小企业省重点技改项目设备投资补助',
    payer: 'PROV',
    cash: true,
    handling: 'track',
    recipient: {
      kind: 'enterprise',
      zh: '专精特新中小企业（含“小巨人”）的省重点技改项目',
      tier: { tier: 'specialized', requirement: 'holds' },
    },
    trigger: {
      kind: 'application',
      zh: '申报省重点技改项目（不受投资额条件限制）',
      documents: ['省重点技改项目申报材料', '设备（含技术、软件等）投资额明细'],
    },
    clause: C_RENOVATE,
    text: T_RENOVATE,
    responsibleUnits: U_RENOVATE,
    family: 'renovation-subsidy',
    termsKind: 'equipment-rate',
    requiredFacts: ['holdsSpecializedTitle', 'equipmentInvestmentFen'],
    optionalFacts: ['priorGrantedFen'],
    readings: ['technicalRenovationSubsidyRate', 'S-43.enterpriseCap'],
  },
  {
    id: 'S-44',
    catalogueId: 'S-44',
    zh: '专精特新中小企业技改项目完工投产增长奖励',
    payer: 'PROV',
    cash: true,
    handling: 'track',
    recipient: {
      kind: 'enterprise',
      zh: '专精特新中小企业（含“小巨人”），实际总投资1000万元以上的技改项目',
      tier: { tier: 'specialized', requirement: 'holds' },
    },
    trigger: {
      kind: 'application',
      zh: '技改项目完工投产后申请（营业收入较上一年度增长）',
      documents: ['项目竣工投产证明', '实际总投资及设备投资额审计材料', '相关年度营业收入（财务报表）'],
    },
    clause: C_RENOVATE,
    text: T_RENOVATE,
    responsibleUnits: U_RENOVATE,
    family: 'renovation-reward',
    termsKind: 'equipment-rate',
    requiredFacts: [
      'holdsSpecializedTitle',
      'equipmentInvestmentFen',
      'totalInvestmentFen',
      'completed',
      'completionYear',
      'revenueFen',
    ],
    optionalFacts: ['priorGrantedFen'],
    readings: [
      'technicalRenovationRewardRate',
      'revenueComparison',
      'S-44.totalInvestmentInclusive',
      'S-43.enterpriseCap',
    ],
  },
  {
    id: 'S-46',
    catalogueId: 'S-46',
    zh: '新认定国家级中小微企业创业创新示范基地奖励',
    payer: 'PROV',
    cash: true,
    handling: 'track',
    recipient: { kind: 'base-operator', zh: '新认定的国家级中小微企业创业创新示范基地（运营主体）' },
    trigger: {
      kind: 'recognition',
      zh: '新认定为国家级小型微型企业创业创新示范基地（认定文件）',
      documents: ['国家级示范基地认定文件'],
    },
    clause: C_SERVICE,
    text: T_BASE,
    responsibleUnits: U_SERVICE,
    family: 'recognition-fixed',
    termsKind: 'fixed',
    requiredFacts: [],
    optionalFacts: [],
    readings: [],
  },
  {
    id: 'S-47',
    catalogueId: 'S-47',
    zh: '国家级基金股权投资到资奖励',
    payer: 'PROV',
    cash: true,
    handling: 'track',
    recipient: {
      kind: 'enterprise',
      zh: '获得国家制造业转型升级基金、中小企业发展基金或其一级子基金股权投资的企业',
    },
    trigger: {
      kind: 'application',
      zh: '基金实际到资后申请（投资协议＋到资凭证）',
      documents: ['股权投资协议', '实际到资银行凭证', '基金（或一级子基金）身份证明'],
    },
    clause: C_FINANCE,
    text: T_FUND,
    responsibleUnits: U_FINANCE,
    family: 'fund-equity',
    termsKind: 'fund-rate',
    requiredFacts: ['fund', 'paidInFen'],
    optionalFacts: ['priorGrantedFen'],
    readings: ['fundRates', 'fundCapScope'],
  },
];

const DEFINITION_BY_ID = new Map<AwardId, AwardDefinition>(AWARD_DEFINITIONS.map((d) => [d.id, d]));

export function awardDefinition(id: AwardId): AwardDefinition {
  const d = DEFINITION_BY_ID.get(id);
  if (d === undefined) throw new RangeError(`未知奖励：${id}`);
  return d;
}

/**
 * Fixed readings of the award texts (not parameters: no other reading is plausible enough to switch), listed in
 * each result that depends on them and pending 市工信局 confirmation all the same.
 */
export const FIXED_READINGS: Readonly<Record<string, PendingConfirmation>> = {
  'S-22.beneficiaryLocality': {
    parameter: 'S-22.beneficiaryLocality',
    value: '园区所在县（市、区）',
    note: '“单个项目由受益地财政…给予”：受益地读作引进企业落户的园区所在县（市、区），由该县财政支付（BEN）',
    confirmBy: '市工信局',
  },
  'S-22.outsideSanming': {
    parameter: 'S-22.outsideSanming',
    value: '原注册地行政区划代码不以3504开头',
    note: '“从三明市行政区域以外引入”：以企业迁入前的注册地行政区划代码判断（rules.md §8.7-4）；3504xx（含旧代码350402、350403、350427）均属市内',
    confirmBy: '市工信局',
  },
  'S-23.atLeastFive': {
    parameter: 'S-23.atLeastFive',
    value: '≥ 5',
    note: '“聚集5家以上”包括本数（《民法典》第一千二百五十九条，rules.md §8.7-5）',
    confirmBy: '市工信局',
  },
  'S-44.totalInvestmentInclusive': {
    parameter: 'S-44.totalInvestmentInclusive',
    value: '≥ 1000万元',
    note: '“实际总投资1000万元以上”包括本数（《民法典》第一千二百五十九条，rules.md §8.7-5）；营业收入“增长”读作严格大于',
    confirmBy: '市工信局',
  },
  'S-36.perRecognition': {
    parameter: 'S-36.perRecognition',
    value: '每项新认定装备按其市场销售单价计算，上限按项适用',
    note: '首台（套）奖励“最高补助金额分别不超过200万元、100万元”按每项新认定的装备适用；同一企业多项装备的合计上限未规定，销售多台（套）时按单价（非合同总额）计算',
    confirmBy: '省工信厅（经市工信局）',
  },
  'S-43.enterpriseCap': {
    parameter: 'S-43.enterpriseCap',
    value: '扣减已获金额（priorGrantedFen，未报送按0）',
    note: '“单家企业最高500万元”的计算期间（每年度、每批次或累计）未明确：由调用方报送该期间内本项已获金额，上限按剩余额度计',
    confirmBy: '省工信厅（经市工信局）',
  },
};

// --- Base versions ---------------------------------------------------------------------------------------------

const base = (
  awardId: AwardId,
  clause: string,
  terms: AwardTerms,
  source: SourceRef,
  extra: Partial<Pick<AwardVersion, 'restates' | 'note'>> = {},
): AwardVersion => ({
  id: `${awardId}@plan-2022`,
  awardId,
  effectiveFrom: PLAN_PERIOD.from,
  effectiveTo: PLAN_PERIOD.to,
  source,
  clause,
  terms,
  successor: false,
  ...extra,
});

const restated = { restates: PROVINCIAL };

/** One version per award over the plan period (S-61). */
export const BASE_AWARD_VERSIONS: readonly AwardVersion[] = [
  base('S-17', C_GROW, { kind: 'fixed', amountFen: wan(5) }, planSource(C_GROW)),
  base('S-18', C_GROW, { kind: 'fixed', amountFen: wan(20) }, planSource(C_GROW)),
  base('S-19', C_GROW, { kind: 'county-matching' }, planSource(C_GROW), {
    note: '金额由各县（市、区）政策确定，见参数 countyMatching',
  }),
  base('FJ-LG-50', '一次性奖励50万元', { kind: 'fixed', amountFen: wan(50) }, FJ_SMALL_GIANT_SOURCE, {
    restates: '省级财政奖励（闽中小企业办〔2022〕1号）',
    note: '省级政策自身的施行期未核实；本系统在本方案期限内跟踪',
  }),
  base('S-22', C_ATTRACT, { kind: 'discretionary', capFen: wan(100) }, planSource(C_ATTRACT)),
  base(
    'S-23',
    C_ATTRACT,
    { kind: 'plaque', minEnterprises: 5, benefit: '市政府授予“专精特新园区”牌匾，给予重点扶持' },
    planSource(C_ATTRACT),
  ),
  base('S-31', C_INNOVATE, { kind: 'fixed', amountFen: wan(500) }, restatedSource(C_INNOVATE), restated),
  base('S-32', C_INNOVATE, { kind: 'fixed', amountFen: wan(1000) }, restatedSource(C_INNOVATE), restated),
  base('S-33', C_INNOVATE, { kind: 'fixed', amountFen: wan(100) }, restatedSource(C_INNOVATE), restated),
  base('S-34a', C_INNOVATE, { kind: 'fixed', amountFen: wan(50) }, restatedSource(C_INNOVATE), restated),
  base('S-34b', C_INNOVATE, { kind: 'fixed', amountFen: wan(50) }, restatedSource(C_INNOVATE), restated),
  base('S-35', C_INNOVATE, { kind: 'prize', amountsFen: [wan(3), wan(2), wan(1)] }, planSource(C_INNOVATE)),
  base(
    'S-36',
    C_FIRST_SET,
    { kind: 'unit-price-rate', rate: percent(60), capFen: wan(200) },
    restatedSource(C_FIRST_SET),
    restated,
  ),
  base(
    'S-37',
    C_FIRST_SET,
    { kind: 'unit-price-rate', rate: percent(30), capFen: wan(100) },
    restatedSource(C_FIRST_SET),
    restated,
  ),
  base('S-40', C_DIGITAL, { kind: 'discretionary', capFen: wan(50) }, restatedSource(C_DIGITAL), restated),
  base(
    'S-43',
    C_RENOVATE,
    { kind: 'equipment-rate', maxRate: percent(5), capFen: wan(500) },
    restatedSource(C_RENOVATE),
    restated,
  ),
  base(
    'S-44',
    C_RENOVATE,
    { kind: 'equipment-rate', maxRate: percent(5), capFen: wan(500), minTotalInvestmentFen: wan(1000) },
    restatedSource(C_RENOVATE),
    restated,
  ),
  base('S-46', C_SERVICE, { kind: 'fixed', amountFen: wan(100) }, restatedSource(C_SERVICE), restated),
  base(
    'S-47',
    C_FINANCE,
    { kind: 'fund-rate', rates: PLAN_FUND_RATES, capFen: wan(100) },
    restatedSource(C_FINANCE),
    { ...restated, note: '基金与比例的对应关系为待确认的读法（参数 fundRates）' },
  ),
];
