import { formatRatio } from '../_lib/money.js';

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

function parseDecimal(text: string | number): { n: bigint; d: bigint } | null {
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
 * @throws {RangeError} when an amount is not a plain decimal number
 * @example
 * ```ts
 * womenShareOfMenPay('55280', '62680'); // '88.2' (SSB 2024)
 * womenShareOfMenPay('100', '0');       // null
 * ```
 */
export function womenShareOfMenPay(womenPay: string | number, menPay: string | number, decimals = 1): string | null {
  const w = parseDecimal(womenPay);
  const m = parseDecimal(menPay);
  if (w === null || m === null) throw new RangeError('womenShareOfMenPay: expected plain decimal amounts such as "55280.00"');
  if (m.n === 0n) return null;
  return formatRatio(w.n * m.d * 100n, w.d * m.n, decimals);
}
