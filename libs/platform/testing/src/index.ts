export * from './lib/databases';
export * from './lib/factories';
export * from './lib/jetstream';
export * from './lib/nats-server';
export * from './lib/net';
export * from './lib/query-plans';
export * from './lib/seed-rows';
export * from './lib/postgres-server';
