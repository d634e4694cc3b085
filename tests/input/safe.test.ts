/**
 * The error's shape and the safe form (issue 15): `safe(fn)` returns `{ success, data | error }`
 * like zod's `safeParse`, for sync and async functions; errors that are not input errors are
 * thrown as before.
 */
import { describe, expect, it } from 'vitest';
import { assessDuties, buildStatement, formatDiagnostic, LikestillingInputError, planYear, safe, type SafeResult } from '../../src/index.js';
import { renderWorkbook } from '../../src/io/xlsx/index.js';
import { completeCycle, publicEmployer, published2025 } from '../fixtures/report/published.js';

describe('safe: the safe form of any entry point', () => {
  it('a sync function: data on success, the input error on failure', () => {
    const ok = safe(assessDuties)({ sector: 'public' }, 2025);
    expect(ok.success).toBe(true);
    if (ok.success) expect(ok.data.statement).toBe(true);
    const bad = safe(assessDuties)({ sector: 'private' }, 2025);
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error).toBeInstanceOf(LikestillingInputError);
      expect(bad.error.issues.map((i) => i.path)).toEqual([['employer', 'headcounts']]);
      expect(bad.data).toBeUndefined();
    }
  });

  it('an async function resolves to the result (a rejection with the input error becomes a failure)', async () => {
    const report = buildStatement({ employer: publicEmployer, year: 2025, published: published2025(), cycle: completeCycle });
    const ok = await safe(renderWorkbook)(report);
    expect(ok.success && ok.data.byteLength > 0).toBe(true);
    const bad = await safe(renderWorkbook)(report, { lang: 'de' as 'nb' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['options', 'lang']);
  });

  it('other errors are thrown, not turned into results', async () => {
    const boom = new Error('boom');
    expect(() =>
      safe(() => {
        throw boom;
      })(),
    ).toThrow(boom);
    await expect(safe(() => Promise.reject(boom))()).rejects.toBe(boom);
  });

  it('the result type follows zod’s safeParse', () => {
    const r: SafeResult<number> = safe((n: number) => n * 2)(21);
    expect(r).toEqual({ success: true, data: 42 });
  });
});

describe('LikestillingInputError', () => {
  it('names the function and every bad path in its message, one line per problem', () => {
    const error = safe(planYear)({ year: 2019, lastMappingYear: 2030.5, fiscalYearEnd: '13-01' }).error;
    expect(error?.message).toBe(
      [
        'planYear: invalid input (3 problems):',
        '  - year: expected a number ≥ 2020 (too_small)',
        '  - lastMappingYear: expected an integer (invalid_type)',
        '  - fiscalYearEnd: expected a real month and day (MM-DD) (invalid_value)',
      ].join('\n'),
    );
    expect(error?.issues.map((i) => i.code)).toEqual(['too_small', 'invalid_type', 'invalid_value']);
    expect(error?.issues[1]?.params).toEqual({ received: 'number' });
  });

  it('one problem: one line; quoted keys that are not identifiers', () => {
    const error = new LikestillingInputError('f', [{ code: 'required', severity: 'error', path: ['columnMapping', 'Ansatt nr', 0], expected: 'a text' }]);
    expect(error.message).toBe('f: invalid input: columnMapping["Ansatt nr"][0]: expected a text (required)');
    expect(error.name).toBe('LikestillingInputError');
    expect(error).toBeInstanceOf(Error);
  });

  it('its issues are diagnostics: formatDiagnostic writes them in bokmål and English', () => {
    const issue = safe(assessDuties)({ sector: 'private' }, 2025).error!.issues[0]!;
    expect(formatDiagnostic(issue)).toBe(
      'field employer.headcounts: required field is missing; expected the average headcount of financial year 2025 (given, or computed with averageHeadcount; COV-6)',
    );
    expect(formatDiagnostic(issue, 'nb')).toMatch(/^felt «employer\.headcounts»: påkrevd felt mangler; forventet /);
  });

  it('an unknown field is named; a key that is data (a national id) is not repeated', () => {
    const error = safe(planYear)({ year: 2025, ethnicity: 'x', '12128119823': 1 } as never).error!;
    expect(error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown_field', 'ethnicity'],
      ['unknown_field', ''],
    ]);
    expect(error.message).not.toContain('12128119823');
  });
});
