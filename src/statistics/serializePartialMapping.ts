import { z } from 'zod';
import type { PartialMapping } from './accumulateMapping.js';
import { COMPONENT_COUNT, Dictionary, KeyIndex, PersonTable } from './_lib/personTable.js';
import { StatisticsOptionsSchema } from './StatisticsOptionsSchema.js';

const ints = z.array(z.number().int());
const strings = z.array(z.string());

/**
 * The JSON form of a {@link PartialMapping} (`format: "likestilling.partial-mapping"`,
 * `version: 1`): the options, the record-level counters and the person table in columns, so a
 * partial mapping can be computed in one process or machine and merged in another. It holds no
 * name or national id, but it does hold person keys (`personId` / `employeeId`) and per-person pay:
 * treat it as personal data.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(serializePartialMapping(accumulateMapping(records, { year: 2025 })));
 * const partial = deserializePartialMapping(JSON.parse(text));
 * ```
 */
export const SerializedPartialMappingSchema = z.strictObject({
  format: z.literal('likestilling.partial-mapping'),
  version: z.literal(1),
  options: z.record(z.string(), z.unknown()),
  records: z.number().int().min(0),
  recordExclusions: z.strictObject({
    notActive: z.number().int().min(0),
    kindExcluded: z.number().int().min(0),
    invalid: z.number().int().min(0),
  }),
  levels: strings,
  groups: strings,
  units: strings,
  persons: z.strictObject({
    key: z.array(z.string().nullable()),
    sexMask: ints,
    activeCount: ints,
    pctSum: ints,
    pctMissing: ints,
    pay: z.array(ints).length(COMPONENT_COUNT),
    inv: ints,
    leave: ints,
    sexDerived: ints,
    mainActive: ints,
    mainPct: ints,
    mainStart: ints,
    mainTemporary: ints,
    level: ints,
    group: ints,
    unit: ints,
  }),
});
/** A serialised partial mapping (plain JSON). */
export type SerializedPartialMapping = z.output<typeof SerializedPartialMappingSchema>;

/**
 * Turns a partial mapping into plain JSON (see {@link SerializedPartialMappingSchema}) to send it
 * to another process or machine, where {@link deserializePartialMapping} reads it back.
 *
 * @param partial - from {@link accumulateMapping} or {@link mergePartialMappings}
 * @returns a JSON-safe object
 * @example
 * ```ts
 * await writeFile('part-3.json', JSON.stringify(serializePartialMapping(partial)));
 * ```
 */
export function serializePartialMapping(partial: PartialMapping): SerializedPartialMapping {
  const { table: t, levels, groups, units } = partial.state;
  const n = t.size;
  const col = (a: ArrayLike<number>): number[] => Array.from({ length: n }, (_, i) => a[i] ?? 0);
  return {
    format: 'likestilling.partial-mapping',
    version: 1,
    options: { ...partial.options },
    records: partial.records,
    recordExclusions: { ...partial.recordExclusions },
    levels: [...levels.values],
    groups: [...groups.values],
    units: [...units.values],
    persons: {
      key: t.key.slice(0, n),
      sexMask: col(t.sexMask),
      activeCount: col(t.activeCount),
      pctSum: col(t.pctSum),
      pctMissing: col(t.pctMissing),
      pay: t.pay.map(col),
      inv: col(t.inv),
      leave: col(t.leave),
      sexDerived: col(t.sexDerived),
      mainActive: col(t.mainActive),
      mainPct: col(t.mainPct),
      mainStart: col(t.mainStart),
      mainTemporary: col(t.mainTemporary),
      level: col(t.level),
      group: col(t.group),
      unit: col(t.unit),
    },
  };
}

/**
 * Reads a serialised partial mapping back (validated), ready for {@link mergePartialMappings}
 * or {@link finalizeMapping}.
 *
 * @param json - the parsed JSON of {@link serializePartialMapping}
 * @returns the partial mapping
 * @throws {Error} when the input is not a valid serialised partial mapping (wrong format, columns
 *   of different lengths, ids out of range, invalid options)
 * @example
 * ```ts
 * const partial = deserializePartialMapping(JSON.parse(await readFile('part-3.json', 'utf8')));
 * ```
 */
export function deserializePartialMapping(json: unknown): PartialMapping {
  const parsed = SerializedPartialMappingSchema.safeParse(json);
  if (!parsed.success) throw new Error(`deserializePartialMapping: not a serialised partial mapping: ${parsed.error.message}`);
  const s = parsed.data;
  const rest: Record<string, unknown> = { ...s.options };
  delete rest['fiscalYearStart'];
  delete rest['fiscalYearLast'];
  const options = StatisticsOptionsSchema.parse(rest);
  const p = s.persons;
  const n = p.key.length;
  const columns = [p.sexMask, p.activeCount, p.pctSum, p.pctMissing, ...p.pay, p.inv, p.leave, p.sexDerived, p.mainActive, p.mainPct, p.mainStart, p.mainTemporary, p.level, p.group, p.unit];
  if (columns.some((c) => c.length !== n)) throw new Error('deserializePartialMapping: person columns have different lengths');
  const inRange = (ids: readonly number[], size: number): boolean => ids.every((id) => id >= -1 && id < size);
  if (!inRange(p.level, s.levels.length) || !inRange(p.group, s.groups.length) || !inRange(p.unit, s.units.length)) {
    throw new Error('deserializePartialMapping: a level, group or unit id is out of range');
  }
  if (p.sexMask.some((m) => m < 1 || m > 15)) throw new Error('deserializePartialMapping: invalid sex mask');
  // finalize divides by the percent sum and indexes percents from it: never negative
  if (p.pctSum.some((v) => v < 0) || p.activeCount.some((v) => v < 0)) {
    throw new Error('deserializePartialMapping: a negative position-percent sum or employment count');
  }
  const merge = options.mergePersons;
  if (merge && p.key.some((k) => k === null)) throw new Error('deserializePartialMapping: a person without a key while persons are merged');

  const t = new PersonTable(n);
  t.size = n;
  p.key.forEach((k, i) => (t.key[i] = k));
  t.mainStart.set(p.mainStart);
  t.sexMask.set(p.sexMask);
  t.activeCount.set(p.activeCount);
  t.pctSum.set(p.pctSum);
  t.pctMissing.set(p.pctMissing);
  p.pay.forEach((c, i) => t.pay[i]!.set(c));
  t.inv.set(p.inv);
  t.leave.set(p.leave);
  t.sexDerived.set(p.sexDerived);
  t.mainActive.set(p.mainActive);
  t.mainPct.set(p.mainPct);
  t.mainTemporary.set(p.mainTemporary);
  t.level.set(p.level);
  t.group.set(p.group);
  t.unit.set(p.unit);
  const dict = (values: readonly string[]): Dictionary => {
    const d = new Dictionary();
    for (const v of values) d.id(v);
    if (d.values.length !== values.length) throw new Error('deserializePartialMapping: duplicate dictionary entry');
    return d;
  };
  let index: KeyIndex | null = null;
  if (merge) {
    index = new KeyIndex(t.key, n);
    for (let i = 0; i < n; i++) {
      const k = t.key[i]!;
      if (index.get(k) >= 0) throw new Error('deserializePartialMapping: duplicate person key');
      index.set(k, i);
    }
  }
  return {
    kind: 'likestilling.partial-mapping',
    options,
    records: s.records,
    recordExclusions: s.recordExclusions,
    state: { table: t, levels: dict(s.levels), groups: dict(s.groups), units: dict(s.units), index },
  };
}
