import { describe, expect, it } from 'vitest';

import { buildChartOptions, buildCountyOption } from './data';

const STATS = {
  total: 60,
  removed: 0,
  byCounty: { '350404': 30, '350481': 30 },
  byTier: {},
  bySizeClass: {},
  byChain: {},
  byIndustryGroup: {},
} as unknown as Api.Enterprise.Stats;

function bars(option: ReturnType<typeof buildCountyOption>): { names: unknown; values: unknown } {
  const o = option as { xAxis: { data: unknown }; series: { data: unknown }[] };
  return { names: o.xAxis.data, values: o.series[0]?.data };
}

describe('dashboard county chart', () => {
  it('should show every county of the city, 0 where there is none', () => {
    const { names, values } = bars(buildCountyOption(STATS));
    expect(names).toHaveLength(11);
    expect(values).toEqual([30, 0, 30, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('should show a county user only their own county, not ten empty ones', () => {
    const { names, values } = bars(buildChartOptions(STATS, '350481').county);
    expect(names).toEqual(['永安市']);
    expect(values).toEqual([30]);
  });
});
