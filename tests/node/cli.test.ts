/**
 * `likestilling report` over a real file: with the I/O's `mapEmployeesCsvFile` (the real process
 * has it: two parts for a big file) the exit code, stdout and stderr (diagnostics, progress) are
 * exactly those of the stream read on one thread (injected I/O without it).
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIO } from '../../src/cli/index.js';
import { processIO } from '../../src/cli/io.js';
import { mapCsvFile, type SplitInternals } from '../../src/node/_lib/mapCsvFile.js';
import { completeCycleInput } from '../fixtures/report/published.js';
import { bigFile, bundleWorker, tempFolder } from './_helpers.js';

const folder = tempFolder();
let workerUrl: URL;
const files: Record<string, string> = {};
beforeAll(async () => {
  workerUrl = await bundleWorker(folder.dir);
  files['employees'] = folder.write('employees.csv', bigFile(24_000)); // 3.1 MB, some rows rejected
  files['clean'] = folder.write('clean.csv', new TextDecoder().decode(bigFile(3000)).replace(/,hen,/g, ',female,'));
  files['fatal'] = folder.write('fatal.csv', 'employeeId,gender\nE1,female\n');
  files['employer'] = folder.write('employer.json', JSON.stringify({ organisationNumber: '974760673', name: 'Testetaten', sector: 'public' }));
  files['cycle'] = folder.write('cycle.json', JSON.stringify(completeCycleInput));
});
afterAll(() => folder.remove());

/** A real-file CLI I/O recording stdout and stderr; with `internals`, it has `mapEmployeesCsvFile`. */
function io(internals: SplitInternals | null, isTTY = false): { io: CliIO; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const base: CliIO = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: (p) => readFile(p),
    readStream: (p) => createReadStream(p),
    writeFile: () => Promise.reject(new Error('not in this test')),
    isTTY,
  };
  return { io: internals === null ? base : { ...base, mapEmployeesCsvFile: (p, o) => mapCsvFile(p, o, internals) }, out, err };
}

async function run(args: readonly string[], internals: SplitInternals | null, isTTY = false): Promise<{ code: number; out: string; err: string }> {
  const x = io(internals, isTTY);
  const code = await runCli(['report', ...args], x.io);
  return { code, out: x.out.join(''), err: x.err.join('') };
}

describe('likestilling report over a real file', () => {
  it('the real process I/O maps files with likestilling/node', () => {
    expect(processIO().mapEmployeesCsvFile).toBeTypeOf('function');
  });

  const cases: [string, () => string[]][] = [
    ['the mapping as JSON (rows with errors: exit 1, diagnostics on stderr)', () => [files['employees'] as string, '--year', '2025', '--format', 'json']],
    ['the published figures of a clean file (exit 0)', () => [files['clean'] as string, '--year', '2025', '--publish']],
    [
      'the statement as markdown',
      () => [files['employees'] as string, '--year', '2025', '--employer', files['employer'] as string, '--cycle', files['cycle'] as string, '--format', 'md'],
    ],
    ['a fatal file (exit 2)', () => [files['fatal'] as string, '--year', '2025']],
    ['a missing file (exit 2)', () => [`${folder.dir}/missing.csv`, '--year', '2025']],
  ];
  for (const [name, args] of cases) {
    it(`${name}: the same exit code, stdout and stderr in two parts (worker thread) as on the stream`, async () => {
      const before = await run(args(), null);
      const split = await run(args(), { minSplitBytes: 0, workerUrl });
      expect(split).toEqual(before);
      expect(before.out.length + before.err.length).toBeGreaterThan(0);
    });
  }

  it('split anywhere (in the calling thread), and with the default threshold: the same output', async () => {
    const args = [files['employees'] as string, '--year', '2025'];
    const before = await run(args, null);
    expect(before.code).toBe(1);
    expect(before.err).toContain('error:');
    for (const splitAt of [1, 5000, 777_777, 1_500_000, 3_000_000]) expect(await run(args, { minSplitBytes: 0, splitAt, inThread: true })).toEqual(before);
    expect(await run(args, {})).toEqual(before);
  });

  it('the progress on a terminal: the same lines', async () => {
    const args = [files['employees'] as string, '--year', '2025'];
    const before = await run(args, null, true);
    expect(before.err).toMatch(/\r\S+employees\.csv: 2\.\d MiB read/);
    expect(await run(args, { minSplitBytes: 0, workerUrl }, true)).toEqual(before);
  });
});
