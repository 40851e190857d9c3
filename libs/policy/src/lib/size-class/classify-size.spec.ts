import { INDUSTRY_GROUPS } from '@ladder/shared-domain';
import type { IndustryGroup, SizeClass } from '@ladder/shared-domain';

import { selectVersion } from '../common/source';
import type { RuleVersionRef } from '../common/source';
import { METRIC_LABELS, classifySize } from './classify-size';
import type { SizeFacts } from './classify-size';
import { DEFAULT_SIZE_CLASS_CONVENTION, SIZE_CLASS_VERSIONS } from './size-class.rules';
import type { SizeClassConvention, SizeMetric } from './size-class.rules';

// ---------------------------------------------------------------------------------------------------------------
// Independent transcription of rules.md §2 (《中小企业划型标准规定》工信部联企业〔2011〕300号), written again from
// the table in rules.md — NOT imported from size-class.rules.ts. People in persons, money in 万元.
// E = 从业人员 (employees), R = 营业收入 (operating revenue), A = 资产总额 (total assets).
// ---------------------------------------------------------------------------------------------------------------
interface Band {
  readonly E?: number;
  readonly R?: number;
  readonly A?: number;
}
interface GroupRow {
  readonly item: string;
  readonly zh: string;
  readonly upper: Band;
  readonly medium: Band;
  readonly small: Band;
}

const RULES_MD_SECTION_2: Readonly<Record<IndustryGroup, GroupRow>> = {
  agriculture: {
    item: '（一）',
    zh: '农、林、牧、渔业',
    upper: { R: 20000 },
    medium: { R: 500 },
    small: { R: 50 },
  },
  industry: {
    item: '（二）',
    zh: '工业',
    upper: { E: 1000, R: 40000 },
    medium: { E: 300, R: 2000 },
    small: { E: 20, R: 300 },
  },
  construction: {
    item: '（三）',
    zh: '建筑业',
    upper: { R: 80000, A: 80000 },
    medium: { R: 6000, A: 5000 },
    small: { R: 300, A: 300 },
  },
  wholesale: {
    item: '（四）',
    zh: '批发业',
    upper: { E: 200, R: 40000 },
    medium: { E: 20, R: 5000 },
    small: { E: 5, R: 1000 },
  },
  retail: {
    item: '（五）',
    zh: '零售业',
    upper: { E: 300, R: 20000 },
    medium: { E: 50, R: 500 },
    small: { E: 10, R: 100 },
  },
  transport: {
    item: '（六）',
    zh: '交通运输业',
    upper: { E: 1000, R: 30000 },
    medium: { E: 300, R: 3000 },
    small: { E: 20, R: 200 },
  },
  warehousing: {
    item: '（七）',
    zh: '仓储业',
    upper: { E: 200, R: 30000 },
    medium: { E: 100, R: 1000 },
    small: { E: 20, R: 100 },
  },
  postal: {
    item: '（八）',
    zh: '邮政业',
    upper: { E: 1000, R: 30000 },
    medium: { E: 300, R: 2000 },
    small: { E: 20, R: 100 },
  },
  accommodation: {
    item: '（九）',
    zh: '住宿业',
    upper: { E: 300, R: 10000 },
    medium: { E: 100, R: 2000 },
    small: { E: 10, R: 100 },
  },
  catering: {
    item: '（十）',
    zh: '餐饮业',
    upper: { E: 300, R: 10000 },
    medium: { E: 100, R: 2000 },
    small: { E: 10, R: 100 },
  },
  'information-transmission': {
    item: '（十一）',
    zh: '信息传输业',
    upper: { E: 2000, R: 100000 },
    medium: { E: 100, R: 1000 },
    small: { E: 10, R: 100 },
  },
  'software-it': {
    item: '（十二）',
    zh: '软件和信息技术服务业',
    upper: { E: 300, R: 10000 },
    medium: { E: 100, R: 1000 },
    small: { E: 10, R: 50 },
  },
  'real-estate': {
    item: '（十三）',
    zh: '房地产开发经营',
    upper: { R: 200000, A: 10000 },
    medium: { R: 1000, A: 5000 },
    small: { R: 100, A: 2000 },
  },
  'property-management': {
    item: '（十四）',
    zh: '物业管理',
    upper: { E: 1000, R: 5000 },
    medium: { E: 300, R: 1000 },
    small: { E: 100, R: 500 },
  },
  'leasing-business': {
    item: '（十五）',
    zh: '租赁和商务服务业',
    upper: { E: 300, A: 120000 },
    medium: { E: 100, A: 8000 },
    small: { E: 10, A: 100 },
  },
  other: { item: '（十六）', zh: '其他未列明行业', upper: { E: 300 }, medium: { E: 100 }, small: { E: 10 } },
};

