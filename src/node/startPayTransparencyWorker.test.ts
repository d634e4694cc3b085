/**
 * `startPayTransparencyWorker`: the quartile bands and part of the categories on a real worker
 * thread (its script bundled from source) give exactly `computePayTransparency`'s result; and its
 * edges: small payrolls, invalid input, closing.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transparencyOptions, transparencyPayroll } from '../../tests/transparency/_arbitraries.js';
import { bundleWorker, tempFolder } from '../../tests/node/_helpers.js';
import { LikestillingInputError } from '../_lib/input.js';
import { computePayTransparency } from '../transparency/index.js';
import { startPayTransparencyWorker, type PayTransparencyWorker } from './startPayTransparencyWorker.js';

const folder = tempFolder();
let workerUrl: URL;
let worker: PayTransparencyWorker;
beforeAll(async () => {
  workerUrl = await bundleWorker(folder.dir, 'orderingWorker');
  // every computation shares its work, however small
  worker = startPayTransparencyWorker({ minPersons: 0, workerUrl });
});
afterAll(async () => {
  await worker.close();
  folder.remove();
});

describe('startPayTransparencyWorker (TRN-1…TRN-5)', () => {
  it('gives computePayTransparency’s result, to the byte, on random payrolls and options', async () => {
    await fc.assert(
      fc.asyncProperty(transparencyPayroll(120, 40), transparencyOptions, async (records, options) => {
        const expected = computePayTransparency(records, options);
        const actual = await worker.computePayTransparency(records, options);
        expect(actual).toStrictEqual(expected);
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 40 },
    );
  });

  it('overlapping calls are done in turn, each with its own result', async () => {
    const [a = [], b = []] = fc.sample(transparencyPayroll(80, 30), { numRuns: 2, seed: 7 });
    const results = await Promise.all([worker.computePayTransparency(a, { year: 2026 }), worker.computePayTransparency(b, { year: 2026 })]);
    expect(results).toStrictEqual([computePayTransparency(a, { year: 2026 }), computePayTransparency(b, { year: 2026 })]);
  });

  it('refuses invalid input with a typed error', async () => {
    await expect(worker.computePayTransparency('records' as never, { year: 2026 })).rejects.toThrow(LikestillingInputError);
    expect(() => startPayTransparencyWorker({ minPersons: -1 })).toThrow(LikestillingInputError);
  });

  it('after close, calls reject', async () => {
    const w = startPayTransparencyWorker({ workerUrl });
    await w.close();
    await expect(w.computePayTransparency([], { year: 2026 })).rejects.toThrow(/closed/);
  });
});
