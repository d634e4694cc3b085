import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, formatOre } from '../../../src/_lib/money.js';
import { readAMelding } from '../../../src/io/a-melding/index.js';
import { aMeldingXml, nationalId, orgNumber } from './generator.js';

const ENTITY = orgNumber('91000000');
const SUB = orgNumber('92000000');
const W = nationalId('010185', 'female');

describe('DEF-PAY averaging (property): year sum ÷ active months, half-up to whole øre, exact', () => {
  it('matches an exact decimal reference for random amounts, start months and payment months', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 50_000_000 }), fc.constantFrom('bonus', 'overtidsgodtgjoerelse', 'helligdagstillegg')), { maxLength: 20 }),
        async (startMonth, payments) => {
          const months = Array.from({ length: 13 - startMonth }, (_, i) => startMonth + i);
          const start = `2025-${String(startMonth).padStart(2, '0')}-01`;
          const files = months.map((m) => {
            const month = `2025-${String(m).padStart(2, '0')}`;
            const incomes = payments.filter(([pm]) => pm === m || (pm < startMonth && m === startMonth)).map(([, ore, code]) => ({ beskrivelse: code, beloep: formatOre(ore), arbeidsforholdId: 'A' }));
            return {
              name: `${month}.xml`,
              content: aMeldingXml({ month, legalEntity: ENTITY, subunits: [{ orgNumber: SUB, persons: [{ nationalId: W, employments: [{ arbeidsforholdId: 'A', typeArbeidsforhold: 'ordinaertArbeidsforhold', startdato: start, stillingsprosent: '100', formForAnsettelse: 'fast' }], incomes }] }] }),
            };
          });
          const r = await readAMelding(files, { year: 2025 });
          const e = r.records[0];
          expect(e).toBeDefined();
          const expected = (code: string): number => {
            const sum = payments.filter(([, , c]) => c === code).reduce((a, [, ore]) => a + ore, 0);
            return new Dec(sum).dividedBy(months.length).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
          };
          expect(e?.pay.bonus).toBe(expected('bonus'));
          expect(e?.pay.overtime).toBe(expected('overtidsgodtgjoerelse'));
          expect(e?.pay.irregularAllowances).toBe(expected('helligdagstillegg'));
        },
      ),
      { numRuns: 60 },
    );
  });
});
