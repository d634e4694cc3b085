/**
 * Sentences under the tables, from the published figures only: where two shares of the same thing
 * differ by their denominator, why (issue 16). @internal
 */
import { CATALOGUES, type Language } from '../../locales/index.js';
import type { ReportTable, TableNote } from '../types.js';
import { formatNumber, formatPercentText } from './format.js';

function value(t: ReportTable | undefined, row: string, column: string): string | null {
  return t?.rows.find((r) => r.id === row)?.cells.find((c) => c.column === column)?.value ?? null;
}

/**
 * Women's share of all employees (STAT-A1: of women, men and other/unknown) and of women and men
 * (STAT-B3's total: the women/men comparison, DEF-SEX) differ when some persons are of other or
 * unknown sex: the sentence under STAT-B3 that says so, or null when they do not differ (or a
 * figure is hidden, or a table reused from another year).
 */
export function shareDenominatorNote(balance: ReportTable | undefined, distribution: ReportTable | undefined): TableNote | null {
  if (balance === undefined || distribution === undefined || balance.reused || distribution.reused) return null;
  const ofAll = value(balance, 'women', 'percentOfAll');
  const ofWomenAndMen = value(distribution, 'total', 'womenPercent');
  const others = value(balance, 'otherOrUnknown', 'count');
  if (ofAll === null || ofWomenAndMen === null || others === null || others === '0' || ofAll === ofWomenAndMen) return null;
  const text = (lang: Language): string =>
    CATALOGUES[lang].report.notes.shareDenominators({
      ofAll: formatPercentText(ofAll, lang),
      ofWomenAndMen: formatPercentText(ofWomenAndMen, lang),
      others: formatNumber(others, lang),
    });
  return { code: 'share-denominators', params: { ofAll, ofWomenAndMen, others }, text: { nb: text('nb'), en: text('en'), nn: text('nn') } };
}
