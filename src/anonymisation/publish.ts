import { inputIssue, LikestillingInputError, parseInput } from '../_lib/input.js';
import { expecting } from '../locales/index.js';
import type { Mapping } from '../statistics/types.js';
import { analyse } from './_lib/analyse.js';
import { holdsOnEveryTable, type TableCondition } from './_lib/conditions.js';
import { witnessesFrom, type Witnesses } from './_lib/witnesses.js';
import { constraintsOf, isStillPublished, type HiddenRule, type TableState } from './_lib/constraints.js';
import { baseOf, countFails } from './_lib/domains.js';
import { mergeSmallLevels } from './_lib/mergeLevels.js';
import { impliedCounts, impliedZeroPay } from './_lib/implied.js';
import { getPath, setPath } from './_lib/paths.js';
import { hideSingletons } from './_lib/hideSingletons.js';
import { protectTogether } from './_lib/protect.js';
import { protectionIndexes, type ProtectionState } from './_lib/protectionState.js';
import { loadSolver } from './_lib/solver.js';
import { buildTableModel } from './_lib/buildTableModel.js';
import { pathKey, type DerivedFigure, type TableModel, type TableVar } from './_lib/tableModel.js';
import { fixedByBounds, HALF_ORE, isZeroText, shareOfZeroLowest, targetsOf } from './_lib/targets.js';
import type { Target, TargetResult } from './_lib/witnesses.js';
import type { Highs } from 'highs';
import { byChoiceText, describePath, primaryTexts, secondaryText, type Text } from './_lib/text.js';
import { PublicationPolicySchema, type PublicationPolicy, type PublicationPolicyInput } from './policy.js';
import { MappingInputSchema, type AuditInput, type JsonPath, type LevelMerge, type PublishedMapping, type Suppression, type SuppressionRule } from './types.js';
import { z } from 'zod';
import { rulesForYear } from '../rules/versions/index.js';
import { RulesVersionSchema, type RulesVersion } from '../rules/versions/schema.js';

const PublishOptionsSchema = z.strictObject({ rules: z.array(RulesVersionSchema).min(1).optional() });
const PublishArgsSchema = z.object({ mapping: MappingInputSchema, policy: PublicationPolicySchema, options: PublishOptionsSchema });

/**
 * The options of {@link publish}.
 *
 * @example
 * ```ts
 * await publish(mapping, {}, { rules: [RULES_2020_01_01] });
 * ```
 */
export interface PublishOptions {
  /** The versions of the rules to choose from (default `RULES_VERSIONS`): the policy's defaults are those of the version in force on the mapping's reference date. */
  readonly rules?: readonly RulesVersion[];
}

/** The policy with every option the caller left out taken from the rules' defaults. */
function withRulesDefaults(policy: PublicationPolicyInput | undefined, rules: RulesVersion): PublicationPolicy {
  const given = Object.fromEntries(Object.entries(policy ?? {}).filter(([, v]) => v !== undefined));
  return PublicationPolicySchema.parse({ ...rules.publicationPolicy, ...given });
}

