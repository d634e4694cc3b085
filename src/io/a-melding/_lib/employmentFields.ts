/**
 * The checks of one `arbeidsforhold` and one `permisjon` of the a-melding, as read: type, dates,
 * position percent (DEF-PT, DEF-PAY), contract form (DEF-TMP), occupation code, parental leave
 * (DEF-PL) and the full-time hours (TRN-1). Problems go to the reporter; personal values (dates,
 * pay) are never echoed.
 * @internal
 */
import { isIsoDate } from '../../../_lib/dates.js';
import { expecting } from '../../../locales/index.js';
import type { ContractForm, EmploymentKind } from '../../../models/employee.js';
import { POSITION_PERCENT_MAX } from '../../../rules/definitions/ranges.js';
import { isTemporaryForm } from '../../../rules/definitions/temporary.js';
import { foundIn } from '../../_lib/found.js';
import type { Report, Where } from './employments.js';
import type { ScannedEmployment, ScannedLeave } from './scanned.js';

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

/** An `arbeidsforhold`'s fields, checked. @internal */
export interface CheckedEmployment {
  /** True when a field has an error (the employment is rejected). */
  readonly error: boolean;
  /** Undefined when the type is missing or unknown. */
  readonly kind: EmploymentKind | undefined;
  readonly contract: ContractForm;
  readonly positionPercent: number | null;
  readonly occupationCode: string | null;
  /** `startdato` and `sluttdato` as read ('' when absent). */
  readonly start: string;
  readonly end: string;
}

/**
 * Checks the fields of one `arbeidsforhold`, reporting each problem in the fields' order.
 * @internal
 * @example
 * ```ts
 * const checked = checkEmployment({ typeArbeidsforhold: 'ordinaertArbeidsforhold', startdato: '2020-01-01', stillingsprosent: '80' }, where, report);
 * checked.positionPercent; // 80
 * ```
 */
export function checkEmployment(f: ScannedEmployment['fields'], ew: Where, report: Report): CheckedEmployment {
  let error = false;
  const type = f.typeArbeidsforhold ?? '';
  const kind = Object.hasOwn(EMPLOYMENT_KIND_OF_TYPE, type) ? EMPLOYMENT_KIND_OF_TYPE[type] : undefined;
  if (kind === undefined) {
    report('error', type === '' ? 'required' : 'invalid_value', ew, ['typeArbeidsforhold'], {
      ...EMPLOYMENT_TYPES,
      ...(type === '' ? {} : foundIn(type)),
    });
    error = true;
  }
  const start = f.startdato ?? '';
  if (start === '' || !isIsoDate(start)) {
    // Dates of a person's employment are not echoed (personal data).
    report('error', start === '' ? 'required' : 'invalid_date', ew, ['startdato'], ISO_DATE);
    error = true;
  }
  const end = f.sluttdato ?? '';
  if (end !== '' && !isIsoDate(end)) {
    report('error', 'invalid_date', ew, ['sluttdato'], ISO_DATE);
    error = true;
  } else if (end !== '' && isIsoDate(start) && end < start) {
    report('error', 'end_before_start', ew, ['sluttdato']);
    error = true;
  }
  // Position percent (DEF-PT, DEF-PAY): 0–200 with at most two decimals; more are rounded half-up with a warning.
  let positionPercent: number | null = null;
  const pctText = f.stillingsprosent ?? '';
  if (pctText !== '') {
    const m = POSITION_PERCENT.exec(pctText);
    if (m === null && /^-\d+(?:[.,]\d+)?$/.test(pctText)) {
      report('error', 'position_percent_out_of_range', ew, ['stillingsprosent'], { ...expecting('percent0to200'), ...foundIn(pctText) });
      error = true;
    } else if (m === null) {
      report('error', 'invalid_number', ew, ['stillingsprosent'], { ...expecting('decimalPercent0to200'), ...foundIn(pctText) });
      error = true;
    } else {
      const decimals = m[2] ?? '';
      let hundredths = Number(m[1]) * 100 + Number((decimals + '00').slice(0, 2));
      if (decimals.length > 2) {
        if (Number(decimals[2]) >= 5) hundredths += 1;
        report('warning', 'too_many_decimals', ew, ['stillingsprosent'], { ...expecting('twoDecimalsRounded'), ...foundIn(pctText) });
      }
      positionPercent = hundredths / 100;
      if (positionPercent > POSITION_PERCENT_MAX) {
        report('error', 'position_percent_out_of_range', ew, ['stillingsprosent'], { ...expecting('percent0to200'), ...foundIn(pctText) });
        error = true;
      }
    }
  }
  // DEF-TMP: any `formForAnsettelse` starting with `midlertidig` is temporary (issue 5).
  const form = f.formForAnsettelse ?? '';
  let contract: ContractForm = 'permanent';
  if (isTemporaryForm(form)) contract = 'temporary';
  else if (form !== '' && form !== 'fast') {
    report('warning', 'invalid_value', ew, ['formForAnsettelse'], { ...expecting('contractForm'), ...foundIn(form) });
  }
  const yrke = f.yrke ?? '';
  if (yrke !== '' && !/^\d{7}$/.test(yrke)) {
    report('warning', 'invalid_format', ew, ['yrke'], { ...expecting('occupationCode'), ...foundIn(yrke) });
  }
  return { error, kind, contract, positionPercent, occupationCode: yrke === '' ? null : yrke, start, end };
}

