import type { Employee } from '../models/employee.js';
import { dayNumber, looksLikeIsoDate } from './_lib/days.js';
import { leaveUnitsOf } from './_lib/leave.js';
import { dateKey, Dictionary, KeyIndex, mainCompare, mainOf, normaliseUnitPath, PersonTable, SEX_CODE } from './_lib/personTable.js';
import { StatisticsOptionsSchema, type StatisticsOptions } from './StatisticsOptionsSchema.js';
import type { ResolvedStatisticsOptions } from './types.js';

/** The internal state of a partial mapping: the person table and its dictionaries. @internal */
export interface PartialState {
  readonly table: PersonTable;
  readonly levels: Dictionary;
  readonly groups: Dictionary;
  readonly units: Dictionary;
  /** Person key → row, when persons are merged (DEF-POP). */
  readonly index: KeyIndex | null;
}

/** Counts of records left out at record level (the rest are counted per person at finalize). */
export interface RecordExclusions {
  /** Not active on the reference date (some of them still count for parental leave, DEF-REF). */
  readonly notActive: number;
  /** Employment kind outside the population (DEF-POP). */
  readonly kindExcluded: number;
  /** Malformed records (bad date text, unsafe money) that no figure can use. */
  readonly invalid: number;
}

/**
 * A partial mapping (*delkartlegging*): the mergeable state of the statistics engine for a part
 * of a payroll. Opaque: combine with {@link mergePartialMappings}, turn into figures with
 * {@link finalizeMapping}. Its state is one row per person, so persons are merged correctly
 * (DEF-POP) even when one person's employments fall into different parts.
 *
 * @example
 * ```ts
 * const partial = accumulateMapping(records, { year: 2025 });
 * partial.records; // number of records read
 * ```
 */
export interface PartialMapping {
  readonly kind: 'likestilling.partial-mapping';
  readonly options: ResolvedStatisticsOptions;
  /** Records read. */
  readonly records: number;
  readonly recordExclusions: RecordExclusions;
  /** @internal */
  readonly state: PartialState;
}

const SEX_BIT = [1, 2, 4, 8] as const;

function key(value: string | null): string | null {
  if (value === null) return null;
  const t = value.trim();
  return t === '' ? null : t;
}

function isValidRecord(r: Employee): boolean {
  // Records are parsed at the entry point ({@link EmployeeSchema}); this only guards against
  // objects that bypassed parsing, so that they are counted (invalid-record), never a crash.
  if (typeof r !== 'object' || r === null || typeof r.pay !== 'object' || r.pay === null) return false;
  if (typeof r.employeeId !== 'string' || !Array.isArray(r.parentalLeavePeriods)) return false;
  if (!looksLikeIsoDate(r.startDate)) return false;
  if (r.endDate !== null && !looksLikeIsoDate(r.endDate)) return false;
  const p = r.positionPercent;
  if (p !== null && !(p >= 0 && p <= 200)) return false;
  const pay = r.pay;
  return (
    Number.isSafeInteger(pay.basePay) &&
    Number.isSafeInteger(pay.fixedAllowances) &&
    Number.isSafeInteger(pay.irregularAllowances) &&
    Number.isSafeInteger(pay.bonus) &&
    Number.isSafeInteger(pay.overtime) &&
    Number.isSafeInteger(pay.benefitsInKind)
  );
}

/**
 * Reads employment records into a mergeable partial mapping, in one pass. Pure: the records are
 * not changed. `computeMapping(r, o)` is `finalizeMapping(accumulateMapping(r, o))`.
 *
 * Which records count (DEF-POP, DEF-REF): kinds in `includeKinds`; active on the reference date
 * (start ≤ date ≤ end) for every stock figure; for parental leave (a flow) by default every
 * employment overlapping the financial year. Several employments of one person (same `personId`,
 * else same `employeeId`) are one person: position percents and pay summed, leave summed, the
 * main employment (active, then largest position) gives level, group, unit and contract.
 *
 * @param records - parsed employee records ({@link EmployeeSchema} output)
 * @param options - statistics options (only `year` is required), or a mapping's resolved `options`
 * @returns the partial mapping
 * @throws {z.ZodError} when the options are invalid
 * @example
 * ```ts
 * const a = accumulateMapping(januaryToJune, { year: 2025 });
 * const b = accumulateMapping(julyToDecember, { year: 2025 });
 * const mapping = finalizeMapping(mergePartialMappings(a, b));
 * ```
 */