/**
 * Makes the publishable table (*anonymisering*) from the internal mapping: the same shape, with
 * every value that could reveal personal circumstances set to `null` and listed in `suppressed`
 * with its rule, the policy's threshold, the value it protects and a sentence in bokmål, nynorsk
 * and English that never states a hidden value (ANON-6).
 *
 * - Primary suppression (ANON-2, ANON-4) with the policy's thresholds: a pay figure of a sex in a
 *   cell (its mean, median and the cell's women's-share ratios) needs `payMinPersons`; an
 *   attribute count (temporary, part-time, involuntary part-time, parental leave) must be 0 or
 *   ≥ `attributeMinCount`, and the rest of the cell 0 or ≥ `attributeMinRest` (its percents, the
 *   women's share of the category and, for part-time, the involuntary part-time base go with it);
 *   a parental-leave average needs `parentalLeaveMinPersons`.
 * - Secondary suppression (ANON-3, ANON-7) until the table passes {@link auditPublication}: while
 *   a reader could narrow a hidden value — from everything published, every relation of the table
 *   and the rules of the suppression list — to a single value, to within `recoveryTolerancePercent`
 *   of an amount, or (a count of a group smaller than the threshold) enough to tell "all" from
 *   "none", or recompute a small unpublished group (a unit's own staff, several hidden pay cells
 *   together), further figures are hidden. They are chosen by a linear programme that finds another
 *   table, as close to the true one as possible, in which the value differs: the figures it needs
 *   changed are hidden, preferring cells with fewer persons and cells already partly hidden, the
 *   employer's totals last of all (the protection LP of Fischetti–Salazar, as in τ-Argus and sdcTable).
 * - `ratiosOnly` hides every NOK amount (`by-choice`); `mergeSmallLevels` merges small job levels
 *   first (reported in `merges`).
 *
 * Asynchronous because the solver (HiGHS, WebAssembly) loads on first use; otherwise pure and
 * deterministic: the same mapping and policy give the same table.
 *
 * @param mapping - the internal mapping (`computeMapping`)
 * @param policy - thresholds and choices; defaults of ANON-2 (the rules version's `publicationPolicy`) when left out
 * @param options - `rules`: the versions of the rules to choose the policy's defaults from
 * @returns the published table: hidden values `null`, `suppressed`, `merges`, `policy`, `rulesVersion`
 * @throws {@link LikestillingInputError} when the mapping is not a mapping (or its figures do not add up) or the policy is invalid
 *   — or, naming the figures (`protectableFigure`), when the secondary suppression could not protect every figure within its rounds: it writes a table only once an analysis of it finds nothing (ANON-7). No payroll of the tests or of the attacker's campaigns comes near that limit; merging small levels or higher thresholds leave fewer figures to protect.
 * @example
 * ```ts
 * const published = await publish(computeMapping(records, { year: 2025 }));
 * published.pay.byLevel[0]?.women.mean; // null when fewer than 5 women
 * published.suppressed[0]?.reason.en;
 * ```
 * @see ARP.md §6 ANON-1 … ANON-7
 */
export async function publish(mapping: Mapping, policy?: PublicationPolicyInput, options?: PublishOptions): Promise<PublishedMapping> {
  return publishWithin(mapping, policy, options, PROTECTION_LIMITS);
}

/**
 * How long the secondary suppression may go on: `rounds` protections of what an analysis found
 * disclosed, in each of at most `passes` passes (a pass ends when an analysis finds nothing; the
 * next starts when figures released because others gave them away are hidden again). No payroll
 * of the tests or of the attacker's campaigns comes near them.
 * @internal
 */
export interface ProtectionLimits {
  readonly rounds: number;
  readonly passes: number;
}

const PROTECTION_LIMITS: ProtectionLimits = { rounds: 60, passes: 10 };

/**
 * {@link publish} with other limits on its secondary suppression (the tests' way to see what
 * `publish` does when they run out: it throws and writes no table).
 * @internal
 */
