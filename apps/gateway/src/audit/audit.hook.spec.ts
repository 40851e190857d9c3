import { isAudited } from './audit.hook';

describe('which calls are audited', () => {
  it('should audit every state-changing call to an API route, whatever its status', () => {
    for (const status of [200, 201, 204, 400, 401, 403, 404, 409, 423, 500]) {
      expect(isAudited('POST', '/api/enterprises', status)).toBe(true);
      expect(isAudited('DELETE', '/api/x/:id', status)).toBe(true);
    }
  });

  it('should audit a read only when it was denied (401 or 403)', () => {
    expect(isAudited('GET', '/api/audit', 401)).toBe(true);
    expect(isAudited('GET', '/api/audit', 403)).toBe(true);
    expect(isAudited('GET', '/api/audit', 200)).toBe(false);
    expect(isAudited('GET', '/api/audit', 400)).toBe(false);
  });

  it('should not audit unknown paths or the console', () => {
    expect(isAudited('POST', undefined, 404)).toBe(false);
    expect(isAudited('GET', '/*', 401)).toBe(false);
  });
});
