import tseslint from 'typescript-eslint';
import { moduleBoundaries } from './eslint/moduleBoundaries.js';

export default tseslint.config(
  { ignores: ['dist/**', 'docs/**', 'node_modules/**', 'examples/output/**', 'coverage/**', '.cache/**', 'tests/fixtures/boundaries/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `interface Employee extends z.output<typeof EmployeeSchema> {}`: the API docs show the name, not the expanded type
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/io/**', 'src/node/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'csv-parse*', 'saxes', 'exceljs'], message: 'The core is pure: no I/O or edge dependencies outside src/io, src/node and src/cli.' }] }],
    },
  },
  {
    // A module (a folder directly under src/) keeps its _lib/ private: another module reaches it through
    // its index.ts or internal.ts; what several modules share lives in src/_lib. schedule/ depends on rules/,
    // never the other way. Shown by tests/tooling/boundaries.test.ts.
    files: ['src/**/*.ts', 'tests/fixtures/boundaries/**/*.ts'],
    plugins: { likestilling: { rules: { 'module-boundaries': moduleBoundaries } } },
    rules: { 'likestilling/module-boundaries': ['error', { forbidden: { rules: ['schedule'] } }] },
  },
);
