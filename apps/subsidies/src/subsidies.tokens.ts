export const SUBSIDIES_ENV = Symbol('SUBSIDIES_ENV');
export const SUBSIDIES_SOURCE = 'subsidies';
/** The acting "user" of what the service does by itself (免申即享 entitlements). */
export const SYSTEM_ACTOR = { userId: 'system', username: 'system', roles: [] as string[] };
