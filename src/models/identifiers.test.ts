import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isValidOrganisationNumber, isValidNationalId, sexFromNationalId, OrganisationNumberSchema } from '../index.js';

/** Independent reference: the mod 11 check digit for the given weights, or null when it would be 10. */
function mod11(digits: string, weights: readonly number[]): number | null {
  const sum = weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);
  const k = (11 - (sum % 11)) % 11;
  return k === 10 ? null : k;
}

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

describe('organisation number (ARP.md §7: 9 digits, mod 11, weights 3,2,7,6,5,4,3,2)', () => {
  it('accepts known numbers and rejects their neighbours', () => {
    expect(isValidOrganisationNumber('974760673')).toBe(true); // Brønnøysundregistrene
    expect(isValidOrganisationNumber('974760674')).toBe(false);
    expect(isValidOrganisationNumber('97476067')).toBe(false);
    expect(isValidOrganisationNumber('97476067a')).toBe(false);
    expect(isValidOrganisationNumber(' 974760673')).toBe(false);
  });

  it('property: agrees with an independent mod 11 computation, and detects every single-digit change', () => {
    fc.assert(
      fc.property(digits(8), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (body, pos, delta) => {
        const k = mod11(body, [3, 2, 7, 6, 5, 4, 3, 2]);
        for (let d = 0; d <= 9; d++) expect(isValidOrganisationNumber(body + d)).toBe(k === d);
        if (k === null) return;
        const valid = body + k;
        const changed = valid.slice(0, pos) + ((Number(valid[pos]) + delta) % 10) + valid.slice(pos + 1);
        expect(isValidOrganisationNumber(changed)).toBe(false);
        expect(OrganisationNumberSchema.safeParse(valid).success).toBe(true);
      }),
    );
  });
});

describe('national id (ARP.md §7)', () => {
  it('checks both control digits of pre-2032 numbers', () => {
    const body = '010100123';
    const k1 = mod11(body, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    const k2 = mod11(body + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    const id = `${body}${k1}${k2}`;
    expect(isValidNationalId(id)).toBe(true);
    expect(isValidNationalId(id, { allowPost2032: false })).toBe(true);
    expect(isValidNationalId(id.slice(0, 10) + ((Number(id[10]) + 1) % 10))).toBe(false);
    expect(isValidNationalId('0101001235')).toBe(false);
  });

  it('sex only as a fallback from the 9th digit of pre-2032 numbers; unknown otherwise', () => {
    const make = (body: string) => {
      const k1 = mod11(body, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
      if (k1 === null) return null;
      const k2 = mod11(body + k1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
      return k2 === null ? null : `${body}${k1}${k2}`;
    };
    fc.assert(
      fc.property(digits(9), (body) => {
        const id = make(body);
        if (id === null) return;
        expect(sexFromNationalId(id)).toBe(Number(body[8]) % 2 === 1 ? 'male' : 'female');
      }),
    );
    expect(sexFromNationalId('12345678901')).toBe('unknown');
    expect(sexFromNationalId('abc')).toBe('unknown');
  });
});
