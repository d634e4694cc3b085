import { describe, expectTypeOf, it } from 'vitest';
import type { Employee } from '../../../src/models/employee.js';
import {
  readAMelding,
  parseHrCsv,
  type AMeldingFile,
  type AMeldingImportResult,
  type AMeldingOptionsInput,
  type HrRecord,
} from '../../../src/io/a-melding/index.js';
import type { ImportResult } from '../../../src/io/_lib/types.js';

describe('a-melding API types', () => {
  it('readAMelding takes files and optional options and returns an ImportResult', () => {
    expectTypeOf(readAMelding).parameter(0).toEqualTypeOf<readonly AMeldingFile[]>();
    expectTypeOf(readAMelding).parameter(1).toEqualTypeOf<AMeldingOptionsInput | undefined>();
    expectTypeOf(readAMelding).returns.resolves.toEqualTypeOf<AMeldingImportResult>();
    expectTypeOf<AMeldingImportResult>().toExtend<ImportResult>();
    expectTypeOf<AMeldingImportResult['records']>().toEqualTypeOf<readonly Employee[]>();
  });
  it('a file is text, bytes or a byte stream', () => {
    expectTypeOf<{ name: 'a'; content: 'x' }>().toExtend<AMeldingFile>();
    expectTypeOf<{ name: 'a'; content: Uint8Array }>().toExtend<AMeldingFile>();
    expectTypeOf<{ name: 'a'; content: AsyncIterable<Uint8Array> }>().toExtend<AMeldingFile>();
    expectTypeOf<{ name: 'a'; content: number }>().not.toExtend<AMeldingFile>();
  });
  it('options: all optional; sex only from the closed list', () => {
    expectTypeOf<Record<never, never>>().toExtend<AMeldingOptionsInput>();
    expectTypeOf<{ hr: [{ nationalId: string; sex: 'female' }] }>().toExtend<AMeldingOptionsInput>();
    expectTypeOf<{ hr: [{ nationalId: string; sex: 'K' }] }>().not.toExtend<AMeldingOptionsInput>();
    expectTypeOf(parseHrCsv).returns.toHaveProperty('records').toEqualTypeOf<readonly HrRecord[]>();
  });
});
