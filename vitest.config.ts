import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{api,cli,electron,glossary,projects,renderer,tests,bench,scripts}/**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', 'dist/**', 'tests/e2e/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
