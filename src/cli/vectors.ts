/**
 * `likestilling vectors`: runs the conformance vectors (`vectors/index.json`, issue 20) against
 * this command line, in-process, or against another program (`--run "my-program {cli}"`), and
 * reports every difference from each case's `expected.json`. @internal
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import { catalogue, type Language } from '../locales/index.js';
import type { CommandRun } from './_lib/command.js';
import { COMMON_OPTIONS } from './_lib/command.js';
import { parseArguments } from './_lib/args.js';
import { readJsonFile, readJsonInput } from './_lib/json.js';
import { checkedLanguage } from './_lib/language.js';
import type { CliIO } from './io.js';

/**
 * One case of `vectors/index.json`: its id, the rule IDs it checks, a line on what it checks, its
 * input files and the command line that computes it (paths relative to the case's folder), the
 * exit code expected, and whether its expected output was checked by hand against the rules document.
 *
 * @example
 * ```ts
 * VectorCaseSchema.parse({ id: 'cov-3-51', rules: ['COV-3'], description: '51 employees: full duty', inputs: [], cli: ['duties', '--sector', 'private', '--headcount', '51', '--year', '2025'], exitCode: 0 });
 * ```
 */
export const VectorCaseSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/),
  rules: z.array(z.string().min(1)).min(1),
  description: z.string().min(1),
  inputs: z.array(z.string().min(1)),
  cli: z.array(z.string()).min(1),
  exitCode: z.int().min(0).max(255),
  reviewed: z.boolean().optional(),
});
/**
 * A case of the vectors. See {@link VectorCaseSchema}.
 *
 * @example
 * ```ts
 * const reviewed = index.cases.filter((c: VectorCase) => c.reviewed === true).length;
 * ```
 */
export type VectorCase = z.output<typeof VectorCaseSchema>;

/**
 * `vectors/index.json`: the format version, the rules version the expected outputs were made
 * with, and the cases.
 *
 * @example
 * ```ts
 * const index = VectorIndexSchema.parse(JSON.parse(readFileSync('vectors/index.json', 'utf8')));
 * ```
 */
export const VectorIndexSchema = z.object({
  format: z.literal(1),
  rulesVersion: z.string(),
  cases: z.array(VectorCaseSchema),
});
/**
 * The vectors' index. See {@link VectorIndexSchema}.
 *
 * @example
 * ```ts
 * const index: VectorIndex = VectorIndexSchema.parse(json);
 * ```
 */
export type VectorIndex = z.output<typeof VectorIndexSchema>;

/**
 * One difference between an expected and an actual output: `value` at a JSON path (both values
 * as JSON, `undefined` where absent), the `exit-code`, or an output that is `not-json`.
 *
 * @example
 * ```ts
 * const d: VectorDifference = { kind: 'value', path: '$.statement', expected: 'true', actual: 'false' };
 * ```
 */
export interface VectorDifference {
  readonly kind: 'value' | 'exit-code' | 'not-json';
  readonly path: string;
  readonly expected?: string;
  readonly actual?: string;
}

/**
 * What a case's run gave: its exit code and its output (parsed JSON, or `undefined` when not JSON).
 *
 * @example
 * ```ts
 * const got: VectorOutput = { exitCode: 0, output: { statement: true } };
 * ```
 */
export interface VectorOutput {
  readonly exitCode: number;
  readonly output: unknown;
}

const TEXT_KEYS = new Set(['nb', 'nn', 'en']);

/** Whether a value is a text in the library's languages (`{ nb, nn, en }`): skipped with `skipTexts`. */
function isText(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([k, v]) => TEXT_KEYS.has(k) && typeof v === 'string');
}

function show(value: unknown): string | undefined {
  return value === undefined ? undefined : JSON.stringify(value);
}

/** A value difference, without the absent side. */
function valueDifference(path: string, expected: unknown, actual: unknown): VectorDifference {
  const e = show(expected);
  const a = show(actual);
  return { kind: 'value', path, ...(e !== undefined ? { expected: e } : {}), ...(a !== undefined ? { actual: a } : {}) };
}

/**
 * The differences between two JSON values (at most `limit`): strings, numbers, booleans and
 * `null` compared exactly, objects by their keys (order ignored), arrays element by element.
 * With `skipTexts`, texts in the library's languages (`{ nb, nn, en }`) are not compared.
 *
 * @param expected - the expected value
 * @param actual - the actual value
 * @param options - `skipTexts`, `limit` (default 10)
 * @returns the differences, each with its path (`$.basis[0].rule`)
 * @example
 * ```ts
 * compareVectorJson({ a: '1.0' }, { a: '1' }); // [{ kind: 'value', path: '$.a', expected: '"1.0"', actual: '"1"' }]
 * ```
 */
export function compareVectorJson(
  expected: unknown,
  actual: unknown,
  options: { readonly skipTexts?: boolean; readonly limit?: number } = {},
): VectorDifference[] {
  const out: VectorDifference[] = [];
  const limit = options.limit ?? 10;
  const walk = (e: unknown, a: unknown, path: string): void => {
    if (out.length >= limit) return;
    if (options.skipTexts === true && isText(e) && (isText(a) || a === undefined)) return;
    if (Array.isArray(e) && Array.isArray(a)) {
      if (e.length !== a.length) out.push(valueDifference(`${path}.length`, e.length, a.length));
      for (let i = 0; i < Math.min(e.length, a.length); i++) walk(e[i], a[i], `${path}[${i}]`);
      return;
    }
    const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (isObject(e) && isObject(a)) {
      for (const k of new Set([...Object.keys(e), ...Object.keys(a)])) walk(e[k], a[k], `${path}.${k}`);
      return;
    }
    if (e !== a) out.push(valueDifference(path, e, a));
  };
  walk(expected, actual, '$');
  return out;
}

