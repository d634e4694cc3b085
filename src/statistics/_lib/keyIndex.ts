/**
 * The index from a person key (personId ?? employeeId, DEF-POP) to the person's row in the person
 * table: how a partial mapping finds the person an employment merges into.
 * @internal
 */
/**
 * Person key → row: an open-addressing hash table over typed arrays (much lighter than a `Map`
 * of a million strings). Keys are compared by value; rows index `keys`.
 *
 * Ordered mode: while the keys arrive in strictly increasing order (by length, then by code
 * units: `E9` < `E10` — most payroll exports are sorted by employee number) for rows 0, 1, 2 …,
 * no key can repeat, so none is hashed: a key greater than the last one is absent without a probe.
 * The hash table is built from `keys` the first time the order breaks (DEF-POP: the persons merged
 * are exactly the same either way). @internal
 */
export class KeyIndex {
  private slots: Int32Array; // interleaved [hash, row + 1] pairs; row + 1 = 0: empty
  private mask: number; // slot count - 1
  private count = 0;
  /** True while every key so far was set in increasing order for rows 0 … count - 1 (no slots yet). */
  private ordered: boolean;
  private last = '';
  /** The key `get` last found after `last` (ordered mode): `set` of that key need not compare again. */
  private checked: string | null = null;
  private readonly expected: number;

  constructor(
    private readonly keys: (string | null)[],
    expected: number,
    from?: KeyIndex,
  ) {
    if (from !== undefined) {
      this.slots = from.ordered ? from.slots : from.slots.slice();
      this.mask = from.mask;
      this.count = from.count;
      this.ordered = from.ordered;
      this.last = from.last;
      this.expected = from.expected;
      return;
    }
    this.expected = expected;
    this.ordered = true;
    this.slots = new Int32Array(0);
    this.mask = -1;
  }

  /** A copy over another key array (same rows). */
  clone(keys: (string | null)[]): KeyIndex {
    return new KeyIndex(keys, 0, this);
  }

  private static hash(key: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    return h | 0; // an int32, as stored (the empty key never enters the loop)
  }

  /** `key` comes after every key seen so far (ordered mode). */
  private isAfterLast(key: string): boolean {
    const last = this.last;
    return this.count === 0 || key.length > last.length || (key.length === last.length && key > last);
  }

  /** Leaves ordered mode: hashes the rows 0 … count - 1 set so far. */
  private materialise(): void {
    this.ordered = false;
    let cap = 16;
    while (cap < Math.max(this.expected, this.count + 1) * 2) cap *= 2;
    this.slots = new Int32Array(cap * 2);
    this.mask = cap - 1;
    const n = this.count;
    this.count = 0;
    for (let row = 0; row < n; row++) this.insert(this.keys[row]!, row);
  }

  /** The row of `key`, or -1. */
  get(key: string): number {
    if (this.ordered) {
      if (this.isAfterLast(key)) {
        this.checked = key;
        return -1;
      }
      this.materialise();
    }
    const h = KeyIndex.hash(key);
    const slots = this.slots;
    let s = h & this.mask;
    for (;;) {
      const row = slots[2 * s + 1]!;
      if (row === 0) return -1;
      if (slots[2 * s] === h && this.keys[row - 1] === key) return row - 1;
      s = (s + 1) & this.mask;
    }
  }

  /** Adds `key` → `row` (the key must be absent). */
  set(key: string, row: number): void {
    if (this.ordered) {
      if (row === this.count && (key === this.checked || this.isAfterLast(key))) {
        this.last = key;
        this.checked = null;
        this.count++;
        return;
      }
      this.materialise();
    }
    this.insert(key, row);
  }

  private insert(key: string, row: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.rehash();
    const h = KeyIndex.hash(key);
    const slots = this.slots;
    let s = h & this.mask;
    while (slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
    slots[2 * s] = h;
    slots[2 * s + 1] = row + 1;
    this.count++;
  }

  private rehash(): void {
    const old = this.slots;
    const cap = Math.max(16, (this.mask + 1) * 2);
    const slots = new Int32Array(cap * 2);
    const mask = cap - 1;
    for (let s = 0; s < old.length; s += 2) {
      const row = old[s + 1]!;
      if (row === 0) continue;
      const h = old[s]!;
      let t = h & mask;
      while (slots[2 * t + 1] !== 0) t = (t + 1) & mask;
      slots[2 * t] = h;
      slots[2 * t + 1] = row;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
