import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    csv: 'src/io/csv/index.ts',
    'a-melding': 'src/io/a-melding/index.ts',
    xlsx: 'src/io/xlsx/index.ts',
    cli: 'src/cli/index.ts',
    bin: 'src/cli/bin.ts',
    node: 'src/node/index.ts',
    transparency: 'src/transparency/index.ts',
    analysis: 'src/analysis/index.ts',
    // the worker threads of likestilling/node, files of their own (found beside the module that starts it)
    'node-csv-worker': 'src/node/csvWorker.ts',
    'node-ordering-worker': 'src/node/orderingWorker.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  // import.meta.url in the CommonJS build (likestilling/node finds its worker file with it)
  shims: true,
  target: 'node20',
  define: { __LIKESTILLING_VERSION__: JSON.stringify(version) },
});
