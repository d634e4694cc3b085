/**
 * The statement's explanation of the pay gap (EXP-1…EXP-3 in part 1, STM-3), built from a
 * published gap analysis only: what the decomposition and the adjusted gap say, per job group,
 * what is hidden and why (ANON-6: never a hidden value) — every text from the `analysis` group
 * of the catalogues. @internal
 */
import { describeGapDecomposition } from '../../analysis/describeGapDecomposition.js';
import { parseBreakdown, type Dimension } from '../../analysis/internal.js';
import type { PublishedGapAnalysis, PublishedGapDecomposition, PublishedGapPart } from '../../analysis/publishedSchema.js';
import { CATALOGUES } from '../../locales/index.js';
import type { AnalysisTexts, DimensionWords } from '../../locales/analysis/types.js';
import type { ExplanationPart, ExplanationPartValue, ExplanationSentence, GapExplanation } from '../explanation.js';
import type { ReportLanguage as Language } from '../types.js';
import { fill } from './catalogue.js';
import { formatNumber, formatPercentText } from './format.js';

/** A figure of the regression rounded half-up (away from zero) to `decimals`, as a decimal string. @internal */
export function roundedEstimate(x: number, decimals: number): string {
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(x) * f) / f;
  return (x < 0 && r !== 0 ? '-' : '') + r.toFixed(decimals);
}

/** Words for a breakdown (one dimension, or a combination). @internal */
export function breakdownWords(breakdown: string, c: AnalysisTexts): DimensionWords {
  const dims: readonly Dimension[] = parseBreakdown(breakdown) ?? [{ dimension: 'level', depth: null }];
  const only = dims.length === 1 ? dims[0] : undefined;
  if (only !== undefined) return c.dimensions[only.dimension];
  const nouns = dims.map((d) => c.dimensions[d.dimension].noun);
  const list = `${nouns.slice(0, -1).join(', ')} ${c.and} ${nouns[nouns.length - 1] ?? ''}`;
  const plural = fill(c.combination.plural, { nouns: list });
  return { noun: plural, plural, same: fill(c.combination.same, { nouns: list }) };
}

function isHidden(v: unknown): v is { readonly hidden: unknown } {
  return typeof v === 'object' && v !== null && 'hidden' in v;
}

function partOf(d: PublishedGapDecomposition, part: ExplanationPart, includeNok: boolean): ExplanationPartValue {
  const value: PublishedGapPart | null = d[part];
  if (value === null) return { part, points: null, nok: null, status: 'not-available' };
  if (isHidden(value)) return { part, points: null, nok: null, status: 'hidden' };
  const presented = part === 'total' || d.presentedPercents === null ? value.percentOfMen : d.presentedPercents[part];
  return { part, points: presented, nok: includeNok ? value.nok : null, status: presented === null ? 'not-available' : 'published' };
}

/** The parts a decomposition shows: the outside-support parts only when a cell holds one sex. */
function partsOf(d: PublishedGapDecomposition, includeNok: boolean): ExplanationPartValue[] {
  const outside = d.cells.some((c) => !c.inSupport);
  const names: readonly ExplanationPart[] = outside
    ? ['total', 'composition', 'withinCells', 'menOutsideSupport', 'womenOutsideSupport']
    : ['total', 'composition', 'withinCells'];
  return names.map((p) => partOf(d, p, includeNok));
}

type Param = { readonly value: string | number; readonly kind: 'percent' | 'number' | 'text' | 'factors' | 'pValue' | 'plural' | 'groups' };

