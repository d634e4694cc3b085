import { z } from 'zod';
import { inputIssue, LikestillingInputError, parseInput, type Expected, type InputPath } from '../_lib/input.js';
import { requirePartial, resolve, type PartialMapping } from './accumulateMapping.js';
import { COMPONENT_COUNT, fitsInt32, NARROW_COUNT_MAX, NARROW_ID_MAX, PAY_UNIT_LIMIT, PersonTable, storedPayComponents } from './_lib/personTable.js';
import { Dictionary } from './_lib/dictionary.js';
import { KeyIndex } from './_lib/keyIndex.js';
import { expecting } from '../locales/index.js';

/** Whole numbers exact in a double (øre, leave units, counts). */
const ints = z.array(z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER));
/** Whole numbers in a range (the columns stored in 1, 2 or 4 bytes). */
const intsIn = (min: number, max: number) => z.array(z.number().int().min(min).max(max));
const INT32_MAX = 2 ** 31 - 1;
const strings = z.array(z.string());

/** The person columns common to both versions. */
const personColumns = {
  key: z.array(z.string().nullable()),
  sexMask: intsIn(1, 15),
  activeCount: intsIn(0, INT32_MAX),
  pctSum: intsIn(0, INT32_MAX),
  pctMissing: intsIn(0, 1),
  inv: intsIn(0, 2),
  leave: intsIn(0, Number.MAX_SAFE_INTEGER),
  // one employment's position percent in hundredths (0–200 %), or -1 for none
  mainPct: intsIn(-1, 20_000),
  mainStart: intsIn(0, 99_991_231),
  mainTemporary: intsIn(0, 1),
  level: intsIn(-1, INT32_MAX),
  group: intsIn(-1, INT32_MAX),
  unit: intsIn(-1, INT32_MAX),
};

const header = {
  format: z.literal('likestilling.partial-mapping'),
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
};

/** Version 1 (before 0.2): every pay component per person, and per person the records with a derived sex and whether the main employment is active. */
const VersionOneSchema = z.strictObject({
  ...header,
  version: z.literal(1),
  persons: z.strictObject({
    ...personColumns,
    pay: z.array(ints).length(COMPONENT_COUNT),
    sexDerived: intsIn(0, INT32_MAX),
    mainActive: intsIn(0, 1),
  }),
});

/**
 * The JSON form of a {@link PartialMapping} (`format: "likestilling.partial-mapping"`,
 * `version: 2`): the options, the record-level counters and the person table in columns, so a
 * partial mapping can be computed in one process or machine and merged in another. It holds no
 * name or national id, but it does hold person keys (`personId` / `employeeId`) and per-person pay:
 * treat it as personal data.
 *
 * `persons.pay` has one column per pay component (PAY_COMPONENTS order); a component that no
 * measure of the options uses is not kept (`null`). `sexDerivedRecords` counts the records whose
 * sex was derived from a national id. Version 1 (every component, the derived-sex count and
 * whether the main employment is active per person) is still read. `payUnit` is present only when
 * the pay columns are in 1/`payUnit` øre (records with a `payDivisor`, such as the a-melding's exact
 * averages); absent, they are whole øre.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(serializePartialMapping(accumulateMapping(records, { year: 2025 })));
 * const partial = deserializePartialMapping(JSON.parse(text));
 * ```
 */
export const SerializedPartialMappingSchema = z.strictObject({
  ...header,
  version: z.literal(2),
  sexDerivedRecords: z.number().int().min(0),
  /** The unit of `persons.pay`: 1/payUnit øre (a divisor of 27 720); absent = 1. */
  payUnit: z
    .int()
    .min(2)
    .max(PAY_UNIT_LIMIT)
    .refine((u) => PAY_UNIT_LIMIT % u === 0, { params: expecting('payUnitDivisor') })
    .optional(),
  persons: z.strictObject({
    ...personColumns,
    pay: z.array(ints.nullable()).length(COMPONENT_COUNT),
  }),
});
/** A serialised partial mapping (plain JSON). */
export interface SerializedPartialMapping extends z.output<typeof SerializedPartialMappingSchema> {}

