import { z } from 'zod';

/**
 * Where a pay code (*lønnsart*) goes: one of the DEF-PAY components, or `notPay` (holiday pay,
 * expense refunds, severance …: not pay for ARP).
 *
 * @example
 * ```ts
 * PAY_CODE_TARGETS.includes('notPay'); // true
 * ```
 */
export const PAY_CODE_TARGETS = [
  'basePay',
  'fixedAllowances',
  'irregularAllowances',
  'bonus',
  'overtime',
  'benefitsInKind',
  'notPay',
] as const;
/** A pay-code target. See {@link PAY_CODE_TARGETS}. */
export type PayCodeTarget = (typeof PAY_CODE_TARGETS)[number];

/**
 * A pay-code table (*lønnsartstabell*): the employer's pay codes → DEF-PAY component, as JSON.
 *
 * The CSV importer reads the **wide** layout: one column per pay code, one row per employment.
 * A column belongs to a pay code when its header is the code, or starts with the code followed by
 * a space, `-`, `_`, `:` or `.` (`"1000 Fastlønn"`, `"1000-Fastlønn"`). Columns of one component
 * are summed; `notPay` columns are read past. Long exports (one row per pay line) must be pivoted
 * first.
 *
 * @example
 * ```ts
 * const table = PayCodeTableSchema.parse({ '1000': 'basePay', '1100': 'fixedAllowances', '2300': 'overtime', '9000': 'notPay' });
 * ```
 */
export const PayCodeTableSchema = z.record(z.string().min(1), z.enum(PAY_CODE_TARGETS));
/** A pay-code table after parsing. See {@link PayCodeTableSchema}. */
export type PayCodeTable = z.output<typeof PayCodeTableSchema>;
