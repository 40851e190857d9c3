import { toFen } from '@ladder/shared-domain';

import type { CountyMatchingEntry } from './award-parameters';
import { AwardRequestError } from './award-request';
import type { AwardFacts, AwardId, AwardRequest } from './award-types';
import { computeAward } from './compute-award';

/** 万元 (decimal text) → fen, exactly. */
const w = (text: string): number => toFen(text, 'wan-yuan');
const IN_PLAN = '2024-05-10';

function compute(awardId: AwardId, facts: AwardFacts, date = IN_PLAN, options = {}) {
  return computeAward({ awardId, date, facts }, options);
}

describe('computeAward — 首台（套） S-36 / S-37', () => {
  it.each`
    awardId   | unitPrice     | amount         | capApplied | formula
    ${'S-36'} | ${'500'}      | ${'200'}       | ${true}    | ${'市场销售单价500万元 × 60% = 300万元，超过上限200万元，按200万元'}
    ${'S-36'} | ${'200'}      | ${'120'}       | ${false}   | ${'市场销售单价200万元 × 60% = 120万元'}
    ${'S-36'} | ${'333.34'}   | ${'200'}       | ${true}    | ${'市场销售单价333.34万元 × 60% = 200.004万元，超过上限200万元，按200万元'}
    ${'S-36'} | ${'333.33'}   | ${'199.998'}   | ${false}   | ${'市场销售单价333.33万元 × 60% = 199.998万元'}
    ${'S-36'} | ${'333.3333'} | ${'199.99998'} | ${false}   | ${'市场销售单价333.3333万元 × 60% = 199.99998万元'}
    ${'S-36'} | ${'333.3334'} | ${'200'}       | ${true}    | ${'市场销售单价333.3334万元 × 60% = 200.00004万元，超过上限200万元，按200万元'}
    ${'S-37'} | ${'500'}      | ${'100'}       | ${true}    | ${'市场销售单价500万元 × 30% = 150万元，超过上限100万元，按100万元'}
    ${'S-37'} | ${'300'}      | ${'90'}        | ${false}   | ${'市场销售单价300万元 × 30% = 90万元'}
    ${'S-37'} | ${'333.33'}   | ${'99.999'}    | ${false}   | ${'市场销售单价333.33万元 × 30% = 99.999万元'}
    ${'S-37'} | ${'333.34'}   | ${'100'}       | ${true}    | ${'市场销售单价333.34万元 × 30% = 100.002万元，超过上限100万元，按100万元'}
  `(
    'should grant $amount万 (cap applied: $capApplied) for $awardId when the unit price is $unitPrice万',
    ({ awardId, unitPrice, amount, capApplied, formula }) => {
      // Act
      const result = compute(awardId as AwardId, { unitPriceFen: w(unitPrice as string) });

      // Assert
      expect(result.decision).toBe('granted');
      expect(result.amountFen).toBe(w(amount as string));
      expect(result.capApplied).toBe(capApplied);
      expect(result.formula).toBe(formula);
      expect(result.payerSplit).toEqual([{ payer: 'PROV', amountFen: w(amount as string) }]);
      expect(result.handling).toBe('track');
    },
  );

  it('should round down to the fen when 60% of the unit price is not a whole number of fen', () => {
    // Arrange: 12345.67元 × 60% = 7407.402元
    const result = compute('S-36', { unitPriceFen: 1_234_567 });

    // Assert
    expect(result.amountFen).toBe(740_740);
    expect(result.formula).toBe('市场销售单价1.234567万元 × 60% = 0.7407402万元，按分向下取整为0.74074万元');
  });

  it('should answer unknown naming unitPriceFen when the unit price is not reported', () => {
    // Act
    const result = compute('S-36', {});

    // Assert
    expect(result).toMatchObject({
      decision: 'unknown',
      amountFen: 0,
      missing: ['unitPriceFen'],
      payerSplit: [],
    });
    expect(result.reason).toContain('市场销售单价');
  });
});

