import { defineConfig } from 'vitest/config';

// Unit tests sit beside the code; medium tests run every store and API test on both
// engines: embedded PGlite always, PostgreSQL when DATABASE_URL is set (CI sets it).
const engines = ['pglite', ...(process.env.DATABASE_URL ? ['postgres'] : [])];

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
      ...engines.map((engine) => ({
        extends: true as const,
        test: {
          name: `medium:${engine}`,
          include: ['test/medium/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          env: { CLOSELOOP_TEST_ENGINE: engine },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      })),
      // Browser tests: a real server and Debian's Chromium; embedded database only.
      {
        extends: true as const,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
    pool: 'forks',
  },
});
