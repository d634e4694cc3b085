// `npm run docs` ends with this: every relative link of the generated API site (docs/api) must
// lead somewhere — the file exists, and an anchor (`page.html#cov-2`, `#computemapping`) is the id
// (or name) of an element of that page. Links to other sites (http:, https:, mailto:) are not
// followed. Prints every dead link and exits 1 when there is one.
//
// Usage: node scripts/check-links.mjs [site folder, default docs/api]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every file under a folder. */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The ids and names a page defines (anchors it can be linked to). */
function anchorsOf(html) {
  const ids = new Set();
  for (const m of html.matchAll(/\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) ids.add(decodeEntities(m[1] ?? m[2] ?? ''));
  return ids;
}

function decodeEntities(text) {
  return text.replace(/&(#\d+|#x[\da-f]+|amp|lt|gt|quot|apos|#39);/gi, (_, e) => {
    const lower = e.toLowerCase();
    if (lower === 'amp') return '&';
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'quot') return '"';
    if (lower === 'apos' || lower === '#39') return "'";
    return String.fromCodePoint(lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10));
  });
}

/**
 * The dead relative links of a site: `page: link (why)`.
 *
 * @param {string} site - the folder of the generated site
 * @returns {string[]} one line per dead link (empty: none)
 */
export function deadLinks(site) {
  const root = resolve(site);
  const pages = filesUnder(root).filter((f) => f.endsWith('.html'));
  const anchors = new Map();
  const anchorsAt = (file) => {
    if (!anchors.has(file)) anchors.set(file, anchorsOf(readFileSync(file, 'utf8')));
    return anchors.get(file);
  };
  const dead = [];
  for (const page of pages) {
    // scripts hold no links to follow; the rest of the page's attributes do
    const html = readFileSync(page, 'utf8').replace(/<script\b[^]*?<\/script>/gi, '');
    for (const m of html.matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const link = decodeEntities(m[1] ?? m[2] ?? '');
      if (link === '' || link === '#' || /^[a-z][a-z\d+.-]*:/i.test(link) || link.startsWith('//')) continue;
      const [pathPart = '', ...rest] = link.split('#');
      const anchor = rest.join('#');
      const path = decodeURIComponent(pathPart.split('?')[0] ?? '');
      const target = path === '' ? page : resolve(dirname(page), path);
      const where = `${relative(root, page).split(sep).join('/')}: ${link}`;
      if (!(target + sep).startsWith(root + sep) && target !== root) {
        dead.push(`${where} (outside the site)`);
        continue;
      }
      const file = existsSync(target) && statSync(target).isDirectory() ? join(target, 'index.html') : target;
      if (!existsSync(file)) {
        dead.push(`${where} (no such file)`);
        continue;
      }
      if (anchor !== '' && file.endsWith('.html') && !anchorsAt(file).has(decodeURIComponent(anchor))) dead.push(`${where} (no such anchor)`);
    }
  }
  return dead;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const site = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'api');
  const dead = deadLinks(site);
  if (dead.length > 0) {
    console.error(`check-links: ${dead.length} dead link(s) in ${site}:\n${dead.map((d) => `  ${d}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`check-links: no dead link in ${site}`);
}
