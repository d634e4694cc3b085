// `node bench/hashes.mjs [file.csv …]` (after `npm run build`): the SHA-256 of the import result, the
// mapping and the published table the BUILT library makes of each employee CSV, by default of every payroll the bench
// has generated (bench/data/employees-*.csv; `npm run bench` writes them). A change that must leave
// every figure as it was (a refactoring of the engine or the readers) prints the same hashes before
// and after: run this on main, then on the branch, and compare (CONTRIBUTING.md, "Identical output").
//
// The file is read as the bench reads it: `mapEmployeesCsvFile` of likestilling/node (two threads
// for a big file), financial year 2025, then `publish` with the default policy.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'dist', 'node.js'))) {
  console.error('hashes: dist/ is missing: run `npm run build` first.');
  process.exit(2);
}
const { publish } = await import(join(root, 'dist', 'index.js'));
const { mapEmployeesCsvFile } = await import(join(root, 'dist', 'node.js'));

const YEAR = 2025; // the bench's year (bench/generate.ts, BENCH_YEAR)
const data = join(root, 'bench', 'data');
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : existsSync(data)
      ? readdirSync(data)
          .filter((f) => /^employees-\d+-.*\.csv$/.test(f))
          .sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]))
          .map((f) => join(data, f))
      : [];
if (files.length === 0) {
  console.error('hashes: no file given and no payroll in bench/data (run `npm run bench` once, or name a CSV file).');
  process.exit(2);
}

const sha256 = (value) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
for (const file of files) {
  const result = await mapEmployeesCsvFile(file, { statistics: { year: YEAR }, csv: { file: basename(file), year: YEAR } });
  if (result.mapping === null) {
    console.log(`${basename(file)}  fatal: no mapping (${result.imported.fatal})`);
    process.exitCode = 1;
    continue;
  }
  const published = await publish(result.mapping);
  const { read, rejected } = result.imported;
  console.log(`${basename(file)}  read ${read}, rejected ${rejected}`);
  console.log(`  import     ${sha256(result.imported)}`); // the diagnostics and counts of the reader
  console.log(`  mapping    ${sha256(result.mapping)}`);
  console.log(`  published  ${sha256(published)}`);
}
