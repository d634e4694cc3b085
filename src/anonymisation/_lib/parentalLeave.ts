/**
 * The parental leave of a table model (ANON-7, DEF-PL): persons on leave (counts) and their weeks
 * (sums: average × persons) by sex, for the employer and every unit — at most
 * {@link MAX_WEEKS_PER_PERSON} weeks a person, the published persons and averages, and the unit
 * tree's sums with each unit's own staff as an unknown.
 * @internal
 */
import { Dec } from '../../_lib/money.js';
import { expecting } from '../../locales/index.js';
import { countDecimal, dec, lastResortOf, type ModelBuilder } from './modelBuilder.js';
import { halfUnit, MAX_WEEKS_PER_PERSON, type TableVar } from './tableModel.js';
import { childNodes, SEXES, type UnitTree } from './unitTree.js';

/**
 * Adds the parental-leave persons and weeks of the employer and every unit, when the table has them.
 * @internal
 */
export function addParentalLeave(b: ModelBuilder, tree: UnitTree): void {
  const { table } = b;
  const parentalPopulation = (table.options as { parentalLeavePopulation?: string } | undefined)?.parentalLeavePopulation;
  const stock = parentalPopulation === 'reference-date';
  if (table.parentalLeave === undefined) return;
  for (const sex of SEXES) {
    const { pv, wv } = addCells(b, tree, sex, stock);
    for (const [index, p] of pv) {
      const up = tree.parentNode.get(index);
      if (up !== undefined) b.within(p, pv.get(up));
    }
    addTree(b, tree, sex, stock, pv, wv);
  }
}

/**
 * The persons and weeks of one sex in every cell, with the published persons and averages.
 * `stock`: the persons are counted on the reference date (`options.parentalLeavePopulation`).
 */
function addCells(b: ModelBuilder, tree: UnitTree, sex: 'women' | 'men', stock: boolean): { pv: Map<number, TableVar>; wv: Map<number, TableVar> } {
  const { table, problems, observations, addVar, addRow, observeCount } = b;
  const pv = new Map<number, TableVar>();
  const wv = new Map<number, TableVar>();
  for (const node of tree.bfs) {
    const f = node.unit !== null ? node.unit.parentalLeave : table.parentalLeave;
    // a unit of a published table read from JSON may lack the field
    if (f === undefined) continue;
    const personsPath = [...node.cell, 'parentalLeave', sex, 'persons'];
    const weeksPath = [...node.cell, 'parentalLeave', sex, 'averageWeeks'];
    const given = f[sex].persons;
    const p = addVar({
      kind: 'count',
      family: 'parentalLeave',
      slot: sex,
      path: personsPath,
      cell: node.cell,
      own: false,
      integer: true,
      lower: 0,
      upper: stock ? node.pop[sex] : Infinity,
      persons: node.pop[sex],
      personsVar: null,
      baseVar: null,
      countRule: 'parental-persons',
      lastResort: lastResortOf(node, sex),
      value: given === null ? null : countDecimal(given),
      half: countDecimal(0),
    });
    observeCount(p, personsPath, given);
    const avgText = f[sex].averageWeeks;
    const avg = dec(avgText);
    if (avg !== null && avg.isNegative()) problems.push({ path: weeksPath, expected: expecting('nonNegativeAverage') });
    if (avgText !== null && given === 0) problems.push({ path: weeksPath, expected: expecting('noAverageWithoutPersons') });
    const w = addVar({
      kind: 'weeks',
      family: 'parentalLeave',
      slot: sex,
      path: weeksPath,
      cell: node.cell,
      own: false,
      integer: false,
      lower: 0,
      upper: Infinity,
      persons: null,
      personsVar: p.id,
      baseVar: null,
      countRule: null,
      lastResort: lastResortOf(node, sex),
      value: avg === null || given === null ? null : avg.times(given),
      half: avgText === null ? new Dec('0.05') : halfUnit(avgText),
    });
    pv.set(node.index, p);
    wv.set(node.index, w);
    addRow({ vars: [w.id, p.id], coefs: [1, -MAX_WEEKS_PER_PERSON], lower: -Infinity, upper: 0, kind: 'weeks-per-person', cell: node.cell, sources: [] });
    if (avgText !== null && avg !== null) {
      const h = halfUnit(avgText);
      // (a − h) × persons ≤ weeks ≤ (a + h) × persons
      observations.push({
        path: weeksPath,
        owners: [w.id],
        row: {
          vars: [w.id, p.id],
          coefs: [1, -avg.minus(h).toNumber()],
          lower: 0,
          upper: Infinity,
          kind: 'average',
          cell: node.cell,
          sources: [weeksPath],
        },
      });
      observations.push({
        path: weeksPath,
        owners: [w.id],
        row: {
          vars: [w.id, p.id],
          coefs: [1, -avg.plus(h).toNumber()],
          lower: -Infinity,
          upper: 0,
          kind: 'average',
          cell: node.cell,
          sources: [weeksPath],
        },
      });
    } else if (given === 0) {
      // no person: no weeks
      observations.push({ path: personsPath, owners: [p.id], bound: { varId: w.id, lower: 0, upper: 0 } });
    }
  }
  return { pv, wv };
}

