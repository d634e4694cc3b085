/**
 * The a-melding accumulator: folds the persons of every month into one small state per
 * employment (*arbeidsforhold*), then builds the canonical records. Memory is proportional to the
 * number of employments, never to the XML. Rules: ARP.md §7, DEF-POP, DEF-REF, DEF-PAY, DEF-PL,
 * DEF-TMP, DEF-SEX; issue 5 "The a-melding". @internal
 */
import { createHmac } from 'node:crypto';
import type { Diagnostic, DiagnosticCode, DiagnosticLog, Severity } from '../../../_lib/diagnostics.js';
import { parseNokToOre } from '../../../_lib/money.js';
import type { Employee, PayComponent } from '../../../models/employee.js';
import { isValidNationalId, isValidOrganisationNumber } from '../../../models/identifiers.js';
import type { HrRecord } from '../hrRecord.js';
import type { AMeldingImportResult } from '../options.js';
import { payComponentOfIncome } from '../payCodes.js';
import type { FinancialYear } from './calendar.js';
import type { ScannedEmployment, ScannedIncome, ScannedPerson } from './scanned.js';
import { expecting } from '../../../locales/index.js';
import { checkEmployment, checkLeave, fullTimeHoursOf } from './employmentFields.js';
import {
  activeMonths,
  addIncome,
  endDateOf,
  joinHr,
  leavePeriodsOf,
  monthlyAverages,
  popcount,
  recordWarnings,
  sexOf,
  type EmploymentAcc,
  type PersonAcc,
  type Report,
  type Where,
} from './employments.js';

/** Counts reported by the importer. @internal */
export interface AccumulatedRecords extends Pick<
  AMeldingImportResult,
  'read' | 'rejected' | 'persons' | 'sexFromHr' | 'sexDerivedFromNationalId' | 'sexUnknown' | 'matchedHr' | 'unmatchedHr'
> {
  readonly records: Employee[];
}

/** What the accumulator needs to know. @internal */
export interface AccumulatorSettings {
  readonly fy: FinancialYear;
  readonly referenceDate: string;
  readonly referenceMonth: string;
  /** HR records by their 1-based position minus one; `null` where a record was refused. */
  readonly hr: readonly (HrRecord | null)[];
  readonly hrFile: string;
  readonly deriveSexFromNationalId: boolean;
  readonly unitFromSubunit: boolean;
  readonly pseudonymKey: string | undefined;
}

/** The folding state of one import. @internal */
export class AMeldingAccumulator {
  readonly #s: AccumulatorSettings;
  readonly #diagnostics: DiagnosticLog;
  readonly #persons = new Map<string, PersonAcc>();
  readonly #employments = new Map<string, EmploymentAcc>();
  readonly #monthIndex: ReadonlyMap<string, number>;
  readonly #refIndex: number;
  #monthsSeen = 0;
  #anonymous = 0;

  constructor(settings: AccumulatorSettings, diagnostics: DiagnosticLog) {
    this.#s = settings;
    this.#diagnostics = diagnostics;
    this.#monthIndex = new Map(settings.fy.months.map((m, i) => [m, i]));
    this.#refIndex = this.#monthIndex.get(settings.referenceMonth) ?? -1;
  }

  /** Index of a month in the financial year, or -1. */
  monthIndex(month: string): number {
    return this.#monthIndex.get(month) ?? -1;
  }

  /** Marks a month as read (a file of that month was accepted). */
  markMonth(index: number): void {
    this.#monthsSeen |= 1 << index;
  }

