import type { TransactionOptions } from '@ladder/platform-messaging';

export const SUBSIDIES_ENV = Symbol('SUBSIDIES_ENV');
export const SUBSIDIES_SOURCE = 'subsidies';
/** The acting "user" of what the service does by itself (免申即享 entitlements). */
export const SYSTEM_ACTOR = { userId: 'system', username: 'system', roles: [] as string[] };

/** An entitlement decided by someone else meanwhile (optimistic lock) is a 409 CONFLICT with this text. */
export const ENTITLEMENT_TX: TransactionOptions = { conflict: { code: 'CONFLICT', message: '奖补记录已被他人处理，请刷新后重试' } };
