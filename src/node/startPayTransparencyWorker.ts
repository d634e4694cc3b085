import { parseInput } from '../_lib/input.js';
import type { Employee } from '../models/employee.js';
import { requireRecords } from '../statistics/internal.js';
import {
  computePayTransparency,
  TRANSPARENCY_DISCLOSURE,
  type PayTransparency,
  type ResolvedTransparencyOptions,
  type TransparencyOptions,
} from '../transparency/index.js';
import { categoryFigures, categorySplit, overallParts, payTransparencyOf, preparePopulation, quartileBands } from '../transparency/internal.js';
import type { TransparencyJob, TransparencyReply } from './_lib/orderingProtocol.js';
import { startWorkerCalls, WorkerOptionsSchema } from './_lib/workerCalls.js';
import { defaultOrderingWorkerUrl } from './_lib/workerUrl.js';

/**
 * Options of {@link startPayTransparencyWorker}.
 *
 * @example
 * ```ts
 * const options: PayTransparencyWorkerOptions = { minPersons: 100_000 };
 * ```
 */
export interface PayTransparencyWorkerOptions {
  /**
   * Fewest employment records for which a computation shares its work with the worker thread
   * (default 200 000; a whole number ≥ 0). Below, everything runs in the calling thread; the
   * figures are the same either way.
   */
  readonly minPersons?: number | undefined;
  /** The worker script (default: `node-ordering-worker.js` beside the built module). @internal */
  readonly workerUrl?: URL | undefined;
}

/**
 * A worker thread that computes the pay-transparency indicators together with the calling thread
 * (from {@link startPayTransparencyWorker}). Each call gives exactly what `computePayTransparency`
 * of `likestilling/transparency` gives; only the time differs. Calls may overlap: they are done
 * one after the other.
 */
export interface PayTransparencyWorker {
  /**
   * `computePayTransparency`: the records are read and the persons laid out in the calling
   * thread (in shared memory), then the quartile bands (f) and part of the categories (g) are
   * computed in the worker thread while the calling thread computes the rest.
   *
   * @param records - parsed records (`EmployeeSchema` output), one per employment
   * @param options - the definitions; only `year` is required
   * @returns the result, as `computePayTransparency`'s
   * @throws {@link likestilling!LikestillingInputError} (as a rejection) when `records` is not an array;
   *   z.ZodError when an option or a record's `fullTimeHoursPerWeek` is invalid; Error when the worker failed or was closed
   */
  computePayTransparency(records: readonly Employee[], options: TransparencyOptions | ResolvedTransparencyOptions): Promise<PayTransparency>;
  /** Stops the worker thread. Calls not finished reject; later calls reject. */
  close(): Promise<void>;
}

/** The calling thread's share of the categories' persons (it also computes (a)–(e); the worker the quartile bands): measured at 1M. */
const CALLER_SHARE = 0.55;

/**
 * Starts a worker thread for the pay-transparency indicators of Directive (EU) 2023/970 Art. 9
 * (`likestilling/transparency`) on two cores: the records are read and the persons laid out in the
 * calling thread, then the indicators are shared between the two threads — the quartile bands and
 * about half of the categories in the worker. The figures are those of `computePayTransparency`,
 * byte for byte. Small payrolls (below `minPersons` records) and amounts too large for the fast
 * exact path are computed in the calling thread.
 *
 * The thread does not keep the process alive while it has nothing to do; `close()` stops it. Its
 * code is optimised over the first calls, so the first large call may be slower than
 * `computePayTransparency`.
 *
 * @param options - see {@link PayTransparencyWorkerOptions}
 * @returns the worker
 * @throws {@link likestilling!LikestillingInputError} when the options are invalid (`minPersons`)
 * @example
 * ```ts
 * import { startPayTransparencyWorker } from 'likestilling/node';
 *
 * const worker = startPayTransparencyWorker();
 * try {
 *   const result = await worker.computePayTransparency(records, { year: 2026 });
 *   console.log(result.hourly.mean.gapPercent);
 * } finally {
 *   await worker.close();
 * }
 * ```
 */
export function startPayTransparencyWorker(options?: PayTransparencyWorkerOptions): PayTransparencyWorker {
  const o = parseInput('startPayTransparencyWorker', WorkerOptionsSchema, options) ?? {};
  const minPersons = o.minPersons ?? 200_000;
  const calls = startWorkerCalls<TransparencyJob, TransparencyReply>(o.workerUrl ?? defaultOrderingWorkerUrl(), 'pay-transparency worker');

  const compute = async (records: readonly Employee[], options: TransparencyOptions | ResolvedTransparencyOptions): Promise<PayTransparency> => {
    const failure = calls.failure();
    if (failure !== null) throw failure;
    if (records.length < minPersons) return computePayTransparency(records, options);
    const population = preparePopulation(records, options, true);
    const state = population.state;
    if (!state.fast) {
      // the BigInt path: in the calling thread
      const o = population.options;
      return payTransparencyOf(
        population,
        overallParts(population),
        quartileBands(state, o),
        categoryFigures(state, o, 0, state.categories.length),
        TRANSPARENCY_DISCLOSURE,
      );
    }
    const split = categorySplit(state, CALLER_SHARE);
    // the worker's share is sent first (the structured clone copies the small arrays, not the
    // columns in shared memory), then the calling thread computes its own meanwhile
    const remote = calls.send({ id: calls.nextId(), kind: 'transparency', state: { ...state, scratch: null }, options: population.options, from: split });
    remote.catch(() => undefined); // handled below; no unhandled rejection if the own share throws first
    const overall = overallParts(population);
    const categories = categoryFigures(state, population.options, 0, split);
    const reply = await remote;
    if (!reply.ok) throw new Error(`likestilling: the pay-transparency worker failed: ${reply.message}`);
    return payTransparencyOf(population, overall, reply.quartiles, [...categories, ...reply.categories], TRANSPARENCY_DISCLOSURE);
  };

  return {
    computePayTransparency: (records, options) =>
      calls.call(
        () => requireRecords('PayTransparencyWorker.computePayTransparency', records),
        () => compute(records, options),
      ),
    close: () => calls.close(),
  };
}
