import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Property tests (fast-check over generated payrolls, tables and files): a file of its own, named
 * `properties.test.ts` or `*.property.test.ts`. A file that mixes a few properties among examples
 * stays in `runtime`.
 */
const PROPERTIES = ['src/**/*.property.test.ts', 'tests/**/*.property.test.ts', 'tests/**/properties.test.ts'];

// Three projects, as remeda has: `npx vitest run` (and `npm test`) runs them all; one alone with
// `npx vitest run --project runtime` (or `types`, `properties`), or `npm run test:runtime` and so on.
export default defineConfig({
  define: { __LIKESTILLING_VERSION__: JSON.stringify('0.0.0-dev') },
  test: {
    testTimeout: 60_000,
    pool: 'forks',
    // fast-check draws the same cases on every run (tests/setup/fastCheck.ts; FC_SEED=random explores)
    setupFiles: ['tests/setup/fastCheck.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'runtime', include: ['src/**/*.test.ts', 'tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...PROPERTIES] },
      },
      { extends: true, test: { name: 'properties', include: PROPERTIES } },
      {
        extends: true,
        // the public types (expectTypeOf), checked by tsc: nothing of these files runs
        test: { name: 'types', typecheck: { enabled: true, only: true, include: ['src/**/*.test-d.ts', 'tests/**/*.test-d.ts'], tsconfig: './tsconfig.json' } },
      },
    ],
  },
});
