/** The `analysis` group in English. @internal */
import type { AnalysisTexts } from './types.js';

/** The texts of the analysis in English. @internal */
export const analysisEn: AnalysisTexts = {
  dimensions: {
    level: { noun: 'job level', plural: 'job levels', same: 'the same job level' },
    group: { noun: 'job group', plural: 'job groups', same: 'the same job group' },
    unit: { noun: 'unit', plural: 'units', same: 'the same unit' },
  },
  combination: { plural: 'combinations of {nouns}', same: 'the same combination of {nouns}' },
  and: 'and',
  split:
    "Of the {total} percentage points between women's and men's mean pay, {composition} come from women and men working at different {plural}, and {within} from pay differences within {same}.",
  splitWithOutside:
    "Of the {total} percentage points between women's and men's mean pay, {composition} come from women and men working at different {plural}, {within} from pay differences within {same}, and {outside} from {plural} where only women or only men work.",
  splitWomenAbove:
    "Women's mean pay is {total} percentage points above men's. Of these, {composition} come from women and men working at different {plural}, and {within} from pay differences within {same}.",
  splitWomenAboveWithOutside:
    "Women's mean pay is {total} percentage points above men's. Of these, {composition} come from women and men working at different {plural}, {within} from pay differences within {same}, and {outside} from {plural} where only women or only men work.",
  equal: "Women's and men's mean pay are the same.",
  noCommonSupport:
    "The difference of {total} percentage points between women's and men's mean pay cannot be split by {noun}: no {noun} has both women and men.",
  oneSexOnly: 'There is no pay difference between women and men to explain: the pay figures cover one sex only.',
  partsHidden:
    "The difference between women's and men's mean pay is {total} percentage points. How it splits across {plural} is not published, as some groups are too small.",
  allHidden: 'The pay difference between women and men is not published, as the groups are too small.',
  statement: {
    title: 'What the pay gap is made of',
    intro:
      "The difference between women's and men's mean pay is split here in two: the part that comes from women and men working at different levels or in different groups, and the part that is pay differences between women and men at the same level or in the same group. The figures are percentage points of men's mean monthly pay converted to full time, and the parts add up to the whole difference.",
    byBreakdown: 'By {noun}',
    part: 'Part of the difference',
    points: 'Percentage points',
    nok: 'NOK per month',
    parts: {
      total: 'The whole difference',
      composition: 'Women and men work at different {plural}',
      withinCells: 'Pay differences within {same}',
      menOutsideSupport: '{plural} with men only',
      womenOutsideSupport: '{plural} with women only',
    },
    hidden: 'hidden',
    chartTitle: "The parts of the pay gap by {noun}, percentage points of men's mean pay",
    chartDesc: 'Bar chart of the parts of the pay gap: {values}.',
    adjustedLower:
      'Compared with men of the same {factors}, women are paid {gap} less per month converted to full time ({level} confidence interval {lower} to {upper}; {n} persons).',
    adjustedHigher:
      'Compared with men of the same {factors}, women are paid {gap} more per month converted to full time ({level} confidence interval {lower} to {upper}; {n} persons).',
    adjustedNone:
      'Compared with men of the same {factors}, women are paid the same per month converted to full time ({level} confidence interval {lower} to {upper}; {n} persons).',
    significant: 'The difference is statistically significant (p-value {p}): chance alone is unlikely to explain it.',
    notSignificant: 'The difference is not statistically significant (p-value {p}): it may be due to chance.',
    belowThreshold: 'The adjusted difference is below the threshold of {threshold}.',
    aboveThreshold: 'The adjusted difference is above the threshold of {threshold}, and the employer should look into its causes.',
    adjustedHidden: 'The adjusted pay gap is not published, as there are fewer than {threshold} women or men.',
    adjustedNotEstimable: 'The adjusted pay gap cannot be estimated: there are too few persons, or one sex only, to compare.',
    factors: { level: 'job level', group: 'job group', seniority: 'seniority', partTime: 'position (full or part time)' },
    groupsHeading: 'The adjusted difference in each job group',
    group: 'Job group',
    adjustedGap: 'Adjusted difference',
    overThreshold: 'Above the threshold',
    yes: 'yes',
    no: 'no',
    noGroup: 'No job group',
    groupsNone: 'In no job group is the adjusted difference above {threshold}.',
    groupsFlagged: 'The adjusted difference is above {threshold} in these job groups: {list}.',
    groupsHidden: 'For {count} job groups the adjusted difference is not published, as fewer than {threshold} women or men work in the group.',
    hiddenWhy:
      'Some figures are not shown: they rest on fewer than {threshold} women or men, or a hidden figure could otherwise be worked out from the others. This way no one can read off the pay of an individual.',
    reading:
      'How to read the figures: the part from different {plural} says where women and men work, not what they are paid for the same work. The adjusted difference compares women and men who are alike in the factors above. It is no proof of discrimination, nor of its absence: factors left out may both explain and hide a difference.',
    method:
      "Method: the split is Kitagawa–Oaxaca in Ñopo's form, computed exactly on monthly pay converted to full time. The adjusted difference is an ordinary least squares regression of the logarithm of monthly pay converted to full time on sex and the factors named.",
    sheet: 'Explanation',
  },
  cli: {
    help: `Usage: likestilling analyse <files…> --year <year> [options]

Why the pay gap (step b of the four-step method, ACT-3; ARP.md §9 EXP-1 to EXP-3): the exact
split of the difference between women's and men's mean pay over a breakdown (composition, within
cells, cells of one sex), the adjusted gap by regression on objective factors, and the adjusted
gap per job group. Reads every input likestilling report reads: a canonical employee CSV; an HR
or spreadsheet export with --mapping, --profile and --pay-codes; or a year of a-melding files
(*.xml) with --hr.

Data:
  --year <year>            financial year (required)
  --fiscal-year-end <MM-DD> last day of the financial year (default 12-31)
  --mapping <file>         column mapping JSON: { "their header": "field", … }
  --profile <file>         import profile JSON
  --pay-codes <file>       pay-code table JSON
  --hr <file>              HR file joined to the a-melding
  -q, --quiet              no progress line on the terminal

The analysis:
  --by <list>              breakdowns, comma-separated: level, group, unit, unit:N or a
                           combination such as level*group (default level)
  --factor <list>          the factors of the regression, comma-separated, instead of the default
                           (level, group, seniority, senioritySquared, partTime)
  --options <file>         analysis options JSON: every option of AnalysisOptionsSchema but
                           statistics (weighting, columns, references, standardErrors, conventions,
                           threshold …); --by and --factor take precedence
  --publish                the published form (ANON-*): figures of small groups hidden, with
                           reasons; without it the analysis is internal (it may list employees):
                           never publish it
  --policy <file>          publication policy JSON (payMinPersons, ratiosOnly)
  --format <format>        json (default), md (also text) or html
  --out <file>             write to a file instead of stdout
  --lang <language>        nb, nn or en (also norsk, bokmål, nynorsk, engelsk); default: from
                           LC_ALL, LC_MESSAGES or LANG, else en
  -h, --help               this help

Exit codes: 0 done; 1 done, but the data had errors (rows left out); 2 bad arguments or
unreadable input.
`,
    usage: '  likestilling analyse    why the pay gap: its split, the adjusted gap (EXP-*)',
    title: 'Pay gap analysis {year}',
    internal: 'Internal analysis: figures of small groups are shown. Publish the form made with --publish only.',
    published: 'Published form: figures resting on fewer than {threshold} women or men are hidden.',
  },
};