describe('computeAward — fixed amounts', () => {
  it.each`
    awardId       | facts                                   | amount  | payer
    ${'S-17'}     | ${{ kind: 'new' }}                      | ${5}    | ${'CITY'}
    ${'S-18'}     | ${{ kind: 'new' }}                      | ${20}   | ${'CITY'}
    ${'FJ-LG-50'} | ${{ kind: 'new' }}                      | ${50}   | ${'PROV'}
    ${'S-31'}     | ${{}}                                   | ${500}  | ${'PROV'}
    ${'S-32'}     | ${{ leadUnit: true }}                   | ${1000} | ${'PROV'}
    ${'S-33'}     | ${{ leadUnit: true }}                   | ${100}  | ${'PROV'}
    ${'S-34a'}    | ${{}}                                   | ${50}   | ${'PROV'}
    ${'S-34b'}    | ${{}}                                   | ${50}   | ${'PROV'}
    ${'S-46'}     | ${{}}                                   | ${100}  | ${'PROV'}
    ${'S-17'}     | ${{ kind: 'new', tier: 'specialized' }} | ${5}    | ${'CITY'}
  `(
    'should grant $amount万 paid by $payer for $awardId when triggered in the plan period',
    ({ awardId, facts, amount, payer }) => {
      // Act
      const result = compute(awardId as AwardId, facts as AwardFacts);

      // Assert
      expect(result.decision).toBe('granted');
      expect(result.amountFen).toBe((amount as number) * 1_000_000);
      expect(result.capApplied).toBe(false);
      expect(result.payerSplit).toEqual([{ payer, amountFen: (amount as number) * 1_000_000 }]);
    },
  );

  it('should catalogue both sub-awards under S-34 when either is computed', () => {
    // Act / Assert
    expect(compute('S-34a', {}).catalogueId).toBe('S-34');
    expect(compute('S-34b', {}).catalogueId).toBe('S-34');
  });

  it('should refuse S-32 when the enterprise is not the lead unit, and ask when it is not said', () => {
    // Act
    const participant = compute('S-32', { leadUnit: false });
    const unsaid = compute('S-33', {});

    // Assert
    expect(participant.decision).toBe('not-eligible');
    expect(participant.gaps).toEqual(['不是牵头单位：扶持资金给予牵头单位']);
    expect(unsaid).toMatchObject({ decision: 'unknown', missing: ['leadUnit'] });
  });

  it('should refuse S-17 when the certification is for a 小巨人', () => {
    // Act
    const result = compute('S-17', { kind: 'new', tier: 'little-giant' });

    // Assert
    expect(result.decision).toBe('not-eligible');
    expect(result.gaps[0]).toContain('不是专精特新中小企业');
  });

  it('should give nothing for a renewal (复核) when renewalCountsAsNew keeps its default', () => {
    // Act
    const result = compute('S-18', { kind: 'renewal' });

    // Assert
    expect(result).toMatchObject({ decision: 'not-eligible', amountFen: 0, payerSplit: [] });
    expect(result.pendingConfirmations.map((p) => p.parameter)).toContain('renewalCountsAsNew');
  });

  it('should pay a renewal like a new recognition when renewalCountsAsNew is true', () => {
    // Act
    const result = compute('S-18', { kind: 'renewal' }, IN_PLAN, { params: { renewalCountsAsNew: true } });

    // Assert
    expect(result).toMatchObject({ decision: 'granted', amountFen: 20_000_000 });
    expect(result.pendingConfirmations).toContainEqual(
      expect.objectContaining({ parameter: 'renewalCountsAsNew', value: 'true' }),
    );
  });

  it('should answer unknown when the certification kind is not reported', () => {
    // Act / Assert
    expect(compute('S-17', {})).toMatchObject({ decision: 'unknown', missing: ['kind'] });
  });
});

