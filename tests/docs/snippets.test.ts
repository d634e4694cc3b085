/**
 * The documentation's code runs as written (issue 15): every ```ts block of README.md, of the
 * guides under docs/ and of the module guides (see `_snippets.ts`) is written to a module of its
 * own, type-checked with the repository's compiler flags (strict, exactOptionalPropertyTypes,
 * noUncheckedIndexedAccess …) against the BUILT package — `likestilling`, `likestilling/csv` …
 * resolve through package.json `exports` to dist/, as for a user — and run with Node from a
 * folder that sees the example data (`examples/`, `tests/fixtures/`) by its relative paths. Top-level
 * `await` works (each block is an ES module). A block that stops compiling or running fails here.
 *
 * Needs `npm run build` first (`npm test` builds before it runs the tests).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, snippets, sourceLine, type Snippet } from './_snippets.js';

const run = promisify(execFile);
const DIR = join(ROOT, '.cache', 'doc-snippets');
const ALL = snippets();
/** Type errors per snippet id (`README.md:48: TS2345 …`). */
const typeErrors = new Map<string, string[]>();
/** Errors of the compiler not in a snippet (the configuration, the built package). */
const otherErrors: string[] = [];
let cwd = '';

beforeAll(async () => {
  for (const entry of ['index', 'csv', 'a-melding', 'xlsx', 'node']) {
    if (!existsSync(join(ROOT, 'dist', `${entry}.d.ts`))) throw new Error(`dist/${entry}.d.ts is missing: run \`npm run build\` first (npm test does)`);
  }
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(join(DIR, 'src'), { recursive: true });
  for (const s of ALL) writeFileSync(join(DIR, 'src', `${s.id}.ts`), `${s.code}\nexport {};\n`); // a module: top-level await, no shared names
  writeFileSync(
    join(DIR, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../tsconfig.json',
      // the repository's flags; Node's module rules, as a user's project has them (the package resolves by its exports)
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', rootDir: 'src', outDir: 'js', noEmit: false, declaration: false, types: ['node'] },
      include: ['src/*.ts'],
    }),
  );
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const output = await run(process.execPath, [tsc, '-p', join(DIR, 'tsconfig.json'), '--pretty', 'false'], { cwd: ROOT }).then(
    (r) => r.stdout,
    (e: { stdout?: string }) => e.stdout ?? String(e),
  );
  for (const line of output.split('\n')) {
    if (!/error TS\d+/.test(line)) continue;
    const m = /(?:^|\/)src\/([^/]+)\.ts\((\d+),\d+\): error (TS\d+: .*)$/.exec(line.trim());
    const s = m === null ? undefined : ALL.find((x) => x.id === m[1]);
    if (m === null || s === undefined) otherErrors.push(line.trim());
    else typeErrors.set(s.id, [...(typeErrors.get(s.id) ?? []), `${sourceLine(s, Number(m[2]))}: ${m[3]}`]);
  }
  // a folder of its own to run in (files a block writes stay there), seeing the data by relative paths
  cwd = mkdtempSync(join(tmpdir(), 'likestilling-snippets-'));
  symlinkSync(join(ROOT, 'examples'), join(cwd, 'examples'), 'dir');
  mkdirSync(join(cwd, 'tests'));
  symlinkSync(join(ROOT, 'tests', 'fixtures'), join(cwd, 'tests', 'fixtures'), 'dir');
}, 180_000);

afterAll(() => {
  if (cwd !== '') rmSync(cwd, { recursive: true, force: true });
});

describe('the documentation’s TypeScript blocks', () => {
  it('are type-checked: the compiler reports nothing outside the snippets', () => {
    expect(otherErrors).toEqual([]);
  });

  it('are found: the README’s quick start walks CSV → records → mapping → publish → statement → HTML, with the duties and the plan', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(10);
    const quickStart = ALL.find((s) => s.file === 'README.md');
    for (const step of ['parseEmployeesCsv(', 'computeMapping(', 'await publish(', 'buildStatement(', 'renderHtml(', 'assessDuties(', 'planYear('])
      expect(quickStart?.code).toContain(step);
    expect(quickStart!.code.split('\n').length).toBeLessThanOrEqual(20);
    for (const file of ['src/io/csv/index.ts', 'src/io/a-melding/index.ts', 'src/io/xlsx/index.ts', 'src/node/index.ts', 'src/index.ts']) {
      expect(
        ALL.some((s) => s.file === file),
        `${file} has a guide with an example`,
      ).toBe(true);
    }
  });

  it.each(ALL.map((s): [string, Snippet] => [`${s.file}:${s.line}`, s]))('%s compiles with the strictest settings and runs', async (_, s) => {
    expect(typeErrors.get(s.id) ?? [], 'type errors').toEqual([]);
    const script = join(DIR, 'js', `${s.id}.js`);
    expect(existsSync(script), `${script} was emitted`).toBe(true);
    const result = await run(process.execPath, [script], { cwd, timeout: 120_000, env: { ...process.env, NODE_OPTIONS: '' } }).then(
      (r) => ({ ok: true, out: r.stdout + r.stderr }),
      (e: { stdout?: string; stderr?: string; message?: string }) => ({ ok: false, out: `${e.message ?? ''}\n${e.stdout ?? ''}${e.stderr ?? ''}` }),
    );
    expect(result.ok, `${s.file}:${s.line} failed:\n${result.out}`).toBe(true);
  });
});