/**
 * Turns a partial mapping into plain JSON (see {@link SerializedPartialMappingSchema}) to send it
 * to another process or machine, where {@link deserializePartialMapping} reads it back.
 *
 * @param partial - from {@link accumulateMapping} or {@link mergePartialMappings}
 * @returns a JSON-safe object
 * @throws {@link LikestillingInputError} when `partial` is not a partial mapping
 * @example
 * ```ts
 * await writeFile('part-3.json', JSON.stringify(serializePartialMapping(partial)));
 * ```
 */
export function serializePartialMapping(partial: PartialMapping): SerializedPartialMapping {
  requirePartial('serializePartialMapping', partial, ['partial']);
  const { table: t, levels, groups, units } = partial.state;
  const n = t.size;
  const col = (a: ArrayLike<number>): number[] => Array.from({ length: n }, (_, i) => a[i] ?? 0);
  return {
    format: 'likestilling.partial-mapping',
    version: 2,
    options: { ...partial.options },
    records: partial.records,
    recordExclusions: { ...partial.recordExclusions },
    levels: [...levels.values],
    groups: [...groups.values],
    units: [...units.values],
    sexDerivedRecords: t.derivedSex,
    ...(t.payUnit === 1 ? {} : { payUnit: t.payUnit }),
    persons: {
      key: t.key.slice(0, n),
      sexMask: col(t.sexMask),
      activeCount: col(t.activeCount),
      pctSum: col(t.pctSum),
      pctMissing: col(t.pctMissing),
      pay: t.pay.map((c) => (c === null ? null : col(c))),
      inv: col(t.inv),
      leave: col(t.leave),
      mainPct: col(t.mainPct),
      mainStart: col(t.mainStart),
      mainTemporary: col(t.mainTemporary),
      level: col(t.level),
      group: col(t.group),
      unit: col(t.unit),
    },
  };
}

const ENTRY = 'deserializePartialMapping';
const fail = (path: InputPath, expected: Expected): never => {
  throw new LikestillingInputError(ENTRY, [inputIssue(path, 'invalid_value', expected)]);
};
type Serialized = z.output<typeof VersionOneSchema> | SerializedPartialMapping;

/**
 * Reads a serialised partial mapping back (validated), ready for {@link mergePartialMappings}
 * or {@link finalizeMapping}. Reads versions 1 and 2.
 *
 * @param json - the parsed JSON of {@link serializePartialMapping}
 * @returns the partial mapping
 * @throws {@link LikestillingInputError} when the input is not a valid serialised partial mapping
 *   (wrong format, columns of different lengths, values out of range, ids out of range, invalid
 *   options), with the path of each problem (`persons.sexMask[3]`, `options.year`)
 * @example
 * ```ts
 * const partial = deserializePartialMapping(JSON.parse(await readFile('part-3.json', 'utf8')));
 * ```
 */
