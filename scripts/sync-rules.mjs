// `npm run build` and `npm run docs` start with this: the domain reference ../shared/domain/ARP.md
// (beside the repository) is copied to docs/rules.md, so that the rules travel with the code — in
// the repository, the npm package and the API site — and every rule ID has an anchor to link to.
//
// docs/rules.md is generated: never edit it by hand, edit ARP.md. The copy is the reference as it
// is, with two kinds of anchors added (HTML, so that GitHub and TypeDoc keep them):
// - before the first bold occurrence of each rule ID (`**COV-3**`, `**ACT-1 Grounds**`): `<a id="cov-3"></a>`;
// - before each numbered section (`## 5. Statistics (Part 1)`): `<a id="section-5"></a>`.
// scripts/typedoc-rule-links.mjs reads these anchors to link every rule ID in the API docs.
//
// Where ../shared is missing (a clone on its own) the committed copy stays and nothing fails. The
// file is only written when its content changes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, '..', 'shared', 'domain', 'ARP.md');
const target = join(root, 'docs', 'rules.md');

/** The anchor of a rule ID: its lower-case text (`cov-3`). */
export const anchorOf = (id) => id.toLowerCase();

/**
 * The reference with its anchors and the generated-file header.
 *
 * @param {string} text - ARP.md
 * @returns {string} docs/rules.md
 */
export function withAnchors(text) {
  const seen = new Set();
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out = [];
  let fenced = false;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) {
      out.push(line);
      continue;
    }
    const section = /^##\s+(\d+)\.\s/.exec(line);
    if (section !== null) out.push(`<a id="section-${section[1]}"></a>`, '');
    out.push(
      // a rule ID: letters, a dash, letters and digits (`COV-3`, `STAT-B0`, `DEF-PAY`), in bold
      line.replace(/\*\*([A-Z]{2,6}-[A-Z0-9]{1,8})(?=[\s*])/g, (match, id) => {
        if (seen.has(id)) return match;
        seen.add(id);
        return `<a id="${anchorOf(id)}"></a>${match}`;
      }),
    );
  }
  const header = [
    '<!--',
    '  Generated from ../shared/domain/ARP.md by scripts/sync-rules.mjs (npm run build, npm run docs):',
    '  do not edit by hand. Anchors are added for every rule ID (#cov-3) and section (#section-5).',
    '-->',
    '',
  ];
  return `${header.join('\n')}\n${out.join('\n').replace(/\n*$/, '\n')}`;
}

function main() {
  if (!existsSync(source)) {
    const kept = existsSync(target) ? `the committed ${relative(root, target)} stays` : `no ${relative(root, target)} is made`;
    console.log(`sync-rules: ${relative(root, source)} not found: ${kept}`);
    return;
  }
  const next = withAnchors(readFileSync(source, 'utf8'));
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (next !== current) {
    writeFileSync(target, next);
    console.log(`sync-rules: ${relative(root, target)} refreshed from ${relative(root, source)}`);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
