import type { TransactionOptions } from '@ladder/platform-messaging';

export const TALENT_ENV = Symbol('TALENT_ENV');

/** Optimistic conflicts in talent's use cases become one clear 409. */
export const TALENT_TX: TransactionOptions = {
  conflict: { code: 'CONFLICT', message: '记录已被他人修改，请刷新后重试' },
};
