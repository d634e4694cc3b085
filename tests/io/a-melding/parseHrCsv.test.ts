import { describe, expect, it } from 'vitest';
import { parseHrCsv, readAMelding } from '../../../src/io/a-melding/index.js';
import { aMeldingXml, nationalId, orgNumber } from './generator.js';

const W = nationalId('010185', 'female');
const M = nationalId('020290', 'male');

describe('parseHrCsv', () => {
  it('reads a Norwegian export: semicolons, BOM, Windows-1252 headers, K/M, ja/nei, aliases', () => {
    const text = `Fødselsnummer;Ansattnr;Kjønn;Stillingsnivå;Stillingsgruppe;Enhet;Ufrivillig deltid\n${W};17;K;L2;G1;Oslo/IT;ja\n${M};18;mann;L3;;;\n`;
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const latin1 = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    for (const input of [text, bytes, latin1]) {
      const r = parseHrCsv(input, { file: 'hr.csv' });
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(r.records).toEqual([
        { row: 1, nationalId: W, employeeNumber: '17', sex: 'female', jobLevel: 'L2', jobGroup: 'G1', unit: 'Oslo/IT', involuntaryPartTime: true },
        { row: 2, nationalId: M, employeeNumber: '18', sex: 'male', jobLevel: 'L3' },
      ]);
    }
  });

  it('a column mapping for other headers; comma separated', () => {
    const r = parseHrCsv(`Person,Gender code\n${W},F\n`, { columnMapping: { Person: 'nationalId', 'Gender code': 'sex' } });
    expect(r.records).toEqual([{ row: 1, nationalId: W, sex: 'female' }]);
  });

  it('errors name the row, never echo a national id; rows with errors are left out and counted', () => {
    const bad = '01018512345';
    const r = parseHrCsv(`fnr;kjønn;ufrivillig deltid\n${bad};K;\n${W};X;\n${M};M;kanskje\n;;\n${nationalId('030303', 'male')};;\n`, { file: 'hr.csv' });
    expect(r.diagnostics.map((d) => [d.code, d.record, d.path.join('.')])).toEqual([
      ['invalid_national_id', 1, 'nationalId'],
      ['unknown_sex_value', 2, 'sex'],
      ['invalid_value', 3, 'involuntaryPartTime'],
    ]);
    expect(JSON.stringify(r.diagnostics)).not.toContain(bad);
    expect(r.read).toBe(4);
    expect(r.rejected).toBe(3);
    expect(r.records).toHaveLength(1);
  });

  it('no join column → missing_columns, fatal', () => {
    const r = parseHrCsv('navn;kjønn\nA;K\n');
    expect(r.fatal).toBe(true);
    expect(r.diagnostics[0]?.code).toBe('missing_columns');
  });

  it('joins to the a-melding; diagnostics of unmatched HR rows name the CSV row', async () => {
    const entity = orgNumber('91000000');
    const xml = aMeldingXml({
      month: '2025-12',
      legalEntity: entity,
      subunits: [
        {
          orgNumber: orgNumber('92000000'),
          persons: [
            {
              nationalId: W,
              employments: [
                {
                  arbeidsforholdId: '17',
                  typeArbeidsforhold: 'ordinaertArbeidsforhold',
                  startdato: '2020-01-01',
                  stillingsprosent: '80',
                  formForAnsettelse: 'fast',
                },
              ],
              incomes: [{ beskrivelse: 'fastloenn', beloep: '40000', arbeidsforholdId: '17' }],
            },
          ],
        },
      ],
    });
    const hr = parseHrCsv(`fnr;ansattnr;kjønn;nivå\n;99;M;L1\n${W};17;K;L2\n`, { file: 'hr.csv' });
    const r = await readAMelding([{ name: 'dec.xml', content: xml }], { year: 2025, hr: hr.records, hrFile: 'hr.csv' });
    expect(r.records[0]).toMatchObject({ employeeId: '17', gender: 'female', jobLevel: 'L2', genderDerivedFromNationalId: false });
    expect(r.diagnostics.map((d) => [d.code, d.file, d.record])).toEqual([['hr_record_unmatched', 'hr.csv', 1]]);
  });
});