export async function publishWithin(
  mapping: Mapping,
  policy: PublicationPolicyInput | undefined,
  options: PublishOptions | undefined,
  limits: ProtectionLimits,
): Promise<PublishedMapping> {
  const args = parseInput('publish', PublishArgsSchema, { mapping, policy: policy ?? {}, options: options ?? {} });
  const rules = rulesForYear(args.mapping.year, args.mapping.options.fiscalYearEnd, args.options.rules);
  const pol = withRulesDefaults(policy, rules);
  const merged = pol.mergeSmallLevels ? mergeSmallLevels(mapping, pol) : { table: mapping as unknown as AuditInput, merges: [] as LevelMerge[] };
  const table = merged.table;
  const model = buildTableModel({ ...table, merges: merged.merges });
  if (model.problems.length > 0)
    throw new LikestillingInputError(
      'publish',
      model.problems.map((p) => inputIssue(['mapping', ...p.path], 'invalid_value', p.expected)),
    );
  const highs = await loadSolver();

  // the true table: counts as given, sums consistent with every true rounded figure
  const hidden: (HiddenRule | null)[] = model.vars.map(() => null);
  const countValue = (id: number): number | null => model.vars[id]?.value?.toNumber() ?? null;
  const allPublished: TableState = { model, policy: pol, hidden, active: () => true, known: countValue, ruleAware: false };
  const base = await analyse(constraintsOf(allPublished), [], { pointOnly: true });
  if (base.point === null) throw new LikestillingInputError('publish', [inputIssue(['mapping'], 'invalid_value', expecting('figuresThatAddUp'))]);
  const truth = base.point;
  for (const v of model.vars) if (v.kind === 'count' && v.value !== null) truth[v.id] = v.value.toNumber();

  // ---- primary (ANON-2, ANON-4) and by choice (STAT-B0) -----------------------------------------
  for (const v of model.vars) {
    if (v.own) continue;
    if (primaryFails(v, truth, pol)) hidden[v.id] = 'primary';
    else if (pol.ratiosOnly && v.kind === 'pay') hidden[v.id] = 'by-choice';
  }
  // a figure that a published "none" or "all" of a larger group already gives away is published, and
  // that group's figure kept (until nothing changes: publishing one may let it give away others)
  const keep = new Set<number>();
  const impliedBy = new Map<number, ReadonlySet<number>>();
  const publishedValue = (id: number): number | null => (hidden[id] === null && model.vars[id]?.own === false ? (truth[id] ?? null) : null);
  // (the closure follows implications through hidden figures too, so one pass publishes them all)
  // (what the reader knows: a base the reader does not know, such as a hidden part-time count, implies no "all")
  const implied = impliedCounts(model, publishedValue, publishedValue);
  for (const v of model.vars) {
    if (v.own || hidden[v.id] !== 'primary') continue;
    const imp = v.kind === 'count' ? implied.get(v.id) : undefined;
    const zeroBy = impliedZeroPay(model, v, hidden);
    const from = imp?.from ?? (zeroBy !== null ? new Set(zeroBy) : undefined);
    if (from === undefined) continue;
    // with ratios only, an amount the table states stays left out by choice (STAT-B0)
    hidden[v.id] = pol.ratiosOnly && v.kind === 'pay' ? 'by-choice' : null;
    impliedBy.set(v.id, from);
    keep.add(v.id);
    for (const id of from) keep.add(id);
  }

  // ---- secondary (ANON-3, ANON-7): protect until the audit finds nothing ---------------------------
  const { structRowsOf, movableOf, obsOf, weeksOf, partnersOf, cellOf, marks } = protectionIndexes(model);
  const protects = new Map<number, JsonPath>();
  const inner = witnessesFrom(truth);
  const state: ProtectionState = {
    model,
    policy: pol,
    hidden,
    protects,
    truth,
    structRowsOf,
    movableOf,
    obsOf,
    weeksOf,
    partnersOf,
    keep,
    impliedBy,
    ruleAware: false,
    inner,
    cellOf,
    marks,
  };
  hideSingletons(state);
  // the targets found safe: hiding more keeps them safe (every table a reader could not rule out
  // stays possible), so later rounds do not decide them again
  const safe = new Map<string, TargetResult>();
  for (let pass = 0; ; pass++) {
    const open = await protectInRounds(highs, state, safe, limits.rounds);
    // a table is written only once an analysis of it found nothing (ANON-7): rather no table than one that tells
    if (open.length > 0) throw unprotectable(open.map((t) => t.main.path));
    // a figure published because others gave it away stays published only while the published
    // figures still give it away (the protection may have hidden what they stood on)
    const rehidden = hideWhatIsNoLongerGivenAway(model, hidden, impliedBy, keep, publishedValue);
    if (rehidden.length === 0) break;
    if (pass + 1 >= limits.passes) throw unprotectable(rehidden.map((id) => model.vars[id]?.path ?? []));
  }
  const determined = await determinedShares(model, hidden, truth, pol, inner, (path) => getPath(table, path));
  return writeTable(table, model, hidden, protects, pol, merged.merges, determined, rules.id);
}

/**
 * The secondary suppression's rounds: analyse the table as it stands, protect what is disclosed,
 * again, until an analysis finds nothing; the targets still disclosed when `rounds` protections
 * have not done it (none when the table is clean). The table is analysed once more after the last
 * protection, so an empty list always means an analysis found the table clean.
 */
async function protectInRounds(highs: Highs, state: ProtectionState, safe: Map<string, TargetResult>, rounds: number): Promise<readonly Target[]> {
  const { model, policy, hidden, truth, inner } = state;
  for (let round = 0; ; round++) {
    const st = publisherState(model, policy, hidden, truth);
    const c = constraintsOf(st);
    const a = await analyse(c, targetsOf(c, truth), { point: truth, inner, safe });
    const disclosed = a.results.filter((r) => r.disclosed).map((r) => r.target);
    if (disclosed.length === 0 || round >= rounds) return disclosed;
    protectTogether(highs, state, disclosed);
  }
}

