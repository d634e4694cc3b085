// `npm run example` (after `npm run build`): the example statement of the bundled fictional public
// agency, made by the BUILT command line as a user makes it:
//
//   likestilling report --config examples/statement.json
//
// from its employee CSV, employer, the year's cycle, the assessment and last year's statement
// (examples/data/), into examples/output/: statement.{json,md,html,xlsx} in bokmål,
// statement.nn.{md,html} in nynorsk, statement.en.{md,html} in English and statement.auditor.html
// (bokmål, with the appendix of rule IDs). The outputs are committed (but the workbook):
// tests/report/example.test.ts checks that this route reproduces them byte for byte.
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../dist/cli.js';

const here = dirname(fileURLToPath(import.meta.url));
const config = relative(process.cwd(), join(here, 'statement.json')) || 'statement.json';
process.exitCode = await runCli(['report', '--config', config, ...process.argv.slice(2)]);
