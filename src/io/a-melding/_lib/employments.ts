/**
 * The a-melding's employments as the accumulator folds them, and the steps of closing them into
 * records: the HR join, the end date after the last month reported (DEF-REF), the months active,
 * the monthly averages of pay (DEF-PAY, DEF-ROUND), the parental-leave periods inside the year
 * (DEF-PL), the source of sex (DEF-SEX) and the record's warnings.
 * @internal
 * @module
 */
import type { Diagnostic, DiagnosticCode, Severity } from '../../../_lib/diagnostics.js';
import { gcd } from '../../../_lib/exact.js';
import type { ContractForm, EmploymentKind, ParentalLeavePeriod, PayComponent, Sex } from '../../../models/employee.js';
import { sexFromNationalId } from '../../../models/identifiers.js';
import { foundIn } from '../../_lib/found.js';
import type { HrRecord } from '../hrRecord.js';
import { firstDayOfMonth, lastDayOfMonth } from '../../../_lib/dates.js';
import type { FinancialYear } from './calendar.js';

/** Where something was read. @internal */
export interface Where {
  readonly file: string;
  readonly line: number;
  readonly path: readonly string[];
}

/** Reports a problem of an element. @internal */
export type Report = (
  severity: Severity,
  code: DiagnosticCode,
  where: Where,
  field: readonly string[],
  extra?: Partial<Pick<Diagnostic, 'expected' | 'expectation' | 'found' | 'foundShape' | 'params'>>,
) => void;

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

/**
 * The end date of an employment's record (DEF-REF): the population comes from the reference
 * month's a-melding, so an employment not reported there whose dates still say "active" is
 * reported, and taken as ended after its last month when that month came before.
 * @internal
 * @example
 * ```ts
 * const end = endDateOf(e, e.startDate ?? '', facts.where, settings, refIndex, report);
 * ```
 */
export function endDateOf(
  e: EmploymentAcc,
  start: string,
  where: Where,
  s: { readonly fy: FinancialYear; readonly referenceDate: string; readonly referenceMonth: string },
  refIndex: number,
  report: Report,
): string | null {
  let end = e.endDate;
  if ((e.monthsMask & (1 << refIndex)) === 0 && start <= s.referenceDate && (end === null || end >= s.referenceDate)) {
    report('warning', 'employment_not_in_reference_month', where, []);
    if (e.latestMonth < refIndex) {
      const lastReported = lastDayOfMonth(s.fy.months[e.latestMonth] ?? s.referenceMonth);
      end = lastReported < start ? start : lastReported;
    }
  }
  return end;
}

/**
 * The months read (bit `i` of `monthsSeen`: the year's month `i`) in which an employment was
 * active by its dates.
 * @internal
 * @example
 * ```ts
 * activeMonths(financialYear(2025, '12-31'), 0b111, '2025-02-10', null); // 2
 * ```
 */
export function activeMonths(fy: FinancialYear, monthsSeen: number, start: string, end: string | null): number {
  let n = 0;
  fy.months.forEach((m, i) => {
    if ((monthsSeen & (1 << i)) === 0) return;
    if (start <= lastDayOfMonth(m) && (end === null || end >= firstDayOfMonth(m))) n += 1;
  });
  return n;
}

/**
 * The number of bits set.
 * @internal
 * @example
 * ```ts
 * popcount(0b1011); // 3
 * ```
 */
export function popcount(n: number): number {
  let c = 0;
  for (let x = n; x !== 0; x &= x - 1) c += 1;
  return c;
}

/**
 * The sex of a record (DEF-SEX): the HR record's, else derived from the national id when one is
 * given (`flagged`), else unknown.
 * @internal
 * @example
 * ```ts
 * sexOf({ sex: 'female' }, null); // { gender: 'female', flagged: false }
 * ```
 */
export function sexOf(hr: Pick<HrRecord, 'sex'> | null | undefined, nationalId: string | null): { readonly gender: Sex; readonly flagged: boolean } {
  if (hr?.sex !== undefined) return { gender: hr.sex, flagged: false };
  if (nationalId !== null) {
    const d = sexFromNationalId(nationalId);
    if (d !== 'unknown') return { gender: d, flagged: true };
  }
  return { gender: 'unknown', flagged: false };
}

/**
 * The warnings of a record that is kept: its position percent (0, missing, above 100), and no base
 * pay in the reference month while active then (DEF-PAY reads it from there).
 * @internal
 * @example
 * ```ts
 * recordWarnings(facts, '2020-01-01', null, 0, '2025-12-31', report); // reports no_base_pay_in_reference_month
 * ```
 */
export function recordWarnings(facts: Facts, start: string, end: string | null, basePay: number, referenceDate: string, report: Report): void {
  if (facts.kind !== 'freelance') {
    if (facts.positionPercent === null || facts.positionPercent === 0) {
      report('warning', 'position_percent_zero_or_missing', facts.where, ['stillingsprosent']);
    } else if (facts.positionPercent > 100) {
      report('warning', 'position_percent_above_100', facts.where, ['stillingsprosent'], foundIn(String(facts.positionPercent)));
    }
    // DEF-PAY reads base pay from the reference month: none there (unpaid leave, pay
    // held back) would count as 0 in the pay figures — say so.
    const activeOnReference = start <= referenceDate && (end === null || end >= referenceDate);
    if (activeOnReference && basePay === 0 && facts.positionPercent !== null && facts.positionPercent > 0) {
      report('warning', 'no_base_pay_in_reference_month', facts.where, ['inntekt']);
    }
  }
}

/**
 * Adds a pay line of `ore` to an employment's component in month `month` (base pay and fixed
 * allowances per month, for the monthly averages; the others summed over the year).
 * @internal
 * @example
 * ```ts
 * addIncome(e, 'basePay', 0, 5_000_000); // e.base[0] += 50 000 kr
 * ```
 */
export function addIncome(e: EmploymentAcc, component: PayComponent, month: number, ore: number): void {
  switch (component) {
    case 'basePay':
      e.base[month] = (e.base[month] ?? 0) + ore;
      break;
    case 'fixedAllowances':
      e.fixed[month] = (e.fixed[month] ?? 0) + ore;
      break;
    case 'irregularAllowances':
      e.irregular += ore;
      break;
    case 'bonus':
      e.bonus += ore;
      break;
    case 'overtime':
      e.overtime += ore;
      break;
    case 'benefitsInKind':
      e.benefits += ore;
      break;
  }
}
