/** The `analysis` group in bokmål. @internal */
import type { AnalysisTexts } from './types.js';

/** The texts of the analysis in bokmål. @internal */
export const analysisNb: AnalysisTexts = {
  dimensions: {
    level: { noun: 'stillingsnivå', plural: 'stillingsnivåer', same: 'samme stillingsnivå' },
    group: { noun: 'stillingsgruppe', plural: 'stillingsgrupper', same: 'samme stillingsgruppe' },
    unit: { noun: 'enhet', plural: 'enheter', same: 'samme enhet' },
  },
  combination: { plural: 'kombinasjoner av {nouns}', same: 'samme kombinasjon av {nouns}' },
  and: 'og',
  split:
    'Av de {total} prosentpoengene mellom kvinners og menns gjennomsnittslønn kommer {composition} av at kvinner og menn arbeider på ulike {plural}, og {within} av lønnsforskjeller innenfor {same}.',
  splitWithOutside:
    'Av de {total} prosentpoengene mellom kvinners og menns gjennomsnittslønn kommer {composition} av at kvinner og menn arbeider på ulike {plural}, {within} av lønnsforskjeller innenfor {same}, og {outside} av {plural} der bare kvinner eller bare menn arbeider.',
  splitWomenAbove:
    'Kvinners gjennomsnittslønn ligger {total} prosentpoeng over menns. Av dette kommer {composition} av at kvinner og menn arbeider på ulike {plural}, og {within} av lønnsforskjeller innenfor {same}.',
  splitWomenAboveWithOutside:
    'Kvinners gjennomsnittslønn ligger {total} prosentpoeng over menns. Av dette kommer {composition} av at kvinner og menn arbeider på ulike {plural}, {within} av lønnsforskjeller innenfor {same}, og {outside} av {plural} der bare kvinner eller bare menn arbeider.',
  equal: 'Kvinner og menn har samme gjennomsnittslønn.',
  noCommonSupport:
    'Forskjellen på {total} prosentpoeng mellom kvinners og menns gjennomsnittslønn kan ikke deles opp etter {noun}: ingen {noun} har både kvinner og menn.',
  oneSexOnly: 'Det er ingen lønnsforskjell mellom kvinner og menn å forklare: lønnstallene omfatter bare ett kjønn.',
  partsHidden:
    'Forskjellen mellom kvinners og menns gjennomsnittslønn er {total} prosentpoeng. Hvordan den fordeler seg på {plural}, publiseres ikke fordi noen grupper er for små.',
  allHidden: 'Lønnsforskjellen mellom kvinner og menn publiseres ikke fordi gruppene er for små.',
  statement: {
    title: 'Hva lønnsforskjellen består av',
    intro:
      'Forskjellen mellom kvinners og menns gjennomsnittslønn er her delt i to: den delen som kommer av at kvinner og menn arbeider på ulike nivåer eller i ulike grupper, og den delen som er lønnsforskjeller mellom kvinner og menn på samme nivå eller i samme gruppe. Tallene er prosentpoeng av menns gjennomsnittlige månedslønn omregnet til heltid, og delene summerer seg til hele forskjellen.',
    byBreakdown: 'Etter {noun}',
    part: 'Del av forskjellen',
    points: 'Prosentpoeng',
    nok: 'Kroner per måned',
    parts: {
      total: 'Hele forskjellen',
      composition: 'Kvinner og menn arbeider på ulike {plural}',
      withinCells: 'Lønnsforskjeller innenfor {same}',
      menOutsideSupport: '{plural} med bare menn',
      womenOutsideSupport: '{plural} med bare kvinner',
    },
    hidden: 'skjult',
    chartTitle: 'Delene av lønnsforskjellen etter {noun}, prosentpoeng av menns gjennomsnittslønn',
    chartDesc: 'Stolpediagram over delene av lønnsforskjellen: {values}.',
    adjustedLower:
      'Sammenlignet med menn med samme {factors} har kvinner {gap} lavere månedslønn omregnet til heltid ({level} konfidensintervall fra {lower} til {upper}; {n} personer).',
    adjustedHigher:
      'Sammenlignet med menn med samme {factors} har kvinner {gap} høyere månedslønn omregnet til heltid ({level} konfidensintervall fra {lower} til {upper}; {n} personer).',
    adjustedNone:
      'Sammenlignet med menn med samme {factors} har kvinner samme månedslønn omregnet til heltid ({level} konfidensintervall fra {lower} til {upper}; {n} personer).',
    significant: 'Forskjellen er statistisk sikker (p-verdi {p}): den kan neppe skyldes tilfeldigheter alene.',
    notSignificant: 'Forskjellen er ikke statistisk sikker (p-verdi {p}): den kan skyldes tilfeldigheter.',
    belowThreshold: 'Den justerte forskjellen er under terskelen på {threshold}.',
    aboveThreshold: 'Den justerte forskjellen er over terskelen på {threshold}, og arbeidsgiveren bør undersøke årsakene nærmere.',
    adjustedHidden: 'Den justerte lønnsforskjellen publiseres ikke fordi det er færre enn {threshold} kvinner eller menn.',
    adjustedNotEstimable: 'Den justerte lønnsforskjellen kan ikke beregnes: det er for få personer eller bare ett kjønn til å sammenligne.',
    factors: { level: 'stillingsnivå', group: 'stillingsgruppe', seniority: 'ansiennitet', partTime: 'stillingsandel (heltid eller deltid)' },
    groupsHeading: 'Justert forskjell i hver stillingsgruppe',
    group: 'Stillingsgruppe',
    adjustedGap: 'Justert forskjell',
    overThreshold: 'Over terskelen',
    yes: 'ja',
    no: 'nei',
    noGroup: 'Uten stillingsgruppe',
    groupsNone: 'I ingen stillingsgruppe er den justerte forskjellen over {threshold}.',
    groupsFlagged: 'Den justerte forskjellen er over {threshold} i disse stillingsgruppene: {list}.',
    groupsHidden: 'For {count} stillingsgrupper publiseres den justerte forskjellen ikke fordi det er færre enn {threshold} kvinner eller menn i gruppen.',
    hiddenWhy:
      'Noen tall vises ikke: de bygger på færre enn {threshold} kvinner eller menn, eller et skjult tall ville ellers kunne regnes ut fra de andre. Slik kan ingen lese av lønnen til enkeltpersoner.',
    reading:
      'Slik leses tallene: den delen som kommer av ulike {plural}, sier hvor kvinner og menn arbeider, ikke hva de får betalt for samme arbeid. Den justerte forskjellen sammenligner kvinner og menn som er like i faktorene over. Den er ikke bevis for diskriminering eller for at det ikke finnes: faktorer som ikke er med, kan både forklare og skjule en forskjell.',
    method:
      'Metode: oppdelingen er Kitagawa–Oaxaca i Ñopos form, regnet eksakt på månedslønn omregnet til heltid. Den justerte forskjellen er en lineær regresjon (minste kvadraters metode) av logaritmen av månedslønn omregnet til heltid på kjønn og de nevnte faktorene.',
    sheet: 'Forklaring',
  },
  cli: {
    help: `Bruk: likestilling analyse <filer…> --year <år> [valg]

Hvorfor lønnsforskjellen (trinn b i arbeidsmetoden, ACT-3; ARP.md §9 EXP-1 til EXP-3): den
eksakte oppdelingen av forskjellen mellom kvinners og menns gjennomsnittslønn etter en inndeling
(sammensetning, innenfor celler, celler med bare ett kjønn), den justerte forskjellen ved
regresjon på objektive faktorer, og den justerte forskjellen per stillingsgruppe. Leser alt som
likestilling report leser: en kanonisk CSV med ansatte; en eksport fra HR eller et regneark med
--mapping, --profile og --pay-codes; eller et års a-meldinger (*.xml) med --hr.

Data:
  --year <år>              regnskapsåret (påkrevd)
  --fiscal-year-end <MM-DD> siste dag i regnskapsåret (standard 12-31)
  --mapping <fil>          kolonneoversikt i JSON: { "deres overskrift": "felt", … }
  --profile <fil>          importprofil i JSON
  --pay-codes <fil>        lønnskodetabell i JSON
  --hr <fil>               HR-fil som kobles til a-meldingen
  -q, --quiet              ingen fremdriftslinje i terminalen

Analysen:
  --by <liste>             inndelinger, kommaseparert: «level», «group», «unit», «unit:N» eller en
                           kombinasjon som «level*group» (standard «level»)
  --factor <liste>         faktorene i regresjonen, kommaseparert, i stedet for standarden
                           («level», «group», «seniority», «senioritySquared», «partTime»)
  --options <fil>          analysevalg i JSON: alle valgene i AnalysisOptionsSchema unntatt
                           «statistics» («weighting», «columns», «references», «standardErrors»,
                           «conventions», «threshold» …); --by og --factor går foran
  --publish                den publiserbare formen (ANON-*): tall for små grupper skjult, med
                           begrunnelse; uten valget er analysen intern (den kan liste opp
                           ansatte): publiser den aldri
  --policy <fil>           publiseringsregler i JSON («payMinPersons», «ratiosOnly»)
  --format <format>        «json» (standard), «md» (også «tekst») eller «html»
  --out <fil>              skriv til en fil i stedet for standard ut
  --lang <språk>           nb, nn eller en (også norsk, bokmål, nynorsk, engelsk); standard: fra
                           LC_ALL, LC_MESSAGES eller LANG, ellers en
  -h, --help               denne hjelpen

Avslutningskoder: 0 ferdig; 1 ferdig, men dataene hadde feil (rader utelatt); 2 ugyldige
argumenter eller filer som ikke kan leses.
`,
    usage: '  likestilling analyse    hvorfor lønnsforskjellen: oppdeling og justert forskjell (EXP-*)',
    title: 'Analyse av lønnsforskjellen {year}',
    internal: 'Intern analyse: tall for små grupper vises. Publiser bare formen som lages med --publish.',
    published: 'Publiserbar form: tall som bygger på færre enn {threshold} kvinner eller menn, er skjult.',
  },
};
