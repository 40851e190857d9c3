import { describe, expect, it } from 'vitest';

import { actionLabel, errorText } from './data';

describe('audit log labels', () => {
  it('should name every audited action in Chinese, and a route without a name as 其他操作', () => {
    expect(actionLabel('auth.login')).toBe('登录');
    expect(actionLabel('subsidies.publicity.create')).toBe('发起公示');
    expect(actionLabel('account.assign-roles')).toBe('分配角色');
    expect(actionLabel('post /api/enterprises/:uscc/notes')).toBe('其他操作');
  });

  it('should word a known error code and keep an unknown one', () => {
    expect(errorText('FORBIDDEN')).not.toBe('FORBIDDEN');
    expect(errorText('SOMETHING_NEW')).toBe('SOMETHING_NEW');
  });
});
