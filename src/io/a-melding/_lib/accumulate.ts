/**
 * The a-melding accumulator: folds the persons of every month into one small state per
 * employment (*arbeidsforhold*), then builds the canonical records. Memory is proportional to the
 * number of employments, never to the XML. Rules: ARP.md §7, DEF-POP, DEF-REF, DEF-PAY, DEF-PL,
 * DEF-TMP, DEF-SEX; issue 5 "The a-melding". @internal
 */
import { createHmac } from 'node:crypto';
import type { Diagnostic, DiagnosticCode, DiagnosticLog, Severity } from '../../../_lib/diagnostics.js';
import { foundIn } from '../../_lib/found.js';
import { parseNokToOre } from '../../../_lib/money.js';
import type { ContractForm, Employee, EmploymentKind, PayComponent, Sex } from '../../../models/employee.js';
import { isValidNationalId, isValidOrganisationNumber, sexFromNationalId } from '../../../models/identifiers.js';
import type { HrRecord } from '../hrRecord.js';
import type { AMeldingImportResult } from '../options.js';
import { payComponentOfIncome } from '../payCodes.js';
import { isIsoDate, lastDayOfMonth, firstDayOfMonth } from '../../../_lib/dates.js';
import type { FinancialYear } from './calendar.js';
import type { ScannedEmployment, ScannedIncome, ScannedPerson } from './scan.js';
import { expecting } from '../../../locales/index.js';
import { POSITION_PERCENT_MAX } from '../../../rules/definitions/ranges.js';
import { isTemporaryForm } from '../../../rules/definitions/temporary.js';

import { joinHr, leavePeriodsOf, monthlyAverages, type EmploymentAcc, type PersonAcc, type Where } from './employments.js';

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

/** The a-melding's `arbeidsforholdstype` → the model's employment kind. */
const EMPLOYMENT_KIND_OF_TYPE: Readonly<Record<string, EmploymentKind>> = {
  ordinaertArbeidsforhold: 'ordinary',
  maritimtArbeidsforhold: 'maritime',
  frilanserOppdragstakerHonorarPersonerMm: 'freelance',
  // Outside DEF-POP: recorded as the model's non-population kind so they are counted as excluded.
  forenkletOppgjoersordning: 'freelance',
  pensjonOgAndreTyperYtelserUtenAnsettelsesforhold: 'freelance',
};

const ISO_DATE = expecting('isoDate');
const EMPLOYMENT_TYPES = expecting('employmentType', { values: Object.keys(EMPLOYMENT_KIND_OF_TYPE) });

const POSITION_PERCENT = /^(\d{1,3})(?:[.,](\d+))?$/;

