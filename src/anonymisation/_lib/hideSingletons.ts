/**
 * The singleton pass of secondary suppression (ANON-3): the cheap first step before the protection
 * LP, hiding one more cell of every relation that would give back its only hidden value, and the
 * answered counts that give a small group's part-timers away.
 * @internal
 */
import { baseOf } from './domains.js';
import { countOrdersOf, impliedCounts } from './implied.js';
import { costOf, markCell, nextEpoch, type ProtectionState } from './protectionState.js';
import type { TableVar } from './tableModel.js';

/**
 * The first, cheap step of secondary suppression: a relation (a sum of cells) in which exactly one
 * value is hidden gives it back by subtraction, so one more of its cells is hidden — the cheapest:
 * fewest persons, a cell already partly hidden, the employer's figures last. Repeated until no
 * relation has a single hidden value; the analysis then finds what combinations of relations give
 * back, and `protectTarget` (protect.ts) handles those. Before it, the answered counts that tell a
 * small group's hidden part-timers apart from none are hidden (no other suppression can help them);
 * a figure other published "none" and "all" figures give away is never the one picked (hiding it
 * would protect nobody).
 * @internal
 */
export function hideSingletons(s: ProtectionState): void {
  const { model } = s;
  const rows = model.rows.filter((r) => r.kind === 'sexes' || r.kind === 'unit-tree' || r.kind === 'breakdown' || r.kind === 'components');
  const rowsOf: number[][] = Array.from({ length: model.vars.length }, () => []);
  rows.forEach((r, i) => {
    for (const id of r.vars) rowsOf[id]?.push(i);
  });
  // the cells with a hidden figure: their other figures cost less to hide
  nextEpoch(s.marks);
  for (const v of model.vars) if (s.hidden[v.id] !== null) markCell(s, v.id);
  const unknown = (id: number): boolean => s.hidden[id] !== null || model.vars[id]?.own === true;
  const empty = (id: number): boolean => {
    const v = model.vars[id];
    return v === undefined || v.upper === 0 || (v.kind === 'pay' && (v.persons ?? 0) === 0);
  };
  hideAnswersOfSmallGroups(s, unknown);
  // a figure that other published "none" and "all" give away protects nobody when hidden
  const publishedValue = (id: number): number | null => (unknown(id) ? null : (s.truth[id] ?? null));
  const implied = impliedCounts(model, publishedValue, publishedValue);
  const given = (id: number): boolean => {
    const from = implied.get(id)?.from;
    return from !== undefined && from.size > 0 && !from.has(id);
  };
  const queue: number[] = rows.map((_, i) => i);
  const queued = new Uint8Array(rows.length).fill(1);
  for (let q = 0; q < queue.length; q++) {
    const ri = queue[q] ?? 0;
    queued[ri] = 0;
    const r = rows[ri];
    if (r === undefined) continue;
    const hiddenTerms = r.vars.filter((id) => unknown(id) && !empty(id));
    if (hiddenTerms.length !== 1) continue;
    const lone = model.vars[hiddenTerms[0] ?? -1];
    // a unit's own staff alone in its relation is only a problem when it is a small group (the analysis decides)
    if (lone === undefined || lone.own) continue;
    const candidates = r.vars
      .filter((id) => !unknown(id) && !empty(id) && !s.keep.has(id) && !given(id))
      .map((id) => model.vars[id])
      .filter((v): v is TableVar => v !== undefined);
    if (candidates.length === 0) continue;
    candidates.sort((a, b) => costOf(s, a) - costOf(s, b) || a.id - b.id);
    const pick = candidates[0];
    if (pick === undefined) continue;
    s.hidden[pick.id] = 'secondary';
    s.protects.set(pick.id, lone.path);
    markCell(s, pick.id);
    for (const other of rowsOf[pick.id] ?? []) {
      if (queued[other] === 0) {
        queued[other] = 1;
        queue.push(other);
      }
    }
  }
}

/**
 * A published "answered" count above 0 tells that some of its part-timers exist (answered ≤
 * part-timers, DEF-INV): where that part-time count is hidden in a group below the threshold, it
 * tells "not none" (ANON-7), and no other suppression can take that back. So the answered count is
 * hidden with it, before any relation is weighed.
 */
function hideAnswersOfSmallGroups(s: ProtectionState, unknown: (id: number) => boolean): void {
  const { model, truth, policy } = s;
  for (const { lower, upper } of countOrdersOf(model)) {
    const answered = model.vars[lower];
    const partTimers = model.vars[upper];
    if (answered === undefined || partTimers === undefined || answered.countRule !== 'answered' || partTimers.countRule !== 'attribute') continue;
    if (answered.own || unknown(answered.id) || !unknown(partTimers.id) || s.keep.has(answered.id) || (truth[answered.id] ?? 0) <= 0) continue;
    const n = baseOf(partTimers, (id) => truth[id] ?? null);
    if (n === null || n <= 0 || n >= policy.attributeMinCount) continue;
    s.hidden[answered.id] = 'secondary';
    s.protects.set(answered.id, partTimers.path);
    markCell(s, answered.id);
  }
}
