import { z } from 'zod';
import { RULES_2020_01_01 } from '../rules/versions/2020-01-01.js';
import { rulesInForce } from '../rules/versions/index.js';
import { RulesVersionSchema, type RulesVersion } from '../rules/versions/schema.js';

/**
 * One size band of a reporting schedule (TRN-6).
 *
 * @example
 * ```ts
 * ReportingBandSchema.parse({ minWorkers: 100, maxWorkers: 149, firstReportYear: 2031, everyYears: 3, legalBasis: 'Art. 9(4)' });
 * ```
 */
export const ReportingBandSchema = z.strictObject({
  /** Fewest workers of the band (inclusive). */
  minWorkers: z.number().int().min(0),
  /** Most workers of the band (inclusive), `null` = no upper bound. */
  maxWorkers: z.number().int().min(0).nullable(),
  /** The first year a report is due. */
  firstReportYear: z.number().int().min(1900).max(9999),
  /** A report every this many years from the first (1 = yearly). */
  everyYears: z.number().int().min(1).max(10),
  /** The provision, e.g. `Art. 9(2)`. */
  legalBasis: z.string().min(1),
});
/**
 * A size band of a reporting schedule (TRN-6).
 *
 * @example
 * ```ts
 * const band: ReportingBand = EU_PAY_TRANSPARENCY_SCHEDULE.bands[1]; // 150–249, every 3 years from 2027
 * ```
 */
export type ReportingBand = z.output<typeof ReportingBandSchema>;

/**
 * Who reports when: the size bands (non-overlapping), the due date in the reporting year, the
 * reference period, the provision for employers below every band, and the source. A national
 * implementation passes its own in this shape (TRN-6).
 *
 * @example
 * ```ts
 * const national = ReportingScheduleSchema.parse({ ...EU_PAY_TRANSPARENCY_SCHEDULE, jurisdiction: 'NO', source: 'a national act' });
 * assessPayTransparencyDuty({ workers: 300, year: 2028 }, { schedule: national });
 * ```
 */
export const ReportingScheduleSchema = z
  .strictObject({
    /** Whose rules these are, e.g. `EU` or `NO`. */
    jurisdiction: z.string().min(1),
    /** The act and provisions the schedule is taken from. */
    source: z.string().min(1),
    /** Due date of a report in its reporting year, `MM-DD`. */
    dueMonthDay: z.string().regex(/^\d{2}-\d{2}$/),
    /** Years between the reference year and the reporting year (1: a report covers the previous calendar year). */
    referenceYearOffset: z.number().int().min(0).max(5),
    bands: z.array(ReportingBandSchema).min(1),
    /** The provision for employers below every band (no duty, member states may add one). */
    belowBands: z.strictObject({ legalBasis: z.string().min(1), note: z.string() }),
  })
  .superRefine((s, ctx) => {
    s.bands.forEach((b, i) => {
      if (b.maxWorkers !== null && b.maxWorkers < b.minWorkers)
        ctx.addIssue({ code: 'custom', path: ['bands', i, 'maxWorkers'], message: 'maxWorkers is below minWorkers' });
      s.bands.forEach((c, j) => {
        if (j <= i) return;
        const overlaps = b.minWorkers <= (c.maxWorkers ?? Infinity) && c.minWorkers <= (b.maxWorkers ?? Infinity);
        if (overlaps) ctx.addIssue({ code: 'custom', path: ['bands', j], message: `band overlaps band ${i}` });
      });
    });
  });
/**
 * A reporting schedule (TRN-6).
 *
 * @example
 * ```ts
 * const schedule: ReportingSchedule = EU_PAY_TRANSPARENCY_SCHEDULE;
 * ```
 */
export type ReportingSchedule = z.output<typeof ReportingScheduleSchema>;

/**
 * The reporting schedule of Directive (EU) 2023/970 Art. 9(2)–(5) (TRN-6): 250 or more workers
 * every year from 2027; 150–249 in 2027 and every third year after (2030, 2033 …); 100–149 in 2031
 * and every third year after (2034, 2037 …); fewer than 100 no duty (member states may add one).
 * Reports are due by 7 June and cover the previous calendar year. Data, replaceable by a national
 * implementation (Norway's is pending): pass another schedule of the same shape to
 * {@link assessPayTransparencyDuty}.
 *
 * @example
 * ```ts
 * EU_PAY_TRANSPARENCY_SCHEDULE.bands[0]; // { minWorkers: 250, maxWorkers: null, firstReportYear: 2027, everyYears: 1, … }
 * ```
 */
export const EU_PAY_TRANSPARENCY_SCHEDULE: ReportingSchedule = RULES_2020_01_01.payTransparency;

/**
 * The input of {@link assessPayTransparencyDuty} (TRN-6).
 *
 * @example
 * ```ts
 * PayTransparencyDutyInputSchema.parse({ workers: 180, year: 2027 });
 * ```
 */
