import { z } from 'zod';
import { StatisticsOptionsSchema } from '../statistics/StatisticsOptionsSchema.js';
import { PAY_CONCEPTS, type PayConcept, type ResolvedStatisticsOptions } from '../statistics/types.js';
import { breakdownName, parseBreakdown } from './_lib/cells.js';

/**
 * The factors the library derives from the records itself (EXP-2):
 *
 * - `level`, `group`: the main employment's job level and job group (DEF-GRP, DEF-POP), categorical;
 *   a person without one is in the category `null` ("no level"), as in the mapping;
 * - `seniority`: years from the main employment's `startDate` to the reference date (days / 365.25, DEF-REF);
 * - `senioritySquared`: its square;
 * - `partTime`: 1 when the person's position percent is below `partTimeBelow` (DEF-PT), else 0.
 *
 * @example
 * ```ts
 * BUILT_IN_FACTORS.includes('seniority'); // true
 * ```
 */
export const BUILT_IN_FACTORS = ['level', 'group', 'seniority', 'senioritySquared', 'partTime'] as const;
/** A built-in factor. See {@link BUILT_IN_FACTORS}. */
export type BuiltInFactor = (typeof BUILT_IN_FACTORS)[number];

/**
 * The default factors of the adjusted gap (EXP-2): job level and job group (categorical, dummy
 * coded against a reference category), seniority and its square, part-time. To add a factor,
 * spread it and append; to remove one, filter it out.
 *
 * @example
 * ```ts
 * const factors = [...DEFAULT_FACTORS.filter((f) => f !== 'partTime'), { column: 'score', type: 'numeric' }];
 * adjustedGap(records, { statistics: { year: 2025 }, factors, columns: { score } });
 * ```
 */
export const DEFAULT_FACTORS: readonly BuiltInFactor[] = BUILT_IN_FACTORS;

/**
 * A column of the caller's own, passed in `columns` beside the records (a job-evaluation score,
 * education, experience): `numeric` enters the regression as it is, `categorical` as dummies.
 */
export const ColumnFactorSchema = z.strictObject({
  /** The name of the column in `columns`. */
  column: z.string().min(1),
  type: z.enum(['numeric', 'categorical']),
});
/** A factor of the caller's own. See {@link ColumnFactorSchema}. */
export type ColumnFactor = z.output<typeof ColumnFactorSchema>;

/** A factor: built in ({@link BUILT_IN_FACTORS}) or a column of the caller's ({@link ColumnFactorSchema}). */
export const FactorSchema = z.union([z.enum(BUILT_IN_FACTORS), ColumnFactorSchema]);
/** A factor. See {@link FactorSchema}. */
export type Factor = z.output<typeof FactorSchema>;

/** A factor's name: the built-in name or the column's. */
export function factorName(f: Factor): string {
  return typeof f === 'string' ? f : f.column;
}

/**
 * A breakdown (EXP-1, DEF-GRP): `level`, `group`, `unit` (the full unit path), `unit:N` (the path
 * cut after N segments: `unit:2` → `Direktoratet/Region Øst`; a person placed higher keeps their
 * shorter path), or a combination joined by `*` (`level*group`: one cell per level and group).
 * The name is the key of its decomposition in the result.
 *
 * @example
 * ```ts
 * BreakdownSchema.parse(' level * group '); // 'level*group'
 * BreakdownSchema.safeParse('level:2').success; // false (a depth only on unit)
 * ```
 */
export const BreakdownSchema = z
  .string()
  .refine((name) => parseBreakdown(name) !== null, {
    message: 'expected level, group, unit, unit:N or a combination joined by * (e.g. level*group)',
  })
  .transform((name) => breakdownName(parseBreakdown(name)!));

/** A value of a caller's column for one person: a number, a category, or null (missing). */
const ColumnValueSchema = z.union([z.number(), z.string(), z.null()]);

/**
 * A column of the caller's own: person key → value. The person key is the one the mapping merges
 * employments on (DEF-POP): `personId` when the records carry one, else `employeeId` (with
 * `mergePersons: false`, each employment's `employeeId`). A plain object or a `Map`.
 */
export const ColumnValuesSchema = z
  .union([z.record(z.string(), ColumnValueSchema), z.map(z.string(), ColumnValueSchema)])
  .transform((values): ReadonlyMap<string, number | string | null> => (values instanceof Map ? values : new Map(Object.entries(values))));

/** Which weighting the within-cells part uses (EXP-1): women's in-support shares (default, Ñopo) or men's. */
export const WEIGHTINGS = ['women', 'men'] as const;
/** A weighting. See {@link WEIGHTINGS}. */
export type Weighting = (typeof WEIGHTINGS)[number];

