import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    pool: 'forks',
    // scrypt at N=2^17 takes a few hundred milliseconds per password; tests create several.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
