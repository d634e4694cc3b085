/**
 * The second part of a file read in two parts, as seen from the calling thread: in a worker thread,
 * or (for tests) in the calling thread itself, through the same structured clone.
 * @internal
 */
import { Worker } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './protocol.js';
import { readSecondPart, type PartJob, type PartOutcome } from './secondPart.js';

/** The worker could not do its part (it did not start, crashed, or exited early). @internal */
export const WORKER_ERROR = 'worker-error';

/** A second part being read. @internal */
export interface SecondPart {
  /** Bytes of the part read so far. */
  readonly bytes: number;
  /** Data rows of the part read so far. */
  readonly rows: number;
  /** Set as soon as the part is known to be unusable. */
  readonly failure: 'encoding' | typeof WORKER_ERROR | null;
  /** Starts reading (once). */
  start(job: PartJob): void;
  /** What the part found (after `start`). */
  outcome(): Promise<PartOutcome | typeof WORKER_ERROR>;
  /** The part's employee ids (after the outcome). */
  ids(): Promise<readonly string[] | typeof WORKER_ERROR>;
  /** Stops the part (if still running) and frees the thread. */
  close(): Promise<void>;
}

/**
 * A second part in a worker thread. The thread is started at once (its start-up overlaps the
 * caller's reading of the header); the job follows with `start`.
 *
 * @param url - the worker script
 * @param onBytes - called on each progress message
 */
export function workerPart(url: URL, onBytes: () => void): SecondPart {
  // none of the process's Node options: the worker is a built file of this package, and options
  // such as --input-type, or loaders and preloads (--import tsx), would break it or slow its start
  const worker = new Worker(url, { execArgv: [] });
  let bytes = 0;
  let rows = 0;
  let failure: SecondPart['failure'] = null;
  let closed = false;
  let settle: (outcome: PartOutcome | typeof WORKER_ERROR) => void = () => undefined;
  const outcome = new Promise<PartOutcome | typeof WORKER_ERROR>((resolve) => {
    settle = resolve;
  });
  let idsWaiter: ((ids: readonly string[] | typeof WORKER_ERROR) => void) | null = null;
  const fail = (): void => {
    if (closed) return;
    failure ??= WORKER_ERROR;
    settle(WORKER_ERROR);
    idsWaiter?.(WORKER_ERROR);
    idsWaiter = null;
  };
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'progress') {
      bytes = message.bytes;
      rows = message.rows;
      onBytes();
    } else if (message.type === 'done') {
      if (!message.outcome.ok) failure ??= message.outcome.reason;
      settle(message.outcome);
    } else if (message.type === 'ids') {
      idsWaiter?.(message.ids);
      idsWaiter = null;
    } else {
      fail();
    }
  });
  worker.on('error', fail);
  worker.on('exit', fail);
  const post = (message: ToWorker): void => worker.postMessage(message);
  return {
    get bytes() {
      return bytes;
    },
    get rows() {
      return rows;
    },
    get failure() {
      return failure;
    },
    start: (job) => post({ type: 'job', job }),
    outcome: () => outcome,
    ids: () =>
      new Promise((resolve) => {
        if (failure === WORKER_ERROR) {
          resolve(WORKER_ERROR);
          return;
        }
        idsWaiter = resolve;
        post({ type: 'ids' });
      }),
    close: async () => {
      closed = true;
      await worker.terminate();
    },
  };
}

/** Thrown into an in-thread part that was closed, to stop it. */
class Closed extends Error {}

/**
 * A second part read in the calling thread (tests: many splits without a thread each), its outcome
 * passed through `structuredClone` with its buffers transferred, as `postMessage` does.
 *
 * @param onBytes - called after each chunk
 */
export function inThreadPart(onBytes: () => void): SecondPart {
  let bytes = 0;
  let rows = 0;
  let failure: SecondPart['failure'] = null;
  let closed = false;
  let run: Promise<PartOutcome | typeof WORKER_ERROR> | null = null;
  let ids: (() => string[]) | null = null;
  return {
    get bytes() {
      return bytes;
    },
    get rows() {
      return rows;
    },
    get failure() {
      return failure;
    },
    start: (job) => {
      run = readSecondPart(job, (b, r) => {
        if (closed) throw new Closed();
        bytes = b;
        rows = r;
        onBytes();
      }).then(
        (r) => {
          ids = r.ids;
          if (!r.outcome.ok) failure ??= r.outcome.reason;
          return structuredClone(r.outcome, { transfer: r.transfer });
        },
        () => {
          failure ??= WORKER_ERROR;
          return WORKER_ERROR;
        },
      );
    },
    outcome: () => run ?? Promise.resolve(WORKER_ERROR),
    ids: () => Promise.resolve(ids === null ? WORKER_ERROR : ids()),
    close: () => {
      closed = true;
      return Promise.resolve();
    },
  };
}
