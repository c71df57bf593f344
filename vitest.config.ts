import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn node; give a loaded 2-core machine room.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
