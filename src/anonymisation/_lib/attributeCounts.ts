/**
 * The attribute counts of a table model (ANON-7): temporary employees, part-timers and involuntary
 * part-timers (DEF-PT, DEF-INV) by sex, for the employer and every unit — their variables, the
 * relations of the sexes and of the unit tree, the published counts, percents and women's shares,
 * and the answers behind involuntary part-time (involuntary ≤ answered ≤ part-timers; coverage).
 * @internal
 */
import { expecting } from '../../locales/index.js';
import type { AuditInput, JsonPath } from '../types.js';
import { countDecimal, lastResortOf, type ModelBuilder } from './modelBuilder.js';
import type { CountRule, TableVar } from './tableModel.js';
import { childNodes, SLOTS, slotBase, type Node, type Slot, type Unit, type UnitTree } from './unitTree.js';

type ByNode = Map<number, Map<Slot, TableVar>>;

/**
 * Adds the temporary, part-time and involuntary part-time counts of the employer and every unit.
 * @internal
 */
export function addAttributeCounts(b: ModelBuilder, tree: UnitTree): void {
  const { table } = b;
  const temporaryVars = table.temporary === undefined ? null : countVars(b, tree, 'temporary');
  const partTimeVars = table.partTime === undefined ? null : countVars(b, tree, 'partTime');
  // DEF-INV: the base of an involuntary part-time count is the part-time count
  const involuntaryVars = table.involuntaryPartTime === undefined ? null : countVars(b, tree, 'involuntaryPartTime', partTimeVars);
  const temporary = temporaryVars?.byNode ?? null;
  const partTime = partTimeVars?.byNode ?? null;
  const involuntary = involuntaryVars?.byNode ?? null;
  addPercents(b, tree, [
    ['temporary', temporary],
    ['partTime', partTime],
    ['involuntaryPartTime', involuntary],
  ]);
  if (involuntary !== null) addAnswers(b, tree, involuntary, partTime);
}

/** An attribute's figures of a node (the employer's or its unit's). */
function figureOf<K extends 'temporary' | 'partTime' | 'involuntaryPartTime'>(table: AuditInput, node: Node, attr: K): AuditInput[K] | Unit[K] {
  return node.unit !== null ? node.unit[attr] : table[attr];
}

/** The counts of one attribute by slot, for the employer and every unit, with their relations; `base`: the counts they are a part of (DEF-INV). */
function countVars(
  b: ModelBuilder,
  tree: UnitTree,
  attr: 'temporary' | 'partTime' | 'involuntaryPartTime',
  base: { byNode: ByNode; own: ByNode } | null = null,
): { byNode: ByNode; own: ByNode } {
  const { problems, addVar, within, observeCount } = b;
  const { bfs, parentNode } = tree;
  const byNode: ByNode = new Map();
  for (const node of bfs) {
    const f = figureOf(b.table, node, attr);
    if (f === undefined) continue;
    const m = new Map<Slot, TableVar>();
    for (const slot of SLOTS) {
      const path = [...node.cell, attr, slot, 'count'];
      const headCount = slotBase(node.pop, slot);
      const value = slot === 'otherOrUnknown' ? f.otherOrUnknown.count : f[slot].count;
      if (value !== null && value > headCount) problems.push({ path, expected: expecting('countWithinHeadCount') });
      const v = addVar({
        kind: 'count',
        family: attr,
        slot,
        path,
        cell: node.cell,
        own: false,
        integer: true,
        lower: 0,
        upper: headCount,
        persons: headCount,
        personsVar: null,
        baseVar: base?.byNode.get(node.index)?.get(slot)?.id ?? null,
        countRule: 'attribute',
        lastResort: lastResortOf(node, slot),
        value: value === null ? null : countDecimal(value),
        half: countDecimal(0),
      });
      m.set(slot, v);
      observeCount(v, path, value);
    }
    byNode.set(node.index, m);
    sexRow(b, m, node.cell);
  }
  for (const [index, m] of byNode) {
    const up = parentNode.get(index);
    for (const slot of SLOTS) {
      if (up !== undefined) within(m.get(slot), byNode.get(up)?.get(slot));
      if (slot !== 'total') within(m.get(slot), m.get('total'));
    }
  }
  const own = treeRows(b, tree, byNode, (node, slot) => slotBase(node.pop, slot), attr, 'attribute', base?.own ?? null);
  return { byNode, own };
}