export function deserializePartialMapping(json: unknown): PartialMapping {
  const v1 = typeof json === 'object' && json !== null && (json as { version?: unknown }).version === 1;
  const s: Serialized = parseInput(ENTRY, v1 ? VersionOneSchema : SerializedPartialMappingSchema, json);
  const options = resolve(ENTRY, s.options as Parameters<typeof resolve>[1]);
  const p = s.persons;
  const n = p.key.length;
  const stored = storedPayComponents(options);
  // version 1 kept every component: only those the options use are read
  const pay = p.pay.map((c, i) => (stored[i] ? c : null));
  const missing = pay.findIndex((c, i) => stored[i] && c === null);
  if (missing >= 0) fail(['persons', 'pay', missing], expecting('payColumn'));
  const columns: [string, readonly unknown[]][] = [
    ['sexMask', p.sexMask],
    ['activeCount', p.activeCount],
    ['pctSum', p.pctSum],
    ['pctMissing', p.pctMissing],
    ['inv', p.inv],
    ['leave', p.leave],
    ['mainPct', p.mainPct],
    ['mainStart', p.mainStart],
    ['mainTemporary', p.mainTemporary],
    ['level', p.level],
    ['group', p.group],
    ['unit', p.unit],
  ];
  if ('sexDerived' in p) columns.push(['sexDerived', p.sexDerived], ['mainActive', p.mainActive]);
  const perPerson = expecting('onePerPerson', { count: n });
  for (const [name, c] of columns) if (c.length !== n) fail(['persons', name], perPerson);
  pay.forEach((c, i) => (c !== null && c.length !== n ? fail(['persons', 'pay', i], perPerson) : undefined));
  for (const [name, dictionary] of [
    ['level', s.levels],
    ['group', s.groups],
    ['unit', s.units],
  ] as const) {
    const bad = p[name].findIndex((id) => id >= dictionary.length);
    if (bad >= 0) fail(['persons', name, bad], expecting('idBelow', { size: dictionary.length, dictionary: name }));
  }
  if ('mainActive' in p) {
    const bad = p.mainActive.findIndex((a, i) => a !== (p.activeCount[i]! > 0 ? 1 : 0));
    if (bad >= 0) fail(['persons', 'mainActive', bad], expecting('mainActive'));
  }
  const merge = options.mergePersons;
  const keyless = p.key.findIndex((k) => k === null);
  if (merge && keyless >= 0) fail(['persons', 'key', keyless], expecting('personKey'));

  // the narrowest columns that hold every value (as accumulating the records would have chosen)
  const widths = {
    pay: pay.some((c) => c !== null && !c.every(fitsInt32)),
    leave: !p.leave.every(fitsInt32),
    ids: [p.level, p.group, p.unit].some((ids) => ids.some((id) => id > NARROW_ID_MAX)),
    count: p.activeCount.some((c) => c > NARROW_COUNT_MAX),
  };
  const t = new PersonTable(n, stored, widths);
  t.size = n;
  t.derivedSex = 'sexDerived' in p ? p.sexDerived.reduce((a, b) => a + b, 0) : (s as SerializedPartialMapping).sexDerivedRecords;
  t.payUnit = 'payUnit' in s ? (s.payUnit ?? 1) : 1;
  p.key.forEach((k, i) => (t.key[i] = k));
  t.mainStart.set(p.mainStart);
  t.sexMask.set(p.sexMask);
  t.activeCount.set(p.activeCount);
  t.pctSum.set(p.pctSum);
  t.pctMissing.set(p.pctMissing);
  pay.forEach((c, i) => (c === null ? undefined : t.pay[i]!.set(c)));
  t.inv.set(p.inv);
  t.leave.set(p.leave);
  t.mainPct.set(p.mainPct);
  t.mainTemporary.set(p.mainTemporary);
  t.level.set(p.level);
  t.group.set(p.group);
  t.unit.set(p.unit);
  const dict = (name: 'levels' | 'groups' | 'units', values: readonly string[]): Dictionary => {
    const d = Dictionary.of(values);
    if (d.values.length !== values.length) fail([name, values.findIndex((v, i) => values.indexOf(v) !== i)], expecting('uniqueEntry'));
    return d;
  };
  let index: KeyIndex | null = null;
  if (merge) {
    index = new KeyIndex(t.key, n);
    for (let i = 0; i < n; i++) {
      const k = t.key[i]!;
      if (index.get(k) >= 0) fail(['persons', 'key', i], expecting('uniquePersonKey'));
      index.set(k, i);
    }
  }
  return {
    kind: 'likestilling.partial-mapping',
    options,
    records: s.records,
    recordExclusions: s.recordExclusions,
    state: { table: t, levels: dict('levels', s.levels), groups: dict('groups', s.groups), units: dict('units', s.units), index },
  };
}
