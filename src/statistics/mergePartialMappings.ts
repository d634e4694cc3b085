import type { PartialMapping } from './accumulateMapping.js';
import { COMPONENT_COUNT, Dictionary, mainCompare, mainOf, PersonTable } from './_lib/personTable.js';

function sameOptions(a: PartialMapping, b: PartialMapping): boolean {
  return JSON.stringify(a.options) === JSON.stringify(b.options);
}

function remap(from: Dictionary, to: Dictionary): Int32Array {
  const map = new Int32Array(from.values.length);
  for (let i = 0; i < from.values.length; i++) map[i] = to.id(from.values[i]!);
  return map;
}

function copyDictionary(d: Dictionary): Dictionary {
  const c = new Dictionary();
  for (const v of d.values) c.id(v);
  return c;
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
 * @throws {Error} when the options differ (different year, reference date, conventions …)
 * @example
 * ```ts
 * const whole = finalizeMapping(mergePartialMappings(accumulateMapping(part1, o), accumulateMapping(part2, o)));
 * ```
 */
export function mergePartialMappings(a: PartialMapping, b: PartialMapping): PartialMapping {
  if (a.kind !== 'likestilling.partial-mapping' || b.kind !== 'likestilling.partial-mapping') {
    throw new TypeError('mergePartialMappings: both arguments must be partial mappings from accumulateMapping');
  }
  if (!sameOptions(a, b)) {
    throw new Error(
      'mergePartialMappings: the partial mappings were computed with different options ' +
        `(${JSON.stringify(a.options)} vs ${JSON.stringify(b.options)}); compute both parts with the same options`,
    );
  }
  const A = a.state;
  const B = b.state;
  const levels = copyDictionary(A.levels);
  const groups = copyDictionary(A.groups);
  const units = copyDictionary(A.units);
  const levelMap = remap(B.levels, levels);
  const groupMap = remap(B.groups, groups);
  const unitMap = remap(B.units, units);

  const ta = A.table;
  const tb = B.table;
  const t = new PersonTable(ta.size + tb.size);
  // copy a
  const n = ta.size;
  t.size = n;
  for (let i = 0; i < n; i++) t.key[i] = ta.key[i] ?? null;
  t.mainStart.set(ta.mainStart.subarray(0, n));
  t.sexMask.set(ta.sexMask.subarray(0, n));
  t.activeCount.set(ta.activeCount.subarray(0, n));
  t.pctSum.set(ta.pctSum.subarray(0, n));
  t.pctMissing.set(ta.pctMissing.subarray(0, n));
  for (let c = 0; c < COMPONENT_COUNT; c++) t.pay[c]!.set(ta.pay[c]!.subarray(0, n));
  t.inv.set(ta.inv.subarray(0, n));
  t.leave.set(ta.leave.subarray(0, n));
  t.sexDerived.set(ta.sexDerived.subarray(0, n));
  t.mainActive.set(ta.mainActive.subarray(0, n));
  t.mainPct.set(ta.mainPct.subarray(0, n));
  t.mainTemporary.set(ta.mainTemporary.subarray(0, n));
  t.level.set(ta.level.subarray(0, n));
  t.group.set(ta.group.subarray(0, n));
  t.unit.set(ta.unit.subarray(0, n));
  const index = A.index === null ? null : A.index.clone(t.key);

  for (let j = 0; j < tb.size; j++) {
    const k = tb.key[j] ?? null;
    const level = tb.level[j]! < 0 ? -1 : levelMap[tb.level[j]!]!;
    const group = tb.group[j]! < 0 ? -1 : groupMap[tb.group[j]!]!;
    const unit = tb.unit[j]! < 0 ? -1 : unitMap[tb.unit[j]!]!;
    const existing = index === null || k === null ? -1 : index.get(k);
    if (existing < 0) {
      const i = t.push();
      t.key[i] = k;
      t.sexMask[i] = tb.sexMask[j]!;
      t.activeCount[i] = tb.activeCount[j]!;
      t.pctSum[i] = tb.pctSum[j]!;
      t.pctMissing[i] = tb.pctMissing[j]!;
      for (let c = 0; c < COMPONENT_COUNT; c++) t.pay[c]![i] = tb.pay[c]![j]!;
      t.inv[i] = tb.inv[j]!;
      t.leave[i] = tb.leave[j]!;
      t.sexDerived[i] = tb.sexDerived[j]!;
      t.mainActive[i] = tb.mainActive[j]!;
      t.mainPct[i] = tb.mainPct[j]!;
      t.mainStart[i] = tb.mainStart[j]!;
      t.mainTemporary[i] = tb.mainTemporary[j]!;
      t.level[i] = level;
      t.group[i] = group;
      t.unit[i] = unit;
      if (index !== null && k !== null) index.set(k, i);
      continue;
    }
    // DEF-POP across parts: the same combine rule as within a part.
    const i = existing;
    t.sexMask[i]! |= tb.sexMask[j]!;
    t.activeCount[i]! += tb.activeCount[j]!;
    t.pctSum[i]! += tb.pctSum[j]!;
    t.pctMissing[i]! |= tb.pctMissing[j]!;
    for (let c = 0; c < COMPONENT_COUNT; c++) t.pay[c]![i]! += tb.pay[c]![j]!;
    if (tb.inv[j]! > t.inv[i]!) t.inv[i] = tb.inv[j]!;
    t.leave[i]! += tb.leave[j]!;
    t.sexDerived[i]! += tb.sexDerived[j]!;
    const candidate = {
      active: tb.mainActive[j]!,
      pct: tb.mainPct[j]!,
      start: tb.mainStart[j]!,
      temporary: tb.mainTemporary[j]!,
      unit: units.value(unit),
      level: levels.value(level),
      group: groups.value(group),
    };
    if (mainCompare(candidate, mainOf(t, i, levels, groups, units)) > 0) {
      t.mainActive[i] = candidate.active;
      t.mainPct[i] = candidate.pct;
      t.mainStart[i] = candidate.start;
      t.mainTemporary[i] = candidate.temporary;
      t.level[i] = level;
      t.group[i] = group;
      t.unit[i] = unit;
    }
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
