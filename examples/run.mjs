// `npm run example` (after `npm run build`): the example statement of the bundled fictional public
// agency, from its employee CSV, employer, the year's cycle and last year's statement, into
// examples/output/: statement.{json,md,html,xlsx} in bokmål, statement.en.{md,html} in English and
// statement.nn.{md,html} in nynorsk.
// Uses the BUILT package (dist/), as a user would.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EmployerSchema,
  EqualityCycleSchema,
  ReportSchema,
  buildStatement,
  computeMapping,
  publish,
  renderHtml,
  renderMarkdown,
} from '../dist/index.js';
import { parseEmployeesCsv } from '../dist/csv.js';
import { renderWorkbook } from '../dist/xlsx.js';

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, 'data');
const out = join(here, 'output');
const year = 2025;

const readJson = async (name) => JSON.parse(await readFile(join(data, name), 'utf8'));

const employer = EmployerSchema.parse(await readJson('employer.json'));
const cycle = EqualityCycleSchema.parse(await readJson('cycle-2025.json'));
const previous = ReportSchema.parse(await readJson('statement-2024.json'));

const imported = parseEmployeesCsv(await readFile(join(data, 'employees-2025.csv')), { file: 'employees-2025.csv', year });
if (imported.errors > 0) throw new Error(`the example data have ${imported.errors} errors`);
const mapping = computeMapping(imported.records, { year, fiscalYearEnd: employer.fiscalYearEnd });
const published = await publish(mapping);
const options = await readJson('statement-options.json');
const assessment = await readJson('assessment-2025.json');
const report = buildStatement({ employer, year, published, previous, cycle, options, assessment });

await mkdir(out, { recursive: true });
await writeFile(join(out, 'statement.json'), JSON.stringify(report, null, 2) + '\n');
await writeFile(join(out, 'statement.md'), renderMarkdown(report, { lang: 'nb' }));
await writeFile(join(out, 'statement.html'), renderHtml(report, { lang: 'nb' }));
await writeFile(join(out, 'statement.en.md'), renderMarkdown(report, { lang: 'en' }));
await writeFile(join(out, 'statement.en.html'), renderHtml(report, { lang: 'en' }));
await writeFile(join(out, 'statement.nn.md'), renderMarkdown(report, { lang: 'nn' }));
await writeFile(join(out, 'statement.nn.html'), renderHtml(report, { lang: 'nn' }));
await writeFile(join(out, 'statement.xlsx'), await renderWorkbook(report, { lang: 'nb' }));

process.stdout.write(
  `example statement ${year} for ${employer.name}: ${imported.read} employments read, ` +
    `${report.part1?.tables.length ?? 0} tables, ${published.suppressed.length} hidden values, ` +
    `complete: ${report.completeness.complete}\nwritten to ${out}\n`,
);
