/**
 * The rules travel with the code, and the API site can be navigated (issue 15): docs/rules.md is
 * the domain reference with an anchor per rule ID; the TypeDoc plugin links every rule ID and
 * "ARP.md" mention to it; the generated site (docs/api, made by `npm run docs`, which `npm test`
 * runs before the tests) has no dead relative link or anchor, its modules are named by their
 * import paths and long types are shown by name.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deadLinks } from '../../scripts/check-links.mjs';
import { withAnchors } from '../../scripts/sync-rules.mjs';
import { linkRules, ruleAnchors } from '../../scripts/typedoc-rule-links.mjs';
import { ROOT } from './_snippets.js';

const RULES = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
const SITE = join(ROOT, 'docs', 'api');
const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

describe('docs/rules.md: the domain reference with anchors', () => {
  it('is generated from ARP.md: a header says so, every rule ID has an anchor at its first bold occurrence, sections too', () => {
    const text = '# R\n\n## 2. Coverage\n\n- **COV-1** Every employer. See **COV-1** and COV-2.\n- **ACT-1 Grounds**: …\n\n```ts\n// **COV-9** in code\n```\n';
    const out = withAnchors(text);
    expect(out.startsWith('<!--\n  Generated from ../shared/domain/ARP.md')).toBe(true);
    expect(out).toContain('<a id="section-2"></a>\n\n## 2. Coverage');
    expect(out).toContain('- <a id="cov-1"></a>**COV-1** Every employer. See **COV-1** and COV-2.');
    expect(out).toContain('- <a id="act-1"></a>**ACT-1 Grounds**');
    expect(out).toContain('// **COV-9** in code'); // code is copied as it is
    expect(withAnchors(text)).toBe(out); // the same input, the same file
  });

  it('defines every rule the library cites', () => {
    const anchors = ruleAnchors(RULES);
    for (const id of [
      'COV-1',
      'COV-6',
      'COV-8',
      'ACT-3',
      'ACT-4',
      'STM-5',
      'STM-6',
      'STAT-A1',
      'STAT-B0',
      'STAT-B4',
      'DEF-POP',
      'DEF-PAY',
      'DEF-ROUND',
      'ANON-2',
      'ANON-3',
      'ANON-7',
    ]) {
      expect(anchors.get(id), id).toBe(id.toLowerCase());
    }
    // every rule ID cited in the sources has its definition there
    const cited = new Set<string>();
    const walk = (dir: string): void => {
      for (const name of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
        if (name.isDirectory()) walk(`${dir}/${name.name}`);
        else if (name.name.endsWith('.ts'))
          for (const m of readFileSync(join(ROOT, dir, name.name), 'utf8').matchAll(/\b(?:COV|ACT|STM|STAT|DEF|ANON)-(?:[A-Z]*\d[A-Z0-9]*|[A-Z]{2,})\b(?!\*)/g))
            cited.add(m[0]);
      }
    };
    walk('src');
    expect([...cited].filter((id) => !anchors.has(id))).toEqual([]);
  });
});

describe('the rule-link plugin', () => {
  const anchors = new Map([
    ['COV-2', 'cov-2'],
    ['STAT-B1', 'stat-b1'],
    ['DEF-PAY', 'def-pay'],
  ]);

  it('links rule IDs and ARP.md mentions in text', () => {
    expect(linkRules('Public employers (COV-2), see ARP.md §5 and ARP.md.', anchors, '../documents/rules.html')).toBe(
      'Public employers ([COV-2](../documents/rules.html#cov-2)), see [ARP.md §5](../documents/rules.html#section-5) and [ARP.md](../documents/rules.html).',
    );
    expect(linkRules('STAT-B1/COV-2; DEF-PAY…', anchors, 'r.html')).toBe('[STAT-B1](r.html#stat-b1)/[COV-2](r.html#cov-2); [DEF-PAY](r.html#def-pay)…');
  });

  it('leaves code, links, HTML, unknown IDs and look-alikes alone', () => {
    const text = 'a `COV-2` b\n```ts\n// COV-2\n```\n[COV-2](x.html) <a id="cov-2"></a>**COV-2** COV-22 XCOV-2 COV-9 UTF-8 README.md';
    expect(linkRules(text, anchors, 'r.html')).toBe(text);
  });

  it('on the rules page itself, links stay on the page', () => {
    expect(linkRules('as COV-2 says', anchors, '')).toBe('as [COV-2](#cov-2) says');
  });
});

describe('the link checker', () => {
  it('finds dead files and dead anchors, follows nothing outside', () => {
    const site = mkdtempSync(join(tmpdir(), 'likestilling-site-'));
    folders.push(site);
    mkdirSync(join(site, 'documents'));
    writeFileSync(join(site, 'documents', 'rules.html'), '<h2 id="section-2">2</h2><a id="cov-2"></a>');
    writeFileSync(
      join(site, 'index.html'),
      '<a href="documents/rules.html#cov-2">ok</a><a href="documents/rules.html#cov-99">dead anchor</a><a href="missing.html">dead file</a>' +
        '<a href="#top">self</a><p id="top"></p><a href="https://example.org/x#y">external</a><script>var s = "<a href=\\"nope.html\\">";</script>',
    );
    expect(deadLinks(site)).toEqual(['index.html: documents/rules.html#cov-99 (no such anchor)', 'index.html: missing.html (no such file)']);
  });
});

describe('the generated API site (npm run docs)', () => {
  const page = (path: string): string => {
    if (!existsSync(join(SITE, 'index.html'))) throw new Error('docs/api is missing: run `npm run docs` first (npm test does)');
    return readFileSync(join(SITE, path), 'utf8');
  };

  it('has no dead relative link or anchor', () => {
    page('index.html');
    expect(deadLinks(SITE)).toEqual([]);
  });

  it('has the rules page, and every ARP.md and rule ID links to it (no http://ARP.md)', () => {
    expect(page('documents/rules.html')).toContain('id="cov-3"');
    const assess = page('functions/likestilling.assessDuties.html');
    expect(assess).toContain('href="../documents/rules.html#cov-3"');
    expect(assess).not.toContain('http://ARP.md');
    expect(page('functions/likestilling.computeMapping.html')).toContain('<a href="../documents/rules.html#section-5">ARP.md §5</a>');
  });

  it('names modules by import path, each with its guide, and shows long types by name', () => {
    for (const [file, name] of [
      ['likestilling', 'likestilling'],
      ['likestilling_csv', 'likestilling/csv'],
      ['likestilling_a-melding', 'likestilling/a-melding'],
      ['likestilling_xlsx', 'likestilling/xlsx'],
      ['likestilling_node', 'likestilling/node'],
    ]) {
      const html = page(`modules/${file}.html`);
      expect(html).toContain(`<h1>Module ${name}</h1>`);
      expect(html).toContain('Example');
    }
    const signature = /<div class="tsd-signature[^"]*"[^>]*>([^]*?)<\/div>/.exec(page('functions/likestilling.computeMapping.html'))?.[1] ?? '';
    const text = signature
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    expect(text).toBe('computeMapping( records: readonly Employee[], options: StatisticsOptions,): Mapping');
    expect(page('functions/likestilling.formatDiagnostic.html')).toContain('Example');
  });
});
