// A local TypeDoc plugin (typedoc.json `plugin`): every rule ID in the API docs (COV-2, ANON-3,
// DEF-PAY …) becomes a link to its section of the rules page, and every "ARP.md" (the name the
// TSDoc uses for the domain reference) a link to the page itself ("ARP.md §5" to section 5).
//
// How: TypeDoc turns every comment, the README and each project document into HTML through one
// markdown parser, announcing each text with a MarkdownEvent.PARSE. TypeDoc's own listener
// renders `event.parsedText` (still markdown at that point); this listener runs before it (a
// higher priority) and rewrites the markdown: outside code spans and blocks, links and HTML tags,
// each known rule ID becomes `[COV-2](<relative URL of the rules page>#cov-2)`. The rule IDs and
// their anchors are read from docs/rules.md (made by scripts/sync-rules.mjs, which adds
// `<a id="cov-2"></a>` before each rule's definition): an ID without a definition there is left
// as text, so nothing can link to a missing anchor. The rules page is the project document
// `docs/rules.md` (typedoc.json `projectDocuments`); without it the plugin reports an error.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MarkdownEvent, ReflectionKind, RendererEvent } from 'typedoc';

const RULES_FILE = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rules.md');

/**
 * The rule IDs defined in a rules page and their anchors (`<a id="cov-2"></a>**COV-2**`).
 *
 * @param {string} text - docs/rules.md
 * @returns {Map<string, string>} ID → anchor
 */
export function ruleAnchors(text) {
  const ids = new Map();
  for (const m of text.matchAll(/<a id="([^"]+)"><\/a>\*\*([A-Z]{2,6}-[A-Z0-9]{1,8})/g)) ids.set(m[2], m[1]);
  return ids;
}

/** Parts of markdown never touched: fenced blocks, code spans, a definition's own anchor, links, autolinks and HTML tags. */
const PROTECTED = /(^|\n)(```|~~~)[^]*?\n\2[^\n]*|(`+)[^]*?\3|<a id="[^"]*"><\/a>\*\*[A-Z]{2,6}-[A-Z0-9]{1,8}|!?\[[^\]\n]*\]\([^)\n]*\)|<[a-z/!][^>\n]*>/gi;

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Links the rule IDs and "ARP.md" mentions of one markdown text.
 *
 * @param {string} markdown - the text
 * @param {Map<string, string>} anchors - rule ID → anchor on the rules page
 * @param {string} page - the URL of the rules page relative to the page being written ('' on the rules page itself)
 * @returns {string} the text with links
 */
export function linkRules(markdown, anchors, page) {
  if (anchors.size === 0) return markdown;
  const ids = new RegExp(
    `(?<![\\w-])(${[...anchors.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join('|')})(?![\\w-])`,
    'g',
  );
  const link = (text) =>
    text
      .replace(/(?<![\w/.-])ARP\.md(?: §\s?(\d+))?(?![\w-])/g, (match, section) => `[${match}](${page}${section === undefined ? '' : `#section-${section}`})`)
      .replace(ids, (id) => `[${id}](${page}#${anchors.get(id)})`);
  let out = '';
  let at = 0;
  for (const m of markdown.matchAll(PROTECTED)) {
    out += link(markdown.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + link(markdown.slice(at));
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  let anchors = new Map();
  let rules;
  app.renderer.on(RendererEvent.BEGIN, (event) => {
    anchors = ruleAnchors(readFileSync(RULES_FILE, 'utf8'));
    rules = event.project.getReflectionsByKind(ReflectionKind.Document).find((d) => d.name === 'rules');
    if (rules === undefined) app.logger.error('typedoc-rule-links: the rules page docs/rules.md is not a project document (typedoc.json projectDocuments)');
    else if (anchors.size === 0) app.logger.error('typedoc-rule-links: docs/rules.md defines no rule ID (run node scripts/sync-rules.mjs)');
  });
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      if (rules === undefined) return;
      const page = event.page.model === rules ? '' : app.renderer.router.relativeUrl(event.page.model, rules);
      event.parsedText = linkRules(event.parsedText, anchors, page);
    },
    100, // before TypeDoc's own listener (priority 0) renders the markdown
  );
}