describe('computeAward — plan period (S-61)', () => {
  it.each`
    date            | decision
    ${'2021-12-31'} | ${'not-covered'}
    ${'2022-01-01'} | ${'granted'}
    ${'2025-12-31'} | ${'granted'}
    ${'2026-01-01'} | ${'not-covered'}
  `('should answer $decision for S-17 and S-36 when the event is dated $date', ({ date, decision }) => {
    // Act
    const city = compute('S-17', { kind: 'new' }, date as string);
    const provincial = compute('S-36', { unitPriceFen: w('100') }, date as string);

    // Assert
    expect(city.decision).toBe(decision);
    expect(provincial.decision).toBe(decision);
    if (decision === 'not-covered') {
      expect(city).toMatchObject({ amountFen: 0, payerSplit: [], version: null });
      expect(city.reason).toContain('不在新认定专精特新中小企业市级奖励任何政策版本的有效期内');
    } else {
      expect(city.version).toMatchObject({
        id: 'S-17@plan-2022',
        effectiveFrom: '2022-01-01',
        effectiveTo: '2025-12-31',
      });
    }
  });

  it("should cite the plan as a secondary restatement when the award is provincial and as confirmed when it is the city's", () => {
    // Act
    const city = compute('S-17', { kind: 'new' });
    const provincial = compute('S-31', {});

    // Assert
    expect(city.version).toMatchObject({
      confidence: 'confirmed',
      clause: '二、（一）2 育优质企',
      restates: null,
    });
    expect(provincial.version).toMatchObject({
      confidence: 'secondary',
      clause: '二、（二）1 支持企业协同创新发展',
    });
    expect(provincial.version?.restates).toContain('省级专项资金');
  });
});

describe('computeAward — 创响福建 S-35', () => {
  it.each`
    rank | amount
    ${1} | ${3}
    ${2} | ${2}
    ${3} | ${1}
  `('should grant $amount万 from the city when the project won rank $rank', ({ rank, amount }) => {
    // Act
    const result = compute('S-35', { rank: rank as number });

    // Assert
    expect(result.decision).toBe('granted');
    expect(result.payerSplit).toEqual([{ payer: 'CITY', amountFen: (amount as number) * 1_000_000 }]);
  });

  it('should refuse the project when it ranked fourth', () => {
    // Act / Assert
    expect(compute('S-35', { rank: 4 }).decision).toBe('not-eligible');
  });
});

describe('computeAward — fund equity S-47', () => {
  it.each`
    fund                          | paidIn              | amountFen      | capApplied
    ${'manufacturing-upgrade'}    | ${w('20000')}       | ${100_000_000} | ${false}
    ${'manufacturing-upgrade'}    | ${w('20000') + 1}   | ${100_000_000} | ${true}
    ${'manufacturing-upgrade'}    | ${w('20000') - 200} | ${99_999_999}  | ${false}
    ${'manufacturing-upgrade'}    | ${w('30000')}       | ${100_000_000} | ${true}
    ${'sme-development'}          | ${w('10000')}       | ${100_000_000} | ${false}
    ${'sme-development'}          | ${w('10000') + 100} | ${100_000_000} | ${true}
    ${'sme-development'}          | ${w('9999.99')}     | ${99_999_900}  | ${false}
    ${'sme-development-sub-fund'} | ${w('5000')}        | ${50_000_000}  | ${false}
    ${'sme-development-sub-fund'} | ${123_457}          | ${1_234}       | ${false}
    ${'manufacturing-upgrade'}    | ${333}              | ${1}           | ${false}
  `(
    'should grant $amountFen fen when $fund paid in $paidIn fen',
    ({ fund, paidIn, amountFen, capApplied }) => {
      // Act
      const result = compute('S-47', { fund, paidInFen: paidIn as number });

      // Assert
      expect(result.decision).toBe('granted');
      expect(result.amountFen).toBe(amountFen);
      expect(result.capApplied).toBe(capApplied);
      expect(result.pendingConfirmations.map((p) => p.parameter)).toEqual(['fundRates', 'fundCapScope']);
    },
  );

  it('should print the formula exactly at the cap when 5‰ of 2亿 is 100万', () => {
    // Act / Assert
    expect(compute('S-47', { fund: 'manufacturing-upgrade', paidInFen: w('20000') }).formula).toBe(
      '国家制造业转型升级基金实际到资额20000万元 × 5‰ = 100万元',
    );
  });

  it('should refuse a sub-fund of the manufacturing upgrade fund when the default reading applies', () => {
    // Act
    const result = compute('S-47', { fund: 'manufacturing-upgrade-sub-fund', paidInFen: w('1000') });

    // Assert
    expect(result.decision).toBe('not-eligible');
    expect(result.gaps[0]).toContain('国家制造业转型升级基金一级子基金不在奖励范围内');
  });

  it('should apply a confirmed mapping when fundRates is given', () => {
    // Arrange: the swapped reading
    const fundRates = {
      'manufacturing-upgrade': { num: 1, den: 100 },
      'manufacturing-upgrade-sub-fund': { num: 1, den: 100 },
      'sme-development': { num: 5, den: 1000 },
      'sme-development-sub-fund': { num: 5, den: 1000 },
    };

    // Act
    const result = compute('S-47', { fund: 'sme-development', paidInFen: w('10000') }, IN_PLAN, {
      params: { fundRates },
    });

    // Assert
    expect(result.amountFen).toBe(50_000_000);
    expect(result.formula).toBe('国家中小企业发展基金实际到资额10000万元 × 5‰ = 50万元');
  });
});

