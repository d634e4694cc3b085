import { parseInput } from '../_lib/input.js';
import type { Employee } from '../models/employee.js';
import { accumulate, requirePartial, requireRecords, resolve, type PartialMapping } from '../statistics/accumulateMapping.js';
import { finalizeInParts, type OrderingTask } from '../statistics/finalizeInParts.js';
import type { StatisticsOptions } from '../statistics/StatisticsOptionsSchema.js';
import type { Mapping, ResolvedStatisticsOptions } from '../statistics/types.js';
import type { OrderingJob, OrderingReply } from './_lib/orderingProtocol.js';
import { startWorkerCalls, WorkerOptionsSchema } from './_lib/workerCalls.js';
import { defaultOrderingWorkerUrl } from './_lib/workerUrl.js';

/**
 * Options of {@link startMappingWorker}.
 *
 * @example
 * ```ts
 * const options: MappingWorkerOptions = { minPersons: 100_000 };
 * ```
 */
export interface MappingWorkerOptions {
  /**
   * Fewest pay-eligible persons for which a finalization shares its pay orderings with the worker
   * thread (default 200 000; a whole number ≥ 0). Below, the worker's messages and the two threads'
   * competition for memory cost about as much as the second thread saves (measured: slower at
   * 100 000 employments), and everything runs in the calling thread; the figures are the same either way.
   */
  readonly minPersons?: number | undefined;
  /** The worker script (default: `node-ordering-worker.js` beside the built module). @internal */
  readonly workerUrl?: URL | undefined;
}

/**
 * A worker thread that computes internal mappings together with the calling thread (from
 * {@link startMappingWorker}). Each call gives exactly what `computeMapping` and
 * `finalizeMapping` give; only the time differs. Calls may overlap: they are done one
 * after the other.
 */
export interface MappingWorker {
  /**
   * `finalizeMapping`, with half of the pay orderings (the medians and means per job group,
   * and the units' *avtalt månedslønn*) in the worker thread.
   *
   * @param partial - from `accumulateMapping` or `mergePartialMappings`
   * @returns the internal mapping
   * @throws {@link likestilling!LikestillingInputError} (as a rejection) when `partial` is not a partial mapping;
   *   Error when the worker failed or was closed
   */
  finalizeMapping(partial: PartialMapping): Promise<Mapping>;
  /**
   * `computeMapping`: the records are read in the calling thread, then finalized as
   * {@link MappingWorker.finalizeMapping} does.
   *
   * @param records - parsed records (`EmployeeSchema` output), one per employment
   * @param options - statistics options; only `year` is required
   * @returns the internal mapping
   * @throws {@link likestilling!LikestillingInputError} (as a rejection) when `records` is not an array or the
   *   options are invalid (`options.year` …); Error when the worker failed or was closed
   */
  computeMapping(records: readonly Employee[], options: StatisticsOptions | ResolvedStatisticsOptions): Promise<Mapping>;
  /** Stops the worker thread. Calls not finished reject; later calls reject. */
  close(): Promise<void>;
}

/** The orderings the worker runs; the calling thread runs the others (about half the work each, measured at 1M). */
const WORKER_TASKS: readonly OrderingTask[] = [
  { kind: 'group', measures: null },
  { kind: 'unit', measures: ['agreed'] },
];
const CALLER_TASKS: readonly OrderingTask[] = [
  { kind: 'level', measures: null },
  { kind: 'unit', measures: ['monthly'] },
];

/**
 * Starts a worker thread for computing internal mappings (*kartlegginger*) on two cores: the
 * records are read and counted in the calling thread, then the pay orderings — the exact medians
 * and means per level, group and unit, the larger part of a big employer's finalization — are
 * shared between the two threads. The figures are those of `computeMapping`, byte for
 * byte. For a payroll vendor's batch of many employers, one worker serves every call in turn;
 * small employers (below `minPersons`) are finalized in the calling thread.
 *
 * The thread does not keep the process alive while it has nothing to do; `close()` stops it. Its
 * code is optimised over the first calls, so the first large call may be slower than
 * `computeMapping`.
 *
 * @param options - see {@link MappingWorkerOptions}
 * @returns the worker
 * @throws {@link likestilling!LikestillingInputError} when the options are invalid (`minPersons`)
 * @example
 * ```ts
 * import { startMappingWorker } from 'likestilling/node';
 *
 * const worker = startMappingWorker();
 * try {
 *   for (const employer of employers) {
 *     const mapping = await worker.computeMapping(employer.records, { year: 2025 });
 *     save(employer.id, mapping);
 *   }
 * } finally {
 *   await worker.close();
 * }
 * ```
 */
export function startMappingWorker(options?: MappingWorkerOptions): MappingWorker {
  const o = parseInput('startMappingWorker', WorkerOptionsSchema, options) ?? {};
  const minPersons = o.minPersons ?? 200_000;
  const calls = startWorkerCalls<OrderingJob, OrderingReply>(o.workerUrl ?? defaultOrderingWorkerUrl(), 'mapping worker');

  const finalize = async (partial: PartialMapping): Promise<Mapping> => {
    const failure = calls.failure();
    if (failure !== null) throw failure;
    const f = finalizeInParts.begin(partial);
    if (f.plan.count < minPersons) return finalizeInParts.complete(f); // as finalizeMapping
    // the worker's share is sent first (the structured clone copies the plan's own arrays, not the
    // columns of a table in shared memory), then the calling thread runs its own share meanwhile
    const remote = calls.send({ id: calls.nextId(), plan: finalizeInParts.planFor(f.plan, WORKER_TASKS), tasks: WORKER_TASKS });
    remote.catch(() => undefined); // handled below; no unhandled rejection if the own share throws first
    finalizeInParts.runHere(f, CALLER_TASKS);
    const reply = await remote;
    if (!reply.ok) throw new Error(`likestilling: the mapping worker failed: ${reply.message}`);
    finalizeInParts.merge(f, reply.results);
    return finalizeInParts.end(f);
  };
  return {
    finalizeMapping: (partial) =>
      calls.call(
        () => requirePartial('MappingWorker.finalizeMapping', partial, ['partial']),
        () => finalize(partial),
      ),
    computeMapping: (records, statistics) => {
      const entry = 'MappingWorker.computeMapping';
      return calls.call(
        () => {
          requireRecords(entry, records);
          resolve(entry, statistics);
        },
        // a big payroll's person table in shared memory: the worker reads its columns without a copy
        () => finalize(accumulate(entry, records, statistics, records.length >= minPersons)),
      );
    },
    close: () => calls.close(),
  };
}
