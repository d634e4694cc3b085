import { formatRatio } from '../_lib/money.js';

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

function parse(text: string | number): { n: bigint; d: bigint } | null {
  const m = DECIMAL.exec(String(text).trim());
  if (m === null) return null;
  const frac = m[3] ?? '';
  const n = BigInt((m[2] ?? '0') + frac);
  return { n: m[1] === '-' ? -n : n, d: 10n ** BigInt(frac.length) };
}

/**
 * The gender pay gap (TRN-2): (men − women) / men × 100, exact, rounded once to `decimals`, half
 * away from zero (−2.25 → −2.3). Negative when women are paid more. The indicators compute it from
 * unrounded values; this helper is for amounts a caller has.
 *
 * @param menPay - men's mean or median pay as a decimal string or number, e.g. `"62680"`
 * @param womenPay - women's pay in the same unit
 * @param decimals - decimals of the result (default 1)
 * @returns the gap as a decimal string, or `null` when men's pay is zero
 * @throws {RangeError} when an amount is not a plain decimal number
 * @see ARP.md §8 TRN-2
 * @example
 * ```ts
 * payGapPercent('62680', '55280'); // '11.8' (SSB 2024)
 * payGapPercent('400', '409');     // '-2.3' (−2.25, half away from zero)
 * payGapPercent('0', '100');       // null
 * ```
 */
export function payGapPercent(menPay: string | number, womenPay: string | number, decimals = 1): string | null {
  const m = parse(menPay);
  const w = parse(womenPay);
  if (m === null || w === null) throw new RangeError('payGapPercent: expected plain decimal amounts such as "62680.00"');
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) throw new RangeError('payGapPercent: decimals must be an integer from 0 to 20');
  if (m.n === 0n) return null;
  // (m − w) / m × 100 with m = mn/md, w = wn/wd
  return formatRatio((m.n * w.d - w.n * m.d) * 100n, m.n * w.d, decimals);
}
