import type {
  ConditionResultDto,
  EvaluationResultDto,
  IndicatorResultDto,
  RuleVersionRefDto,
  ScoreResultDto,
  TierParametersDto,
  TierResultDto,
} from '@ladder/contracts';
import { flushPromises, mount, RouterLinkStub } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';

import { vRowTestid } from '@/directives/row-testid';
import { i18n } from '@/locales';

import EvaluationResultView from './evaluation-result.vue';

// ---------------------------------------------------------------- fixture, built by hand (docs/policy.md §5)

const USCC = '91350404MA34PQ7W25';

const RULE_2022: RuleVersionRefDto = {
  id: 'tiers-2022',
  effectiveFrom: '2022-06-01',
  effectiveTo: '2026-03-31',
  source: { title: '《优质中小企业梯度培育管理暂行办法》', docNo: '工信部企业〔2022〕63号', confidence: 'secondary' },
};

const PARAMETERS: TierParametersDto = {
  bandEdgeToHigher: true,
  inclusiveBounds: true,
  averageGrowth: 'arithmetic',
  reviewExemptsLittleGiantGrowth: true,
  sizeClassConvention: { upperBound: 'exclusive', band: 'all' },
  reviewUses2022Until: '2026-12-31',
  chainAcceptsSameRoundTier: false,
  littleGiantSmallRevenueRdScope: 'two-year-total',
  leadingMarketRank2026: 10,
};

function condition(overrides: Partial<ConditionResultDto> & Pick<ConditionResultDto, 'id' | 'zh' | 'status'>): ConditionResultDto {
  return {
    group: '基本条件（须同时满足）',
    clause: '工信部企业〔2022〕63号 附件2 第二条',
    confidence: 'confirmed',
    values: {},
    missing: [],
    ...overrides,
  };
}

function indicator(overrides: Partial<IndicatorResultDto> & Pick<IndicatorResultDto, 'id' | 'zh'>): IndicatorResultDto {
  return {
    dimension: '创新能力',
    clause: '工信部企业〔2022〕63号 附件1 一、创新能力',
    confidence: 'confirmed',
    max: 20,
    points: 20,
    range: { min: 20, max: 20 },
    band: '5%以上',
    values: {},
    missing: [],
    onBoundary: false,
    ...overrides,
  };
}

function score(total: number, indicators: IndicatorResultDto[]): ScoreResultDto {
  return {
    clause: '评价得分达到60分以上',
    threshold: 60,
    status: total >= 60 ? 'met' : 'not-met',
    total,
    range: { min: total, max: total },
    dimensions: [
      { id: 'innovation', zh: '创新能力', max: 40, minimum: 20, points: 30, range: { min: 30, max: 30 }, status: 'met' },
      { id: 'growth', zh: '成长性', max: 30, minimum: 15, points: 15, range: { min: 15, max: 15 }, status: 'met' },
    ],
    indicators,
    missing: [],
  };
}

function tier(overrides: Partial<TierResultDto> & Pick<TierResultDto, 'tier' | 'zh' | 'decision'>): TierResultDto {
  return {
    route: null,
    ruleVersion: RULE_2022,
    standard: '工信部企业〔2022〕63号',
    conditions: [],
    score: null,
    requirements: [],
    missing: [],
    gaps: [],
    explanation: '',
    ...overrides,
  };
}

const RD_GAP = '研发费用占比 2.40% < 3%';
const MISSING_SHARE = 'annualData[2024].marketShareBp';

const RESULT: EvaluationResultDto = {
  uscc: USCC,
  asOf: '2025-06-01',
  type: 'new',
  dataYear: 2024,
  ruleVersion: { ...RULE_2022, zh: '2022年梯度培育标准', effectiveFromConfidence: 'unconfirmed' },
  versionReason: '新申报按评价日2025-06-01有效的标准评价：《优质中小企业梯度培育管理暂行办法》（工信部企业〔2022〕63号）。',
  parameters: PARAMETERS,
  common: {
    status: 'met',
    sizeClass: {
      sizeClass: 'small',
      status: 'determined',
      missing: [],
      industryGroup: 'industry',
      rule: {
        id: 'size-2011',
        effectiveFrom: '2011-06-18',
        source: { title: '《中小企业划型标准规定》', docNo: '工信部联企业〔2011〕300号', confidence: 'confirmed' },
      },
      clause: '工信部联企业〔2011〕300号 第四条（二）工业',
      convention: { upperBound: 'exclusive', band: 'all' },
      checks: [],
      onBoundary: false,
      explanation: '从业人员120人、营业收入25000万元，属小型企业',
    },
    conditions: [condition({ id: 'common.sme', zh: '属于中小企业', group: '共性条件', status: 'met' })],
    missing: [],
    gaps: [],
  },
  titles: [{ tier: 'innovative', certifiedOn: '2023-06-15', validUntil: '2026-06-14', validUntilDefaulted: true, valid: true }],
  highestValidTitle: 'innovative',
  tiers: {
    innovative: tier({
      tier: 'innovative',
      zh: '创新型中小企业',
      decision: 'eligible',
      route: { kind: 'score', id: 'score', zh: '评价得分75分' },
      score: score(75, [
        indicator({ id: 'rd-ratio', zh: '研发费用占营业收入比重', values: { 研发费用占比: '5.20%' } }),
        indicator({
          id: 'niche',
          zh: '主导产品所属领域',
          confidence: 'unconfirmed',
          points: 10,
          range: { min: 10, max: 10 },
          max: 10,
        }),
      ]),
      requirements: [{ id: 'common', zh: '共性条件', status: 'met', gaps: [], missing: [] }],
      explanation: '符合创新型中小企业条件（评价得分75分）。',
    }),
    specialized: tier({
      tier: 'specialized',
      zh: '专精特新中小企业',
      decision: 'not-eligible',
      conditions: [
        condition({
          id: 'basic.rd',
          zh: '上年度研发费用总额不低于100万元，且占营业收入总额比重不低于3%',
          status: 'not-met',
          values: { '2024年研发费用': '600万元', '2024年研发费用占比': '2.40%' },
          gap: RD_GAP,
        }),
      ],
      requirements: [{ id: 'basic.rd', zh: '研发投入', status: 'not-met', gaps: [RD_GAP], missing: [] }],
      gaps: [RD_GAP],
      explanation: `不符合专精特新中小企业条件：${RD_GAP}。`,
    }),
    'little-giant': tier({
      tier: 'little-giant',
      zh: '专精特新“小巨人”企业',
      decision: 'unknown',
      conditions: [
        condition({
          id: 'market.share',
          zh: '主导产品在全国细分市场占有率达到10%以上',
          status: 'unknown',
          missing: [MISSING_SHARE],
        }),
      ],
      requirements: [{ id: 'market', zh: '市场地位', status: 'unknown', gaps: [], missing: [MISSING_SHARE] }],
      missing: [MISSING_SHARE],
      explanation: '暂无法判定是否符合专精特新“小巨人”企业条件。',
    }),
  },
  missing: [MISSING_SHARE],
  pendingConfirmations: [
    { parameter: 'bandEdgeToHigher', value: 'true', note: '评分表区间端点归属', confirmBy: '市工信局' },
    { parameter: 'inclusiveBounds', value: 'true', note: '“以上/以下”是否包括本数', confirmBy: '市工信局' },
  ],
};