describe('computeAward — fund equity S-47 cap scope (fundCapScope)', () => {
  it.each`
    fundCapScope        | prior           | paidIn            | decision          | amountFen      | capApplied
    ${undefined}        | ${undefined}    | ${w('20000')}     | ${'granted'}      | ${100_000_000} | ${false}
    ${undefined}        | ${0}            | ${w('20000')}     | ${'granted'}      | ${100_000_000} | ${false}
    ${undefined}        | ${w('40')}      | ${w('20000')}     | ${'granted'}      | ${60_000_000}  | ${true}
    ${undefined}        | ${w('40')}      | ${w('12000')}     | ${'granted'}      | ${60_000_000}  | ${false}
    ${undefined}        | ${w('40')}      | ${w('12000') + 1} | ${'granted'}      | ${60_000_000}  | ${true}
    ${undefined}        | ${w('100') - 1} | ${w('20000')}     | ${'granted'}      | ${1}           | ${true}
    ${undefined}        | ${w('100')}     | ${w('20000')}     | ${'not-eligible'} | ${0}           | ${false}
    ${'per-investment'} | ${w('100')}     | ${w('20000')}     | ${'granted'}      | ${100_000_000} | ${false}
    ${'per-investment'} | ${w('40')}      | ${w('30000')}     | ${'granted'}      | ${100_000_000} | ${true}
  `(
    'should give $amountFen fen ($decision) with scope $fundCapScope when $prior fen was already received',
    ({ fundCapScope, prior, paidIn, decision, amountFen, capApplied }) => {
      // Act
      const result = compute(
        'S-47',
        {
          fund: 'manufacturing-upgrade',
          paidInFen: paidIn as number,
          priorGrantedFen: prior as number | undefined,
        },
        IN_PLAN,
        { params: { fundCapScope } },
      );

      // Assert
      expect(result.decision).toBe(decision);
      expect(result.amountFen).toBe(amountFen);
      expect(result.capApplied).toBe(capApplied);
      expect(result.capFen).toBe(100_000_000);
      expect(result.pendingConfirmations.find((p) => p.parameter === 'fundCapScope')?.value).toBe(
        fundCapScope ?? 'per-enterprise',
      );
      expect(result.payerSplit.reduce((sum, p) => sum + p.amountFen, 0)).toBe(result.amountFen);
    },
  );

  it('should show the remaining room in the formula when part of the per-enterprise cap was used', () => {
    // Act
    const result = compute('S-47', {
      fund: 'sme-development',
      paidInFen: w('10000'),
      priorGrantedFen: w('30'),
    });

    // Assert
    expect(result.formula).toBe(
      '国家中小企业发展基金实际到资额10000万元 × 1% = 100万元，超过剩余额度70万元（单家企业上限100万元，已获30万元），按70万元',
    );
  });

  it.each`
    rate                      | ok
    ${{ num: 5, den: 1000 }}  | ${true}
    ${{ num: 1, den: 200 }}   | ${true}
    ${{ num: 10, den: 1000 }} | ${true}
    ${{ num: 2, den: 100 }}   | ${false}
    ${{ num: 1, den: 1000 }}  | ${false}
  `(
    'should accept a fundRates value $rate only when it is one of the plan rates 5‰ / 1% ($ok)',
    ({ rate, ok }) => {
      // Arrange
      const fundRates = {
        'manufacturing-upgrade': rate as { num: number; den: number },
        'manufacturing-upgrade-sub-fund': null,
        'sme-development': { num: 1, den: 100 },
        'sme-development-sub-fund': { num: 1, den: 100 },
      };
      const run = () =>
        compute('S-47', { fund: 'manufacturing-upgrade', paidInFen: w('1000') }, IN_PLAN, {
          params: { fundRates },
        });

      // Act / Assert
      if (ok) expect(run().decision).toBe('granted');
      else expect(run).toThrow(/不是本方案规定的比例/);
    },
  );

  it('should reject an unknown fundCapScope value', () => {
    // Act / Assert
    expect(() =>
      compute('S-47', { fund: 'manufacturing-upgrade', paidInFen: w('1000') }, IN_PLAN, {
        params: { fundCapScope: 'per-year' },
      }),
    ).toThrow(/fundCapScope/);
  });
});

