const CHUNK = /(\d+)|(\D+)/g;

/**
 * Deterministic "natural" order of keys, independent of locale: runs of digits compare by value
 * ("Level 2" before "Level 10"), other runs by UTF-16 code units; equal under that, by code units.
 * Used for the order of levels, groups and sibling units. @internal
 */
export function naturalCompare(a: string, b: string): number {
  if (a === b) return 0;
  const ca = a.match(CHUNK) ?? [];
  const cb = b.match(CHUNK) ?? [];
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x === y) continue;
    const dx = x.charCodeAt(0) >= 48 && x.charCodeAt(0) <= 57;
    const dy = y.charCodeAt(0) >= 48 && y.charCodeAt(0) <= 57;
    if (dx && dy) {
      const vx = BigInt(x);
      const vy = BigInt(y);
      if (vx !== vy) return vx < vy ? -1 : 1;
      continue; // same value, different zero padding: decided at the end
    }
    return x < y ? -1 : 1;
  }
  if (ca.length !== cb.length) return ca.length - cb.length;
  return a < b ? -1 : 1;
}
