import { applyRate, formatRate, formatWan, formatWanExact, isValidRate, rateAtMost } from './award-money';
import { quotient } from '../common/rational';

describe('award money', () => {
  it.each`
    rate                      | text
    ${{ num: 60, den: 100 }}  | ${'60%'}
    ${{ num: 5, den: 1000 }}  | ${'5‰'}
    ${{ num: 1, den: 100 }}   | ${'1%'}
    ${{ num: 25, den: 1000 }} | ${'2.5%'}
    ${{ num: 1, den: 8000 }}  | ${'0.0125%'}
    ${{ num: 1, den: 3 }}     | ${'约33.333333%'}
  `('should print $text when the rate is $rate.num/$rate.den', ({ rate, text }) => {
    // Act / Assert
    expect(formatRate(rate as { num: number; den: number })).toBe(text);
  });

  it.each`
    fen              | text
    ${0}             | ${'0万元'}
    ${5_000_000}     | ${'5万元'}
    ${2_000_000_000} | ${'2000万元'}
    ${740_740}       | ${'0.74074万元'}
    ${1}             | ${'0.000001万元'}
  `('should print $text when the amount is $fen fen', ({ fen, text }) => {
    // Act / Assert
    expect(formatWan(fen as number)).toBe(text);
  });

  it('should print fractions of a fen exactly when the decimal terminates', () => {
    // Act / Assert
    expect(formatWanExact(quotient(7_407_402, 10))).toBe('0.7407402万元');
    expect(formatWanExact(quotient(1, 3))).toBe('约0.00000033万元');
  });

  it('should round a product down to the fen when the rate produces a fraction', () => {
    // Act
    const { exact, floorFen } = applyRate(333, { num: 5, den: 1000 });

    // Assert: 333 × 5‰ = 1.665 fen
    expect(exact).toEqual(quotient(333, 200));
    expect(floorFen).toBe(1);
  });

  it('should stay exact when amounts reach Number.MAX_SAFE_INTEGER', () => {
    // Act
    const { floorFen } = applyRate(Number.MAX_SAFE_INTEGER, { num: 60, den: 100 });

    // Assert: 9007199254740991 × 0.6 = 5404319552844594.6
    expect(floorFen).toBe(5_404_319_552_844_594);
  });

  it('should accept rates between 0 and 100% only when validated', () => {
    // Act / Assert
    expect(isValidRate({ num: 0, den: 1 })).toBe(true);
    expect(isValidRate({ num: 1, den: 1 })).toBe(true);
    expect(isValidRate({ num: 101, den: 100 })).toBe(false);
    expect(isValidRate({ num: -1, den: 100 })).toBe(false);
    expect(isValidRate({ num: 1, den: 0 })).toBe(false);
    expect(isValidRate({ num: 0.5, den: 100 })).toBe(false);
    expect(rateAtMost({ num: 5, den: 100 }, { num: 1, den: 20 })).toBe(true);
    expect(rateAtMost({ num: 51, den: 1000 }, { num: 5, den: 100 })).toBe(false);
  });
});