describe('computeAward — 技改 S-43 / S-44', () => {
  const renovation = (equipment: number, extra: AwardFacts = {}): AwardFacts => ({
    holdsSpecializedTitle: true,
    equipmentInvestmentFen: equipment,
    ...extra,
  });
  const reward = (total: number, extra: AwardFacts = {}): AwardFacts =>
    renovation(w('800'), {
      totalInvestmentFen: total,
      completed: true,
      completionYear: 2024,
      revenueFen: { '2023': w('5000'), '2024': w('5200') },
      ...extra,
    });

  it.each`
    equipment         | amountFen      | capApplied
    ${w('10000')}     | ${500_000_000} | ${false}
    ${w('10000') + 1} | ${500_000_000} | ${true}
    ${w('9999.99')}   | ${499_999_500} | ${false}
    ${w('20000')}     | ${500_000_000} | ${true}
    ${w('1000')}      | ${50_000_000}  | ${false}
    ${12_345}         | ${617}         | ${false}
  `(
    'should grant $amountFen fen under S-43 when the equipment investment is $equipment fen',
    ({ equipment, amountFen, capApplied }) => {
      // Act
      const result = compute('S-43', renovation(equipment as number));

      // Assert
      expect(result).toMatchObject({ decision: 'granted', amountFen, capApplied, capFen: 500_000_000 });
    },
  );

  it('should apply the rate set by the province when technicalRenovationSubsidyRate is given', () => {
    // Act
    const result = compute('S-43', renovation(w('1000')), IN_PLAN, {
      params: { technicalRenovationSubsidyRate: { num: 3, den: 100 } },
    });

    // Assert
    expect(result.amountFen).toBe(30_000_000);
    expect(result.formula).toBe('项目设备投资额1000万元 × 3% = 30万元');
  });

  it('should reject the parameter when the rate is above the version maximum of 5%', () => {
    // Act / Assert
    expect(() =>
      compute('S-43', renovation(w('1000')), IN_PLAN, {
        params: { technicalRenovationSubsidyRate: { num: 6, den: 100 } },
      }),
    ).toThrow(AwardRequestError);
  });

  it('should cap at the room left under the per-enterprise cap when part of it was already received', () => {
    // Act
    const partly = compute('S-43', renovation(w('10000'), { priorGrantedFen: w('300') }));
    const full = compute('S-43', renovation(w('10000'), { priorGrantedFen: w('500') }));

    // Assert
    expect(partly).toMatchObject({
      decision: 'granted',
      amountFen: w('200'),
      capApplied: true,
      capFen: w('500'),
    });
    expect(partly.formula).toBe(
      '项目设备投资额10000万元 × 5% = 500万元，超过剩余额度200万元（单家企业上限500万元，已获300万元），按200万元',
    );
    expect(full.decision).toBe('not-eligible');
  });

  it('should refuse S-43 when the enterprise holds no 专精特新 title', () => {
    // Act / Assert
    expect(compute('S-43', renovation(w('1000'), { holdsSpecializedTitle: false })).gaps).toEqual([
      '未持有有效的专精特新中小企业称号',
    ]);
  });

  it.each`
    total            | decision
    ${w('1000')}     | ${'granted'}
    ${w('1000') - 1} | ${'not-eligible'}
    ${w('999.99')}   | ${'not-eligible'}
    ${w('1000.01')}  | ${'granted'}
  `('should answer $decision under S-44 when the total investment is $total fen', ({ total, decision }) => {
    // Act
    const result = compute('S-44', reward(total as number));

    // Assert
    expect(result.decision).toBe(decision);
    if (decision === 'granted') expect(result.amountFen).toBe(w('40'));
    else expect(result.gaps[0]).toMatch(/^项目实际总投资.*未达到1000万元以上$/);
  });

  it('should refuse S-44 when the project is not completed or revenue did not grow', () => {
    // Act
    const notCompleted = compute('S-44', reward(w('2000'), { completed: false }));
    const flat = compute('S-44', reward(w('2000'), { revenueFen: { '2023': w('5000'), '2024': w('5000') } }));

    // Assert
    expect(notCompleted.gaps).toEqual(['项目尚未完工投产']);
    expect(flat.gaps).toEqual(['2024年营业收入5000万元未较2023年（5000万元）增长']);
  });

  it.each`
    revenueComparison          | needed                                    | growth                          | decision
    ${'completion-year'}       | ${['revenueFen.2024', 'revenueFen.2023']} | ${{ '2023': 100, '2024': 101 }} | ${'granted'}
    ${'year-after-completion'} | ${['revenueFen.2025', 'revenueFen.2024']} | ${{ '2024': 101, '2025': 100 }} | ${'not-eligible'}
    ${'before-application'}    | ${['revenueFen.2024', 'revenueFen.2023']} | ${{ '2023': 100, '2024': 101 }} | ${'granted'}
  `(
    'should compare the years of $revenueComparison when that reading is chosen',
    ({ revenueComparison, needed, growth, decision }) => {
      // Arrange: request dated 2025-03-01, project completed in 2024
      const params = { revenueComparison };

      // Act
      const missing = compute('S-44', reward(w('2000'), { revenueFen: {} }), '2025-03-01', { params });
      const decided = compute('S-44', reward(w('2000'), { revenueFen: growth }), '2025-03-01', { params });

      // Assert
      expect(missing.decision).toBe('unknown');
      expect(missing.missing).toEqual(needed);
      expect(decided.decision).toBe(decision);
      expect(decided.pendingConfirmations).toContainEqual(
        expect.objectContaining({ parameter: 'revenueComparison', value: revenueComparison }),
      );
    },
  );
});

