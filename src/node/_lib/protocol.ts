/**
 * The messages between the calling thread and the CSV worker thread (`csvWorker.ts`).
 * @internal
 */
import type { PartJob, PartOutcome } from './secondPart.js';

/** To the worker: the job once the header is known; then, if needed, a request for its employee ids. @internal */
export type ToWorker = { readonly type: 'job'; readonly job: PartJob } | { readonly type: 'ids' };

/** From the worker. @internal */
export type FromWorker =
  | { readonly type: 'progress'; readonly bytes: number; readonly rows: number }
  | { readonly type: 'done'; readonly outcome: PartOutcome }
  | { readonly type: 'ids'; readonly ids: readonly string[] }
  | { readonly type: 'failed'; readonly message: string };