/** women + men + other/unknown = total, in one cell. */
function sexRow(b: ModelBuilder, m: ReadonlyMap<Slot, TableVar>, cell: JsonPath): void {
  const t = m.get('total');
  if (t === undefined) return;
  const vs: number[] = [];
  const cs: number[] = [];
  for (const s of ['women', 'men', 'otherOrUnknown'] as const) {
    const v = m.get(s);
    if (v !== undefined) {
      vs.push(v.id);
      cs.push(1);
    }
  }
  b.addRow({ vars: [...vs, t.id], coefs: [...cs, -1], lower: 0, upper: 0, kind: 'sexes', cell, sources: [] });
}

/** parent = Σ children + own (own only when the parent has persons of the slot outside its children). */
function treeRows(
  b: ModelBuilder,
  tree: UnitTree,
  byNode: ByNode,
  base: (n: Node, s: Slot) => number,
  family: string,
  countRule: CountRule | null,
  baseOwn: ByNode | null,
): ByNode {
  const { problems, addVar, addRow, within } = b;
  const ownByNode: ByNode = new Map();
  for (const node of tree.bfs) {
    if (node.children.length === 0) continue;
    const mine = byNode.get(node.index);
    if (mine === undefined) continue;
    const kids = childNodes(tree, node);
    const own = new Map<Slot, TableVar>();
    for (const slot of SLOTS) {
      const p = mine.get(slot);
      if (p === undefined) continue;
      const ownBase = base(node, slot) - kids.reduce((s, k) => s + base(k, slot), 0);
      if (ownBase < 0) {
        problems.push({ path: [...node.cell, 'population'], expected: expecting('subUnitsWithinParent') });
        continue;
      }
      const vs = [p.id];
      const cs = [1];
      for (const k of kids) {
        const kv = byNode.get(k.index)?.get(slot);
        if (kv !== undefined) {
          vs.push(kv.id);
          cs.push(-1);
        }
      }
      if (ownBase > 0) {
        const o = addVar({
          kind: 'count',
          family,
          slot,
          path: [...node.cell, '(own)', family, slot, 'count'],
          cell: [...node.cell, '(own)'],
          own: true,
          integer: true,
          lower: 0,
          upper: ownBase,
          persons: ownBase,
          personsVar: null,
          baseVar: baseOwn?.get(node.index)?.get(slot)?.id ?? null,
          countRule,
          lastResort: 0,
          value: null,
          half: countDecimal(0),
        });
        own.set(slot, o);
        vs.push(o.id);
        cs.push(-1);
      }
      addRow({ vars: vs, coefs: cs, lower: 0, upper: 0, kind: 'unit-tree', cell: node.cell, sources: [] });
    }
    if (own.size > 0) sexRow(b, own, [...node.cell, '(own)']);
    for (const [slot, o] of own) {
      within(o, mine.get(slot));
      if (slot !== 'total') within(o, own.get('total'));
    }
    ownByNode.set(node.index, own);
  }
  return ownByNode;
}

