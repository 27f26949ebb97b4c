import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Build tests run the real Astro build, which takes seconds, not milliseconds.
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
