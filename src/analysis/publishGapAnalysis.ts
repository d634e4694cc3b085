import { PublicationPolicySchema, type PublicationPolicyInput } from '../anonymisation/policy.js';
import type { AdjustedGap, GapAnalysis, GapDecomposition, GapPart } from './schema.js';
import type {
  Hidden,
  HiddenReason,
  PublishedAdjustedGap,
  PublishedDecompositionCell,
  PublishedGapAnalysis,
  PublishedGapDecomposition,
  PublishedGapPart,
  PublishedGroupAdjustedGap,
} from './publishedSchema.js';

const PARTS = ['composition', 'withinCells', 'menOutsideSupport', 'womenOutsideSupport'] as const;
type PartName = (typeof PARTS)[number];

/**
 * The published form of a gap analysis (EXP-3): what may go into the statement under the
 * publication policy (ANON-2, ANON-3, ANON-6), self-contained.
 *
 * - **Primary suppression** (ANON-2): a pay figure resting on fewer than `payMinPersons` women or
 *   men is hidden: a cell's contributions when a sex present in it is below the threshold; the
 *   outside-support parts when fewer men (women) are outside the support; composition and within
 *   cells when the support holds too few of a sex; the whole decomposition and the adjusted gap
 *   when the employer has too few women or men; a group's adjusted gap likewise.
 * - **Complementary suppression** (ANON-3): the parts add up to the total and the cells'
 *   contributions to their part; where exactly one member of such a sum is hidden, another is
 *   hidden too (the one resting on the fewest persons; never a part that is 0 by construction,
 *   e.g. no men outside the support), until none is alone.
 * - Each hidden value carries a reason: rule, code and threshold, never the value (ANON-6).
 * - No means per cell and no per-factor coefficients; NOK amounts are left out (`nok: null`) when
 *   the policy publishes ratios only (ANON-4); the accounting set is never carried (its type says so).
 *
 * What the later integration with the publication audit (ANON-7, `auditPublication`) must add:
 * the relations *across* the published analysis and the published mapping (the mapping's means and
 * counts per level, group and unit pin a cell's contribution, and its hidden cells pin this
 * one's), the rounding intervals of every figure, and merging small levels as the audit's policy
 * does; until then `suppression` says how far this form goes.
 *
 * @param analysis - the internal analysis ({@link analyseGap})
 * @param policy - the publication policy ({@link PublicationPolicySchema}; only `payMinPersons` and `ratiosOnly` are used)
 * @returns the published analysis
 * @throws {z.ZodError} when the policy is invalid
 * @see ARP.md §9 EXP-3, §6 ANON-2, ANON-3, ANON-4, ANON-6
 * @example
 * ```ts
 * const published = publishGapAnalysis(analyseGap(records, { statistics: { year: 2025 } }), { payMinPersons: 5 });
 * published.decomposition.level?.cells[0]?.withinCells; // { nok: '12.50', percentOfMen: '0.0' } or { hidden: { rule: 'ANON-2', … } }
 * ```
 */
export function publishGapAnalysis(analysis: GapAnalysis, policy: PublicationPolicyInput = {}): PublishedGapAnalysis {
  const p = PublicationPolicySchema.parse(policy);
  const k = p.payMinPersons;
  const small = (n: number): boolean => n > 0 && n < k;
  const primary: HiddenReason = { rule: 'ANON-2', code: 'pay-below-threshold', threshold: k };
  const decomposition: Record<string, PublishedGapDecomposition> = {};
  for (const [name, d] of Object.entries(analysis.decomposition)) decomposition[name] = publishDecomposition(d, k, p.ratiosOnly);
  const a = analysis.adjusted;
  const adjusted = small(a.women) || small(a.men) ? { hidden: primary } : publishAdjusted(a);
  const byGroup: PublishedGroupAdjustedGap[] = analysis.byGroup.map((g) => {
    const hide = small(g.adjusted.women) || small(g.adjusted.men);
    return {
      group: g.group,
      women: g.adjusted.women,
      men: g.adjusted.men,
      adjusted: hide ? { hidden: primary } : publishAdjusted(g.adjusted),
      flagged: hide ? null : g.flagged,
    };
  });
  return {
    kind: 'likestilling.published-gap-analysis',
    year: analysis.year,
    referenceDate: analysis.referenceDate,
    policy: { payMinPersons: k, ratiosOnly: p.ratiosOnly },
    suppression: 'primary-and-complementary-within-the-analysis',
    population: { women: analysis.population.women, men: analysis.population.men },
    decomposition,
    adjusted,
    byGroup,
    options: analysis.options,
  };
}

/** The published figures of an adjusted gap (built field by field: nothing else is carried). */
function publishAdjusted(a: AdjustedGap): PublishedAdjustedGap {
  return {
    status: a.status,
    coefficient: a.coefficient,
    gapPercent: a.gapPercent,
    standardError: a.standardError,
    standardErrors: a.standardErrors,
    confidenceInterval: a.confidenceInterval,
    pValue: a.pValue,
    rSquared: a.rSquared,
    n: a.n,
    women: a.women,
    men: a.men,
    factors: a.factors,
    dropped: a.dropped,
    threshold: a.threshold,
    kennedy: a.kennedy,
  };
}

