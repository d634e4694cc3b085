/**
 * The adjusted gap (EXP-2) from read persons: the design, the fit, and the figures of the result;
 * the accounting set (EXP-3, internal) when the gap exceeds the threshold.
 * @internal
 */
import type { Employee } from '../../models/employee.js';
import { isActiveOnDate } from '../../statistics/isActiveOnDate.js';
import { naturalCompare } from '../../statistics/internal.js';
import type { Factor, ParsedAnalysisOptions } from '../AnalysisOptionsSchema.js';
import type { AccountingEmployee, AccountingSet, AdjustedGap, DroppedTerm, GroupAdjustedGap, RegressionTerm } from '../schema.js';
import { buildDesign, type Design } from './design.js';
import { fitOls, tCritical, twoSidedP, upperP, type OlsFit } from './ols.js';
import type { Persons } from './persons.js';

/** The adjusted gap and what the accounting set needs. @internal */
export interface Regression {
  readonly result: AdjustedGap;
  readonly design: Design;
  readonly fit: OlsFit | null;
}

function notEstimable(d: Design, o: ParsedAnalysisOptions, reason: AdjustedGap['reason'], fit: OlsFit | null, women: number, men: number): AdjustedGap {
  return {
    status: 'not-estimable',
    reason,
    coefficient: null,
    gapPercent: null,
    standardError: null,
    standardErrors: o.standardErrors,
    confidenceInterval: null,
    coefficientInterval: null,
    tStatistic: null,
    pValue: null,
    degreesOfFreedom: fit === null ? null : fit.df,
    rSquared: null,
    adjustedRSquared: null,
    n: d.n,
    women,
    men,
    factors: d.factors,
    dropped: fit === null ? [] : droppedTerms(d, fit),
    terms: [],
    excluded: d.excluded,
    threshold: null,
    kennedy: o.kennedy,
    accountingSet: null,
  };
}

function droppedTerms(d: Design, fit: OlsFit): DroppedTerm[] {
  return fit.dropped.map((c) => {
    const t = d.terms[c]!;
    return t.kind === 'dummy'
      ? { factor: t.factor, category: t.category ?? null, reason: 'collinear' as const }
      : { factor: t.factor, reason: 'collinear' as const };
  });
}

/**
 * The adjusted gap over the persons `subset` (all when null) with `factors`. `records` are needed
 * only to name the employees of the accounting set. @internal
 */
export function regress(
  persons: Persons,
  subset: Int32Array | null,
  factors: readonly Factor[],
  o: ParsedAnalysisOptions,
  records: readonly Employee[] | null,
): Regression {
  const design = buildDesign(persons, subset, {
    factors,
    columns: o.columnValues,
    references: o.references,
    referenceDate: o.statistics.referenceDate,
    partTimeBelow: o.statistics.partTimeBelow,
  });
  let women = 0;
  for (let i = 0; i < design.n; i++) women += design.female[i]!;
  const men = design.n - women;
  if (women === 0 || men === 0) return { result: notEstimable(design, o, 'one-sex-only', null, women, men), design, fit: null };
  if (design.n <= 2) return { result: notEstimable(design, o, 'too-few-persons', null, women, men), design, fit: null };
  const fit = fitOls(design, o.collinearityTolerance, o.standardErrors);
  if (!fit.kept.includes(1)) return { result: notEstimable(design, o, 'female-collinear', fit, women, men), design, fit: null };
  if (fit.df < 1) return { result: notEstimable(design, o, 'too-few-persons', fit, women, men), design, fit: null };

  const b = fit.beta[1]!;
  const se = fit.se[1]!;
  const t = b / se;
  const q = tCritical(o.confidenceLevel, fit.df);
  const lo = b - q * se;
  const hi = b + q * se;
  const gap = (x: number): number => (1 - Math.exp(x)) * 100;
  // Kennedy (1981): the percentage effect of a dummy is e^(b − V(b)/2) − 1
  const gapPercent = o.kennedy ? gap(b - (se * se) / 2) : gap(b);
  const rSquared = fit.tss > 0 ? 1 - fit.rss / fit.tss : Number.NaN;
  const adjustedRSquared = fit.tss > 0 ? 1 - ((1 - rSquared) * (design.n - 1)) / fit.df : Number.NaN;
  let threshold: AdjustedGap['threshold'];
  if (o.thresholdTest === 'estimate') threshold = { percent: o.threshold, test: 'estimate', exceeded: gapPercent >= o.threshold, pValue: null };
  else {
    // Logib: H0 |b| ≤ threshold / 100 (log points), one-sided at the significance level
    const pValue = upperP((Math.abs(b) - o.threshold / 100) / se, fit.df);
    threshold = { percent: o.threshold, test: 'logib', exceeded: pValue <= o.significanceLevel, pValue };
  }
  const terms: RegressionTerm[] = [];
  for (const c of fit.kept) {
    const term = design.terms[c]!;
    if (term.kind === 'intercept') continue;
    const coefficient = fit.beta[c]!;
    const standardError = fit.se[c]!;
    const entry = { factor: term.factor, coefficient, standardError, pValue: twoSidedP(coefficient / standardError, fit.df) };
    terms.push(term.kind === 'dummy' ? { ...entry, category: term.category ?? null } : entry);
  }
  const result: AdjustedGap = {
    status: 'estimated',
    reason: null,
    coefficient: b,
    gapPercent,
    standardError: se,
    standardErrors: o.standardErrors,
    confidenceInterval: { level: o.confidenceLevel, lower: gap(hi), upper: gap(lo) },
    coefficientInterval: { lower: lo, upper: hi },
    tStatistic: t,
    pValue: twoSidedP(t, fit.df),
    degreesOfFreedom: fit.df,
    rSquared,
    adjustedRSquared,
    n: design.n,
    women,
    men,
    factors: design.factors,
    dropped: droppedTerms(design, fit),
    terms,
    excluded: design.excluded,
    threshold,
    kennedy: o.kennedy,
    accountingSet: records === null ? null : accountingSet(persons, design, fit, o, records),
  };
  return { result, design, fit };
}

