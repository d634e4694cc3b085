import { z } from 'zod';
import { formatNumber } from '../report/internal.js';
import { ANALYSIS_CATALOGUES, fill, type AnalysisCatalogue } from './_lib/catalogue.js';
import { parseBreakdown, type Dimension } from './_lib/cells.js';
import type { PublishedGapDecomposition } from './publishedSchema.js';
import type { GapDecomposition } from './schema.js';

/**
 * The languages of the analysis' texts: `nb` bokmål, `nn` nynorsk, `en` English.
 *
 * @example
 * ```ts
 * describeGapDecomposition(decomposition, { lang: ANALYSIS_LANGUAGES[1] }); // nynorsk
 * ```
 */
export const ANALYSIS_LANGUAGES = ['nb', 'nn', 'en'] as const;
/** A language of the analysis' texts. See {@link ANALYSIS_LANGUAGES}. */
export type AnalysisLanguage = (typeof ANALYSIS_LANGUAGES)[number];

const DescribeOptionsSchema = z.strictObject({ lang: z.enum(ANALYSIS_LANGUAGES).default('nb') });

/** Options of {@link describeGapDecomposition}: the language (default `nb`). */
export type DescribeGapOptions = z.input<typeof DescribeOptionsSchema>;

/** A decimal string as an integer of its last decimal's units, and back. */
function units(value: string, decimals: number): bigint {
  const neg = value.startsWith('-');
  const [int = '0', frac = ''] = (neg ? value.slice(1) : value).split('.');
  const n = BigInt(int + frac.padEnd(decimals, '0').slice(0, decimals));
  return neg ? -n : n;
}
function text(u: bigint, decimals: number): string {
  const neg = u < 0n;
  const abs = (neg ? -u : u).toString().padStart(decimals + 1, '0');
  const body = decimals > 0 ? `${abs.slice(0, -decimals)}.${abs.slice(-decimals)}` : abs;
  return (neg ? '-' : '') + body;
}

function words(dims: readonly Dimension[], c: AnalysisCatalogue): { noun: string; plural: string; same: string } {
  if (dims.length === 1) return c.dimensions[dims[0]!.dimension];
  const nouns = dims.map((d) => c.dimensions[d.dimension].noun);
  const list = `${nouns.slice(0, -1).join(', ')} ${c.and} ${nouns[nouns.length - 1]!}`;
  return {
    noun: fill(c.combination.plural, { nouns: list }),
    plural: fill(c.combination.plural, { nouns: list }),
    same: fill(c.combination.same, { nouns: list }),
  };
}

function isHidden(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'hidden' in value;
}

/**
 * The sentence of the statement's assessment of part 1 (STM-3) for a decomposition (EXP-1): how
 * many of the percentage points between women's and men's mean pay come from women and men
 * working at different levels (groups, units), how many from pay differences within the same one,
 * and how many from cells that hold one sex only — e.g. "Of the 6.0 percentage points between
 * women's and men's mean pay, 5.4 come from women and men working at different job levels, and 0.6
 * from pay differences within the same job level." The employer can keep or edit it.
 *
 * The numbers are the decomposition's `presentedPercents`, which add up to the total's percent
 * (100 − women's share of men's mean pay); the two outside-support parts are told as one. Given
 * a published decomposition ({@link publishGapAnalysis}) whose parts are hidden, the sentence
 * gives the total only, and says why; it never states a hidden value.
 *
 * @param decomposition - an internal or published decomposition
 * @param options - `lang`: `nb` (default), `nn` or `en`
 * @returns the sentence (numbers with the language's decimal mark)
 * @throws {z.ZodError} when the language is not one of {@link ANALYSIS_LANGUAGES}
 * @see ARP.md §9 EXP-1, §4 STM-3
 * @example
 * ```ts
 * describeGapDecomposition(analysis.decomposition.level!, { lang: 'en' });
 * // "Of the 6.0 percentage points between women's and men's mean pay, 5.4 come from women and men
 * //  working at different job levels, and 0.6 from pay differences within the same job level."
 * describeGapDecomposition(analysis.decomposition.level!); // bokmål: "Av de 6,0 prosentpoengene …"
 * ```
 */
export function describeGapDecomposition(decomposition: GapDecomposition | PublishedGapDecomposition, options: DescribeGapOptions = {}): string {
  const { lang } = DescribeOptionsSchema.parse(options);
  const c = ANALYSIS_CATALOGUES[lang];
  const dims = parseBreakdown(decomposition.breakdown) ?? [{ dimension: 'level', depth: null }];
  const w = words(dims, c);
  const d = decomposition;
  if (d.status === 'women-only' || d.status === 'men-only' || d.status === 'no-persons') return c.oneSexOnly;
  const total = d.total;
  if (total === null || isHidden(total)) return c.allHidden;
  const totalPercent = (total as { percentOfMen: string | null }).percentOfMen;
  if (totalPercent === null) return c.allHidden;
  const decimals = totalPercent.includes('.') ? totalPercent.split('.')[1]!.length : 0;
  const show = (u: bigint): string => formatNumber(text(u, decimals), lang);
  const T = units(totalPercent, decimals);
  if (d.status === 'no-common-support') return fill(c.noCommonSupport, { total: show(T < 0n ? -T : T), noun: w.noun });
  const p = d.presentedPercents;
  if (p === null) return fill(c.partsHidden, { total: show(T < 0n ? -T : T), plural: w.plural });
  if (T === 0n) return c.equal;
  const sign = T < 0n ? -1n : 1n;
  const composition = sign * units(p.composition, decimals);
  const within = sign * units(p.withinCells, decimals);
  const outside = sign * (units(p.menOutsideSupport, decimals) + units(p.womenOutsideSupport, decimals));
  const template = sign > 0n ? (outside === 0n ? c.split : c.splitWithOutside) : outside === 0n ? c.splitWomenAbove : c.splitWomenAboveWithOutside;
  return fill(template, {
    total: show(sign * T),
    composition: show(composition),
    within: show(within),
    outside: show(outside),
    plural: w.plural,
    same: w.same,
  });
}
