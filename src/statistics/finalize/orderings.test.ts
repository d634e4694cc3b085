/**
 * The pay orderings of a finalization run in parts (`beginFinalize` … `endFinalize`): any split of
 * the orderings and of their measures, each part's plan through a structured clone (as to a worker
 * thread), gives the mapping of `finalizeMapping`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accumulateMapping, finalizeMapping } from '../index.js';
import { beginFinalize, endFinalize } from '../finalizeMapping.js';
import { measuresOf, mergeOrderingResults, orderingTasks, planForTasks, runOrderingTasks, SAME_AS_EMPLOYER, type OrderingTask } from './orderings.js';
import { payroll } from '../../../tests/statistics/_arbitraries.js';

const OPTIONS = { year: 2025 } as const;

describe('pay orderings in parts', () => {
  it('any split of orderings and measures, through a structured clone, = finalizeMapping', () => {
    fc.assert(
      fc.property(payroll(60, { persons: 25 }), fc.infiniteStream(fc.boolean()), (records, coin) => {
        const partial = accumulateMapping(records, OPTIONS);
        const f = beginFinalize(partial);
        // each ordering's measures dealt to two parts at random
        const parts: OrderingTask[][] = [[], []];
        const flips = coin[Symbol.iterator]();
        for (const { kind } of orderingTasks(f.plan)) {
          const halves = [[], []] as [string[], string[]];
          for (const m of measuresOf(f.plan, kind)) halves[flips.next().value ? 1 : 0].push(m);
          halves.forEach((measures, i) => {
            if (measures.length > 0) parts[i]!.push({ kind, measures: measures as OrderingTask['measures'] });
          });
        }
        for (const tasks of parts) {
          if (tasks.length === 0) continue;
          const results = structuredClone(runOrderingTasks(structuredClone(planForTasks(f.plan, tasks)), tasks));
          mergeOrderingResults(f.stats, results);
        }
        const mapping = endFinalize(f);
        expect(JSON.stringify(mapping)).toBe(JSON.stringify(finalizeMapping(partial)));
        for (const stats of f.stats.values()) expect(stats.some((s) => s.count === SAME_AS_EMPLOYER)).toBe(false);
      }),
      { numRuns: 80 },
    );
  });
});
