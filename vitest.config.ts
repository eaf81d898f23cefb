import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          // Component tests (.test.tsx) belong to the web project, in a browser-like environment.
          exclude: ['src/**/*.pg.test.ts', 'src/**/*.test.tsx'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // PGlite instances are heavy; two cores, so keep the pool small.
          maxWorkers: 2,
        },
      },
      {
        test: {
          // Component tests of the web client: Testing Library on happy-dom, the API stubbed per test.
          name: 'web',
          include: ['src/web/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['src/web/testing/setup.ts'],
          testTimeout: 15_000,
          maxWorkers: 2,
        },
      },
      {
        test: {
          // Tests that need a PostgreSQL server (several instances on one database); run by test:postgres.
          name: 'postgres',
          include: ['src/**/*.pg.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
