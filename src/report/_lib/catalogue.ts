/**
 * Report text catalogues, bokmål (wording after Bufdir's guidance page, ARP.md sources/004) and
 * English, kept apart from the logic. `{name}` placeholders are filled by `fill`.
 * @internal
 */
import type { ColumnId, Part2ElementId, ReportLanguage, RowKind, TableId } from '../types.js';

/** The texts of one language. @internal */
export interface ReportCatalogue {
  readonly title: string;
  readonly documentationTitle: string;
  readonly orgNumber: string;
  readonly year: string;
  readonly referenceDate: string;
  readonly sector: Readonly<Record<string, string>>;
  readonly part1: string;
  readonly part1Intro: string;
  readonly part2: string;
  readonly part2Intro: string;
  readonly documentationIntro: string;
  readonly completeness: string;
  readonly complete: string;
  readonly incomplete: string;
  readonly completenessDoc: string;
  readonly completeDoc: string;
  readonly incompleteDoc: string;
  readonly error: string;
  readonly warning: string;
  readonly commentary: string;
  readonly assessment: string;
  readonly footnotes: string;
  readonly charts: string;
  readonly changeNote: string;
  readonly legend: string;
  readonly reusedNote: string;
  readonly lastYear: string;
  readonly change: string;
  readonly notAvailable: string;
  readonly tables: Readonly<Record<TableId, { readonly title: string; readonly rule: string }>>;
  readonly columns: Readonly<Record<ColumnId, string>>;
  readonly rows: Readonly<Record<Exclude<RowKind, 'level'>, string>>;
  readonly noLevel: string;
  readonly elements: Readonly<Record<Part2ElementId, { readonly title: string; readonly hint: string }>>;
  readonly itemTypes: Readonly<Record<string, string>>;
  readonly steps: Readonly<Record<string, string>>;
  readonly grounds: Readonly<Record<string, string>>;
  readonly areas: Readonly<Record<string, string>>;
  readonly details: Readonly<Record<string, string>>;
  readonly status: Readonly<Record<string, string>>;
  readonly representatives: string;
  readonly groundsLabel: string;
  readonly areasLabel: string;
  readonly date: string;
  readonly what: string;
  readonly step: string;
  readonly chartTitles: {
    readonly sexBalance: string;
    readonly sexBalanceDesc: string;
    readonly payShare: string;
    readonly payShareDesc: string;
    readonly partTime: string;
    readonly partTimeDesc: string;
    readonly hiddenInChart: string;
  };
  readonly commentaryTexts: Readonly<Record<string, string>>;
  readonly dutiesTitle: string;
  readonly duties: Readonly<Record<'fourStepMethod' | 'biennialMapping' | 'statement' | 'documentationDuty', string>>;
  readonly yes: string;
  readonly no: string;
}

