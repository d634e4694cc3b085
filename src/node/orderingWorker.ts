/**
 * The worker thread of {@link startMappingWorker} and {@link startPayTransparencyWorker} (built as
 * its own file, `dist/node-ordering-worker.js` and `.cjs`): runs the pay orderings of a finalization,
 * or the pay-transparency bands and categories, that the calling thread sends, and posts their
 * figures back. Does nothing when not started as a worker.
 * @internal
 * @packageDocumentation
 */
import { parentPort } from 'node:worker_threads';
import { finalizeInParts } from '../statistics/finalizeInParts.js';
import { categoryFigures, quartileBands } from '../transparency/internal.js';
import type { OrderingJob, OrderingReply, TransparencyJob, TransparencyReply } from './_lib/orderingProtocol.js';

const port = parentPort;
if (port !== null) {
  port.on('message', (job: OrderingJob | TransparencyJob) => {
    let reply: OrderingReply | TransparencyReply;
    try {
      if (job.kind === 'transparency') {
        const state = { ...job.state, scratch: null };
        reply = {
          id: job.id,
          ok: true,
          quartiles: quartileBands(state, job.options),
          categories: categoryFigures(state, job.options, job.from, state.categories.length),
        };
      } else reply = { id: job.id, ok: true, results: finalizeInParts.runTasks(job.plan, job.tasks) };
    } catch (error) {
      reply = { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
