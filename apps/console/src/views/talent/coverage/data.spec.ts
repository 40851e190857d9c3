import { describe, expect, it } from 'vitest';

import { coverageChartOption, defaultYear, percent } from './data';

describe('coverage dashboard', () => {
  it('should open on the latest year with training, never a future one', () => {
    expect(defaultYear(['2024-03-01', '2025-05-12', '2027-01-10'], 2026)).toBe(2025);
    expect(defaultYear([], 2026)).toBe(2026);
  });

  it('should chart each county’s rate in percent and leave a county without quality SMEs empty', () => {
    const option = coverageChartOption([
      { countyCode: '350404', countyName: '三元区', qualitySmes: 6, covered: 5, rate: 0.8333 },
      { countyCode: '350481', countyName: '永安市', qualitySmes: 0, covered: 0, rate: null },
    ]) as { series: { data: (number | null)[] }[] };
    expect(option.series[0]?.data).toEqual([83.33, null]);
    expect(percent(1)).toBe(100);
    expect(coverageChartOption([])).toBeNull();
  });
});
