import { z } from 'zod';
import { PAY_COMPONENTS } from '../../models/employee.js';

/**
 * Where a pay code (*lønnsart*) goes: one of the DEF-PAY components, or `notPay` (holiday pay,
 * expense refunds, severance …: not pay for ARP).
 *
 * @example
 * ```ts
 * PAY_CODE_TARGETS.includes('notPay'); // true
 * ```
 */
export const PAY_CODE_TARGETS = [...PAY_COMPONENTS, 'notPay'] as const;
/** A pay-code target. See {@link PAY_CODE_TARGETS}. */
export type PayCodeTarget = (typeof PAY_CODE_TARGETS)[number];

/**
 * A pay-code table (*lønnsartstabell*): the employer's pay codes → DEF-PAY component, as JSON.
 *
 * The CSV importer reads two layouts:
 * - **wide**: one column per pay code, one row per employment. A column belongs to a pay code when
 *   its header is the code, or starts with the code followed by a space, `-`, `_`, `:` or `.`
 *   (`"1000 Fastlønn"`, `"1000-Fastlønn"`). Columns of one component are summed; `notPay`
 *   columns are read past; `annualColumns` may name them.
 * - **long**: a `payCode` and a `payAmount` column (map them with a column mapping), one row per
 *   pay line. The lines of one employment must be consecutive rows with the same `employeeId`;
 *   the employment's other fields are read from its first row. Amounts of one component are
 *   summed (negative correction lines are fine while the sum stays ≥ 0); a code not in the table
 *   is a warning (`unknown_pay_code`) and its amount is not counted; `notPay` lines are read past.
 *   Amounts are monthly (`annualColumns` does not apply), and wide pay columns cannot be mixed in.
 *
 * @example
 * ```ts
 * const table = PayCodeTableSchema.parse({ '1000': 'basePay', '1100': 'fixedAllowances', '2300': 'overtime', '9000': 'notPay' });
 * ```
 */
export const PayCodeTableSchema = z.record(z.string().min(1), z.enum(PAY_CODE_TARGETS));
/** A pay-code table after parsing. See {@link PayCodeTableSchema}. */
export type PayCodeTable = z.output<typeof PayCodeTableSchema>;
