module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'subscriber-kit',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
};
