/**
 * Browser tiers: the built extension (dist/) loaded into real Chromium (playwright-core) and
 * real Firefox (puppeteer-core, WebDriver BiDi). Run `npm run build` first (`npm test` does).
 * Files run one at a time: two browsers at once on a 2-core machine make timings flaky.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts', 'test/dom/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