describe('computeAward — discretionary awards S-22 / S-40', () => {
  const park = (extra: AwardFacts = {}): AwardFacts => ({
    isLittleGiant: true,
    previousDivisionCode: '310115',
    countyCode: '350481',
    proposedAmountFen: w('120'),
    ...extra,
  });

  it('should cap the park operator reward at 100万 and have the beneficiary county pay when 120万 is proposed', () => {
    // Act
    const result = compute('S-22', park());

    // Assert
    expect(result).toMatchObject({
      decision: 'granted',
      amountFen: w('100'),
      capApplied: true,
      payer: 'BEN',
    });
    expect(result.payerSplit).toEqual([{ payer: 'BEN', countyCode: '350481', amountFen: w('100') }]);
    expect(result.formula).toBe('拟奖励金额120万元，超过上限100万元，按100万元');
  });

  it('should grant the proposed amount when it is within the cap', () => {
    // Act / Assert
    expect(compute('S-22', park({ proposedAmountFen: w('100') }))).toMatchObject({
      amountFen: w('100'),
      capApplied: false,
    });
  });

  it.each`
    previous    | why
    ${'350404'} | ${'current code'}
    ${'350402'} | ${'legacy 梅列区 code'}
    ${'350427'} | ${'legacy 沙县 code'}
  `(
    'should refuse the park operator when the enterprise was previously registered in Sanming ($why)',
    ({ previous }) => {
      // Act
      const result = compute('S-22', park({ previousDivisionCode: previous as string }));

      // Assert
      expect(result.decision).toBe('not-eligible');
      expect(result.gaps[0]).toContain('在三明市行政区域内');
    },
  );

  it('should refuse when the introduced enterprise is not a 小巨人', () => {
    // Act / Assert
    expect(compute('S-22', park({ isLittleGiant: false })).decision).toBe('not-eligible');
  });

  it('should cap the 标杆 reward at 50万 when more is proposed', () => {
    // Act / Assert
    expect(compute('S-40', { proposedAmountFen: w('60') })).toMatchObject({
      amountFen: w('50'),
      capApplied: true,
    });
    expect(compute('S-40', { proposedAmountFen: w('50') })).toMatchObject({
      amountFen: w('50'),
      capApplied: false,
    });
  });
});