/** The unit tree: persons and weeks add up; a unit's own staff is an unknown (a flow: leavers count). */
function addTree(
  b: ModelBuilder,
  tree: UnitTree,
  sex: 'women' | 'men',
  stock: boolean,
  pv: ReadonlyMap<number, TableVar>,
  wv: ReadonlyMap<number, TableVar>,
): void {
  const { addVar, addRow, within } = b;
  for (const node of tree.bfs) {
    if (node.children.length === 0) continue;
    const p = pv.get(node.index);
    const w = wv.get(node.index);
    if (p === undefined || w === undefined) continue;
    const kids = childNodes(tree, node);
    const root = node.unit === null;
    const pvs = [p.id];
    const wvs = [w.id];
    for (const k of kids) {
      const kp = pv.get(k.index);
      const kw = wv.get(k.index);
      if (kp !== undefined) pvs.push(kp.id);
      if (kw !== undefined) wvs.push(kw.id);
    }
    // the employer's top units and the `null` unit hold every record: no own staff at the root
    const ownPop = node.pop[sex] - kids.reduce((s, k) => s + k.pop[sex], 0);
    if (!root && !(stock && ownPop <= 0)) {
      const op = addVar({
        kind: 'count',
        family: 'parentalLeave',
        slot: sex,
        path: [...node.cell, '(own)', 'parentalLeave', sex, 'persons'],
        cell: [...node.cell, '(own)'],
        own: true,
        integer: true,
        lower: 0,
        upper: stock ? ownPop : Infinity,
        persons: Math.max(ownPop, 0),
        personsVar: null,
        baseVar: null,
        countRule: 'parental-persons',
        lastResort: 0,
        value: null,
        half: countDecimal(0),
      });
      const ow = addVar({
        kind: 'weeks',
        family: 'parentalLeave',
        slot: sex,
        path: [...node.cell, '(own)', 'parentalLeave', sex, 'averageWeeks'],
        cell: [...node.cell, '(own)'],
        own: true,
        integer: false,
        lower: 0,
        upper: Infinity,
        persons: null,
        personsVar: op.id,
        baseVar: null,
        countRule: null,
        lastResort: 0,
        value: null,
        half: new Dec('0.05'),
      });
      within(op, p);
      pvs.push(op.id);
      wvs.push(ow.id);
      addRow({
        vars: [ow.id, op.id],
        coefs: [1, -MAX_WEEKS_PER_PERSON],
        lower: -Infinity,
        upper: 0,
        kind: 'weeks-per-person',
        cell: [...node.cell, '(own)'],
        sources: [],
      });
    }
    addRow({ vars: pvs, coefs: pvs.map((_, i) => (i === 0 ? 1 : -1)), lower: 0, upper: 0, kind: 'unit-tree', cell: node.cell, sources: [] });
    addRow({ vars: wvs, coefs: wvs.map((_, i) => (i === 0 ? 1 : -1)), lower: 0, upper: 0, kind: 'unit-tree', cell: node.cell, sources: [] });
  }
}
