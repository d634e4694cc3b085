/**
 * The cells of a breakdown (EXP-1, DEF-GRP): level, group, unit (its full path, or cut at a depth),
 * or a combination of them. A person is in the cell of their main employment's keys (DEF-POP);
 * a person without a key is in that dimension's `null` cell, as in the mapping.
 * @internal
 */
import { naturalCompare } from '../../statistics/internal.js';
import type { Persons } from './persons.js';

/** One dimension of a breakdown. @internal */
export interface Dimension {
  readonly dimension: 'level' | 'group' | 'unit';
  /** For `unit`: the depth the path is cut at (`unit:2` → `Direktoratet/Region Øst`); null: the full path. */
  readonly depth: number | null;
}

const DIMENSION = /^(level|group|unit)(?::([1-9]\d{0,2}))?$/;

/**
 * The dimensions of a breakdown name (`level`, `group`, `unit`, `unit:2`, `level*group`), or null
 * when it is not one (`:depth` only on `unit`; no dimension twice). @internal
 */
export function parseBreakdown(name: string): Dimension[] | null {
  const parts = name.split('*').map((p) => p.trim());
  const dims: Dimension[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const m = DIMENSION.exec(part);
    if (m === null) return null;
    const dimension = m[1] as Dimension['dimension'];
    if (m[2] !== undefined && dimension !== 'unit') return null;
    if (seen.has(dimension)) return null;
    seen.add(dimension);
    dims.push({ dimension, depth: m[2] === undefined ? null : Number(m[2]) });
  }
  return dims.length === 0 ? null : dims;
}

/** The canonical name of a breakdown (parts trimmed, as given otherwise). @internal */
export function breakdownName(dims: readonly Dimension[]): string {
  return dims.map((d) => (d.depth === null ? d.dimension : `${d.dimension}:${d.depth}`)).join('*');
}

/** Persons → cells of one breakdown. @internal */
export interface Cells {
  /** Person k → cell index. */
  readonly cellOf: Int32Array;
  /** The cells' keys, one value per dimension (null: no key), in the mapping's order (natural, null last). */
  readonly keys: readonly (readonly (string | null)[])[];
}

function cutPath(path: string, depth: number | null): string {
  if (depth === null) return path;
  const segments = path.split('/');
  return segments.length <= depth ? path : segments.slice(0, depth).join('/');
}

function compareKey(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1; // null last
  if (b === null) return -1;
  return naturalCompare(a, b);
}

/** The cells of `persons` under a breakdown. @internal */
export function cellsOf(persons: Persons, dims: readonly Dimension[]): Cells {
  // per dimension: person → value id (-1: none), and the values
  const columns = dims.map((d) => {
    if (d.dimension === 'level') return { ids: persons.level, values: persons.levels };
    if (d.dimension === 'group') return { ids: persons.group, values: persons.groups };
    // units: each unit id → the id of its path cut at the depth
    const values: string[] = [];
    const index = new Map<string, number>();
    const remap = persons.units.map((path) => {
      const cut = cutPath(path, d.depth);
      let id = index.get(cut);
      if (id === undefined) {
        id = values.length;
        values.push(cut);
        index.set(cut, id);
      }
      return id;
    });
    const ids = new Int32Array(persons.count);
    for (let k = 0; k < persons.count; k++) {
      const u = persons.unit[k]!;
      ids[k] = u < 0 ? -1 : remap[u]!;
    }
    return { ids, values };
  });
  const cellOf = new Int32Array(persons.count);
  const rawKeys: (string | null)[][] = [];
  // a cell's composite key: the ids + 1 in mixed radix (each dimension's values + 1); through a
  // table while the combinations are few, else a Map
  const radix = columns.reduce((r, c) => r * (c.values.length + 1), 1);
  const table = radix <= 1 << 20 ? new Int32Array(radix).fill(-1) : null;
  const byComposite = new Map<number, number>();
  for (let k = 0; k < persons.count; k++) {
    let composite = 0;
    for (const c of columns) composite = composite * (c.values.length + 1) + c.ids[k]! + 1;
    let cell = table === null ? (byComposite.get(composite) ?? -1) : table[composite]!;
    if (cell < 0) {
      cell = rawKeys.length;
      if (table === null) byComposite.set(composite, cell);
      else table[composite] = cell;
      rawKeys.push(columns.map((c) => (c.ids[k]! < 0 ? null : c.values[c.ids[k]!]!)));
    }
    cellOf[k] = cell;
  }
  // the mapping's order: natural per dimension, null last
  const order = rawKeys
    .map((_, i) => i)
    .sort((x, y) => {
      const a = rawKeys[x]!;
      const b = rawKeys[y]!;
      for (let d = 0; d < a.length; d++) {
        const c = compareKey(a[d]!, b[d]!);
        if (c !== 0) return c;
      }
      return 0;
    });
  const rank = new Int32Array(rawKeys.length);
  order.forEach((raw, i) => (rank[raw] = i));
  for (let k = 0; k < persons.count; k++) cellOf[k] = rank[cellOf[k]!]!;
  return { cellOf, keys: order.map((raw) => rawKeys[raw]!) };
}
