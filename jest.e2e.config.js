/**
 * Real-browser tests (npm run test:e2e): headless Chromium over the built task pane.
 * The global setup builds dist/ with the Excel test page into a temporary folder once;
 * set PLANSHEET_E2E_DIST to a folder built with `webpack --env e2e --env outDir=…` to reuse it.
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  globalSetup: '<rootDir>/test/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
  // One browser at a time: the machine is small and shared.
  maxWorkers: 1,
  testTimeout: 120000,
};
