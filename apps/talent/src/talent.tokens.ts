export const TALENT_ENV = Symbol('TALENT_ENV');
