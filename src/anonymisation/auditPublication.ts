import { z } from 'zod';
import { inputIssuesOf, parseInput, type Expected } from '../_lib/input.js';
import { expecting } from '../locales/index.js';
import { analyse } from './_lib/analyse.js';
import { derivedRange, judge, knownToDecimal, pinnedDerived, ratioOfCountsKnown, type CountDerived, type TargetResult } from './_lib/witnesses.js';
import { constraintsOf, isStated, isUnknown, type Constraints, type HiddenRule, type TableState } from './_lib/constraints.js';
import { baseOf, countFails } from './_lib/domains.js';
import { impliedCounts, impliedZeroPay } from './_lib/implied.js';
import { getPath } from './_lib/paths.js';
import { buildTableModel } from './_lib/buildTableModel.js';
import { pathKey, type DerivedFigure, type TableModel, type TableRow, type TableVar } from './_lib/tableModel.js';
import { isZeroText, targetsOf } from './_lib/targets.js';
import { describePath, findingText, relationText, type Narrowing } from './_lib/text.js';
import { PublicationPolicySchema, type PublicationPolicy, type PublicationPolicyInput } from './policy.js';
import { AuditInputSchema, type AuditFinding, type AuditInput, type AuditRelation, type AuditReport, type JsonPath, type PublishedMapping } from './types.js';

