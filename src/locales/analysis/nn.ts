/** The `analysis` group in nynorsk. @internal */
import type { AnalysisTexts } from './types.js';

/** The texts of the analysis in nynorsk. @internal */
export const analysisNn: AnalysisTexts = {
  dimensions: {
    level: { noun: 'stillingsnivå', plural: 'stillingsnivå', same: 'same stillingsnivå' },
    group: { noun: 'stillingsgruppe', plural: 'stillingsgrupper', same: 'same stillingsgruppe' },
    unit: { noun: 'eining', plural: 'einingar', same: 'same eining' },
  },
  combination: { plural: 'kombinasjonar av {nouns}', same: 'same kombinasjon av {nouns}' },
  and: 'og',
  split:
    'Av dei {total} prosentpoenga mellom gjennomsnittsløna til kvinner og menn kjem {composition} av at kvinner og menn arbeider på ulike {plural}, og {within} av lønsskilnader innanfor {same}.',
  splitWithOutside:
    'Av dei {total} prosentpoenga mellom gjennomsnittsløna til kvinner og menn kjem {composition} av at kvinner og menn arbeider på ulike {plural}, {within} av lønsskilnader innanfor {same}, og {outside} av {plural} der berre kvinner eller berre menn arbeider.',
  splitWomenAbove:
    'Gjennomsnittsløna til kvinner ligg {total} prosentpoeng over løna til menn. Av dette kjem {composition} av at kvinner og menn arbeider på ulike {plural}, og {within} av lønsskilnader innanfor {same}.',
  splitWomenAboveWithOutside:
    'Gjennomsnittsløna til kvinner ligg {total} prosentpoeng over løna til menn. Av dette kjem {composition} av at kvinner og menn arbeider på ulike {plural}, {within} av lønsskilnader innanfor {same}, og {outside} av {plural} der berre kvinner eller berre menn arbeider.',
  equal: 'Kvinner og menn har same gjennomsnittsløn.',
  noCommonSupport:
    'Skilnaden på {total} prosentpoeng mellom gjennomsnittsløna til kvinner og menn kan ikkje delast opp etter {noun}: ingen {noun} har både kvinner og menn.',
  oneSexOnly: 'Det er ingen lønsskilnad mellom kvinner og menn å forklare: lønstala gjeld berre eitt kjønn.',
  partsHidden:
    'Skilnaden mellom gjennomsnittsløna til kvinner og menn er {total} prosentpoeng. Korleis han fordeler seg på {plural}, blir ikkje publisert fordi nokre grupper er for små.',
  allHidden: 'Lønsskilnaden mellom kvinner og menn blir ikkje publisert fordi gruppene er for små.',
  statement: {
    title: 'Kva lønsskilnaden består av',
    intro:
      'Skilnaden mellom gjennomsnittsløna til kvinner og menn er her delt i to: den delen som kjem av at kvinner og menn arbeider på ulike nivå eller i ulike grupper, og den delen som er lønsskilnader mellom kvinner og menn på same nivå eller i same gruppe. Tala er prosentpoeng av gjennomsnittleg månadsløn for menn omrekna til heiltid, og delane summerer seg til heile skilnaden.',
    byBreakdown: 'Etter {noun}',
    part: 'Del av skilnaden',
    points: 'Prosentpoeng',
    nok: 'Kroner per månad',
    parts: {
      total: 'Heile skilnaden',
      composition: 'Kvinner og menn arbeider på ulike {plural}',
      withinCells: 'Lønsskilnader innanfor {same}',
      menOutsideSupport: '{plural} med berre menn',
      womenOutsideSupport: '{plural} med berre kvinner',
    },
    hidden: 'skjult',
    chartTitle: 'Delane av lønsskilnaden etter {noun}, prosentpoeng av gjennomsnittsløna til menn',
    chartDesc: 'Stolpediagram over delane av lønsskilnaden: {values}.',
    adjustedLower:
      'Samanlikna med menn med same {factors} har kvinner {gap} lågare månadsløn omrekna til heiltid ({level} konfidensintervall frå {lower} til {upper}; {n} personar).',
    adjustedHigher:
      'Samanlikna med menn med same {factors} har kvinner {gap} høgare månadsløn omrekna til heiltid ({level} konfidensintervall frå {lower} til {upper}; {n} personar).',
    adjustedNone:
      'Samanlikna med menn med same {factors} har kvinner same månadsløn omrekna til heiltid ({level} konfidensintervall frå {lower} til {upper}; {n} personar).',
    significant: 'Skilnaden er statistisk sikker (p-verdi {p}): han kan neppe komme av tilfeldigheiter åleine.',
    notSignificant: 'Skilnaden er ikkje statistisk sikker (p-verdi {p}): han kan komme av tilfeldigheiter.',
    belowThreshold: 'Den justerte skilnaden er under terskelen på {threshold}.',
    aboveThreshold: 'Den justerte skilnaden er over terskelen på {threshold}, og arbeidsgivaren bør undersøkje årsakene nærare.',
    adjustedHidden: 'Den justerte lønsskilnaden blir ikkje publisert fordi det er færre enn {threshold} kvinner eller menn.',
    adjustedNotEstimable: 'Den justerte lønsskilnaden kan ikkje reknast ut: det er for få personar eller berre eitt kjønn å samanlikne.',
    factors: { level: 'stillingsnivå', group: 'stillingsgruppe', seniority: 'ansiennitet', partTime: 'stillingsdel (heiltid eller deltid)' },
    groupsHeading: 'Justert skilnad i kvar stillingsgruppe',
    group: 'Stillingsgruppe',
    adjustedGap: 'Justert skilnad',
    overThreshold: 'Over terskelen',
    yes: 'ja',
    no: 'nei',
    noGroup: 'Utan stillingsgruppe',
    groupsNone: 'I ingen stillingsgruppe er den justerte skilnaden over {threshold}.',
    groupsFlagged: 'Den justerte skilnaden er over {threshold} i desse stillingsgruppene: {list}.',
    groupsHidden: 'For {count} stillingsgrupper blir den justerte skilnaden ikkje publisert fordi det er færre enn {threshold} kvinner eller menn i gruppa.',
    hiddenWhy:
      'Nokre tal blir ikkje viste: dei byggjer på færre enn {threshold} kvinner eller menn, eller eit skjult tal kunne elles reknast ut frå dei andre. Slik kan ingen lese av løna til enkeltpersonar.',
    reading:
      'Slik les ein tala: den delen som kjem av ulike {plural}, seier kvar kvinner og menn arbeider, ikkje kva dei får betalt for same arbeid. Den justerte skilnaden samanliknar kvinner og menn som er like i faktorane over. Han er ikkje prov for diskriminering eller for at det ikkje finst: faktorar som ikkje er med, kan både forklare og skjule ein skilnad.',
    method:
      'Metode: oppdelinga er Kitagawa–Oaxaca i forma til Ñopo, rekna eksakt på månadsløn omrekna til heiltid. Den justerte skilnaden er ein lineær regresjon (minste kvadrats metode) av logaritmen av månadsløn omrekna til heiltid på kjønn og dei nemnde faktorane.',
    sheet: 'Forklaring',
  },
  cli: {
    help: `Bruk: likestilling analyse <filer…> --year <år> [val]

Kvifor lønsskilnaden (steg b i arbeidsmetoden, ACT-3; ARP.md §9 EXP-1 til EXP-3): den eksakte
oppdelinga av skilnaden mellom gjennomsnittsløna til kvinner og menn etter ei inndeling
(samansetjing, innanfor celler, celler med berre eitt kjønn), den justerte skilnaden ved
regresjon på objektive faktorar, og den justerte skilnaden per stillingsgruppe. Les alt som
likestilling report les: ein kanonisk CSV med tilsette; ein eksport frå HR eller eit rekneark med
--mapping, --profile og --pay-codes; eller a-meldingane for eit år (*.xml) med --hr.

Data:
  --year <år>              rekneskapsåret (påkravd)
  --fiscal-year-end <MM-DD> siste dag i rekneskapsåret (standard 12-31)
  --mapping <fil>          kolonneoversikt i JSON: { "dykkar overskrift": "felt", … }
  --profile <fil>          importprofil i JSON
  --pay-codes <fil>        lønskodetabell i JSON
  --hr <fil>               HR-fil som blir kopla til a-meldinga
  -q, --quiet              inga framdriftslinje i terminalen

Analysen:
  --by <liste>             inndelingar, kommaseparert: «level», «group», «unit», «unit:N» eller ein
                           kombinasjon som «level*group» (standard «level»)
  --factor <liste>         faktorane i regresjonen, kommaseparert, i staden for standarden
                           («level», «group», «seniority», «senioritySquared», «partTime»)
  --options <fil>          analyseval i JSON: alle vala i AnalysisOptionsSchema unnateke
                           «statistics» («weighting», «columns», «references», «standardErrors»,
                           «conventions», «threshold» …); --by og --factor går føre
  --publish                den publiserbare forma (ANON-*): tal for små grupper skjulte, med
                           grunngiving; utan valet er analysen intern (han kan liste opp
                           tilsette): publiser han aldri
  --policy <fil>           publiseringsreglar i JSON («payMinPersons», «ratiosOnly»)
  --format <format>        «json» (standard), «md» (også «tekst») eller «html»
  --out <fil>              skriv til ei fil i staden for standard ut
  --lang <språk>           nb, nn eller en (også norsk, bokmål, nynorsk, engelsk); standard: frå
                           LC_ALL, LC_MESSAGES eller LANG, elles en
  -h, --help               denne hjelpa

Avslutningskodar: 0 ferdig; 1 ferdig, men dataa hadde feil (rader utelatne); 2 ugyldige
argument eller filer som ikkje kan lesast.
`,
    usage: '  likestilling analyse    kvifor lønsskilnaden: oppdeling og justert skilnad (EXP-*)',
    title: 'Analyse av lønsskilnaden {year}',
    internal: 'Intern analyse: tal for små grupper blir viste. Publiser berre forma som blir laga med --publish.',
    published: 'Publiserbar form: tal som byggjer på færre enn {threshold} kvinner eller menn, er skjulte.',
  },
};
