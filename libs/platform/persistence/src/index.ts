export * from './lib/base.entity';
export * from './lib/bulk-write';
export * from './lib/count-cache';
export * from './lib/database-target';
export * from './lib/migrate';
export * from './lib/orm-config';
export * from './lib/work-loop';
export * from './lib/exclusive-step';
