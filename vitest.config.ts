import { defineConfig } from 'vitest/config';

/**
 * One test command, four projects: pure rules (core), server units, server integration on a
 * real PostgreSQL (embedded, or TEST_DATABASE_URL), and browser journeys in Debian's chromium.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', include: ['packages/core/src/**/*.test.ts'] } },
      {
        test: {
          name: 'server-unit',
          include: ['packages/server/src/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'server-integration',
          include: ['packages/server/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['packages/server/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
