/** Unit tier: pure core and CLI, in Node. The browser tiers are in vitest.e2e.config.ts. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts', 'test/build/**/*.test.ts', 'test/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/setup/build-cli.ts'],
    testTimeout: 20_000,
  },
});
