/**
 * The texts of `likestilling/analysis`: the `analysis` group of the library's catalogues
 * (`src/locales/analysis/`, bokmål, nynorsk, English), and the filling of their `{name}`
 * placeholders.
 * @internal
 */
import { CATALOGUES } from '../../locales/index.js';
import type { AnalysisTexts } from '../../locales/analysis/types.js';

/** The languages of the analysis' texts. @internal */
export type AnalysisLanguage = 'nb' | 'nn' | 'en';

/** The texts of one language. @internal */
export type AnalysisCatalogue = AnalysisTexts;

/** The catalogues. @internal */
export const ANALYSIS_CATALOGUES: Readonly<Record<AnalysisLanguage, AnalysisCatalogue>> = {
  nb: CATALOGUES.nb.analysis,
  nn: CATALOGUES.nn.analysis,
  en: CATALOGUES.en.analysis,
};

/** Fills `{name}` placeholders. @internal */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
