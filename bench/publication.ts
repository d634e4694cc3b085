/**
 * `npm run bench:publication`: issue 14's speed goal for the anonymisation — the bench's
 * 1 000 000-employment payroll (13 levels, 64 groups, 200 units; bench/generate.ts) published and
 * audited within 30 seconds.
 *
 * The mapping is computed first (`mapEmployeesCsvFile` of `likestilling/node`, not timed here: that
 * is `npm run bench`); then, round by round, `publish(mapping)` and `auditPublication` of its JSON.
 * The built package is measured (`dist/`). Usage:
 * `npm run bench:publication -- [--size 1000000] [--rounds 2] [--seed N]`.
 *
 * With `--units 200,1000,4000` it measures the large employers of the anonymisation's tests instead
 * (tests/anonymisation/_big.ts: units in a three-level tree, about four employees each, 12 levels,
 * 30 groups): `publish` and `auditPublication` of each, wall and CPU time, the first round cold.
 * `--shape chain` makes the units one chain, each inside the last, and `--shape siblings` puts them
 * side by side under one parent (a woman and a man in each unit, both shapes).
 * With `--example`, the example payroll (examples/data/employees-2025.csv, 3 400 employments) the
 * same way: `npm run bench:publication -- --example --rounds 5`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { AuditReport, PublishedMapping } from '../src/anonymisation/index.js';
import type { CliIO } from '../src/cli/io.js';
import type { Mapping } from '../src/statistics/types.js';
import { timed } from './_lib/cpu.js';
import { ROOT } from './_lib/paths.js';
import { BENCH_YEAR, DEFAULT_SEED, ensurePayroll } from './generate.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '2' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    units: { type: 'string' },
    example: { type: 'boolean', default: false },
    shape: { type: 'string', default: 'tree' },
  },
  strict: true,
});
const size = Number(values.size);
const rounds = Number(values.rounds);
const dist = process.env['LIKESTILLING_BENCH_DIST'] ?? join(ROOT, 'dist');
const load = async <T>(name: string): Promise<T> => (await import(pathToFileURL(join(dist, `${name}.js`)).href)) as T;

const core = await load<{ publish: (m: Mapping) => Promise<PublishedMapping>; auditPublication: (t: unknown) => Promise<AuditReport> }>('index');
const node = await load<{ mapEmployeesCsvFile: NonNullable<CliIO['mapEmployeesCsvFile']> }>('node');

if (values.units !== undefined) {
  await largeEmployers(values.units.split(',').map(Number));
  process.exit(0);
}
if (values.example) {
  // the payroll `npm run example` publishes (examples/data/employees-2025.csv)
  const { mapping: example } = await node.mapEmployeesCsvFile(join(ROOT, 'examples', 'data', 'employees-2025.csv'), { statistics: { year: 2025 } });
  if (example === null) throw new Error('the example payroll: no mapping');
  await publishAndAudit(`the example payroll (${example.byUnit.length} units)`, example);
  process.exit(0);
}

const file = ensurePayroll(size, Number(values.seed));
const { mapping } = await node.mapEmployeesCsvFile(file, { statistics: { year: BENCH_YEAR } });
if (mapping === null) throw new Error(`${file}: no mapping`);
const units = mapping.byUnit.length;
console.log(`publication of the bench's payroll: ${size.toLocaleString('en')} employments, ${units} units (${file})`);
const best = { publish: Infinity, audit: Infinity };
for (let round = 1; round <= rounds; round++) {
  let t = performance.now();
  const published = await core.publish(mapping);
  const publishMs = performance.now() - t;
  const json = JSON.parse(JSON.stringify(published)) as unknown;
  t = performance.now();
  const report = await core.auditPublication(json);
  const auditMs = performance.now() - t;
  best.publish = Math.min(best.publish, publishMs);
  best.audit = Math.min(best.audit, auditMs);
  console.log(
    `round ${round}: publish ${(publishMs / 1000).toFixed(2)} s (${published.suppressed.length} hidden), audit ${(auditMs / 1000).toFixed(2)} s (${report.clean ? 'clean' : `${report.findings.length} findings`})`,
  );
}
console.log(
  `best: publish ${(best.publish / 1000).toFixed(2)} s + audit ${(best.audit / 1000).toFixed(2)} s = ${((best.publish + best.audit) / 1000).toFixed(2)} s (goal: 30 s)`,
);

/** Publishes and audits the tests' large employers of each size, round by round. */
async function largeEmployers(sizes: readonly number[]): Promise<void> {
  const { bigEmployer, chainEmployer, siblingEmployer } = await import('../tests/anonymisation/_big.js');
  const shapes = { tree: bigEmployer, chain: chainEmployer, siblings: siblingEmployer } as const;
  const shape = values.shape;
  if (!(shape === 'tree' || shape === 'chain' || shape === 'siblings')) throw new Error(`--shape ${shape}: expected tree, chain or siblings`);
  const records = shapes[shape];
  const statistics = await load<{
    computeMapping: (records: unknown[], options: { year: number }) => Mapping;
    EmployeeSchema: { parse: (x: unknown) => unknown };
  }>('index');
  for (const units of sizes) {
    const mapping = statistics.computeMapping(
      records(units).map((x) => statistics.EmployeeSchema.parse(x)),
      { year: 2025 },
    );
    await publishAndAudit(shape === 'tree' ? `${units} units` : `${units} units (${shape})`, mapping);
  }
}

/** Publishes a mapping and audits its JSON, round by round (the first round cold): wall and CPU time. */
async function publishAndAudit(label: string, mapping: Mapping): Promise<void> {
  for (let round = 1; round <= rounds; round++) {
    const publish = await timed(() => core.publish(mapping));
    const json = JSON.parse(JSON.stringify(publish.value)) as unknown;
    const audit = await timed(() => core.auditPublication(json));
    const ms = (t: { wallMs: number; cpuMs: number }): string => `${(t.wallMs / 1000).toFixed(2)} s (CPU ${(t.cpuMs / 1000).toFixed(2)} s)`;
    console.log(
      `${label}, round ${round}: publish ${ms(publish)}, ${publish.value.suppressed.length} hidden; audit ${ms(audit)}, ${audit.value.clean ? 'clean' : `${audit.value.findings.length} findings`}`,
    );
  }
}
