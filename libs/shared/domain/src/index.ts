export * from './lib/calendar-date';
export * from './lib/counties';
export * from './lib/industry';
export * from './lib/ladder';
export * from './lib/money';
export * from './lib/uscc';
export * from './lib/resident-id';
export * from './lib/prng';