/**
 * The table as `publish` reads it in a state of its suppressions: the figures still published,
 * each unknown value known to it at the truth, the rules of the suppression list not used.
 */
function publisherState(model: TableModel, policy: PublicationPolicy, hidden: readonly (HiddenRule | null)[], truth: Float64Array): TableState {
  return { model, policy, hidden, active: (o) => isStillPublished(o, hidden), known: (id) => truth[id] ?? null, ruleAware: false };
}

/**
 * The error `publish` throws when its secondary suppression could not protect some figures within
 * its rounds: it names them (their paths, never a value) and writes no table. Never seen on the
 * payrolls the tests and the attacker campaigns publish; merging small levels or higher thresholds
 * leave fewer figures to protect.
 */
function unprotectable(paths: readonly JsonPath[]): LikestillingInputError {
  const seen = new Set<string>();
  const issues = [];
  for (const path of paths) {
    const key = pathKey(path);
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(inputIssue(['mapping', ...path], 'invalid_value', expecting('protectableFigure')));
  }
  return new LikestillingInputError('publish', issues);
}

/**
 * Shares whose value the published figures determine although a count behind them is hidden — a
 * women's share of 100 % where the men's count is a published 0 and some woman has the attribute,
 * a coverage of 0 % where nobody answered and some part-timer exists, a women's share of men's pay
 * of 0.0 beside a women's mean of 0.00 where the men's mean cannot be low enough for the women's
 * rounding to reach 0.1: hiding them would hide nothing (a reader computes them), so they are
 * published. Where the denominator could be 0 they stay hidden: publishing them would tell that it
 * is not.
 */
async function determinedShares(
  model: TableModel,
  hidden: readonly (HiddenRule | null)[],
  truth: Float64Array,
  policy: PublicationPolicy,
  seen: Witnesses,
  textAt: (path: JsonPath) => unknown,
): Promise<Set<string>> {
  const out = new Set<string>();
  const t = (id: number): number => truth[id] ?? 0;
  // each candidate's conditions on every table a reader thinks possible (true at the true table)
  let checks: { path: JsonPath; conditions: TableCondition[] }[] = [];
  const unit = 10 ** -model.percentDecimals;
  for (const d of model.derived) {
    if (d.kind === 'median-ratio') {
      const check = medianShareOfZero(d, model, hidden, truth, textAt);
      if (check !== null) checks.push(check);
      continue;
    }
    if (d.kind === 'percent' || d.kind === 'share-of-category' || d.kind === 'coverage') {
      const check = percentFixedByBounds(d, model, hidden, truth, unit, textAt);
      if (check !== null) {
        checks.push(check);
        continue;
      }
    }
    if (!(d.kind === 'share-of-category' || d.kind === 'coverage' || d.kind === 'pay-ratio')) continue;
    if (!d.owners.some((w) => hidden[w] !== null && !(d.kind === 'pay-ratio' && hidden[w] === 'by-choice'))) continue;
    // share: women (a) and men (b); coverage: answered (a) and part-timers (b); pay ratio: their sums
    const [a, b] = d.owners;
    if (a === undefined || b === undefined) continue;
    const atMost = (id: number, x: number): TableCondition => ({ vars: [id], coefs: [1], sense: -1, bound: x });
    const atLeast = (id: number, x: number): TableCondition => ({ vars: [id], coefs: [1], sense: 1, bound: x });
    if (d.kind === 'share-of-category') {
      // 100 % when no man and some woman; 0 % when no woman and some man
      if (t(b) === 0 && t(a) >= 1) checks.push({ path: d.path, conditions: [atMost(b, 0), atLeast(a, 1)] });
      else if (t(a) === 0 && t(b) >= 1) checks.push({ path: d.path, conditions: [atMost(a, 0), atLeast(b, 1)] });
    } else if (d.kind === 'coverage') {
      // 0 % when nobody answered, 100 % when everybody did, of at least one part-timer
      if (t(b) < 1) continue;
      if (t(a) === 0) checks.push({ path: d.path, conditions: [atLeast(b, 1), atMost(a, 0)] });
      else if (t(a) === t(b)) checks.push({ path: d.path, conditions: [atLeast(b, 1), { vars: [a, b], coefs: [1, -1], sense: 1, bound: 0 }] });
    } else {
      // women's mean / men's mean × 100 stays within the rounding of its published decimal
      const nw = model.vars[a]?.persons ?? 0;
      const nm = model.vars[b]?.persons ?? 0;
      if (!(nw > 0 && nm > 0 && t(b) > 0)) continue;
      const ratio = (100 * (t(a) / nw)) / (t(b) / nm);
      const step = 10 ** -model.percentDecimals;
      // beside a published women's 0.00, a share of 0.0 is known once the men's mean cannot be low
      // enough for the women's rounding to reach the next decimal (ANON-7): published, as the
      // audit would otherwise find it pinned
      if (hidden[a] === null && t(a) / nw < HALF_ORE && Number(roundHalfUp(ratio, model.percentDecimals)) === 0)
        checks.push({ path: d.path, conditions: [atLeast(b, shareOfZeroLowest(step) * nm)] });
      const lo = Number(roundHalfUp(ratio, model.percentDecimals)) - step / 2;
      const hi = lo + step * (1 - 1e-9);
      checks.push({
        path: d.path,
        conditions: [
          { vars: [a, b], coefs: [100 * nm, -lo * nw], sense: 1, bound: 0 },
          { vars: [a, b], coefs: [100 * nm, -hi * nw], sense: -1, bound: 0 },
          atLeast(b, 0.01), // men's pay exists: at least one øre
        ],
      });
    }
  }
  // a condition on one figure that a table already seen breaks is refuted without a programme (the
  // tables seen are possible tables: the analyses' and protections' witnesses); `holdsOnEveryTable`
  // does the same for conditions on several figures, given the same tables
  const refuted = (k: TableCondition): boolean =>
    k.vars.length === 1 &&
    k.coefs[0] === 1 &&
    (k.sense === 1 ? (seen.lo[k.vars[0] ?? -1] ?? 0) < k.bound - 1e-9 : (seen.hi[k.vars[0] ?? -1] ?? 0) > k.bound + 1e-9);
  checks = checks.filter((k) => !k.conditions.some(refuted));
  if (checks.length === 0) return out;
  const st = publisherState(model, policy, hidden, truth);
  const holds = await holdsOnEveryTable(
    constraintsOf(st),
    checks.map((k) => k.conditions),
    { point: truth, seen },
  );
  checks.forEach((k, i) => {
    if (holds[i] === true) out.add(pathKey(k.path));
  });
  return out;
}

