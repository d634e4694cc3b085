/**
 * The worker thread of {@link mapEmployeesCsvFile} (built as its own file, `dist/node-csv-worker.js`
 * and `.cjs`): reads the second part of a CSV file on a job from the calling thread, posts its
 * progress, then its outcome with the partial mapping's columns moved, not copied; on request, its
 * employee ids. Does nothing when not started as a worker.
 * @internal
 * @packageDocumentation
 */
import { parentPort } from 'node:worker_threads';
import type { FromWorker, ToWorker } from './_lib/protocol.js';
import { readSecondPart, type PartResult } from './_lib/secondPart.js';

const port = parentPort;
if (port !== null) {
  const post = (message: FromWorker, transfer?: ArrayBuffer[]): void => port.postMessage(message, transfer);
  let result: PartResult | null = null;
  port.on('message', (message: ToWorker) => {
    if (message.type === 'job') {
      readSecondPart(message.job, (bytes, rows) => post({ type: 'progress', bytes, rows })).then(
        (r) => {
          result = r;
          post({ type: 'done', outcome: r.outcome }, r.transfer);
        },
        (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    } else {
      post({ type: 'ids', ids: result === null ? [] : result.ids() });
    }
  });
}
