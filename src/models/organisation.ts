import { z } from 'zod';
import { INPUT_LIMITS, type Diagnostic } from '../_lib/diagnostics.js';
import { LikestillingInputError, parseInput, requireText } from '../_lib/input.js';
import { recordIssues } from './_lib/recordChecks.js';
import { expecting } from '../locales/index.js';

import { UNIT_PATH_SEPARATOR, unitNamesOf } from '../rules/definitions/groups.js';

export { UNIT_PATH_SEPARATOR };

/**
 * One organisational unit (*enhet*, e.g. directorate → region → local unit) below the legal
 * entity, with its sub-units. Units are reporting levels, not duty holders (COV-7). A unit's path
 * is the `/`-separated names from the top, the same text as `Employee.unit`.
 */
export interface OrgUnit {
  /** The unit's name; unique among its siblings, without `/`. */
  readonly name: string;
  /** An optional code of the unit in the employer's own systems. */
  readonly code?: string | undefined;
  /** The sub-units. */
  readonly children: readonly OrgUnit[];
}

/** What {@link OrgUnitSchema} accepts: like {@link OrgUnit}, with `children` optional. */
export interface OrgUnitInput {
  readonly name: string;
  readonly code?: string | undefined;
  readonly children?: readonly OrgUnitInput[] | undefined;
}

const UnitNameSchema = z
  .string()
  .trim()
  .min(1)
  .refine((name) => !name.includes(UNIT_PATH_SEPARATOR), {
    message: `a unit name may not contain "${UNIT_PATH_SEPARATOR}"`,
    params: expecting('unitNameWithoutSeparator', { separator: UNIT_PATH_SEPARATOR }),
  });

/**
 * Schema of an organisational unit tree node (recursive). Sibling names must be unique.
 *
 * @example
 * ```ts
 * const directorate = OrgUnitSchema.parse({
 *   name: 'Directorate',
 *   children: [{ name: 'Region East', children: [{ name: 'Unit 3' }] }],
 * });
 * ```
 */
export const OrgUnitSchema: z.ZodType<OrgUnit, OrgUnitInput> = z.lazy(() =>
  z
    .strictObject({
      name: UnitNameSchema,
      code: z.string().min(1).optional(),
      children: z.array(OrgUnitSchema).readonly().default([]),
    })
    .superRefine((unit, ctx) => {
      const seen = new Set<string>();
      unit.children.forEach((child, i) => {
        if (seen.has(child.name))
          ctx.addIssue({
            code: 'custom',
            message: `duplicate unit name among siblings`,
            params: expecting('uniqueSiblingName'),
            path: ['children', i, 'name'],
          });
        seen.add(child.name);
      });
    }),
);

/**
 * Splits a unit path into its names, trimming each and ignoring empty segments
 * (`" A / B/ "` → `['A', 'B']`).
 *
 * @param path - a `/`-separated unit path
 * @returns the names from the top
 * @throws {@link LikestillingInputError} when `path` is not a string
 * @example
 * ```ts
 * splitUnitPath('Directorate/Region East/Unit 3'); // ['Directorate', 'Region East', 'Unit 3']
 * ```
 */
export function splitUnitPath(path: string): string[] {
  requireText('splitUnitPath', ['path'], path);
  return namesOf(path);
}

function namesOf(path: string): string[] {
  return unitNamesOf(path);
}

/**
 * Joins unit names into a path.
 *
 * @param names - the names from the top
 * @returns the `/`-separated path
 * @throws {@link LikestillingInputError} when `names` is not an array of texts
 * @example
 * ```ts
 * joinUnitPath(['Directorate', 'Region East']); // 'Directorate/Region East'
 * ```
 */
export function joinUnitPath(names: readonly string[]): string {
  return join(parseInput('joinUnitPath', NamesArgs, { names }).names);
}

const NamesArgs = z.object({ names: z.array(z.string()) });

function join(names: readonly string[]): string {
  return names.join(UNIT_PATH_SEPARATOR);
}

/**
 * Normalises a unit path (trimmed names, no empty segments), so `" A / B "` equals `"A/B"`.
 *
 * @param path - a unit path
 * @returns the normalised path (`''` for no unit)
 * @throws {@link LikestillingInputError} when `path` is not a string
 * @example
 * ```ts
 * normaliseUnitPath(' Directorate / Region East/ '); // 'Directorate/Region East'
 * ```
 */
export function normaliseUnitPath(path: string): string {
  requireText('normaliseUnitPath', ['path'], path);
  return normalised(path);
}

function normalised(path: string): string {
  return join(namesOf(path));
}

/**
 * Every level of a unit path, from the top down: the cells one record contributes to when figures
 * are computed per unit at every level of the hierarchy (ARP.md §3 seed example, DEF-GRP).
 *
 * @param path - a unit path
 * @returns the path of each level, top first
 * @throws {@link LikestillingInputError} when `path` is not a string
 * @example
 * ```ts
 * unitPathLevels('Directorate/Region East/Unit 3');
 * // ['Directorate', 'Directorate/Region East', 'Directorate/Region East/Unit 3']
 * ```
 */
export function unitPathLevels(path: string): string[] {
  requireText('unitPathLevels', ['path'], path);
  const names = namesOf(path);
  return names.map((_, i) => join(names.slice(0, i + 1)));
}

/**
 * Whether `path` is `ancestor` or lies below it.
 *
 * @param path - a unit path
 * @param ancestor - the possible ancestor unit path
 * @returns `true` when `path` is inside `ancestor`
 * @throws {@link LikestillingInputError} when `path` or `ancestor` is not a string
 * @example
 * ```ts
 * isWithinUnit('Directorate/Region East/Unit 3', 'Directorate/Region East'); // true
 * isWithinUnit('Directorate/Region Eastern', 'Directorate/Region East'); // false
 * ```
 */
