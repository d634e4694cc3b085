import { z } from 'zod';
import { expecting } from '../locales/index.js';

/**
 * A text the employer writes (a name, a finding, a measure, an assessment): one text for every
 * language, or a text per language (`{ "nb": "…", "en": "…" }`, at least one), so that each
 * statement uses its own (issue 16). A statement in a language without its own text falls back:
 * nynorsk to bokmål, bokmål to nynorsk, then English; English to bokmål, then nynorsk.
 *
 * @example
 * ```ts
 * EmployerTextSchema.parse('Likestillingspolicy');
 * EmployerTextSchema.parse({ nb: 'Likestillingspolicy', en: 'Equality policy' });
 * ```
 */
export const EmployerTextSchema = z.union([
  z.string().min(1),
  z
    .strictObject({ nb: z.string().min(1).optional(), nn: z.string().min(1).optional(), en: z.string().min(1).optional() })
    .refine((t) => t.nb !== undefined || t.nn !== undefined || t.en !== undefined, { params: { code: 'required', ...expecting('employerText') } }),
]);
/** An employer's text: the same in every language, or per language. See {@link EmployerTextSchema}. */
export type EmployerText = z.output<typeof EmployerTextSchema>;

const FALLBACK = { nb: ['nb', 'nn', 'en'], nn: ['nn', 'nb', 'en'], en: ['en', 'nb', 'nn'] } as const;

/**
 * An employer's text in a language: its own text for the language, else the nearest (nynorsk ↔
 * bokmål, then English; English, then bokmål).
 *
 * @param text - the text (the same in every language, or per language)
 * @param lang - `nb`, `nn` or `en`
 * @returns the text to show
 * @example
 * ```ts
 * textIn({ nb: 'Likestillingspolicy', en: 'Equality policy' }, 'nn'); // 'Likestillingspolicy'
 * textIn({ nb: 'Likestillingspolicy', en: 'Equality policy' }, 'en'); // 'Equality policy'
 * ```
 */
export function textIn(text: EmployerText, lang: 'nb' | 'nn' | 'en'): string {
  if (typeof text === 'string') return text;
  for (const l of FALLBACK[lang]) {
    const t = text[l];
    if (t !== undefined) return t;
  }
  return '';
}
