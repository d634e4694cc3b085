/**
 * A look at data a caller or a file hands over (parsed JSON, option objects) before a schema
 * reads it: no `__proto__` key (`JSON.parse` makes it an own key, which a schema or a spread would
 * turn into a prototype or drop silently) and no nesting deeper than a limit (schemas and
 * `JSON.stringify` recurse). One iterative walk: never a recursion over the data's depth.
 * @internal
 */
import { INPUT_LIMITS } from '../../_lib/diagnostics.js';
import { inputIssue, type InputIssue } from '../../_lib/input.js';
import { expecting } from '../../locales/index.js';

/** At most this many issues are listed (the walk stops there). */
const MAX_ISSUES = 20;

/**
 * The `__proto__` keys and the too-deep places of `value`, each with its path under `root`.
 *
 * @param value - any data
 * @param root - the path of `value` itself (e.g. `['options']`)
 * @param maxDepth - the deepest nesting allowed (objects and arrays; `value` itself is depth 1)
 * @returns the issues, empty when the data is fine
 * @internal
 */
export function plainDataIssues(value: unknown, root: readonly (string | number)[] = [], maxDepth: number = INPUT_LIMITS.jsonDepth): InputIssue[] {
  interface Node {
    readonly value: unknown;
    readonly parent: Node | null;
    readonly key: string | number;
    readonly depth: number;
  }
  // paths are made only for an issue, from the parent links
  const pathOf = (node: Node): (string | number)[] => {
    const keys: (string | number)[] = [];
    for (let n = node; n.parent !== null; n = n.parent) keys.push(n.key);
    return [...root, ...keys.reverse()];
  };
  const issues: InputIssue[] = [];
  const stack: Node[] = [{ value, parent: null, key: '', depth: 1 }];
  const seen = new Set<object>();
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const node = stack.pop() as Node;
    const v = node.value;
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (node.depth > maxDepth) {
      issues.push(inputIssue(pathOf(node), 'too_deep', expecting('nestedAtMost', { limit: maxDepth })));
      continue;
    }
    const depth = node.depth + 1;
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) {
        const item = v[i] as unknown;
        if (typeof item === 'object' && item !== null) stack.push({ value: item, parent: node, key: i, depth });
      }
      continue;
    }
    if (Object.hasOwn(v, '__proto__')) issues.push(inputIssue([...pathOf(node), '__proto__'], 'forbidden_key', expecting('noProtoKey')));
    // typed arrays, byte streams and class instances are leaves: only plain data is walked
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) continue;
    const keys = Object.keys(v);
    for (let i = keys.length - 1; i >= 0; i--) {
      const k = keys[i] as string;
      const item = (v as Record<string, unknown>)[k];
      if (k !== '__proto__' && typeof item === 'object' && item !== null) stack.push({ value: item, parent: node, key: k, depth });
    }
  }
  return issues;
}

const WS = new Set([32, 9, 10, 13]);

/**
 * Where `text` stops being JSON: the offset of the first character that cannot continue it
 * (`text.length` when it ends too early), or -1 when it is JSON. One pass with an explicit stack,
 * for an error message that places the error without quoting the text. @internal
 */
export function jsonErrorOffset(text: string): number {
  const n = text.length;
  let i = 0;
  const skip = (): void => {
    while (i < n && WS.has(text.charCodeAt(i))) i++;
  };
  /** Reads one scalar at `i`; false when there is none. */
  const scalar = (): boolean => {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 34) {
          i++;
          return true;
        }
        if (d < 32) return false;
        if (d === 92) {
          const e = text.charAt(i + 1);
          if (e === 'u') {
            if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
            i += 6;
          } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
          else return false;
        } else i++;
      }
      return false;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m === null || m[0] === '' || m[0] === '-') return false;
    i += m[0].length;
    return true;
  };
  // the stack: 1 = in an array, 2 = in an object
  const stack: number[] = [];
  skip();
  for (;;) {
    // a value
    skip();
    if (i >= n) return n;
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      i++;
      skip();
      const close = c === 91 ? 93 : 125;
      if (text.charCodeAt(i) === close) {
        i++;
      } else {
        stack.push(c === 91 ? 1 : 2);
        if (c === 123) {
          if (text.charCodeAt(i) !== 34 || !scalar()) return Math.min(i, n);
          skip();
          if (text.charCodeAt(i) !== 58) return Math.min(i, n);
          i++;
        }
        continue;
      }
    } else if (!scalar()) {
      return Math.min(i, n);
    }
    // after a value: a comma, a closing bracket, or the end
    for (;;) {
      skip();
      const top = stack[stack.length - 1];
      if (top === undefined) {
        return i >= n ? -1 : i;
      }
      if (i >= n) return n;
      const d = text.charCodeAt(i);
      if (d === 44) {
        i++;
        if (top === 2) {
          skip();
          if (text.charCodeAt(i) !== 34 || !scalar()) return Math.min(i, n);
          skip();
          if (text.charCodeAt(i) !== 58) return Math.min(i, n);
          i++;
        }
        break;
      }
      if (d === (top === 1 ? 93 : 125)) {
        i++;
        stack.pop();
        continue;
      }
      return i;
    }
  }
}
