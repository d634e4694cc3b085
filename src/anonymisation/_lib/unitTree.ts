/**
 * The employer/unit tree of a published table (ANON-7's unit relations): the employer and its units
 * as nodes, checked (unique keys, listed parents, no cycle of parents) and walked in breadth-first
 * order without recursion; the sexes and slots a figure is published for, and the head count of each.
 * @internal
 */
import type { Expected } from '../../_lib/input.js';
import { expecting } from '../../locales/index.js';
import type { AuditInput, JsonPath } from '../types.js';

/** A unit of a published table. @internal */
export type Unit = NonNullable<AuditInput['byUnit']>[number];
/** A population by sex (the employer's or a unit's). @internal */
export type Pop = AuditInput['population'];
/** A problem that makes a table unreadable: the path and what was expected there. @internal */
export interface Problem {
  readonly path: JsonPath;
  readonly expected: Expected;
}

/** The slots of an attribute count: women, men, other/unknown and the total. @internal */
export const SLOTS = ['women', 'men', 'otherOrUnknown', 'total'] as const;
/** One of {@link SLOTS}. @internal */
export type Slot = (typeof SLOTS)[number];
/** The sexes compared in pay and parental leave (DEF-SEX). @internal */
export const SEXES = ['women', 'men'] as const;

/** The head count of a slot in a population. @internal */
export function slotBase(pop: Pop, slot: Slot): number {
  if (slot === 'women') return pop.women;
  if (slot === 'men') return pop.men;
  if (slot === 'otherOrUnknown') return pop.other + pop.unknown;
  return pop.total;
}

/** A node of the employer/unit tree. @internal */
export interface Node {
  readonly index: number; // -1 = employer
  readonly cell: JsonPath;
  readonly unit: Unit | null;
  readonly pop: Pop;
  readonly children: number[]; // node indexes
  readonly coversEmployer: boolean;
}

/** The checked tree: its nodes (0 the employer), in breadth-first order, and each node's parent. @internal */
export interface UnitTree {
  readonly nodes: readonly Node[];
  /** The nodes in breadth-first order, the employer first. */
  readonly bfs: readonly Node[];
  /** A node's index (`Node.index`) → its parent's (-1 the employer). */
  readonly parentNode: ReadonlyMap<number, number>;
}

/**
 * Reads a table's employer/unit tree; null with `problems` when the sexes do not add up or the
 * tree is broken. Iterative: no recursion over the tree's depth.
 * @internal
 */
export function readUnitTree(table: AuditInput, problems: Problem[]): UnitTree | null {
  checkPopulation(table.population, ['population'], problems);
  (table.byUnit ?? []).forEach((u, i) => checkPopulation(u.population, ['byUnit', i, 'population'], problems));
  const nodes = unitTree(table, problems);
  if (nodes === null || problems.length > 0) return null;
  const bfs: Node[] = [];
  const parentNode = new Map<number, number>(); // node index → its parent's index (-1 the employer)
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const node = nodes[queue[q] ?? 0];
    if (node === undefined) continue;
    bfs.push(node);
    for (const c of node.children) {
      queue.push(c);
      const child = nodes[c];
      if (child !== undefined) parentNode.set(child.index, node.index);
    }
  }
  return { nodes, bfs, parentNode };
}

/** The sub-units of a node. @internal */
export function childNodes(tree: UnitTree, node: Node): Node[] {
  return node.children.map((c) => tree.nodes[c]).filter((k): k is Node => k !== undefined);
}

/**
 * The employer/unit tree (node 0 the employer, node i + 1 the unit `byUnit[i]`), or null with
 * problems: duplicate keys, a parent that is not listed, a cycle of parents. Iterative: no
 * recursion over the tree's depth.
 */
function unitTree(table: AuditInput, problems: Problem[]): Node[] | null {
  const units = table.byUnit ?? [];
  const total = table.population.total;
  const nodes: Node[] = [{ index: -1, cell: [], unit: null, pop: table.population, children: [], coversEmployer: true }];
  const byKey = new Map<string, number>();
  units.forEach((u, i) => {
    nodes.push({ index: i, cell: ['byUnit', i], unit: u, pop: u.population, children: [], coversEmployer: u.population.total === total });
    if (u.key === null) return;
    if (byKey.has(u.key)) problems.push({ path: ['byUnit', i, 'key'], expected: expecting('uniqueUnitKey') });
    else byKey.set(u.key, i + 1);
  });
  const parentOf = new Int32Array(nodes.length).fill(-1);
  for (let i = 1; i < nodes.length; i++) {
    const u = nodes[i]?.unit;
    if (u === null || u === undefined) continue;
    if (u.parent === null) parentOf[i] = 0;
    else if (u.key === null) problems.push({ path: ['byUnit', i - 1, 'parent'], expected: expecting('keyedParentOnly') });
    else {
      const p = byKey.get(u.parent);
      if (p === undefined) problems.push({ path: ['byUnit', i - 1, 'parent'], expected: expecting('listedParent') });
      else parentOf[i] = p;
    }
  }
  if (problems.length > 0) return null;
  // every unit must reach the employer by following its parents: a cycle never does
  const state = new Uint8Array(nodes.length); // 0 not seen, 1 on the current walk, 2 reaches the employer, 3 does not
  state[0] = 2;
  for (let i = 1; i < nodes.length; i++) {
    const walk: number[] = [];
    let k = i;
    while (state[k] === 0) {
      state[k] = 1;
      walk.push(k);
      k = parentOf[k] ?? 0;
    }
    const ok = state[k] === 2;
    for (const w of walk) state[w] = ok ? 2 : 3;
    if (!ok && walk.length > 0) problems.push({ path: ['byUnit', i - 1, 'parent'], expected: expecting('parentsReachEmployer') });
  }
  if (problems.length > 0) return null;
  for (let i = 1; i < nodes.length; i++) nodes[parentOf[i] ?? 0]?.children.push(i);
  return nodes;
}

function checkPopulation(pop: Pop, path: JsonPath, problems: Problem[]): void {
  if (pop.women + pop.men + pop.other + pop.unknown !== pop.total) problems.push({ path, expected: expecting('sexesAddUpToTotal') });
}
