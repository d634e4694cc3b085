/**
 * The messages between the calling thread and the ordering worker thread (`orderingWorker.ts`) of
 * {@link startMappingWorker}.
 * @internal
 */
import type { OrderingResult, OrderingTask, PayPlan } from '../../statistics/finalizeInParts.js';

/** To the worker: orderings to run over a pay plan (copied by the structured clone). @internal */
export interface OrderingJob {
  readonly id: number;
  readonly plan: PayPlan;
  readonly tasks: readonly OrderingTask[];
}

/** From the worker: a job's results, in the order of its tasks, or why it failed. @internal */
export type OrderingReply =
  | { readonly id: number; readonly ok: true; readonly results: readonly OrderingResult[] }
  | { readonly id: number; readonly ok: false; readonly message: string };
