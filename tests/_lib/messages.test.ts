import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, type Diagnostic } from '../../src/_lib/diagnostics.js';
import { formatDiagnostic, LANGUAGES } from '../../src/_lib/messages.js';

describe('formatDiagnostic', () => {
  it('names the file, the record and the field, and fills parameters', () => {
    const d: Diagnostic = {
      code: 'unknown_sex_value',
      severity: 'error',
      file: 'employees.csv',
      record: 12,
      path: ['gender'],
      expected: 'female|male|other|unknown',
      found: 'x',
    };
    expect(formatDiagnostic(d)).toBe(
      'employees.csv, record 12, field gender: unknown sex value; expected female|male|other|unknown (found "x")',
    );
    expect(formatDiagnostic(d, 'nb')).toBe(
      'employees.csv, post 12, felt gender: ukjent verdi for kjønn; forventet female|male|other|unknown (fant "x")',
    );
  });

  it('has a message for every code in every language, with no unfilled placeholder left for given params', () => {
    for (const lang of LANGUAGES) {
      for (const code of DIAGNOSTIC_CODES) {
        const text = formatDiagnostic(
          {
            code,
            severity: 'error',
            path: [],
            expected: 'E',
            params: { columns: ['a', 'b'], reason: 'R', step: 'a', kind: 'finding', element: 'x', figure: 'y', mappedYear: 2022, firstRecord: 3, argument: '--x', limit: 32, kept: 10, omitted: 5 },
          },
          lang,
        );
        expect(text.length, `${lang}/${code}`).toBeGreaterThan(5);
        expect(text, `${lang}/${code}`).not.toContain('{');
        expect(text, `${lang}/${code}`).not.toContain('?');
      }
    }
  });
});
