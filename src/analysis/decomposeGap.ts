import type { Employee } from '../models/employee.js';
import { AnalysisOptionsSchema, type AnalysisOptions } from './AnalysisOptionsSchema.js';
import { decompositionsOf } from './_lib/decompose.js';
import { readPersons } from './_lib/persons.js';
import type { GapDecomposition } from './schema.js';

/**
 * Decomposes the gap between men's and women's mean monthly FTE pay (EXP-1, Ñopo's form of the
 * Kitagawa–Oaxaca decomposition) over each breakdown of `options.breakdowns` (default `level`):
 *
 * - **composition** (*sammensetning*): women and men work in different cells (levels, groups, units)
 *   = Σ over cells in support (men's share of in-support men − women's share of in-support women) × men's mean in the cell;
 * - **within cells** (*innenfor cellene*): pay differs inside the same cell
 *   = Σ over cells in support women's share of in-support women × (men's mean − women's mean in the cell);
 * - **men outside support** = (men's mean outside − men's mean inside) × men outside / all men;
 * - **women outside support** = (women's mean inside − women's mean outside) × women outside / all women;
 *
 * where the support is the cells that hold both sexes. The four parts sum exactly to the total
 * (men's mean − women's mean). `weighting: 'men'` weights the within-cells part by men's shares
 * (and composition by women's means). The population and pay are the mapping's (DEF-POP, DEF-PAY,
 * DEF-SEX: pay-eligible women and men; FTE pay = amount × 100 / position percent; a person's
 * employments merged; the reference date's stock). Exact (DEF-ROUND): each figure is rounded
 * once — NOK half-up to øre, percent of men's mean half-up to `percentDecimals`; the total's
 * percent is 100 − the women's share of men's mean pay as the mapping publishes it, and
 * `presentedPercents` gives the parts rounded to add up to it.
 *
 * @param records - parsed records (`EmployeeSchema` output), one per employment
 * @param options - analysis options; only `statistics.year` is required ({@link AnalysisOptionsSchema})
 * @returns one decomposition per breakdown, keyed by the breakdown's name
 * @throws {z.ZodError} when the options are invalid (each issue names its path)
 * @see ARP.md §9 EXP-1, §5 DEF-PAY, DEF-POP, DEF-SEX, DEF-ROUND
 * @example
 * ```ts
 * const byLevel = decomposeGap(records, { statistics: { year: 2025 }, breakdowns: ['level', 'level*group'] });
 * byLevel.level.total?.percentOfMen;       // '6.0'  (100 − women's share of men's pay)
 * byLevel.level.composition?.percentOfMen; // '5.4'  (women and men at different levels)
 * byLevel['level*group'].cells[0]?.key;    // ['Leder', 'Administrasjon']
 * ```
 */
export function decomposeGap(records: readonly Employee[], options: AnalysisOptions): Readonly<Record<string, GapDecomposition>> {
  const o = AnalysisOptionsSchema.parse(options);
  const persons = readPersons(records, o.statistics, o.payConcept);
  return decompositionsOf(persons, o.breakdowns, o.weighting, o.statistics.percentDecimals);
}
