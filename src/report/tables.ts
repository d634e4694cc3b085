/**
 * The part-1 tables of a {@link Report} as data: which tables and columns there are, and a table's
 * rows and cells (value, kind, status, footnotes, the figure it comes from). `types.ts` re-exports them.
 * @module
 */
import { z } from 'zod';
import { PathSchema } from './_lib/path.js';

/**
 * The part-1 tables (ARP.md §5), in the order a statement shows them:
 * `sex-balance` STAT-A1, `temporary` STAT-A2, `part-time` STAT-A3, `parental-leave` STAT-A4 (every
 * year); `pay` STAT-B1/B2, `sex-distribution` STAT-B3, `involuntary-part-time` STAT-B4 (at least
 * every second year).
 *
 * @example
 * ```ts
 * report.part1?.tables.map((t) => t.id); // in TABLE_IDS order
 * ```
 */
export const TABLE_IDS = ['sex-balance', 'temporary', 'part-time', 'parental-leave', 'pay', 'sex-distribution', 'involuntary-part-time'] as const;
/** A part-1 table id. See {@link TABLE_IDS}. */
export type TableId = (typeof TABLE_IDS)[number];

/**
 * Tables that must be given every year (STAT-A*).
 *
 * @example
 * ```ts
 * ANNUAL_TABLE_IDS.includes('temporary'); // true
 * ```
 */
export const ANNUAL_TABLE_IDS = ['sex-balance', 'temporary', 'part-time', 'parental-leave'] as const satisfies readonly TableId[];
/**
 * Tables required at least every second year (STAT-B*); reusable from last year's statement (STM-6).
 *
 * @example
 * ```ts
 * BIENNIAL_TABLE_IDS.includes('pay'); // true
 * ```
 */
export const BIENNIAL_TABLE_IDS = ['pay', 'sex-distribution', 'involuntary-part-time'] as const satisfies readonly TableId[];

/**
 * Columns of the part-1 tables. Counts: `count`, `persons`, `women`, `men`; percentages:
 * `percentOfAll`, `percentOfSex`, `coverage`, `womenPercent`, `shareMean`, `shareMedian`
 * (women's share of men's pay, *kvinners andel av menns lønn*); weeks: `averageWeeks`;
 * NOK (only when the options ask for amounts): `womenMean`, `menMean`.
 *
 * @example
 * ```ts
 * report.part1?.tables.find((t) => t.id === 'pay')?.columns; // ['shareMean', 'shareMedian']
 * ```
 */
export const COLUMN_IDS = [
  'count',
  'percentOfAll',
  'percentOfSex',
  'persons',
  'averageWeeks',
  'shareMean',
  'shareMedian',
  'womenMean',
  'menMean',
  'women',
  'men',
  'womenPercent',
  'coverage',
] as const;
/** A column id. See {@link COLUMN_IDS}. */
export type ColumnId = (typeof COLUMN_IDS)[number];

/**
 * What a cell's value is: a whole count, a percentage, NOK, or weeks.
 *
 * @example
 * ```ts
 * cell.kind === 'percent'; // a percentage, e.g. "88.2"
 * ```
 */
export const VALUE_KINDS = ['count', 'percent', 'nok', 'weeks'] as const;
/** A value kind. See {@link VALUE_KINDS}. */
export type ValueKind = (typeof VALUE_KINDS)[number];

/**
 * State of a cell's value: `published`; `hidden` by anonymisation (ANON-*; the cell carries a
 * footnote with the reason); `not-available` (no person behind it, e.g. a share with no men).
 *
 * @example
 * ```ts
 * if (cell.status === 'hidden') console.log(cell.footnotes); // the footnote ids
 * ```
 */
export const CELL_STATUSES = ['published', 'hidden', 'not-available'] as const;
/** A cell status. See {@link CELL_STATUSES}. */
export type CellStatus = (typeof CELL_STATUSES)[number];

