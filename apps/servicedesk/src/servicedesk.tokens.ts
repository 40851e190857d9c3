import type { TransactionOptions } from '@ladder/platform-messaging';

export const SERVICEDESK_ENV = Symbol('SERVICEDESK_ENV');
export const SERVICEDESK_SOURCE = 'servicedesk';
/** Who the service acts as by itself (the SLA scan). */
export const SYSTEM_NAME = '系统';

/** An appeal changed by someone else meanwhile (optimistic lock) is a 409 CONFLICT with this text. */
export const APPEAL_TX: TransactionOptions = { conflict: { code: 'CONFLICT', message: '诉求已被他人处理，请刷新后重试' } };
