import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, formatOre } from '../../../src/_lib/money.js';
import { readAMelding } from '../../../src/io/a-melding/index.js';
import { aMeldingXml, nationalId, orgNumber } from './generator.js';

const ENTITY = orgNumber('91000000');
const SUB = orgNumber('92000000');
const W = nationalId('010185', 'female');

describe('DEF-PAY averaging (property): year sum ÷ active months, exact (DEF-ROUND: in 1/payDivisor øre, never rounded)', () => {
  it('matches an exact decimal reference for random amounts, start months and payment months', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 12 }),
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 12 }),
            fc.integer({ min: 0, max: 50_000_000 }),
            fc.constantFrom('bonus', 'overtidsgodtgjoerelse', 'helligdagstillegg'),
          ),
          { maxLength: 20 },
        ),
        async (startMonth, payments) => {
          const months = Array.from({ length: 13 - startMonth }, (_, i) => startMonth + i);
          const start = `2025-${String(startMonth).padStart(2, '0')}-01`;
          const files = months.map((m) => {
            const month = `2025-${String(m).padStart(2, '0')}`;
            const incomes = payments
              .filter(([pm]) => pm === m || (pm < startMonth && m === startMonth))
              .map(([, ore, code]) => ({ beskrivelse: code, beloep: formatOre(ore), arbeidsforholdId: 'A' }));
            return {
              name: `${month}.xml`,
              content: aMeldingXml({
                month,
                legalEntity: ENTITY,
                subunits: [
                  {
                    orgNumber: SUB,
                    persons: [
                      {
                        nationalId: W,
                        employments: [
                          {
                            arbeidsforholdId: 'A',
                            typeArbeidsforhold: 'ordinaertArbeidsforhold',
                            startdato: start,
                            stillingsprosent: '100',
                            formForAnsettelse: 'fast',
                          },
                        ],
                        incomes,
                      },
                    ],
                  },
                ],
              }),
            };
          });
          const r = await readAMelding(files, { year: 2025 });
          const e = r.records[0];
          expect(e).toBeDefined();
          const expected = (code: string): Dec => {
            const sum = payments.filter(([, , c]) => c === code).reduce((a, [, ore]) => a + ore, 0);
            return new Dec(sum).dividedBy(months.length);
          };
          // the record's amounts are in 1/payDivisor øre: each divided back is the exact average
          const divisor = e?.payDivisor ?? 1;
          expect(Number.isInteger(divisor) && divisor >= 1 && divisor <= 12).toBe(true);
          expect(e?.payDivisor).not.toBe(1); // whole øre is said by leaving it out
          const exact = (amount: number | undefined): string => new Dec(amount ?? Number.NaN).dividedBy(divisor).toString();
          expect(exact(e?.pay.bonus)).toBe(expected('bonus').toString());
          expect(exact(e?.pay.overtime)).toBe(expected('overtidsgodtgjoerelse').toString());
          expect(exact(e?.pay.irregularAllowances)).toBe(expected('helligdagstillegg').toString());
          // the smallest such unit: no common factor left between the divisor and every average's numerator
          if (divisor > 1)
            expect(
              [e?.pay.bonus, e?.pay.overtime, e?.pay.irregularAllowances, e?.pay.benefitsInKind, e?.pay.basePay, e?.pay.fixedAllowances].every(
                (v) => (v ?? 0) % divisor === 0,
              ),
            ).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});
