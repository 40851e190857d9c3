export const REGISTRY_ENV = Symbol('REGISTRY_ENV');
export const REGISTRY_SOURCE = 'registry';