const FEN_PER_WAN = 1_000_000;
const METRIC_OF: Readonly<Record<keyof Band, SizeMetric>> = {
  E: 'employees',
  R: 'operatingRevenue',
  A: 'totalAssets',
};

type Step = 'upper' | 'medium' | 'small';

/** Thresholds of a group as the classifier sees them: persons, or fen. */
function thresholds(group: IndustryGroup, step: Step): Partial<Record<SizeMetric, number>> {
  const out: Partial<Record<SizeMetric, number>> = {};
  for (const [key, value] of Object.entries(RULES_MD_SECTION_2[group][step]) as [keyof Band, number][]) {
    out[METRIC_OF[key]] = key === 'E' ? value : value * FEN_PER_WAN;
  }
  return out;
}

function metricsOf(group: IndustryGroup): SizeMetric[] {
  return Object.keys(thresholds(group, 'upper')) as SizeMetric[];
}

const at = (group: IndustryGroup, step: Step, metric: SizeMetric): number => thresholds(group, step)[metric]!;

const CONVENTIONS: readonly SizeClassConvention[] = [
  { upperBound: 'exclusive', band: 'all' },
  { upperBound: 'inclusive', band: 'all' },
  { upperBound: 'exclusive', band: 'any' },
  { upperBound: 'inclusive', band: 'any' },
];
const label = (c: SizeClassConvention): string => `${c.upperBound}/${c.band}`;

// ---------------------------------------------------------------------------------------------------------------
// Scenarios that make one metric decisive. "Others" are the group's other metrics:
//  - huge   = 2 × their upper limit: above every limit, so they never keep the enterprise an SME but satisfy every
//             lower limit (medium and small). Used for upper limits and, under band 'all', for lower limits.
//  - between = strictly between their small and medium lower limits. Under band 'any' they do not reach medium.
//  - low    = half their small lower limit. Under band 'any' they do not reach small.
// None of these values equals a threshold, so `onBoundary` is true only because of the tested metric.
// ---------------------------------------------------------------------------------------------------------------
type Others = 'huge' | 'between' | 'low';

function otherValue(group: IndustryGroup, metric: SizeMetric, others: Others): number {
  switch (others) {
    case 'huge':
      return 2 * at(group, 'upper', metric);
    case 'between':
      return Math.floor((at(group, 'small', metric) + at(group, 'medium', metric)) / 2);
    case 'low':
      return Math.floor(at(group, 'small', metric) / 2);
  }
}

function factsFor(group: IndustryGroup, metric: SizeMetric, value: number, others: Others): SizeFacts {
  const facts: Partial<Record<SizeMetric, number>> = {};
  for (const m of metricsOf(group)) facts[m] = m === metric ? value : otherValue(group, m, others);
  return facts;
}

type Triple = readonly [below: SizeClass, atThreshold: SizeClass, above: SizeClass];

interface Case {
  readonly group: IndustryGroup;
  readonly step: Step;
  readonly metric: SizeMetric;
  readonly threshold: number;
  readonly others: Others;
  readonly convention: SizeClassConvention;
  readonly expected: Triple;
  /** The scenario is built for this convention, so the tested metric alone moves the class. */
  readonly decisive: boolean;
}