export function isWithinUnit(path: string, ancestor: string): boolean {
  requireText('isWithinUnit', ['path'], path);
  requireText('isWithinUnit', ['ancestor'], ancestor);
  const p = namesOf(path);
  const a = namesOf(ancestor);
  return a.length <= p.length && a.every((name, i) => p[i] === name);
}

/**
 * Every unit path of a tree, parents before children (depth first, in the given order).
 *
 * @param units - the top-level units (parsed or not: {@link OrgUnitSchema})
 * @returns all paths
 * @throws {@link LikestillingInputError} when `units` is not a unit tree
 * @example
 * ```ts
 * listUnitPaths([{ name: 'D', children: [{ name: 'R' }] }]); // ['D', 'D/R']
 * ```
 */
export function listUnitPaths(units: readonly OrgUnitInput[]): string[] {
  return pathsOf(parseInput('listUnitPaths', UnitsArgs, { units }).units);
}

/**
 * True when a unit tree nests deeper than `limit` levels, found without recursion (a tree of
 * 100 000 levels is hostile input: zod's recursive schema would overflow the stack).
 */
function deeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [nodes, depth] = top;
    if (!Array.isArray(nodes) || nodes.length === 0) continue;
    if (depth > limit) return true;
    for (const node of nodes as unknown[])
      if (typeof node === 'object' && node !== null) stack.push([(node as { readonly children?: unknown }).children, depth + 1]);
  }
  return false;
}

/**
 * A unit tree (the top-level units with their children), at most `INPUT_LIMITS.unitDepth` (32)
 * levels deep: a deeper tree is refused as one issue (`too_deep`) before its units are parsed.
 *
 * @example
 * ```ts
 * UnitTreeSchema.parse([{ name: 'Directorate', children: [{ name: 'Region East' }] }]);
 * ```
 * @see ARP.md COV-7
 */
export const UnitTreeSchema: z.ZodType<readonly OrgUnit[], readonly OrgUnitInput[]> = z
  .custom<readonly OrgUnitInput[]>((v) => !deeperThan(v, INPUT_LIMITS.unitDepth), {
    params: { code: 'too_deep', ...expecting('nestedAtMost', { limit: INPUT_LIMITS.unitDepth }) },
  })
  .pipe(z.array(OrgUnitSchema).readonly());

const Units = UnitTreeSchema;
const UnitsArgs = z.object({ units: Units });
const FindArgs = z.object({ units: Units, path: z.string() });

function pathsOf(units: readonly OrgUnit[]): string[] {
  const out: string[] = [];
  // depth first, in the tree's order, without recursion
  const stack: [OrgUnit, readonly string[]][] = units.map((u): [OrgUnit, readonly string[]] => [u, []]).reverse();
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, prefix] = top;
    const names = [...prefix, node.name];
    out.push(join(names));
    for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i] as OrgUnit, names]);
  }
  return out;
}

/**
 * Finds the unit at a path in a tree.
 *
 * @param units - the top-level units (parsed or not: {@link OrgUnitSchema})
 * @param path - the unit path
 * @returns the unit (parsed), or `undefined` when no unit has that path
 * @throws {@link LikestillingInputError} when `units` is not a unit tree or `path` not a string
 * @example
 * ```ts
 * findUnit(employer.units, 'Directorate/Region East')?.children.length;
 * ```
 */
export function findUnit(units: readonly OrgUnitInput[], path: string): OrgUnit | undefined {
  const args = parseInput('findUnit', FindArgs, { units, path });
  let level: readonly OrgUnit[] = args.units;
  let found: OrgUnit | undefined;
  for (const name of namesOf(args.path)) {
    found = level.find((u) => u.name === name);
    if (found === undefined) return undefined;
    level = found.children;
  }
  return found;
}

/**
 * Checks that every record's unit path names a unit of the tree. Records without a unit are not
 * checked. One diagnostic per record with an unknown unit (`unknown_reference`, severity error,
 * `record` = 1-based index, `path` = `['unit']`); the unit path is organisational, not personal,
 * so it is given in `found`.
 *
 * @param records - records with a `unit` path (e.g. employees)
 * @param units - the employer's unit tree
 * @returns the diagnostics, empty when all units are known
 * @throws {@link LikestillingInputError} when `records` is not an array of records with a `unit`
 *   text or `null`, or `units` is not a unit tree
 * @example
 * ```ts
 * const problems = checkUnitReferences(employees, employer.units);
 * ```
 */
export function checkUnitReferences(records: readonly { readonly unit: string | null }[], units: readonly OrgUnitInput[]): Diagnostic[] {
  const tree = parseInput('checkUnitReferences', UnitsArgs, { units }).units;
  const bad = recordIssues(records, ['records'], ['unit']);
  if (bad.length > 0) throw new LikestillingInputError('checkUnitReferences', bad);
  const known = new Set(pathsOf(tree));
  const out: Diagnostic[] = [];
  records.forEach((r, i) => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- records from plain JavaScript may lack the field
    if (r.unit === null || r.unit === undefined) return;
    const path = normalised(r.unit);
    if (path === '' || known.has(path)) return;
    out.push({
      code: 'unknown_reference',
      severity: 'error',
      record: i + 1,
      path: ['unit'],
      ...expecting('unitPathOfTree'),
      found: path,
      params: { kind: 'unit' },
    });
  });
  return out;
}
