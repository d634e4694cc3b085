/**
 * Where the CSV worker's script is: `node-csv-worker.js` beside the ES module build,
 * `node-csv-worker.cjs` beside the CommonJS one (tsup's shim gives `import.meta.url` there). Run
 * from source, there is no such file: the worker fails to start, and the file is read in one part.
 * @internal
 */
export function defaultWorkerUrl(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.cjs') ? './node-csv-worker.cjs' : './node-csv-worker.js', here);
}

/** Where the ordering worker's script of {@link startMappingWorker} is (as {@link defaultWorkerUrl}). @internal */
export function defaultOrderingWorkerUrl(): URL {
  const here = import.meta.url;
  return new URL(here.endsWith('.cjs') ? './node-ordering-worker.cjs' : './node-ordering-worker.js', here);
}