function popcount(n: number): number {
  let c = 0;
  for (let x = n; x !== 0; x &= x - 1) c += 1;
  return c;
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
  /**
   * `antallTimerPerUkeSomEnFullStillingTilsvarer` (TRN-1): more than 0, at most 168, at most two
   * decimals; a bad value is a warning and is left out (the ARP figures do not read it).
   */
  #fullTimeHours(text: string, where: Where): { readonly fullTimeHoursPerWeek?: number } {
    if (text === '') return {};
    const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text);
    const hundredths = m === null ? 0 : Number(m[1]) * 100 + Number(((m[2] ?? '') + '00').slice(0, 2));
    if (hundredths <= 0 || hundredths > 16800) {
      this.#report('warning', 'invalid_value', where, ['antallTimerPerUkeSomEnFullStillingTilsvarer'], {
        ...expecting('bound', { origin: 'number', op: '≤', bound: '168' }),
        ...foundIn(text),
      });
      return {};
    }
    return { fullTimeHoursPerWeek: hundredths / 100 };
  }

  #betterFacts(m: number, current: number): boolean {
    if (current === -1) return true;
    const ref = this.#refIndex;
    const rank = (x: number): number => (x <= ref ? x : ref - x - 100);
    return rank(m) > rank(current);
  }

  /** Validates and folds one `arbeidsforhold`; returns true when it has an error. */
  #foldEmployment(acc: EmploymentAcc, e: ScannedEmployment, ew: Where, month: number): boolean {
    let error = false;
    const f = e.fields;
    const type = f.typeArbeidsforhold ?? '';
    const kind = Object.hasOwn(EMPLOYMENT_KIND_OF_TYPE, type) ? EMPLOYMENT_KIND_OF_TYPE[type] : undefined;
    if (kind === undefined) {
      this.#report('error', type === '' ? 'required' : 'invalid_value', ew, ['typeArbeidsforhold'], {
        ...EMPLOYMENT_TYPES,
        ...(type === '' ? {} : foundIn(type)),
      });
      error = true;
    }
    const start = f.startdato ?? '';
    if (start === '' || !isIsoDate(start)) {
      // Dates of a person's employment are not echoed (personal data).
      this.#report('error', start === '' ? 'required' : 'invalid_date', ew, ['startdato'], ISO_DATE);
      error = true;
    }
    const end = f.sluttdato ?? '';
    if (end !== '' && !isIsoDate(end)) {
      this.#report('error', 'invalid_date', ew, ['sluttdato'], ISO_DATE);
      error = true;
    } else if (end !== '' && isIsoDate(start) && end < start) {
      this.#report('error', 'end_before_start', ew, ['sluttdato']);
      error = true;
    }
    // Position percent (DEF-PT, DEF-PAY): 0–200 with at most two decimals; more are rounded half-up with a warning.
    let positionPercent: number | null = null;
    const pctText = f.stillingsprosent ?? '';
    if (pctText !== '') {
      const m = POSITION_PERCENT.exec(pctText);
      if (m === null && /^-\d+(?:[.,]\d+)?$/.test(pctText)) {
        this.#report('error', 'position_percent_out_of_range', ew, ['stillingsprosent'], { ...expecting('percent0to200'), ...foundIn(pctText) });
        error = true;
      } else if (m === null) {
        this.#report('error', 'invalid_number', ew, ['stillingsprosent'], { ...expecting('decimalPercent0to200'), ...foundIn(pctText) });
        error = true;
      } else {
        const decimals = m[2] ?? '';
        let hundredths = Number(m[1]) * 100 + Number((decimals + '00').slice(0, 2));
        if (decimals.length > 2) {
          if (Number(decimals[2]) >= 5) hundredths += 1;
          this.#report('warning', 'too_many_decimals', ew, ['stillingsprosent'], { ...expecting('twoDecimalsRounded'), ...foundIn(pctText) });
        }
        positionPercent = hundredths / 100;
        if (positionPercent > POSITION_PERCENT_MAX) {
          this.#report('error', 'position_percent_out_of_range', ew, ['stillingsprosent'], { ...expecting('percent0to200'), ...foundIn(pctText) });
          error = true;
        }
      }
    }
    // DEF-TMP: any `formForAnsettelse` starting with `midlertidig` is temporary (issue 5).
    const form = f.formForAnsettelse ?? '';
    let contract: ContractForm = 'permanent';
    if (isTemporaryForm(form)) contract = 'temporary';
    else if (form !== '' && form !== 'fast') {
      this.#report('warning', 'invalid_value', ew, ['formForAnsettelse'], { ...expecting('contractForm'), ...foundIn(form) });
    }
    const yrke = f.yrke ?? '';
    if (yrke !== '' && !/^\d{7}$/.test(yrke)) {
      this.#report('warning', 'invalid_format', ew, ['yrke'], { ...expecting('occupationCode'), ...foundIn(yrke) });
    }

    // Parental leave (DEF-PL): `permisjonMedForeldrepenger`, deduplicated by arbeidsforholdId +
    // permisjonId across months, the latest month's version kept (an end date may come later).
    for (const l of e.leaves) {
      if ((l.fields.beskrivelse ?? '') !== 'permisjonMedForeldrepenger') continue;
      const lw: Where = { file: ew.file, line: l.line, path: l.path };
      const ls = l.fields.startdato ?? '';
      const le = l.fields.sluttdato ?? '';
      const lp = l.fields.permisjonsprosent ?? '';
      let bad = false;
      if (!isIsoDate(ls)) {
        this.#report('error', ls === '' ? 'required' : 'invalid_date', lw, ['startdato'], ISO_DATE);
        bad = true;
      }
      if (le !== '' && !isIsoDate(le)) {
        this.#report('error', 'invalid_date', lw, ['sluttdato'], ISO_DATE);
        bad = true;
      } else if (le !== '' && isIsoDate(ls) && le < ls) {
        this.#report('error', 'end_before_start', lw, ['sluttdato']);
        bad = true;
      }
      let percent = 100;
      if (lp !== '') {
        const m = /^\d{1,3}(?:[.,]\d+)?$/.exec(lp);
        percent = m === null ? Number.NaN : Number(lp.replace(',', '.'));
        if (!(percent >= 0 && percent <= 100)) {
          this.#report('error', 'invalid_number', lw, ['permisjonsprosent'], { ...expecting('leavePercent'), ...foundIn(lp) });
          bad = true;
        }
      }
      if (bad) {
        error = true;
        continue;
      }
      if (percent === 0) continue; // no leave time
      const id = l.fields.permisjonId ?? `start:${ls}`;
      acc.leaves ??= new Map();
      const old = acc.leaves.get(id);
      if (old === undefined || month >= old.month) acc.leaves.set(id, { month, startDate: ls, endDate: le === '' ? null : le, percent });
    }

    if (!error && kind !== undefined) {
      if (this.#betterFacts(month, acc.factsMonth)) {
        acc.factsMonth = month;
        acc.facts = {
          kind,
          contract,
          positionPercent,
          occupationCode: yrke === '' ? null : yrke,
          where: ew,
          fullTimeHours: this.#fullTimeHours(f.antallTimerPerUkeSomEnFullStillingTilsvarer ?? '', ew),
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
    switch (component) {
      case 'basePay':
        target.base[month] = (target.base[month] ?? 0) + ore;
        break;
      case 'fixedAllowances':
        target.fixed[month] = (target.fixed[month] ?? 0) + ore;
        break;
      case 'irregularAllowances':
        target.irregular += ore;
        break;
      case 'bonus':
        target.bonus += ore;
        break;
      case 'overtime':
        target.overtime += ore;
        break;
      case 'benefitsInKind':
        target.benefits += ore;
        break;
    }
  }

  /** Months (indices) read in which the employment was active by its dates. */
  #activeMonths(start: string, end: string | null): number {
    let n = 0;
    this.#s.fy.months.forEach((m, i) => {
      if ((this.#monthsSeen & (1 << i)) === 0) return;
      if (start <= lastDayOfMonth(m) && (end === null || end >= firstDayOfMonth(m))) n += 1;
    });
    return n;
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
        let end = e.endDate;
        // DEF-REF: the population comes from the reference month's a-melding. An employment not
        // reported there whose dates still say "active" is taken as ended after its last month.
        if ((e.monthsMask & (1 << refIndex)) === 0 && start <= s.referenceDate && (end === null || end >= s.referenceDate)) {
          this.#report('warning', 'employment_not_in_reference_month', facts.where, []);
          if (e.latestMonth < refIndex) {
            const lastReported = lastDayOfMonth(s.fy.months[e.latestMonth] ?? s.referenceMonth);
            end = lastReported < start ? start : lastReported;
          }
        }
        const divisor = Math.max(1, this.#activeMonths(start, end) || popcount(e.monthsMask));
        const { basePay, negative, pay, k } = monthlyAverages(e, divisor);
        if (negative.length > 0) {
          for (const component of negative) this.#report('error', 'negative_pay', facts.where, ['inntekt'], { params: { element: component } });
          rejected += 1;
          return;
        }

        const hrIndex = matches.get(e);
        const hr = hrIndex === undefined ? undefined : s.hr[hrIndex];
        let gender: Sex = 'unknown';
        let flagged = false;
        if (hr?.sex !== undefined) {
          gender = hr.sex;
          sexFromHr += 1;
        } else if (s.deriveSexFromNationalId && p.nationalId !== null) {
          const d = sexFromNationalId(p.nationalId);
          if (d !== 'unknown') {
            gender = d;
            flagged = true;
            derived += 1;
            this.#report('warning', 'sex_derived_from_national_id', facts.where, []);
          }
        }
        if (gender === 'unknown') unknown += 1;

        if (facts.kind !== 'freelance') {
          if (facts.positionPercent === null || facts.positionPercent === 0) {
            this.#report('warning', 'position_percent_zero_or_missing', facts.where, ['stillingsprosent']);
          } else if (facts.positionPercent > 100) {
            this.#report('warning', 'position_percent_above_100', facts.where, ['stillingsprosent'], foundIn(String(facts.positionPercent)));
          }
          // DEF-PAY reads base pay from the reference month: none there (unpaid leave, pay
          // held back) would count as 0 in the pay figures — say so.
          const activeOnReference = start <= s.referenceDate && (end === null || end >= s.referenceDate);
          if (activeOnReference && basePay === 0 && facts.positionPercent !== null && facts.positionPercent > 0) {
            this.#report('warning', 'no_base_pay_in_reference_month', facts.where, ['inntekt']);
          }
        }

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