function shown(p: Param, lang: Language): string {
  const c = CATALOGUES[lang].analysis;
  const v = String(p.value);
  if (p.kind === 'percent') return formatPercentText(v, lang);
  if (p.kind === 'plural') return breakdownWords(v, c).plural;
  if (p.kind === 'groups')
    return (JSON.parse(v) as [string | null, string][]).map(([g, gap]) => `«${g ?? c.statement.noGroup}» (${formatPercentText(gap, lang)})`).join('; ');
  if (p.kind === 'number') return formatNumber(v, lang);
  if (p.kind === 'pValue') return Number(v) < 0.001 ? `< ${formatNumber('0.001', lang)}` : formatNumber(roundedEstimate(Number(v), 3), lang);
  if (p.kind === 'factors') {
    const words = v.split(',').map((f) => (f in c.statement.factors ? c.statement.factors[f as keyof typeof c.statement.factors] : `«${f}»`));
    return words.length === 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${c.and} ${words[words.length - 1] ?? ''}`;
  }
  return v;
}

function sentence(code: string, template: (c: AnalysisTexts) => string, params: Readonly<Record<string, Param>> = {}): ExplanationSentence {
  const raw: Record<string, string | number> = {};
  for (const [k, p] of Object.entries(params)) raw[k] = p.value;
  const text = (lang: Language): string => {
    const values: Record<string, string> = {};
    for (const [k, p] of Object.entries(params)) values[k] = shown(p, lang);
    return fill(template(CATALOGUES[lang].analysis), values);
  };
  return { code, params: raw, text: { nb: text('nb'), en: text('en'), nn: text('nn') } };
}

/** The factors of the regression in the order of the options, seniority and its square told as one. */
function factorNames(a: PublishedGapAnalysis): string[] {
  const adj = a.adjusted;
  // as estimated: a categorical factor with one category (no job groups in the data) compares nothing
  const used = isHidden(adj)
    ? a.options.factors.map((f) => (typeof f === 'string' ? f : f.column))
    : adj.factors.filter((f) => f.type === 'numeric' || (f.categories ?? 2) > 1).map((f) => f.name);
  return [...new Set(used.map((f) => (f === 'senioritySquared' ? 'seniority' : f)))];
}

/**
 * The explanation of the statement from a published gap analysis (`publishGapAnalysis`).
 * `includeNok`: the parts in NOK too (STAT-B0). @internal
 */
export function explainGap(a: PublishedGapAnalysis, includeNok: boolean, decimals: number): GapExplanation {
  const k = a.policy.payMinPersons;
  const decompositions = a.options.breakdowns.flatMap((name) => {
    const d = a.decomposition[name];
    if (d === undefined) return [];
    const text = {
      nb: describeGapDecomposition(d, { lang: 'nb' }),
      en: describeGapDecomposition(d, { lang: 'en' }),
      nn: describeGapDecomposition(d, { lang: 'nn' }),
    };
    return [{ breakdown: d.breakdown, parts: partsOf(d, includeNok), text }];
  });
  const o = a.options;
  const threshold = o.threshold;
  const thresholdParam: Param = { value: String(threshold), kind: 'percent' };
  const paragraphs: ExplanationSentence[] = [];
  const adj = a.adjusted;
  const factors = factorNames(a);
  let adjusted: GapExplanation['adjusted'];
  if (isHidden(adj)) {
    adjusted = {
      status: 'hidden',
      gapPercent: null,
      confidenceLevel: o.confidenceLevel,
      lower: null,
      upper: null,
      pValue: null,
      significant: null,
      n: 0,
      factors,
      threshold,
      exceeded: null,
    };
    paragraphs.push(sentence('adjusted-hidden', (c) => c.statement.adjustedHidden, { threshold: { value: k, kind: 'number' } }));
  } else if (adj.status !== 'estimated' || adj.gapPercent === null || adj.confidenceInterval === null) {
    adjusted = {
      status: 'not-available',
      gapPercent: null,
      confidenceLevel: o.confidenceLevel,
      lower: null,
      upper: null,
      pValue: null,
      significant: null,
      n: adj.n,
      factors,
      threshold,
      exceeded: null,
    };
    paragraphs.push(sentence('adjusted-not-estimable', (c) => c.statement.adjustedNotEstimable));
  } else {
    const gap = roundedEstimate(adj.gapPercent, decimals);
    const lower = roundedEstimate(Math.min(adj.confidenceInterval.lower, adj.confidenceInterval.upper), decimals);
    const upper = roundedEstimate(Math.max(adj.confidenceInterval.lower, adj.confidenceInterval.upper), decimals);
    const significant = adj.pValue === null ? null : adj.pValue < o.significanceLevel;
    const exceeded = adj.threshold?.exceeded ?? null;
    // the statement's p-value to three significant digits (the analysis keeps all of them)
    const pValue = adj.pValue === null ? null : Number(adj.pValue.toPrecision(3));
    adjusted = {
      status: 'published',
      gapPercent: gap,
      confidenceLevel: adj.confidenceInterval.level,
      lower,
      upper,
      pValue,
      significant,
      n: adj.n,
      factors,
      threshold,
      exceeded,
    };
    const zero = Number(gap) === 0;
    const params: Record<string, Param> = {
      factors: { value: factors.join(','), kind: 'factors' },
      gap: { value: gap.replace('-', ''), kind: 'percent' },
      level: { value: roundedEstimate(adj.confidenceInterval.level * 100, 0), kind: 'percent' },
      lower: { value: lower, kind: 'percent' },
      upper: { value: upper, kind: 'percent' },
      n: { value: adj.n, kind: 'number' },
    };
    if (zero) paragraphs.push(sentence('adjusted-none', (c) => c.statement.adjustedNone, params));
    else if (adj.gapPercent > 0) paragraphs.push(sentence('adjusted-lower', (c) => c.statement.adjustedLower, params));
    else paragraphs.push(sentence('adjusted-higher', (c) => c.statement.adjustedHigher, params));
    if (pValue !== null) {
      const p: Param = { value: pValue, kind: 'pValue' };
      paragraphs.push(
        significant === true
          ? sentence('significant', (c) => c.statement.significant, { p })
          : sentence('not-significant', (c) => c.statement.notSignificant, { p }),
      );
    }
    if (exceeded !== null)
      paragraphs.push(
        exceeded
          ? sentence('above-threshold', (c) => c.statement.aboveThreshold, { threshold: thresholdParam })
          : sentence('below-threshold', (c) => c.statement.belowThreshold, { threshold: thresholdParam }),
      );
  }

  // no job groups in the data (everyone in the cell `null`): nothing to tell per group
  const byGroup = a.byGroup.every((g) => g.group === null) ? [] : a.byGroup;
  const groups: GapExplanation['groups'] = byGroup.map((g) => {
    if (isHidden(g.adjusted)) return { group: g.group, status: 'hidden', gapPercent: null, flagged: null };
    if (g.adjusted.status !== 'estimated' || g.adjusted.gapPercent === null)
      return { group: g.group, status: 'not-available', gapPercent: null, flagged: null };
    return { group: g.group, status: 'published', gapPercent: roundedEstimate(g.adjusted.gapPercent, decimals), flagged: g.flagged };
  });
  const published = groups.filter((g) => g.status === 'published');
  const flagged = published.filter((g) => g.flagged === true);
  if (flagged.length > 0) {
    paragraphs.push(
      sentence('groups-flagged', (c) => c.statement.groupsFlagged, {
        threshold: thresholdParam,
        list: { value: JSON.stringify(flagged.map((g) => [g.group, g.gapPercent])), kind: 'groups' },
      }),
    );
  } else if (published.length > 0) paragraphs.push(sentence('groups-none', (c) => c.statement.groupsNone, { threshold: thresholdParam }));
  const hiddenGroups = groups.filter((g) => g.status === 'hidden').length;
  if (hiddenGroups > 0)
    paragraphs.push(
      sentence('groups-hidden', (c) => c.statement.groupsHidden, { count: { value: hiddenGroups, kind: 'number' }, threshold: { value: k, kind: 'number' } }),
    );

  const anyHidden = decompositions.some((d) => d.parts.some((p) => p.status === 'hidden')) || adjusted.status === 'hidden';
  if (anyHidden) paragraphs.push(sentence('hidden', (c) => c.statement.hiddenWhy, { threshold: { value: k, kind: 'number' } }));
  const first = decompositions[0]?.breakdown ?? 'level';
  paragraphs.push(sentence('reading', (c) => c.statement.reading, { plural: { value: first, kind: 'plural' } }));
  paragraphs.push(sentence('method', (c) => c.statement.method));
  return { payMinPersons: k, decompositions, adjusted, groups, paragraphs };
}
