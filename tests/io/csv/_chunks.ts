/** Test helpers: bytes cut into chunks at given points, and chunks as an async byte source. */

/** The pieces `[from, to)` of a length cut at the given points (taken modulo length + 1, deduplicated, in order). */
function pieces(length: number, cuts: readonly number[]): [number, number][] {
  const points = [...new Set(cuts.map((c) => c % (length + 1)))].sort((a, b) => a - b);
  const out: [number, number][] = [];
  let prev = 0;
  for (const p of points) {
    out.push([prev, p]);
    prev = p;
  }
  out.push([prev, length]);
  return out;
}

/** Cuts `bytes` at the given points (taken modulo length + 1, deduplicated, in order). */
export function split(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  return pieces(bytes.length, cuts).map(([a, b]) => bytes.subarray(a, b));
}

/** Cuts `text` at the given points, like {@link split}. */
export function splitText(text: string, cuts: readonly number[]): string[] {
  return pieces(text.length, cuts).map(([a, b]) => text.slice(a, b));
}

/** The chunks as an async iterable, like a file stream. */
export async function* iterate(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const c of chunks) yield c;
}
