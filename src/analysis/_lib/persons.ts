/**
 * The pay-eligible persons of the mapping (DEF-POP, DEF-PAY, DEF-SEX), read with the statistics
 * engine's own record pass ({@link accumulateMapping}): the same population, the same merging of a
 * person's employments (position percents and pay summed, the main employment's level, group,
 * unit and start date kept), the same pay concept. Only the last step, who is pay-eligible, is
 * restated here (as `finalizeMapping`'s person pass: active on the reference date, position
 * percent known and above 0, sex female or male, the employments agreeing); a test holds the two
 * to the same counts and means.
 * @internal
 */
import type { Employee } from '../../models/employee.js';
import { PAY_COMPONENTS } from '../../models/employee.js';
import { accumulateMapping } from '../../statistics/accumulateMapping.js';
import type { StatisticsOptions } from '../../statistics/StatisticsOptionsSchema.js';
import type { PayConcept, ResolvedStatisticsOptions } from '../../statistics/types.js';
import type { AmountColumn } from '../../statistics/internal.js';

/** The pay-eligible persons as columns (index k = the k-th eligible person). @internal */
export interface Persons {
  readonly count: number;
  /** 1 woman, 0 man (DEF-SEX: only women and men are here). */
  readonly female: Uint8Array;
  /** Σ monthly øre of the pay concept's components, at the actual position (a safe integer). */
  readonly ore: Float64Array;
  /** Σ position percent, hundredths (> 0). */
  readonly pct: Int32Array;
  /** Dictionary ids (-1: none) of the main employment's level, group and unit. */
  readonly level: Int32Array;
  readonly group: Int32Array;
  readonly unit: Int32Array;
  readonly levels: readonly string[];
  readonly groups: readonly string[];
  readonly units: readonly string[];
  /** Start date of the main employment, a DateKey (yyyymmdd, src/_lib/dates.ts). */
  readonly start: Int32Array;
  /** The person key: `personId ?? employeeId` (DEF-POP), or the employment's `employeeId` when persons are not merged. */
  readonly key: readonly string[];
  /** Persons of the population left out: no position percent (DEF-PAY), sex not female or male (DEF-SEX). */
  readonly left: { readonly noPositionPercent: number; readonly sexNotFemaleOrMale: number };
  /** Records read. */
  readonly records: number;
  readonly options: ResolvedStatisticsOptions;
}

/** Prefix of the synthetic person keys used when persons are not merged (see {@link readPersons}). */
const UNMERGED = '\u0000likestilling-record:';

/**
 * Reads the pay-eligible persons of `records` for a pay concept (DEF-PAY: `monthly` = SSB
 * *månedslønn*, `agreed` = *avtalt månedslønn*). When persons are not merged (`mergePersons:
 * false`), each record is read as its own person under a key of its position, so that every
 * person still maps back to its employment's `employeeId`.
 * @internal
 */
export function readPersons(records: readonly Employee[], statistics: StatisticsOptions | ResolvedStatisticsOptions, concept: PayConcept): Persons {
  const merge = statistics.mergePersons ?? true;
  // unmerged: each record its own person under a unique key (merging unique keys merges nothing);
  // copied by Object.assign, not a spread with the key added: V8 gave each such copy a hidden class
  // of its own, and every read of a record's field in the accumulation was slow (twice the time)
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- records are checked after this, by accumulateMapping: junk from plain JavaScript passes through untouched
  const input = merge ? records : records.map((r, i) => (typeof r === 'object' && r !== null ? Object.assign({}, r, { personId: UNMERGED + String(i) }) : r));
  const partial = accumulateMapping(input, merge ? statistics : { ...statistics, mergePersons: true });
  const o = partial.options;
  const { table: t, levels, groups, units } = partial.state;
  const components = concept === 'monthly' ? o.monthlyPayComponents : o.agreedPayComponents;
  const columns: AmountColumn[] = components.map((c) => t.pay[PAY_COMPONENTS.indexOf(c)]).filter((c): c is AmountColumn => c !== null && c !== undefined);
  const n = t.size;
  const rows: number[] = [];
  let noPositionPercent = 0;
  let sexNotFemaleOrMale = 0;
  for (let i = 0; i < n; i++) {
    if (t.activeCount[i]! === 0) continue; // parental-leave-only person: not in the stock (DEF-REF)
    const mask = t.sexMask[i]!;
    if (t.pctMissing[i] === 1 || t.pctSum[i]! === 0) {
      noPositionPercent++; // DEF-PAY: left out of pay, never divided by zero
      continue;
    }
    if (mask !== 1 && mask !== 2) {
      sexNotFemaleOrMale++; // DEF-SEX: other, unknown, or employments that disagree
      continue;
    }
    rows.push(i);
  }
  const count = rows.length;
  const female = new Uint8Array(count);
  const ore = new Float64Array(count);
  const pct = new Int32Array(count);
  const level = new Int32Array(count);
  const group = new Int32Array(count);
  const unit = new Int32Array(count);
  const start = new Int32Array(count);
  const key = new Array<string>(count);
  for (let k = 0; k < count; k++) {
    const i = rows[k]!;
    female[k] = t.sexMask[i] === 1 ? 1 : 0;
    let sum = 0;
    for (const column of columns) sum += column[i]!;
    ore[k] = sum;
    pct[k] = t.pctSum[i]!;
    level[k] = t.level[i]!;
    group[k] = t.group[i]!;
    unit[k] = t.unit[i]!;
    start[k] = t.mainStart[i]!;
    const personKey = t.key[i] ?? '';
    key[k] = merge ? personKey : (records[Number(personKey.slice(UNMERGED.length))]?.employeeId ?? personKey);
  }
  return {
    count,
    female,
    ore,
    pct,
    level,
    group,
    unit,
    levels: levels.values,
    groups: groups.values,
    units: units.values,
    start,
    key,
    left: { noPositionPercent, sexNotFemaleOrMale },
    records: partial.records,
    options: merge ? o : { ...o, mergePersons: false },
  };
}
