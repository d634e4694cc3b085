import type { Employee } from '../models/employee.js';
import type { ExclusionReason } from '../statistics/types.js';
import type { PopulationState } from './_lib/population.js';
import { preparePopulation } from './_lib/prepare.js';
import type { ResolvedTransparencyOptions, TransparencyOptions } from './TransparencyOptionsSchema.js';
import type { TransparencySexCounts } from './types.js';

/**
 * The persons the pay-transparency indicators are computed over (TRN-1), prepared once for every
 * indicator's computer ({@link hourlyPayGap}, {@link annualPayGap}, {@link variablePayGap},
 * {@link variablePayRecipients}, {@link quartilePayBands}, {@link categoryPayGaps}). Opaque apart
 * from the counts below; never changed by the computers.
 *
 * @example
 * ```ts
 * const population = preparePayTransparency(records, { year: 2026 });
 * population.population; // { women: 412, men: 388 }
 * ```
 */
export interface TransparencyPopulation {
  readonly kind: 'likestilling.transparency-population';
  /** The definitions used (TRN-1…TRN-5). */
  readonly options: ResolvedTransparencyOptions;
  /** Records read. */
  readonly records: number;
  /** Women and men with a positive position percent on the reference date: the persons of every indicator. */
  readonly population: TransparencySexCounts;
  /** Records and persons left out, by reason (see {@link PayTransparency}'s `excluded`). */
  readonly excluded: Readonly<Record<ExclusionReason, number>>;
  /** Warnings per diagnostic code. */
  readonly warnings: Readonly<Record<string, number>>;
  /** @internal */
  readonly state: PopulationState;
}

/**
 * Prepares the population of the pay-transparency indicators (Directive (EU) 2023/970 Art. 9,
 * TRN-1) from employment records, with the ARP statistics engine's record pass, so persons are
 * exactly those of the ARP mapping (DEF-POP): employments of the included kinds active on the
 * reference date, one person's employments merged (position percents and pay summed, the main
 * employment's job group and level kept). Women and men are compared (DEF-SEX); persons of other
 * or unknown sex, then persons without a positive position percent, are left out and counted.
 *
 * Per person (TRN-1): monthly pay = the sum of `payComponents`; annual pay = `monthsPerYear` ×
 * monthly; annual hours = Σ over its employments of full-time weekly hours (the record's
 * `fullTimeHoursPerWeek`, else the option, 37.5) × position percent / 100 × `weeksPerYear`; hourly
 * pay = annual pay / annual hours; basic and variable hourly pay likewise from their components.
 * All exact (DEF-ROUND).
 *
 * @param records - parsed records (`EmployeeSchema` output of the root export), one per employment
 * @param options - the definitions; only `year` is required ({@link TransparencyOptionsSchema})
 * @returns the prepared population
 * @throws {z.ZodError} when an option is invalid, or a record's `fullTimeHoursPerWeek` is (path `[index, 'fullTimeHoursPerWeek']`)
 * @see ARP.md §8 TRN-1; DEF-POP, DEF-SEX
 * @example
 * ```ts
 * const population = preparePayTransparency(records, { year: 2026 });
 * hourlyPayGap(population).mean.gapPercent; // e.g. '11.8'
 * quartilePayBands(population)[3].womenPercent; // e.g. '38.5'
 * ```
 */
export function preparePayTransparency(records: readonly Employee[], options: TransparencyOptions | ResolvedTransparencyOptions): TransparencyPopulation {
  return preparePopulation(records, options, false);
}
