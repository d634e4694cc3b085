import { z } from 'zod';
import { SEXES } from '../../models/employee.js';
import { isValidNationalId } from '../../models/identifiers.js';
import { expecting } from '../../locales/index.js';

/**
 * The fields an HR record may carry, in the order an HR CSV lists them.
 *
 * @example
 * ```ts
 * HR_FIELDS.includes('jobLevel'); // true
 * ```
 */
export const HR_FIELDS = ['nationalId', 'employeeNumber', 'sex', 'jobLevel', 'jobGroup', 'unit', 'involuntaryPartTime'] as const;
/** An HR field name. See {@link HR_FIELDS}. */
export type HrField = (typeof HR_FIELDS)[number];

/**
 * One row of HR data joined to the a-melding (*HR-data*; the a-melding has no sex, ARP.md §7).
 *
 * Joined by `nationalId` (the person) or `employeeNumber`, which is matched against the
 * a-melding's `arbeidsforholdId` (the employment). At least one of them is required. A national id
 * must pass its check digits; it is used only for the join and never copied into a record.
 * `sex` is the HR sex; when it is missing the importer may fall back to the national id (flagged).
 *
 * @example
 * ```ts
 * const hr = HrRecordSchema.parse({ nationalId: '01010012356', sex: 'male', jobLevel: 'L2', unit: 'Oslo/IT' });
 * ```
 */
export const HrRecordSchema = z
  .strictObject({
    nationalId: z
      .string()
      .refine((s) => isValidNationalId(s), {
        message: 'invalid national id (11 digits, mod 11 check digits)',
        params: { code: 'invalid_national_id', ...expecting('nationalId') },
      })
      .optional(),
    employeeNumber: z.string().min(1).optional(),
    sex: z.enum(SEXES).optional(),
    jobLevel: z.string().nullable().optional(),
    jobGroup: z.string().nullable().optional(),
    unit: z.string().nullable().optional(),
    involuntaryPartTime: z.boolean().nullable().optional(),
    /** Where the record came from (e.g. the CSV data row), used in diagnostics instead of its position. */
    row: z.number().int().positive().optional(),
  })
  .refine((r) => r.nationalId !== undefined || r.employeeNumber !== undefined, {
    message: 'expected nationalId or employeeNumber',
    path: ['nationalId'],
    params: { code: 'required', ...expecting('hrId') },
  });

/** An HR record after parsing. */
export type HrRecord = z.output<typeof HrRecordSchema>;
/** What {@link HrRecordSchema} accepts. */
export type HrRecordInput = z.input<typeof HrRecordSchema>;
