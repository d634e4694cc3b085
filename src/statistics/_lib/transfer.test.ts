import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accumulateMapping, computeMapping, finalizeMapping, mergePartialMappings } from '../index.js';
import { partialFromTransfer, partialToTransfer } from './transfer.js';
import { payroll } from '../../../tests/statistics/_arbitraries.js';

/** Through a structured clone with the buffers transferred, as `postMessage` to or from a worker does. */
const moved = (p: ReturnType<typeof accumulateMapping>) => {
  const { message, transfer } = partialToTransfer(p);
  return partialFromTransfer(structuredClone(message, { transfer }));
};

describe('partial mappings moved between threads (internal transfer message)', () => {
  it('arrive as the same partial mapping: finalized alone and merged on either side', () => {
    fc.assert(
      fc.property(payroll(50, { persons: 12 }), fc.integer({ min: 0, max: 50 }), fc.boolean(), (records, cut, merge) => {
        const options = { year: 2025, mergePersons: merge };
        const whole = computeMapping(records, options);
        expect(finalizeMapping(moved(accumulateMapping(records, options)))).toEqual(whole);
        const a = accumulateMapping(records.slice(0, cut), options);
        const b = moved(accumulateMapping(records.slice(cut), options));
        expect(finalizeMapping(mergePartialMappings(a, b))).toEqual(whole);
        expect(
          finalizeMapping(mergePartialMappings(moved(accumulateMapping(records.slice(0, cut), options)), accumulateMapping(records.slice(cut), options))),
        ).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });

  it('moves the columns instead of copying them: the sender’s buffers are detached', () => {
    const p = accumulateMapping([], { year: 2025 });
    const { message, transfer } = partialToTransfer(p);
    expect(transfer.length).toBeGreaterThan(0);
    structuredClone(message, { transfer });
    expect(transfer.every((b) => b.byteLength === 0)).toBe(true);
  });
});
