import { z } from 'zod';
import { parseInput } from '../_lib/input.js';
import { expecting } from '../locales/index.js';

const ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;
const NID_WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const NID_WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * (weights[i] ?? 0);
  return sum;
}

/**
 * Whether a text is a valid Norwegian organisation number (*organisasjonsnummer*): 9 digits whose
 * last digit is the mod 11 check digit with weights 3,2,7,6,5,4,3,2 (ARP.md §7).
 *
 * @param text - the candidate, digits only (no spaces)
 * @returns `true` when valid (`false` for anything but such a string)
 * @example
 * ```ts
 * isValidOrganisationNumber('974760673'); // true (Brønnøysundregistrene)
 * isValidOrganisationNumber('974760674'); // false
 * ```
 */
export function isValidOrganisationNumber(text: string): boolean {
  if (typeof text !== 'string' || !/^\d{9}$/.test(text)) return false;
  const rest = 11 - (weightedSum(text, ORG_WEIGHTS) % 11);
  const check = rest === 11 ? 0 : rest;
  return check !== 10 && check === Number(text[8]);
}

/**
 * Whether a text is a valid Norwegian national id (*fødselsnummer*, D-number or H-number):
 * 11 digits with two mod 11 control digits (weights 3,7,6,1,8,9,4,5,2 and 5,4,3,2,7,6,5,4,3,2).
 * Numbers issued from 2032 may use remainders 0–3 for the first control digit; pass
 * `{ allowPost2032: true }` to accept them (ARP.md §7).
 *
 * @param text - the candidate, 11 digits
 * @param options - `allowPost2032`: accept the new-style first control digit (default `true`)
 * @returns `true` when valid (`false` for anything but such a string)
 * @throws {@link LikestillingInputError} when `options` is not `{ allowPost2032?: boolean }`
 * @example
 * ```ts
 * isValidNationalId('01010012356'); // true
 * isValidNationalId('01010012357'); // false
 * ```
 */
export function isValidNationalId(text: string, options?: { readonly allowPost2032?: boolean | undefined }): boolean {
  const allowPost2032 = options === undefined ? true : (parseInput('isValidNationalId', NationalIdOptions, options, ['options']).allowPost2032 ?? true);
  return isNationalId(text, allowPost2032);
}

const NationalIdOptions = z.strictObject({ allowPost2032: z.boolean().optional() });

function isNationalId(text: string, allowPost2032: boolean): boolean {
  if (typeof text !== 'string' || !/^\d{11}$/.test(text)) return false;
  const k2 = (11 - (weightedSum(text, NID_WEIGHTS_2) % 11)) % 11;
  if (k2 === 10 || k2 !== Number(text[10])) return false;
  const r1 = weightedSum(text, NID_WEIGHTS_1) % 11;
  const digit10 = Number(text[9]);
  const k1Old = (11 - r1) % 11;
  if (k1Old !== 10 && k1Old === digit10) return true;
  if (!allowPost2032) return false;
  // From 2032: the first control digit may be any of 11 − r, for a weighted sum whose
  // remainder with the control digit included is 0, 1, 2 or 3.
  const withControl = (r1 + digit10 * 1) % 11;
  return withControl >= 0 && withControl <= 3;
}

/**
 * The sex a pre-2032 national id encodes (9th digit odd = male, even = female), or `'unknown'`
 * when the number is invalid or of the new kind that carries no sex. Only ever a flagged
 * fallback: a number is never a reliable sex source (ARP.md §7).
 *
 * @param text - an 11-digit national id
 * @returns `'female' | 'male' | 'unknown'` (`'unknown'` for anything but a valid pre-2032 id)
 * @example
 * ```ts
 * sexFromNationalId('01010012356'); // 'male' (9th digit 3)
 * ```
 */
export function sexFromNationalId(text: string): 'female' | 'male' | 'unknown' {
  if (!isNationalId(text, false)) return 'unknown';
  return Number(text[8]) % 2 === 1 ? 'male' : 'female';
}

/** A valid organisation number (9 digits, mod 11). */
export const OrganisationNumberSchema = z
  .string()
  .regex(/^\d{9}$/, { message: 'expected 9 digits' })
  .refine(isValidOrganisationNumber, {
    message: 'invalid organisation number (mod 11 check digit)',
    params: { code: 'invalid_org_number', ...expecting('orgNumber') },
  });
