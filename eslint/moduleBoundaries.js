// @ts-check
/**
 * The local ESLint rule `likestilling/module-boundaries`: a module (a folder directly under `src/`,
 * e.g. `src/report`) keeps its `_lib/` folders private. A file may import its own module's `_lib/`
 * and the shared helpers in `src/_lib/`; another module's `_lib/` is reached through that module's
 * `index.ts` (public) or `internal.ts` (shared inside the package, not exported to users).
 *
 * The option `forbidden` (`{ rules: ['schedule'] }`) lists, per module, the modules it may not import
 * at all, so that a dependency between two modules runs one way.
 *
 * The module root is the last folder named `src` in the file's path, so the rule's fixtures under
 * `tests/fixtures/boundaries/src/` are judged the same way as the package's sources.
 */
import path from 'node:path';

/** @param {string} file an absolute path @returns {{ root: string, module: string } | undefined} */
function moduleOf(file) {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('src');
  if (at < 0 || at + 1 >= parts.length) return undefined; // not under src/
  // a file directly in src/ (the package's entry) belongs to no module: every module's _lib is foreign to it
  const module = at + 2 === parts.length ? '' : /** @type {string} */ (parts[at + 1]);
  return { root: parts.slice(0, at + 1).join(path.sep), module };
}

/** @type {import('eslint').Rule.RuleModule} */
export const moduleBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: "Forbid importing another module's private `_lib/` helpers." },
    schema: [
      {
        type: 'object',
        properties: { forbidden: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } } },
        additionalProperties: false,
      },
    ],
    messages: {
      crossing:
        "'{{source}}' is a private helper of src/{{target}}. Import it through src/{{target}}/internal.ts (or index.ts), or move what is shared to src/_lib.",
      oneWay: "src/{{from}} may not import src/{{target}} ('{{source}}'): src/{{target}} depends on src/{{from}}, one way. Move what both need to src/_lib.",
    },
  },
  create(context) {
    const file = context.filename;
    const from = moduleOf(file);
    if (from === undefined) return {};
    /** @type {{ forbidden?: Record<string, string[]> }} */
    const options = context.options[0] ?? {};
    const forbidden = options.forbidden?.[from.module] ?? [];
    /** @param {import('estree').Node & { source?: unknown }} node */
    const check = (node) => {
      const source = /** @type {{ type: string, value?: unknown } | null | undefined} */ (node.source);
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source.value);
      const relative = path.relative(from.root, target);
      if (relative.startsWith('..') || path.isAbsolute(relative)) return;
      const segments = relative.split(path.sep);
      const targetModule = segments[0];
      if (targetModule === undefined || segments.length < 2 || targetModule === '_lib' || targetModule === from.module) return;
      if (forbidden.includes(targetModule)) {
        context.report({
          node: /** @type {import('estree').Node} */ (source),
          messageId: 'oneWay',
          data: { source: source.value, from: from.module, target: targetModule },
        });
        return;
      }
      if (!segments.slice(1).includes('_lib')) return;
      context.report({ node: /** @type {import('estree').Node} */ (source), messageId: 'crossing', data: { source: source.value, target: targetModule } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