const nb: ReportCatalogue = {
  title: 'Likestillingsredegjørelse {year}',
  documentationTitle: 'Dokumentasjon av likestillingsarbeidet {year}',
  orgNumber: 'Organisasjonsnummer',
  year: 'Regnskapsår',
  referenceDate: 'Tallene gjelder per',
  sector: { public: 'offentlig virksomhet', private: 'privat virksomhet' },
  part1: 'Del 1 – Faktisk tilstand for kjønnslikestilling',
  part1Intro:
    'I del én redegjør vi for forskjeller mellom kvinner og menn. Tallene er kartlagt som en del av aktivitetsplikten og er anonymisert slik at de ikke røper personlige forhold ved enkeltansatte.',
  part2: 'Del 2 – Vårt arbeid for likestilling og mot diskriminering',
  part2Intro:
    'Her beskriver vi hvordan vi arbeider aktivt, målrettet og planmessig for å fremme likestilling og hindre diskriminering på alle grunnlagene og områdene loven nevner, etter arbeidsmetoden i fire trinn.',
  documentationIntro:
    'Virksomheten har ikke redegjørelsesplikt dette året, men plikt til å dokumentere likestillingsarbeidet (dokumentasjonsplikt). Dokumentasjonen gjøres tilgjengelig på forespørsel fra Diskrimineringsnemnda, Likestillings- og diskrimineringsombudet, forskere eller ansatte og deres representanter.',
  completeness: 'Kontroll av redegjørelsen',
  complete: 'Redegjørelsen inneholder alt som kreves for året.',
  incomplete: 'Redegjørelsen mangler noe som kreves for året:',
  completenessDoc: 'Kontroll av dokumentasjonen',
  completeDoc: 'Dokumentasjonen har ingen mangler.',
  incompleteDoc: 'Dokumentasjonen har mangler:',
  error: 'mangler',
  warning: 'merknad',
  commentary: 'Vurdering av tallene',
  assessment: 'Vår vurdering og mulige strukturelle årsaker',
  footnotes: 'Noter',
  charts: 'Figurer',
  changeNote: 'Endring er forskjellen fra fjorårets redegjørelse; for prosenttall i prosentpoeng.',
  legend: '– betyr at tallet er skjult av personvernhensyn (se noten) eller ikke finnes.',
  reusedNote: 'Tallene er gjenbrukt fra redegjørelsen for {mappedYear} (kartlegges annethvert år).',
  lastYear: 'Fjoråret',
  change: 'Endring',
  notAvailable: 'ikke tilgjengelig',
  tables: {
    'sex-balance': { title: 'Kjønnsbalanse totalt i virksomheten', rule: 'STAT-A1' },
    temporary: { title: 'Midlertidig ansatte', rule: 'STAT-A2' },
    'part-time': { title: 'Deltidsansatte', rule: 'STAT-A3' },
    'parental-leave': { title: 'Uttak av foreldrepermisjon', rule: 'STAT-A4' },
    pay: { title: 'Kvinners andel av menns lønn per stillingsnivå', rule: 'STAT-B1, STAT-B2' },
    'sex-distribution': { title: 'Kjønnsfordeling på stillingsnivå', rule: 'STAT-B3' },
    'involuntary-part-time': { title: 'Ufrivillig deltid blant kvinner og menn', rule: 'STAT-B4' },
  },
  columns: {
    count: 'Antall',
    percentOfAll: '% av alle ansatte',
    percentOfSex: '% av kjønnet',
    persons: 'Antall med permisjon',
    averageWeeks: 'Gj.snitt uker',
    shareMean: 'Kvinners andel, gj.snitt %',
    shareMedian: 'Kvinners andel, median %',
    womenMean: 'Kvinner, gj.snitt kr',
    menMean: 'Menn, gj.snitt kr',
    women: 'Kvinner',
    men: 'Menn',
    womenPercent: '% kvinner',
    coverage: 'Svarandel %',
  },
  rows: { women: 'Kvinner', men: 'Menn', otherOrUnknown: 'Annet/ukjent kjønn', total: 'Totalt' },
  noLevel: '(uten stillingsnivå)',
  elements: {
    policy: {
      title: 'Hvordan arbeidet er nedfelt i styrende dokumenter',
      hint: 'Personalpolitikk, strategier, prinsipper, retningslinjer, planer eller andre styrende dokumenter.',
    },
    organisation: {
      title: 'Hvordan likestillingsarbeidet er organisert',
      hint: 'Hvilke fora, hvem deltar og hvor ofte de møtes.',
    },
    process: {
      title: 'Hvordan vi har funnet fram til risikoer, hindre, årsaker og tiltak',
      hint: 'Trinn a, b og c i aktivitetsplikten.',
    },
    results: { title: 'Resultatene av arbeidet og tiltakene', hint: 'Trinn d: vurdering av resultater.' },
    plans: { title: 'Planer og forventninger for videre arbeid', hint: 'Videre arbeid og tiltak.' },
  },
  itemTypes: {
    document: 'Dokument',
    forum: 'Forum',
    finding: 'Funn',
    coverage: 'Grunnlag og områder i kartleggingen',
    'cause-analysis': 'Årsaksanalyse',
    measure: 'Tiltak',
    evaluation: 'Evaluering',
    plan: 'Plan',
    text: 'Tekst',
  },
  steps: {
    a: 'a) undersøke og kartlegge',
    b: 'b) analysere årsaker',
    c: 'c) iverksette tiltak',
    d: 'd) vurdere resultater',
  },
  grounds: {
    sex: 'kjønn',
    pregnancy: 'graviditet',
    'parental-leave': 'permisjon ved fødsel eller adopsjon',
    'care-responsibilities': 'omsorgsoppgaver',
    ethnicity: 'etnisitet',
    religion: 'religion',
    belief: 'livssyn',
    disability: 'funksjonsnedsettelse',
    'sexual-orientation': 'seksuell orientering',
    'gender-identity': 'kjønnsidentitet',
    'gender-expression': 'kjønnsuttrykk',
    combinations: 'kombinasjoner',
    age: 'alder',
  },
  areas: {
    recruitment: 'rekruttering',
    'pay-and-working-conditions': 'lønns- og arbeidsvilkår',
    'promotion-and-development': 'forfremmelse og utviklingsmuligheter',
    accommodation: 'tilrettelegging',
    'work-and-family-life': 'mulighet for å kombinere arbeid og familieliv',
    harassment: 'trakassering',
    'sexual-harassment': 'seksuell trakassering',
    'gender-based-violence': 'kjønnsbasert vold',
  },
  details: {
    owner: 'Ansvarlig',
    deadline: 'Frist',
    status: 'Status',
    goal: 'Mål',
    result: 'Resultat',
    finding: 'Svarer på funn',
    frequency: 'Hvor ofte',
    participants: 'Deltakere',
    measure: 'Tiltak',
    cause: 'Årsak',
  },
  status: { planned: 'planlagt', 'in-progress': 'pågår', done: 'gjennomført' },
  representatives: 'Ansattes representanter',
  groundsLabel: 'Grunnlag',
  areasLabel: 'Områder',
  date: 'Dato',
  what: 'Hva',
  step: 'Trinn',
  chartTitles: {
    sexBalance: 'Kjønnsbalanse per stillingsnivå',
    sexBalanceDesc: 'Stolpediagram med antall kvinner og menn per stillingsnivå: {items}.',
    payShare: 'Kvinners andel av menns lønn per stillingsnivå',
    payShareDesc: 'Stolpediagram med kvinners gjennomsnittslønn i prosent av menns per stillingsnivå, mot en linje ved 100 %: {items}.',
    partTime: 'Deltid og midlertidig ansettelse etter kjønn',
    partTimeDesc: 'Stolpediagram med andelen deltidsansatte og midlertidig ansatte blant kvinner og blant menn: {items}.',
    hiddenInChart: 'skjult',
  },
  commentaryTexts: {
    'sex-balance': 'Virksomheten hadde {women} kvinner og {men} menn per {referenceDate}; kvinneandelen var {womenPercent}.',
    'sex-balance-change': 'Kvinneandelen var {previousPercent} året før, en endring på {change} prosentpoeng.',
    'pay-total': 'Kvinners gjennomsnittlige månedslønn (omregnet til heltid) utgjorde {share} av menns i virksomheten som helhet.',
    'pay-total-change': 'Året før var andelen {previous}, en endring på {change} prosentpoeng.',
    'pay-levels': 'På {below} av {levels} stillingsnivåer med publiserte tall var kvinners andel under 100 %; lavest var den på nivået «{lowestLevel}» ({lowest}) og høyest på «{highestLevel}» ({highest}).',
    'sex-distribution': 'Kvinneandelen var høyest på nivået «{highestLevel}» ({highest}) og lavest på «{lowestLevel}» ({lowest}).',
    'part-time': 'Andelen deltidsansatte var {women} blant kvinnene og {men} blant mennene.',
    temporary: 'Andelen midlertidig ansatte var {women} blant kvinnene og {men} blant mennene.',
    'parental-leave': 'Kvinner med foreldrepermisjon tok i snitt {women} uker, menn {men} uker.',
    'involuntary-part-time': '{women} kvinner og {men} menn oppga å jobbe ufrivillig deltid; {coverage} av de deltidsansatte svarte.',
    reused: 'Tallene for lønn, kjønnsfordeling per nivå og ufrivillig deltid er fra kartleggingen i {mappedYear} og gjenbrukes i år.',
    hidden: '{count} tall er skjult for å verne enkeltansattes personvern; se notene.',
  },
  dutiesTitle: 'Pliktene dette året',
  duties: {
    fourStepMethod: 'Arbeidsmetoden i fire trinn',
    biennialMapping: 'Kartlegging av lønn og ufrivillig deltid annethvert år',
    statement: 'Redegjørelsesplikt',
    documentationDuty: 'Dokumentasjonsplikt',
  },
  yes: 'ja',
  no: 'nei',
};