/**
 * A percent, a coverage or a women's share of the category hidden with a count that no hiding can
 * protect: the same published figure whatever the count within its bounds (see
 * {@link fixedByBounds}; say 2 men of 434 part-timers: a women's share of 99.5 … 100 %, "100" with
 * whole percents). Its condition: every table a reader thinks possible gives that figure, and the
 * percent exists there (in integers: 200·10^d × part ≥ (2F − 1) × whole and ≤ (2F + 1) × whole − 1
 * for the figure F × 10^−d, rounded half up). Null when it is not such a percent.
 */
function percentFixedByBounds(
  d: DerivedFigure,
  model: TableModel,
  hidden: readonly (HiddenRule | null)[],
  truth: Float64Array,
  unit: number,
  textAt: (path: JsonPath) => unknown,
): { path: JsonPath; conditions: TableCondition[] } | null {
  const text = textAt(d.path);
  if (typeof text !== 'string') return null;
  const [a, b] = d.owners;
  const v = d.owners.map((o) => model.vars[o]).find((x) => x !== undefined && x.kind === 'count' && hidden[x.id] !== null);
  if (a === undefined || v === undefined) return null;
  // the other count published (a reader knows it; with both hidden the figure is seldom fixed)
  const other = d.owners.find((o) => o !== v.id);
  if (other !== undefined && hidden[other] !== null) return null;
  if (!fixedByBounds(d, v, other === undefined ? null : (truth[other] ?? null), unit)) return null;
  const S = Math.round(1 / unit);
  const F = Math.round(Number(text) * S);
  // part (a) over whole: the published base (a percent), the part-timers (b, a coverage), women and men (a + b, a share)
  if (d.kind !== 'percent' && b === undefined) return null;
  const whole = d.kind === 'percent' || b === undefined ? [] : d.kind === 'coverage' ? [b] : [a, b];
  const base = d.kind === 'percent' ? (d.base ?? 0) : 0;
  // 200·S·a − k·whole ≥ k·base (sense 1) or ≤ k·base − 1 (sense −1)
  const at = (k: number, sense: 1 | -1): TableCondition => {
    const coefs = new Map<number, number>([[a, 200 * S]]);
    for (const id of whole) coefs.set(id, (coefs.get(id) ?? 0) - k);
    return { vars: [...coefs.keys()], coefs: [...coefs.values()], sense, bound: k * base + (sense === 1 ? 0 : -1) };
  };
  const exists: TableCondition[] = whole.length === 0 ? [] : [{ vars: whole, coefs: whole.map(() => 1), sense: 1, bound: 1 }];
  return { path: d.path, conditions: [at(2 * F - 1, 1), at(2 * F + 1, -1), ...exists] };
}

