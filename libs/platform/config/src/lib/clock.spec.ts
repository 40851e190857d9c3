import { todayInShanghai } from '@ladder/shared-domain';

import { Clock } from './clock';

describe('Clock', () => {
  it('should answer the configured date when the service fixes one', () => {
    expect(new Clock('2025-06-15').today()).toBe('2025-06-15');
  });

  it('should answer today in Asia/Shanghai when no date is configured', () => {
    expect(new Clock().today()).toBe(todayInShanghai());
    expect(new Clock(undefined).today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
