import { mainCompare } from '../rules/definitions/mainEmployment.js';
import { inputIssue, LikestillingInputError } from '../_lib/input.js';
import { requirePartial, type PartialMapping } from './accumulateMapping.js';
import {
  COMPONENT_COUNT,
  fitsInt32,
  mainOf,
  NARROW_COUNT_MAX,
  NARROW_ID_MAX,
  PersonTable,
  WIDEN_COUNT,
  WIDEN_IDS,
  WIDEN_LEAVE,
  WIDEN_PAY,
  type IdColumn,
} from './_lib/personTable.js';
import { Dictionary } from './_lib/dictionary.js';
import { expecting } from '../locales/index.js';
import { gcd } from './_lib/exact.js';

/** The options in which `b` differs from `a` (none: the same options). */
function differentOptions(a: PartialMapping, b: PartialMapping): string[] {
  const A = a.options as unknown as Readonly<Record<string, unknown>>;
  const B = b.options as unknown as Readonly<Record<string, unknown>>;
  return [...new Set([...Object.keys(A), ...Object.keys(B)])].filter((k) => JSON.stringify(A[k]) !== JSON.stringify(B[k]));
}

function remap(from: Dictionary, to: Dictionary): Int32Array {
  const map = new Int32Array(from.values.length);
  for (let i = 0; i < from.values.length; i++) map[i] = to.id(from.values[i]!);
  return map;
}

/** Ids of `from` through `map` (null: the same ids), -1 staying -1. */
function remapped(from: IdColumn, j: number, map: Int32Array | null): number {
  const id = from[j]!;
  return id < 0 || map === null ? id : map[id]!;
}

/**
 * Appends rows `from … to` of `s` to `t` (whose columns are at least as wide as `s`'s), ids
 * through the maps (null: unchanged). Column by column: typed-array copies, and one loop per id column.
 */
function appendRows(
  t: PersonTable,
  s: PersonTable,
  from: number,
  to: number,
  levelMap: Int32Array | null,
  groupMap: Int32Array | null,
  unitMap: Int32Array | null,
): void {
  const at = t.size;
  const n = to - from;
  t.reserve(at + n);
  const copy = <T extends { set(a: ArrayLike<number>, offset: number): void }>(
    target: T,
    source: { subarray(a: number, b: number): ArrayLike<number> },
  ): void => {
    target.set(source.subarray(from, to), at);
  };
  for (let c = 0; c < COMPONENT_COUNT; c++) {
    const target = t.pay[c];
    const source = s.pay[c];
    if (target != null && source != null) copy(target, source);
  }
  copy(t.leave, s.leave);
  copy(t.activeCount, s.activeCount);
  copy(t.pctSum, s.pctSum);
  copy(t.mainPct, s.mainPct);
  copy(t.mainStart, s.mainStart);
  copy(t.sexMask, s.sexMask);
  copy(t.pctMissing, s.pctMissing);
  copy(t.inv, s.inv);
  copy(t.mainTemporary, s.mainTemporary);
  appendIds(t, 'level', s.level, levelMap, from, to, at);
  appendIds(t, 'group', s.group, groupMap, from, to, at);
  appendIds(t, 'unit', s.unit, unitMap, from, to, at);
  for (let j = 0; j < n; j++) t.key[at + j] = s.key[from + j] ?? null;
  t.size = at + n;
}

/** Writes the ids `from … to` of `source` through `map` into `t[column]` from row `at` on, widening the id columns when one does not fit. */
function appendIds(t: PersonTable, column: 'level' | 'group' | 'unit', source: IdColumn, map: Int32Array | null, from: number, to: number, at: number): void {
  if (map === null) {
    t[column].set(source.subarray(from, to), at);
    return;
  }
  let target = t[column];
  const narrow = target instanceof Int16Array;
  for (let j = from; j < to; j++) {
    const id = remapped(source, j, map);
    if (narrow && id > NARROW_ID_MAX && target instanceof Int16Array) {
      t.widen(WIDEN_IDS);
      target = t[column];
    }
    target[at + j - from] = id;
  }
}