  #report(
    severity: Severity,
    code: DiagnosticCode,
    where: Where,
    field: readonly string[],
    extra: Partial<Pick<Diagnostic, 'expected' | 'expectation' | 'found' | 'foundShape' | 'params'>> = {},
  ): void {
    this.#diagnostics.add({ code, severity, file: where.file, record: where.line, path: [...where.path, ...field], ...extra });
  }

  /** Folds one `inntektsmottaker` of month `month` (index in the financial year) of file `fileIndex`. */
  addPerson(p: ScannedPerson, file: string, fileIndex: number, month: number, checkedSubunits: Set<number>): void {
    const where: Where = { file, line: p.line, path: p.path };
    let personError = false;
    let key: string;
    if (p.nationalId !== null && p.nationalId !== '') {
      key = `id:${p.nationalId}`;
      if (!isValidNationalId(p.nationalId)) {
        // Never the number itself: "invalid national id in inntektsmottaker[3]" (ARP.md §7).
        this.#report('error', 'invalid_national_id', where, ['norskIdentifikator'], expecting('nationalId'));
        personError = true;
      }
    } else if (p.altId !== null) {
      key = `alt:${p.altId}`;
    } else {
      this.#report('error', 'required', where, ['norskIdentifikator'], expecting('personIdentifier'));
      this.#anonymous += 1;
      key = `anon:${this.#anonymous}`;
      personError = true;
    }
    const subunit = p.subunit ?? '';
    if (!checkedSubunits.has(p.subunitIndex)) {
      checkedSubunits.add(p.subunitIndex);
      const sw: Where = { file, line: p.line, path: p.path.slice(0, 4) };
      if (p.subunit === null || p.subunit === '') this.#report('error', 'required', sw, ['norskIdentifikator'], expecting('orgNumberDigits'));
      else if (!isValidOrganisationNumber(p.subunit)) this.#report('error', 'invalid_org_number', sw, ['norskIdentifikator'], expecting('orgNumberDigits')); // not echoed: could be a national id
    }
    const subunitError = p.subunit === null || !isValidOrganisationNumber(p.subunit);

    let person = this.#persons.get(key);
    if (person === undefined) {
      person = { key, nationalId: p.nationalId, firstMonth: month, firstFile: fileIndex, firstLine: p.line, employments: [] };
      this.#persons.set(key, person);
    } else if (
      month < person.firstMonth ||
      (month === person.firstMonth && (fileIndex < person.firstFile || (fileIndex === person.firstFile && p.line < person.firstLine)))
    ) {
      person.firstMonth = month;
      person.firstFile = fileIndex;
      person.firstLine = p.line;
    }

    const inThisFile = new Map<string, EmploymentAcc | null>();
    p.employments.forEach((e, i) => {
      const ew: Where = { file, line: e.line, path: e.path };
      let afId = e.fields.arbeidsforholdId ?? '';
      let error = personError || subunitError;
      if (afId === '') {
        this.#report('error', 'required', ew, ['arbeidsforholdId'], expecting('employmentId'));
        afId = `#${i + 1}`;
        error = true;
      }
      const acc = this.#employment(person, subunit, afId);
      const bit = 1 << month;
      if ((acc.monthsMask & bit) !== 0 || inThisFile.has(afId)) {
        this.#report('error', 'duplicate_delivery', ew, ['arbeidsforholdId'], { params: { element: 'arbeidsforhold' } });
        acc.error = true;
        inThisFile.set(afId, null);
        return;
      }
      acc.monthsMask |= bit;
      inThisFile.set(afId, acc);
      if (this.#foldEmployment(acc, e, ew, month)) error = true;
      if (error) acc.error = true;
    });

    // Pay lines: linked by arbeidsforholdId; a line without one goes to the person's only
    // employment in this sub-unit this month (else it is not linked, with a warning).
    for (const inc of p.incomes) this.#foldIncome(person, subunit, inc, file, month, inThisFile);
  }

  #employment(person: PersonAcc, subunit: string, afId: string): EmploymentAcc {
    const k = `${person.key}|${subunit}|${afId}`;
    let acc = this.#employments.get(k);
    if (acc === undefined) {
      const n = this.#s.fy.months.length;
      acc = {
        person,
        subunit,
        arbeidsforholdId: afId,
        monthsMask: 0,
        factsMonth: -1,
        facts: null,
        latestMonth: -1,
        startDate: null,
        endDate: null,
        base: new Array<number>(n).fill(0),
        fixed: new Array<number>(n).fill(0),
        irregular: 0,
        bonus: 0,
        overtime: 0,
        benefits: 0,
        leaves: null,
        error: false,
        orphanWhere: null,
      };
      this.#employments.set(k, acc);
      person.employments.push(acc);
    }
    return acc;
  }

  /** Whether month `m` gives better facts than month `current` (the reference month best, then the latest before it). */
  #betterFacts(m: number, current: number): boolean {
    if (current === -1) return true;
    const ref = this.#refIndex;
    const rank = (x: number): number => (x <= ref ? x : ref - x - 100);
    return rank(m) > rank(current);
  }

  /** Validates and folds one `arbeidsforhold`; returns true when it has an error. */
  #foldEmployment(acc: EmploymentAcc, e: ScannedEmployment, ew: Where, month: number): boolean {
    const report: Report = (severity, code, where, field, extra) => this.#report(severity, code, where, field, extra);
    const checked = checkEmployment(e.fields, ew, report);
    let error = checked.error;
    const { kind, start, end } = checked;

    // Parental leave (DEF-PL): `permisjonMedForeldrepenger`, deduplicated by arbeidsforholdId +
    // permisjonId across months, the latest month's version kept (an end date may come later).
    for (const l of e.leaves) {
      if ((l.fields.beskrivelse ?? '') !== 'permisjonMedForeldrepenger') continue;
      const leave = checkLeave(l.fields, { file: ew.file, line: l.line, path: l.path }, report);
      if (leave === null) {
        error = true;
        continue;
      }
      if (leave.percent === 0) continue; // no leave time
      const id = l.fields.permisjonId ?? `start:${leave.startDate}`;
      acc.leaves ??= new Map();
      const old = acc.leaves.get(id);
      if (old === undefined || month >= old.month) acc.leaves.set(id, { month, ...leave });
    }

    if (!error && kind !== undefined) {
      if (this.#betterFacts(month, acc.factsMonth)) {
        acc.factsMonth = month;
        acc.facts = {
          kind,
          contract: checked.contract,
          positionPercent: checked.positionPercent,
          occupationCode: checked.occupationCode,
          where: ew,
          fullTimeHours: fullTimeHoursOf(e.fields.antallTimerPerUkeSomEnFullStillingTilsvarer ?? '', ew, report),
        };
      }
      if (month >= acc.latestMonth) {
        acc.latestMonth = month;
        acc.startDate = start;
        acc.endDate = end === '' ? null : end;
      }
    }
    return error;
  }

  #foldIncome(
    person: PersonAcc,
    subunit: string,
    inc: ScannedIncome,
    file: string,
    month: number,
    inThisFile: ReadonlyMap<string, EmploymentAcc | null>,
  ): void {
    const iw: Where = { file, line: inc.line, path: inc.path };
    const component: PayComponent | null = payComponentOfIncome(inc.fordel, inc.beskrivelse);
    let target: EmploymentAcc | null = null;
    if (inc.arbeidsforholdId !== null && inc.arbeidsforholdId !== '') {
      const here = inThisFile.get(inc.arbeidsforholdId);
      if (here === null) return; // a duplicate delivery, already reported
      target = here ?? this.#employment(person, subunit, inc.arbeidsforholdId);
    } else if (component !== null) {
      // the person's only employment in this file (one look, not a list per line: a person of
      // many employments and many lines would make it quadratic)
      const only = inThisFile.size === 1 ? inThisFile.values().next().value : undefined;
      if (only !== undefined && only !== null) target = only;
      else {
        this.#report('warning', 'income_not_linked', iw, ['arbeidsforholdId']);
        return;
      }
    }
    const ore = inc.beloep === null ? undefined : parseNokToOre(inc.beloep);
    if (ore === undefined) {
      // Never the amount itself: pay is personal.
      this.#report('error', inc.beloep === null ? 'required' : 'invalid_number', iw, ['beloep'], expecting('nokAmount'));
      if (target !== null) target.error = true;
      return;
    }
    if (component === null || target === null) return;
    if (target.monthsMask === 0 && target.orphanWhere === null) target.orphanWhere = iw;
    addIncome(target, component, month, ore);
  }

  #personId(p: PersonAcc, seq: number): string {
    if (this.#s.pseudonymKey !== undefined) {
      return `AM${createHmac('sha256', this.#s.pseudonymKey).update(p.key).digest('hex').slice(0, 16)}`;
    }
    return `AM${String(seq).padStart(6, '0')}`;
  }

  /** Builds the records (DEF-POP input for the statistics) and the closing diagnostics. */
  finish(): AccumulatedRecords {
    const s = this.#s;
    const refIndex = this.#refIndex;
    const report: Report = (severity, code, where, field, extra) => this.#report(severity, code, where, field, extra);
    const persons = [...this.#persons.values()].sort((a, b) => a.firstMonth - b.firstMonth || a.firstFile - b.firstFile || a.firstLine - b.firstLine);

    const { matches, hrUse } = joinHr(s.hr, persons);

    const records: Employee[] = [];
    const usedIds = new Set<string>();
    let read = 0;
    let rejected = 0;
    let sexFromHr = 0;
    let derived = 0;
    let unknown = 0;
    let personCount = 0;
    persons.forEach((p, pi) => {
      const personId = this.#personId(p, pi + 1);
      let counted = false;
      p.employments.forEach((e, ei) => {
        if (e.facts === null) {
          if (e.monthsMask === 0 && e.orphanWhere !== null) this.#report('warning', 'income_not_linked', e.orphanWhere, ['arbeidsforholdId']);
          if (e.monthsMask !== 0) {
            read += 1;
            rejected += 1;
          }
          return;
        }
        read += 1;
        if (e.error) {
          rejected += 1;
          return;
        }
        const facts = e.facts;
        const start = e.startDate ?? '';
        const end = endDateOf(e, start, facts.where, s, refIndex, report);
        const divisor = Math.max(1, activeMonths(s.fy, this.#monthsSeen, start, end) || popcount(e.monthsMask));
        const { basePay, negative, pay, k } = monthlyAverages(e, divisor);
        if (negative.length > 0) {
          for (const component of negative) this.#report('error', 'negative_pay', facts.where, ['inntekt'], { params: { element: component } });
          rejected += 1;
          return;
        }

        const hrIndex = matches.get(e);
        const hr = hrIndex === undefined ? undefined : s.hr[hrIndex];
        const { gender, flagged } = sexOf(hr, s.deriveSexFromNationalId ? p.nationalId : null);
        if (hr?.sex !== undefined) sexFromHr += 1;
        else if (flagged) {
          derived += 1;
          this.#report('warning', 'sex_derived_from_national_id', facts.where, []);
        }
        if (gender === 'unknown') unknown += 1;

        recordWarnings(facts, start, end, basePay, s.referenceDate, report);

        let employeeId = hr?.employeeNumber !== undefined && hrIndex !== undefined && hrUse[hrIndex] === 1 ? hr.employeeNumber : `${personId}-${ei + 1}`;
        if (usedIds.has(employeeId)) employeeId = `${personId}-${ei + 1}`;
        usedIds.add(employeeId);

        const periods = leavePeriodsOf(e, s.fy, s.referenceMonth);

        records.push({
          employeeId,
          personId,
          gender,
          genderDerivedFromNationalId: flagged,
          employmentKind: facts.kind,
          contract: facts.contract,
          positionPercent: facts.positionPercent,
          ...facts.fullTimeHours,
          startDate: start,
          endDate: end,
          unit: hr?.unit ?? (s.unitFromSubunit && e.subunit !== '' ? e.subunit : null),
          jobLevel: hr?.jobLevel ?? null,
          jobGroup: hr?.jobGroup ?? null,
          occupationCode: facts.occupationCode,
          pay,
          ...(k === 1 ? {} : { payDivisor: k }),
          parentalLeaveWeeks: null,
          parentalLeavePeriods: periods,
          involuntaryPartTime: hr?.involuntaryPartTime ?? null,
        });
        counted = true;
      });
      if (counted) personCount += 1;
    });

    let unmatched = 0;
    hrUse.forEach((n, i) => {
      if (n > 0 || s.hr[i] === null) return;
      unmatched += 1;
      this.#diagnostics.add({ code: 'hr_record_unmatched', severity: 'warning', file: s.hrFile, record: s.hr[i]?.row ?? i + 1, path: [] });
    });
    return {
      records,
      read,
      rejected,
      persons: personCount,
      sexFromHr,
      sexDerivedFromNationalId: derived,
      sexUnknown: unknown,
      matchedHr: hrUse.filter((n) => n > 0).length,
      unmatchedHr: unmatched,
    };
  }
}