function buildCases(): Case[] {
  const cases: Case[] = [];
  for (const group of INDUSTRY_GROUPS) {
    const single = metricsOf(group).length === 1;
    for (const metric of metricsOf(group)) {
      for (const convention of CONVENTIONS) {
        const base = { group, metric, convention };
        // Upper limit: with the others above their limits, the tested metric alone decides 中小微.
        cases.push({
          ...base,
          step: 'upper',
          threshold: at(group, 'upper', metric),
          others: 'huge',
          expected: ['medium', convention.upperBound === 'exclusive' ? 'not-sme' : 'medium', 'not-sme'],
          decisive: true,
        });

        if (convention.band === 'all') {
          // Others satisfy every lower limit: the tested metric decides.
          cases.push({
            ...base,
            step: 'medium',
            threshold: at(group, 'medium', metric),
            others: 'huge',
            expected: ['small', 'medium', 'medium'],
            decisive: true,
          });
          cases.push({
            ...base,
            step: 'small',
            threshold: at(group, 'small', metric),
            others: 'huge',
            expected: ['micro', 'small', 'small'],
            decisive: true,
          });
          // Where the conventions differ: the 'any'-decisive scenarios under 'all' never reach the band.
          if (!single) {
            cases.push({
              ...base,
              step: 'medium',
              threshold: at(group, 'medium', metric),
              others: 'between',
              expected: ['small', 'small', 'small'],
              decisive: false,
            });
            cases.push({
              ...base,
              step: 'small',
              threshold: at(group, 'small', metric),
              others: 'low',
              expected: ['micro', 'micro', 'micro'],
              decisive: false,
            });
          }
        } else {
          // Others below the band: one indicator suffices, so the tested metric decides.
          cases.push({
            ...base,
            step: 'medium',
            threshold: at(group, 'medium', metric),
            others: 'between',
            expected: ['small', 'medium', 'medium'],
            decisive: true,
          });
          cases.push({
            ...base,
            step: 'small',
            threshold: at(group, 'small', metric),
            others: 'low',
            expected: ['micro', 'small', 'small'],
            decisive: true,
          });
          // Where the conventions differ: the 'all'-decisive scenarios under 'any' are 中型 throughout.
          if (!single) {
            cases.push({
              ...base,
              step: 'medium',
              threshold: at(group, 'medium', metric),
              others: 'huge',
              expected: ['medium', 'medium', 'medium'],
              decisive: false,
            });
            cases.push({
              ...base,
              step: 'small',
              threshold: at(group, 'small', metric),
              others: 'huge',
              expected: ['medium', 'medium', 'medium'],
              decisive: false,
            });
          }
        }
      }
    }
  }
  return cases;
}

const CASES = buildCases();

const OFFSETS = [
  { name: 'just below', delta: -1, index: 0 },
  { name: 'exactly at', delta: 0, index: 1 },
  { name: 'just above', delta: 1, index: 2 },
] as const;

const ROWS = CASES.flatMap((c) =>
  OFFSETS.map((o) => ({
    ...c,
    offset: o.name,
    delta: o.delta,
    value: c.threshold + o.delta,
    expectedClass: c.expected[o.index],
    conv: label(c.convention),
  })),
);

describe('classifySize — transcription sanity', () => {
  it('should cover all 16 industry groups when the table is transcribed from rules.md §2', () => {
    // Act / Assert
    expect(Object.keys(RULES_MD_SECTION_2)).toEqual([...INDUSTRY_GROUPS]);
  });

  it('should test every threshold of every group (upper, medium, small × metric) when generating cases', () => {
    // Arrange
    const expectedThresholds = INDUSTRY_GROUPS.flatMap((g) =>
      (['upper', 'medium', 'small'] as const).flatMap((step) => metricsOf(g).map((m) => `${g}/${step}/${m}`)),
    );

    // Act
    const tested = new Set(CASES.filter((c) => c.decisive).map((c) => `${c.group}/${c.step}/${c.metric}`));

    // Assert
    expect(expectedThresholds).toHaveLength(90);
    expect([...tested].sort()).toEqual([...expectedThresholds].sort());
  });

  it('should classify by the same metrics as the text when a group is looked up', () => {
    // Act / Assert: asking with no facts lists exactly the metrics of the group as missing.
    for (const group of INDUSTRY_GROUPS) {
      const result = classifySize({ industryGroup: group, facts: {} });
      expect([...result.missing].sort()).toEqual(metricsOf(group).sort());
    }
  });
});

describe('classifySize — every threshold of every group, at / below / above', () => {
  it.each(ROWS)(
    'should classify $group as $expectedClass when $metric is $offset the $step threshold ($value, others $others, $conv)',
    ({ group, metric, value, others, convention, expectedClass, delta, decisive, step }) => {
      // Arrange
      const facts = factsFor(group, metric, value, others);

      // Act
      const result = classifySize({ industryGroup: group, facts, convention });

      // Assert
      expect(result.status).toBe('determined');
      expect(result.sizeClass).toBe(expectedClass);
      expect(result.missing).toEqual([]);
      expect(result.convention).toEqual(convention);
      if (decisive) {
        // onBoundary is true exactly when the (decisive) value equals a threshold.
        expect(result.onBoundary).toBe(delta === 0);
        expect(result.explanation.includes('临界值')).toBe(delta === 0);
        const checksOfMetric = result.checks.filter((c) => c.metric === metric && c.step === step);
        expect(checksOfMetric).toHaveLength(1);
        expect(checksOfMetric[0]!.onBoundary).toBe(delta === 0);
      }
    },
  );
});

