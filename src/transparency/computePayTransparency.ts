import type { Employee } from '../models/employee.js';
import { overallParts, payTransparencyOf } from './_lib/result.js';
import { categoryPayGaps } from './categoryPayGaps.js';
import { preparePayTransparency } from './preparePayTransparency.js';
import { quartilePayBands } from './quartilePayBands.js';
import type { ResolvedTransparencyOptions, TransparencyOptions } from './TransparencyOptionsSchema.js';
import type { PayTransparency } from './types.js';

/**
 * Which parts of a result are public and which go to the authority and the workers'
 * representatives only (TRN-7; Art. 9(1) points per part).
 *
 * @example
 * ```ts
 * TRANSPARENCY_DISCLOSURE.categories.audience; // 'authority-and-representatives'
 * ```
 */
export const TRANSPARENCY_DISCLOSURE: PayTransparency['disclosure'] = {
  hourly: { indicators: ['a', 'c'], audience: 'public' },
  annual: { indicators: ['a', 'c'], audience: 'public' },
  variable: { indicators: ['b', 'd', 'e'], audience: 'public' },
  quartiles: { indicators: ['f'], audience: 'public' },
  categories: { indicators: ['g'], audience: 'authority-and-representatives' },
};

/**
 * Computes every pay-transparency indicator of Directive (EU) 2023/970 Art. 9(1) (a)–(g) and the
 * joint pay assessment test of Art. 10 from employment records (ARP.md §8, TRN-1…TRN-5, TRN-7):
 * `hourly` (a, c) and `annual` beside them, `variable` (b, d, e), `quartiles` (f), `categories`
 * (g, Art. 10), `jointAssessment` (the categories that still require one), `disclosure` (which
 * parts are public) and `options` (every definition used). Pure and exact: money as integer øre
 * and exact rationals, rounded once at output (DEF-ROUND).
 *
 * Equal to {@link preparePayTransparency} followed by each indicator's computer.
 *
 * @param records - parsed records (`EmployeeSchema` output of the root export), one per employment
 * @param options - the definitions; only `year` (the calendar year reported on) is required
 * @returns the result (shape: {@link PayTransparencySchema}, `schemas/transparency.schema.json`)
 * @throws {z.ZodError} when an option is invalid, or a record's `fullTimeHoursPerWeek` is
 * @see ARP.md §8 TRN-1…TRN-7
 * @example
 * ```ts
 * const records = rows.map((row) => EmployeeSchema.parse(row));
 * const result = computePayTransparency(records, { year: 2026 });
 * result.hourly.mean.gapPercent;           // e.g. '11.8'
 * result.quartiles[3].womenPercent;        // e.g. '38.5'
 * result.jointAssessment.categories;       // e.g. ['Gruppe 007']
 * ```
 */
export function computePayTransparency(records: readonly Employee[], options: TransparencyOptions | ResolvedTransparencyOptions): PayTransparency {
  const population = preparePayTransparency(records, options);
  return payTransparencyOf(population, overallParts(population), quartilePayBands(population), categoryPayGaps(population), TRANSPARENCY_DISCLOSURE);
}