/**
 * The smallest set of persons whose pay, set to what the model predicts for them, brings the
 * female coefficient up to ln(1 − threshold / 100) (EXP-3, Iceland's list; internal only). b is
 * linear in y: setting yᵢ to ŷᵢ changes b by wᵢ(ŷᵢ − yᵢ) = −wᵢeᵢ, wᵢ the female row of
 * (X'X)⁻¹X', and these changes add up; the largest first is the smallest set. Null when the gap
 * does not exceed the threshold or no list is asked for.
 */
function accountingSet(persons: Persons, d: Design, fit: OlsFit, o: ParsedAnalysisOptions, records: readonly Employee[]): AccountingSet | null {
  if (o.accountingSet === 'none') return null;
  const b = fit.beta[1]!;
  const target = Math.log(1 - o.threshold / 100);
  if (!(b < target)) return null;
  const index = new Int32Array(d.n);
  const gains = new Float64Array(d.n);
  let count = 0;
  for (let i = 0; i < d.n; i++) {
    const e = fit.residuals[i]!;
    const gain = -fit.femaleWeight[i]! * e;
    if (!(gain > 0)) continue;
    // women are raised (below their predicted pay); men lowered only with `all`
    if (d.female[i] === 1 ? e < 0 : o.accountingSet === 'all' && e > 0) {
      index[count] = i;
      gains[count++] = gain;
    }
  }
  // the largest gains first (ties: the earlier row), just enough to reach the target: how many
  // from the gains sorted as numbers, then only those are ordered (equal gains add up alike)
  const sorted = gains.slice(0, count).sort();
  let reached = b;
  let m = 0;
  for (let j = count - 1; j >= 0 && reached < target; j--, m++) reached += sorted[j]!;
  const cut = m > 0 ? sorted[count - m]! : Infinity;
  let above = 0;
  for (let j = count - 1; j >= 0 && sorted[j]! > cut; j--) above++;
  let atCut = m - above; // of the gains equal to the cut, the first rows
  const chosen: { i: number; gain: number }[] = [];
  for (let j = 0; j < count; j++) {
    const gain = gains[j]!;
    if (gain > cut) chosen.push({ i: index[j]!, gain });
    else if (gain === cut && atCut > 0) {
      chosen.push({ i: index[j]!, gain });
      atCut--;
    }
  }
  chosen.sort((x, y) => y.gain - x.gain || x.i - y.i);
  const keys = new Set(chosen.map((c) => persons.key[d.rows[c.i]!]!));
  const ids = employeeIdsOf(records, keys, o);
  const employees: AccountingEmployee[] = chosen.map(({ i, gain }) => {
    const k = d.rows[i]!;
    const personKey = persons.key[k]!;
    const actual = Math.exp(d.y[i]!);
    const predicted = Math.exp(d.y[i]! - fit.residuals[i]!);
    return {
      personKey,
      employeeIds: ids.get(personKey) ?? [personKey],
      sex: persons.female[k] === 1 ? 'female' : 'male',
      contribution: gain,
      payChange: (Math.round((predicted - actual) * 100) / 100).toFixed(2),
    };
  });
  return { adjust: o.accountingSet, targetCoefficient: target, reached: reached >= target, employees };
}

/** The employeeIds of the population's employments of the persons `keys` (DEF-POP: the key merges them). */
function employeeIdsOf(records: readonly Employee[], keys: ReadonlySet<string>, o: ParsedAnalysisOptions): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const s = o.statistics;
  for (const r of records) {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a record from plain JavaScript may be anything; accumulateMapping reports it
    if (typeof r !== 'object' || r === null) continue;
    const key = s.mergePersons ? (r.personId ?? r.employeeId) : r.employeeId;
    if (!keys.has(key) || !s.includeKinds.includes(r.employmentKind) || !isActiveOnDate(r, s.referenceDate)) continue;
    const list = out.get(key) ?? [];
    list.push(r.employeeId);
    out.set(key, list);
  }
  return out;
}

/** The adjusted gap per group over read persons. @internal */
export function byGroupOf(persons: Persons, o: ParsedAnalysisOptions): GroupAdjustedGap[] {
  const members = new Map<number, number[]>();
  for (let k = 0; k < persons.count; k++) {
    const g = persons.group[k]!;
    const list = members.get(g);
    if (list === undefined) members.set(g, [k]);
    else list.push(k);
  }
  const factors = o.factors.filter((f) => f !== 'group');
  const ids = [...members.keys()].sort((a, b) => (a < 0 ? 1 : b < 0 ? -1 : naturalCompare(persons.groups[a]!, persons.groups[b]!)));
  return ids.map((g) => {
    const adjusted = regress(persons, Int32Array.from(members.get(g)!), factors, o, null).result;
    return { group: g < 0 ? null : persons.groups[g]!, adjusted, flagged: adjusted.threshold?.exceeded ?? false };
  });
}
