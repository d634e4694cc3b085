/**
 * A partial mapping as a structured-clone message (`postMessage` to or from a worker thread), its
 * typed-array columns moved, not copied: the message holds the columns and `transfer` their
 * buffers. The receiving side rebuilds the same partial mapping with {@link partialFromTransfer}.
 * Internal to the package (the Node edge's parallel CSV path): the message is not a stable format,
 * unlike {@link serializePartialMapping}.
 * @internal
 */
import type { PartialMapping } from '../accumulateMapping.js';
import { columnArrays, PersonTable, type PersonColumns } from './personTable.js';
import { Dictionary } from './dictionary.js';
import { KeyIndex } from './keyIndex.js';

/** The message of a partial mapping (plain data, typed arrays and strings only). @internal */
export interface PartialMessage {
  readonly kind: 'likestilling.partial-mapping-message';
  readonly options: PartialMapping['options'];
  readonly records: number;
  readonly recordExclusions: PartialMapping['recordExclusions'];
  readonly size: number;
  /** Records stored whose sex was derived from a national id. */
  readonly derivedSex: number;
  /** The unit of the pay columns (1/payUnit øre). */
  readonly payUnit: number;
  readonly key: readonly (string | null)[];
  readonly columns: PersonColumns;
  readonly levels: readonly string[];
  readonly groups: readonly string[];
  readonly units: readonly string[];
}

/**
 * The message and the buffers to transfer with it. After `postMessage(message, transfer)` the
 * partial mapping's table is unusable on the sending side (its buffers are detached).
 * @internal
 */
export function partialToTransfer(partial: PartialMapping): { message: PartialMessage; transfer: ArrayBuffer[] } {
  const { table, levels, groups, units } = partial.state;
  const columns = table.columns();
  const transfer = [...new Set(columnArrays(columns).map((c) => c.buffer as ArrayBuffer))];
  return {
    message: {
      kind: 'likestilling.partial-mapping-message',
      options: partial.options,
      records: partial.records,
      recordExclusions: partial.recordExclusions,
      size: table.size,
      derivedSex: table.derivedSex,
      payUnit: table.payUnit,
      key: table.size === table.key.length ? table.key : table.key.slice(0, table.size),
      columns,
      levels: levels.values,
      groups: groups.values,
      units: units.values,
    },
    transfer,
  };
}

/** The partial mapping of a {@link partialToTransfer} message. @internal */
export function partialFromTransfer(message: PartialMessage): PartialMapping {
  const table = PersonTable.fromColumns(message.size, [...message.key], message.columns);
  table.derivedSex = message.derivedSex;
  table.payUnit = message.payUnit;
  let index: KeyIndex | null = null;
  if (message.options.mergePersons) {
    index = new KeyIndex(table.key, table.size);
    for (let i = 0; i < table.size; i++) index.set(table.key[i]!, i);
  }
  return {
    kind: 'likestilling.partial-mapping',
    options: message.options,
    records: message.records,
    recordExclusions: message.recordExclusions,
    state: { table, levels: Dictionary.of(message.levels), groups: Dictionary.of(message.groups), units: Dictionary.of(message.units), index },
  };
}
