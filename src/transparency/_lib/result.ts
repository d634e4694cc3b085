/**
 * The result of `computePayTransparency` from a prepared population and its parts, so the parts may
 * be computed on two threads (`likestilling/node`) and give the same result. @internal
 * @module
 */
import { annualPayGap } from '../annualPayGap.js';
import { hourlyPayGap } from '../hourlyPayGap.js';
import type { TransparencyPopulation } from '../preparePayTransparency.js';
import { TRANSPARENCY_SCHEMA_VERSION, type CategoryFigures, type PayTransparency, type QuartileBand } from '../types.js';
import { variablePayGap } from '../variablePayGap.js';
import { variablePayRecipients } from '../variablePayRecipients.js';

/** The parts of the result that are not per band or category: (a), (c), annual pay, (b), (d), (e). @internal */
export interface OverallParts {
  readonly hourly: PayTransparency['hourly'];
  readonly annual: PayTransparency['annual'];
  readonly variable: PayTransparency['variable'];
}

/** Computes the {@link OverallParts}. @internal */
export function overallParts(population: TransparencyPopulation): OverallParts {
  return {
    hourly: hourlyPayGap(population),
    annual: annualPayGap(population),
    variable: { ...variablePayGap(population), recipients: variablePayRecipients(population) },
  };
}

/**
 * The whole result from its parts: (f) `quartiles` and (g) `categories` (in the population's order).
 * @internal
 */
export function payTransparencyOf(
  population: TransparencyPopulation,
  overall: OverallParts,
  quartiles: QuartileBand[],
  categories: CategoryFigures[],
  disclosure: PayTransparency['disclosure'],
): PayTransparency {
  const o = population.options;
  const required = categories.filter((c) => c.jointAssessment.required).map((c) => c.key);
  return {
    schemaVersion: TRANSPARENCY_SCHEMA_VERSION,
    year: o.year,
    referenceDate: o.referenceDate,
    population: population.population,
    excluded: population.excluded,
    records: population.records,
    warnings: population.warnings,
    ...overall,
    quartiles,
    categories,
    jointAssessment: { required: required.length > 0, categories: required },
    disclosure: JSON.parse(JSON.stringify(disclosure)) as PayTransparency['disclosure'], // each result its own
    options: o as PayTransparency['options'],
  };
}
