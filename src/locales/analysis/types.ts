/**
 * The shape of the `analysis` group of the catalogues: the texts of `likestilling/analysis` (the
 * sentence of `describeGapDecomposition`), of the statement's section "the pay gap explained"
 * (EXP-1…EXP-3 in the statement, STM-3) and of `likestilling analyse`. Templates with `{name}`
 * placeholders, filled by the code that uses them. @internal
 */

/** Words for a dimension of a breakdown. @internal */
export interface DimensionWords {
  /** As a noun in a list ("job level"). */
  readonly noun: string;
  /** Plural ("job levels"). */
  readonly plural: string;
  /** "the same job level". */
  readonly same: string;
}

/** The parts of the decomposition (EXP-1) as labels of the statement's table. @internal */
export type ExplanationPartName = 'total' | 'composition' | 'withinCells' | 'menOutsideSupport' | 'womenOutsideSupport';

/** The texts of the analysis, one language. @internal */
export interface AnalysisTexts {
  readonly dimensions: Readonly<Record<'level' | 'group' | 'unit', DimensionWords>>;
  /** A combination of dimensions: `{nouns}` joined by `and`. */
  readonly combination: { readonly plural: string; readonly same: string };
  readonly and: string;
  /** The assessment's sentence (`describeGapDecomposition`): the parts of the gap. */
  readonly split: string;
  /** … with the part outside the support. */
  readonly splitWithOutside: string;
  /** The same when women's mean pay is above men's. */
  readonly splitWomenAbove: string;
  readonly splitWomenAboveWithOutside: string;
  readonly equal: string;
  readonly noCommonSupport: string;
  readonly oneSexOnly: string;
  readonly partsHidden: string;
  readonly allHidden: string;
  /** The statement's section. */
  readonly statement: {
    readonly title: string;
    readonly intro: string;
    /** The heading of one decomposition: `{noun}`. */
    readonly byBreakdown: string;
    /** The table's column headers. */
    readonly part: string;
    readonly points: string;
    readonly nok: string;
    /** The rows: `{plural}`, `{same}` from the breakdown's words. */
    readonly parts: Readonly<Record<ExplanationPartName, string>>;
    /** A hidden value in a table. */
    readonly hidden: string;
    /** The chart of the parts: title and its description (`{values}`: every part with its value). */
    readonly chartTitle: string;
    readonly chartDesc: string;
    /** The adjusted gap (EXP-2): `{gap}` percent, `{factors}`, `{lower}`, `{upper}`, `{level}` of the interval, `{n}` persons. */
    readonly adjustedLower: string;
    readonly adjustedHigher: string;
    readonly adjustedNone: string;
    readonly significant: string;
    readonly notSignificant: string;
    readonly belowThreshold: string;
    readonly aboveThreshold: string;
    readonly adjustedHidden: string;
    readonly adjustedNotEstimable: string;
    /** The factors in words. */
    readonly factors: Readonly<Record<'level' | 'group' | 'seniority' | 'partTime', string>>;
    /** Per job group (Art. 10 style): `{threshold}`, `{list}`, `{count}`. */
    readonly groupsHeading: string;
    readonly group: string;
    readonly adjustedGap: string;
    readonly overThreshold: string;
    readonly yes: string;
    readonly no: string;
    readonly noGroup: string;
    readonly groupsNone: string;
    readonly groupsFlagged: string;
    readonly groupsHidden: string;
    /** What is hidden and why (ANON-2, ANON-3): `{threshold}`. */
    readonly hiddenWhy: string;
    /** How to read the figures. */
    readonly reading: string;
    /** The method, in words. */
    readonly method: string;
    /** The workbook's sheet. */
    readonly sheet: string;
  };
  /** `likestilling analyse`. */
  readonly cli: {
    /** `likestilling analyse --help`. */
    readonly help: string;
    /** Its line in `likestilling --help`. */
    readonly usage: string;
    /** The title of its Markdown and HTML: `{year}`. */
    readonly title: string;
    /** A note on the internal form (without `--publish`). */
    readonly internal: string;
    /** A note on the published form: `{threshold}`. */
    readonly published: string;
  };
}
