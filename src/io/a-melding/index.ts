/**
 * The monthly a-melding (XML, versions 2.2 and 2.3) of one legal entity for a financial year, read
 * into canonical employee records ({@link readAMelding}), joined with an HR file for what the
 * a-melding lacks — sex, job level and group, unit, involuntary part-time ({@link parseHrCsv})
 * (ARP.md §7). Population and facts come from the reference date's month; irregular pay is
 * averaged over the months an employment was active. A national id never reaches a record or a
 * diagnostic.
 *
 * @example
 * ```ts
 * import { readdir, readFile } from 'node:fs/promises';
 * import { computeMapping } from 'likestilling';
 * import { parseHrCsv, readAMelding } from 'likestilling/a-melding';
 *
 * const folder = 'tests/fixtures/a-melding/2025'; // twelve months of a fictional employer
 * const hr = parseHrCsv(await readFile(`${folder}/hr.csv`), { file: 'hr.csv' });
 * const names = (await readdir(folder)).filter((name) => name.endsWith('.xml'));
 * const files = await Promise.all(names.map(async (name) => ({ name, content: await readFile(`${folder}/${name}`) })));
 * const am = await readAMelding(files, { year: 2025, hr: hr.records });
 * if (!am.fatal) console.log(computeMapping(am.records, { year: 2025 }).population); // { women, men, other, unknown, total }
 * ```
 * @packageDocumentation
 * @module likestilling/a-melding
 */
export * from './options.js';
export * from './hrRecord.js';
export * from './payCodes.js';
export * from './readAMelding.js';
export * from './parseHrCsv.js';
/** The limits every reader puts on hostile input, and how a diagnostic describes what it found. */
export { INPUT_LIMITS, type FoundShape } from '../../_lib/diagnostics.js';
