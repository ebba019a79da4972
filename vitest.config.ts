import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// Three projects, each runnable alone with `vitest run --project <name>`:
// questions (plain Node), worker (inside workerd against local D1), e2e (real headless Chromium).
export default defineConfig(async () => {
  const migrations = await readD1Migrations('worker/migrations');
  return {
    test: {
      projects: [
        {
          test: { name: 'questions', include: ['test/questions/**/*.test.ts'], environment: 'node' },
        },
        {
          test: { name: 'cli', include: ['test/cli/**/*.test.ts'], environment: 'node', testTimeout: 30_000 },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
            }),
          ],
          test: {
            name: 'worker',
            include: ['test/worker/**/*.test.ts'],
            setupFiles: ['test/worker/apply-migrations.ts'],
          },
        },
        {
          test: {
            name: 'e2e',
            include: ['test/e2e/**/*.test.ts'],
            environment: 'node',
            globalSetup: ['test/e2e/start-worker.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
