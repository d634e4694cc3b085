/**
 * The gap analysis' options on the command line and in a statement project (`analysis`): every
 * option of `AnalysisOptionsSchema` (`likestilling/analysis`) but `statistics`, which is the
 * statement's (its year and the employer's fiscal year) so that the analysis covers the persons
 * and pay of the published figures. Checked where they are read, errors named by path. @internal
 */
import { z } from 'zod';
import { AnalysisOptionsSchema, type AnalysisOptions } from '../../analysis/AnalysisOptionsSchema.js';
import type { PublishedGapAnalysis } from '../../analysis/publishedSchema.js';
import type { PublicationPolicyInput } from '../../anonymisation/policy.js';
import type { Language } from '../../locales/index.js';
import type { Employee } from '../../models/employee.js';
import type { StatisticsOptions } from '../../statistics/StatisticsOptionsSchema.js';
import { checkJson } from './json.js';

/** An analysis' options without `statistics` (`true`: the defaults). @internal */
export const AnalysisConfigSchema = z.union([z.literal(true), z.looseObject({ statistics: z.never().optional() })]);

/** The options of the analysis with the statement's statistics, checked (a usage error names the bad paths). @internal */
export function analysisOptionsOf(
  given: z.output<typeof AnalysisConfigSchema>,
  statistics: StatisticsOptions,
  label: string,
  file: string,
  lang: Language,
): AnalysisOptions {
  const options = { ...(given === true ? {} : given), statistics } as AnalysisOptions;
  checkJson(AnalysisOptionsSchema, options, label, file, lang);
  return options;
}

/** The published analysis of the records (loaded on demand: the regression's libraries only when asked for). @internal */
export async function publishedAnalysis(
  records: readonly Employee[],
  options: AnalysisOptions,
  policy: PublicationPolicyInput | undefined,
): Promise<PublishedGapAnalysis> {
  const [{ analyseGap }, { publishGapAnalysis }] = await Promise.all([import('../../analysis/analyseGap.js'), import('../../analysis/publishGapAnalysis.js')]);
  return publishGapAnalysis(analyseGap(records, options), policy);
}