/**
 * A women's share of men's median of 0.00 beside a women's median published as 0.00, the men's
 * median hidden with their pay: with one or two men the median is their mean, and once the men's
 * mean cannot be low enough for the women's rounding to reach the next decimal the share is known
 * to be 0 (as for the mean, see {@link shareOfZeroLowest}); its condition on every table, or null
 * when it is not such a share. With three men or more a reader has no lower bound on their median.
 */
function medianShareOfZero(
  d: DerivedFigure,
  model: TableModel,
  hidden: readonly (HiddenRule | null)[],
  truth: Float64Array,
  textAt: (path: JsonPath) => unknown,
): { path: JsonPath; conditions: TableCondition[] } | null {
  const [w, m] = d.owners;
  const men = model.vars[m ?? -1];
  if (w === undefined || men === undefined) return null;
  const nm = men.persons ?? 0;
  // hidden with the men's pay (by its threshold or by choice: a median stays with one hidden to protect another)
  const rule = hidden[men.id];
  if (!(nm > 0 && nm <= 2) || rule === null || rule === 'secondary' || hidden[w] !== null) return null;
  const cell = d.path.slice(0, -2);
  if (!isZeroText(textAt([...cell, 'women', 'median'])) || !isZeroText(textAt(d.path)) || !((truth[men.id] ?? 0) > 0)) return null;
  return { path: d.path, conditions: [{ vars: [men.id], coefs: [1], sense: 1, bound: shareOfZeroLowest(10 ** -model.percentDecimals) * nm }] };
}

function roundHalfUp(x: number, decimals: number): string {
  const f = 10 ** decimals;
  return (Math.floor(x * f + 0.5 + 1e-9) / f).toFixed(decimals);
}

/**
 * The figures released from their threshold because published "none"/"all" figures gave them away
 * (ANON-2) that the final table no longer gives away — implied by the others published, as the
 * audit reads it — hidden by their threshold again. Returns those hidden again.
 */
function hideWhatIsNoLongerGivenAway(
  model: TableModel,
  hidden: (HiddenRule | null)[],
  impliedBy: Map<number, ReadonlySet<number>>,
  keep: Set<number>,
  publishedValue: (id: number) => number | null,
): number[] {
  // (with ratios only, a pay figure given away stays left out by choice)
  const released = [...impliedBy.keys()].filter((id) => hidden[id] === null || (hidden[id] === 'by-choice' && model.vars[id]?.kind === 'pay'));
  if (released.length === 0) return [];
  const without = new Set(released);
  const byOthers = impliedCounts(model, (id) => (without.has(id) ? null : publishedValue(id)), publishedValue, { sources: false });
  const rehidden: number[] = [];
  for (const id of released) {
    const v = model.vars[id];
    if (v === undefined) continue;
    const still =
      v.kind === 'count'
        ? byOthers.has(id) || impliedCounts(model, (x) => (x === id ? null : publishedValue(x)), publishedValue, { sources: false }).has(id)
        : impliedZeroPay(model, v, hidden) !== null;
    if (still) continue;
    hidden[id] = 'primary';
    impliedBy.delete(id);
    keep.delete(id);
    rehidden.push(id);
  }
  return rehidden;
}

