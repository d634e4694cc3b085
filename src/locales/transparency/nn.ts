import type { TransparencyTexts } from './types.js';

/** Nynorsktekstane til lønsopenheitsindikatorane. @internal */
export const transparencyNn: TransparencyTexts = {
  hidden: (p) => {
    switch (p.code) {
      case 'pay-below-threshold':
        return `Skjult: eit lønstal eller eit tal på personar av eit kjønn blir publisert berre når minst ${p.payMin} personar av det kjønnet står bak (ANON-2, ANON-4).`;
      case 'band-below-threshold':
        return `Skjult: delane kvinner og menn i ein lønskvartil blir publiserte berre når kvartilen har minst ${p.payMin} kvinner og ${p.payMin} menn, eller ingen av eit kjønn (ANON-2).`;
      case 'recipients-below-threshold':
        return p.attributeMin === p.restMin
          ? `Skjult: talet på personar som får variabel løn, blir publisert berre når både dei som får det og dei som ikkje får det, er 0 eller minst ${p.attributeMin} (ANON-2).`
          : `Skjult: talet på personar som får variabel løn, blir publisert berre når dei som får det, er 0 eller minst ${p.attributeMin}, og dei som ikkje får det, 0 eller minst ${p.restMin} (ANON-2).`;
      case 'complementary':
        return 'Skjult for at ein annan skjult verdi ikkje skal kunne reknast ut ved subtraksjon frå ein sum, ein total eller eit lønsgap som er publisert (ANON-3).';
      default:
        return 'Ikkje publisert: reglane publiserer berre forholdstal, ingen kronebeløp (ANON-4).';
    }
  },
  title: 'Lønsopenheit (EUs lønsopenheitsdirektiv, art. 9)',
  intro: (p) =>
    `Indikatorane i direktiv (EU) 2023/970 art. 9 nr. 1 for ${p.year}, per ${p.referenceDate}: ${p.women} kvinner og ${p.men} menn. Lønsgapet er løna til menn minus løna til kvinner, i prosent av løna til menn.`,
  notPublished: 'Interne tal: ikkje publiserte etter publiseringsreglane (ingen verdiar skjulte).',
  indicator: 'Indikator',
  women: 'Kvinner',
  men: 'Menn',
  gap: 'Lønsgap (%)',
  persons: 'Personar',
  hiddenMark: 'skjult',
  pay: {
    hourlyMean: '(a) Gjennomsnittleg timeløn, kr',
    hourlyMedian: '(c) Median timeløn, kr',
    annualMean: 'Gjennomsnittleg årsløn, kr',
    annualMedian: 'Median årsløn, kr',
    variableMean: '(b) Gjennomsnittleg tilleggs- eller variabel timeløn, kr (blant mottakarane)',
    variableMedian: '(d) Median tilleggs- eller variabel timeløn, kr (blant mottakarane)',
  },
  payNote: 'Timeløn er årsløn delt på årstimar (timar i veka i full stilling × stillingsprosent × 52 veker); løn omfattar alle lønsdelar.',
  recipientsTitle: '(e) Personar som får tilleggs- eller variabel løn',
  recipientsShare: 'Del av kjønnet (%)',
  quartilesTitle: '(f) Kvinner og menn i lønskvartilane',
  quartilesNote: 'Personane sorterte etter timeløn og delte i fire like store grupper, den lågaste først.',
  band: (band) => (band === 0 ? 'Lågaste kvartil' : band === 3 ? 'Høgaste kvartil' : `${band + 1}. kvartil`),
  womenPercent: 'Kvinner (%)',
  menPercent: 'Menn (%)',
  chartTitle: 'Kvinner og menn i lønskvartilane',
  chartDesc: 'For kvar av dei fire lønskvartilane, den lågaste først: delen kvinner og menn i prosent. Skjulte delar er utelatne.',
  categoriesTitle: '(g) Lønsgap per arbeidstakarkategori',
  categoriesNote: 'Berre for tilsynsstyresmakta og representantane til arbeidstakarane (art. 9 nr. 7); skal ikkje publiserast.',
  category: 'Kategori',
  noCategory: 'Utan kategori',
  basicMeanGap: 'Grunnløn, gap i gjennomsnitt (%)',
  basicMedianGap: 'Grunnløn, gap i median (%)',
  hourlyMeanGap: 'Timeløn, gap i gjennomsnitt (%)',
  hourlyMedianGap: 'Timeløn, gap i median (%)',
  variableMeanGap: 'Variabel løn, gap i gjennomsnitt (%)',
  variableMedianGap: 'Variabel løn, gap i median (%)',
  jointAssessment: 'Felles lønsvurdering (art. 10)',
  jointReasons: {
    'gap-at-or-above-threshold': 'krevst: gapet i gjennomsnitt er på eller over terskelen',
    'remedy-after-deadline': 'krevst: utbetringa kjem etter fristen',
    'gap-below-threshold': 'krevst ikkje: gapet er under terskelen',
    'gap-not-computable': 'krevst ikkje: gapet kan ikkje reknast ut',
    justified: 'krevst ikkje: grunngitt i objektive, kjønnsnøytrale kriterium',
    'remedied-within-deadline': 'krevst ikkje: utbetra innan fristen',
    'not-a-category': 'personar utan kategori: gi dei ein',
  },
  jointRequired: (p) => `Felles lønsvurdering krevst for: ${p.categories.join(', ')}.`,
  jointNone: 'Ingen kategori krev felles lønsvurdering.',
  notesTitle: 'Skjulte verdiar',
  sheets: { indicators: 'Lønsopenheit', quartiles: 'Lønskvartilar', categories: 'Kategoriar (g)', hidden: 'Skjulte verdiar' },
  path: 'Verdi',
  reason: 'Grunngiving',
  help: `Bruk: likestilling transparency <filer…> --year <år> [val]
      likestilling transparency --workers <n> --year <år>

Lønsopenheitsindikatorane i EUs lønsopenheitsdirektiv (EU) 2023/970 art. 9 nr. 1 bokstav a–g og
testen for felles lønsvurdering i art. 10 (ARP.md §8, TRN-1 til TRN-7), frå dei same dataa som
likestilling report les: ein kanonisk tilsett-CSV; ein HR- eller reknearkeksport med --mapping,
--profile og --pay-codes; eller eitt års a-meldingsfiler (*.xml) med --hr. Med --publish blir
tala først publiserte etter reglane (ANON-*): a–f offentleg, g berre for tilsynsstyresmakta og
representantane, skjulte verdiar med grunngiving.

Val:
  --year <år>              kalenderåret det blir rapportert for (påkravd)
  --workers <n>            utan data: om ein rapport skal leverast i --year for n arbeidstakarar,
                           kor ofte og for kva år (art. 9 nr. 2–4, TRN-6), som JSON
  --mapping <fil>          kolonnekopling (JSON): { "overskrifta deira": "felt", … }
  --profile <fil>          importprofil (JSON)
  --pay-codes <fil>        lønskodetabell (JSON)
  --hr <fil>               HR-fil som blir kopla til a-meldinga
  --publish                publiser etter reglane (skjul små grupper, ANON-2, ANON-3)
  --policy <fil>           publiseringsreglar (JSON: tersklar, ratiosOnly); gir --publish
  --for-authority          md, html, xlsx: ta med g og felles lønsvurdering
  --format <format>        json (standard), md, html eller xlsx
  --out <fil>              skriv til ei fil i staden for standard ut (påkravd for xlsx)
  -q, --quiet              inga framdriftslinje i terminalen
  --lang <språk>           nb, nn eller en (også norsk, bokmål, nynorsk, engelsk); standard: frå
                           LC_ALL, LC_MESSAGES eller LANG, elles en (avsnittet: --lang, elles bokmål)
  -h, --help               denne hjelpa

Avslutningskodar: 0 ferdig; 1 ferdig, men dataa hadde feil (rader utelatne); 2 ugyldige
argument eller uleselege inndata.
`,
};
