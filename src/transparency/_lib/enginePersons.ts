/**
 * The persons from the ARP statistics engine's record pass ({@link accumulateMapping}), for records
 * whose pay is in a finer unit than øre (`payDivisor`, DEF-ROUND: the engine brings every amount to
 * one unit, `payUnit`); otherwise the transparency's own pass ({@link recordPass}) is used. The same
 * persons, merges and counts either way (DEF-POP); only the full-time hours are read here, which
 * the engine does not read.
 * @internal
 * @module
 */
import { PAY_COMPONENTS, type Employee } from '../../models/employee.js';
import { sexBitOf } from '../../rules/definitions/sexComparison.js';
import { hasValidShape } from '../../statistics/accumulate/recordChecks.js';
import { dateKeyOf } from '../../_lib/dates.js';
import { accumulateMapping } from '../../statistics/accumulateMapping.js';
import type { AmountColumn } from '../../statistics/internal.js';
import { isActiveOnDate } from '../../statistics/isActiveOnDate.js';
import type { ResolvedTransparencyOptions } from '../TransparencyOptionsSchema.js';
import { hoursOf, type PersonColumns } from './recordPass.js';

/**
 * {@link PersonColumns} from the engine's person table.
 * @throws {z.ZodError} when a record's `fullTimeHoursPerWeek` is not valid (path `[index, 'fullTimeHoursPerWeek']`)
 * @internal
 */
export function enginePersons(records: readonly Employee[], o: ResolvedTransparencyOptions): PersonColumns {
  const partial = accumulateMapping(records, {
    year: o.year,
    referenceDate: o.referenceDate,
    includeKinds: [...o.includeKinds],
    mergePersons: o.mergePersons,
    // the engine stores the components a measure uses: all of the transparency's pay
    monthlyPayComponents: [...o.payComponents],
    // a stock population only (TRN-1): no leave-only persons
    parentalLeavePopulation: 'reference-date',
  });
  const { table: t, groups, levels, index } = partial.state;
  const size = t.size;
  const defaultHours = Math.round(o.fullTimeHoursPerWeek * 100);
  const ownHours = hoursOfRecords(records, o, defaultHours, size, index === null ? null : (k) => index.get(k), t.pctSum, t.pctMissing);
  const total = new Float64Array(size);
  const variable = new Float64Array(size);
  // the bound of every amount: Σ over the columns of max |value| (|total|, |variable|, |basic| ≤ it)
  let maxAbs = 0;
  PAY_COMPONENTS.forEach((c, k) => {
    const col = t.pay[k];
    if (!o.payComponents.includes(c)) return;
    if (col === null || col === undefined) throw new Error('likestilling: internal error: a pay component the transparency needs is not stored');
    maxAbs += addColumn(total, col, size);
    if (o.variableComponents.includes(c)) addColumn(variable, col, size);
  });
  let merged = 0;
  for (let i = 0; i < size; i++) merged += t.activeCount[i]! - 1; // DEF-POP: further active employments merged into the person
  const byLevel = o.categoryBy === 'jobLevel';
  return {
    records: partial.records,
    size,
    sexMask: t.sexMask,
    pctMissing: t.pctMissing,
    pctSum: t.pctSum,
    category: byLevel ? t.level : t.group,
    categoryKeys: (byLevel ? levels : groups).values,
    total,
    variable,
    payUnit: t.payUnit,
    ownHours,
    maxAbs,
    merged,
    notActive: partial.recordExclusions.notActive,
    kindExcluded: partial.recordExclusions.kindExcluded,
    invalid: partial.recordExclusions.invalid,
    derivedSex: t.derivedSex,
  };
}

/** Adds a column's first `size` rows into `sum`; returns the column's largest |value|. */
function addColumn(sum: Float64Array, col: AmountColumn, size: number): number {
  let max = 0;
  for (let i = 0; i < size; i++) {
    const x = col[i]!;
    sum[i]! += x;
    if (x > max) max = x;
    else if (-x > max) max = -x;
  }
  return max;
}

/**
 * The engine's checks of a record (its shape, dates and sex, `hasValidShape` and the date keys of the
 * record pass), its kind and the reference date: the records the engine took into a person.
 */
function takenByEngine(r: Employee, o: ResolvedTransparencyOptions): boolean {
  if (!hasValidShape(r) || dateKeyOf(r.startDate) < 0 || !(r.endDate === null || dateKeyOf(r.endDate) >= 0) || sexBitOf(r.gender) === 0) return false;
  return o.includeKinds.includes(r.employmentKind) && isActiveOnDate(r, o.referenceDate);
}

/**
 * Each person's hour units Σ (full-time weekly hours × position percent), both in hundredths, over
 * the active employments the engine merged into it (TRN-1), or `null` when no record carries hours
 * other than the options' (then a person's units are those hours × its summed percent). The
 * record → person row mapping is the engine's: by person key when merging, else the order of the
 * records taken. Checked against the engine's summed percents.
 */
function hoursOfRecords(
  records: readonly Employee[],
  o: ResolvedTransparencyOptions,
  defaultHours: number,
  size: number,
  rowOfKey: ((key: string) => number) | null,
  pctSum: Int32Array,
  pctMissing: Uint8Array,
): Float64Array | null {
  let own = false;
  for (let r = 0; r < records.length; r++) {
    const h = hoursOf(records[r]!, r);
    if (h >= 0 && h !== defaultHours) own = true;
  }
  if (!own) return null;
  const units = new Float64Array(size);
  const pcts = new Float64Array(size);
  let nextRow = 0;
  for (let r = 0; r < records.length; r++) {
    const rec = records[r]!;
    if (!takenByEngine(rec, o)) continue;
    const row = rowOfKey === null ? nextRow++ : rowOfKey(rec.personId ?? rec.employeeId);
    if (row < 0 || row >= size) throw new Error('likestilling: internal error: a record taken by the statistics engine has no person row');
    if (rec.positionPercent === null) continue;
    const p = Math.round(rec.positionPercent * 100);
    const h = hoursOf(rec, r);
    units[row]! += (h < 0 ? defaultHours : h) * p;
    pcts[row]! += p;
  }
  for (let i = 0; i < size; i++) {
    if (pctMissing[i] === 0 && pcts[i] !== pctSum[i])
      throw new Error('likestilling: internal error: the hour pass does not match the statistics engine (were the records parsed with EmployeeSchema?)');
  }
  return units;
}
