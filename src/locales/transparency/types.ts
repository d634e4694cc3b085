/**
 * The texts of `likestilling/transparency` (TRN-*): the reasons of hidden values (ANON-6), the
 * section of the statement and of the command `likestilling transparency` (Markdown, HTML, the
 * workbook's sheets, the chart) and the command's help. One object per language (`nb.ts`,
 * `nn.ts`, `en.ts` here), the `transparency` group of the catalogues.
 * @internal
 */

/** A hidden value's code (`TRANSPARENCY_HIDDEN_CODES`). @internal */
export type TransparencyHiddenCodeText = 'pay-below-threshold' | 'band-below-threshold' | 'recipients-below-threshold' | 'complementary' | 'ratios-only';
/** A joint-assessment reason (`JOINT_ASSESSMENT_REASONS`). @internal */
export type JointAssessmentReasonText =
  | 'gap-at-or-above-threshold'
  | 'remedy-after-deadline'
  | 'gap-below-threshold'
  | 'gap-not-computable'
  | 'justified'
  | 'remedied-within-deadline'
  | 'not-a-category';

/** The texts of the pay-transparency indicators. @internal */
export interface TransparencyTexts {
  /** Why a value is hidden: the rule and the threshold, never the value, reading the same for few and for many (ANON-6). */
  readonly hidden: (p: {
    readonly code: TransparencyHiddenCodeText;
    readonly payMin: number;
    readonly attributeMin: number;
    readonly restMin: number;
  }) => string;
  readonly title: string;
  readonly intro: (p: { readonly year: number; readonly referenceDate: string; readonly women: string; readonly men: string }) => string;
  /** Said above figures that are not published under the policy (the internal result). */
  readonly notPublished: string;
  readonly indicator: string;
  readonly women: string;
  readonly men: string;
  readonly gap: string;
  readonly persons: string;
  /** A hidden value in a table. */
  readonly hiddenMark: string;
  readonly pay: {
    readonly hourlyMean: string;
    readonly hourlyMedian: string;
    readonly annualMean: string;
    readonly annualMedian: string;
    readonly variableMean: string;
    readonly variableMedian: string;
  };
  readonly payNote: string;
  readonly recipientsTitle: string;
  readonly recipientsShare: string;
  readonly quartilesTitle: string;
  readonly quartilesNote: string;
  readonly band: (band: number) => string;
  readonly womenPercent: string;
  readonly menPercent: string;
  readonly chartTitle: string;
  readonly chartDesc: string;
  readonly categoriesTitle: string;
  /** (g) goes to the authority and the workers' representatives only (Art. 9(7)). */
  readonly categoriesNote: string;
  readonly category: string;
  readonly noCategory: string;
  readonly basicMeanGap: string;
  readonly basicMedianGap: string;
  readonly hourlyMeanGap: string;
  readonly hourlyMedianGap: string;
  readonly variableMeanGap: string;
  readonly variableMedianGap: string;
  readonly jointAssessment: string;
  readonly jointReasons: Readonly<Record<JointAssessmentReasonText, string>>;
  readonly jointRequired: (p: { readonly categories: readonly string[] }) => string;
  readonly jointNone: string;
  readonly notesTitle: string;
  /** The workbook's sheet names (at most 31 characters). */
  readonly sheets: { readonly indicators: string; readonly quartiles: string; readonly categories: string; readonly hidden: string };
  readonly path: string;
  readonly reason: string;
  /** `likestilling transparency --help`. */
  readonly help: string;
}
