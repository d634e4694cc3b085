/**
 * `mapEmployeesCsvFile` in two parts equals the reading in one part, exactly, wherever the split
 * falls: random files (errors, blank rows, quoted delimiters and line breaks, CRLF, duplicate ids,
 * decimal commas, `;` files, Norwegian spellings, Windows-1252, BOM) split after every line break
 * (row ends, inside quoted fields, right after the header, before the last row) and at random
 * bytes. The second part runs in the calling thread here (same code as the worker, through the
 * same structured clone), so that thousands of splits run fast; `tests/node/worker.test.ts` runs it in a thread.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mapCsvFile } from './mapCsvFile.js';
import { csvFile } from '../../../tests/io/csv/_files.js';
import { expectSameResult, lineStarts, STATISTICS, tempFolder } from '../../../tests/node/_helpers.js';

const folder = tempFolder();
afterAll(() => folder.remove());

describe('two parts = one part, at every split', () => {
  it('random files, split after every line break and at random bytes', async () => {
    const tally = new Map<string, number>();
    let file = 0;
    await fc.assert(
      fc.asyncProperty(csvFile(30), fc.array(fc.nat(), { maxLength: 4 }), async (c, cuts) => {
        const path = folder.write(`f${file++}.csv`, c.bytes);
        const expected = await mapCsvFile(path, { statistics: STATISTICS, csv: c.options, threads: 1 });
        expect(expected.sequentialReason).toBe('threads');
        for (const at of [...lineStarts(c.bytes), ...cuts.map((x) => x % (c.bytes.length + 1))]) {
          const actual = await mapCsvFile(path, { statistics: STATISTICS, csv: c.options }, { inThread: true, minSplitBytes: 0, splitAt: at });
          expectSameResult(actual, expected, `split at ${at} (${actual.sequentialReason ?? 'two parts'})`);
          expect(actual.parts).toBe(actual.sequentialReason === null ? 2 : 1);
          const key = actual.sequentialReason ?? 'two parts';
          tally.set(key, (tally.get(key) ?? 0) + 1);
        }
      }),
      { numRuns: 100 },
    );
    // the property means something only when many splits are joined, and the fallbacks occur too
    // (fatal-header, long-layout and UTF-16 files are not generated here: see ../mapEmployeesCsvFile.test.ts)
    const joined = tally.get('two parts') ?? 0;
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    expect(joined / total, JSON.stringify([...tally])).toBeGreaterThan(0.4);
    for (const reason of ['split-in-row', 'duplicate-id', 'no-split-point', 'decimal-mark', 'reference-value'])
      expect(tally.get(reason) ?? 0, `${reason} ${JSON.stringify([...tally])}`).toBeGreaterThan(0);
  }, 180_000);
});
