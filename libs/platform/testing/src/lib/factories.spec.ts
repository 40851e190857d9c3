import { validateUscc } from '@ladder/shared-domain';

import { makeEnterprise, makeUscc } from './factories';
import { freePort, withinMs } from './net';

describe('test factories', () => {
  it('should make valid, unique USCCs in the requested division', () => {
    const codes = Array.from({ length: 2000 }, () => makeUscc('350481'));
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(validateUscc(code).valid).toBe(true);
      expect(code.slice(2, 8)).toBe('350481');
    }
  });

  it('should make an enterprise in the given county', () => {
    expect(makeEnterprise({ countyCode: '350425' })).toMatchObject({ countyCode: '350425', industryGroup: 'industry' });
  });

  it('should find a free port and bound a wait', async () => {
    expect(await freePort()).toBeGreaterThan(0);
    expect(await withinMs(new Promise(() => undefined), 20)).toBe(false);
    expect(await withinMs(Promise.resolve(), 20)).toBe(true);
  });
});
