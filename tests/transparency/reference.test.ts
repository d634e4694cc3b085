/**
 * The library against an independent implementation of the definitions (`_reference.ts`: BigInt
 * rationals, full sorts, no shared code) on random payrolls: every figure, to the øre and the
 * tenth of a percent — persons, exclusions, means, medians, gaps, recipients, quartile bands and
 * their counts, categories and the joint assessment test — under varied definitions. And the
 * reporting duty for every size and year 2026–2040 against the directive's text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessPayTransparencyDuty, computePayTransparency, resolveTransparencyOptions } from '../../src/transparency/index.js';
import { transparencyOptions, transparencyPayroll } from './_arbitraries.js';
import { differences, referenceTransparency } from './_reference.js';

describe('the library agrees with an independent implementation (TRN-1…TRN-5)', () => {
  it('on every figure of random payrolls, under varied definitions', () => {
    fc.assert(
      fc.property(transparencyPayroll(70), transparencyOptions, (records, options) => {
        const o = resolveTransparencyOptions(options);
        const library = computePayTransparency(records, o);
        const reference = referenceTransparency(records, o);
        expect(differences(reference, library)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('on bigger payrolls with many ties (few persons, many employments each)', () => {
    fc.assert(
      fc.property(transparencyPayroll(400, 120), transparencyOptions, (records, options) => {
        const o = resolveTransparencyOptions(options);
        expect(differences(referenceTransparency(records, o), computePayTransparency(records, o))).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('on payrolls with amounts too large for exact doubles (the BigInt path and exact ranks)', () => {
    fc.assert(
      fc.property(transparencyPayroll(50), transparencyOptions, (records, options) => {
        const big = records.map((r) => ({ ...r, pay: { ...r.pay, basePay: r.pay.basePay * 1_000_000 } }));
        const o = resolveTransparencyOptions(options);
        expect(differences(referenceTransparency(big, o), computePayTransparency(big, o))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('the comparison can fail: a woman recorded as a man changes figures', () => {
    fc.assert(
      fc.property(transparencyPayroll(40), (records) => {
        const at = records.findIndex(
          (r) => r.gender === 'female' && r.employmentKind !== 'freelance' && r.endDate === null && r.startDate <= '2026-12-31' && (r.positionPercent ?? 0) > 0,
        );
        const o = resolveTransparencyOptions({ year: 2026, mergePersons: false });
        fc.pre(at >= 0);
        const changed = records.map((r, i) => (i === at ? { ...r, gender: 'male' as const } : r));
        expect(differences(referenceTransparency(records, o), computePayTransparency(changed, o)).length).toBeGreaterThan(0);
      }),
      { numRuns: 20 },
    );
  });
});

/** The directive's schedule, read independently: Art. 9(2) yearly from 2027 for 250+; 9(3) 2027, 2030 … for 150–249; 9(4) 2031, 2034 … for 100–149. */
function dueByTheText(workers: number, year: number): boolean {
  if (workers >= 250) return year >= 2027;
  if (workers >= 150) return year >= 2027 && (year - 2027) % 3 === 0;
  if (workers >= 100) return year >= 2031 && (year - 2031) % 3 === 0;
  return false;
}

describe('assessPayTransparencyDuty agrees with the directive for every size and year 2026–2040 (TRN-6)', () => {
  it('reportDue, the reference year and the next report year', () => {
    for (let year = 2026; year <= 2040; year++) {
      for (let workers = 0; workers <= 400; workers++) {
        const d = assessPayTransparencyDuty({ workers, year });
        const due = dueByTheText(workers, year);
        expect(d.reportDue, `${workers} workers, ${year}`).toBe(due);
        expect(d.referenceYear).toBe(due ? year - 1 : null);
        expect(d.dueDate).toBe(due ? `${year}-06-07` : null);
        if (workers < 100) expect(d.nextReportYear).toBeNull();
        else {
          let next = year;
          while (!dueByTheText(workers, next)) next++;
          expect(d.nextReportYear, `${workers} workers, ${year}`).toBe(next);
        }
      }
    }
    for (const workers of [1_000, 10_000, 1_000_000]) expect(assessPayTransparencyDuty({ workers, year: 2040 }).reportDue).toBe(true);
  });
});
