export * from './client';
export * from './connect';
export * from './digest';
export * from './subjects';
