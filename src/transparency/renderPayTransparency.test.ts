/** The pay-transparency section in Markdown and HTML (nb, nn, en), with the quartile chart (TRN-3, TRN-7). */
import { describe, expect, it } from 'vitest';
import { LikestillingInputError } from '../_lib/input.js';
import { EmployeeSchema } from '../models/employee.js';
import { computePayTransparency, publishPayTransparency, renderPayTransparencyHtml, renderPayTransparencyMarkdown } from './index.js';
import { fullTimePerson } from '../../tests/transparency/_people.js';

// 8 women and 8 men in A, 2 women and 6 men in B; women lower paid
const records = [
  ...Array.from({ length: 8 }, (_, i) => fullTimePerson(`AW${i}`, 'female', 'A', 100 + i, i < 4 ? 500 : 0)),
  ...Array.from({ length: 8 }, (_, i) => fullTimePerson(`AM${i}`, 'male', 'A', 110 + i, i < 5 ? 500 : 0)),
  ...Array.from({ length: 2 }, (_, i) => fullTimePerson(`BW${i}`, 'female', 'B', 90 + i)),
  ...Array.from({ length: 6 }, (_, i) => fullTimePerson(`BM${i}`, 'male', 'B', 150 + i)),
].map((r) => EmployeeSchema.parse(r));
const result = computePayTransparency(records, { year: 2026 });
const published = publishPayTransparency(result);

describe('renderPayTransparencyMarkdown', () => {
  it('nb: the heading, the indicators with their figures, hidden bands named with their reason', () => {
    const md = renderPayTransparencyMarkdown(published);
    expect(md.startsWith('## Lønnsåpenhet (EUs lønnsåpenhetsdirektiv, art. 9)')).toBe(true);
    expect(md).toContain(
      `| (a) Gjennomsnittlig timelønn, kr | ${result.hourly.mean.women!.replace('.', ',')} | ${result.hourly.mean.men!.replace('.', ',')} | ${result.hourly.mean.gapPercent!.replace('.', ',')} |`,
    );
    expect(md).toContain('### (f) Kvinner og menn i lønnskvartilene');
    // the lowest band holds the two women of B and 4 of A's 8 at most: women only or hidden; reasons listed
    if (published.hidden.some((h) => h.path.startsWith('public.'))) expect(md).toMatch(/skjult \[1\]/);
    expect(md).not.toContain('(g)'); // public: no categories
    expect(md).not.toContain('Interne tall');
  });

  it('for the authority: (g) with B’s hidden women and the joint assessment', () => {
    const md = renderPayTransparencyMarkdown(published, { lang: 'en', audience: 'authority-and-representatives' });
    expect(md).toContain('### (g) Pay gaps by category of workers');
    expect(md).toContain('For the monitoring authority and the workers’ representatives only');
    expect(md).toMatch(/\| B \| hidden \[\d\] \| 6 \|/);
    expect(md).toMatch(/A joint pay assessment is required for: .*A/);
  });

  it('a computed result is rendered whole, under a warning (nn)', () => {
    const md = renderPayTransparencyMarkdown(result, { lang: 'nn' });
    expect(md).toContain('Interne tal: ikkje publiserte');
    expect(md).not.toMatch(/skjult \[/);
  });

  it('refuses a bad input or option with a LikestillingInputError', () => {
    expect(() => renderPayTransparencyMarkdown({} as never)).toThrow(LikestillingInputError);
    expect(() => renderPayTransparencyMarkdown(published, { lang: 'de' as 'nb' })).toThrow(LikestillingInputError);
  });
});

describe('renderPayTransparencyHtml', () => {
  it('a page in the language with the chart: role="img", title and description, a bar per shown share, a gap for a hidden band', () => {
    const html = renderPayTransparencyHtml(published, { lang: 'en' });
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<svg [^>]*role="img"[^>]*aria-labelledby="transparency-quartiles-title transparency-quartiles-desc"/);
    expect(html).toContain('<title id="transparency-quartiles-title">Women and men in the quartile pay bands</title>');
    for (const [i, band] of published.public.quartiles.entries()) {
      if (band.womenPercent === null)
        expect(html).toContain(`<text x="136" y="${26 + i * 22 + 14}" font-size="10" font-style="italic" fill="#555">hidden</text>`);
      else {
        expect(html).toContain(`data-sex="women" data-value="${band.womenPercent}"`);
        expect(html).toContain(`data-sex="men" data-value="${band.menPercent}"`);
      }
    }
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
  });
});
