/**
 * The statement's texts of each language, from the catalogues of `src/locales/` (bokmål after
 * Bufdir's guidance page, ARP.md sources/004), and the helpers the renderers fill them with.
 * @internal
 */
import { CATALOGUES } from '../../locales/index.js';
import type { ReportTexts } from '../../locales/types.js';
import { textIn, type EmployerText } from '../../models/text.js';
import type { ReportLanguage } from '../types.js';

/** The texts of one language. @internal */
export type ReportCatalogue = ReportTexts;

/** The catalogues. @internal */
export const REPORT_CATALOGUES: Readonly<Record<ReportLanguage, ReportCatalogue>> = {
  nb: CATALOGUES.nb.report,
  nn: CATALOGUES.nn.report,
  en: CATALOGUES.en.report,
};

/** A text given in bokmål and English, in a report language (nynorsk falls back to bokmål when no `nn` is given). @internal */
export function localized(text: { readonly nb: string; readonly en: string; readonly nn?: string | undefined }, lang: ReportLanguage): string {
  if (lang === 'nn') return text.nn ?? text.nb;
  return text[lang];
}

/** An employer's text in a report language (its own, else the nearest: see `textIn`). @internal */
export function employerText(text: EmployerText, lang: ReportLanguage): string {
  return textIn(text, lang);
}

/** Fills `{name}` placeholders. @internal */
export function fill(template: string, values: Readonly<Record<string, string | number | null | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key];
    return v === undefined || v === null ? '–' : String(v);
  });
}

/** A label from a code table, falling back to the code itself. @internal */
export function label(table: Readonly<Record<string, string>>, code: string): string {
  return table[code] ?? code;
}
