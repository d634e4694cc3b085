import { z } from 'zod';
import { LANGUAGES } from '../locales/types.js';
import { escapeHtml, transparencyHtml, transparencyMarkdown } from '../report/internal.js';
import { sectionOf } from './_lib/section.js';
import type { PublishedPayTransparency } from './publishedSchema.js';
import { TRANSPARENCY_AUDIENCES, type PayTransparency } from './types.js';

/**
 * How a pay-transparency section is rendered: `lang` `nb` (default), `nn` or `en`; `audience`
 * `public` (default: (a)–(f)) or `authority-and-representatives` (also (g) per category and the
 * joint pay assessment, Art. 9(7), Art. 10; not for publication).
 *
 * @example
 * ```ts
 * PayTransparencyRenderOptionsSchema.parse({ lang: 'nn' }); // { lang: 'nn', audience: 'public' }
 * ```
 */
export const PayTransparencyRenderOptionsSchema = z.strictObject({
  lang: z.enum(LANGUAGES).default('nb'),
  audience: z.enum(TRANSPARENCY_AUDIENCES).default('public'),
});
/**
 * Render options (every field optional). See {@link PayTransparencyRenderOptionsSchema}.
 *
 * @example
 * ```ts
 * const options: PayTransparencyRenderOptions = { lang: 'en', audience: 'authority-and-representatives' };
 * ```
 */
export type PayTransparencyRenderOptions = z.input<typeof PayTransparencyRenderOptionsSchema>;

/**
 * The pay-transparency indicators as a Markdown section (TRN-3, TRN-7): the intro, (a)–(d) with
 * annual pay beside them, (e), (f) and, for the authority and the representatives, (g) and the
 * joint pay assessment; each hidden value named so, with the number of its reason under the
 * tables. From a published result ({@link publishPayTransparency}); a computed one is rendered
 * whole, under a warning that it is not published.
 *
 * @param input - a published result, or a computed one (`computePayTransparency`)
 * @param options - language and audience ({@link PayTransparencyRenderOptionsSchema})
 * @returns Markdown, a `##` section
 * @throws {LikestillingInputError} when the input or an option is invalid
 * @see ARP.md §8 TRN-3, TRN-7
 * @example
 * ```ts
 * const md = renderPayTransparencyMarkdown(publishPayTransparency(result), { lang: 'nn' });
 * md.startsWith('## Lønsopenheit'); // true
 * ```
 */
export function renderPayTransparencyMarkdown(input: PayTransparency | PublishedPayTransparency, options?: PayTransparencyRenderOptions): string {
  const { section } = sectionOf('renderPayTransparencyMarkdown', input, options);
  return transparencyMarkdown(section).join('\n');
}

const CSS = `body{margin:0;font-family:"Source Sans 3","Segoe UI",Helvetica,Arial,sans-serif;font-size:10.5pt;line-height:1.4;color:#1a1a1a}
main{max-width:182mm;margin:0 auto;padding:8mm 0}h2{font-size:14pt;border-bottom:1.5pt solid #8a2c63}h3{font-size:11.5pt}
table{border-collapse:collapse;width:100%;font-size:9pt;margin:2pt 0 8pt}th,td{border-bottom:.5pt solid #bbb;padding:2pt 3pt}
thead th{border-bottom:1pt solid #333;text-align:right}thead th:first-child,tbody th{text-align:left}td{text-align:right;font-variant-numeric:tabular-nums}
sup{font-size:70%;line-height:0}svg.chart{display:block;max-width:100%;height:auto}figure{margin:8pt 0}ol.notes{font-size:9pt}.warning{color:#a40000}`;

/**
 * The pay-transparency indicators as a standalone HTML page (TRN-3, TRN-7): the section of
 * {@link renderPayTransparencyMarkdown} with the quartile bands drawn as an SVG chart
 * (`role="img"` with a title and a description that lists every shown share).
 *
 * @param input - a published result, or a computed one
 * @param options - language and audience ({@link PayTransparencyRenderOptionsSchema})
 * @returns a whole HTML document (no script, no external resource)
 * @throws {LikestillingInputError} when the input or an option is invalid
 * @see ARP.md §8 TRN-3, TRN-7
 * @example
 * ```ts
 * const html = renderPayTransparencyHtml(publishPayTransparency(result), { lang: 'en' });
 * html.includes('role="img"'); // true
 * ```
 */
export function renderPayTransparencyHtml(input: PayTransparency | PublishedPayTransparency, options?: PayTransparencyRenderOptions): string {
  const { section, lang } = sectionOf('renderPayTransparencyHtml', input, options);
  return `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(section.title)}</title><style>${CSS}</style></head>\n<body><main>\n${transparencyHtml(section, lang)}\n</main></body>\n</html>\n`;
}