/** Standard errors of the adjusted gap (EXP-2): `classical` (homoskedastic OLS) or `HC1` (heteroskedasticity-robust, White's with n/(n−k)). */
export const STANDARD_ERRORS = ['classical', 'HC1'] as const;
/** A kind of standard error. See {@link STANDARD_ERRORS}. */
export type StandardErrorKind = (typeof STANDARD_ERRORS)[number];

/**
 * How the adjusted gap is held against the threshold (EXP-2): `estimate` — the gap percent is at
 * least the threshold (EU Art. 10's "at least 5 %", TRN-5); `logib` — Logib's test: the female
 * coefficient's absolute value exceeds threshold / 100 (log points) in a one-sided t test at the
 * significance level.
 */
export const THRESHOLD_TESTS = ['estimate', 'logib'] as const;
/** A threshold test. See {@link THRESHOLD_TESTS}. */
export type ThresholdTest = (typeof THRESHOLD_TESTS)[number];

/** Whose pay the internal accounting set may adjust (EXP-3, Iceland's list): `women` (raised), `all` (women raised, men lowered), `none` (no list). */
export const ACCOUNTING_SETS = ['women', 'all', 'none'] as const;
/** An accounting-set choice. See {@link ACCOUNTING_SETS}. */
export type AccountingSetChoice = (typeof ACCOUNTING_SETS)[number];

/** Resolved statistics options given back in: the derived bounds are dropped and the rest parsed again. */
function withoutDerived(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('fiscalYearStart' in value)) return value;
  const rest: Record<string, unknown> = { ...value };
  delete rest['fiscalYearStart'];
  delete rest['fiscalYearLast'];
  return rest;
}

/**
 * Options of the gap analysis (*årsaksanalyse*, step b of the four-step method, ARP.md §9
 * EXP-1…EXP-3). Every default is an option and is echoed, resolved, in the result's `options`.
 *
 * - `statistics` (required: `year`): the statistics options of the mapping ({@link StatisticsOptionsSchema}),
 *   or a mapping's resolved `options`: the same population, pay concept and reference date (DEF-POP, DEF-PAY, DEF-REF).
 * - `payConcept` (`monthly`): `monthly` = SSB *månedslønn*, `agreed` = *avtalt månedslønn* (DEF-PAY).
 * - `breakdowns` (`['level']`): the decompositions to make ({@link BreakdownSchema}).
 * - `weighting` (`women`): the within-cells part weighted by women's in-support shares (Ñopo), or by men's.
 * - `factors` ({@link DEFAULT_FACTORS}): the objective factors of the regression.
 * - `columns` (`{}`): the caller's columns, by name ({@link ColumnValuesSchema}).
 * - `references` (`{}`): the reference category of a categorical factor, by factor name
 *   (default: its most frequent category; ties: the first in the mapping's order).
 * - `standardErrors` (`classical`) or `HC1`.
 * - `conventions` (`default`): `logib` sets Logib's conventions: Kennedy's correction and Logib's threshold test.
 * - `kennedy` (`false`; `true` under `logib`): gap percent = (1 − e^(b − V(b)/2)) × 100 (Kennedy 1981) instead of (1 − e^b) × 100.
 * - `threshold` (5): the threshold in percent (Logib's 5 %, the EU's 5 %; Iceland uses 3.9).
 * - `thresholdTest` (`estimate`; `logib` under `logib`): see {@link THRESHOLD_TESTS}.
 * - `confidenceLevel` (0.95), `significanceLevel` (0.05; for the `logib` test).
 * - `collinearityTolerance` (1e-10): a factor column is dropped as collinear when its singular
 *   value in the scaled cross-product matrix is below this times the largest (see `adjustedGap`).
 * - `accountingSet` (`women`): see {@link ACCOUNTING_SETS}.
 *
 * @example
 * ```ts
 * const options = AnalysisOptionsSchema.parse({ statistics: { year: 2025 }, breakdowns: ['level', 'level*group'] });
 * options.weighting; // 'women'
 * options.factors;   // ['level', 'group', 'seniority', 'senioritySquared', 'partTime']
 * ```
 * @see ARP.md §9 EXP-1, EXP-2, EXP-3
 */
