/**
 * The lint rule `likestilling/module-boundaries` (eslint/moduleBoundaries.js, enabled in
 * eslint.config.js): a module (a folder directly under src/) may not import another module's `_lib/`,
 * and rules/ may not import schedule/. Run through the project's own ESLint configuration on the
 * fixture tree tests/fixtures/boundaries/src (ignored by `npm run lint`, linted here with `ignore: false`). `npm run lint` shows the package itself
 * has no crossing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/boundaries/src');
const RULE = 'likestilling/module-boundaries';

interface Found {
  readonly line: number;
  readonly message: string;
}
let found: ReadonlyMap<string, readonly Found[]>;
/** A test beside its file in the package that imports its own module's `_lib/` (src/node → src/node/_lib). */
const TEST_BESIDE = path.join(ROOT, 'src/node/mapEmployeesCsvFile.test.ts');
let besideFound: readonly Found[];

beforeAll(async () => {
  const eslint = new ESLint({ cwd: ROOT, ignore: false, ruleFilter: ({ ruleId }) => ruleId === RULE });
  const results = await eslint.lintFiles([FIXTURES]);
  found = new Map(
    results.map((r) => [
      path.relative(FIXTURES, r.filePath).split(path.sep).join('/'),
      r.messages.map((m) => ({ line: m.line, message: `${m.ruleId ?? 'parser'}: ${m.message}` })),
    ]),
  );
  const [beside] = await eslint.lintFiles([TEST_BESIDE]);
  besideFound = (beside?.messages ?? []).map((m) => ({ line: m.line, message: `${m.ruleId ?? 'parser'}: ${m.message}` }));
}, 120_000);

describe('the module boundaries lint rule', () => {
  it('lints every fixture file (none is skipped as ignored)', () => {
    expect([...found.keys()].sort()).toEqual([
      '_lib/shared.ts',
      'io/_lib/own.ts',
      'io/csv/_lib/reader.ts',
      'io/xlsx/allowed.ts',
      'io/xlsx/crossesIntoReport.ts',
      'report/_lib/format.ts',
      'report/internal.ts',
      'rules/duty.ts',
      'rules/needsPlan.ts',
      'schedule/plan.ts',
    ]);
  });

  it('rejects io/xlsx importing report/_lib: a value import, a type import, a re-export and a dynamic import', () => {
    const messages = found.get('io/xlsx/crossesIntoReport.ts') ?? [];
    expect(messages.map((m) => m.line)).toEqual([2, 3, 4, 7]);
    for (const m of messages) {
      expect(m.message).toBe(
        `${RULE}: '../../report/_lib/format.js' is a private helper of src/report. Import it through src/report/internal.ts (or index.ts), or move what is shared to src/_lib.`,
      );
    }
  });

  it('allows src/_lib, the own module’s _lib folders (io/xlsx → io/csv/_lib, a test beside its file → its module’s _lib) and another module’s internal.ts', () => {
    expect(found.get('io/xlsx/allowed.ts')).toEqual([]);
    expect(found.get('report/internal.ts')).toEqual([]);
    expect(readFileSync(TEST_BESIDE, 'utf8')).toContain("from './_lib/mapCsvFile.js'");
    expect(besideFound).toEqual([]);
  });

  it('keeps rules → schedule out: schedule may import rules, not the other way', () => {
    expect(found.get('schedule/plan.ts')).toEqual([]);
    expect(found.get('rules/needsPlan.ts')).toEqual([
      {
        line: 2,
        message: `${RULE}: src/rules may not import src/schedule ('../schedule/plan.js'): src/schedule depends on src/rules, one way. Move what both need to src/_lib.`,
      },
    ]);
  });
});
