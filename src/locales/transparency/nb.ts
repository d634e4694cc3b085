import type { TransparencyTexts } from './types.js';

/** Bokmålstekstene til lønnsåpenhetsindikatorene. @internal */
export const transparencyNb: TransparencyTexts = {
  hidden: (p) => {
    switch (p.code) {
      case 'pay-below-threshold':
        return `Skjult: et lønnstall eller et antall for et kjønn publiseres bare når minst ${p.payMin} personer av det kjønnet står bak (ANON-2, ANON-4).`;
      case 'band-below-threshold':
        return `Skjult: andelene kvinner og menn i et lønnskvartil publiseres bare når kvartilet har minst ${p.payMin} kvinner og ${p.payMin} menn, eller ingen av et kjønn (ANON-2).`;
      case 'recipients-below-threshold':
        return p.attributeMin === p.restMin
          ? `Skjult: et antall personer som får variabel lønn, publiseres bare når både de som får det og de som ikke får det, er 0 eller minst ${p.attributeMin} (ANON-2).`
          : `Skjult: et antall personer som får variabel lønn, publiseres bare når de som får det, er 0 eller minst ${p.attributeMin}, og de som ikke får det, 0 eller minst ${p.restMin} (ANON-2).`;
      case 'complementary':
        return 'Skjult for at en annen skjult verdi ikke skal kunne regnes ut ved subtraksjon fra en sum, en total eller et lønnsgap som er publisert (ANON-3).';
      default:
        return 'Ikke publisert: reglene publiserer bare forholdstall, ingen kronebeløp (ANON-4).';
    }
  },
  title: 'Lønnsåpenhet (EUs lønnsåpenhetsdirektiv, art. 9)',
  intro: (p) =>
    `Indikatorene i direktiv (EU) 2023/970 art. 9 nr. 1 for ${p.year}, per ${p.referenceDate}: ${p.women} kvinner og ${p.men} menn. Lønnsgapet er menns lønn minus kvinners, i prosent av menns.`,
  notPublished: 'Interne tall: ikke publisert etter publiseringsreglene (ingen verdier skjult).',
  indicator: 'Indikator',
  women: 'Kvinner',
  men: 'Menn',
  gap: 'Lønnsgap (%)',
  persons: 'Personer',
  hiddenMark: 'skjult',
  pay: {
    hourlyMean: '(a) Gjennomsnittlig timelønn, kr',
    hourlyMedian: '(c) Median timelønn, kr',
    annualMean: 'Gjennomsnittlig årslønn, kr',
    annualMedian: 'Median årslønn, kr',
    variableMean: '(b) Gjennomsnittlig tilleggs- eller variabel timelønn, kr (blant mottakerne)',
    variableMedian: '(d) Median tilleggs- eller variabel timelønn, kr (blant mottakerne)',
  },
  payNote: 'Timelønn er årslønn delt på årstimer (ukentlige timer i full stilling × stillingsprosent × 52 uker); lønn omfatter alle lønnsdeler.',
  recipientsTitle: '(e) Personer som får tilleggs- eller variabel lønn',
  recipientsShare: 'Andel av kjønnet (%)',
  quartilesTitle: '(f) Kvinner og menn i lønnskvartilene',
  quartilesNote: 'Personene sortert etter timelønn og delt i fire like store grupper, den laveste først.',
  band: (band) => (band === 0 ? 'Laveste kvartil' : band === 3 ? 'Høyeste kvartil' : `${band + 1}. kvartil`),
  womenPercent: 'Kvinner (%)',
  menPercent: 'Menn (%)',
  chartTitle: 'Kvinner og menn i lønnskvartilene',
  chartDesc: 'For hvert av de fire lønnskvartilene, det laveste først: andelen kvinner og menn i prosent. Skjulte andeler er utelatt.',
  categoriesTitle: '(g) Lønnsgap per arbeidstakerkategori',
  categoriesNote: 'Bare for tilsynsmyndigheten og arbeidstakernes representanter (art. 9 nr. 7); skal ikke publiseres.',
  category: 'Kategori',
  noCategory: 'Uten kategori',
  basicMeanGap: 'Grunnlønn, gap i gjennomsnitt (%)',
  basicMedianGap: 'Grunnlønn, gap i median (%)',
  hourlyMeanGap: 'Timelønn, gap i gjennomsnitt (%)',
  hourlyMedianGap: 'Timelønn, gap i median (%)',
  variableMeanGap: 'Variabel lønn, gap i gjennomsnitt (%)',
  variableMedianGap: 'Variabel lønn, gap i median (%)',
  jointAssessment: 'Felles lønnsvurdering (art. 10)',
  jointReasons: {
    'gap-at-or-above-threshold': 'kreves: gapet i gjennomsnitt er på eller over terskelen',
    'remedy-after-deadline': 'kreves: utbedringen kommer etter fristen',
    'gap-below-threshold': 'kreves ikke: gapet er under terskelen',
    'gap-not-computable': 'kreves ikke: gapet kan ikke regnes ut',
    justified: 'kreves ikke: begrunnet i objektive, kjønnsnøytrale kriterier',
    'remedied-within-deadline': 'kreves ikke: utbedret innen fristen',
    'not-a-category': 'personer uten kategori: gi dem en',
  },
  jointRequired: (p) => `Felles lønnsvurdering kreves for: ${p.categories.join(', ')}.`,
  jointNone: 'Ingen kategori krever felles lønnsvurdering.',
  notesTitle: 'Skjulte verdier',
  sheets: { indicators: 'Lønnsåpenhet', quartiles: 'Lønnskvartiler', categories: 'Kategorier (g)', hidden: 'Skjulte verdier' },
  path: 'Verdi',
  reason: 'Begrunnelse',
  help: `Bruk: likestilling transparency <filer…> --year <år> [valg]
      likestilling transparency --workers <n> --year <år>

Lønnsåpenhetsindikatorene i EUs lønnsåpenhetsdirektiv (EU) 2023/970 art. 9 nr. 1 bokstav a–g og
testen for felles lønnsvurdering i art. 10 (ARP.md §8, TRN-1 til TRN-7), fra de samme dataene som
likestilling report leser: en kanonisk ansatt-CSV; en HR- eller regnearkeksport med --mapping,
--profile og --pay-codes; eller et års a-meldingsfiler (*.xml) med --hr. Med --publish publiseres
tallene først etter reglene (ANON-*): a–f offentlig, g bare for tilsynsmyndigheten og
representantene, skjulte verdier med begrunnelse.

Valg:
  --year <år>              kalenderåret det rapporteres for (påkrevd)
  --workers <n>            uten data: om en rapport skal leveres i --year for n arbeidstakere,
                           hvor ofte og for hvilket år (art. 9 nr. 2–4, TRN-6), som JSON
  --mapping <fil>          kolonnekobling (JSON): { "deres overskrift": "felt", … }
  --profile <fil>          importprofil (JSON)
  --pay-codes <fil>        lønnskodetabell (JSON)
  --hr <fil>               HR-fil som kobles til a-meldingen
  --publish                publiser etter reglene (skjul små grupper, ANON-2, ANON-3)
  --policy <fil>           publiseringsregler (JSON: terskler, ratiosOnly); gir --publish
  --for-authority          md, html, xlsx: ta med g og felles lønnsvurdering
  --format <format>        json (standard), md, html eller xlsx
  --out <fil>              skriv til en fil i stedet for standard ut (påkrevd for xlsx)
  -q, --quiet              ingen fremdriftslinje i terminalen
  --lang <språk>           nb, nn eller en (også norsk, bokmål, nynorsk, engelsk); standard: fra
                           LC_ALL, LC_MESSAGES eller LANG, ellers en (avsnittet: --lang, ellers bokmål)
  -h, --help               denne hjelpen

Avslutningskoder: 0 ferdig; 1 ferdig, men dataene hadde feil (rader utelatt); 2 ugyldige
argumenter eller uleselige inndata.
`,
};
