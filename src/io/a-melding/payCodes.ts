import type { PayComponent } from '../../models/employee.js';

/**
 * How the a-melding's `loennsinntekt/beskrivelse` codes map to the pay components of DEF-PAY
 * (ARP.md §7). Codes not listed (`feriepenger`, `trekkILoennForFerie`, `sluttvederlag`, `annet` …)
 * are not pay for ARP. Any line with `fordel` `naturalytelse` is a benefit in kind, and any line
 * with `fordel` `utgiftsgodtgjoerelse` is not pay, whatever its code.
 *
 * @example
 * ```ts
 * A_MELDING_PAY_CODES.timeloenn; // 'basePay'
 * ```
 */
export const A_MELDING_PAY_CODES: Readonly<Record<string, PayComponent>> = Object.freeze({
  fastloenn: 'basePay',
  honorarAkkordProsentProvisjon: 'basePay',
  timeloenn: 'basePay',
  fastTillegg: 'fixedAllowances',
  uregelmessigeTilleggKnyttetTilArbeidetTid: 'irregularAllowances',
  uregelmessigeTilleggKnyttetTilIkkeArbeidetTid: 'irregularAllowances',
  helligdagstillegg: 'irregularAllowances',
  bonus: 'bonus',
  overtidsgodtgjoerelse: 'overtime',
  naturalytelse: 'benefitsInKind',
});

/**
 * The pay component of one a-melding income line (*inntekt*), or `null` when it is not pay for ARP.
 *
 * @param fordel - `kontantytelse`, `naturalytelse` or `utgiftsgodtgjoerelse`
 * @param beskrivelse - the `loennsinntekt/beskrivelse` code
 * @returns the component, or `null`
 * @example
 * ```ts
 * payComponentOfIncome('kontantytelse', 'fastloenn'); // 'basePay'
 * payComponentOfIncome('naturalytelse', 'elektroniskKommunikasjon'); // 'benefitsInKind'
 * payComponentOfIncome('kontantytelse', 'feriepenger'); // null
 * ```
 */
export function payComponentOfIncome(fordel: string | null, beskrivelse: string | null): PayComponent | null {
  if (fordel === 'naturalytelse') return 'benefitsInKind';
  if (fordel === 'utgiftsgodtgjoerelse') return null;
  if (beskrivelse === null) return null;
  return Object.hasOwn(A_MELDING_PAY_CODES, beskrivelse) ? (A_MELDING_PAY_CODES[beskrivelse] ?? null) : null;
}
