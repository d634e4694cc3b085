/**
 * The HTML statement in a real headless browser (Debian's chromium, installed by `.ci/run`): it
 * lays out on an A4 page width without horizontal overflow and prints to an A4 PDF.
 *
 * The browser is `LIKESTILLING_CHROMIUM` when set, else the first of `/usr/bin/chromium`,
 * `/usr/bin/chromium-browser`. Where none is found the test is skipped and says so, with how to
 * enable it — except under CI (`CI=true`, which `.ci/run` sets): there a missing browser FAILS the
 * run, so that the layout is checked on every CI run.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStatement, renderHtml } from '../../src/report/index.js';
import { completeCycle, published2025, smallPrivateEmployer } from '../fixtures/report/published.js';
import { exampleStatement } from './_example.js';

const given = process.env['LIKESTILLING_CHROMIUM'];
const CANDIDATES = given !== undefined && given !== '' ? [given] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const CHROMIUM = CANDIDATES.find((path) => existsSync(path));
const UNDER_CI = ['true', '1'].includes((process.env['CI'] ?? '').toLowerCase());
const HOW = `install Debian's chromium (apt-get install -y chromium; .ci/run does) or set LIKESTILLING_CHROMIUM=/path/to/chromium`;
const MISSING = `no browser found (looked for ${CANDIDATES.join(', ')}): ${HOW}`;
/** A4 width at 96 dpi: 210 mm = 793.7 px. */
const A4_WIDTH = 794;

if (CHROMIUM === undefined && !UNDER_CI) console.warn(`SKIPPED tests/report/browser.test.ts (the HTML statement in a headless browser): ${MISSING}`);

if (CHROMIUM === undefined) {
  describe('the HTML statement in headless Chromium on A4: no browser', () => {
    if (UNDER_CI) {
      it('a browser is found under CI (CI=true): the layout test may not be skipped there', () => {
        throw new Error(`CI=true and ${MISSING}`);
      });
    } else {
      it.skip(`SKIPPED — ${MISSING}`, () => undefined);
    }
  });
}

let browser: Browser | undefined;

beforeAll(async () => {
  if (CHROMIUM === undefined) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const { report } = await exampleStatement();
const documentation = buildStatement({ employer: smallPrivateEmployer, year: 2025, published: published2025(), cycle: completeCycle });

describe.runIf(CHROMIUM !== undefined)('the HTML statement in headless Chromium on A4', () => {
  for (const [name, r, lang] of [
    ['example statement, nb', report, 'nb'],
    ['example statement, en', report, 'en'],
    ['example statement, nn', report, 'nn'],
    ['documentation record, nb', documentation, 'nb'],
  ] as const) {
    it(`${name}: no horizontal overflow at ${A4_WIDTH} px, prints to an A4 PDF`, async () => {
      if (browser === undefined) throw new Error('chromium did not start');
      const page = await browser.newPage({ viewport: { width: A4_WIDTH, height: 1123 } });
      const requests: string[] = [];
      page.on('request', (req) => {
        if (!req.url().startsWith('data:') && !req.url().startsWith('about:')) requests.push(req.url());
      });
      await page.setContent(renderHtml(r, { lang }), { waitUntil: 'load' });
      const layout = await page.evaluate(() => {
        const root = document.documentElement;
        const wide = Array.from(document.querySelectorAll('table, svg, figure, section, p, li, dl'))
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
          .map((el) => `${el.tagName.toLowerCase()}#${el.id}`);
        const tables = Array.from(document.querySelectorAll('table')).filter((t) => t.scrollWidth > t.clientWidth + 1).map((t) => t.closest('section')?.id ?? '?');
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide, tables };
      });
      expect(layout.wide).toEqual([]);
      expect(layout.tables).toEqual([]);
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      expect(layout.clientWidth).toBe(A4_WIDTH);
      await page.emulateMedia({ media: 'print' });
      const printLayout = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
      expect(printLayout).toBe(true);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
      expect(requests).toEqual([]); // self-contained: nothing fetched
      await page.close();
    });
  }
});
