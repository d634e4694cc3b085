import type { TransparencyTexts } from './types.js';

/** The English texts of the pay-transparency indicators. @internal */
export const transparencyEn: TransparencyTexts = {
  hidden: (p) => {
    switch (p.code) {
      case 'pay-below-threshold':
        return `Hidden: a pay figure or a count of a sex is published only when at least ${p.payMin} persons of that sex are behind it (ANON-2, ANON-4).`;
      case 'band-below-threshold':
        return `Hidden: the shares of women and men in a quartile pay band are published only when the band holds at least ${p.payMin} women and ${p.payMin} men, or none of a sex (ANON-2).`;
      case 'recipients-below-threshold':
        return p.attributeMin === p.restMin
          ? `Hidden: a count of persons receiving variable pay is published only when both those who receive it and those who do not number 0 or at least ${p.attributeMin} (ANON-2).`
          : `Hidden: a count of persons receiving variable pay is published only when those who receive it number 0 or at least ${p.attributeMin}, and those who do not 0 or at least ${p.restMin} (ANON-2).`;
      case 'complementary':
        return 'Hidden so that another hidden value cannot be recomputed by subtraction from a total, a sum or a gap that is published (ANON-3).';
      default:
        return 'Not published: the policy publishes ratios only, no NOK amounts (ANON-4).';
    }
  },
  title: 'Pay transparency (EU Pay Transparency Directive, Art. 9)',
  intro: (p) =>
    `Indicators of Directive (EU) 2023/970 Art. 9(1) for ${p.year}, on ${p.referenceDate}: ${p.women} women and ${p.men} men. A gap is men’s pay minus women’s, as a percentage of men’s.`,
  notPublished: 'Internal figures: not published under the publication policy (no values hidden).',
  indicator: 'Indicator',
  women: 'Women',
  men: 'Men',
  gap: 'Gap (%)',
  persons: 'Persons',
  hiddenMark: 'hidden',
  pay: {
    hourlyMean: '(a) Mean hourly pay, NOK',
    hourlyMedian: '(c) Median hourly pay, NOK',
    annualMean: 'Mean annual pay, NOK',
    annualMedian: 'Median annual pay, NOK',
    variableMean: '(b) Mean complementary or variable hourly pay, NOK (recipients)',
    variableMedian: '(d) Median complementary or variable hourly pay, NOK (recipients)',
  },
  payNote: 'Hourly pay is annual pay divided by annual hours (full-time weekly hours × position percent × 52 weeks); pay includes every component.',
  recipientsTitle: '(e) Persons receiving complementary or variable pay',
  recipientsShare: 'Share of the sex (%)',
  quartilesTitle: '(f) Women and men in the quartile pay bands',
  quartilesNote: 'Persons sorted by hourly pay and split into four bands of equal size, lowest first.',
  band: (band) => (band === 0 ? 'Lowest band' : band === 3 ? 'Highest band' : `Band ${band + 1}`),
  womenPercent: 'Women (%)',
  menPercent: 'Men (%)',
  chartTitle: 'Women and men in the quartile pay bands',
  chartDesc: 'For each of the four pay bands, lowest first: the share of women and of men in percent. Hidden shares are left out.',
  categoriesTitle: '(g) Pay gaps by category of workers',
  categoriesNote: 'For the monitoring authority and the workers’ representatives only (Art. 9(7)); not to be published.',
  category: 'Category',
  noCategory: 'Without a category',
  basicMeanGap: 'Basic pay, mean gap (%)',
  basicMedianGap: 'Basic pay, median gap (%)',
  hourlyMeanGap: 'Hourly pay, mean gap (%)',
  hourlyMedianGap: 'Hourly pay, median gap (%)',
  variableMeanGap: 'Variable pay, mean gap (%)',
  variableMedianGap: 'Variable pay, median gap (%)',
  jointAssessment: 'Joint pay assessment (Art. 10)',
  jointReasons: {
    'gap-at-or-above-threshold': 'required: mean gap at or above the threshold',
    'remedy-after-deadline': 'required: the remedy comes after the deadline',
    'gap-below-threshold': 'not required: gap below the threshold',
    'gap-not-computable': 'not required: no gap can be computed',
    justified: 'not required: justified by objective, gender-neutral criteria',
    'remedied-within-deadline': 'not required: remedied within the deadline',
    'not-a-category': 'persons without a category: give them one',
  },
  jointRequired: (p) => `A joint pay assessment is required for: ${p.categories.join(', ')}.`,
  jointNone: 'No category requires a joint pay assessment.',
  notesTitle: 'Hidden values',
  sheets: { indicators: 'Pay transparency', quartiles: 'Quartile bands', categories: 'Categories (g)', hidden: 'Hidden values' },
  path: 'Value',
  reason: 'Reason',
  help: `Usage: likestilling transparency <files…> --year <year> [options]
       likestilling transparency --workers <n> --year <year>

The pay-transparency indicators of the EU Pay Transparency Directive (EU) 2023/970 Art. 9(1)
(a)–(g) and the joint pay assessment test of Art. 10 (ARP.md §8, TRN-1 to TRN-7), from the data
likestilling report reads: a canonical employee CSV; an HR or spreadsheet export with --mapping,
--profile and --pay-codes; or a year of a-melding files (*.xml) with --hr. With --publish the
figures are published under the policy first (ANON-*): (a)–(f) public, (g) for the authority and
the representatives only, hidden values with their reasons.

Options:
  --year <year>            the calendar year reported on (required)
  --workers <n>            no data: whether a report is due in --year for n workers, how often,
                           on which year (Art. 9(2)–(4), TRN-6), as JSON
  --mapping <file>         column mapping JSON: { "their header": "field", … }
  --profile <file>         import profile JSON
  --pay-codes <file>       pay-code table JSON
  --hr <file>              HR file joined to the a-melding
  --publish                publish under the policy (hide small groups, ANON-2, ANON-3)
  --policy <file>          publication policy JSON (thresholds, ratiosOnly); implies --publish
  --for-authority          md, html, xlsx: add (g) and the joint pay assessment
  --format <format>        json (default), md, html or xlsx
  --out <file>             write to a file instead of stdout (required for xlsx)
  -q, --quiet              no progress line on the terminal
  --lang <language>        nb, nn or en (also norsk, bokmål, nynorsk, engelsk); default: from
                           LC_ALL, LC_MESSAGES or LANG, else en (the section: --lang, else bokmål)
  -h, --help               this help

Exit codes: 0 done; 1 done, but the data had errors (rows left out); 2 bad arguments or unreadable
input.
`,
};