/** A copy of `s` with its pay in 1/`unit` øre (a multiple of its own unit). */
function rescaledCopy(s: PersonTable, unit: number): PersonTable {
  const t = new PersonTable(s.size, s.stored, s.widths);
  appendRows(t, s, 0, s.size, null, null, null);
  t.derivedSex = s.derivedSex;
  t.payUnit = s.payUnit;
  t.scalePay(unit / s.payUnit);
  return t;
}

/** DEF-POP across parts: merges row `j` of `s` into row `i` of `t`, with the same combine rule as within a part. */
function mergeRow(
  t: PersonTable,
  i: number,
  s: PersonTable,
  j: number,
  levelMap: Int32Array,
  groupMap: Int32Array,
  unitMap: Int32Array,
  d: { readonly levels: Dictionary; readonly groups: Dictionary; readonly units: Dictionary },
): void {
  const level = remapped(s.level, j, levelMap);
  const group = remapped(s.group, j, groupMap);
  const unit = remapped(s.unit, j, unitMap);
  // wider columns first where a sum or an id would not fit
  let need = level > NARROW_ID_MAX || group > NARROW_ID_MAX || unit > NARROW_ID_MAX ? WIDEN_IDS : 0;
  if (!fitsInt32(t.leave[i]! + s.leave[j]!)) need |= WIDEN_LEAVE;
  if (t.activeCount[i]! + s.activeCount[j]! > NARROW_COUNT_MAX) need |= WIDEN_COUNT;
  for (let c = 0; c < COMPONENT_COUNT; c++) {
    const target = t.pay[c];
    if (target != null && !fitsInt32(target[i]! + s.pay[c]![j]!)) need |= WIDEN_PAY;
  }
  if (need !== 0) t.widen(need);
  const main = mainOf(t, i, d.levels, d.groups, d.units); // before the counts are added
  t.sexMask[i]! |= s.sexMask[j]!;
  t.activeCount[i]! += s.activeCount[j]!;
  t.pctSum[i]! += s.pctSum[j]!;
  t.pctMissing[i]! |= s.pctMissing[j]!;
  for (let c = 0; c < COMPONENT_COUNT; c++) {
    const target = t.pay[c];
    if (target != null) target[i]! += s.pay[c]![j]!;
  }
  if (s.inv[j]! > t.inv[i]!) t.inv[i] = s.inv[j]!;
  t.leave[i]! += s.leave[j]!;
  const candidate = {
    active: s.activeCount[j]! > 0 ? 1 : 0,
    pct: s.mainPct[j]!,
    start: s.mainStart[j]!,
    temporary: s.mainTemporary[j]!,
    unit: d.units.value(unit),
    level: d.levels.value(level),
    group: d.groups.value(group),
  };
  if (mainCompare(candidate, main) > 0) {
    t.mainPct[i] = candidate.pct;
    t.mainStart[i] = candidate.start;
    t.mainTemporary[i] = candidate.temporary;
    t.level[i] = level;
    t.group[i] = group;
    t.unit[i] = unit;
  }
}

/**
 * Merges two partial mappings of the same employer and options into one, as if their records had
 * been read together: persons present in both (same `personId`, else `employeeId`, DEF-POP) are
 * merged with the same rule as within one part (sums, main employment by a total order), so
 * `finalizeMapping(mergePartialMappings(accumulateMapping(a), accumulateMapping(b)))` equals
 * `computeMapping([...a, ...b])` for any split, and the merge is associative and commutative.
 * Pure: neither input is changed.
 *
 * A vendor scaling out may split by person (all employments of a person in one part) — that is
 * the cheapest — but need not.
 *
 * @param a - a partial mapping
 * @param b - another partial mapping with equal options
 * @returns the merged partial mapping
 * @throws {@link LikestillingInputError} when an argument is not a partial mapping, or the options
 *   differ (different year, reference date, conventions …: one issue per option, `b.options.year`,
 *   expecting `a`'s value)
 * @example
 * ```ts
 * const whole = finalizeMapping(mergePartialMappings(accumulateMapping(part1, o), accumulateMapping(part2, o)));
 * ```
 */
