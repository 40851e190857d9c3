import type { TransactionOptions } from '@ladder/platform-messaging';

export const REGISTRY_ENV = Symbol('REGISTRY_ENV');
export const REGISTRY_SOURCE = 'registry';

/** Registry use cases report a concurrent change of an enterprise as REGISTRY_VERSION_CONFLICT (409). */
export const REGISTRY_TX: TransactionOptions = { conflict: { code: 'REGISTRY_VERSION_CONFLICT' } };

/** The totals of enterprise lists per filter (a `CountCache` cleared by every commit of the registry). */
export const ENTERPRISE_TOTALS = Symbol('ENTERPRISE_TOTALS');

/** Pages of enterprise lists per filter, sort and page (a `QueryCache` cleared by every commit, 2 s at most). */
export const ENTERPRISE_PAGES = Symbol('ENTERPRISE_PAGES');

/**
 * The registry's SQLite file read on a worker thread (`SqliteReadThread`), for the list's page and total reads
 * that miss their caches; null on PostgreSQL (its driver does not hold the event loop while a query runs).
 */
export const ENTERPRISE_READ_THREAD = Symbol('ENTERPRISE_READ_THREAD');
