/**
 * The `likestilling/a-melding` subpath: reads the monthly a-melding XML (versions 2.2 and 2.3)
 * of one legal entity into canonical employee records, joined with HR data (ARP.md §7, issue 5).
 * @packageDocumentation
 */
export * from './options.js';
export * from './hrRecord.js';
export * from './payCodes.js';
export * from './readAMelding.js';
export * from './parseHrCsv.js';
/** The limits every reader puts on hostile input, and how a diagnostic describes what it found. */
export { INPUT_LIMITS, type FoundShape } from '../../_lib/diagnostics.js';
