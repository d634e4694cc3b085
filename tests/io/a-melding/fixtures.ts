/**
 * The committed a-melding fixtures (`tests/fixtures/a-melding/`), built by the generator so they
 * can never drift from it (`fixtures.test.ts` checks). Regenerate with
 * `npx tsx tests/io/a-melding/write-fixtures.ts`.
 *
 * - `2025/a-melding-2025-MM.xml`: 12 months of a company of 10 employees (v2_3), with a temporary,
 *   an hourly worker, a freelancer, parental leave, a leaver, a starter, bonuses, overtime; the
 *   averages of irregular allowances and bonuses are fractions of an øre (`wholeAverages: false`),
 *   so rounding them anywhere before the published figure shows (DEF-ROUND, issue 16).
 * - `2025/hr.csv`: the HR file for them (semicolons, Norwegian headers, K/M, ja/nei).
 * - `bad/`: a wrong namespace, a non-a-melding XML, a truncated a-melding.
 */
import { generateYear, NS } from './generator.js';

export const FIXTURE_YEAR = 2025;

/** The year the fixture files encode, with its truth. */
export function fixtureYear(): ReturnType<typeof generateYear> {
  return generateYear({ year: FIXTURE_YEAR, employees: 10, seed: 1, wholeAverages: false });
}

/** The involuntary part-time answer the fixture's HR file gives an employment (`ja`, `nei`, or none). */
export function fixtureInvoluntary(t: { readonly positionPercent: number | null; readonly arbeidsforholdId: string }): 'ja' | 'nei' | '' {
  return t.positionPercent !== null && t.positionPercent > 0 && t.positionPercent < 100 ? (t.arbeidsforholdId.endsWith('3') ? 'ja' : 'nei') : '';
}

export function fixtureFiles(): Record<string, string> {
  const g = fixtureYear();
  const out: Record<string, string> = {};
  for (const f of g.files) out[`2025/${f.name}`] = f.content;
  const hr = ['Fødselsnummer;Ansattnr;Kjønn;Stillingsnivå;Stillingsgruppe;Enhet;Ufrivillig deltid'];
  for (const t of g.truth) {
    const inv = fixtureInvoluntary(t);
    hr.push([t.nationalId, t.arbeidsforholdId, t.sex === 'female' ? 'K' : 'M', t.jobLevel, t.jobGroup, t.unit, inv].join(';'));
  }
  out['2025/hr.csv'] = hr.join('\n') + '\n';
  const december = g.files[11]?.content ?? '';
  out['bad/wrong-namespace.xml'] = december.replace(NS.v2_3, 'urn:ske:fastsetting:innsamling:a-meldingen:v2_1');
  out['bad/not-a-melding.xml'] = '<?xml version="1.0"?>\n<invoice xmlns="urn:example:invoice"><total>100</total></invoice>\n';
  out['bad/truncated.xml'] = december.slice(0, Math.floor(december.length / 2));
  return out;
}
