import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI tests run the real binary, which runs the compiled library: build it once first.
    globalSetup: ['tests/build-once.ts'],
    testTimeout: 30_000,
  },
});