describe('computeAward — park plaque S-23', () => {
  it.each`
    specialized | giants  | params                               | decision
    ${4}        | ${1}    | ${{}}                                | ${'granted'}
    ${4}        | ${1}    | ${{ parkCountsLittleGiants: false }} | ${'not-eligible'}
    ${5}        | ${0}    | ${{ parkCountsLittleGiants: false }} | ${'granted'}
    ${5}        | ${null} | ${{}}                                | ${'granted'}
    ${4}        | ${null} | ${{}}                                | ${'unknown'}
    ${3}        | ${1}    | ${{}}                                | ${'not-eligible'}
  `(
    'should answer $decision when the park has $specialized 专精特新 and $giants 小巨人 with $params',
    ({ specialized, giants, params, decision }) => {
      // Act
      const result = compute(
        'S-23',
        { specializedCount: specialized as number, littleGiantCount: giants as number | null },
        IN_PLAN,
        { params },
      );

      // Assert
      expect(result.decision).toBe(decision);
      expect(result.amountFen).toBe(0);
      expect(result.payerSplit).toEqual([]);
      if (decision === 'granted') expect(result.benefit).toContain('专精特新园区');
      expect(result.pendingConfirmations.map((p) => p.parameter)).toContain('parkCountsLittleGiants');
    },
  );
});

describe('computeAward — county matching S-19', () => {
  const row = (
    countyCode: string,
    amountFen: number,
    extra: Partial<CountyMatchingEntry> = {},
  ): CountyMatchingEntry => ({
    countyCode,
    tier: 'specialized',
    amountFen,
    effectiveFrom: '2022-01-01',
    effectiveTo: '2025-12-31',
    confirmed: true,
    docNo: '示例县工信〔2023〕1号',
    ...extra,
  });

  it('should answer unknown when the county table keeps its default (0, pending confirmation)', () => {
    // Act
    const result = compute('S-19', { tier: 'specialized', kind: 'new', countyCode: '350404' });

    // Assert
    expect(result).toMatchObject({ decision: 'unknown', missing: ['countyMatching[350404/specialized]'] });
    expect(result.pendingConfirmations).toContainEqual(
      expect.objectContaining({
        parameter: 'countyMatching[350404/specialized]',
        confirmBy: '市工信局/各县（市、区）',
      }),
    );
  });

  it('should pay the county amount from the county when a row is set, mapping a legacy county code', () => {
    // Arrange
    const params = { countyMatching: [row('350404', w('2')), row('350481', w('3'))] };

    // Act
    const sanyuan = compute('S-19', { tier: 'specialized', kind: 'new', countyCode: '350402' }, IN_PLAN, {
      params,
    });
    const yongan = compute('S-19', { tier: 'specialized', kind: 'new', countyCode: '350481' }, IN_PLAN, {
      params,
    });

    // Assert
    expect(sanyuan.payerSplit).toEqual([{ payer: 'CNTY', countyCode: '350404', amountFen: w('2') }]);
    expect(yongan.payerSplit).toEqual([{ payer: 'CNTY', countyCode: '350481', amountFen: w('3') }]);
    expect(sanyuan.formula).toBe('三元区配套奖励（新认定专精特新中小企业，示例县工信〔2023〕1号）2万元');
  });

  it('should refuse when the county confirmed it gives no matching', () => {
    // Act
    const result = compute('S-19', { tier: 'specialized', kind: 'new', countyCode: '350404' }, IN_PLAN, {
      params: { countyMatching: [row('350404', 0)] },
    });

    // Assert
    expect(result.decision).toBe('not-eligible');
  });

  it('should reject the county table when two rows overlap', () => {
    // Act / Assert
    expect(() =>
      compute('S-19', { tier: 'specialized', kind: 'new', countyCode: '350404' }, IN_PLAN, {
        params: {
          countyMatching: [row('350404', w('2')), row('350404', w('3'), { effectiveFrom: '2024-01-01' })],
        },
      }),
    ).toThrow(/重叠/);
  });
});

