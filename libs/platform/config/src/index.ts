export * from './lib/clock';
export * from './lib/env';
export * from './lib/load-config';
