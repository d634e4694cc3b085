/**
 * The a-melding's employments as the accumulator folds them, and the steps of closing them into
 * records: the HR join, the monthly averages of pay (DEF-PAY, DEF-ROUND) and the parental-leave
 * periods inside the year (DEF-PL).
 * @internal
 * @module
 */
import { gcd } from '../../../_lib/exact.js';
import type { ContractForm, EmploymentKind, ParentalLeavePeriod } from '../../../models/employee.js';
import type { HrRecord } from '../hrRecord.js';
import { lastDayOfMonth } from '../../../_lib/dates.js';
import type { FinancialYear } from './calendar.js';

/** Where something was read. @internal */
export interface Where {
  readonly file: string;
  readonly line: number;
  readonly path: readonly string[];
}

/** An employment's facts of its latest month (kind, contract, position, occupation, where read). @internal */
export interface Facts {
  readonly kind: EmploymentKind;
  readonly contract: ContractForm;
  readonly positionPercent: number | null;
  readonly occupationCode: string | null;
  readonly where: Where;
  /** `antallTimerPerUkeSomEnFullStillingTilsvarer` (TRN-1), when given and valid. */
  readonly fullTimeHours?: { readonly fullTimeHoursPerWeek?: number };
}

/** A parental leave as read: its month, dates and percent. @internal */
export interface LeaveAcc {
  readonly month: number;
  readonly startDate: string;
  readonly endDate: string | null;
  readonly percent: number;
}

/** A person of the year's files: where first seen, and their employments. @internal */
export interface PersonAcc {
  readonly key: string;
  readonly nationalId: string | null;
  firstMonth: number;
  firstFile: number;
  firstLine: number;
  readonly employments: EmploymentAcc[];
}

/** An employment over the year's months: facts, pay per month, leaves and errors. @internal */
export interface EmploymentAcc {
  readonly person: PersonAcc;
  readonly subunit: string;
  readonly arbeidsforholdId: string;
  monthsMask: number;
  factsMonth: number;
  facts: Facts | null;
  latestMonth: number;
  startDate: string | null;
  endDate: string | null;
  /** Base pay and fixed allowances per month index (øre). */
  readonly base: number[];
  readonly fixed: number[];
  irregular: number;
  bonus: number;
  overtime: number;
  benefits: number;
  /** Parental leave by permisjonId, created on the first leave (most employments have none). */
  leaves: Map<string, LeaveAcc> | null;
  error: boolean;
  /** Where a pay line of an employment never reported was first seen. */
  orphanWhere: Where | null;
}

/**
 * The HR join: each employment's HR row, by national id (several rows of one person told apart by
 * employeeNumber = arbeidsforholdId), else by employeeNumber = arbeidsforholdId; and how many
 * employments took each row.
 * @internal
 */
export function joinHr(hr: readonly (HrRecord | null)[], persons: readonly PersonAcc[]): { matches: Map<EmploymentAcc, number>; hrUse: number[] } {
  // Per national id: its HR rows, the first row of each employee number, and the rows without
  // one (found once, not searched per employment: linear however many rows share an id).
  interface NidRows {
    readonly all: number[];
    readonly byEmployee: Map<string, number>;
    readonly open: number[];
  }
  const byNid = new Map<string, NidRows>();
  const byEmp = new Map<string, number>();
  hr.forEach((h, i) => {
    if (h === null) return;
    if (h.nationalId !== undefined) {
      let rows = byNid.get(h.nationalId);
      if (rows === undefined) byNid.set(h.nationalId, (rows = { all: [], byEmployee: new Map(), open: [] }));
      rows.all.push(i);
      if (h.employeeNumber === undefined) rows.open.push(i);
      else if (!rows.byEmployee.has(h.employeeNumber)) rows.byEmployee.set(h.employeeNumber, i);
    } else if (h.employeeNumber !== undefined) byEmp.set(h.employeeNumber, i);
  });
  const matches = new Map<EmploymentAcc, number>();
  const hrUse = new Array<number>(hr.length).fill(0);
  for (const p of persons) {
    for (const e of p.employments) {
      if (e.facts === null || e.error) continue;
      let hit: number | undefined;
      const rows = p.nationalId !== null ? byNid.get(p.nationalId) : undefined;
      if (rows !== undefined) {
        hit = rows.byEmployee.get(e.arbeidsforholdId);
        if (hit === undefined) {
          if (rows.open.length === 1) hit = rows.open[0];
          else if (rows.all.length === 1) hit = rows.all[0];
        }
      } else hit = byEmp.get(e.arbeidsforholdId);
      if (hit !== undefined) {
        matches.set(e, hit);
        hrUse[hit] = (hrUse[hit] ?? 0) + 1;
      }
    }
  }
  return { matches, hrUse };
}

/**
 * An employment's monthly pay (DEF-PAY): base pay and fixed allowances of the month of its facts,
 * the other components averaged over `divisor` months — exactly (DEF-ROUND), never rounded. Each
 * average is sum / divisor; in 1/k øre, k = divisor / g with g the greatest common divisor of the
 * divisor and every sum, every amount is a whole number: sum / g, and base and fixed pay × k. k = 1
 * (whole øre, no payDivisor) when every average is a whole øre, as for most employments.
 * `negative`: the components below 0 (the employment is then refused).
 * @internal
 */
export function monthlyAverages(
  e: EmploymentAcc,
  divisor: number,
): {
  basePay: number;
  negative: string[];
  pay: Record<'basePay' | 'fixedAllowances' | 'irregularAllowances' | 'bonus' | 'overtime' | 'benefitsInKind', number>;
  k: number;
} {
  const sums = { irregularAllowances: e.irregular, bonus: e.bonus, overtime: e.overtime, benefitsInKind: e.benefits };
  const basePay = e.base[e.factsMonth] ?? 0;
  const fixedAllowances = e.fixed[e.factsMonth] ?? 0;
  const negative = ([['basePay', basePay], ['fixedAllowances', fixedAllowances], ...Object.entries(sums)] as [string, number][])
    .filter(([, v]) => v < 0)
    .map(([component]) => component);
  const g = gcd(gcd(gcd(gcd(divisor, sums.irregularAllowances), sums.bonus), sums.overtime), sums.benefitsInKind);
  const k = divisor / g;
  const pay = {
    basePay: basePay * k,
    fixedAllowances: fixedAllowances * k,
    irregularAllowances: sums.irregularAllowances / g,
    bonus: sums.bonus / g,
    overtime: sums.overtime / g,
    benefitsInKind: sums.benefitsInKind / g,
  };
  return { basePay, negative, pay, k };
}

/**
 * An employment's parental-leave periods (DEF-PL), in order of start: an open leave runs to the end
 * of the last month the employment was reported (inside the year).
 * @internal
 */
export function leavePeriodsOf(e: EmploymentAcc, fy: FinancialYear, referenceMonth: string): ParentalLeavePeriod[] {
  return [...(e.leaves?.values() ?? [])]
    .map((l) => {
      const openEnd = lastDayOfMonth(fy.months[e.latestMonth] ?? referenceMonth);
      const endDate = l.endDate ?? (openEnd < fy.last ? openEnd : fy.last);
      return { startDate: l.startDate, endDate: endDate < l.startDate ? l.startDate : endDate, percent: l.percent };
    })
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
}
