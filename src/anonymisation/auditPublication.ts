import { Dec } from '../_lib/money.js';
import { attack, type Recovery } from './_lib/attack.js';
import { buildModel, halfUnit, pathKey, type Var } from './_lib/model.js';
import { getPath } from './_lib/paths.js';
import { primaryFailure, unionFailure } from './_lib/rules.js';
import { describePath, findingText } from './_lib/text.js';
import { PublicationPolicySchema, type PublicationPolicy, type PublicationPolicyInput } from './policy.js';
import { AuditInputSchema, type AuditFinding, type AuditInput, type AuditReport, type JsonPath, type PublishedMapping } from './types.js';

/**
 * Audits a published table as an attacker would (ANON-2, ANON-3): checks every published figure
 * against the thresholds, and recomputes every hidden value it can from what is published —
 * differences of totals and parts (levels, groups, units at every depth of the tree, the employer
 * total, the sexes of a cell), means × counts (NOK sums: total mean × n − Σ others), ratios ×
 * means (women's share × men's mean = women's mean), percents × bases — with exact rational
 * elimination and the rounding of every published value as the error bound. A hidden value
 * recovered exactly or to within `recoveryTolerancePercent` is a finding; so is the figure of a
 * unit's own staff (outside its sub-units) when it is below a threshold and can be recomputed.
 *
 * Accepts the library's own JSON and tables of other tools in the same shape
 * ({@link AuditInputSchema}, `schemas/published.schema.json`; only `population` and `pay` are
 * required). An unreadable input gives `readable: false` with the schema `issues`, never a throw.
 * The policy is the argument, else the table's own `policy`, else the defaults.
 *
 * Not modelled: bounds from inequalities (a count between 0 and its base) beyond exact equalities,
 * and medians (which no linear relation connects).
 *
 * @param published - a published table (parsed JSON), e.g. the output of {@link publish}
 * @param policy - thresholds and tolerance; default: the table's policy or ANON-2's defaults
 * @returns findings (empty when `clean`), values narrowed only loosely (`bounded`), the policy used
 * @example
 * ```ts
 * const report = auditPublication(JSON.parse(await readFile('published.json', 'utf8')));
 * report.clean; // true after publish()
 * ```
 * @see ARP.md §6 ANON-2, ANON-3
 */
export function auditPublication(published: unknown | PublishedMapping, policy?: PublicationPolicyInput): AuditReport {
  const parsed = AuditInputSchema.safeParse(published);
  if (!parsed.success) {
    const pol = PublicationPolicySchema.parse(policy ?? {});
    const issues = parsed.error.issues.map((i) => ({ path: i.path.filter((p): p is string | number => typeof p !== 'symbol'), message: i.message }));
    return {
      clean: false,
      readable: false,
      findings: [
        {
          kind: 'unreadable',
          path: [],
          count: null,
          threshold: null,
          message: {
            nb: `Tabellen kan ikke leses som en publisert kartlegging (${issues.length} feil).`,
            en: `The table cannot be read as a published mapping (${issues.length} problems).`,
          },
        },
      ],
      bounded: [],
      policy: pol,
      issues,
    };
  }
  const table = parsed.data;
  const pol = PublicationPolicySchema.parse(policy ?? table.policy ?? {});
  return auditTable(table, pol);
}

