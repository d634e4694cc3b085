import type { Diagnostic } from '../../../_lib/diagnostics.js';
import { CsvImportProfileSchema, type CsvImportOptions, type CsvImportProfile } from '../csvImportOptions.js';
import type { ByteDecoder } from './decoder.js';

/** Splits the options into the validated profile, the file name and the callbacks. @internal */
export function readOptions(options: CsvImportOptions): {
  profile: CsvImportProfile;
  file: string | undefined;
  onProgress: CsvImportOptions['onProgress'];
  onRecords: CsvImportOptions['onRecords'];
} {
  const { file, onProgress, onRecords, ...rest } = options;
  if (onRecords !== undefined && typeof onRecords !== 'function') throw new TypeError('invalid CSV import options: onRecords: expected a function');
  const parsed = CsvImportProfileSchema.safeParse(rest);
  if (!parsed.success) {
    throw new TypeError(`invalid CSV import options: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`).join('; ')}`);
  }
  return { profile: parsed.data, file, onProgress, onRecords };
}

/** The warning for replaced bytes, if any. @internal */
export function encodingDiagnostics(decoder: ByteDecoder, file: string | undefined): Diagnostic[] {
  if (!decoder.invalidBytes) return [];
  const d: Diagnostic = { code: 'invalid_encoding', severity: 'warning', path: [], expected: decoder.encoding };
  return [file === undefined ? d : { ...d, file }];
}
