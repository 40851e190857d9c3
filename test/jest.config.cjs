// Cross-service, fault and browser tests: processes built from dist/, a private nats-server, real
// databases and Chromium. Run after `nx run-many -t build`.
module.exports = {
  ...require('../jest.preset.cjs'),
  displayName: 'system-tests',
  rootDir: __dirname,
  testMatch: ['<rootDir>/e2e/**/*.e2e-spec.ts', '<rootDir>/fault/**/*.fault-spec.ts', '<rootDir>/browser/**/*.browser-spec.ts'],
  testTimeout: 120000,
  maxWorkers: 1,
  // The stacks' database templates (migrated once per database kind, copied for each later stack).
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
};
