import { assertInScope, scopedCounty } from './county-scope';
import { DomainException } from './domain.exception';

const county = { countyCode: '350404' };
const city = {};

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof DomainException ? error.code : 'not a DomainException';
  }
}

describe('assertInScope', () => {
  it('should let a county account act on its own county and a city-wide account anywhere', () => {
    expect(codeOf(() => assertInScope(county, '350404'))).toBeUndefined();
    expect(codeOf(() => assertInScope(city, '350481'))).toBeUndefined();
    expect(codeOf(() => assertInScope(undefined, '350481'))).toBeUndefined();
  });

  it('should refuse a county account with OUT_OF_SCOPE when the record is in another county or in none', () => {
    expect(codeOf(() => assertInScope(county, '350481'))).toBe('OUT_OF_SCOPE');
    expect(codeOf(() => assertInScope(county, null))).toBe('OUT_OF_SCOPE');
  });

  it('should keep the code text unless the caller says more', () => {
    expect(() => assertInScope(county, '350481')).toThrow('该企业不属于您所辖县（市、区），无权访问');
    expect(() => assertInScope(county, '350481', '无权查看其他县（市、区）的导入批次')).toThrow('无权查看其他县（市、区）的导入批次');
  });
});

describe('scopedCounty', () => {
  it('should confine a county account to its county, asked or not', () => {
    expect(scopedCounty(county)).toBe('350404');
    expect(scopedCounty(county, '350404')).toBe('350404');
  });

  it('should refuse a county account asking for another county', () => {
    expect(codeOf(() => scopedCounty(county, '350481'))).toBe('OUT_OF_SCOPE');
  });

  it('should say the county filter is out of scope, not that an enterprise is', () => {
    expect(() => scopedCounty(county, '350481')).toThrow(
      '无权查看永安市的数据：您的账号只能查看三元区的数据',
    );
    expect(() => scopedCounty(county, '350481')).not.toThrow(/该企业/);
  });

  it('should give a city-wide account the county it asked for, or none', () => {
    expect(scopedCounty(city, '350481')).toBe('350481');
    expect(scopedCounty(undefined)).toBeUndefined();
  });
});
