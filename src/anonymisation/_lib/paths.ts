/**
 * Reading and writing values at JSON paths of plain data.
 * @internal
 */
import type { JsonPath } from '../types.js';

/** The value at a path, or undefined. @internal */
export function getPath(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as { readonly [k: string]: unknown })[String(seg)];
  }
  return node;
}

/** Sets the value at a path of a (freshly cloned, owned) object. @internal */
export function setPath(root: unknown, path: JsonPath, value: unknown): void {
  let node = root;
  for (const seg of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as { [k: string]: unknown })[String(seg)];
  }
  const last = path[path.length - 1];
  if (last === undefined || node === null || typeof node !== 'object') return;
  (node as { [k: string]: unknown })[String(last)] = value;
}
