/**
 * The dictionaries of a partial mapping: the job levels, pay groups and unit paths of the persons'
 * main employments, each string stored once and referred to by a dense id in the person table's
 * id columns (personTable.ts).
 * @internal
 */
/** A string dictionary (levels, groups or unit paths) → dense ids. @internal */
export class Dictionary {
  readonly values: string[] = [];
  private readonly ids = new Map<string, number>();

  /** A dictionary of `values`, ids in their order (a repeated value keeps its first id). */
  static of(values: readonly string[]): Dictionary {
    const d = new Dictionary();
    for (const v of values) d.id(v);
    return d;
  }

  private lastValue: string | undefined;
  private lastId = -1;

  /** The id of `value`, added when new. */
  id(value: string): number {
    if (value === this.lastValue) return this.lastId; // runs of equal values (sorted files)
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.ids.set(value, id);
    }
    this.lastValue = value;
    this.lastId = id;
    return id;
  }

  /** The value of an id, `null` for -1. */
  value(id: number): string | null {
    return id < 0 ? null : (this.values[id] ?? null);
  }
}
