/**
 * Invariants of the statement over random payrolls (computeMapping → publish → buildStatement):
 * every published cell is the published figure at its source path; every hidden cell has a
 * footnote; a cell is never shown when its source is hidden; every footnote is used; the
 * commentary repeats no hidden value; the HTML and Markdown render.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publish } from '../../src/anonymisation/index.js';
import { EmployeeSchema, type EmployeeInput } from '../../src/models/employee.js';
import { buildStatement, renderHtml, renderMarkdown } from '../../src/report/index.js';
import { computeMapping } from '../../src/statistics/index.js';
import { completeCycle, publicEmployer } from '../fixtures/report/published.js';

const employee = (i: number): fc.Arbitrary<EmployeeInput> =>
  fc
    .record({
      gender: fc.constantFrom('female', 'male', 'female', 'male', 'unknown'),
      contract: fc.constantFrom('permanent', 'permanent', 'temporary'),
      positionPercent: fc.constantFrom(100, 100, 100, 80, 50, 33.33, 0),
      unit: fc.constantFrom('D', 'D/R1', 'D/R1/U1', 'D/R2', 'D/R2/U2', null),
      jobLevel: fc.constantFrom('L1', 'L2', 'L3', null),
      basePay: fc.integer({ min: 3_000_000, max: 9_000_000 }).map((ore) => `${Math.floor(ore / 100)}.${String(ore % 100).padStart(2, '0')}`),
      leave: fc.constantFrom(null, null, 5, 12.5, 30),
      involuntary: fc.constantFrom(null, true, false),
    })
    .map((r) => ({
      employeeId: `P${i}`,
      gender: r.gender,
      contract: r.contract,
      positionPercent: r.positionPercent,
      startDate: '2020-01-01',
      unit: r.unit,
      jobLevel: r.jobLevel,
      pay: { basePay: r.basePay },
      parentalLeaveWeeks: r.leave,
      involuntaryPartTime: r.positionPercent < 100 ? r.involuntary : null,
    }));

const payroll = fc.integer({ min: 1, max: 80 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => employee(i))));

function at(obj: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = obj;
  for (const p of path) cur = cur === null || cur === undefined ? undefined : (cur as Record<string | number, unknown>)[p];
  return cur;
}

describe('buildStatement over random payrolls (fast-check)', () => {
  it('cells, footnotes and commentary agree with the published figures', async () => {
    await fc.assert(
      fc.asyncProperty(payroll, fc.boolean(), async (rows, includeNok) => {
        const records = rows.map((r) => EmployeeSchema.parse(r));
        const published = await publish(computeMapping(records, { year: 2025 }));
        const report = buildStatement({ employer: publicEmployer, year: 2025, published, cycle: completeCycle, options: { includeNok } });
        const used = new Set<number>();
        const hiddenValues: string[] = [];
        for (const t of report.part1?.tables ?? []) {
          for (const r of t.rows) {
            for (const c of r.cells) {
              c.footnotes.forEach((f) => used.add(f));
              if (c.source.length > 0) {
                const v = at(published, c.source);
                expect(c.value).toBe(v === null || v === undefined ? null : String(v));
              }
              if (c.status === 'hidden') expect(c.footnotes.length).toBeGreaterThan(0);
              if (c.value === null) expect(c.status).not.toBe('published');
              else expect(c.status).toBe('published');
            }
          }
        }
        for (const s of published.suppressed) {
          const v = at(computeMapping(records, { year: 2025 }), s.path);
          if (typeof v === 'string' && v.includes('.')) hiddenValues.push(v);
        }
        expect([...used].sort((a, b) => a - b)).toEqual(report.part1?.footnotes.map((f) => f.id));
        // the commentary's parameters are published values only
        for (const c of report.part1?.commentary ?? []) {
          for (const v of Object.values(c.params)) {
            if (typeof v === 'string' && /^\d+\.\d+$/.test(v) && hiddenValues.includes(v)) {
              const shownSomewhere = report.part1?.tables.some((t) => t.rows.some((r) => r.cells.some((x) => x.value === v)));
              expect(shownSomewhere).toBe(true);
            }
          }
        }
        expect(renderHtml(report, { lang: 'nb' })).toContain('</html>');
        expect(renderMarkdown(report, { lang: 'en' }).length).toBeGreaterThan(100);
      }),
      { numRuns: 60 },
    );
  });
});
