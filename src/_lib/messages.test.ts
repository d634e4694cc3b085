import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, type Diagnostic } from './diagnostics.js';
import { formatDiagnostic, LANGUAGES } from './messages.js';
import { expecting } from '../locales/index.js';

describe('formatDiagnostic', () => {
  it('names the file, the record and the field, and fills parameters, in English, bokmål and nynorsk', () => {
    const d: Diagnostic = {
      code: 'unknown_sex_value',
      severity: 'error',
      file: 'employees.csv',
      record: 12,
      path: ['gender'],
      ...expecting('sexCode'),
      found: 'x',
    };
    expect(formatDiagnostic(d)).toBe('employees.csv, record 12, field gender: unknown sex value; expected female|male|other|unknown (found "x")');
    expect(formatDiagnostic(d, 'nb')).toBe(
      'employees.csv, post 12, felt «gender»: ukjent verdi for kjønn; forventet «female», «male», «other» eller «unknown» (fant «x»)',
    );
    expect(formatDiagnostic(d, 'nn')).toBe(
      'employees.csv, post 12, felt «gender»: ukjend verdi for kjønn; venta «female», «male», «other» eller «unknown» (fann «x»)',
    );
  });

  it('says what was expected in the reader language from the expectation, not from the English text', () => {
    const d: Diagnostic = {
      code: 'invalid_number',
      severity: 'error',
      record: 3,
      path: ['positionPercent'],
      ...expecting('csvNumber'),
      params: { column: 'Stillingsprosent', line: 4 },
    };
    expect(d.expected).toBe('a number (1234.50 or 1 234,50)');
    expect(formatDiagnostic(d, 'nb')).toBe(
      'post 3, felt «positionPercent» (kolonne «Stillingsprosent»): ikke et tall; forventet et tall (1234.50 eller 1 234,50)',
    );
    // a diagnostic made outside the library, with an English text only, keeps it
    expect(formatDiagnostic({ code: 'invalid_value', severity: 'error', path: [], expected: 'something' }, 'nb')).toBe('ugyldig verdi; forventet something');
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
            params: {
              columns: ['a', 'b'],
              column: 'c',
              field: 'contract',
              problem: 'same-field',
              step: 'a',
              kind: 'finding',
              element: 'policy',
              figure: 'pay',
              mappedYear: 2022,
              firstRecord: 3,
              argument: '--x',
              limit: 32,
              kept: 10,
              omitted: 5,
            },
          },
          lang,
        );
        expect(text.length, `${lang}/${code}`).toBeGreaterThan(5);
        expect(text, `${lang}/${code}`).not.toMatch(/[{}]|undefined|\[object/);
      }
    }
  });

  it('refuses what is not a diagnostic, and a language it does not write', () => {
    expect(() => formatDiagnostic({ code: 'nope', severity: 'error', path: [] } as never)).toThrow(/d\.code/);
    expect(() => formatDiagnostic({ code: 'required', severity: 'error', path: [] }, 'de' as never)).toThrow(/lang/);
    expect(() => formatDiagnostic({ code: 'required', severity: 'error', path: [], expectation: { key: 'nope' } } as never)).toThrow(/d\.expectation/);
  });
});
