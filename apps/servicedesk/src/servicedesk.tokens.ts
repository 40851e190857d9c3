export const SERVICEDESK_ENV = Symbol('SERVICEDESK_ENV');