export function mergePartialMappings(a: PartialMapping, b: PartialMapping): PartialMapping {
  requirePartial('mergePartialMappings', a, ['a']);
  requirePartial('mergePartialMappings', b, ['b']);
  const differ = differentOptions(a, b);
  if (differ.length > 0) {
    // the options are conventions and dates, never personal data: a's value is what b's must be
    const A = a.options as unknown as Readonly<Record<string, unknown>>;
    throw new LikestillingInputError(
      'mergePartialMappings',
      differ.map((k) => inputIssue(['b', 'options', k], 'invalid_value', expecting('sameOptions', { value: JSON.stringify(A[k]) ?? 'undefined' }))),
    );
  }
  const A = a.state;
  const B = b.state;
  const levels = Dictionary.of(A.levels.values);
  const groups = Dictionary.of(A.groups.values);
  const units = Dictionary.of(A.units.values);
  const levelMap = remap(B.levels, levels);
  const groupMap = remap(B.groups, groups);
  const unitMap = remap(B.units, units);

  // DEF-ROUND: both parts in one pay unit, the finer (each divides PAY_UNIT_LIMIT, so does their lcm)
  const unit = (A.table.payUnit / gcd(A.table.payUnit, B.table.payUnit)) * B.table.payUnit;
  const ta = A.table;
  const tb = B.table.payUnit === unit ? B.table : rescaledCopy(B.table, unit);
  const wa = ta.widths;
  const wb = tb.widths;
  const widths = { pay: wa.pay || wb.pay, leave: wa.leave || wb.leave, ids: wa.ids || wb.ids, count: wa.count || wb.count };
  const t = new PersonTable(ta.size + tb.size, ta.stored, widths);
  t.derivedSex = ta.derivedSex + tb.derivedSex;
  // a: its rows as they are
  appendRows(t, ta, 0, ta.size, null, null, null);
  t.payUnit = ta.payUnit;
  t.scalePay(unit / ta.payUnit);
  const index = A.index === null ? null : A.index.clone(t.key);

  // b: each person new (appended, in b's order) or found in a (merged); the new ones in bulk when all are new
  const found = new Int32Array(tb.size).fill(-1);
  let anyFound = false;
  if (index !== null) {
    for (let j = 0, next = t.size; j < tb.size; j++) {
      const k = tb.key[j]!;
      const existing = index.get(k);
      if (existing >= 0) {
        found[j] = existing;
        anyFound = true;
      } else {
        t.key[next] = k; // the index reads its rows' keys (appendRows writes it again)
        index.set(k, next++);
      }
    }
  }
  const dictionaries = { levels, groups, units };
  for (let j = 0; j < tb.size;) {
    if (anyFound && found[j]! >= 0) {
      mergeRow(t, found[j]!, tb, j, levelMap, groupMap, unitMap, dictionaries);
      j++;
      continue;
    }
    let end = j + 1; // a run of new persons, appended at once
    while (end < tb.size && !(anyFound && found[end]! >= 0)) end++;
    appendRows(t, tb, j, end, levelMap, groupMap, unitMap);
    j = end;
  }

  return {
    kind: 'likestilling.partial-mapping',
    options: a.options,
    records: a.records + b.records,
    recordExclusions: {
      notActive: a.recordExclusions.notActive + b.recordExclusions.notActive,
      kindExcluded: a.recordExclusions.kindExcluded + b.recordExclusions.kindExcluded,
      invalid: a.recordExclusions.invalid + b.recordExclusions.invalid,
    },
    state: { table: t, levels, groups, units, index },
  };
}
