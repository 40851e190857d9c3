import type { TransactionOptions } from '@ladder/platform-messaging';

export const PROCUREMENT_ENV = Symbol('PROCUREMENT_ENV');
export const PROCUREMENT_SOURCE = 'procurement';
/** Who the service acts as by itself (the daily scan). */
export const SYSTEM_NAME = '系统';

/** A record changed by someone else meanwhile (optimistic lock) is a 409 CONFLICT with this text. */
export const RECORD_TX: TransactionOptions = { conflict: { code: 'CONFLICT', message: '记录已被他人修改，请刷新后重试' } };
