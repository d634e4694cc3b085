import { parseInput } from '../../_lib/input.js';
import type { Language } from '../../locales/index.js';
import { transparencySection, type TransparencySection } from '../../report/internal.js';
import { publishPayTransparency } from '../publishPayTransparency.js';
import { PublishedPayTransparencySchema, type PublishedPayTransparency } from '../publishedSchema.js';
import { PayTransparencyRenderOptionsSchema, type PayTransparencyRenderOptions } from '../renderPayTransparency.js';
import { PayTransparencySchema, type PayTransparency } from '../types.js';

/**
 * The section of a result in a language: a published result as it is; a computed one (not
 * published) with every value shown and a warning that it is not for publication.
 * @internal
 */
export function sectionOf(
  entry: string,
  input: PayTransparency | PublishedPayTransparency,
  options: PayTransparencyRenderOptions | undefined,
): { section: TransparencySection; lang: Language } {
  const o = parseInput(entry, PayTransparencyRenderOptionsSchema, options ?? {}, ['options']);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a JavaScript caller may pass anything
  const isPublished = typeof input === 'object' && input !== null && (input as { kind?: unknown }).kind === 'likestilling.published-pay-transparency';
  const published = isPublished
    ? parseInput(entry, PublishedPayTransparencySchema, input, ['input'])
    : publishPayTransparency(parseInput(entry, PayTransparencySchema, input, ['input']), { payMinPersons: 1, attributeMinCount: 1, attributeMinRest: 1 });
  return { section: transparencySection(published, o.lang, o.audience, !isPublished), lang: o.lang };
}