describe('computeAward — invalid requests', () => {
  it.each`
    request                                                                | problem
    ${{ awardId: 'S-99', date: IN_PLAN, facts: {} }}                       | ${'奖励编号“S-99”无效'}
    ${{ awardId: 'S-36', date: '2024-02-30', facts: {} }}                  | ${'日期“2024-02-30”无效'}
    ${{ awardId: 'S-36', date: IN_PLAN, facts: { unitPrice: 5 } }}         | ${'奖励S-36不使用事实“unitPrice”'}
    ${{ awardId: 'S-36', date: IN_PLAN, facts: { unitPriceFen: 5.5 } }}    | ${'应为大于0的整数（单位：分）'}
    ${{ awardId: 'S-36', date: IN_PLAN }}                                  | ${'缺少事实 facts'}
    ${{ awardId: 'S-19', date: IN_PLAN, facts: { countyCode: '350101' } }} | ${'应为三明市县（市、区）代码'}
    ${{ awardId: 'S-36', date: '2025-02-29', facts: {} }}                  | ${'日期“2025-02-29”无效'}
    ${{ awardId: 'S-36', date: '2024-5-1', facts: {} }}                    | ${'日期“2024-5-1”无效'}
    ${{ awardId: 'S-36', facts: {} }}                                      | ${'缺少日期 date'}
    ${{ date: IN_PLAN, facts: {} }}                                        | ${'缺少奖励编号 awardId'}
    ${{ awardId: 'S-34', date: IN_PLAN, facts: {} }}                       | ${'S-34a（省级企业技术中心）或 S-34b'}
    ${{ awardId: 's-17', date: IN_PLAN, facts: {} }}                       | ${'是否为“S-17”'}
    ${{ awardId: 'S-36', date: IN_PLAN, facts: { unitPriceFen: -1 } }}     | ${'应为大于0的整数（单位：分）'}
    ${{ awardId: 'S-47', date: IN_PLAN, facts: { paidInFen: '100' } }}     | ${'事实 paidInFen（实际到资额（分））应为大于0的整数'}
    ${{ awardId: 'S-47', date: IN_PLAN, facts: { priorGrantedFen: -1 } }}  | ${'事实 priorGrantedFen'}
    ${{ awardId: 'S-17', date: IN_PLAN, facts: {}, extra: 1 }}             | ${'未知字段“extra”'}
  `('should throw a Chinese problem ($problem) when the request is invalid', ({ request, problem }) => {
    // Act / Assert
    expect(() => computeAward(request as AwardRequest)).toThrow(AwardRequestError);
    expect(() => computeAward(request as AwardRequest)).toThrow(problem as string);
  });
});

describe('computeAward — missing facts are named, never read as 0', () => {
  it.each`
    awardId   | facts                              | missing
    ${'S-17'} | ${{}}                              | ${['kind']}
    ${'S-19'} | ${{ kind: 'new' }}                 | ${['tier', 'countyCode']}
    ${'S-22'} | ${{ isLittleGiant: true }}         | ${['previousDivisionCode', 'countyCode', 'proposedAmountFen']}
    ${'S-36'} | ${{}}                              | ${['unitPriceFen']}
    ${'S-43'} | ${{ holdsSpecializedTitle: true }} | ${['equipmentInvestmentFen']}
    ${'S-44'} | ${{ holdsSpecializedTitle: true }} | ${['totalInvestmentFen', 'completed', 'completionYear', 'revenueFen', 'equipmentInvestmentFen']}
    ${'S-47'} | ${{ fund: 'sme-development' }}     | ${['paidInFen']}
    ${'S-47'} | ${{ paidInFen: 100 }}              | ${['fund']}
  `('should answer unknown for $awardId naming $missing', ({ awardId, facts, missing }) => {
    // Act
    const result = compute(awardId as AwardId, facts as AwardFacts);

    // Assert
    expect(result.decision).toBe('unknown');
    expect(result.amountFen).toBe(0);
    expect(result.payerSplit).toEqual([]);
    expect(result.missing).toEqual(missing);
    for (const name of missing as string[]) expect(result.reason).toContain(name);
  });
});

describe('computeAward — S-44 completion date', () => {
  it('should refuse S-44 when the completion year is after the request date', () => {
    // Act
    const result = computeAward({
      awardId: 'S-44',
      date: '2024-03-01',
      facts: {
        holdsSpecializedTitle: true,
        equipmentInvestmentFen: 100_000_000,
        totalInvestmentFen: 2_000_000_000,
        completed: true,
        completionYear: 2025,
        revenueFen: { '2024': 1, '2025': 2 },
      },
    });

    // Assert
    expect(result.gaps).toEqual(['完工投产年度2025晚于申请日期2024-03-01']);
  });
});
