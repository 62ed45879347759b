import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'tests/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
    ],
    setupFiles: ['tests/helpers/setup-stemmers.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // SQLite files and PDF workers per test file: two cores, so two forks.
    reporters: ['default', './tests/summary-reporter.ts'],
    pool: 'forks',
    maxWorkers: 2,
  },
});
