/**
 * The finalization in parts: the one entry point through which `likestilling/node` splits the pay
 * orderings of a finalization between threads (the stages themselves stay private to
 * `statistics/`).
 * @internal
 * @module
 */
import { beginFinalize, completeFinalize, endFinalize, type Finalizing } from './finalizeMapping.js';
import {
  mergeOrderingResults,
  orderingBuffers,
  planForTasks,
  runOrdering,
  runOrderingTasks,
  type OrderingResult,
  type OrderingTask,
} from './finalize/orderings.js';
import type { PayPlan } from './finalize/payPlan.js';
import type { PartialMapping } from './accumulateMapping.js';
import type { Mapping } from './types.js';

export type { Finalizing, OrderingResult, OrderingTask, PayPlan };

/**
 * `finalizeMapping` in parts: {@link FinalizeInParts.begin} (the counts and the pay plan), the pay
 * orderings in any thread, each task once ({@link FinalizeInParts.runHere} in this thread,
 * {@link FinalizeInParts.runTasks} in another over a copy of {@link FinalizeInParts.planFor}, whose
 * results {@link FinalizeInParts.merge} takes), then {@link FinalizeInParts.end}. The mapping is
 * that of `finalizeMapping` for any split.
 * @internal
 */
export interface FinalizeInParts {
  /** The counts and the pay plan: everything but the pay orderings. */
  readonly begin: (partial: PartialMapping) => Finalizing;
  /** Every ordering in this thread, then the mapping (= `finalizeMapping`). */
  readonly complete: (f: Finalizing) => Mapping;
  /** Runs `tasks` of `f` in this thread, into `f.stats`. */
  readonly runHere: (f: Finalizing, tasks: readonly OrderingTask[]) => void;
  /** The part of a plan that `tasks` read (less to copy to another thread). */
  readonly planFor: (plan: PayPlan, tasks: readonly OrderingTask[]) => PayPlan;
  /** Another thread's side: runs `tasks` over a (copied) plan and returns what each wrote. */
  readonly runTasks: (plan: PayPlan, tasks: readonly OrderingTask[]) => OrderingResult[];
  /** Takes another thread's results into `f.stats`. */
  readonly merge: (f: Finalizing, results: readonly OrderingResult[]) => void;
  /** The mapping, once every ordering has run. */
  readonly end: (f: Finalizing) => Mapping;
}

/**
 * The one internal entry point of the finalization in parts (see {@link FinalizeInParts}).
 * @internal
 * @example
 * ```ts
 * const f = finalizeInParts.begin(partial);
 * finalizeInParts.runHere(f, [{ kind: 'level', measures: null }]);
 * finalizeInParts.merge(f, await otherThread(finalizeInParts.planFor(f.plan, rest), rest));
 * const mapping = finalizeInParts.end(f);
 * ```
 */
export const finalizeInParts: FinalizeInParts = {
  begin: beginFinalize,
  complete: completeFinalize,
  runHere: (f, tasks) => {
    const buffers = orderingBuffers(f.plan);
    for (const task of tasks) runOrdering(f.plan, task, f.stats, buffers);
  },
  planFor: planForTasks,
  runTasks: runOrderingTasks,
  merge: (f, results) => mergeOrderingResults(f.stats, results),
  end: endFinalize,
};
