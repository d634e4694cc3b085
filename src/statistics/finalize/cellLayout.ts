/**
 * The cell layout of the finalization: the levels, groups and units in use in their order (DEF-GRP:
 * a unit tree in DFS pre-order, siblings in natural order), each a cell after the employer's.
 * @internal
 * @module
 */
import { UNIT_PATH_SEPARATOR } from '../../rules/definitions/groups.js';
import type { PartialMapping } from '../accumulateMapping.js';
import { naturalCompare } from '../_lib/naturalCompare.js';

/** Stable per-cell layout: [total][levels…][groups…][units…]. @internal */
export interface Layout {
  readonly levelKeys: readonly (string | null)[];
  readonly groupKeys: readonly (string | null)[];
  readonly unitKeys: readonly (string | null)[];
  readonly unitParent: Int32Array; // unit cell offset → parent unit offset, -1 at top
  readonly unitDepth: Int32Array;
  readonly unitSubtreeEnd: Int32Array; // DFS: subtree of u is [u, end)
  readonly levelBase: number;
  readonly groupBase: number;
  readonly unitBase: number;
  readonly cells: number;
}

/** Dictionary id → cell index for the keys in use. */
function cellIndex(values: readonly string[], keys: readonly (string | null)[], base: number): Int32Array {
  const pos = new Map<string, number>();
  keys.forEach((k, i) => {
    if (k !== null) pos.set(k, base + i);
  });
  const out = new Int32Array(values.length).fill(-1);
  values.forEach((v, i) => {
    const c = pos.get(v);
    if (c !== undefined) out[i] = c;
  });
  return out;
}

/** Dictionary ids in use (1) by the persons of the figures, and whether some have none. @internal */
export interface Used {
  readonly level: Uint8Array;
  readonly group: Uint8Array;
  readonly unit: Uint8Array;
  nullLevel: boolean;
  nullGroup: boolean;
  nullUnit: boolean;
}

/** The layout of the cells in use ({@link Used}). @internal */
export function buildLayout(partial: PartialMapping, used: Used): Layout {
  const { levels, groups, units } = partial.state;
  const { level: usedLevel, group: usedGroup, unit: usedUnit, nullLevel, nullGroup, nullUnit } = used;
  const keysOf = (values: readonly string[], used: Uint8Array, withNull: boolean): (string | null)[] => {
    const keys: (string | null)[] = values.filter((_, i) => used[i] === 1).sort(naturalCompare);
    if (withNull) keys.push(null);
    return keys;
  };
  const levelKeys = keysOf(levels.values, usedLevel, nullLevel);
  const groupKeys = keysOf(groups.values, usedGroup, nullGroup);

  // unit tree: every prefix of every used path is a node; DFS pre-order, siblings in natural order
  const children = new Map<string, Set<string>>(); // parent path ('' = root) → child paths
  for (let u = 0; u < units.values.length; u++) {
    if (usedUnit[u] !== 1) continue;
    const parts = units.values[u]!.split(UNIT_PATH_SEPARATOR);
    let parent = '';
    for (let d = 0; d < parts.length; d++) {
      const path = d === 0 ? parts[0]! : parent + UNIT_PATH_SEPARATOR + parts[d]!;
      let set = children.get(parent);
      if (set === undefined) children.set(parent, (set = new Set()));
      set.add(path);
      parent = path;
    }
  }
  const unitKeys: (string | null)[] = [];
  const parents: number[] = [];
  const depths: number[] = [];
  const ends: number[] = [];
  const lastSegment = (p: string): string => p.slice(p.lastIndexOf(UNIT_PATH_SEPARATOR) + 1);
  // Pre-order with an explicit stack (no recursion over a depth the data sets); a node's subtree
  // ends where the next node of its depth or above begins.
  const tops = [...(children.get('') ?? [])].sort(naturalCompare);
  const stack: { readonly path: string; readonly parent: number; readonly depth: number }[] = [];
  for (let i = tops.length - 1; i >= 0; i--) stack.push({ path: tops[i]!, parent: -1, depth: 1 });
  const open: number[] = [];
  while (stack.length > 0) {
    const { path, parent, depth } = stack.pop()!;
    const me = unitKeys.length;
    while (open.length > 0 && depths[open[open.length - 1]!]! >= depth) ends[open.pop()!] = me;
    unitKeys.push(path);
    parents.push(parent);
    depths.push(depth);
    ends.push(0);
    open.push(me);
    const kids = [...(children.get(path) ?? [])].sort((a, b) => naturalCompare(lastSegment(a), lastSegment(b)) || naturalCompare(a, b));
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ path: kids[i]!, parent: me, depth: depth + 1 });
  }
  for (const node of open) ends[node] = unitKeys.length;
  if (nullUnit) {
    unitKeys.push(null);
    parents.push(-1);
    depths.push(0);
    ends.push(unitKeys.length);
  }
  const levelBase = 1;
  const groupBase = levelBase + levelKeys.length;
  const unitBase = groupBase + groupKeys.length;
  return {
    levelKeys,
    groupKeys,
    unitKeys,
    unitParent: Int32Array.from(parents),
    unitDepth: Int32Array.from(depths),
    unitSubtreeEnd: Int32Array.from(ends),
    levelBase,
    groupBase,
    unitBase,
    cells: unitBase + unitKeys.length,
  };
}

/** Dictionary id + 1 → cell per breakdown (0: no key), so a person's cell is `lut[id + 1]` without a per-person column. @internal */
export interface CellLuts {
  readonly levelLut: Int32Array;
  readonly groupLut: Int32Array;
  readonly unitLut: Int32Array;
}

/**
 * The lookup tables of the cells of `layout` (fewer large allocations than a column per person:
 * each one brings the next full garbage collection closer).
 * @internal
 */
export function cellLuts(partial: PartialMapping, layout: Layout): CellLuts {
  const { levels, groups, units } = partial.state;
  const lutOf = (values: readonly string[], keys: readonly (string | null)[], base: number): Int32Array => {
    const cellOf = cellIndex(values, keys, base);
    const lut = new Int32Array(cellOf.length + 1);
    lut[0] = base + keys.indexOf(null);
    lut.set(cellOf, 1);
    return lut;
  };
  return {
    levelLut: lutOf(levels.values, layout.levelKeys, layout.levelBase),
    groupLut: lutOf(groups.values, layout.groupKeys, layout.groupBase),
    unitLut: lutOf(units.values, layout.unitKeys, layout.unitBase),
  };
}
