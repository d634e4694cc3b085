import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __LIKESTILLING_VERSION__: JSON.stringify('0.0.0-dev') },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    typecheck: { enabled: true, include: ['tests/**/*.test-d.ts', 'src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 60_000,
    pool: 'forks',
  },
});
