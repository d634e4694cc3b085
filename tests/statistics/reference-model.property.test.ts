/**
 * The optimised engine against a plain, obviously-correct model of ARP.md §5 written the slow way
 * (objects, filters, Decimal-free integer counting): persons merged (DEF-POP), the stock on the
 * reference date (DEF-REF), sexes (DEF-SEX), temporary (DEF-TMP), part-time (DEF-PT), involuntary
 * part-time (DEF-INV), parental leave over the year (DEF-PL), per level, group and unit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Employee } from '../../src/models/employee.js';
import { computeMapping } from '../../src/statistics/index.js';
import { payroll } from './_arbitraries.js';

const REF = '2025-12-31';
const FIRST = '2025-01-01';

interface Person {
  sex: 'female' | 'male' | 'other' | 'unknown';
  stock: Employee[];
  all: Employee[];
  main: Employee;
  pct: number | null; // hundredths
  leaveDays: number; // day-percent-hundredths (× 100 = units)
}

const dayDiff = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

function leaveOf(r: Employee): number {
  if (r.parentalLeavePeriods.length > 0) {
    let u = 0;
    for (const p of r.parentalLeavePeriods) {
      const s = p.startDate < FIRST ? FIRST : p.startDate;
      const e = p.endDate > REF ? REF : p.endDate;
      if (s > e) continue;
      u += (dayDiff(s, e) + 1) * Math.round(p.percent * 100);
    }
    return u * 100;
  }
  return r.parentalLeaveWeeks === null ? 0 : Math.round(r.parentalLeaveWeeks * 1e6) * 7;
}

// remaining ties: the smaller unit, level, group (null first), as documented in mainCompare
const cmpNull = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);
const norm = (u: string | null) => {
  const parts = (u ?? '')
    .split('/')
    .map((x) => x.trim())
    .filter((x) => x !== '');
  return parts.length === 0 ? null : parts.join('/');
};

function persons(records: readonly Employee[]): Person[] {
  const byKey = new Map<string, Employee[]>();
  for (const r of records) {
    if (r.employmentKind === 'freelance') continue;
    const k = r.personId ?? r.employeeId;
    byKey.set(k, [...(byKey.get(k) ?? []), r]);
  }
  const out: Person[] = [];
  for (const rs of byKey.values()) {
    const active = (r: Employee) => r.startDate <= REF && (r.endDate === null || r.endDate >= REF);
    const inYear = (r: Employee) => r.startDate <= REF && (r.endDate === null || r.endDate >= FIRST);
    const stock = rs.filter(active);
    const all = rs.filter((r) => active(r) || (inYear(r) && leaveOf(r) > 0));
    if (all.length === 0) continue;
    const sexes = new Set(all.map((r) => r.gender));
    const rank = (r: Employee) => [active(r) ? 1 : 0, r.positionPercent === null ? -1 : Math.round(r.positionPercent * 100)] as const;
    const main = [...all].sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return (
        y[0] - x[0] ||
        y[1] - x[1] ||
        (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0) ||
        (a.contract === b.contract ? 0 : a.contract === 'temporary' ? -1 : 1) ||
        cmpNull(norm(a.unit), norm(b.unit)) ||
        cmpNull(a.jobLevel, b.jobLevel) ||
        cmpNull(a.jobGroup, b.jobGroup)
      );
    })[0]!;
    out.push({
      sex: sexes.size === 1 ? [...sexes][0]! : 'unknown',
      stock,
      all,
      main,
      pct: stock.some((r) => r.positionPercent === null) ? null : stock.reduce((s, r) => s + Math.round(r.positionPercent! * 100), 0),
      leaveDays: all.reduce((s, r) => s + leaveOf(r), 0),
    });
  }
  return out;
}

const unitOf = (p: Person) => {
  const parts = (p.main.unit ?? '')
    .split('/')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return parts.length === 0 ? null : parts.join('/');
};
const within = (key: string) => (p: Person) => {
  const u = unitOf(p);
  return u !== null && (u === key || u.startsWith(key + '/'));
};

describe('engine = slow reference model', () => {
  it('counts for the employer, every level and every unit', () => {
    fc.assert(
      fc.property(payroll(60, { persons: 20 }), (records) => {
        const m = computeMapping(records, { year: 2025 });
        const ps = persons(records);
        const stock = ps.filter((p) => p.stock.length > 0);
        const check = (cell: ReturnType<typeof computeMapping>['byUnit'][number] | null, inCell: (p: Person) => boolean) => {
          const s = stock.filter(inCell);
          const of = (sex: string) => s.filter((p) => p.sex === sex);
          const pop = { women: of('female').length, men: of('male').length, other: of('other').length, unknown: of('unknown').length, total: s.length };
          const temp = (xs: Person[]) => xs.filter((p) => p.main.contract === 'temporary').length;
          const part = (xs: Person[]) => xs.filter((p) => p.pct !== null && p.pct < 10_000);
          const inv = (xs: Person[], v: boolean | null) =>
            part(xs).filter((p) =>
              v === null
                ? p.stock.some((r) => r.involuntaryPartTime !== null)
                : p.stock.some((r) => r.involuntaryPartTime === true) === v && p.stock.some((r) => r.involuntaryPartTime !== null),
            ).length;
          const leave = (sex: string) => ps.filter(inCell).filter((p) => p.sex === sex && p.leaveDays > 0);
          const target = cell ?? m;
          expect(target.population).toEqual(pop);
          expect(target.temporary.women.count).toBe(temp(of('female')));
          expect(target.temporary.men.count).toBe(temp(of('male')));
          expect(target.partTime.total.count).toBe(part(s).length);
          expect(target.involuntaryPartTime.women.partTimers).toBe(part(of('female')).length);
          expect(target.involuntaryPartTime.women.answered).toBe(inv(of('female'), null));
          expect(target.involuntaryPartTime.men.count).toBe(inv(of('male'), true));
          expect(target.parentalLeave.women.persons).toBe(leave('female').length);
          expect(target.parentalLeave.men.persons).toBe(leave('male').length);
        };
        check(null, () => true);
        for (const u of m.byUnit) check(u, u.key === null ? (p) => unitOf(p) === null : within(u.key));
        for (const c of m.pay.byLevel) {
          const s = stock.filter((p) => (p.main.jobLevel ?? null) === c.key);
          expect(c.population.total).toBe(s.length);
          const payers = (sex: string) => s.filter((p) => p.sex === sex && p.pct !== null && p.pct > 0).length;
          expect(c.women.count).toBe(payers('female'));
          expect(c.men.count).toBe(payers('male'));
        }
        expect(m.excluded['merged-into-person']).toBe(stock.reduce((n, p) => n + p.stock.length - 1, 0));
        expect(m.excluded['no-position-percent']).toBe(stock.filter((p) => p.pct === null || p.pct === 0).length);
        expect(m.excluded['employment-kind-excluded']).toBe(records.filter((r) => r.employmentKind === 'freelance').length);
      }),
      { numRuns: 300 },
    );
  });
});