/** Whether a value fails its primary threshold (ANON-2, ANON-4) at its true value. */
function primaryFails(v: TableVar, truth: Float64Array, policy: PublicationPolicy): boolean {
  if (v.kind === 'count') {
    const n = baseOf(v, (id) => truth[id] ?? null);
    return n !== null && countFails(v, Math.round(truth[v.id] ?? 0), policy, n);
  }
  if (v.kind === 'pay') return v.persons !== null && v.persons > 0 && v.persons < policy.payMinPersons;
  // weeks: the persons behind the average
  const p = v.personsVar === null ? 0 : Math.round(truth[v.personsVar] ?? 0);
  return p > 0 && p < policy.parentalLeaveMinPersons;
}

const RULE_ORDER: Readonly<Record<SuppressionRule, number>> = { primary: 0, 'by-choice': 1, secondary: 2 };

/** The published JSON: hidden values and every figure derived from them `null`, with the suppression list. */
function writeTable(
  table: AuditInput,
  model: TableModel,
  hidden: readonly (HiddenRule | null)[],
  protects: ReadonlyMap<number, JsonPath>,
  policy: PublicationPolicy,
  merges: LevelMerge[],
  determined: ReadonlySet<string>,
  rulesVersion: string,
): PublishedMapping {
  // every path to hide, with the variable that hides it (the strongest rule wins). A figure derived
  // from a hidden one is listed whether or not it would exist (a share of 0 persons, an average of
  // weeks of nobody): otherwise the list would tell a reader which denominators are 0.
  const owner = new Map<string, { key: string; path: JsonPath; v: TableVar; rule: SuppressionRule }>();
  // (`key`: the path's key when it is made already, a variable's own)
  const put = (path: JsonPath, v: TableVar, key?: string): void => {
    const rule = hidden[v.id];
    if (rule === null || rule === undefined || rule === 'unknown') return;
    const k = key ?? pathKey(path);
    const prev = owner.get(k);
    if (prev === undefined || RULE_ORDER[rule] < RULE_ORDER[prev.rule]) owner.set(k, { key: k, path, v, rule });
  };
  for (const v of model.vars) if (!v.own && hidden[v.id] !== null) put(v.path, v, v.key);
  // an average of weeks goes with its hidden persons, also when there is none (persons 0)
  for (const v of model.vars) {
    const p = v.kind === 'weeks' && !v.own && v.personsVar !== null ? model.vars[v.personsVar] : undefined;
    if (p !== undefined && hidden[p.id] !== null) put(v.path, p, v.key);
  }
  for (const o of model.observations)
    if (!isStillPublished(o, hidden)) for (const w of o.owners) if (hidden[w] !== null) put(o.path, model.vars[w] as TableVar);
  for (const d of model.derived) {
    for (const w of d.owners) {
      const v = model.vars[w];
      if (v === undefined || hidden[w] === null) continue;
      // ANON-4: a median goes with a pay figure hidden by a threshold or by choice, not with one hidden to protect another
      if ((d.kind === 'median' || d.kind === 'median-ratio') && hidden[w] === 'secondary') continue;
      // ratios only (STAT-B0): the women's share of men's pay stays when the amounts go by choice
      if (d.kind === 'pay-ratio' && hidden[w] === 'by-choice') continue;
      put(d.path, v);
    }
  }
  const out = JSON.parse(JSON.stringify(table)) as Record<string, unknown>;
  const suppressed: Suppression[] = [];
  const entries = [...owner.values()].filter((e) => getPath(table, e.path) !== undefined && !determined.has(e.key));
  entries.sort((a, b) => RULE_ORDER[a.rule] - RULE_ORDER[b.rule] || (a.key < b.key ? -1 : 1));
  const primaryReason = primaryTexts(policy);
  for (const { path, v, rule } of entries) {
    const protectedPath = protects.get(v.id);
    const reason: Text =
      rule === 'primary'
        ? primaryReason(v.path, v.kind)
        : rule === 'by-choice'
          ? byChoiceText()
          : secondaryText(protectedPath === undefined ? [] : [describePath(table, protectedPath)]);
    const threshold = v.kind === 'pay' ? policy.payMinPersons : v.kind === 'weeks' ? policy.parentalLeaveMinPersons : policy.attributeMinCount;
    suppressed.push({
      path: [...path],
      rule,
      threshold: rule === 'by-choice' ? null : threshold,
      ...(rule === 'secondary' && protectedPath !== undefined ? { protects: [...protectedPath] } : {}),
      reason,
    });
    setPath(out, path, null);
  }
  return { ...out, suppressed, merges, policy, rulesVersion } as unknown as PublishedMapping;
}
