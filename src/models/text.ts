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

/**
 * Reads a {@link LocalizedText} from JSON (a statement's footnote, commentary or issue, a duty
 * assessment's reason). `nn` may be missing: a statement written before the library wrote nynorsk
 * (last year's, read again for the comparison) has bokmål and English only; nynorsk then falls back
 * to bokmål.
 *
 * @example
 * ```ts
 * LocalizedTextSchema.parse({ nb: 'Skjult', nn: 'Skjult', en: 'Hidden' });
 * LocalizedTextSchema.parse({ nb: 'Skjult', en: 'Hidden' }); // a statement of an older version
 * ```
 */
export const LocalizedTextSchema = z.object({ nb: z.string(), en: z.string(), nn: z.string().optional() });

/**
 * A text in bokmål (`nb`), nynorsk (`nn`) and English (`en`): what the library writes wherever a
 * person reads it (a duty's reason, a step of the year plan, a statement's footnote, commentary or
 * issue). Read back from JSON with {@link LocalizedTextSchema}.
 *
 * @example
 * ```ts
 * const assessment = assessDuties(employer, 2025);
 * const reason: LocalizedText = assessment.basis[0].reason;
 * console.log(reason.nn);
 * ```
 */
export interface LocalizedText {
  readonly nb: string;
  readonly nn: string;
  readonly en: string;
}