/**
 * Audits a published table as an attacker would (ANON-2, ANON-6, ANON-7). It checks every
 * published figure against the thresholds, then models the table as a reader can: every published
 * figure an interval of its rounding; counts integers from 0 to the cell's head count, restricted
 * to the values the suppression list's rule allows (a value hidden by a threshold fails it, one
 * hidden to protect another passes it); every additive relation across sexes, levels, groups, units
 * (a unit = its sub-units + its own staff), the employer total, pay components (månedslønn = base +
 * fixed + irregular + bonus, avtalt = base + fixed), percents of published bases, women's shares,
 * coverage, involuntary ≤ answered ≤ part-timers, means × persons, averages of weeks × persons. For
 * each hidden value it computes the interval a reader can narrow it to, with a linear and integer
 * programming solver (HiGHS), and reports it as disclosed when that interval is a single value, for
 * amounts and shares narrower than `recoveryTolerancePercent` of the value (or within 0.50 NOK / 0.5
 * weeks of nothing), or, for a count of a group smaller than the threshold, when it rules out "all"
 * or "none". It also reports the unpublished figure of a unit's own staff, and the combined figure of
 * several hidden pay cells, when a small group's figure can be recomputed. Each finding carries the
 * chain of relations that pins it.
 *
 * Accepts the library's own JSON and tables of other tools in the same shape
 * ({@link AuditInputSchema}, `schemas/published.schema.json`; only `population` and `pay` are
 * required). An unreadable input — not in the shape, a cycle of parent units, a negative mean, a
 * mean beside a count of 0, figures that contradict each other — gives `readable: false` with the
 * `issues`, never a throw and never `clean`. The policy is the argument, else the table's own
 * `policy`, else the defaults.
 *
 * @param published - a published table (parsed JSON), e.g. the output of {@link publish}
 * @param policy - thresholds and tolerance; default: the table's policy or ANON-2's defaults
 * @returns the findings (empty when `clean`), the number of values examined, the policy used
 * @throws {@link LikestillingInputError} when the policy is invalid (an unreadable table is a result, not a throw)
 * @example
 * ```ts
 * const report = await auditPublication(JSON.parse(await readFile('published.json', 'utf8')));
 * report.clean; // true after publish()
 * ```
 * @see ARP.md §6 ANON-2, ANON-3, ANON-6, ANON-7
 */
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents -- the signature names what is expected; anything is checked
export async function auditPublication(published: unknown | PublishedMapping, policy?: PublicationPolicyInput): Promise<AuditReport> {
  const policyArg = policy === undefined ? undefined : parseInput('auditPublication', PolicyArgSchema, { policy }).policy;
  const parsed = AuditInputSchema.safeParse(published);
  if (!parsed.success) {
    const pol = policyArg ?? PublicationPolicySchema.parse({});
    const issues = inputIssuesOf(parsed.error).map((i) => ({
      path: [...i.path],
      expected: { expected: i.expected, expectation: i.expectation ?? expecting('validValue').expectation },
    }));
    return unreadable(pol, issues, 'unreadable');
  }
  const table = parsed.data;
  const pol = policyArg ?? PublicationPolicySchema.parse(table.policy ?? {});
  const model = buildTableModel(table);
  if (model.problems.length > 0) return unreadable(pol, model.problems, 'unreadable');

  const rules = new Map<string, HiddenRule>();
  for (const s of table.suppressed ?? []) rules.set(pathKey(s.path), s.rule);
  const published_ = (path: JsonPath): boolean => {
    const value = getPath(table, path);
    return value !== null && value !== undefined;
  };
  const hidden = model.vars.map((v): HiddenRule | null => {
    if (v.own || published_(v.path)) return null;
    // an average of weeks beside 0 persons is empty, not hidden
    if (v.kind === 'weeks' && v.personsVar !== null && getPath(table, model.vars[v.personsVar]?.path ?? []) === 0) return null;
    return rules.get(pathKey(v.path)) ?? 'unknown';
  });
  const known = (id: number): number | null => {
    const v = model.vars[id];
    return v === undefined || v.kind !== 'count' || hidden[id] !== null || v.own || v.value === null ? null : v.value.toNumber();
  };
  const state: TableState = {
    model,
    policy: pol,
    hidden,
    active: (o) => (o.absent === true ? o.owners.every((w) => isStated(hidden[w])) : published_(o.path)),
    known,
    ruleAware: false,
  };
  const c = constraintsOf(state);
  const findings = new Map<string, AuditFinding>();
  const add = (f: AuditFinding): void => {
    const key = `${f.kind}|${pathKey(f.path)}`;
    if (!findings.has(key)) findings.set(key, f);
  };
  const where = (path: JsonPath): string => describePath(table, path);

  belowThreshold(table, model, pol, published_, known, hidden, add);

  // a derived figure is hidden when the suppression list says so; without a list, when its value would exist
  const listed = new Set((table.suppressed ?? []).map((x) => pathKey(x.path)));
  const hasList = table.suppressed !== undefined;
  const hiddenDerived = (d: DerivedFigure): boolean =>
    !published_(d.path) && getPath(table, d.path) !== undefined && (hasList ? listed.has(pathKey(d.path)) : !naturallyNull(d, model, known, table));
  // men's pay of one or two persons (its median is its mean) beside a women's median of 0.00, the
  // women's share of men's median hidden: 0.00 unless the men's median can be very low (ANON-7)
  const medianOfZero = new Set<number>();
  for (const d of model.derived) {
    const men = model.vars[d.owners[1] ?? -1];
    if (d.kind !== 'median-ratio' || men === undefined || !hiddenDerived(d) || !((men.persons ?? 0) > 0 && (men.persons ?? 0) <= 2)) continue;
    if (isZeroText(getPath(table, [...d.path.slice(0, -2), 'women', 'median'])) && !published_(men.path)) medianOfZero.add(men.id);
  }
  const targets = targetsOf(c, null, { medianOfZero });
  const a = await analyse(c, targets);
  if (a.inconsistent) return unreadable(pol, [{ path: [], expected: expecting('figuresThatAddUp') }], 'inconsistent');

  const disclosedVars = new Set<number>();
  // hidden men's means kept above the lowest that lets a women's share of 0 reach the next decimal
  const aboveZeroShare = new Set<number>();
  for (const r of a.results) {
    if (!r.disclosed) continue;
    // a count the reader cannot pin, but narrowed enough to pin a percent hidden with it (ANON-7):
    // the percent is what a reader learns
    const percents = r.target.main.kind === 'count' && r.criterion === 'exact' && r.upper - r.lower >= 0.5 ? pinnedDerived(r.target, r.lower, r.upper) : [];
    if (percents.length > 0) {
      for (const d of percents) add(percentFinding(d, r, c, table, pol, where));
      continue;
    }
    // a men's mean disclosed only because its cell's women's share of men's pay (mean or median) is
    // pinned at 0 (`Target.maxLow`): the share is what a reader learns, reported below with the
    // derived figures
    const { maxLow, ...byTheMean } = r.target;
    if (maxLow !== undefined && r.criterion === 'exact' && Number.isFinite(r.lower) && judge(byTheMean, r.lower, r.upper, 1, pol) === null) {
      aboveZeroShare.add(r.target.main.id);
      continue;
    }
    if (r.target.kind === 'value' && (r.criterion === 'exact' || r.target.main.kind !== 'count')) disclosedVars.add(r.target.main.id);
    add(findingOf(r, c, table, pol, where));
  }

  // figures derived from pinned values: a percent of a published base, a share, a ratio, a median
  const pinned = (id: number): boolean => {
    const v = model.vars[id];
    if (v === undefined) return false;
    if (!isUnknown(state, v)) return v.kind === 'count';
    if (disclosedVars.has(id)) return true;
    return (a.outer.hi[id] ?? Infinity) - (a.outer.lo[id] ?? -Infinity) < 0.5 && v.kind === 'count';
  };
  const narrowAmount = (id: number): boolean => {
    const v = model.vars[id];
    if (v === undefined) return false;
    return !isUnknown(state, v) || disclosedVars.has(id);
  };
  for (const d of model.derived) {
    if (!hiddenDerived(d)) continue;
    const owners = d.owners;
    const cell = d.path.slice(0, -2);
    let disclosed = false;
    if (d.kind === 'percent') {
      // pinned to its published decimal by its count's interval (a large base keeps it at one figure)
      const base = d.base ?? 0;
      const o = owners[0] ?? -1;
      disclosed =
        base > 0 &&
        (owners.every(pinned) || knownToDecimal((100 * (a.outer.lo[o] ?? 0)) / base, (100 * (a.outer.hi[o] ?? Infinity)) / base, 10 ** -model.percentDecimals));
    } else if (d.kind === 'share-of-category' || d.kind === 'coverage')
      disclosed =
        (owners.every(pinned) && owners.some((o) => (a.point?.[o] ?? 0) > 0)) ||
        ratioOfCountsKnown(
          d.kind,
          owners.map((o) => [a.outer.lo[o] ?? 0, a.outer.hi[o] ?? Infinity] as const),
          10 ** -model.percentDecimals,
        );
    else if (d.kind === 'pay-ratio')
      disclosed = owners.every(narrowAmount) || (aboveZeroShare.has(owners[1] ?? -1) && isZeroText(getPath(table, [...cell, 'women', 'mean'])));
    else if (d.kind === 'median') disclosed = (d.base ?? 0) > 0 && (d.base ?? 0) <= 2 && owners.every(narrowAmount);
    else if (d.kind === 'median-ratio') disclosed = aboveZeroShare.has(owners[1] ?? -1) && medianOfZero.has(owners[1] ?? -1);
    if (!disclosed) continue;
    const v = model.vars[owners[0] ?? -1];
    add({
      kind: 'recoverable',
      path: d.path,
      criterion: d.kind === 'pay-ratio' ? 'within-tolerance' : 'exact',
      count: null,
      threshold: v === undefined ? null : thresholdOf(v, pol),
      via: owners
        .map((o) => model.vars[o])
        .filter((o): o is TableVar => o !== undefined)
        .map((o) => ({ relation: relationText('published', where(o.path)), paths: [o.path] })),
      message: findingText('recoverable', where(d.path), { how: d.kind === 'pay-ratio' ? 'within-tolerance' : 'exact' }),
    });
  }
  // medians: the women's share of men's median × the other sex's median gives a hidden median back
  for (const d of model.derived) {
    if (d.kind !== 'median-ratio' || !published_(d.path)) continue;
    const [w, m] = d.owners.map((o) => model.vars[o]);
    if (w === undefined || m === undefined) continue;
    const cell = d.path.slice(0, -2);
    for (const [mine, other] of [
      [w, m],
      [m, w],
    ] as const) {
      const mp = [...cell, mine.slot, 'median'];
      const op = [...cell, other.slot, 'median'];
      // a share of 0 gives no men's median back: it is 0 whatever they earn
      if (mine === m && isZeroText(getPath(table, d.path))) continue;
      if (getPath(table, mp) === null && published_(op) && (mine.persons ?? 0) > 0) {
        add({
          kind: 'recoverable',
          path: mp,
          criterion: 'within-tolerance',
          count: null,
          threshold: pol.payMinPersons,
          via: [{ relation: relationText('ratio', where(cell)), paths: [d.path, op] }],
          message: findingText('recoverable', where(mp), { how: 'within-tolerance' }),
        });
      }
    }
  }

  const sorted = [...findings.values()].sort((x, y) => cmp(pathKey(x.path), pathKey(y.path)) || cmp(x.kind, y.kind));
  return { clean: sorted.length === 0, readable: true, findings: sorted, examined: targets.length, policy: pol, issues: [] };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const PolicyArgSchema = z.object({ policy: PublicationPolicySchema });

/**
 * A women's share of men's pay (mean or median, `path`) published as 0 beside the women's figure
 * published as 0.00: it is 0 whatever the men (`v`) earn, so it says nothing of their pay (ANON-4)
 * and gives none of it back. `publish` publishes it when a reader knows it anyway (ANON-7).
 */
function zeroShareOfMen(table: AuditInput, v: TableVar, path: JsonPath): boolean {
  const last = path[path.length - 1];
  if (v.slot !== 'men' || path[path.length - 2] !== 'womenShareOfMen' || (last !== 'mean' && last !== 'median')) return false;
  return isZeroText(getPath(table, path)) && isZeroText(getPath(table, [...path.slice(0, -2), 'women', last]));
}

/** Whether a derived figure is `null` by nature (a zero denominator, nobody), as far as the published figures tell. */
function naturallyNull(d: DerivedFigure, model: TableModel, known: (id: number) => number | null, table: AuditInput): boolean {
  const [a, b] = d.owners.map((o) => model.vars[o]);
  switch (d.kind) {
    case 'percent':
      return (d.base ?? 0) === 0;
    case 'share-of-category':
      return a !== undefined && b !== undefined && known(a.id) === 0 && known(b.id) === 0;
    case 'coverage':
      return b !== undefined && known(b.id) === 0;
    case 'pay-ratio':
    case 'median-ratio': {
      const men = b === undefined ? null : getPath(table, b.path);
      return men === '0.00' || (a?.persons ?? 0) === 0 || (b?.persons ?? 0) === 0;
    }
    case 'median':
      return (d.base ?? 0) === 0;
    default:
      return false;
  }
}

function unreadable(
  policy: PublicationPolicy,
  issues: readonly { readonly path: JsonPath; readonly expected: Expected }[],
  kind: 'unreadable' | 'inconsistent',
): AuditReport {
  return {
    clean: false,
    readable: false,
    findings: [{ kind: 'unreadable', path: [], count: null, threshold: null, message: findingText(kind, '', { problems: issues.length }) }],
    examined: 0,
    policy,
    issues: issues.map((i) => ({ path: [...i.path], message: i.expected.expected, expectation: i.expected.expectation })),
  };
}

function thresholdOf(v: TableVar, policy: PublicationPolicy): number {
  return v.kind === 'pay' ? policy.payMinPersons : v.kind === 'weeks' ? policy.parentalLeaveMinPersons : policy.attributeMinCount;
}

/** Published figures below the thresholds (ANON-2, ANON-4). */
function belowThreshold(
  table: AuditInput,
  model: TableModel,
  policy: PublicationPolicy,
  published: (p: JsonPath) => boolean,
  known: (id: number) => number | null,
  hidden: readonly (HiddenRule | null)[],
  add: (f: AuditFinding) => void,
): void {
  const where = (path: JsonPath): string => describePath(table, path);
  const implied = impliedCounts(model, known, known);
  // the published counts that fail their threshold: implied without all of them, by others for sure;
  // otherwise each is checked without itself alone
  const failing = new Set<number>();
  for (const v of model.vars) {
    if (v.own || v.kind !== 'count' || !published(v.path) || !implied.has(v.id)) continue;
    const n = baseOf(v, known);
    if (n !== null && countFails(v, v.value?.toNumber() ?? 0, policy, n)) failing.add(v.id);
  }
  const withoutFailing = failing.size === 0 ? implied : impliedCounts(model, (id) => (failing.has(id) ? null : known(id)), known, { sources: false });
  const impliedByOthers = (id: number): boolean =>
    withoutFailing.has(id) || impliedCounts(model, (x) => (x === id ? null : known(x)), known, { sources: false }).has(id);
  for (const v of model.vars) {
    // a pay cell's median and ratios are pay figures of that sex too: checked even when the mean is hidden
    if (v.own || (!published(v.path) && v.kind !== 'pay')) continue;
    if (v.kind === 'pay' && impliedZeroPay(model, v, hidden) !== null) continue;
    let count: number | null = null;
    let threshold = 0;
    const paths: JsonPath[] = [];
    if (v.kind === 'count') {
      const x = v.value?.toNumber() ?? 0;
      const n = baseOf(v, known);
      if (n === null || !countFails(v, x, policy, n)) continue;
      // given away by other published figures (not by itself): no new disclosure
      if (implied.has(v.id) && (!(implied.get(v.id)?.from.has(v.id) ?? false) || impliedByOthers(v.id))) continue;
      const rest = n - x;
      count = x > 0 && x < policy.attributeMinCount ? x : rest;
      threshold = x > 0 && x < policy.attributeMinCount ? policy.attributeMinCount : policy.attributeMinRest;
      paths.push(v.path);
    } else if (v.kind === 'pay') {
      const n = v.persons ?? 0;
      if (!(n > 0 && n < policy.payMinPersons)) continue;
      count = n;
      threshold = policy.payMinPersons;
      const cell = v.path.slice(0, -2);
      for (const p of [v.path, [...cell, v.slot, 'median'], [...cell, 'womenShareOfMen', 'mean'], [...cell, 'womenShareOfMen', 'median']])
        if (published(p) && !zeroShareOfMen(table, v, p)) paths.push(p);
      if (paths.length === 0) continue;
    } else {
      const pv = v.personsVar === null ? undefined : model.vars[v.personsVar];
      const p = pv === undefined ? null : getPath(table, pv.path);
      if (typeof p !== 'number' || !(p > 0 && p < policy.parentalLeaveMinPersons)) continue;
      count = p;
      threshold = policy.parentalLeaveMinPersons;
      paths.push(v.path);
    }
    for (const path of paths)
      add({ kind: 'below-threshold', path, count, threshold, message: findingText('below-threshold', where(path), { count, threshold }) });
  }
}

/** A disclosure as a finding: the value's interval, the criterion and the chain of relations. */
function findingOf(r: TargetResult, c: Constraints, table: AuditInput, policy: PublicationPolicy, where: (p: JsonPath) => string): AuditFinding {
  const { target } = r;
  const v = target.main;
  const kind = target.kind === 'value' ? 'recoverable' : target.kind === 'remainder' ? 'remainder-disclosed' : 'combination-disclosed';
  const decimals = v.kind === 'count' ? 0 : v.kind === 'pay' ? 2 : 1;
  const fmt = (x: number): string => (Number.isFinite(x) ? x.toFixed(decimals) : x > 0 ? 'Infinity' : '-Infinity');
  const how: Narrowing = r.criterion ?? 'exact';
  const name = target.kind === 'combination' ? target.vars.map((id) => where(c.state.model.vars[id]?.path ?? [])).join(' + ') : where(v.path);
  return {
    kind,
    path: v.path,
    criterion: how,
    count: null,
    threshold: thresholdOf(v, policy),
    ...(Number.isFinite(r.lower) || Number.isFinite(r.upper) ? { interval: { lower: fmt(r.lower), upper: fmt(r.upper) } } : {}),
    via: [...r.via.map((ri) => relationOf(c.rows[ri], c, table)), ...boundsOf(target.vars, r.via, c, table)].filter((x): x is AuditRelation => x !== null),
    message: findingText(kind, name, { threshold: thresholdOf(v, policy), how }),
  };
}

/** A percent pinned to its published decimal by its count's interval, as a finding with the percent's interval and the count's chain. */
function percentFinding(
  d: CountDerived,
  r: TargetResult,
  c: Constraints,
  table: AuditInput,
  policy: PublicationPolicy,
  where: (p: JsonPath) => string,
): AuditFinding {
  const range = derivedRange(d, r.lower, r.upper);
  // two decimals more than the percent is published with
  const decimals = Math.max(0, -Math.floor(Math.log10(d.unit) + 1e-9)) + 2;
  const counted = findingOf(r, c, table, policy, where);
  return {
    kind: 'recoverable',
    path: d.path,
    criterion: 'exact',
    count: null,
    threshold: policy.attributeMinCount,
    ...(range === null ? {} : { interval: { lower: range[0].toFixed(decimals), upper: range[1].toFixed(decimals) } }),
    // how the percent follows from its count (hidden: no published figure of its own), then the count's chain
    via: [{ relation: relationText(relationOfPercent(d), where(d.path)), paths: [] }, ...(counted.via ?? [])],
    message: findingText('recoverable', where(d.path), { how: 'exact' }),
  };
}

/** The relation a derived percent stands in with its count. */
function relationOfPercent(d: CountDerived): 'percent' | 'coverage' | 'share' {
  const last = d.path[d.path.length - 1];
  return last === 'coverage' ? 'coverage' : last === 'womenShareOfCategory' ? 'share' : 'percent';
}

/**
 * The published figures that bound the target's values (and those of the rows that pin it) on
 * their own: a percent of a published base, a partTimers count, a median of one or two persons, an
 * undefined women's share of men's pay (the men's pay 0).
 */
function boundsOf(ids: readonly number[], rows: readonly number[], c: Constraints, table: AuditInput): AuditRelation[] {
  const vars = new Set<number>(ids);
  for (const ri of rows) for (const id of c.rows[ri]?.vars ?? []) vars.add(id);
  const out: AuditRelation[] = [];
  const seen = new Set<string>();
  for (const id of vars) {
    const v = c.state.model.vars[id];
    if (v === undefined) continue;
    // a published figure's own bound is its rounding, named by the row; an undefined share pins it further
    const published = !isUnknown(c.state, v);
    for (const o of c.boundSources[id] ?? []) {
      const key = pathKey(o.path);
      if (seen.has(key) || (published && o.absent !== true)) continue;
      seen.add(key);
      const last = o.path[o.path.length - 1];
      const kind = o.absent === true ? 'undefined-share' : last === 'percentOfAll' || last === 'percentOfSex' ? 'percent' : 'published';
      out.push({ relation: relationText(kind, describePath(table, o.path)), paths: [o.path] });
    }
  }
  return out;
}

function relationOf(row: TableRow | undefined, c: Constraints, table: AuditInput): AuditRelation | null {
  if (row === undefined) return null;
  const paths: JsonPath[] = [...row.sources];
  for (const id of row.vars) {
    const v = c.state.model.vars[id];
    if (v !== undefined && !isUnknown(c.state, v)) paths.push(v.path);
  }
  return { relation: relationText(row.kind, describePath(table, row.cell) || 'employer'), paths };
}
