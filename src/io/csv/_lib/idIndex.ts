/**
 * String tables for the CSV importer's hot path at a million rows: open addressing with linear
 * probing over flat typed arrays, FNV-1a hashes (seeded at random per process) stored and compared
 * before any string is touched (measured several times faster than a `Map` for fresh row strings).
 * @internal
 */

/**
 * The hashes' starting state, random per process: a file cannot be made of ids or values that
 * collide on purpose (hash flooding would make the tables' linear probing quadratic). Nothing read
 * depends on it, only where a key sits in a table.
 */
const SEED = (globalThis.crypto.getRandomValues(new Uint32Array(1))[0] ?? Math.floor(Math.random() * 2 ** 32)) | 0;

/** FNV-1a over UTF-16 code units, from a random starting state. @internal */
export function hashString(key: string): number {
  let h = 0x811c9dc5 ^ SEED;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h | 0;
}

/**
 * Row of the first occurrence of each key (duplicate detection). While keys come in strictly
 * increasing order (by length, then by code units: `E9` < `E10`, as most exports are sorted by
 * employee number) no key can repeat and none is hashed; they are only listed, and the table is
 * built from the list when the order first breaks.
 * @internal
 */
export class IdIndex {
  private ordered: { keys: string[]; rows: number[] } | null = { keys: [], rows: [] };
  private keys: string[];
  /** row + 1; 0 = empty slot */
  private rows: Int32Array;
  private hashes: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1 << 12) {
    this.keys = new Array<string>(capacity).fill('');
    this.rows = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The row `key` was first added with; or, when new, adds it with `row` (≥ 0) and returns -1. */
  getOrAdd(key: string, row: number): number {
    const ordered = this.ordered;
    if (ordered !== null) {
      const keys = ordered.keys;
      const n = keys.length;
      const last = n === 0 ? '' : (keys[n - 1] as string);
      if (n === 0 || key.length > last.length || (key.length === last.length && key > last)) {
        keys.push(key);
        ordered.rows.push(row);
        return -1;
      }
      this.ordered = null;
      for (let j = 0; j < ordered.keys.length; j++) this.add(ordered.keys[j] as string, ordered.rows[j] as number);
    }
    return this.add(key, row);
  }

  /** The number of keys. */
  get size(): number {
    return this.ordered === null ? this.count : this.ordered.keys.length;
  }

  /**
   * While every key came after the one before it ({@link compareIds} order): the first and the
   * last key; null once the order broke, or when there is no key.
   */
  orderedEnds(): { readonly first: string; readonly last: string } | null {
    const keys = this.ordered?.keys;
    if (keys === undefined || keys.length === 0) return null;
    return { first: keys[0] as string, last: keys[keys.length - 1] as string };
  }

  /** True when `key` was added. */
  has(key: string): boolean {
    const ordered = this.ordered;
    if (ordered !== null) {
      // the keys are strictly increasing: binary search
      const keys = ordered.keys;
      let lo = 0;
      let hi = keys.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const c = compareIds(keys[mid] as string, key);
        if (c === 0) return true;
        if (c < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    }
    const h = hashString(key);
    let i = h & this.mask;
    for (;;) {
      const r = this.rows[i] as number;
      if (r === 0) return false;
      if (this.hashes[i] === h && this.keys[i] === key) return true;
      i = (i + 1) & this.mask;
    }
  }

  /** Every key, in no particular order once the keys stopped being ordered. */
  list(): string[] {
    if (this.ordered !== null) return this.ordered.keys.slice();
    const out: string[] = [];
    for (let i = 0; i < this.rows.length; i++) if (this.rows[i] !== 0) out.push(this.keys[i] as string);
    return out;
  }

  private add(key: string, row: number): number {
    const h = hashString(key);
    const rows = this.rows;
    const hashes = this.hashes;
    let i = h & this.mask;
    for (;;) {
      const r = rows[i] as number;
      if (r === 0) break;
      if (hashes[i] === h && this.keys[i] === key) return r - 1;
      i = (i + 1) & this.mask;
    }
    this.keys[i] = key;
    rows[i] = row + 1;
    hashes[i] = h;
    if (++this.count * 2 > rows.length) this.grow();
    return -1;
  }

  private grow(): void {
    const { keys, rows, hashes } = this;
    const capacity = rows.length * 2;
    const nk = new Array<string>(capacity).fill('');
    const nr = new Int32Array(capacity);
    const nh = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let j = 0; j < rows.length; j++) {
      if (rows[j] === 0) continue;
      const h = hashes[j] as number;
      let i = h & mask;
      while (nr[i] !== 0) i = (i + 1) & mask;
      nk[i] = keys[j] as string;
      nr[i] = rows[j] as number;
      nh[i] = h;
    }
    this.keys = nk;
    this.rows = nr;
    this.hashes = nh;
    this.mask = mask;
  }
}