/**
 * Checks one `permisjon` (a parental leave, DEF-PL): its dates and percent (100 when absent). Null
 * when it has an error (reported).
 * @internal
 * @example
 * ```ts
 * checkLeave({ startdato: '2025-03-01', permisjonsprosent: '50' }, where, report); // { startDate: '2025-03-01', endDate: null, percent: 50 }
 * ```
 */
export function checkLeave(
  f: ScannedLeave['fields'],
  lw: Where,
  report: Report,
): { readonly startDate: string; readonly endDate: string | null; readonly percent: number } | null {
  const ls = f.startdato ?? '';
  const le = f.sluttdato ?? '';
  const lp = f.permisjonsprosent ?? '';
  let bad = false;
  if (!isIsoDate(ls)) {
    report('error', ls === '' ? 'required' : 'invalid_date', lw, ['startdato'], ISO_DATE);
    bad = true;
  }
  if (le !== '' && !isIsoDate(le)) {
    report('error', 'invalid_date', lw, ['sluttdato'], ISO_DATE);
    bad = true;
  } else if (le !== '' && isIsoDate(ls) && le < ls) {
    report('error', 'end_before_start', lw, ['sluttdato']);
    bad = true;
  }
  let percent = 100;
  if (lp !== '') {
    const m = /^\d{1,3}(?:[.,]\d+)?$/.exec(lp);
    percent = m === null ? Number.NaN : Number(lp.replace(',', '.'));
    if (!(percent >= 0 && percent <= 100)) {
      report('error', 'invalid_number', lw, ['permisjonsprosent'], { ...expecting('leavePercent'), ...foundIn(lp) });
      bad = true;
    }
  }
  return bad ? null : { startDate: ls, endDate: le === '' ? null : le, percent };
}

/**
 * `antallTimerPerUkeSomEnFullStillingTilsvarer` (TRN-1): more than 0, at most 168, at most two
 * decimals; a bad value is a warning and is left out (the ARP figures do not read it).
 * @internal
 * @example
 * ```ts
 * fullTimeHoursOf('37,5', where, report); // { fullTimeHoursPerWeek: 37.5 }
 * ```
 */
export function fullTimeHoursOf(text: string, where: Where, report: Report): { readonly fullTimeHoursPerWeek?: number } {
  if (text === '') return {};
  const m = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(text);
  const hundredths = m === null ? 0 : Number(m[1]) * 100 + Number(((m[2] ?? '') + '00').slice(0, 2));
  if (hundredths <= 0 || hundredths > 16800) {
    report('warning', 'invalid_value', where, ['antallTimerPerUkeSomEnFullStillingTilsvarer'], {
      ...expecting('bound', { origin: 'number', op: '≤', bound: '168' }),
      ...foundIn(text),
    });
    return {};
  }
  return { fullTimeHoursPerWeek: hundredths / 100 };
}
