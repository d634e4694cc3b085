/**
 * The messages between the calling thread and the worker thread (`orderingWorker.ts`) of
 * {@link startMappingWorker} and {@link startPayTransparencyWorker}.
 * @internal
 */
import type { OrderingResult, OrderingTask, PayPlan } from '../../statistics/finalizeInParts.js';
import type { PopulationState } from '../../transparency/internal.js';
import type { ResolvedTransparencyOptions } from '../../transparency/TransparencyOptionsSchema.js';
import type { CategoryFigures, QuartileBand } from '../../transparency/types.js';

/** To the worker: orderings to run over a pay plan (copied by the structured clone). @internal */
export interface OrderingJob {
  readonly id: number;
  readonly kind?: 'ordering';
  readonly plan: PayPlan;
  readonly tasks: readonly OrderingTask[];
}

/** From the worker: a job's results, in the order of its tasks, or why it failed. @internal */
export type OrderingReply =
  | { readonly id: number; readonly ok: true; readonly results: readonly OrderingResult[] }
  | { readonly id: number; readonly ok: false; readonly message: string };

/**
 * To the worker: the pay-transparency quartile bands and the categories from `from` on, over a
 * population whose columns are in shared memory (the structured clone copies only its small arrays).
 * @internal
 */
export interface TransparencyJob {
  readonly id: number;
  readonly kind: 'transparency';
  readonly state: PopulationState;
  readonly options: ResolvedTransparencyOptions;
  readonly from: number;
}

/** From the worker: the bands and categories of a {@link TransparencyJob}, or why it failed. @internal */
export type TransparencyReply =
  | { readonly id: number; readonly ok: true; readonly quartiles: QuartileBand[]; readonly categories: CategoryFigures[] }
  | { readonly id: number; readonly ok: false; readonly message: string };
