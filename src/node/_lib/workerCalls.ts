/**
 * The calling side of a worker thread of `likestilling/node` ({@link startMappingWorker},
 * {@link startPayTransparencyWorker}): the thread started from a built file of this package, jobs
 * sent with an id and their replies matched to them, calls done one after the other, every pending
 * call rejected when the thread fails or is closed.
 * @internal
 */
import { Worker } from 'node:worker_threads';
import { z } from 'zod';

/** The options both workers take: `minPersons` and the worker script. @internal */
export const WorkerOptionsSchema = z
  .strictObject({ minPersons: z.int().min(0).optional(), workerUrl: z.instanceof(URL, { message: 'expected a URL' }).optional() })
  .optional();

/** A started worker thread's calls. @internal */
export interface WorkerCalls<Job extends { readonly id: number }, Reply> {
  /** The failure that ends every call, if any. */
  failure(): Error | null;
  /** Sends a job (its id from `nextId`) and resolves with the reply of that id. */
  send(job: Job): Promise<Reply>;
  /** The next job id. */
  nextId(): number;
  /**
   * Runs `check` now (a bad call rejects at once), then `run` after every earlier call ended (each
   * needs both threads).
   */
  call<T>(check: () => void, run: () => Promise<T>): Promise<T>;
  /** Rejects every pending and later call, and stops the thread. */
  close(): Promise<void>;
}

/**
 * Starts the worker thread at `url`; `name` names it in errors ("the mapping worker failed: …").
 * The thread does not keep the process alive while no call is pending.
 * @internal
 */
export function startWorkerCalls<Job extends { readonly id: number }, Reply extends { readonly id: number }>(url: URL, name: string): WorkerCalls<Job, Reply> {
  // none of the process's Node options: the worker is a built file of this package
  const worker = new Worker(url, { execArgv: [] });
  worker.unref();
  let failure: Error | null = null;
  let nextId = 0;
  const pending = new Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>();
  let queue: Promise<unknown> = Promise.resolve();

  const failAll = (error: Error): void => {
    failure ??= error;
    for (const p of pending.values()) p.reject(failure);
    pending.clear();
  };
  worker.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    if (p === undefined) return;
    pending.delete(reply.id);
    if (pending.size === 0) worker.unref();
    p.resolve(reply);
  });
  worker.on('error', (error) => failAll(new Error(`likestilling: the ${name} failed: ${error.message}`)));
  worker.on('exit', (code) => failAll(new Error(`likestilling: the ${name} stopped (exit code ${code})`)));

  return {
    failure: () => failure,
    nextId: () => nextId++,
    send: (job) =>
      new Promise((resolve, reject) => {
        if (failure !== null) {
          reject(failure);
          return;
        }
        pending.set(job.id, { resolve, reject });
        worker.ref();
        worker.postMessage(job);
      }),
    call: <T>(check: () => void, run: () => Promise<T>): Promise<T> => {
      try {
        check();
      } catch (error) {
        return Promise.reject(error);
      }
      const result = queue.then(run);
      queue = result.catch(() => undefined);
      return result;
    },
    close: async () => {
      failAll(new Error(`likestilling: the ${name} was closed`));
      await worker.terminate();
    },
  };
}