const en: ReportCatalogue = {
  title: 'Gender equality statement {year}',
  documentationTitle: 'Documentation of the equality work {year}',
  orgNumber: 'Organisation number',
  year: 'Financial year',
  referenceDate: 'Figures as of',
  sector: { public: 'public body', private: 'private enterprise' },
  part1: 'Part 1 – The actual state of gender equality',
  part1Intro:
    'Part one gives the differences between women and men. The figures were mapped as part of the activity duty and are anonymised so that they reveal no personal circumstances of individual employees.',
  part2: 'Part 2 – Our work for equality and against discrimination',
  part2Intro:
    'Here we describe how we work actively, purposefully and systematically to promote equality and prevent discrimination on all the grounds and in all the areas the Act names, following the four-step method.',
  documentationIntro:
    'The employer has no statement duty this year but must document its equality work (documentation duty). The documentation is made available on request to the Anti-Discrimination Tribunal, the Equality and Anti-Discrimination Ombud, researchers, and employees and their representatives.',
  completeness: 'Check of the statement',
  complete: 'The statement contains everything required for the year.',
  incomplete: 'The statement lacks something required for the year:',
  completenessDoc: 'Check of the documentation',
  completeDoc: 'The documentation has no gaps.',
  incompleteDoc: 'The documentation has gaps:',
  error: 'missing',
  warning: 'note',
  commentary: 'Assessment of the figures',
  assessment: 'Our assessment and possible structural causes',
  footnotes: 'Notes',
  charts: 'Charts',
  changeNote: 'Change is the difference from last year’s statement; for percentages in percentage points.',
  legend: '– means the figure is hidden to protect privacy (see the note) or does not exist.',
  reusedNote: 'Figures reused from the {mappedYear} statement (mapped every second year).',
  lastYear: 'Last year',
  change: 'Change',
  notAvailable: 'not available',
  tables: {
    'sex-balance': { title: 'Sex balance in the organisation', rule: 'STAT-A1' },
    temporary: { title: 'Temporary employees', rule: 'STAT-A2' },
    'part-time': { title: 'Part-time employees', rule: 'STAT-A3' },
    'parental-leave': { title: 'Parental leave taken', rule: 'STAT-A4' },
    pay: { title: 'Women’s pay as a share of men’s per job level', rule: 'STAT-B1, STAT-B2' },
    'sex-distribution': { title: 'Sex distribution per job level', rule: 'STAT-B3' },
    'involuntary-part-time': { title: 'Involuntary part-time among women and men', rule: 'STAT-B4' },
  },
  columns: {
    count: 'Number',
    percentOfAll: '% of all employees',
    percentOfSex: '% of the sex',
    persons: 'Number on leave',
    averageWeeks: 'Average weeks',
    shareMean: 'Women’s share, mean %',
    shareMedian: 'Women’s share, median %',
    womenMean: 'Women, mean NOK',
    menMean: 'Men, mean NOK',
    women: 'Women',
    men: 'Men',
    womenPercent: '% women',
    coverage: 'Response rate %',
  },
  rows: { women: 'Women', men: 'Men', otherOrUnknown: 'Other/unknown sex', total: 'Total' },
  noLevel: '(no job level)',
  elements: {
    policy: {
      title: 'How the work is set out in policy documents',
      hint: 'Personnel policy, strategies, principles, guidelines, plans or other governing documents.',
    },
    organisation: { title: 'How the equality work is organised', hint: 'Which fora, who takes part and how often they meet.' },
    process: {
      title: 'How we identified risks, obstacles, causes and measures',
      hint: 'Steps a, b and c of the activity duty.',
    },
    results: { title: 'Results of the work and the measures', hint: 'Step d: evaluating the results.' },
    plans: { title: 'Plans and expectations for further work', hint: 'Further work and measures.' },
  },
  itemTypes: {
    document: 'Document',
    forum: 'Forum',
    finding: 'Finding',
    coverage: 'Grounds and areas in the investigation',
    'cause-analysis': 'Cause analysis',
    measure: 'Measure',
    evaluation: 'Evaluation',
    plan: 'Plan',
    text: 'Text',
  },
  steps: {
    a: 'a) investigate and map',
    b: 'b) analyse causes',
    c: 'c) implement measures',
    d: 'd) evaluate results',
  },
  grounds: {
    sex: 'sex',
    pregnancy: 'pregnancy',
    'parental-leave': 'leave for birth or adoption',
    'care-responsibilities': 'care responsibilities',
    ethnicity: 'ethnicity',
    religion: 'religion',
    belief: 'belief',
    disability: 'disability',
    'sexual-orientation': 'sexual orientation',
    'gender-identity': 'gender identity',
    'gender-expression': 'gender expression',
    combinations: 'combinations',
    age: 'age',
  },
  areas: {
    recruitment: 'recruitment',
    'pay-and-working-conditions': 'pay and working conditions',
    'promotion-and-development': 'promotion and development',
    accommodation: 'accommodation',
    'work-and-family-life': 'combining work and family life',
    harassment: 'harassment',
    'sexual-harassment': 'sexual harassment',
    'gender-based-violence': 'gender-based violence',
  },
  details: {
    owner: 'Owner',
    deadline: 'Deadline',
    status: 'Status',
    goal: 'Goal',
    result: 'Result',
    finding: 'Answers finding',
    frequency: 'How often',
    participants: 'Participants',
    measure: 'Measure',
    cause: 'Cause',
  },
  status: { planned: 'planned', 'in-progress': 'in progress', done: 'done' },
  representatives: 'Employee representatives',
  groundsLabel: 'Grounds',
  areasLabel: 'Areas',
  date: 'Date',
  what: 'What',
  step: 'Step',
  chartTitles: {
    sexBalance: 'Sex balance per job level',
    sexBalanceDesc: 'Bar chart of the number of women and men per job level: {items}.',
    payShare: 'Women’s pay as a share of men’s per job level',
    payShareDesc: 'Bar chart of women’s mean pay as a percentage of men’s per job level, against a line at 100%: {items}.',
    partTime: 'Part-time and temporary employment by sex',
    partTimeDesc: 'Bar chart of the share of part-time and of temporary employees among women and among men: {items}.',
    hiddenInChart: 'hidden',
  },
  commentaryTexts: {
    'sex-balance': 'The organisation had {women} women and {men} men on {referenceDate}; women made up {womenPercent}.',
    'sex-balance-change': 'The share of women was {previousPercent} the year before, a change of {change} percentage points.',
    'pay-total': 'Women’s mean monthly pay (full-time equivalent) was {share} of men’s in the organisation as a whole.',
    'pay-total-change': 'The year before the share was {previous}, a change of {change} percentage points.',
    'pay-levels': 'On {below} of {levels} job levels with published figures women’s share was below 100%; it was lowest on level “{lowestLevel}” ({lowest}) and highest on “{highestLevel}” ({highest}).',
    'sex-distribution': 'The share of women was highest on level “{highestLevel}” ({highest}) and lowest on “{lowestLevel}” ({lowest}).',
    'part-time': 'The share of part-time employees was {women} among women and {men} among men.',
    temporary: 'The share of temporary employees was {women} among women and {men} among men.',
    'parental-leave': 'Women on parental leave took {women} weeks on average, men {men} weeks.',
    'involuntary-part-time': '{women} women and {men} men reported working part-time involuntarily; {coverage} of part-time employees answered.',
    reused: 'The figures on pay, sex distribution per level and involuntary part-time are from the {mappedYear} mapping and are reused this year.',
    hidden: '{count} figures are hidden to protect individual employees’ privacy; see the notes.',
  },
  dutiesTitle: 'Duties this year',
  duties: {
    fourStepMethod: 'The four-step method',
    biennialMapping: 'Mapping of pay and involuntary part-time every second year',
    statement: 'Statement duty',
    documentationDuty: 'Documentation duty',
  },
  yes: 'yes',
  no: 'no',
};