/** The percents of a published base and women's share of the category (each an observation). */
function addPercents(b: ModelBuilder, tree: UnitTree, byAttr: readonly (readonly ['temporary' | 'partTime' | 'involuntaryPartTime', ByNode | null])[]): void {
  const { derived, observePercentOfBase, observeShare } = b;
  for (const [attr, byNode] of byAttr) {
    if (byNode === null) continue;
    for (const node of tree.bfs) {
      const m = byNode.get(node.index);
      const f = figureOf(b.table, node, attr);
      if (m === undefined || f === undefined) continue;
      for (const slot of ['women', 'men', 'total'] as const) {
        const v = m.get(slot);
        if (v === undefined) continue;
        const pcts: [string, number][] =
          slot === 'total'
            ? [['percentOfAll', node.pop.total]]
            : [
                ['percentOfAll', node.pop.total],
                ['percentOfSex', slotBase(node.pop, slot)],
              ];
        for (const [field, base] of pcts) {
          const path = [...node.cell, attr, slot, field];
          const text = (f[slot] as Record<string, unknown>)[field];
          derived.push({ path, kind: 'percent', owners: [v.id], base });
          if (typeof text === 'string') observePercentOfBase(v, path, text, base);
        }
      }
      const w = m.get('women');
      const mm = m.get('men');
      if (w !== undefined && mm !== undefined) {
        const path = [...node.cell, attr, 'womenShareOfCategory'];
        derived.push({ path, kind: 'share-of-category', owners: [w.id, mm.id], base: null });
        const text = f.womenShareOfCategory;
        if (typeof text === 'string') observeShare(w, mm, path, text, 'share', node.cell);
      }
    }
  }
}

/** Involuntary part-time's answers: part-timers = the part-time count; involuntary ≤ answered ≤ part-timers; coverage. */
function addAnswers(b: ModelBuilder, tree: UnitTree, involuntary: ByNode, partTime: ByNode | null): void {
  const { problems, derived, addVar, addRow, observeCount, observeRatio } = b;
  const answeredByNode = new Map<number, Map<Slot, TableVar>>();
  for (const node of tree.bfs) {
    const f = figureOf(b.table, node, 'involuntaryPartTime');
    const inv = involuntary.get(node.index);
    if (f === undefined || inv === undefined) continue;
    const pt = partTime?.get(node.index);
    const ans = new Map<Slot, TableVar>();
    for (const slot of SLOTS) {
      const base = slotBase(node.pop, slot);
      const given = slot === 'otherOrUnknown' ? null : f[slot].answered;
      const path = slot === 'otherOrUnknown' ? [...node.cell, '(derived)', 'answered', slot] : [...node.cell, 'involuntaryPartTime', slot, 'answered'];
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a published table read from JSON may lack the field
      if (given !== null && given !== undefined && given > base) problems.push({ path, expected: expecting('countWithinHeadCount') });
      const a = addVar({
        kind: 'count',
        family: 'answered',
        slot,
        path,
        cell: node.cell,
        own: slot === 'otherOrUnknown',
        integer: true,
        lower: 0,
        upper: base,
        persons: base,
        personsVar: null,
        baseVar: null,
        countRule: slot === 'otherOrUnknown' ? null : 'answered',
        lastResort: lastResortOf(node, slot),
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- as above
        value: given === null || given === undefined ? null : countDecimal(given),
        half: countDecimal(0),
      });
      ans.set(slot, a);
      if (slot !== 'otherOrUnknown') observeCount(a, path, given);
      const i = inv.get(slot);
      const p = pt?.get(slot);
      if (i !== undefined) addRow({ vars: [i.id, a.id], coefs: [1, -1], lower: -Infinity, upper: 0, kind: 'order', cell: node.cell, sources: [] });
      if (p !== undefined) addRow({ vars: [a.id, p.id], coefs: [1, -1], lower: -Infinity, upper: 0, kind: 'order', cell: node.cell, sources: [] });
      if (slot !== 'otherOrUnknown') {
        const ptPath = [...node.cell, 'involuntaryPartTime', slot, 'partTimers'];
        const ptGiven = f[slot].partTimers;
        if (p !== undefined) observeCount(p, ptPath, ptGiven, [p.id]);
        const covPath = [...node.cell, 'involuntaryPartTime', slot, 'coverage'];
        if (p !== undefined) {
          derived.push({ path: covPath, kind: 'coverage', owners: [a.id, p.id], base: null });
          const cov = f[slot].coverage;
          if (typeof cov === 'string') observeRatio(a, p, covPath, cov, 'coverage', node.cell);
        }
      }
    }
    answeredByNode.set(node.index, ans);
    sexRow(b, ans, [...node.cell, 'involuntaryPartTime', 'answered']);
  }
  treeRows(b, tree, answeredByNode, (node, slot) => slotBase(node.pop, slot), 'answered', 'answered', null);
}