export function accumulateMapping(records: readonly Employee[], options: StatisticsOptions | ResolvedStatisticsOptions): PartialMapping {
  const o = resolve(options);
  const ref = o.referenceDate;
  const first = o.fiscalYearStart;
  const last = o.fiscalYearLast;
  const firstDay = dayNumber(first);
  const lastDay = dayNumber(last);
  const kinds = new Set<string>(o.includeKinds);
  const leaveForInactive = o.parentalLeavePopulation === 'financial-year';
  const merge = o.mergePersons;

  const table = new PersonTable(records.length);
  const levels = new Dictionary();
  const groups = new Dictionary();
  const units = new Dictionary();
  const unitIds = new Map<string, number>();
  let lastUnit: string | null = null;
  let lastUnitId = -1;
  const index = merge ? new KeyIndex(table.key, records.length) : null;
  const pay = table.pay;
  const [p0, p1, p2, p3, p4, p5] = [pay[0]!, pay[1]!, pay[2]!, pay[3]!, pay[4]!, pay[5]!];

  let notActive = 0;
  let kindExcluded = 0;
  let invalid = 0;

  for (let r = 0; r < records.length; r++) {
    const rec = records[r]!;
    if (!isValidRecord(rec)) {
      invalid++; // invalid-record
      continue;
    }
    if (!kinds.has(rec.employmentKind)) {
      kindExcluded++; // DEF-POP: freelancers (by default) are outside the population
      continue;
    }
    const active = rec.startDate <= ref && (rec.endDate === null || rec.endDate >= ref) ? 1 : 0;
    let leave = 0;
    if (active === 0) {
      notActive++; // DEF-REF: out of every stock figure
      if (!leaveForInactive) continue;
      if (rec.startDate > last || (rec.endDate !== null && rec.endDate < first)) continue;
      leave = leaveUnitsOf(rec, first, last, firstDay, lastDay);
      if (leave === 0) continue; // a flow record without leave contributes nothing
    } else {
      leave = leaveUnitsOf(rec, first, last, firstDay, lastDay);
    }

    const pct = rec.positionPercent === null ? -1 : Math.round(rec.positionPercent * 100);
    const levelKey = key(rec.jobLevel);
    const groupKey = key(rec.jobGroup);
    const rawUnit = rec.unit;
    let unitId = -1;
    if (rawUnit === lastUnit) unitId = lastUnitId; // payroll files are often sorted by unit
    else if (rawUnit !== null) {
      const cached = unitIds.get(rawUnit);
      if (cached !== undefined) unitId = cached;
      else {
        const path = normaliseUnitPath(rawUnit);
        unitId = path === null ? -1 : units.id(path);
        unitIds.set(rawUnit, unitId);
      }
      lastUnit = rawUnit;
      lastUnitId = unitId;
    }
    const temporary = rec.contract === 'temporary' ? 1 : 0;
    const sexBit = SEX_BIT[SEX_CODE[rec.gender]];
    const inv = rec.involuntaryPartTime === null ? 0 : rec.involuntaryPartTime ? 2 : 1;
    const derived = rec.genderDerivedFromNationalId ? 1 : 0;

    const personKey = merge ? (rec.personId ?? rec.employeeId) : null;
    const existing = index === null || personKey === null ? -1 : index.get(personKey);
    if (existing < 0) {
      const i = table.push();
      table.key[i] = personKey;
      table.sexMask[i] = sexBit;
      table.activeCount[i] = active;
      table.sexDerived[i] = derived;
      table.leave[i] = leave;
      if (active === 1) {
        if (pct < 0) table.pctMissing[i] = 1;
        else table.pctSum[i] = pct;
        const pr = rec.pay;
        p0[i] = pr.basePay;
        p1[i] = pr.fixedAllowances;
        p2[i] = pr.irregularAllowances;
        p3[i] = pr.bonus;
        p4[i] = pr.overtime;
        p5[i] = pr.benefitsInKind;
        table.inv[i] = inv;
      }
      table.mainActive[i] = active;
      table.mainPct[i] = pct;
      table.mainStart[i] = dateKey(rec.startDate);
      table.mainTemporary[i] = temporary;
      table.level[i] = levelKey === null ? -1 : levels.id(levelKey);
      table.group[i] = groupKey === null ? -1 : groups.id(groupKey);
      table.unit[i] = unitId;
      if (index !== null && personKey !== null) index.set(personKey, i);
      continue;
    }
    // DEF-POP: a further employment of a known person is merged into it.
    const i = existing;
    table.sexMask[i]! |= sexBit;
    table.sexDerived[i]! += derived;
    table.leave[i]! += leave;
    if (active === 1) {
      table.activeCount[i]! += 1;
      if (pct < 0) table.pctMissing[i] = 1;
      else table.pctSum[i]! += pct;
      const pr = rec.pay;
      p0[i]! += pr.basePay;
      p1[i]! += pr.fixedAllowances;
      p2[i]! += pr.irregularAllowances;
      p3[i]! += pr.bonus;
      p4[i]! += pr.overtime;
      p5[i]! += pr.benefitsInKind;
      if (inv > table.inv[i]!) table.inv[i] = inv;
    }
    const candidate = {
      active,
      pct,
      start: dateKey(rec.startDate),
      temporary,
      unit: units.value(unitId),
      level: levelKey,
      group: groupKey,
    };
    if (mainCompare(candidate, mainOf(table, i, levels, groups, units)) > 0) {
      table.mainActive[i] = active;
      table.mainPct[i] = pct;
      table.mainStart[i] = candidate.start;
      table.mainTemporary[i] = temporary;
      table.level[i] = levelKey === null ? -1 : levels.id(levelKey);
      table.group[i] = groupKey === null ? -1 : groups.id(groupKey);
      table.unit[i] = unitId;
    }
  }

  return {
    kind: 'likestilling.partial-mapping',
    options: o,
    records: records.length,
    recordExclusions: { notActive, kindExcluded, invalid },
    state: { table, levels, groups, units, index },
  };
}

function resolve(options: StatisticsOptions | ResolvedStatisticsOptions): ResolvedStatisticsOptions {
  if ('fiscalYearStart' in options && 'fiscalYearLast' in options) {
    // Already resolved (e.g. a Mapping's `options`): re-validate the user-settable part.
    const rest: Record<string, unknown> = { ...options };
    delete rest['fiscalYearStart'];
    delete rest['fiscalYearLast'];
    return StatisticsOptionsSchema.parse(rest);
  }
  return StatisticsOptionsSchema.parse(options);
}