describe('classifySize — default convention', () => {
  it('should use upper bound exclusive and band all when no convention is given', () => {
    // Arrange
    const facts: SizeFacts = { employees: 1000, operatingRevenue: 50_000 * FEN_PER_WAN };

    // Act
    const result = classifySize({ industryGroup: 'industry', facts });

    // Assert
    expect(DEFAULT_SIZE_CLASS_CONVENTION).toEqual({ upperBound: 'exclusive', band: 'all' });
    expect(result.convention).toEqual(DEFAULT_SIZE_CLASS_CONVENTION);
    expect(result.sizeClass).toBe('not-sme');
  });

  it.each(INDUSTRY_GROUPS.map((g) => [g]))(
    'should give the same class as the explicit default when %s is classified without a convention',
    (group) => {
      // Arrange: a value just below every upper limit and between the medium and small limits
      const facts = factsFor(
        group,
        metricsOf(group)[0]!,
        otherValue(group, metricsOf(group)[0]!, 'between'),
        'between',
      );

      // Act
      const implicit = classifySize({ industryGroup: group, facts });
      const explicit = classifySize({
        industryGroup: group,
        facts,
        convention: { upperBound: 'exclusive', band: 'all' },
      });

      // Assert
      expect(implicit.sizeClass).toBe('small');
      expect(implicit.sizeClass).toBe(explicit.sizeClass);
    },
  );

  it('should stay an SME when one metric is above its upper limit and the other below (the "or" clause)', () => {
    // Arrange: 工业 with 5000 employees but 1亿 revenue
    const facts: SizeFacts = { employees: 5000, operatingRevenue: 10_000 * FEN_PER_WAN };

    // Act
    const result = classifySize({ industryGroup: 'industry', facts });

    // Assert
    expect(result.sizeClass).toBe('medium');
  });

  it('should classify 0 employees and 0 revenue as micro when the enterprise is tiny', () => {
    // Act / Assert
    expect(
      classifySize({ industryGroup: 'industry', facts: { employees: 0, operatingRevenue: 0 } }).sizeClass,
    ).toBe('micro');
  });
});

describe('classifySize — missing facts', () => {
  const FULL: Readonly<Record<SizeMetric, number>> = {
    employees: 50,
    operatingRevenue: 1_000 * FEN_PER_WAN,
    totalAssets: 1_000 * FEN_PER_WAN,
  };

  const MISSING_ROWS = INDUSTRY_GROUPS.flatMap((group) => {
    const metrics = metricsOf(group);
    const subsets: SizeMetric[][] = [];
    for (let mask = 1; mask < 1 << metrics.length; mask++)
      subsets.push(metrics.filter((_, i) => mask & (1 << i)));
    return subsets.flatMap((missing) =>
      (['undefined', 'null'] as const).map((how) => ({ group, missing, how, key: missing.join('+') })),
    );
  });

  it.each(MISSING_ROWS)('should answer unknown when $group lacks $key ($how)', ({ group, missing, how }) => {
    // Arrange
    const facts: { -readonly [K in keyof SizeFacts]: SizeFacts[K] } = { ...FULL };
    for (const m of missing) {
      if (how === 'null') facts[m] = null;
      else delete facts[m];
    }

    // Act
    const result = classifySize({ industryGroup: group, facts });

    // Assert
    expect(result.status).toBe('unknown');
    expect(result.sizeClass).toBeNull();
    expect([...result.missing].sort()).toEqual([...missing].sort());
    expect(result.checks).toEqual([]);
    expect(result.onBoundary).toBe(false);
    expect(result.explanation).toContain('无法划型');
    for (const m of missing) expect(result.explanation).toContain(METRIC_LABELS[m]);
    for (const m of metricsOf(group).filter((x) => !missing.includes(x))) {
      expect(result.explanation).not.toContain(`缺少${METRIC_LABELS[m]}`);
    }
    expect(result.explanation).toContain(RULES_MD_SECTION_2[group].zh);
  });

  it('should not require a metric the group does not use when it is absent', () => {
    // Arrange: 工业 is classified by employees and revenue only
    const facts: SizeFacts = { employees: 50, operatingRevenue: 1_000 * FEN_PER_WAN };

    // Act
    const result = classifySize({ industryGroup: 'industry', facts });

    // Assert
    expect(result.status).toBe('determined');
    expect(result.sizeClass).toBe('small');
  });

  it('should name 资产总额 when 建筑业 lacks total assets', () => {
    // Act
    const result = classifySize({
      industryGroup: 'construction',
      facts: { operatingRevenue: 100 * FEN_PER_WAN },
    });

    // Assert
    expect(result.missing).toEqual(['totalAssets']);
    expect(result.explanation).toContain('缺少资产总额');
  });
});

