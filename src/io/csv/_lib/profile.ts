import type { Diagnostic } from '../../../_lib/diagnostics.js';
import { z } from 'zod';
import { invalidInput, parseArgument } from '../../_lib/invalidInput.js';
import { plainDataIssues } from '../../_lib/plainData.js';
import { CsvImportProfileSchema, type CsvImportOptions, type CsvImportProfile } from '../csvImportOptions.js';
import type { ByteDecoder } from './decoder.js';
import { expecting } from '../../../locales/index.js';
import { inputIssue } from '../../../_lib/input.js';

const fn = () =>
  z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', {
    message: 'a function',
    params: { code: 'invalid_type', ...expecting('function') },
  });

/** Every option of the CSV readers: the profile, the file name and the callbacks. */
const CsvImportOptionsSchema = CsvImportProfileSchema.extend({
  file: z.string().optional(),
  onProgress: fn().optional(),
  onRecords: fn().optional(),
});

/**
 * Splits the options into the validated profile, the file name and the callbacks, or throws the
 * input error naming every bad option (`options.columnMapping.Navn`, `options.onRecords`). @internal
 */
export function readOptions(
  entry: string,
  options: CsvImportOptions | undefined,
): {
  profile: CsvImportProfile;
  file: string | undefined;
  onProgress: CsvImportOptions['onProgress'];
  onRecords: CsvImportOptions['onRecords'];
} {
  const { file, onProgress, onRecords, ...profile } = parseArgument(
    entry,
    CsvImportOptionsSchema,
    options === undefined ? {} : options,
    'options',
    plainDataIssues(options, ['options']),
  );
  return { profile, file, onProgress: onProgress as CsvImportOptions['onProgress'], onRecords: onRecords as CsvImportOptions['onRecords'] };
}

/** Checks the text or bytes handed to a reader. @internal */
export function checkTextInput(entry: string, input: unknown): asserts input is string | Uint8Array {
  if (typeof input !== 'string' && !(input instanceof Uint8Array))
    throw invalidInput(entry, [inputIssue(['input'], input === undefined ? 'required' : 'invalid_type', expecting('textOrBytes'))]);
}

/** The warning for replaced bytes, if any. @internal */
export function encodingDiagnostics(decoder: ByteDecoder, file: string | undefined): Diagnostic[] {
  if (!decoder.invalidBytes) return [];
  const d: Diagnostic = { code: 'invalid_encoding', severity: 'warning', path: [], ...expecting('encoding', { encoding: decoder.encoding }) };
  return [file === undefined ? d : { ...d, file }];
}
