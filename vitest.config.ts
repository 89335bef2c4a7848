import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Store tests share one PostgreSQL server; each test file creates its own schema.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
