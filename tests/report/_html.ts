/**
 * A small HTML tokenizer for the rendering tests: elements with attributes and text, entities
 * decoded. Enough for well-formed generated HTML; it does not build a tree beyond nesting.
 */
export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  /** Text content (tags stripped, entities decoded). */
  text: string;
  readonly children: HtmlElement[];
  readonly parent: HtmlElement | null;
}

const VOID = new Set(['meta', 'col', 'br', 'img', 'input', 'link', 'hr', 'rect', 'line', 'path', 'circle']);

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

/** Parses HTML into a root element. Throws on a mismatched closing tag. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, text: '', children: [], parent: null };
  let current = root;
  const re = /<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|<\/([a-zA-Z0-9]+)\s*>|<([a-zA-Z0-9]+)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html)) !== null) {
    if (m[1] !== undefined) {
      const tag = m[1].toLowerCase();
      if (current.tag !== tag) throw new Error(`mismatched </${tag}> inside <${current.tag}>`);
      current = current.parent ?? root;
    } else if (m[2] !== undefined) {
      const tag = m[2].toLowerCase();
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(/([^\s=>/]+)(?:="([^"]*)")?/g)) attrs[a[1] ?? ''] = decode(a[2] ?? '');
      const el: HtmlElement = { tag, attrs, text: '', children: [], parent: current };
      current.children.push(el);
      if (m[4] !== '/' && !VOID.has(tag)) current = el;
    } else if (m[5] !== undefined) {
      const t = decode(m[5]);
      for (let e: HtmlElement | null = current; e !== null; e = e.parent) e.text += t;
    }
  }
  if (current !== root) throw new Error(`unclosed <${current.tag}>`);
  return root;
}

/** All descendants matching a predicate, in document order. */
export function findAll(el: HtmlElement, pred: (e: HtmlElement) => boolean): HtmlElement[] {
  const out: HtmlElement[] = [];
  const walk = (e: HtmlElement): void => {
    for (const c of e.children) {
      if (pred(c)) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}
