/** The example pipeline of `examples/run.mjs`, from the sources, for the golden and browser tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publish } from '../../src/anonymisation/index.js';
import { parseEmployeesCsv } from '../../src/io/csv/index.js';
import { EmployerSchema, EqualityCycleSchema } from '../../src/models/index.js';
import { ReportSchema, StatementOptionsSchema, buildStatement, type Report } from '../../src/report/index.js';
import { computeMapping } from '../../src/statistics/index.js';

/** The example's data folder. */
export const EXAMPLE_DATA = fileURLToPath(new URL('../../examples/data', import.meta.url));

const json = (name: string): unknown => JSON.parse(readFileSync(join(EXAMPLE_DATA, name), 'utf8'));

/** Builds the example statement for 2025 exactly as `examples/run.mjs` does. */
export async function exampleStatement(): Promise<{ report: Report; csv: string }> {
  const csv = readFileSync(join(EXAMPLE_DATA, 'employees-2025.csv'), 'utf8');
  const employer = EmployerSchema.parse(json('employer.json'));
  const cycle = EqualityCycleSchema.parse(json('cycle-2025.json'));
  const previous = ReportSchema.parse(json('statement-2024.json'));
  const imported = parseEmployeesCsv(csv, { file: 'employees-2025.csv', year: 2025 });
  if (imported.errors > 0) throw new Error(`example data have ${imported.errors} errors`);
  const mapping = computeMapping(imported.records, { year: 2025, fiscalYearEnd: employer.fiscalYearEnd });
  const options = StatementOptionsSchema.parse(json('statement-options.json'));
  const assessment = json('assessment-2025.json') as string[];
  return { report: buildStatement({ employer, year: 2025, published: await publish(mapping), previous, cycle, options, assessment }), csv };
}
