/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  randomize: true,
  clearMocks: true,
  testTimeout: 30000,
  collectCoverageFrom: ['src/core/**/*.ts', 'src/steps/**/*.ts'],
  coverageThreshold: { 'src/core/': { lines: 80 }, 'src/steps/': { lines: 80 } },
  reporters: ['default', ['<rootDir>/test/support/closing-line-reporter.cjs', {}]],
}