/** Nynorsk: the bokmål catalogue's wording in nynorsk (texts from other modules fall back to bokmål). */
const nn: ReportCatalogue = {
  title: 'Likestillingsutgreiing {year}',
  documentationTitle: 'Dokumentasjon av likestillingsarbeidet {year}',
  orgNumber: 'Organisasjonsnummer',
  year: 'Rekneskapsår',
  referenceDate: 'Tala gjeld per',
  sector: { public: 'offentleg verksemd', private: 'privat verksemd' },
  part1: 'Del 1 – Faktisk tilstand for kjønnslikestilling',
  part1Intro:
    'I del éin gjer vi greie for skilnader mellom kvinner og menn. Tala er kartlagde som ein del av aktivitetsplikta og er anonymiserte slik at dei ikkje røper personlege forhold ved einskilde tilsette.',
  part2: 'Del 2 – Arbeidet vårt for likestilling og mot diskriminering',
  part2Intro:
    'Her skildrar vi korleis vi arbeider aktivt, målretta og planmessig for å fremje likestilling og hindre diskriminering på alle grunnlaga og områda lova nemner, etter arbeidsmetoden i fire steg.',
  documentationIntro:
    'Verksemda har ikkje utgreiingsplikt dette året, men plikt til å dokumentere likestillingsarbeidet (dokumentasjonsplikt). Dokumentasjonen blir gjord tilgjengeleg når Diskrimineringsnemnda, Likestillings- og diskrimineringsombodet, forskarar eller tilsette og representantane deira ber om det.',
  completeness: 'Kontroll av utgreiinga',
  complete: 'Utgreiinga inneheld alt som krevst for året.',
  incomplete: 'Utgreiinga manglar noko som krevst for året:',
  completenessDoc: 'Kontroll av dokumentasjonen',
  completeDoc: 'Dokumentasjonen har ingen manglar.',
  incompleteDoc: 'Dokumentasjonen har manglar:',
  error: 'manglar',
  warning: 'merknad',
  commentary: 'Vurdering av tala',
  assessment: 'Vurderinga vår og moglege strukturelle årsaker',
  footnotes: 'Notar',
  charts: 'Figurar',
  changeNote: 'Endring er skilnaden frå fjorårets utgreiing; for prosenttal i prosentpoeng.',
  legend: '– tyder at talet er skjult av omsyn til personvernet (sjå noten) eller ikkje finst.',
  reusedNote: 'Tala er gjenbrukte frå utgreiinga for {mappedYear} (blir kartlagde annakvart år).',
  lastYear: 'Året før',
  change: 'Endring',
  notAvailable: 'ikkje tilgjengeleg',
  tables: {
    'sex-balance': { title: 'Kjønnsbalanse totalt i verksemda', rule: 'STAT-A1' },
    temporary: { title: 'Mellombels tilsette', rule: 'STAT-A2' },
    'part-time': { title: 'Deltidstilsette', rule: 'STAT-A3' },
    'parental-leave': { title: 'Uttak av foreldrepermisjon', rule: 'STAT-A4' },
    pay: { title: 'Del kvinner har av løna til menn per stillingsnivå', rule: 'STAT-B1, STAT-B2' },
    'sex-distribution': { title: 'Kjønnsfordeling på stillingsnivå', rule: 'STAT-B3' },
    'involuntary-part-time': { title: 'Ufrivillig deltid blant kvinner og menn', rule: 'STAT-B4' },
  },
  columns: {
    count: 'Tal',
    percentOfAll: '% av alle tilsette',
    percentOfSex: '% av kjønnet',
    persons: 'Tal med permisjon',
    averageWeeks: 'Snitt veker',
    shareMean: 'Kvinner sin del, snitt %',
    shareMedian: 'Kvinner sin del, median %',
    womenMean: 'Kvinner, snitt kr',
    menMean: 'Menn, snitt kr',
    women: 'Kvinner',
    men: 'Menn',
    womenPercent: '% kvinner',
    coverage: 'Svardel %',
  },
  rows: { women: 'Kvinner', men: 'Menn', otherOrUnknown: 'Anna/ukjent kjønn', total: 'Totalt' },
  noLevel: '(utan stillingsnivå)',
  elements: {
    policy: {
      title: 'Korleis arbeidet er forankra i styrande dokument',
      hint: 'Personalpolitikk, strategiar, prinsipp, retningsliner, planar eller andre styrande dokument.',
    },
    organisation: { title: 'Korleis likestillingsarbeidet er organisert', hint: 'Kva for forum, kven som deltek og kor ofte dei møtest.' },
    process: { title: 'Korleis vi har funne fram til risikoar, hinder, årsaker og tiltak', hint: 'Steg a, b og c i aktivitetsplikta.' },
    results: { title: 'Resultata av arbeidet og tiltaka', hint: 'Steg d: vurdering av resultat.' },
    plans: { title: 'Planar og forventningar for vidare arbeid', hint: 'Vidare arbeid og tiltak.' },
  },
  itemTypes: {
    document: 'Dokument',
    forum: 'Forum',
    finding: 'Funn',
    coverage: 'Grunnlag og område i kartlegginga',
    'cause-analysis': 'Årsaksanalyse',
    measure: 'Tiltak',
    evaluation: 'Evaluering',
    plan: 'Plan',
    text: 'Tekst',
  },
  steps: {
    a: 'a) undersøkje og kartleggje',
    b: 'b) analysere årsaker',
    c: 'c) setje i verk tiltak',
    d: 'd) vurdere resultat',
  },
  grounds: {
    sex: 'kjønn',
    pregnancy: 'graviditet',
    'parental-leave': 'permisjon ved fødsel eller adopsjon',
    'care-responsibilities': 'omsorgsoppgåver',
    ethnicity: 'etnisitet',
    religion: 'religion',
    belief: 'livssyn',
    disability: 'funksjonsnedsetjing',
    'sexual-orientation': 'seksuell orientering',
    'gender-identity': 'kjønnsidentitet',
    'gender-expression': 'kjønnsuttrykk',
    combinations: 'kombinasjonar',
    age: 'alder',
  },
  areas: {
    recruitment: 'rekruttering',
    'pay-and-working-conditions': 'løns- og arbeidsvilkår',
    'promotion-and-development': 'forfremjing og utviklingsmoglegheiter',
    accommodation: 'tilrettelegging',
    'work-and-family-life': 'høve til å kombinere arbeid og familieliv',
    harassment: 'trakassering',
    'sexual-harassment': 'seksuell trakassering',
    'gender-based-violence': 'kjønnsbasert vald',
  },
  details: {
    owner: 'Ansvarleg',
    deadline: 'Frist',
    status: 'Status',
    goal: 'Mål',
    result: 'Resultat',
    finding: 'Svarar på funn',
    frequency: 'Kor ofte',
    participants: 'Deltakarar',
    measure: 'Tiltak',
    cause: 'Årsak',
  },
  status: { planned: 'planlagt', 'in-progress': 'pågår', done: 'gjennomført' },
  representatives: 'Representantane til dei tilsette',
  groundsLabel: 'Grunnlag',
  areasLabel: 'Område',
  date: 'Dato',
  what: 'Kva',
  step: 'Steg',
  chartTitles: {
    sexBalance: 'Kjønnsbalanse per stillingsnivå',
    sexBalanceDesc: 'Søylediagram med talet på kvinner og menn per stillingsnivå: {items}.',
    payShare: 'Del kvinner har av løna til menn per stillingsnivå',
    payShareDesc: 'Søylediagram med snittløna til kvinner i prosent av snittløna til menn per stillingsnivå, mot ei linje ved 100 %: {items}.',
    partTime: 'Deltid og mellombels tilsetjing etter kjønn',
    partTimeDesc: 'Søylediagram med delen deltidstilsette og mellombels tilsette blant kvinner og blant menn: {items}.',
    hiddenInChart: 'skjult',
  },
  commentaryTexts: {
    'sex-balance': 'Verksemda hadde {women} kvinner og {men} menn per {referenceDate}; kvinnedelen var {womenPercent}.',
    'sex-balance-change': 'Kvinnedelen var {previousPercent} året før, ei endring på {change} prosentpoeng.',
    'pay-total': 'Den gjennomsnittlege månadsløna til kvinner (rekna om til heiltid) utgjorde {share} av løna til menn i verksemda som heilskap.',
    'pay-total-change': 'Året før var delen {previous}, ei endring på {change} prosentpoeng.',
    'pay-levels': 'På {below} av {levels} stillingsnivå med publiserte tal var delen til kvinner under 100 %; lågast var han på nivået «{lowestLevel}» ({lowest}) og høgast på «{highestLevel}» ({highest}).',
    'sex-distribution': 'Kvinnedelen var høgast på nivået «{highestLevel}» ({highest}) og lågast på «{lowestLevel}» ({lowest}).',
    'part-time': 'Delen deltidstilsette var {women} blant kvinnene og {men} blant mennene.',
    temporary: 'Delen mellombels tilsette var {women} blant kvinnene og {men} blant mennene.',
    'parental-leave': 'Kvinner med foreldrepermisjon tok i snitt {women} veker, menn {men} veker.',
    'involuntary-part-time': '{women} kvinner og {men} menn oppgav at dei jobbar ufrivillig deltid; {coverage} av dei deltidstilsette svarte.',
    reused: 'Tala for løn, kjønnsfordeling per nivå og ufrivillig deltid er frå kartlegginga i {mappedYear} og blir gjenbrukte i år.',
    hidden: '{count} tal er skjulte for å verne personvernet til einskilde tilsette; sjå notane.',
  },
  dutiesTitle: 'Pliktene dette året',
  duties: {
    fourStepMethod: 'Arbeidsmetoden i fire steg',
    biennialMapping: 'Kartlegging av løn og ufrivillig deltid annakvart år',
    statement: 'Utgreiingsplikt',
    documentationDuty: 'Dokumentasjonsplikt',
  },
  yes: 'ja',
  no: 'nei',
};

/** The catalogues. @internal */
export const REPORT_CATALOGUES: Readonly<Record<ReportLanguage, ReportCatalogue>> = { nb, nn, en };

/** A text given in bokmål and English, in a report language (nynorsk falls back to bokmål when no `nn` is given). @internal */
export function localized(text: { readonly nb: string; readonly en: string; readonly nn?: string | undefined }, lang: ReportLanguage): string {
  if (lang === 'nn') return text.nn ?? text.nb;
  return text[lang];
}

/** Fills `{name}` placeholders. @internal */
export function fill(template: string, values: Readonly<Record<string, string | number | null | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key];
    return v === undefined || v === null ? '–' : String(v);
  });
}

/** A label from a code table, falling back to the code itself. @internal */
export function label(table: Readonly<Record<string, string>>, code: string): string {
  return table[code] ?? code;
}
