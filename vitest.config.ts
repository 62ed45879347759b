import os from 'node:os';
import path from 'node:path';
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
    // The built CLI and app that tests start keep pdf.js's code cache here, not in the user's cache folder.
    env: { LEXGAP_CACHE_DIR: path.join(os.tmpdir(), 'lexgap-test-code-cache') },
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // expect.poll waits for what a page or a job shows; 1 s is too short on a loaded two-core machine.
    expect: { poll: { timeout: 20_000 } },
    // SQLite files and PDF workers per test file: two cores, so two forks.
    reporters: ['default', './tests/summary-reporter.ts'],
    pool: 'forks',
    maxWorkers: 2,
  },
});
