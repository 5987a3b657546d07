import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI tests run the real binary, which runs the compiled library: build it once first.
    globalSetup: ['tests/build-once.ts'],
    // Temporary folders made with tests/temp-dir.ts are removed after each test file.
    setupFiles: ['tests/remove-temp-dirs.ts'],
    testTimeout: 30_000,
  },
});