function mountResult(props: { links?: boolean } = {}) {
  return mount(EvaluationResultView, {
    props: { result: RESULT, ...props },
    global: { plugins: [i18n], stubs: { RouterLink: RouterLinkStub }, directives: { rowTestid: vRowTestid } },
  });
}

describe('evaluation-result', () => {
  afterEach(() => {
    i18n.global.locale.value = 'zh-CN';
  });

  it('should show each tier with its decision in Chinese', () => {
    const wrapper = mountResult();

    expect(wrapper.get('[data-testid="evaluation-tier-innovative"]').text()).toContain('符合');
    expect(wrapper.get('[data-testid="evaluation-tier-specialized"]').text()).toContain('不符合');
    expect(wrapper.get('[data-testid="evaluation-tier-little-giant"]').text()).toContain('待定（缺数据）');
    expect(wrapper.get('[data-testid="evaluation-tier-innovative"]').attributes('data-decision')).toBe('eligible');
    expect(wrapper.get('[data-testid="evaluation-tier-innovative"]').text()).toContain('评分达标：评价得分75分');
  });

  it('should show the rule version, its reason and the size class', () => {
    const wrapper = mountResult();

    const version = wrapper.get('[data-testid="evaluation-rule-version"]').text();
    expect(version).toContain('2022年梯度培育标准');
    expect(version).toContain('按评价日2025-06-01有效的标准评价');
    expect(version).toContain('待核实');
    expect(wrapper.get('[data-testid="evaluation-size-class"]').text()).toBe('小型');
  });

  it('should show the gaps of a tier that is not eligible', () => {
    const wrapper = mountResult();

    const card = wrapper.get('[data-testid="evaluation-tier-specialized"]');
    const gaps = card.findAll('[data-testid="evaluation-gap"]').map((g) => g.text());
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps).toContain(RD_GAP);
    expect(wrapper.get('[data-testid="evaluation-tier-innovative"]').find('[data-testid="evaluation-gap"]').exists()).toBe(false);
  });

  it('should list the missing facts with a link to fill in that year', () => {
    const wrapper = mountResult();

    const card = wrapper.get('[data-testid="evaluation-tier-little-giant"]');
    const missing = card.findAll('[data-testid="evaluation-missing"]');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.text()).toContain('2024年度数据 › 主导产品全国细分市场占有率（%）');
    expect(missing[0]?.attributes('data-path')).toBe(MISSING_SHARE);
    const link = missing[0]!.getComponent(RouterLinkStub);
    expect(link.props('to')).toEqual({ path: `/enterprises/${USCC}`, query: { annual: '2024' } });
    expect(link.text()).toBe('企业详情 › 年度数据');
  });

  it('should leave the links out when asked (what-if)', () => {
    const wrapper = mountResult({ links: false });

    expect(wrapper.get('[data-testid="evaluation-missing"]').findComponent(RouterLinkStub).exists()).toBe(false);
  });

  it('should show the score total against the pass mark and flag unconfirmed clauses', async () => {
    const wrapper = mountResult();

    const card = wrapper.get('[data-testid="evaluation-tier-innovative"]');
    expect(card.get('[data-testid="evaluation-score-total"]').text()).toBe('75 分（达标线 60 分）');
    await flushPromises();
    expect(card.findAll('[data-testid="evaluation-confidence"]').map((b) => b.text())).toContain('待核实');
    expect(card.findAll('[data-testid="evaluation-indicator-row"]')).toHaveLength(2);
  });

  it('should count the readings awaiting confirmation', () => {
    const wrapper = mountResult();

    expect(wrapper.get('[data-testid="evaluation-pending"]').text()).toContain('待确认的参数与口径（2项）');
  });

  it('should switch to English', async () => {
    // Arrange
    const wrapper = mountResult();

    // Act
    i18n.global.locale.value = 'en';
    await flushPromises();

    // Assert
    expect(wrapper.get('[data-testid="evaluation-tier-specialized"]').text()).toContain('Not eligible');
    expect(wrapper.get('[data-testid="evaluation-tier-little-giant"]').text()).toContain('Pending (data missing)');
  });
});