/** The audit of a parsed table. */
function auditTable(table: AuditInput, pol: PublicationPolicy): AuditReport {
  const model = buildModel(table);
  const findings = new Map<string, AuditFinding>();
  const bounded: AuditFinding[] = [];
  const tol = new Dec(pol.recoveryTolerancePercent).dividedBy(100);
  const add = (f: AuditFinding): void => {
    const key = `${f.kind}|${pathKey(f.path)}`;
    if (!findings.has(key)) findings.set(key, f);
  };
  const where = (path: JsonPath): string => describePath(table, path);
  /**
   * Narrowed to within the tolerance: error ≤ tolerance × |estimate|; for an estimate near 0 (a
   * zero bonus) an absolute floor stands in for the relative bound: 0.50 NOK for a mean (100
   * rounding units), 0.5 weeks for an average of weeks (10 units).
   */
  const narrow = (v: Var, estimate: Dec, error: Dec): boolean => {
    if (error.lte(estimate.abs().times(tol))) return true;
    const floor = v.kind === 'pay' ? v.half.times(100) : v.kind === 'weeks' ? v.half.times(10) : new Dec(0.5);
    return estimate.abs().lte(error) && error.lt(floor);
  };

  // ---- 1. published figures below the thresholds (ANON-2, ANON-4) ---------------------------
  for (const v of model.vars) {
    if (v.own || v.value === null) continue;
    const f = primaryFailure(v, pol);
    if (f === null) continue;
    const paths: JsonPath[] = [v.path];
    if (v.kind === 'pay') {
      const cell = v.path.slice(0, -2);
      const sex = v.path[v.path.length - 2] ?? '';
      paths.length = 0;
      for (const p of [[...cell, sex, 'mean'], [...cell, sex, 'median'], [...cell, 'womenShareOfMen', 'mean'], [...cell, 'womenShareOfMen', 'median']]) {
        const value = getPath(table, p);
        if (value !== null && value !== undefined) paths.push(p);
      }
    }
    for (const path of paths) {
      add({ kind: 'below-threshold', path, count: f.count, threshold: f.threshold, message: findingText('below-threshold', where(path), { count: f.count, threshold: f.threshold }) });
    }
  }
  // ratios of a cell where the mean is hidden but a sex is below the pay threshold
  for (const v of model.vars) {
    if (v.own || v.kind !== 'pay' || v.value !== null) continue;
    const f = primaryFailure(v, pol);
    if (f === null) continue;
    const cell = v.path.slice(0, -2);
    const sex = v.path[v.path.length - 2] ?? '';
    for (const p of [[...cell, sex, 'median'], [...cell, 'womenShareOfMen', 'mean'], [...cell, 'womenShareOfMen', 'median']]) {
      const value = getPath(table, p);
      if (value !== null && value !== undefined) add({ kind: 'below-threshold', path: p, count: f.count, threshold: f.threshold, message: findingText('below-threshold', where(p), { count: f.count, threshold: f.threshold }) });
    }
  }

  // ---- 2. values derived directly: percents × bases, ratios × means ---------------------------
  const override = new Map<number, { value: Dec; error: Dec }>();
  const recovered = (v: Var, estimate: Dec, error: Dec, via: readonly JsonPath[]): void => {
    const isCount = v.kind === 'count';
    const exact = isCount ? error.lt(0.5) : error.lt(v.half);
    const within = exact || narrow(v, estimate, error);
    const value = isCount && exact ? estimate.toDecimalPlaces(0, Dec.ROUND_HALF_UP) : estimate;
    const finding = makeRecovery(v, value, exact ? new Dec(0) : error, via, exact, within);
    if (within) {
      add(finding);
      override.set(v.id, { value, error: isCount && exact ? new Dec(0) : error.dividedBy(1) });
    } else {
      bounded.push(finding);
    }
  };
  const makeRecovery = (v: Var, estimate: Dec, error: Dec, via: readonly JsonPath[], exact: boolean, within: boolean): AuditFinding => {
    const f = primaryFailure(v, pol, estimate);
    const precisionPercent = exact ? '0' : estimate.isZero() ? null : error.dividedBy(estimate.abs()).times(100).toDecimalPlaces(2, Dec.ROUND_UP).toFixed(2);
    const kind = v.own ? 'remainder-disclosed' : within ? 'recoverable' : 'bounded';
    const count = f?.count ?? v.n;
    const threshold = f?.threshold ?? null;
    return {
      kind,
      path: v.path,
      count,
      threshold,
      estimate: v.kind === 'count' ? estimate.toFixed(0) : estimate.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2),
      error: error.toDecimalPlaces(2, Dec.ROUND_UP).toFixed(2),
      via: [...via],
      message: findingText(kind, where(v.path), { count, threshold, precisionPercent }),
    };
  };
  for (const v of model.vars) {
    if (v.own || v.value !== null) continue;
    const d = derive(table, v);
    if (d !== null) recovered(v, d.estimate, d.error, d.via);
  }

  // medians: the women's share (median) × the other sex's median gives a hidden median back
  for (const v of model.vars) {
    if (v.own || v.kind !== 'pay') continue;
    const cell = v.path.slice(0, -2);
    const sex = v.path[v.path.length - 2];
    const mp = [...cell, sex ?? '', 'median'];
    if (getPath(table, mp) !== null) continue;
    const rp = [...cell, 'womenShareOfMen', 'median'];
    const op = [...cell, sex === 'women' ? 'men' : 'women', 'median'];
    if (typeof getPath(table, rp) === 'string' && typeof getPath(table, op) === 'string' && v.n !== null && v.n > 0) {
      const f = primaryFailure(v, pol);
      add({ kind: 'recoverable', path: mp, count: f?.count ?? v.n, threshold: f?.threshold ?? null, via: [rp, op], message: findingText('recoverable', where(mp), { count: v.n, threshold: null }) });
    }
  }

  // ---- 3. differences of totals and parts, means × counts (exact elimination) ----------------
  const hidden = (v: Var): boolean => v.own || v.value === null;
  const first = attack(model, hidden, override);
  // parental-leave persons recomputed exactly are the weights of the averages: a second pass
  const persons = new Map<string, number>();
  for (const r of first) {
    if (r.union === undefined && !r.v.own && r.v.countRule === 'parental-persons' && r.estimate !== null && r.error !== null && r.error.lt(0.5)) {
      persons.set(r.v.sortKey, r.estimate.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber());
    }
  }
  if (persons.size === 0) {
    for (const r of first) judge(r);
  } else {
    const model2 = buildModel(table, persons);
    const byKey = new Map(model.vars.map((v) => [v.sortKey, v] as const));
    const override2 = new Map<number, { value: Dec; error: Dec }>();
    for (const v of model2.vars) {
      const o = byKey.get(v.sortKey);
      const ov = o === undefined ? undefined : override.get(o.id);
      if (ov !== undefined) override2.set(v.id, ov);
    }
    for (const r of attack(model2, hidden, override2)) judge(r);
  }

  function judge(r: Recovery): void {
    const { v, estimate, error } = r;
    const via = r.via.map((k) => k.path);
    if (estimate === null || error === null) {
      if (!v.own) bounded.push({ kind: 'bounded', path: v.path, count: v.n, threshold: null, via, message: findingText('bounded', where(v.path), { count: v.n, threshold: null }) });
      return;
    }
    const isCount = v.kind === 'count';
    const exact = isCount ? error.lt(0.5) : error.lt(v.half);
    const within = exact || narrow(v, estimate, error);
    const value = isCount && exact ? estimate.toDecimalPlaces(0, Dec.ROUND_HALF_UP) : estimate;
    if (r.union !== undefined) {
      const f = unionFailure(r.union, pol);
      if (f === null || !within) return;
      const names = r.union.map((u) => where(u.path)).join(' + ');
      const precisionPercent = exact ? '0' : estimate.isZero() ? null : error.dividedBy(estimate.abs()).times(100).toDecimalPlaces(2, Dec.ROUND_UP).toFixed(2);
      add({
        kind: 'combination-disclosed',
        path: v.path,
        count: f.count,
        threshold: f.threshold,
        estimate: value.toDecimalPlaces(2, Dec.ROUND_HALF_UP).toFixed(2),
        error: error.toDecimalPlaces(2, Dec.ROUND_UP).toFixed(2),
        via: [...r.union.slice(1).map((u) => u.path), ...via],
        message: findingText('combination-disclosed', names, { count: f.count, threshold: f.threshold, precisionPercent }),
      });
      return;
    }
    if (v.own) {
      // a remainder is a finding only when small (its count is a threshold failure) and pinned down
      if (!within) return;
      if (primaryFailure(v, pol, value) === null) return;
    }
    const finding = makeRecovery(v, value, exact ? new Dec(0) : error, via, exact, within);
    if (within) add(finding);
    else bounded.push(finding);
  }

  const sorted = [...findings.values()].sort((a, b) => cmp(pathKey(a.path), pathKey(b.path)) || cmp(a.kind, b.kind));
  return { clean: sorted.length === 0, readable: true, findings: sorted, bounded: bounded.sort((a, b) => cmp(pathKey(a.path), pathKey(b.path))), policy: pol, issues: [] };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function decOf(x: unknown): Dec | null {
  if (typeof x !== 'string') return null;
  try {
    const d = new Dec(x);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

/**
 * A hidden value given back by one published figure: an attribute count by its percent × base
 * (or, for part-time, the involuntary part-time base), a mean by the women's share × the other
 * sex's mean.
 */
function derive(table: AuditInput, v: Var): { estimate: Dec; error: Dec; via: JsonPath[] } | null {
  if (v.kind === 'count' && v.countRule === 'attribute') {
    const slot = v.path[v.path.length - 2];
    const attrCell = v.path.slice(0, -2);
    const unitCell = v.path.slice(0, -3);
    const attr = v.path[v.path.length - 3];
    const pop = getPath(table, [...unitCell, 'population']) as AuditInput['population'] | undefined;
    if (pop === undefined) return null;
    if (attr === 'partTime' && slot !== 'otherOrUnknown' && slot !== undefined) {
      const p = [...unitCell, 'involuntaryPartTime', slot, 'partTimers'];
      const b = getPath(table, p);
      if (typeof b === 'number') return { estimate: new Dec(b), error: new Dec(0), via: [p] };
      // coverage = answered / part-timers × 100
      const cp = [...unitCell, 'involuntaryPartTime', slot, 'coverage'];
      const ap = [...unitCell, 'involuntaryPartTime', slot, 'answered'];
      const cText = getPath(table, cp);
      const c = decOf(cText);
      const answered = getPath(table, ap);
      if (c !== null && typeof cText === 'string' && typeof answered === 'number' && c.gt(halfUnit(cText))) {
        const h = halfUnit(cText);
        const mid = new Dec(answered).times(100).dividedBy(c);
        const error = Dec.max(new Dec(answered).times(100).dividedBy(c.minus(h)).minus(mid), mid.minus(new Dec(answered).times(100).dividedBy(c.plus(h))));
        return { estimate: mid, error, via: [cp, ap] };
      }
    }
    const tries: [JsonPath, number][] = [];
    if (slot === 'women' || slot === 'men') {
      tries.push([[...attrCell, slot, 'percentOfSex'], pop[slot]], [[...attrCell, slot, 'percentOfAll'], pop.total]);
    }
    if (slot === 'total') tries.push([[...attrCell, 'total', 'percentOfAll'], pop.total]);
    let best: { estimate: Dec; error: Dec; via: JsonPath[] } | null = null;
    for (const [p, base] of tries) {
      const text = getPath(table, p);
      const pct = decOf(text);
      if (pct === null || typeof text !== 'string') continue;
      const estimate = pct.times(base).dividedBy(100);
      const error = halfUnit(text).times(base).dividedBy(100);
      if (best === null || error.lt(best.error)) best = { estimate, error, via: [p] };
    }
    if (best !== null) return best;
    // women's share of the category × the other sex's count
    if (slot === 'women' || slot === 'men') {
      const sp = [...attrCell, 'womenShareOfCategory'];
      const text = getPath(table, sp);
      const s = decOf(text);
      const otherSlot = slot === 'women' ? 'men' : 'women';
      const other = getPath(table, [...attrCell, otherSlot, 'count']);
      if (s === null || typeof text !== 'string') return null;
      if (typeof other !== 'number') {
        // both sexes hidden: women + men = total − other/unknown, split by the share
        const t = getPath(table, [...attrCell, 'total', 'count']);
        const o = getPath(table, [...attrCell, 'otherOrUnknown', 'count']);
        if (typeof t !== 'number' || typeof o !== 'number') return null;
        const both = new Dec(t - o);
        const share = slot === 'women' ? s : new Dec(100).minus(s);
        return {
          estimate: share.times(both).dividedBy(100),
          error: halfUnit(text).times(both).dividedBy(100),
          via: [sp, [...attrCell, 'total', 'count'], [...attrCell, 'otherOrUnknown', 'count']],
        };
      }
      const h = halfUnit(text);
      // women = s/(100−s) × men; men = (100−s)/s × women — bounds from the corners
      const f = (x: Dec): Dec | null => {
        const denom = slot === 'women' ? new Dec(100).minus(x) : x;
        if (denom.lte(0)) return null;
        return (slot === 'women' ? x : new Dec(100).minus(x)).times(other).dividedBy(denom);
      };
      const mid = f(s);
      const lo = f(s.minus(h));
      const hi = f(s.plus(h));
      if (mid === null || lo === null || hi === null) return null;
      const error = Dec.max(mid.minus(lo).abs(), hi.minus(mid).abs());
      return { estimate: mid, error, via: [sp, [...attrCell, otherSlot, 'count']] };
    }
    return null;
  }
  if (v.kind === 'pay') {
    const cell = v.path.slice(0, -2);
    const sex = v.path[v.path.length - 2];
    const otherSex = sex === 'women' ? 'men' : 'women';
    const rp = [...cell, 'womenShareOfMen', 'mean'];
    const op = [...cell, otherSex, 'mean'];
    const rText = getPath(table, rp);
    const oText = getPath(table, op);
    const r = decOf(rText);
    const o = decOf(oText);
    if (r === null || o === null || typeof rText !== 'string' || typeof oText !== 'string' || r.isZero()) return null;
    const hr = halfUnit(rText);
    const ho = halfUnit(oText);
    // women = share × men / 100; men = women × 100 / share — bounds from the corners
    const f = (ri: Dec, oi: Dec): Dec | null => (sex === 'women' ? ri.times(oi).dividedBy(100) : ri.lte(0) ? null : oi.times(100).dividedBy(ri));
    const mid = f(r, o);
    const corners = [f(r.minus(hr), o.minus(ho)), f(r.minus(hr), o.plus(ho)), f(r.plus(hr), o.minus(ho)), f(r.plus(hr), o.plus(ho))];
    if (mid === null || corners.some((c) => c === null)) return null;
    const error = corners.reduce<Dec>((m, c) => Dec.max(m, (c ?? mid).minus(mid).abs()), new Dec(0));
    return { estimate: mid, error, via: [rp, op] };
  }
  return null;
}