/** A member of an additive relation: shown or hidden, and how many persons it rests on. */
interface Member {
  hidden: HiddenReason | null;
  /** Persons it rests on (the order of complementary choices); 0: a structural zero, never chosen. */
  readonly persons: number;
}

function publishDecomposition(d: GapDecomposition, k: number, ratiosOnly: boolean): PublishedGapDecomposition {
  const small = (n: number): boolean => n > 0 && n < k;
  const primary: HiddenReason = { rule: 'ANON-2', code: 'pay-below-threshold', threshold: k };
  const complementary: HiddenReason = { rule: 'ANON-3', code: 'complementary', threshold: k };
  const W = d.women.count;
  const M = d.men.count;
  const everything = small(W) || small(M);
  const outMen = M - d.men.inSupport;
  const outWomen = W - d.women.inSupport;
  const inSupportSmall = small(d.women.inSupport) || small(d.men.inSupport);
  const groupOf: Record<PartName, number> = {
    composition: d.women.inSupport + d.men.inSupport,
    withinCells: d.women.inSupport + d.men.inSupport,
    menOutsideSupport: outMen,
    womenOutsideSupport: outWomen,
  };
  const total: Member = { hidden: everything ? primary : null, persons: W + M };
  const parts: Record<PartName, Member> = {
    composition: { hidden: everything || inSupportSmall ? primary : null, persons: groupOf.composition },
    withinCells: { hidden: everything || inSupportSmall ? primary : null, persons: groupOf.withinCells },
    menOutsideSupport: { hidden: everything || small(outMen) ? primary : null, persons: outMen },
    womenOutsideSupport: { hidden: everything || small(outWomen) ? primary : null, persons: outWomen },
  };
  // per part, the cells with a contribution to it
  const cells: Record<PartName, { readonly index: number; readonly member: Member }[]> = {
    composition: [],
    withinCells: [],
    menOutsideSupport: [],
    womenOutsideSupport: [],
  };
  d.cells.forEach((c, index) => {
    const hide = everything || small(c.women.count) || small(c.men.count);
    for (const part of PARTS) {
      if (c[part] === null) continue;
      cells[part].push({ index, member: { hidden: hide ? primary : null, persons: c.women.count + c.men.count } });
    }
  });
  // complementary suppression: no sum with exactly one hidden member
  const relations: Member[][] = [[total, ...PARTS.map((x) => parts[x])], ...PARTS.map((x) => [parts[x], ...cells[x].map((c) => c.member)])];
  for (let changed = true; changed;) {
    changed = false;
    for (const members of relations) {
      if (members.filter((m) => m.hidden !== null).length !== 1) continue;
      const candidates = members.filter((m) => m.hidden === null && m.persons > 0 && m !== total);
      if (candidates.length === 0) continue; // the hidden one is then a structural zero's partner only
      candidates.sort((x, y) => x.persons - y.persons);
      candidates[0]!.hidden = complementary;
      changed = true;
    }
  }
  const show = (value: GapPart | null, m: Member): PublishedGapPart | null => {
    if (value === null) return null;
    if (m.hidden !== null) return { hidden: m.hidden };
    return { nok: ratiosOnly ? null : value.nok, percentOfMen: value.percentOfMen };
  };
  const memberOf = (part: PartName, index: number): Member | null => cells[part].find((c) => c.index === index)?.member ?? null;
  const publishedCells: PublishedDecompositionCell[] = d.cells.map((c, index) => {
    const cell = (part: PartName): PublishedGapPart | null => {
      const m = memberOf(part, index);
      return m === null ? null : show(c[part], m);
    };
    return {
      key: c.key,
      inSupport: c.inSupport,
      women: c.women.count,
      men: c.men.count,
      composition: cell('composition'),
      withinCells: cell('withinCells'),
      menOutsideSupport: cell('menOutsideSupport'),
      womenOutsideSupport: cell('womenOutsideSupport'),
    };
  });
  const allShown = PARTS.every((x) => parts[x].hidden === null) && total.hidden === null;
  const shareHidden: Hidden | null = everything ? { hidden: primary } : null;
  return {
    breakdown: d.breakdown,
    weighting: d.weighting,
    status: d.status,
    women: W,
    men: M,
    womenShareOfMen: shareHidden ?? d.womenShareOfMen,
    total: show(d.total, total),
    composition: show(d.composition, parts.composition),
    withinCells: show(d.withinCells, parts.withinCells),
    menOutsideSupport: show(d.menOutsideSupport, parts.menOutsideSupport),
    womenOutsideSupport: show(d.womenOutsideSupport, parts.womenOutsideSupport),
    presentedPercents: allShown ? d.presentedPercents : null,
    cells: publishedCells,
  };
}
