export const GUARANTEES_ENV = Symbol('GUARANTEES_ENV');