describe('classifySize — clause and rule', () => {
  it.each(INDUSTRY_GROUPS.map((g) => [g, RULES_MD_SECTION_2[g].item, RULES_MD_SECTION_2[g].zh]))(
    'should cite 工信部联企业〔2011〕300号 and item %s%s when classifying',
    (group, item, zh) => {
      // Act
      const determined = classifySize({
        industryGroup: group,
        facts: factsFor(group, metricsOf(group)[0]!, 1, 'between'),
      });
      const unknown = classifySize({ industryGroup: group, facts: {} });

      // Assert
      for (const result of [determined, unknown]) {
        expect(result.clause).toContain('工信部联企业〔2011〕300号');
        expect(result.clause).toContain(item);
        expect(result.clause).toContain(zh);
        expect(result.rule.id).toBe('sme-size-2011');
        expect(result.rule.effectiveFrom).toBe('2011-06-18');
        expect(result.rule.source.docNo).toBe('工信部联企业〔2011〕300号');
        expect(result.industryGroup).toBe(group);
      }
      expect(determined.explanation).toContain(determined.clause);
    },
  );
});

describe('selectVersion', () => {
  const source = { title: 't', docNo: 'd', confidence: 'confirmed' } as const;

  it('should return undefined when the date is before 2011-06-18', () => {
    // Act / Assert
    expect(selectVersion(SIZE_CLASS_VERSIONS, '2011-06-17')).toBeUndefined();
    expect(selectVersion(SIZE_CLASS_VERSIONS, '2000-01-01')).toBeUndefined();
  });

  it('should return the 2011 rule when the date is on or after 2011-06-18', () => {
    // Act / Assert
    expect(selectVersion(SIZE_CLASS_VERSIONS, '2011-06-18')?.id).toBe('sme-size-2011');
    expect(selectVersion(SIZE_CLASS_VERSIONS, '2026-05-01')?.id).toBe('sme-size-2011');
  });

  it('should throw when two versions overlap on the date', () => {
    // Arrange
    const versions: RuleVersionRef[] = [
      { id: 'v1', effectiveFrom: '2011-01-01', effectiveTo: '2024-12-31', source },
      { id: 'v2', effectiveFrom: '2024-06-01', source },
    ];

    // Act / Assert
    expect(() => selectVersion(versions, '2024-07-01')).toThrow(
      'overlapping rule versions on 2024-07-01: v1, v2',
    );
    expect(selectVersion(versions, '2024-05-31')?.id).toBe('v1');
    expect(selectVersion(versions, '2025-01-01')?.id).toBe('v2');
  });

  it('should treat effectiveTo as inclusive when versions meet at a day boundary', () => {
    // Arrange
    const versions: RuleVersionRef[] = [
      { id: 'v1', effectiveFrom: '2011-06-18', effectiveTo: '2025-05-31', source },
      { id: 'v2', effectiveFrom: '2025-06-01', source },
    ];

    // Act / Assert
    expect(selectVersion(versions, '2025-05-31')?.id).toBe('v1');
    expect(selectVersion(versions, '2025-06-01')?.id).toBe('v2');
  });

  it('should make classifySize throw when asOf is before 2011-06-18', () => {
    // Act / Assert
    expect(() =>
      classifySize({
        industryGroup: 'industry',
        facts: { employees: 1, operatingRevenue: 1 },
        asOf: '2011-06-17',
      }),
    ).toThrow('no SME size rule effective on 2011-06-17');
  });

  it('should classify with the 2011 rule when asOf is the effective date', () => {
    // Act
    const result = classifySize({
      industryGroup: 'industry',
      facts: { employees: 300, operatingRevenue: 2_000 * FEN_PER_WAN },
      asOf: '2011-06-18',
    });

    // Assert
    expect(result.rule.id).toBe('sme-size-2011');
    expect(result.sizeClass).toBe('medium');
    expect(result.onBoundary).toBe(true);
  });
});
