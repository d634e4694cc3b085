import { inputIssue, LikestillingInputError, type InputIssue } from '../_lib/input.js';
import { formatRatio } from '../_lib/money.js';
import { expecting } from '../locales/index.js';

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

function parseDecimal(text: unknown): { n: bigint; d: bigint } | null {
  if (typeof text === 'number' ? !Number.isFinite(text) : typeof text !== 'string') return null;
  const m = DECIMAL.exec(String(text).trim());
  if (m === null) return null;
  const frac = m[3] ?? '';
  const n = BigInt((m[2] ?? '0') + frac);
  return { n: m[1] === '-' ? -n : n, d: 10n ** BigInt(frac.length) };
}

/**
 * Women's share of men's pay (*kvinners andel av menns lønn*, STAT-B1/B2, DEF-AVG):
 * `women / men × 100`, exact, rounded half-up to `decimals` only at the end. The EU pay gap is
 * 100 minus this share.
 *
 * @param womenPay - women's mean or median pay as a decimal string or number (NOK), e.g. `"55280.00"`
 * @param menPay - men's pay in the same unit
 * @param decimals - decimals of the result (default 1)
 * @returns the share as a decimal string, or `null` when men's pay is zero
 * @throws {@link LikestillingInputError} when an amount is not a plain decimal number (`womenPay`,
 *   `menPay`) or `decimals` not an integer 0–20
 * @example
 * ```ts
 * womenShareOfMenPay('55280', '62680'); // '88.2' (SSB 2024)
 * womenShareOfMenPay('100', '0');       // null
 * ```
 */
export function womenShareOfMenPay(womenPay: string | number, menPay: string | number, decimals = 1): string | null {
  const w = parseDecimal(womenPay);
  const m = parseDecimal(menPay);
  const issues: InputIssue[] = [];
  if (w === null) issues.push(inputIssue(['womenPay'], 'invalid_number', expecting('decimalAmount')));
  if (m === null) issues.push(inputIssue(['menPay'], 'invalid_number', expecting('decimalAmount')));
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20)
    issues.push(inputIssue(['decimals'], 'invalid_value', expecting('integerRange', { min: 0, max: 20 })));
  if (w === null || m === null || issues.length > 0) throw new LikestillingInputError('womenShareOfMenPay', issues);
  if (m.n === 0n) return null;
  return formatRatio(w.n * m.d * 100n, w.d * m.n, decimals);
}
