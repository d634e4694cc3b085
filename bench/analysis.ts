/**
 * `npm run bench:analysis`: issue 19's speed goal for `likestilling/analysis` — the analysis of
 * 100 000 employments with the default factors faster than the CSV → report time of the same file.
 *
 * On the benchmark's seeded payroll (bench/generate.ts), in one process, alternating round by round
 * (the same machine load on both sides; best round of each counts):
 *
 * - CSV → report: `mapEmployeesCsvFile` of `likestilling/node` + `JSON.stringify` (the path of
 *   `npm run bench`'s goal, as the CLI's `report` takes it);
 * - analysis: `analyseGap(records, { statistics: { year }, breakdowns })` on the records in memory
 *   (the default factors: level, group, seniority and its square, part-time; the decompositions by
 *   level, group and level × group; the adjusted gap; the adjusted gap in each job group);
 * - and, for reference, the adjusted gap alone and CSV → analysis (parse the file, then analyse).
 *
 * The built package is measured (`dist/`, imported by path). Usage:
 * `npm run bench:analysis -- [--size 100000] [--rounds 5] [--seed N]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { AnalysisOptions, GapAnalysis } from '../src/analysis/index.js';
import type { CliIO } from '../src/cli/io.js';
import type { Employee } from '../src/models/employee.js';
import type { ImportResult } from '../src/io/_lib/types.js';
import { ROOT } from './_lib/paths.js';
import { BENCH_YEAR, DEFAULT_SEED, ensurePayroll } from './generate.js';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '100000' }, rounds: { type: 'string', default: '5' }, seed: { type: 'string', default: String(DEFAULT_SEED) } },
  strict: true,
});
const size = Number(values.size);
const rounds = Number(values.rounds);
const dist = process.env['LIKESTILLING_BENCH_DIST'] ?? join(ROOT, 'dist');
const load = async <T>(name: string): Promise<T> => (await import(pathToFileURL(join(dist, `${name}.js`)).href)) as T;

const analysis = await load<{
  analyseGap: (r: readonly Employee[], o: AnalysisOptions) => GapAnalysis;
  adjustedGap: (r: readonly Employee[], o: AnalysisOptions) => unknown;
}>('analysis');
const csv = await load<{ parseEmployeesCsv: (input: Uint8Array, o: { file: string; year: number }) => ImportResult }>('csv');
const node = await load<{ mapEmployeesCsvFile: NonNullable<CliIO['mapEmployeesCsvFile']> }>('node');

const file = ensurePayroll(size, Number(values.seed));
const records = csv.parseEmployeesCsv(readFileSync(file), { file, year: BENCH_YEAR }).records;
const options: AnalysisOptions = { statistics: { year: BENCH_YEAR }, breakdowns: ['level', 'group', 'level*group'] };
const gc = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);
const now = (): number => performance.now();

async function report(): Promise<number> {
  const t0 = now();
  const result = await node.mapEmployeesCsvFile(file, { statistics: { year: BENCH_YEAR }, csv: { file, year: BENCH_YEAR } });
  JSON.stringify(result.mapping, null, 2);
  return now() - t0;
}
function analyse(): number {
  const t0 = now();
  JSON.stringify(analysis.analyseGap(records, options));
  return now() - t0;
}
function adjustedOnly(): number {
  const t0 = now();
  analysis.adjustedGap(records, { statistics: { year: BENCH_YEAR } });
  return now() - t0;
}
function csvToAnalysis(): number {
  const t0 = now();
  const read = csv.parseEmployeesCsv(readFileSync(file), { file, year: BENCH_YEAR }).records;
  JSON.stringify(analysis.analyseGap(read, options));
  return now() - t0;
}

const series: Record<string, number[]> = { report: [], analyse: [], adjusted: [], csvToAnalysis: [] };
for (let r = 0; r < rounds; r++) {
  // the order of the sides turns each round
  const tasks: [string, () => number | Promise<number>][] = [
    ['report', report],
    ['analyse', analyse],
    ['adjusted', adjustedOnly],
    ['csvToAnalysis', csvToAnalysis],
  ];
  for (let i = 0; i < tasks.length; i++) {
    const [name, task] = tasks[(i + r) % tasks.length]!;
    gc();
    series[name]!.push(await task());
  }
}
const best = (xs: readonly number[]): number => Math.min(...xs);
const a = analysis.analyseGap(records, options);
const fmt = (ms: number): string => `${ms.toFixed(0)} ms`;
console.log(`likestilling/analysis bench — ${new Date().toISOString()} — node ${process.version}; ${size.toLocaleString('en')} employments (${file})`);
console.log(
  `analysed: ${a.population.women + a.population.men} pay-eligible persons, ${a.adjusted.n} in the regression with ${a.adjusted.factors.length} factors (${a.adjusted.degreesOfFreedom === null ? '?' : a.adjusted.n - a.adjusted.degreesOfFreedom} columns), ${a.byGroup.length} job groups`,
);
for (const [name, xs] of Object.entries(series)) console.log(`${name.padEnd(14)} best ${fmt(best(xs))}   rounds ${xs.map(fmt).join(', ')}`);
const ratio = best(series['analyse']!) / best(series['report']!);
console.log(`goal: analysis (records in memory) faster than CSV → report: ${ratio.toFixed(2)}× ${ratio < 1 ? 'met' : 'NOT met'}`);
if (ratio >= 1) process.exitCode = 1;
