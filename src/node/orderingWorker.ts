/**
 * The worker thread of {@link startMappingWorker} (built as its own file,
 * `dist/node-ordering-worker.js` and `.cjs`): runs the pay orderings of a finalization that the
 * calling thread sends, and posts their figures back. Does nothing when not started as a worker.
 * @internal
 * @packageDocumentation
 */
import { parentPort } from 'node:worker_threads';
import { finalizeInParts } from '../statistics/finalizeInParts.js';
import type { OrderingJob, OrderingReply } from './_lib/orderingProtocol.js';

const port = parentPort;
if (port !== null) {
  port.on('message', (job: OrderingJob) => {
    let reply: OrderingReply;
    try {
      reply = { id: job.id, ok: true, results: finalizeInParts.runTasks(job.plan, job.tasks) };
    } catch (error) {
      reply = { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
