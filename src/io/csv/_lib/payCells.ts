/**
 * The pay cells of a CSV row (personal: never echoed): monthly NOK → integer øre, yearly columns
 * ÷ 12 exactly (DEF-ROUND), several columns of one component summed; in the long layout, one pay
 * line's code and amount.
 * @internal
 */
import { gcd } from '../../../_lib/exact.js';
import { PAY_COMPONENTS, type PayComponent } from '../../../models/employee.js';
import { foundIn } from '../../_lib/found.js';
import { isOreInRange } from '../../../rules/definitions/ranges.js';
import type { CellReader } from './cellReader.js';
import type { PayColumn } from './columnLayout.js';
import { NUMBER_EXPECTED, TWO_DECIMALS, ZERO_OR_MORE } from './expected.js';
import { scanToOre } from './numberCells.js';
import { detach } from './values.js';

/**
 * Reads the current row's pay into `amounts` (six zeros, PAY_COMPONENTS order), reporting every
 * bad cell through `r`; returns the record's pay divisor (1, or the least divisor of 12 that
 * makes its yearly amounts whole øre a month, in which case the amounts are in 1/divisor øre).
 * `override` gives the components' totals of the long layout's pay lines.
 * @internal
 * @example
 * ```ts
 * const amounts = [0, 0, 0, 0, 0, 0];
 * const payDivisor = readPay(reader, layout.pay, null, amounts);
 * ```
 */
export function readPay(r: CellReader, columns: readonly (readonly PayColumn[])[], override: readonly number[] | null, amounts: number[]): number {
  let annualLeft: number[] | null = null;
  if (override !== null) {
    for (let pi = 0; pi < 6; pi++) {
      const total = override[pi] as number;
      if (total < 0) r.diag('error', 'negative_pay', PAY_COMPONENTS[pi] as PayComponent, ZERO_OR_MORE);
      else if (!isOreInRange(total)) r.diag('error', 'invalid_number', PAY_COMPONENTS[pi] as PayComponent, NUMBER_EXPECTED);
      else amounts[pi] = total;
    }
  }
  for (let pi = 0; pi < 6; pi++) {
    const cols = columns[pi] as readonly PayColumn[];
    if (cols.length === 0) continue;
    if (cols.length === 1 && !(cols[0] as PayColumn).annual) {
      // the usual layout, one monthly column: a valid amount is taken here, anything else is
      // read again below, where it is reported
      const index = (cols[0] as PayColumn).index;
      if (r.at(index) === 0) continue;
      if (r.number(index, false)) {
        const ore = scanToOre(r.scan);
        if (typeof ore === 'number' && ore >= 0) {
          amounts[pi] = ore;
          continue;
        }
      }
    }
    const field = PAY_COMPONENTS[pi] as PayComponent;
    let monthly = 0;
    let annual = 0;
    let bad = false;
    for (const col of cols) {
      if (r.at(col.index) === 0) continue;
      if (!r.number(col.index, false)) {
        r.diag('error', 'invalid_number', field, NUMBER_EXPECTED, undefined, { column: r.header[col.index] ?? '' });
        bad = true;
        continue;
      }
      const ore = scanToOre(r.scan);
      if (typeof ore === 'string') {
        r.diag('error', ore, field, ore === 'too_many_decimals' ? TWO_DECIMALS : NUMBER_EXPECTED, undefined, { column: r.header[col.index] ?? '' });
        bad = true;
      } else if (col.annual) annual += ore;
      else monthly += ore;
    }
    if (bad) continue;
    if (annual !== 0 && annual % 12 !== 0) {
      // a yearly amount that is no whole øre a month: kept exactly (DEF-ROUND), see below
      (annualLeft ??= [0, 0, 0, 0, 0, 0])[pi] = annual;
      annual = 0;
    }
    const total = monthly + annual / 12;
    if (total < 0) r.diag('error', 'negative_pay', field, ZERO_OR_MORE);
    else if (!isOreInRange(total)) r.diag('error', 'invalid_number', field, NUMBER_EXPECTED);
    else amounts[pi] = total;
  }
  // DEF-ROUND: yearly amounts that are no whole øre a month make the record's amounts
  // 1/payDivisor øre (the least divisor of 12 that makes every one whole), as the a-melding's
  // averages; no rounding before the published value
  let payDivisor = 1;
  if (annualLeft !== null) {
    let g = 12;
    for (const a of annualLeft) g = gcd(g, Math.abs(a % 12));
    payDivisor = 12 / g;
    for (let pi = 0; pi < 6; pi++) {
      const left = annualLeft[pi] as number;
      const total = (amounts[pi] as number) * payDivisor + (left * payDivisor) / 12;
      if (left !== 0 && total < 0) r.diag('error', 'negative_pay', PAY_COMPONENTS[pi] as PayComponent, ZERO_OR_MORE);
      else if (!isOreInRange(total)) r.diag('error', 'invalid_number', PAY_COMPONENTS[pi] as PayComponent, NUMBER_EXPECTED);
      else amounts[pi] = total;
    }
  }
  return payDivisor;
}

/**
 * Long layout: reads the current row's pay line (its pay code and amount) into `amounts` (the
 * employment's totals, PAY_COMPONENTS order). An unknown code is a warning, a line of no pay is
 * skipped; returns the errors the line had.
 * @internal
 * @example
 * ```ts
 * group.errors += readPayLine(reader, layout.payCodes, group.amounts);
 * ```
 */
export function readPayLine(r: CellReader, payCodes: ReadonlyMap<string, string>, amounts: number[]): number {
  const code = r.cell(r.idx.payCode);
  if (code === '' && r.at(r.idx.payAmount) === 0) return 0;
  const target = payCodes.get(code);
  if (target === undefined) {
    const f = foundIn(code);
    r.add({
      code: 'unknown_pay_code',
      severity: 'warning',
      record: r.record,
      path: ['payCode'],
      ...('found' in f ? { found: detach(f.found) } : f),
      params: { line: r.line, column: r.header[r.idx.payCode] ?? '' },
    });
    return 0;
  }
  if (target === 'notPay' || r.at(r.idx.payAmount) === 0) return 0;
  const field = target as PayComponent;
  const errorsBefore = r.errors;
  if (!r.number(r.idx.payAmount, false)) {
    r.diag('error', 'invalid_number', field, NUMBER_EXPECTED, undefined, { column: r.header[r.idx.payAmount] ?? '' });
  } else {
    const ore = scanToOre(r.scan);
    if (typeof ore === 'string')
      r.diag('error', ore, field, ore === 'too_many_decimals' ? TWO_DECIMALS : NUMBER_EXPECTED, undefined, { column: r.header[r.idx.payAmount] ?? '' });
    else {
      const pi = (PAY_COMPONENTS as readonly string[]).indexOf(field);
      amounts[pi] = (amounts[pi] as number) + ore;
    }
  }
  return r.errors - errorsBefore;
}