/**
 * The order {@link IdIndex} expects of sorted keys: by length, then by code units (`E9` < `E10`).
 * Negative when `a` comes first, 0 when equal.
 * @internal
 */
export function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when `t` has, at `from`, the `n` code units at `at` in `pool`. */
function samePooled(pool: Uint16Array, at: number, t: string, from: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (pool[at + k] !== t.charCodeAt(from + k)) return false;
  return true;
}

/** Values longer than this are hashed by a sample of their code units (see `Interner`). */
const SAMPLED = 20;
/** Hash collisions an `Interner` accepts before it hashes every code unit. */
const COLLISION_LIMIT = 1024;

/**
 * Interns repeated cell values (units, levels, groups, dates) so a million records share one
 * string per distinct value, and no record keeps a parsed text chunk alive. @internal
 */
export class Interner {
  private values: string[] = new Array<string>(64).fill('');
  private hashes = new Int32Array(64);
  /** Per slot: 1 + where its value's code units start in `pool`; 0 = empty. */
  private starts = new Int32Array(64);
  /**
   * The code units of every value, one after the other: compared from a typed array, which is
   * faster than reading the value (often a sliced string, see `detach`) with `charCodeAt`.
   */
  private pool = new Uint16Array(1024);
  private poolSize = 0;
  private mask = 63;
  private size = 0;
  /** True once values collided too often for a sampled hash; then every code unit is hashed. */
  private full = false;
  private collisions = 0;
  private readonly copy: (s: string) => string;

  constructor(copy: (s: string) => string) {
    this.copy = copy;
  }

  /** The shared string equal to `v`. */
  intern(v: string): string {
    return this.internRange(v, 0, v.length);
  }

  /**
   * The shared string equal to `t.slice(from, to)`: hashed and compared in place, so a value seen
   * before costs no new string.
   */
  internRange(t: string, from: number, to: number): string {
    const h = this.hash(t, from, to);
    const n = to - from;
    const pool = this.pool;
    let i = h & this.mask;
    for (;;) {
      const start = this.starts[i] as number;
      if (start === 0) break;
      if (this.hashes[i] === h) {
        const x = this.values[i] as string;
        if (x.length === n && samePooled(pool, start - 1, t, from, n)) return x;
        // a collision: values that differ only where a sampled hash does not look
        if (!this.full && ++this.collisions > COLLISION_LIMIT) {
          this.rehashFully();
          return this.internRange(t, from, to);
        }
      }
      i = (i + 1) & this.mask;
    }
    const x = this.copy(t.slice(from, to));
    this.values[i] = x;
    this.hashes[i] = h;
    this.starts[i] = this.append(t, from, to) + 1;
    if (++this.size * 2 > this.starts.length) this.rebuild(this.starts.length * 2);
    return x;
  }

  /**
   * FNV-1a of the length and, for long values, the first 4 and the last 16 code units only (units
   * and groups differ mostly at the end): most cells are hashed in a few steps. If values collide
   * too often, the table switches to hashing every code unit.
   */
  private hash(t: string, from: number, to: number): number {
    let h = Math.imul(0x811c9dc5 ^ SEED ^ (to - from), 16777619);
    let k = from;
    if (!this.full && to - from > SAMPLED) {
      for (; k < from + 4; k++) h = Math.imul(h ^ t.charCodeAt(k), 16777619);
      k = to - (SAMPLED - 4);
    }
    for (; k < to; k++) h = Math.imul(h ^ t.charCodeAt(k), 16777619);
    return h | 0;
  }

  /** Copies the code units of `t.slice(from, to)` to the end of the pool; returns where they start. */
  private append(t: string, from: number, to: number): number {
    const at = this.poolSize;
    const n = to - from;
    if (at + n > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, at + n));
      pool.set(this.pool.subarray(0, at));
      this.pool = pool;
    }
    for (let k = 0; k < n; k++) this.pool[at + k] = t.charCodeAt(from + k);
    this.poolSize = at + n;
    return at;
  }

  /** Switches to hashing every code unit, and rebuilds the table. */
  private rehashFully(): void {
    this.full = true;
    this.rebuild(this.starts.length);
  }

  /** Re-inserts every value into a table of `capacity` slots (hashing them again when `full`). */
  private rebuild(capacity: number): void {
    const { values, hashes, starts } = this;
    this.values = new Array<string>(capacity).fill('');
    this.hashes = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let j = 0; j < starts.length; j++) {
      if (starts[j] === 0) continue;
      const x = values[j] as string;
      const h = this.full ? this.hash(x, 0, x.length) : (hashes[j] as number);
      let i = h & this.mask;
      while (this.starts[i] !== 0) i = (i + 1) & this.mask;
      this.values[i] = x;
      this.hashes[i] = h;
      this.starts[i] = starts[j] as number;
    }
  }
}