export const AnalysisOptionsSchema = z
  .strictObject({
    statistics: z.preprocess(withoutDerived, StatisticsOptionsSchema),
    payConcept: z.enum(PAY_CONCEPTS).default('monthly'),
    breakdowns: z.array(BreakdownSchema).min(1).default(['level']),
    weighting: z.enum(WEIGHTINGS).default('women'),
    factors: z.array(FactorSchema).default([...DEFAULT_FACTORS]),
    columns: z.record(z.string(), ColumnValuesSchema).default({}),
    references: z.record(z.string(), z.string().nullable()).default({}),
    standardErrors: z.enum(STANDARD_ERRORS).default('classical'),
    conventions: z.enum(['default', 'logib']).default('default'),
    kennedy: z.boolean().optional(),
    threshold: z.number().gt(0).lt(100).default(5),
    thresholdTest: z.enum(THRESHOLD_TESTS).optional(),
    confidenceLevel: z.number().gt(0).lt(1).default(0.95),
    significanceLevel: z.number().gt(0).lt(1).default(0.05),
    collinearityTolerance: z.number().gt(0).lt(1).default(1e-10),
    accountingSet: z.enum(ACCOUNTING_SETS).default('women'),
  })
  .superRefine((o, ctx) => {
    const seen = new Set<string>();
    o.factors.forEach((f, i) => {
      const name = factorName(f);
      if (seen.has(name)) ctx.addIssue({ code: 'custom', path: ['factors', i], message: `factor ${name} is named twice` });
      seen.add(name);
      if (typeof f !== 'string' && !(f.column in o.columns))
        ctx.addIssue({ code: 'custom', path: ['factors', i, 'column'], message: `no column ${f.column} in columns` });
      if (typeof f !== 'string' && (BUILT_IN_FACTORS as readonly string[]).includes(f.column))
        ctx.addIssue({ code: 'custom', path: ['factors', i, 'column'], message: `${f.column} is a built-in factor's name` });
      if (typeof f !== 'string' && f.type === 'numeric') {
        for (const [key, value] of o.columns[f.column] ?? new Map<string, number | string | null>()) {
          if (typeof value === 'string') {
            ctx.addIssue({ code: 'custom', path: ['columns', f.column], message: 'expected numbers (or null) in a numeric column', params: { key } });
            break;
          }
        }
      }
    });
    for (const name of Object.keys(o.references)) {
      const f = o.factors.find((x) => factorName(x) === name);
      const categorical = f === 'level' || f === 'group' || (typeof f === 'object' && f.type === 'categorical');
      if (!categorical) ctx.addIssue({ code: 'custom', path: ['references', name], message: `${name} is not a categorical factor of the regression` });
    }
  })
  .transform((o): ResolvedAnalysisOptions & { readonly columnValues: Readonly<Record<string, ReadonlyMap<string, number | string | null>>> } => {
    const logib = o.conventions === 'logib';
    return {
      statistics: o.statistics,
      payConcept: o.payConcept,
      breakdowns: [...new Set(o.breakdowns)],
      weighting: o.weighting,
      factors: o.factors,
      columns: Object.keys(o.columns),
      references: o.references,
      standardErrors: o.standardErrors,
      conventions: o.conventions,
      kennedy: o.kennedy ?? logib,
      threshold: o.threshold,
      thresholdTest: o.thresholdTest ?? (logib ? 'logib' : 'estimate'),
      confidenceLevel: o.confidenceLevel,
      significanceLevel: o.significanceLevel,
      collinearityTolerance: o.collinearityTolerance,
      accountingSet: o.accountingSet,
      columnValues: o.columns,
    };
  });

/** What {@link AnalysisOptionsSchema} accepts: only `statistics.year` is required. */
export type AnalysisOptions = z.input<typeof AnalysisOptionsSchema>;

/** The options used, as every result states them (the caller's column data left out: only the names). */
export interface ResolvedAnalysisOptions {
  readonly statistics: ResolvedStatisticsOptions;
  readonly payConcept: PayConcept;
  readonly breakdowns: readonly string[];
  readonly weighting: Weighting;
  readonly factors: readonly Factor[];
  /** The names of the caller's columns given. */
  readonly columns: readonly string[];
  readonly references: Readonly<Record<string, string | null>>;
  readonly standardErrors: StandardErrorKind;
  readonly conventions: 'default' | 'logib';
  readonly kennedy: boolean;
  readonly threshold: number;
  readonly thresholdTest: ThresholdTest;
  readonly confidenceLevel: number;
  readonly significanceLevel: number;
  readonly collinearityTolerance: number;
  readonly accountingSet: AccountingSetChoice;
}

/** Parsed options with the caller's column data. @internal */
export type ParsedAnalysisOptions = z.output<typeof AnalysisOptionsSchema>;

/**
 * Resolves analysis options: fills every default.
 *
 * @param options - the options as given (only `statistics.year` is required)
 * @returns the resolved options, as echoed in a result's `options` (without the column data)
 * @throws {z.ZodError} when an option is invalid; each issue names its path (e.g. `['breakdowns', 0]`)
 * @example
 * ```ts
 * resolveAnalysisOptions({ statistics: { year: 2025 }, conventions: 'logib' }).kennedy; // true
 * ```
 */
export function resolveAnalysisOptions(options: AnalysisOptions): ResolvedAnalysisOptions {
  return stripColumns(AnalysisOptionsSchema.parse(options));
}

/** The resolved options without the column data. @internal */
export function stripColumns(o: ParsedAnalysisOptions): ResolvedAnalysisOptions {
  const rest: Record<string, unknown> = { ...o };
  delete rest['columnValues'];
  return rest as unknown as ResolvedAnalysisOptions;
}