export const PayTransparencyDutyInputSchema = z.strictObject({
  /** Workers of the employer (its own count for the reference period). */
  workers: z.number().int().min(0),
  /** The reporting year (a report of 2027 covers 2026). */
  year: z.number().int().min(1900).max(9999),
});

/**
 * Who must report when (TRN-6), for one employer size and reporting year.
 *
 * @example
 * ```ts
 * const duty: PayTransparencyDuty = assessPayTransparencyDuty({ workers: 120, year: 2027 });
 * duty.nextReportYear; // 2031
 * ```
 */
export interface PayTransparencyDuty {
  /** A pay-transparency report is due in `year`. */
  readonly reportDue: boolean;
  /** `yearly`, `every-3-years` … for the employer's band; `null` below every band. */
  readonly frequency: string | null;
  /** The reporting year assessed. */
  readonly year: number;
  /** The year the report covers (when due), else `null`. */
  readonly referenceYear: number | null;
  /** Due date (ISO) when due, else `null`. */
  readonly dueDate: string | null;
  /** The next reporting year from `year` on (itself when due), `null` below every band. */
  readonly nextReportYear: number | null;
  /** The band the employer falls in, `null` below every band. */
  readonly band: ReportingBand | null;
  readonly workers: number;
  /** The provision applied. */
  readonly legalBasis: string;
  readonly jurisdiction: string;
  /** The schedule's source. */
  readonly source: string;
  readonly rule: 'TRN-6';
  /** The version of the rules whose schedule was used (in force on the reporting year's last day); `null` when the caller passed its own `schedule`. */
  readonly rulesVersion: string | null;
}

/**
 * Whether an employer must report on pay transparency in a year (Directive (EU) 2023/970
 * Art. 9(2)–(5), TRN-6): from the number of workers and the reporting year, with the reference
 * year, the frequency, the due date and the legal basis. The years and thresholds are data
 * (`schedule`, default {@link EU_PAY_TRANSPARENCY_SCHEDULE}); a national implementation passes its own.
 *
 * @param input - `workers` (a whole number, 0 or more) and the reporting `year`
 * @param options - `schedule`: the reporting schedule (default the one of the rules version in force
 *   on the reporting year's last day: the directive's); `rules`: the versions to choose from
 * @returns the assessment
 * @throws {z.ZodError} when the input or the schedule is invalid (its `issues` name the path)
 * @see ARP.md §8 TRN-6
 * @example
 * ```ts
 * assessPayTransparencyDuty({ workers: 180, year: 2027 }).reportDue;  // true (Art. 9(3))
 * assessPayTransparencyDuty({ workers: 180, year: 2028 }).nextReportYear; // 2030
 * assessPayTransparencyDuty({ workers: 99, year: 2031 }).reportDue;   // false (Art. 9(5))
 * ```
 */
export function assessPayTransparencyDuty(
  input: { readonly workers: number; readonly year: number },
  options: { readonly schedule?: ReportingSchedule; readonly rules?: readonly RulesVersion[] } = {},
): PayTransparencyDuty {
  const { workers, year } = PayTransparencyDutyInputSchema.parse(input);
  const versions = options.rules === undefined ? undefined : z.array(RulesVersionSchema).min(1).parse(options.rules);
  const rules = options.schedule === undefined ? rulesInForce(`${String(year).padStart(4, '0')}-12-31`, versions) : null;
  const schedule =
    rules !== null
      ? rules.payTransparency
      : options.schedule === EU_PAY_TRANSPARENCY_SCHEDULE
        ? EU_PAY_TRANSPARENCY_SCHEDULE
        : ReportingScheduleSchema.parse(options.schedule);
  const band = schedule.bands.find((b) => workers >= b.minWorkers && (b.maxWorkers === null || workers <= b.maxWorkers)) ?? null;
  const common = { year, workers, jurisdiction: schedule.jurisdiction, source: schedule.source, rule: 'TRN-6' as const, rulesVersion: rules?.id ?? null };
  if (band === null) {
    return {
      ...common,
      reportDue: false,
      frequency: null,
      referenceYear: null,
      dueDate: null,
      nextReportYear: null,
      band: null,
      legalBasis: schedule.belowBands.legalBasis,
    };
  }
  const reportDue = year >= band.firstReportYear && (year - band.firstReportYear) % band.everyYears === 0;
  const nextReportYear =
    year <= band.firstReportYear ? band.firstReportYear : year + ((band.everyYears - ((year - band.firstReportYear) % band.everyYears)) % band.everyYears);
  return {
    ...common,
    reportDue,
    frequency: band.everyYears === 1 ? 'yearly' : `every-${band.everyYears}-years`,
    referenceYear: reportDue ? year - schedule.referenceYearOffset : null,
    dueDate: reportDue ? `${String(year).padStart(4, '0')}-${schedule.dueMonthDay}` : null,
    nextReportYear,
    band,
    legalBasis: band.legalBasis,
  };
}
