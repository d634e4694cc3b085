/**
 * `mapEmployeesCsvFile` with the second part in a real worker thread (the worker script bundled
 * from source), and the function's edges: options, small files, pipes, missing files, progress.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readEmployeesCsv } from '../../src/io/csv/index.js';
import { mapCsvFile } from '../../src/node/_lib/mapCsvFile.js';
import { mapEmployeesCsvFile } from '../../src/node/index.js';
import { LikestillingInputError } from '../../src/index.js';
import { csvFile } from '../io/csv/_files.js';
import { bigFile, bundleWorker, expectSameResult, lineStarts, STATISTICS, tempFolder } from './_helpers.js';

const folder = tempFolder();
let workerUrl: URL;
beforeAll(async () => {
  workerUrl = await bundleWorker(folder.dir);
});
afterAll(() => folder.remove());

describe('the second part in a worker thread', () => {
  it('a file of several chunks, split in the middle: two parts, the same result', async () => {
    const path = folder.write('big.csv', bigFile(6000));
    const whole = await mapCsvFile(path, { statistics: STATISTICS, csv: { file: 'big.csv' }, threads: 1 });
    const split = await mapCsvFile(path, { statistics: STATISTICS, csv: { file: 'big.csv' } }, { minSplitBytes: 0, workerUrl });
    expect(split.parts).toBe(2);
    expect(split.sequentialReason).toBe(null);
    expectSameResult(split, whole);
    expect(whole.imported.rejected).toBeGreaterThan(0);
  });

  it('unsorted ids: the worker sends its ids when asked, and the parts are joined', async () => {
    const path = folder.write('shuffled.csv', bigFile(3000, true));
    const whole = await mapCsvFile(path, { statistics: STATISTICS, threads: 1 });
    const split = await mapCsvFile(path, { statistics: STATISTICS }, { minSplitBytes: 0, workerUrl });
    expect(split.sequentialReason).toBe(null);
    expectSameResult(split, whole);
  });

  it('random files at random line breaks: the same as in one part', async () => {
    let i = 0;
    await fc.assert(
      fc.asyncProperty(csvFile(25), fc.nat(), async (c, pick) => {
        const path = folder.write(`r${i++}.csv`, c.bytes);
        const starts = lineStarts(c.bytes);
        const at = starts.length === 0 ? 0 : (starts[pick % starts.length] as number);
        const whole = await mapCsvFile(path, { statistics: STATISTICS, csv: c.options, threads: 1 });
        expectSameResult(await mapCsvFile(path, { statistics: STATISTICS, csv: c.options }, { minSplitBytes: 0, splitAt: at, workerUrl }), whole);
      }),
      { numRuns: 25 },
    );
  });

  it('a worker that cannot start: read in one part (worker-error), the same result', async () => {
    const path = folder.write('w.csv', bigFile(200));
    const whole = await mapCsvFile(path, { statistics: STATISTICS, threads: 1 });
    const split = await mapCsvFile(path, { statistics: STATISTICS }, { minSplitBytes: 0, workerUrl: pathToFileURL(join(folder.dir, 'no-such-worker.mjs')) });
    expect(split.sequentialReason).toBe('worker-error');
    expectSameResult(split, whole);
  });

  it('progress: the bytes of both threads, never decreasing, ending at the size', async () => {
    const bytes = bigFile(8000);
    const path = folder.write('progress.csv', bytes);
    const seen: number[] = [];
    const split = await mapCsvFile(path, { statistics: STATISTICS, csv: { onProgress: (b) => seen.push(b) } }, { minSplitBytes: 0, workerUrl });
    expect(split.parts).toBe(2);
    expect(seen.at(-1)).toBe(bytes.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
    // after a fallback too (read twice: never back)
    const again: number[] = [];
    await mapCsvFile(
      path,
      { statistics: STATISTICS, csv: { onProgress: (b) => again.push(b) } },
      { minSplitBytes: 0, workerUrl: pathToFileURL(join(folder.dir, 'missing.mjs')) },
    );
    expect(again.at(-1)).toBe(bytes.length);
    expect(again).toEqual([...again].sort((a, b) => a - b));
  });

  it("an error thrown by onProgress rejects the call (in either thread's progress)", async () => {
    const path = folder.write('throw.csv', bigFile(8000));
    const boom = new Error('stop');
    await expect(
      mapCsvFile(
        path,
        {
          statistics: STATISTICS,
          csv: {
            onProgress: () => {
              throw boom;
            },
          },
        },
        { minSplitBytes: 0, workerUrl },
      ),
    ).rejects.toBe(boom);
    let calls = 0;
    const late = (): void => {
      if (++calls === 8) throw boom;
    };
    await expect(mapCsvFile(path, { statistics: STATISTICS, csv: { onProgress: late } }, { minSplitBytes: 0, workerUrl })).rejects.toBe(boom);
  });
});

describe('mapEmployeesCsvFile: the edges', () => {
  it('small files and threads: 1 are read in one part', async () => {
    const path = folder.write('small.csv', bigFile(50));
    const small = await mapEmployeesCsvFile(path, { statistics: STATISTICS });
    expect([small.parts, small.sequentialReason]).toEqual([1, 'small-file']);
    const one = await mapEmployeesCsvFile(path, { statistics: STATISTICS, threads: 1 });
    expect([one.parts, one.sequentialReason]).toEqual([1, 'threads']);
    expectSameResult(small, one);
    // one CPU: one part unless two threads are asked for
    const single = await mapCsvFile(path, { statistics: STATISTICS }, { minSplitBytes: 0, cpus: 1, workerUrl });
    expect(single.sequentialReason).toBe('single-cpu');
    expect((await mapCsvFile(path, { statistics: STATISTICS, threads: 2 }, { minSplitBytes: 0, cpus: 1, workerUrl })).parts).toBe(2);
  });

  it('is exactly readEmployeesCsv over a file stream into an accumulator', async () => {
    const path = folder.write('exact.csv', bigFile(300));
    const { createMappingAccumulator, finalizeMapping } = await import('../../src/statistics/index.js');
    const acc = createMappingAccumulator(STATISTICS);
    const imported = await readEmployeesCsv(createReadStream(path), { file: 'exact.csv', onRecords: (b) => acc.add(b) });
    const r = await mapEmployeesCsvFile(path, { statistics: STATISTICS, csv: { file: 'exact.csv' } });
    expect(r.imported).toStrictEqual(imported);
    expect(r.mapping).toStrictEqual(finalizeMapping(acc.partial()));
  });

  it('a named pipe is read in one part (not-a-file), from the start', async () => {
    const fifo = join(folder.dir, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const bytes = bigFile(100);
    const writer = createWriteStream(fifo);
    writer.end(bytes);
    const r = await mapEmployeesCsvFile(fifo, { statistics: STATISTICS });
    expect(r.sequentialReason).toBe('not-a-file');
    expect(r.imported.read).toBe(100);
  });

  it('a missing file rejects as the file stream does', async () => {
    const missing = join(folder.dir, 'missing.csv');
    const viaStream = await readEmployeesCsv(createReadStream(missing)).catch((e: unknown) => e);
    const error = await mapEmployeesCsvFile(missing, { statistics: STATISTICS }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe((viaStream as Error).message);
    expect((error as { code?: string }).code).toBe('ENOENT');
  });

  it('invalid options are refused before anything is read, with the input error naming each path', async () => {
    const path = folder.write('opts.csv', bigFile(5));
    const paths = async (call: Promise<unknown>): Promise<string[]> => {
      const error = await call.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(LikestillingInputError);
      return (error as LikestillingInputError).issues.map((i) => i.path.join('.'));
    };
    expect(await paths(mapEmployeesCsvFile(path, { statistics: STATISTICS, threads: 3 as 1 }))).toEqual(['options.threads']);
    expect(await paths(mapEmployeesCsvFile(path, { statistics: STATISTICS, csv: { onRecords: () => undefined } as never }))).toEqual(['options.csv.onRecords']);
    expect(await paths(mapEmployeesCsvFile(path, { statistics: STATISTICS, csv: { delimiter: ':' as ',' } }))).toEqual(['options.csv.delimiter']);
    expect(await paths(mapEmployeesCsvFile(path, { statistics: { year: 1 } }))).toEqual(['options.statistics.year']);
    // the statistics options at the top level instead of under `statistics`: named, not a TypeError from deep inside
    expect(await paths(mapEmployeesCsvFile(path, { year: 2025 } as never))).toEqual(['options.statistics', 'options.year']);
    expect(await paths(mapEmployeesCsvFile(42 as never, { statistics: STATISTICS }))).toEqual(['path']);
  });
});
