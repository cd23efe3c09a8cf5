import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built product in its own process, driven in Debian's Chromium (playwright-core). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One browser and one server for the whole run: files run one after the other.
    fileParallelism: false,
  },
});
