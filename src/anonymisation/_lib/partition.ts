/**
 * The table's connected parts and the chain of relations that pins a value (ANON-7). @internal
 */
import type { Constraints } from './constraints.js';
import { type Target, type Witnesses } from './witnesses.js';

/** The rows that set a target's outer bounds by propagation, and the rows that set those (at most 24). */
export function chain(c: Constraints, t: Target, outer: Witnesses): number[] {
  const by = outer as Partial<{ loBy: Int32Array; hiBy: Int32Array }>;
  if (by.loBy === undefined || by.hiBy === undefined) return [];
  const out = new Set<number>();
  const queue = [...t.vars];
  const seen = new Set<number>(queue);
  for (let q = 0; q < queue.length && out.size < 24; q++) {
    const id = queue[q] ?? 0;
    for (const ri of [by.loBy[id] ?? -1, by.hiBy[id] ?? -1]) {
      if (ri < 0 || out.has(ri)) continue;
      out.add(ri);
      for (const other of c.rows[ri]?.vars ?? []) {
        if (!seen.has(other)) {
          seen.add(other);
          queue.push(other);
        }
      }
    }
  }
  return [...out].sort((a, b) => a - b);
}

/** Connected parts of the variables that pass `include`, through the rows (union-find). */
export function partition(c: Constraints, n: number, include: (id: number) => boolean): { find: (x: number) => number; members: Map<number, number[]> } {
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (x: number): number => {
    let r = x;
    while ((parent[r] ?? r) !== r) r = parent[r] ?? r;
    let y = x;
    while ((parent[y] ?? y) !== r) {
      const next = parent[y] ?? r;
      parent[y] = r;
      y = next;
    }
    return r;
  };
  for (const row of c.rows) {
    let first = -1;
    for (const id of row.vars) {
      if (!include(id)) continue;
      if (first < 0) first = id;
      else {
        const a = find(first);
        const b = find(id);
        if (a !== b) parent[b] = a;
      }
    }
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (!include(i)) continue;
    const r = find(i);
    const list = members.get(r);
    if (list === undefined) members.set(r, [i]);
    else list.push(i);
  }
  return { find, members };
}
