export * from './lib/permissions';
export * from './lib/roles';