/**
 * Kinds of table rows: a sex, other/unknown sex (DEF-SEX), the total, or a level/group.
 *
 * @example
 * ```ts
 * table.rows.filter((r) => r.kind === 'level').map((r) => r.level);
 * ```
 */
export const ROW_KINDS = ['women', 'men', 'otherOrUnknown', 'total', 'level'] as const;
/** A row kind. See {@link ROW_KINDS}. */
export type RowKind = (typeof ROW_KINDS)[number];

/**
 * One value of a part-1 table, with last year's value and the change.
 *
 * @example
 * ```ts
 * ReportCellSchema.parse({ column: 'count', kind: 'count', value: '12', status: 'published', footnotes: [], source: ['population', 'women'] });
 * ```
 */
export const ReportCellSchema = z.object({
  column: z.enum(COLUMN_IDS),
  kind: z.enum(VALUE_KINDS),
  /** This year's value as published: `"12"`, `"88.2"`, `"55280.00"`; `null` when hidden or not available. */
  value: z.string().nullable(),
  status: z.enum(CELL_STATUSES),
  /** Last year's value from last year's statement; `null` when it was hidden or not there. Absent without a previous statement. */
  previous: z.string().nullable().optional(),
  /** `value − previous` (counts, NOK, weeks; percentage points for percentages); `null` when either is missing. */
  change: z.string().nullable().optional(),
  /** Ids of the footnotes explaining a hidden value (every hidden value has one). */
  footnotes: z.array(z.number().int().positive()),
  /** JSON path of the value in the published figures it was read from (empty when computed from several). */
  source: PathSchema,
});
/** A table cell. */
export interface ReportCell extends z.output<typeof ReportCellSchema> {}

/**
 * One row of a part-1 table.
 *
 * @example
 * ```ts
 * ReportRowSchema.parse({ id: 'women', kind: 'women', cells: [] });
 * ```
 */
export const ReportRowSchema = z.object({
  /** Unique in the table: `women`, `men`, `otherOrUnknown`, `total`, or `level:<key>` / `level:` for records without level. */
  id: z.string(),
  kind: z.enum(ROW_KINDS),
  /** The employer's own level/group name for `level` rows (`null` = records without a level); absent otherwise. */
  level: z.string().nullable().optional(),
  cells: z.array(ReportCellSchema),
});
/** A table row. */
export interface ReportRow extends z.output<typeof ReportRowSchema> {}

/**
 * A sentence under a table (e.g. why a share differs from one in another table: another
 * denominator), generated from the published figures.
 *
 * @example
 * ```ts
 * report.part1?.tables.flatMap((t) => t.notes ?? []).map((n) => n.text.nb);
 * ```
 */
export const TableNoteSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  text: z.object({ nb: z.string(), en: z.string(), nn: z.string().optional() }),
});
/** A sentence under a table. */
export interface TableNote extends z.output<typeof TableNoteSchema> {}

/**
 * A part-1 table (ARP.md §5) with this year, last year and the change side by side.
 *
 * @example
 * ```ts
 * const pay = report.part1?.tables.find((t) => t.id === 'pay'); // a ReportTable
 * ```
 */
export const ReportTableSchema = z.object({
  id: z.enum(TABLE_IDS),
  /** The STAT-* rules the table answers. */
  rules: z.array(z.string()),
  frequency: z.enum(['annual', 'biennial']),
  /** Year the figures were mapped (the financial year, or an earlier one for reused biennial figures). */
  mappedYear: z.number().int(),
  /** True when the figures are reused from last year's statement (STM-6). */
  reused: z.boolean(),
  columns: z.array(z.enum(COLUMN_IDS)),
  rows: z.array(ReportRowSchema),
  /** Sentences under the table (absent: none). */
  notes: z.array(TableNoteSchema).optional(),
});
/** A part-1 table. */
export interface ReportTable extends z.output<typeof ReportTableSchema> {}
