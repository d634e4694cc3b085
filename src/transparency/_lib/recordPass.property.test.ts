/**
 * The transparency's own record pass gives exactly the persons of the ARP engine's record pass
 * (DEF-POP: the same rows, merges, main employments and counts), on random payrolls with merged
 * persons, units, own full-time hours, every exclusion and malformed records.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { transparencyOptions, transparencyPayroll } from '../../../tests/transparency/_arbitraries.js';
import type { Employee } from '../../models/employee.js';
import { resolveTransparencyOptions } from '../TransparencyOptionsSchema.js';
import { enginePersons } from './enginePersons.js';
import { recordPass, type PersonColumns } from './recordPass.js';

/** The persons as plain data (category ids as their keys). */
function rows(p: PersonColumns): unknown[] {
  return Array.from({ length: p.size }, (_, i) => [
    p.sexMask[i],
    p.pctMissing[i],
    p.pctSum[i],
    p.categoryKeys[p.category[i]!] ?? null,
    p.total[i],
    p.variable[i],
    p.ownHours === null ? null : p.ownHours[i],
  ]);
}

function counts(p: PersonColumns): number[] {
  return [p.records, p.size, p.merged, p.notActive, p.kindExcluded, p.invalid, p.derivedSex, p.payUnit];
}

const UNITS = [null, 'A', 'B', 'A/X', ' B '] as const;

describe('recordPass (TRN-1, DEF-POP)', () => {
  it('gives the persons and counts of the engine’s record pass', () => {
    fc.assert(
      fc.property(
        transparencyPayroll(80, 25),
        fc.array(fc.constantFrom(...UNITS), { minLength: 80, maxLength: 80 }),
        transparencyOptions,
        (payroll, units, options) => {
          const records: Employee[] = payroll.map((r, i) => ({ ...r, unit: units[i] ?? null }));
          // records that bypassed parsing are counted, never a crash
          if (records.length > 3) (records as unknown[]).splice(2, 0, { employeeId: 'x' }, null);
          const o = resolveTransparencyOptions(options);
          const own = recordPass(records, o);
          const engine = enginePersons(records, o);
          expect(own).not.toBeNull();
          expect(counts(own!)).toEqual(counts(engine));
          expect(rows(own!)).toEqual(rows(engine));
          expect(own!.ownHours === null).toBe(engine.ownHours === null);
          expect(own!.maxAbs).toBeLessThanOrEqual(engine.maxAbs);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves pay in a finer unit than øre (payDivisor) to the engine’s pass', () => {
    const [first] = fc.sample(transparencyPayroll(5, 3), { numRuns: 20, seed: 1 }).filter((p) => p.length > 0);
    const records: Employee[] = first!.map((r) => ({ ...r, startDate: '2020-01-01', endDate: null, employmentKind: 'ordinary', payDivisor: 12 }));
    expect(recordPass(records, resolveTransparencyOptions({ year: 2026 }))).toBeNull();
  });
});