/** A shell word: the argument in single quotes. */
function shellWord(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The I/O of one case run in-process: files read from the case's folder, output captured, nothing written. */
function caseIO(io: CliIO, folder: string, out: string[]): CliIO {
  return {
    stdout: (t) => void out.push(t),
    stderr: () => undefined,
    readFile: (p) => io.readFile(join(folder, p)),
    readStream: (p) => io.readStream(join(folder, p)),
    writeFile: () => Promise.resolve(),
    isTTY: false,
    env: {},
  };
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Runs one case: in-process through `run` (this command line's `runCli`), or through a program
 * (`command` with `{cli}` replaced by the case's arguments as shell words, run by `sh` in the
 * case's folder).
 *
 * @param folder - the case's folder
 * @param vector - the case
 * @param how - `runCli` and the I/O to read files with, or the `command` of another program
 * @returns its exit code and output
 * @example
 * ```ts
 * const { exitCode, output } = await runVectorCase('vectors/cov-3-51', vector, { command: 'my-program {cli}' });
 * ```
 */
export async function runVectorCase(
  folder: string,
  vector: VectorCase,
  how: { readonly runCli: (argv: readonly string[], io: CliIO) => Promise<number>; readonly io: CliIO } | { readonly command: string },
): Promise<VectorOutput> {
  if ('command' in how) {
    const line = how.command.replace('{cli}', vector.cli.map(shellWord).join(' '));
    const result = spawnSync('sh', ['-c', line], { cwd: folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return { exitCode: result.status ?? 255, output: parsed(result.stdout) };
  }
  const out: string[] = [];
  const exitCode = await how.runCli(vector.cli, caseIO(how.io, folder, out));
  return { exitCode, output: parsed(out.join('')) };
}

/**
 * The differences of one case's run from what is expected: the exit code, then the output.
 *
 * @param vector - the case
 * @param expected - its `expected.json`
 * @param got - what the run gave
 * @param skipTexts - do not compare texts in the library's languages
 * @returns the differences (empty: the case passes)
 * @example
 * ```ts
 * vectorDifferences(vector, expected, await runVectorCase(folder, vector, { command: 'my-program {cli}' }), true);
 * ```
 */
export function vectorDifferences(vector: VectorCase, expected: unknown, got: VectorOutput, skipTexts = false): VectorDifference[] {
  const differences: VectorDifference[] = [];
  if (got.exitCode !== vector.exitCode) differences.push({ kind: 'exit-code', path: '', expected: String(vector.exitCode), actual: String(got.exitCode) });
  // `null` expected: nothing on stdout (a refused input)
  if (got.output === undefined) {
    if (expected !== null) differences.push({ kind: 'not-json', path: '$' });
  } else differences.push(...compareVectorJson(expected, got.output, { skipTexts }));
  return differences;
}

const OPTIONS = {
  ...COMMON_OPTIONS,
  run: { type: 'string' },
  dir: { type: 'string' },
  only: { type: 'string' },
  'skip-texts': { type: 'boolean' },
} as const;

/** The runner of this command line, loaded when needed (index.ts registers this command). */
async function ownCli(): Promise<(argv: readonly string[], io: CliIO) => Promise<number>> {
  const { runCli } = await import('./index.js');
  return runCli;
}

/**
 * `likestilling vectors [--run "my-program {cli}"] [--dir vectors] [--only id,…] [--skip-texts]`:
 * runs every conformance case and lists each one that differs, with its differences; the last
 * line counts the cases passed and failed. Exit 0 all passed, 1 some differ, 2 bad arguments or
 * an unreadable index.
 *
 * @param args - the arguments after `vectors`
 * @param io - the CLI I/O
 * @param lang - the language of messages
 * @returns the exit code
 * @example
 * ```sh
 * likestilling vectors --dir node_modules/likestilling/vectors --run "python -m mypayroll {cli}" --skip-texts
 * ```
 */
export const vectorsCommand: CommandRun = async (args, io, lang: Language) => {
  const { values } = parseArguments(args, OPTIONS, false);
  const t = catalogue(lang).cli;
  if (values.help === true) {
    io.stdout(t.help.vectors);
    return 0;
  }
  checkedLanguage(values.lang);
  const dir = values.dir ?? 'vectors';
  const index = await readJsonInput(io, join(dir, 'index.json'), '--dir', VectorIndexSchema, lang);
  const only = values.only === undefined ? null : new Set(values.only.split(',').map((s) => s.trim()));
  const how = values.run !== undefined ? { command: values.run } : { runCli: await ownCli(), io };
  let passed = 0;
  let failed = 0;
  for (const vector of index.cases) {
    if (only !== null && !only.has(vector.id)) continue;
    const folder = join(dir, vector.id);
    const expected = await readJsonFile(io, join(folder, 'expected.json'), vector.id, lang);
    const differences = vectorDifferences(vector, expected, await runVectorCase(folder, vector, how), values['skip-texts'] === true);
    if (differences.length === 0) {
      passed++;
      continue;
    }
    failed++;
    io.stdout(`${t.vectors.failed({ id: vector.id, rules: vector.rules })}\n`);
    for (const d of differences) {
      const text =
        d.kind === 'exit-code'
          ? t.vectors.exitCode({ expected: d.expected ?? '', actual: d.actual ?? '' })
          : d.kind === 'not-json'
            ? t.vectors.notJson
            : t.vectors.difference({ path: d.path, expected: d.expected ?? t.vectors.absent, actual: d.actual ?? t.vectors.absent });
      io.stdout(`  ${text}\n`);
    }
  }
  io.stdout(`${t.vectors.summary({ passed, failed })}\n`);
  return failed === 0 ? 0 : 1;
};
