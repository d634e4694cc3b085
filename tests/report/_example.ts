/**
 * The example of `npm run example`, by its own route: `likestilling report --config
 * examples/statement.json` (from the sources), its outputs kept in memory — for the golden,
 * example and browser tests.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli, type CliIO } from '../../src/cli/index.js';
import { ReportSchema, type Report } from '../../src/report/index.js';

/** The repository, the example's folder, its data and its (committed) outputs. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const EXAMPLES = join(ROOT, 'examples');
export const EXAMPLE_DATA = join(EXAMPLES, 'data');
export const EXAMPLE_OUTPUT = join(EXAMPLES, 'output');

/** What the example's command wrote: output file (relative to `examples/output`) → bytes or text. */
export type ExampleOutputs = ReadonlyMap<string, string | Uint8Array>;

/**
 * Runs `likestilling report --config examples/statement.json` with real reads and in-memory
 * writes: the exit code, what it said on stderr, and the outputs.
 */
export async function runExample(): Promise<{ code: number; stderr: string; outputs: ExampleOutputs }> {
  const outputs = new Map<string, string | Uint8Array>();
  const err: string[] = [];
  const io: CliIO = {
    stdout: () => undefined,
    stderr: (t) => void err.push(t),
    readFile: (p) => readFile(p),
    readStream: (p) => createReadStream(p),
    writeFile: async (p, d) => void outputs.set(relative(EXAMPLE_OUTPUT, p), d),
    isTTY: false,
    env: {},
  };
  const code = await runCli(['report', '--config', join(EXAMPLES, 'statement.json')], io);
  return { code, stderr: err.join(''), outputs };
}

/** The example statement (its `statement.json` output) and its CSV. */
export async function exampleStatement(): Promise<{ report: Report; csv: string; outputs: ExampleOutputs }> {
  const { code, stderr, outputs } = await runExample();
  if (code !== 0) throw new Error(`the example's command failed (exit ${code}):\n${stderr}`);
  const json = outputs.get('statement.json');
  if (typeof json !== 'string') throw new Error('the example wrote no statement.json');
  const csv = readFileSync(join(EXAMPLE_DATA, 'employees-2025.csv'), 'utf8');
  return { report: ReportSchema.parse(JSON.parse(json)), csv, outputs };
}
