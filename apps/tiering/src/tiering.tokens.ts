export const TIERING_ENV = Symbol('TIERING_ENV');
export const TIERING_SOURCE = 'tiering';
