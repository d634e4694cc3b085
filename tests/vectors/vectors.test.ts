/**
 * The conformance vectors (vectors/, issue 20): every case gives its expected output through the
 * command line (in-process), every rule ID of the rules document is covered, and the runner
 * (`likestilling vectors`) finds a difference when there is one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { processIO } from '../../src/cli/io.js';
import { compareVectorJson, runVectorCase, vectorDifferences, VectorIndexSchema } from '../../src/cli/vectors.js';
import { fakeIO } from '../cli/_fakeIO.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = join(ROOT, 'vectors');
const index = VectorIndexSchema.parse(JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')));
const io = processIO();

/**
 * The rule IDs the vectors must cover: COV-*, ACT-4, STM-*, STAT-*, DEF-*, ANON-* of the rules
 * document, and the indicators of the transparency and analysis subpaths (TRN-*, EXP-*).
 */
function documentRuleIds(): string[] {
  const text = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
  return [...new Set(text.match(/\b(?:COV-\d+|ACT-4|STM-\d+|STAT-[AB]\d|DEF-[A-Z]+|ANON-\d+|TRN-\d+|EXP-\d+)\b/g) ?? [])].sort();
}

describe('vectors/', () => {
  it('has at least 150 cases, each with its inputs, its expected output and a command line', () => {
    expect(index.cases.length).toBeGreaterThanOrEqual(150);
    expect(new Set(index.cases.map((c) => c.id)).size).toBe(index.cases.length);
    for (const c of index.cases) {
      for (const f of [...c.inputs, 'expected.json']) expect(existsSync(join(DIR, c.id, f)), `${c.id}/${f}`).toBe(true);
    }
    expect(existsSync(join(DIR, 'README.md'))).toBe(true);
  });

  it('covers every rule ID of the rules document (COV-*, ACT-4, STM-*, STAT-*, DEF-*, ANON-*, TRN-*, EXP-*)', () => {
    const ids = documentRuleIds();
    expect(ids.length).toBeGreaterThan(40);
    // the transparency (TRN-1…TRN-7) and analysis (EXP-1…EXP-3) indicators are among them
    expect(ids.filter((id) => /^(?:TRN|EXP)-/.test(id))).toEqual(['EXP-1', 'EXP-2', 'EXP-3', 'TRN-1', 'TRN-2', 'TRN-3', 'TRN-4', 'TRN-5', 'TRN-6', 'TRN-7']);
    const covered = new Set(index.cases.flatMap((c) => c.rules));
    expect(ids.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('covers each transparency indicator through `likestilling transparency` and each analysis rule through `likestilling analyse`', () => {
    for (const [prefix, command, count] of [
      ['TRN', 'transparency', 7],
      ['EXP', 'analyse', 3],
    ] as const) {
      for (let i = 1; i <= count; i++) {
        const id = `${prefix}-${i}`;
        expect(
          index.cases.some((c) => c.rules.includes(id) && c.cli[0] === command && c.reviewed === true),
          `${id}: a reviewed case of ${command}`,
        ).toBe(true);
      }
    }
    // the duty by size and year at every band boundary (TRN-6)
    const duty = index.cases.filter((c) => c.rules.includes('TRN-6')).map((c) => `${c.cli[2] ?? ''}/${c.cli[4] ?? ''}`);
    for (const workers of ['99', '100', '149', '150', '249', '250'])
      expect(
        duty.some((d) => d.startsWith(`${workers}/`)),
        workers,
      ).toBe(true);
    for (const year of ['2026', '2027', '2030', '2031'])
      expect(
        duty.some((d) => d.endsWith(`/${year}`)),
        year,
      ).toBe(true);
  });

  it('ships in the package', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('vectors');
  });

  it('names the rules version the outputs were made with', () => {
    expect(index.rulesVersion).toBe('2020-01-01');
    const withVersion = index.cases.filter((c) => c.exitCode !== 2).map((c) => readFileSync(join(DIR, c.id, 'expected.json'), 'utf8'));
    expect(withVersion.every((t) => t.includes('"rulesVersion": "2020-01-01"'))).toBe(true);
  });

  describe('every case gives its expected output', () => {
    it.each(index.cases.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
      const folder = join(DIR, c.id);
      const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as unknown;
      const got = await runVectorCase(folder, c, { runCli, io });
      expect(vectorDifferences(c, expected, got)).toEqual([]);
    });
  });
});

describe('the comparison', () => {
  it('compares strings exactly, keys in any order, and reports the path', () => {
    expect(compareVectorJson({ a: '1.0', b: [1, 2] }, { b: [1, 2], a: '1.0' })).toEqual([]);
    expect(compareVectorJson({ a: '1.0' }, { a: '1' })).toEqual([{ kind: 'value', path: '$.a', expected: '"1.0"', actual: '"1"' }]);
    expect(compareVectorJson({ a: null }, {})).toEqual([{ kind: 'value', path: '$.a', expected: 'null' }]);
    expect(compareVectorJson([1, 2], [1])).toEqual([{ kind: 'value', path: '$.length', expected: '2', actual: '1' }]);
  });

  it('skips texts in nb, nn and en only when asked', () => {
    const e = { reason: { nb: 'a', nn: 'b', en: 'c' }, n: 1 };
    const a = { reason: { nb: 'x', nn: 'b', en: 'c' }, n: 1 };
    expect(compareVectorJson(e, a)).toHaveLength(1);
    expect(compareVectorJson(e, a, { skipTexts: true })).toEqual([]);
  });
});

describe('likestilling vectors', () => {
  const first = index.cases.slice(0, 3).map((c) => c.id);
  /** The process I/O with stdout captured. */
  function captured(): { io: ReturnType<typeof processIO>; out: string[] } {
    const out: string[] = [];
    return { io: { ...processIO(), stdout: (t: string) => void out.push(t) }, out };
  }

  it('runs the cases in-process and counts them', async () => {
    const { io: cio, out } = captured();
    expect(await runCli(['vectors', '--dir', DIR, '--only', first.join(',')], cio)).toBe(0);
    expect(out.join('')).toBe('3 passed, 0 failed\n');
  });

  it('runs another program and lists its differences (exit 1)', async () => {
    const { io: cio, out } = captured();
    const program = `node -e "process.stdout.write(JSON.stringify({ args: process.argv.slice(1) }))" -- {cli}`;
    expect(await runCli(['vectors', '--dir', DIR, '--only', first[0] ?? '', '--run', program, '--lang', 'nb'], cio)).toBe(1);
    const text = out.join('');
    expect(text).toContain(`AVVIK ${first[0] ?? ''}`);
    expect(text).toContain('$.year: forventet 2025, fikk (mangler)');
    expect(text.trim().split('\n').at(-1)).toBe('0 bestått, 1 med avvik');
  });

  it('refuses a folder without an index (exit 2) and shows its help', async () => {
    const missing = fakeIO();
    expect(await runCli(['vectors', '--dir', 'nowhere'], missing.io)).toBe(2);
    expect(missing.stderr()).toContain('nowhere');
    const help = fakeIO();
    expect(await runCli(['vectors', '--help'], help.io)).toBe(0);
    expect(help.stdout()).toContain('--run <command>');
  });
});
