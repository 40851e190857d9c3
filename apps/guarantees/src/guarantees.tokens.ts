export const GUARANTEES_ENV = Symbol('GUARANTEES_ENV');
export const GUARANTEES_SOURCE = 'guarantees';
/** The acting "user" of what the service does by itself (white-list changes from title events). */
export const SYSTEM_USERNAME = 'system';
/** The regulator's role (市金融监管局): sees every organisation's business. */
export const REGULATOR_ROLE = 'guarantee-officer';
