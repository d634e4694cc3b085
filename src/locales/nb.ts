/**
 * Bokmålskatalogen: every text a person reads, in bokmål (wording after Bufdir's guidance page,
 * ARP.md sources/004). Codes, field names and values of the interchange format are quoted «…»;
 * see `types.ts` for the shape and how to add a message.
 * @internal
 */
import { analysisNb } from './analysis/nb.js';
import type {
  AnonymisationTexts,
  Catalogue,
  DiagnosticMessages,
  ExpectationParams,
  FigureSex,
  FigureSubject,
  Messages,
  NarrowingKind,
  SuppressionSex,
} from './types.js';
import { transparencyNb } from './transparency/nb.js';

const q = (text: string): string => `«${text}»`;

function join(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1] ?? ''}`;
}

/** `; forventet …` when there is an expectation. */
const x = (expected: string | undefined): string => (expected === undefined || expected === '' ? '' : `; forventet ${expected}`);

const KINDS: Readonly<Record<string, string>> = {
  string: 'en tekst',
  number: 'et tall',
  int: 'et heltall',
  bigint: 'et stort heltall',
  boolean: '«true» eller «false»',
  object: 'et objekt',
  array: 'en liste',
  date: 'en dato («Date»)',
  function: 'en funksjon',
  symbol: 'et symbol',
  undefined: 'ingenting',
  null: '«null»',
  nan: '«NaN»',
  never: 'ingenting (ingen verdi er tillatt her)',
  tuple: 'en liste',
  record: 'et objekt',
  map: 'en «Map»',
  set: 'en «Set»',
};
const kind = (k: string): string => (/^["\d-]|^(true|false|null)$/.test(k) ? k : (KINDS[k] ?? q(k)));

const UNITS: Readonly<Record<string, readonly [string, string, string]>> = {
  string: ['en tekst på', 'tegn', 'tegn'],
  array: ['en liste med', 'element', 'elementer'],
  set: ['en mengde med', 'element', 'elementer'],
  file: ['en fil på', 'byte', 'byte'],
};

const FORMATS: Readonly<Record<string, string>> = {
  date: 'en ISO-dato ÅÅÅÅ-MM-DD (en dato som finnes)',
  datetime: 'et ISO-tidspunkt',
  email: 'en e-postadresse',
  url: 'en nettadresse',
};

const ELEMENTS: Readonly<Record<string, string>> = {
  policy: 'minst ett styrende dokument: personalpolitikk, strategi, retningslinje eller plan (STM-3 (1))',
  organisation: 'hvordan arbeidet er organisert: fora, hvem som deltar, hvor ofte (STM-3 (2))',
  findings: 'funnene fra trinn a (STM-3 (3), ACT-3 a)',
  causes: 'årsaksanalysen fra trinn b (STM-3 (3), ACT-3 b)',
  results: 'resultatene av arbeidet og tiltakene (STM-3 (4), ACT-3 d)',
  plans: 'planer og forventninger framover (STM-3 (5))',
};

const expectations: Messages<ExpectationParams> = {
  kind: (p) => `${kind(p.kind)}${p.finite === true ? ' (endelig)' : ''}`,
  kinds: (p) => p.kinds.map(kind).join(' eller '),
  // a JSON string literal ("public") quoted as the language quotes
  oneOf: (p) => {
    const values = p.values.map((v) => (/^"[^"]*"$/.test(v) ? q(v.slice(1, -1)) : v));
    return values.length === 1 ? (values[0] ?? '') : `en av ${values.join(', ')}`;
  },
  bound: (p) => {
    const units = UNITS[p.origin];
    const low = p.op === '≥' || p.op === '>';
    if (units !== undefined) return `${units[0]} ${low ? 'minst' : 'høyst'} ${p.bound} ${p.bound === '1' ? units[1] : units[2]}`;
    return `${p.origin === 'int' ? 'et heltall' : 'et tall'} ${p.op} ${p.bound}`;
  },
  multipleOf: (p) => `et multiplum av ${p.divisor}`,
  format: (p) => FORMATS[p.format] ?? `en tekst i formatet ${q(p.format)}`,
  validValue: () => 'en gyldig verdi',
  acceptedForms: () => 'en verdi i en av de godtatte formene',
  noSuchField: () => 'ikke noe felt med dette navnet',
  onlyKnownFields: () => 'bare de kjente feltene (et felt med et annet navn finnes; navnet gjentas ikke)',
  noSpecialCategory: () => 'ingen særlige kategorier av personopplysninger (ANON-5)',
  nestedAtMost: (p) => `data nøstet høyst ${p.limit} nivåer dypt`,
  noProtoKey: () => 'ingen nøkkel «__proto__»',
  literal: (p) => p.text,
  textOrBytes: () => 'teksten (en «string») eller bytene (en «Uint8Array»)',
  byteStream: () => 'en bytestrøm (en lesbar Node-strøm, en asynkron iterator av «Uint8Array» eller en «ReadableStream»)',
  function: () => 'en funksjon',
  noOnRecords: () => 'ingen «onRecords» her: postene går til statistikken',
  parsedRecords: () => 'en liste med tolkede ansattposter (fra «EmployeeSchema»)',
  parsedRecord: () => 'en tolket ansattpost (fra «EmployeeSchema»)',
  uniqueUnitKey: () => 'en enhetsnøkkel som brukes én gang',
  keyedParentOnly: () => 'ingen overordnet enhet på en enhet uten nøkkel',
  listedParent: () => 'en overordnet enhet som står i tabellen',
  parentsReachEmployer: () => 'overordnede enheter som leder til arbeidsgiveren (ingen sirkel)',
  figuresThatAddUp: () => 'tall som går opp (summer, andeler og grenser i én kartlegging)',
  protectableFigure: () => 'et tall den sekundære prikkingen kan beskytte (den klarte det ikke: slå sammen små nivåer eller hev tersklene)',
  countWithinHeadCount: () => 'et antall som ikke er større enn cellens antall ansatte',
  subUnitsWithinParent: () => 'underenheter som til sammen har høyst like mange personer som enheten over',
  nonNegativeAverage: () => 'et gjennomsnitt på 0 eller mer',
  noAverageWithoutPersons: () => 'ikke noe gjennomsnitt ved 0 personer',
  payCountWithinPersons: () => 'høyst like mange personer med lønn som personer',
  nonNegativeMean: () => 'et gjennomsnitt på 0 eller mer',
  noMeanWithoutPersons: () => 'ikke noe gjennomsnitt ved et antall på 0',
  partsWithinWhole: () => 'deler som til sammen har høyst like mange personer med lønn som helheten',
  sexesAddUpToTotal: () => 'kvinner + menn + annet + ukjent = totalen',
  nonEmptyText: () => 'en tekst som ikke er tom',
  nonEmptyTextOrNone: () => 'en tekst som ikke er tom, eller ingen «personId»',
  employmentKind: () => 'en av «ordinary», «maritime», «freelance»',
  isoDateText: () => 'en ISO-dato ÅÅÅÅ-MM-DD',
  isoDateOrNull: () => 'en ISO-dato ÅÅÅÅ-MM-DD, eller «null» (pågår)',
  unitPathOrNull: () => 'en enhetssti, eller «null»',
  weeksOrNull: () => 'uker 0–53, eller «null»',
  leavePeriods: () => 'en liste med tolkede permisjonsperioder («startDate», «endDate», «percent»)',
  partialMapping: () =>
    'en delkartlegging (fra «accumulateMapping», «mergePartialMappings» eller «deserializePartialMapping»; JSON leses med «deserializePartialMapping»)',
  payColumn: () => 'kolonnen til en lønnskomponent som innstillingene bruker',
  onePerPerson: (p) => `${p.count} ${p.count === 1 ? 'verdi' : 'verdier'}, én per person (som «persons.key»)`,
  idBelow: (p) => `en ID under ${p.size} (størrelsen på ${q(p.dictionary)}), eller -1`,
  mainActive: () => '1 nøyaktig når personen har et aktivt arbeidsforhold («persons.activeCount» > 0)',
  personKey: () => 'en personnøkkel (personer slås sammen: «options.mergePersons»)',
  uniqueEntry: () => 'en verdi som er unik i oppslagslisten',
  uniquePersonKey: () => 'en personnøkkel som er unik i delkartleggingen',
  payUnitDivisor: () => 'et tall som går opp i 27 720',
  sameOptions: (p) => `${p.value}, som i «a» (delene er beregnet med ulike innstillinger: beregn begge med de samme)`,
  wholeNumberAtLeast0: () => 'et heltall ≥ 0',
  integerRange: (p) => `et heltall ${p.min}–${p.max}`,
  decimalAmount: () => 'et desimalbeløp som «55280.00» (eller et endelig tall)',
  headcountOfYear: (p) => `antall ansatte for regnskapsåret ${p.year}`,
  headcountOverFiscalYear: (p) => `antall ansatte over arbeidsgiverens regnskapsår (som slutter ${p.fiscalYearEnd})`,
  averageHeadcountOfYear: (p) => `gjennomsnittlig antall ansatte i regnskapsåret ${p.year} (oppgitt, eller beregnet med «averageHeadcount»; COV-6)`,
  demandYear: () => 'regnskapsåret kravet gjelder, eller datoen for kravet (ÅÅÅÅ-MM-DD)',
  oneHeadcountPerYear: () => 'ett antall ansatte per regnskapsår (COV-6)',
  orgNumber: () => 'et organisasjonsnummer med gyldig kontrollsiffer (mod 11)',
  endOnOrAfterStart: () => 'en sluttdato på eller etter startdatoen',
  nokAmount: () => 'et beløp i kroner med høyst to desimaler',
  atMostTwoDecimals: () => 'høyst to desimaler',
  realMonthDay: () => 'en måned og dag som finnes (MM-DD)',
  employerText: () => 'en tekst, eller tekster per språk { "nb": …, "nn": …, "en": … }',
  monthDay: () => 'MM-DD',
  monthDayExample: () => 'en måned og dag MM-DD, f.eks. 12-31',
  calendarDay: () => 'en kalenderdag MM-DD (02-29 = siste dag i februar)',
  decimalString: () => 'en desimaltekst som «88.2»',
  nineDigits: () => '9 siffer',
  xmlContent: () => 'XML-en som en «string», en «Uint8Array» eller en asynkron iterator av «Uint8Array»',
  url: () => 'en nettadresse («URL»)',
  unitNameWithoutSeparator: (p) => `et enhetsnavn uten ${q(p.separator)}`,
  uniqueSiblingName: () => 'et navn som er unikt blant enhetene på samme nivå',
  unitPathOfTree: () => 'en enhetssti i organisasjonstreet',
  yearNotAfter: (p) => `et regnskapsår som ikke er senere enn ${p.year}`,
  dutiesOfYear: (p) => `pliktvurderingen for regnskapsåret ${p.year}`,
  cycleOfYear: (p) => `arbeidet etter de fire trinnene i ${p.year}`,
  figuresOfYear: (p) => `tallene for ${p.year}`,
  statementBefore: (p) => `en redegjørelse for et år før ${p.year}`,
  mappedInYears: (p) => `tall kartlagt i ${p.from} eller ${p.to} (STM-6)`,
  uniqueId: (p) => `en ID som er unik i ${q(p.list)}`,
  representative: () => 'minst én representant for de ansatte (ACT-5)',
  referenceId: (p) => `ID-en til ${p.kind === 'measure' ? 'et tiltak' : 'et funn'} i årets arbeid`,
  findingOfMeasure: () => 'ID-en til funnet tiltaket svarer på (ACT-6)',
  employerGround: () => 'et diskrimineringsgrunnlag i arbeidsgiverplikten (ACT-1); alder hører til myndighetsplikten i § 24 (COV-8)',
  statementElement: (p) => ELEMENTS[p.element] ?? q(p.element),
  unitTreeDepth: (p) => `et enhetstre med høyst ${p.limit} nivåer`,
  referenceDateInYear: (p) => `en dato i regnskapsåret ${p.year} (${p.start} – ${p.last})`,
  csvDate: () => 'en dato ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ',
  employeeIdText: () => 'en ansatt-ID',
  zeroOrMore: () => '0 eller mer',
  weeks0to53: () => '0–53 uker',
  yearDigits: () => 'et år ÅÅÅÅ',
  yearOfFirstRow: () => 'året i den første raden som har et år',
  csvNumber: () => 'et tall (1234.50 eller 1 234,50)',
  twoDecimals: () => 'høyst to desimaler',
  twoDecimalsRounded: () => 'høyst to desimaler (avrundes halvt opp)',
  closingQuote: () => 'et avsluttende anførselstegn før slutten av filen',
  delimiterAfterQuote: () => 'et skilletegn eller linjeslutt etter et avsluttende anførselstegn',
  fieldLength: (p) => `felt på høyst ${p.limit} tegn (mangler et anførselstegn?)`,
  fieldCount: (p) => `${p.count} felt`,
  csvSex: () => 'K/M, kvinne/mann, annet/ukjent (eller «female», «male», «other», «unknown»)',
  csvKind: () => 'ordinær/maritim/frilanser eller tomt (eller «ordinary», «maritime», «freelance»)',
  csvContract: () => 'fast/midlertidig eller tomt (eller «permanent», «temporary»)',
  csvBoolean: () => 'ja/nei eller tomt (eller «true», «false»)',
  encoding: (p) => p.encoding,
  nationalId: () => '11 siffer med gyldige kontrollsiffer (mod 11)',
  personIdentifier: () => '«norskIdentifikator» eller «identifiserendeInformasjon»',
  orgNumberDigits: () => 'et organisasjonsnummer på 9 siffer (mod 11)',
  employmentId: () => 'en «arbeidsforholdId»',
  employmentType: (p) => `en av ${p.values.map(q).join(', ')}`,
  isoDate: () => 'ÅÅÅÅ-MM-DD',
  percent0to200: () => '0–200',
  decimalPercent0to200: () => 'et desimaltall 0–200',
  contractForm: () => '«fast» eller «midlertidig…» (tolkes som fast)',
  occupationCode: () => 'en yrkeskode på 7 siffer (beholdes som oppgitt)',
  leavePercent: () => 'en prosent 0–100',
  month: () => 'ÅÅÅÅ-MM',
  oneFinancialYear: () => 'ett regnskapsår',
  monthBetween: (p) => `en måned i ${p.start} – ${p.last}`,
  meldingRoot: (p) => `<melding> i ${p.namespaces.join(' eller ')}`,
  namespaces: (p) => p.namespaces.join(' eller '),
  levelsAtMost: (p) => `høyst ${p.limit} nivåer`,
  hrIdColumn: () => 'en kolonne med fødselsnummer eller ansattnummer',
  hrId: () => 'et fødselsnummer eller et ansattnummer',
  hrSex: () => 'K, M, kvinne, mann (eller «female», «male», «other», «unknown»)',
  hrBoolean: () => 'ja, nei, 1, 0 eller tomt (eller «true», «false», «yes», «no»)',
  sexCode: () => '«female», «male», «other» eller «unknown»',
};

const TABLES: Readonly<Record<string, string>> = {
  'sex-balance': 'kjønnsbalanse (STAT-A1)',
  temporary: 'midlertidig ansatte (STAT-A2)',
  'part-time': 'deltidsansatte (STAT-A3)',
  'parental-leave': 'foreldrepermisjon (STAT-A4)',
  pay: 'kvinners andel av menns lønn (STAT-B1/B2)',
  'sex-distribution': 'kjønnsfordeling per stillingsnivå (STAT-B3)',
  'involuntary-part-time': 'ufrivillig deltid (STAT-B4)',
};

const PART2: Readonly<Record<string, string>> = {
  policy: 'styrende dokumenter',
  organisation: 'organiseringen av arbeidet',
  process: 'risikoer, årsaker og tiltak',
  results: 'resultater',
  plans: 'planer',
};

const fields: Catalogue['fields'] = {
  employeeId: 'ansatt-ID',
  personId: 'person-ID',
  gender: 'kjønn',
  nationalId: 'fødselsnummer',
  employmentKind: 'type arbeidsforhold',
  contract: 'ansettelsesform (fast eller midlertidig)',
  positionPercent: 'stillingsprosent',
  startDate: 'startdato',
  endDate: 'sluttdato',
  unit: 'organisasjonsenhet',
  jobLevel: 'stillingsnivå',
  jobGroup: 'stillingsgruppe',
  occupationCode: 'yrkeskode',
  basePay: 'fastlønn',
  fixedAllowances: 'faste tillegg',
  irregularAllowances: 'uregelmessige tillegg',
  bonus: 'bonus',
  overtime: 'overtidsgodtgjørelse',
  benefitsInKind: 'naturalytelser',
  parentalLeaveWeeks: 'uker med foreldrepermisjon',
  involuntaryPartTime: 'svar om ufrivillig deltid',
  fullTimeHoursPerWeek: 'timer per uke i full stilling',
  organisationNumber: 'organisasjonsnummer',
  year: 'år',
  payCode: 'lønnsart',
  payAmount: 'lønnsbeløp',
};

const field = (f: string): string => `${(fields as Readonly<Record<string, string>>)[f] ?? f} (${q(f)})`;

const diagnostics: DiagnosticMessages = {
  invalid_type: (p) => (p.expected === undefined ? 'feil type' : `forventet ${p.expected}`),
  invalid_value: (p) => `ugyldig verdi${x(p.expected)}`,
  required: (p) => `påkrevd felt mangler${x(p.expected)}`,
  unknown_field: (p) => `ukjent felt${p.columns !== undefined && p.columns.length > 0 ? `: ${p.columns.map(q).join(', ')}` : ''}${x(p.expected)}`,
  special_category_field: (p) =>
    `særlige kategorier av personopplysninger (etnisitet, funksjonsnedsettelse, seksuell orientering …) tas ikke imot som statistikkfelt (ANON-5)${p.column !== undefined ? `: kolonnen ${q(p.column)} leses ikke` : ''}`,
  too_small: (p) => `verdien er for liten${x(p.expected)}`,
  too_big: (p) => `verdien er for stor${x(p.expected)}`,
  invalid_format: (p) => `ugyldig format${x(p.expected)}`,
  too_deep: (p) => `nøstet for dypt${x(p.expected)}`,
  forbidden_key: (p) => `nøkkelen er ikke tillatt${x(p.expected)}`,
  invalid_org_number: () => 'ugyldig organisasjonsnummer (9 siffer, kontrollsiffer mod 11)',
  invalid_national_id: () => 'ugyldig fødselsnummer (11 siffer, kontrollsiffer mod 11)',
  duplicate_employee_id: (p) => `ansatt-ID finnes fra før (første gang i post ${p.firstRecord})`,
  invalid_number: (p) => `ikke et tall${x(p.expected)}`,
  invalid_date: (p) => `ikke en dato${x(p.expected)}`,
  end_before_start: () => 'sluttdato er før startdato',
  negative_pay: (p) => `lønn under null${p.element !== undefined ? ` (${q(p.element)})` : ''}`,
  position_percent_out_of_range: () => 'stillingsprosent utenfor 0–200',
  position_percent_zero_or_missing: () => 'stillingsprosent er 0 eller mangler: telles i antall, holdes utenfor lønnstall (DEF-PAY)',
  position_percent_above_100: () => 'stillingsprosent over 100',
  unknown_sex_value: (p) => `ukjent verdi for kjønn${x(p.expected)}`,
  sex_derived_from_national_id: () => 'kjønn utledet av fødselsnummeret som reserve (HR-data mangler kjønn)',
  too_many_decimals: (p) => `for mange desimaler${x(p.expected)}`,
  person_sex_inconsistent: () => 'arbeidsforholdene til én person oppgir ulikt kjønn: telles som ukjent kjønn (DEF-SEX)',
  missing_columns: (p) => `påkrevde kolonner mangler: ${p.columns.map(q).join(', ')}`,
  unreadable_file: (p) =>
    p.problem === 'xml-syntax'
      ? 'filen kan ikke leses: XML-en er ødelagt (en syntaksfeil, eller filen slutter for tidlig)'
      : 'filen kan ikke leses (en feil under lesingen)',
  not_a_melding: (p) => `ikke en a-meldingsfil${p.root !== undefined ? ` (rotelementet er <${p.root}>)` : ''}${x(p.expected)}`,
  wrong_namespace: (p) => `feil XML-navnerom${x(p.expected)}`,
  mixed_legal_entities: () => 'filer fra ulike juridiske enheter er blandet',
  mixed_years: () => 'filer fra ulike år er blandet',
  unknown_pay_code: () => 'ukjent lønnsart; forventet en av lønnsartene i tabellen',
  invalid_column_mapping: (p) => {
    switch (p.problem) {
      case 'same-field':
        return `ugyldig kolonneoppsett: kolonnene ${q(p.other ?? '')} og ${q(p.column ?? '')} er begge satt til ${q(p.field ?? '')}`;
      case 'not-in-file':
        return `ugyldig kolonneoppsett: kolonnen ${q(p.column ?? '')} i oppsettet finnes ikke i filen`;
      case 'annual-not-pay':
        return `ugyldig kolonneoppsett: årskolonnen ${q(p.column ?? '')} er ikke en lønnskolonne i filen`;
      case 'pay-lines-need-codes':
        return 'ugyldig kolonneoppsett: lønnslinjer («payCode», «payAmount») krever en lønnsartstabell';
      default:
        return 'ugyldig kolonneoppsett: lønnslinjer («payCode», «payAmount») og lønnskolonner kan ikke blandes';
    }
  },
  invalid_encoding: (p) => `teksten er ikke gyldig ${p.encoding ?? p.expected ?? 'tekst'}; uleselige byte er erstattet`,
  optional_columns_missing: (p) => `valgfrie kolonner mangler, standardverdiene brukes: ${p.columns.map(q).join(', ')}`,
  column_recognised: (p) =>
    `kolonnen ${q(p.column)} leses som ${field(p.field)}: et kjent kolonnenavn (før det opp i kolonneoppsettet for å bekrefte, eller sett kolonnen til «ignore»)`,
  column_not_mapped: (p) =>
    `kolonnen ${q(p.column)} ser ut som ${field(p.field)}, men leses ikke${p.from !== undefined ? ` (kolonnen ${q(p.from)} gir den)` : ''}: før den opp i kolonneoppsettet, eller sett den til «ignore»`,
  malformed_row: (p) => `feil i raden${p.fields !== undefined ? ` (${p.fields} felt)` : ''}${x(p.expected)}`,
  sex_missing: () => 'kjønn er tomt: telles som ukjent, holdes utenfor sammenligningen av kvinner og menn (DEF-SEX)',
  missing_reference_month: (p) => `ingen a-melding for måneden til referansedatoen${x(p.expected)}`,
  duplicate_delivery: () => 'samme arbeidsforhold er rapportert to ganger for én måned (holdt utenfor)',
  employment_not_in_reference_month: () =>
    'arbeidsforholdet er ikke rapportert i måneden til referansedatoen: regnes som avsluttet etter siste rapporterte måned',
  income_not_linked: () => 'lønnslinje uten kobling til et rapportert arbeidsforhold (manglende eller ukjent «arbeidsforholdId»)',
  hr_record_unmatched: () => 'HR-posten passer ikke til noe arbeidsforhold i a-meldingen',
  no_base_pay_in_reference_month: () =>
    'ingen fastlønn i måneden til referansedatoen (f.eks. ulønnet permisjon): posten teller med fastlønn 0 i lønnstallene (DEF-PAY)',
  missing_representatives: (p) => `trinn ${p.step} mangler deltakelse fra de ansattes representanter (ACT-5)`,
  measure_without_finding: () => 'tiltaket er ikke knyttet til et funn (ACT-6)',
  unknown_reference: (p) => `viser til ${p.kind === 'measure' ? 'et ukjent tiltak' : p.kind === 'unit' ? 'en ukjent enhet' : 'et ukjent funn'}`,
  missing_statement_element: (p) => `et element i redegjørelsens del 2 mangler: ${PART2[p.element] ?? q(p.element)} (STM-3)`,
  missing_figure: (p) => `påkrevd tall mangler: ${TABLES[p.figure] ?? q(p.figure)}`,
  stale_biennial_figures: (p) => `tallene som kartlegges annethvert år, er fra ${p.mappedYear}, eldre enn fjoråret (STM-6)`,
  invalid_argument: (p) => `ugyldig argument ${p.argument}${x(p.expected)}`,
  field_too_long: (p) => `et felt lengre enn ${p.limit} tegn leses ikke (kanskje mangler et anførselstegn)`,
  header_too_long: (p) => `overskriftslinjen er lengre enn ${p.limit} tegn (kanskje ikke en CSV-fil): ingenting leses`,
  unit_too_deep: (p) => `enhetsstien har mer enn ${p.limit} nivåer: leses ikke`,
  element_too_deep: (p) => `elementer nøstet mer enn ${p.limit} nivåer dypt: filen leses ikke`,
  diagnostics_truncated: (p) => `${p.omitted} problemer til er funnet og telt, men ikke listet (de første ${p.kept} er listet)`,
};

const duties: Catalogue['duties'] = {
  subject: (p) => {
    switch (p.category) {
      case 'public':
        return 'En offentlig virksomhet (uansett størrelse)';
      case 'private-over-50':
        return `En privat virksomhet med mer enn ${p.above} ansatte (${p.headcount})`;
      case 'private-20-50-demanded':
        return `En privat virksomhet med ${p.from}–${p.above} ansatte (${p.headcount}) der ${p.party === null ? '?' : duties.party[p.party]} har krevd det`;
      case 'private-20-50':
        return `En privat virksomhet med ${p.from}–${p.above} ansatte (${p.headcount}) uten krav fra partene`;
      default:
        return `En privat virksomhet med færre enn ${p.from} ansatte (${p.headcount})`;
    }
  },
  party: { employer: 'arbeidsgiveren', 'employee-representatives': 'de tillitsvalgte', 'employee-majority': 'et flertall av de ansatte' },
  general: 'Alle arbeidsgivere skal arbeide aktivt, målrettet og planmessig for likestilling og mot diskriminering.',
  fourSteps: (who) => `${who} skal følge de fire trinnene (ACT-3).`,
  mapping: (who) => `${who} skal kartlegge lønn fordelt på kjønn og ufrivillig deltid minst annethvert år (ACT-4).`,
  statement: (who) => `${who} skal redegjøre for likestillingsarbeidet hvert år (STM-1).`,
  documentationViaStatement: 'Dokumentasjonen gis gjennom redegjørelsen.',
  documentation: (who) => `${who} skal dokumentere likestillingsarbeidet og legge det fram på forespørsel (COV-5).`,
  notThisDuty: (who) => `${who} har ikke denne plikten (COV-5).`,
  names: {
    'general-duty': 'den generelle aktivitetsplikten',
    'four-step-method': 'den lovbestemte metoden i fire trinn',
    'biennial-mapping': 'kartleggingen av lønn og ufrivillig deltid annethvert år',
    statement: 'den årlige redegjørelsen',
    'documentation-duty': 'dokumentasjonsplikten',
  },
  sentence: (p) => {
    const not = p.hasNot.length > 0 ? `, men ikke ${join(p.hasNot, 'eller')}` : '';
    const authority =
      p.authority === null
        ? ''
        : ` Den ${p.authority.applies ? 'har også' : 'har ikke'} aktivitets- og redegjørelsesplikten som myndighet (LDL § 24; COV-8${p.authority.assumed ? ', antatt ut fra sektor' : ''}).`;
    return `I regnskapsåret ${p.year} har ${p.who} ${join(p.has, 'og')}${not} (LDL §§ 26, 26 a; ${p.rules}).${authority}`;
  },
};

const plan: Catalogue['plan'] = {
  basis: {
    noStatement: 'Ingen redegjørelsesplikt: arbeidet dokumenteres (dokumentasjonsplikt).',
    mappedThisYear: (year) => `Toårig kartlegging gjort for ${year}.`,
    reuse: (last) => `Kartlagt i ${last}: tallene for lønn og ufrivillig deltid kan gjenbrukes eller vises til.`,
    firstMapping: (year) => `Første toårige kartlegging senest for ${year}.`,
    noEarlierMapping: 'Ingen tidligere kartlegging: lønn og ufrivillig deltid skal kartlegges i år.',
    lastMapping: (last) => `Siste kartlegging ${last}: lønn og ufrivillig deltid skal kartlegges i år (minst annethvert år).`,
    everyYear: 'Redegjørelsen gis hvert år.',
    fourSteps: 'De fire trinnene gjennomføres innen året, i samarbeid med de tillitsvalgte.',
    deadlines: (adoption, filing) => `Årsberetningen vedtas innen ${adoption} og sendes inn innen ${filing}.`,
  },
  sentence: (p) => {
    const head = `Regnskapsåret ${p.year} (${p.start} – ${p.last}): `;
    if (!p.statementRequired)
      return `${head}ingen redegjørelsesplikt; likestillingsarbeidet dokumenteres (COV-5). Årsberetningen vedtas innen ${p.adoptionDeadline} og sendes inn innen ${p.filingDeadline}.`;
    const mapping = p.mappingRequired
      ? 'lønn fordelt på kjønn og ufrivillig deltid skal kartlegges (ACT-4)'
      : p.reuseFrom !== null
        ? `ingen ny kartlegging av lønn og ufrivillig deltid kreves; tallene fra ${p.reuseFrom} kan gjenbrukes (STM-6)`
        : `ingen kartlegging av lønn og ufrivillig deltid kreves ennå (første gang senest for ${p.firstMappingYear}, ACT-4)`;
    return `${head}${mapping}. Redegjørelsen med årsberetningen vedtas innen ${p.adoptionDeadline} og sendes inn innen ${p.filingDeadline} (STM-5).`;
  },
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const mib = (n: number): string => (n < 10 ? n.toFixed(1).replace('.', ',') : String(Math.round(n)));
const seconds = (s: number): string => (s < 90 ? `${s} s` : s < 5400 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1).replace('.', ',')} t`);
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

const LANG_LINE =
  '  --lang <språk>           nb, nn eller en (også norsk, bokmål, nynorsk, engelsk); standard: fra\n                           LC_ALL, LC_MESSAGES eller LANG, ellers en';
const HELP_LINE = '  -h, --help               denne hjelpen';

const cli: Catalogue['cli'] = {
  usage: `Bruk: likestilling <kommando> [valg]

Arbeidsgivers aktivitets- og redegjørelsesplikt (likestillings- og diskrimineringsloven §§ 26–26 a).

Kommandoer:
  likestilling duties     hvilke plikter en arbeidsgiver har i et regnskapsår (COV-*)
  likestilling plan       hva som skal kartlegges og publiseres i et år, og innen når (ACT-4, STM-*)
  likestilling report     tallene i del 1, eller hele redegjørelsen, fra dataene
${analysisNb.cli.usage}
  likestilling audit      kontroller en publisert tabell for avsløring av skjulte tall (ANON-*)
  likestilling validate   kontroller filer og list opp alle problemer
  likestilling init       skriv malene til et redegjørelsesprosjekt som du fyller ut
  likestilling transparency  EUs lønnsåpenhetsindikatorer (art. 9, 10) fra dataene
  likestilling vectors    kjør samsvarstestene mot dette verktøyet eller et annet program

Alle kommandoer tar --lang (nb, nn eller en; ellers fra LANG, ellers en) og -h/--help:
\`likestilling <kommando> --help\` viser valgene.
`,
  help: {
    duties: `Bruk: likestilling duties --sector <sektor> --year <år> [valg]

Hvilke plikter etter aktivitets- og redegjørelsesplikten en arbeidsgiver har i et regnskapsår
(ARP.md §2, COV-1 til COV-8).

Valg:
  --sector <sektor>        offentlig eller privat (også kommune, fylkeskommune, stat, «public»,
                           «private») (påkrevd)
  --year <år>              regnskapsåret, 2020 eller senere (påkrevd)
  --headcount <antall>     gjennomsnittlig antall ansatte (COV-6; påkrevd for en privat virksomhet)
  --demanded-by <part>     hvem som har krevd de utvidede pliktene (COV-4): arbeidsgiver,
                           tillitsvalgte, flertall eller ingen; standard ingen
  --demand-year <år>       regnskapsåret kravet ble stilt (standard: --year)
  --authority              vurder også aktivitets- og redegjørelsesplikten som myndighet (§ 24, COV-8)
  --format <format>        json (standard) eller tekst
${LANG_LINE}
${HELP_LINE}

Avslutningskoder: 0 ferdig; 2 ugyldige argumenter.
`,
    plan: `Bruk: likestilling plan --year <år> [valg]

Hva som skal kartlegges og publiseres i et regnskapsår, og innen når (ACT-3, ACT-4, STM-2, STM-5,
STM-6).

Valg:
  --year <år>              regnskapsåret, 2020 eller senere, det som slutter i det kalenderåret
                           (påkrevd)
  --last-mapping <år>      siste regnskapsår med kartlegging av lønn og ufrivillig deltid (hvert
                           annet år), eller ingen (standard ingen)
  --fiscal-year-end <MM-DD> siste dag i regnskapsåret (standard 12-31)
  --format <format>        json (standard) eller tekst
${LANG_LINE}
${HELP_LINE}

Avslutningskoder: 0 ferdig; 2 ugyldige argumenter.
`,
    report: `Bruk: likestilling report <filer…> --year <år> [valg]
      likestilling report --config <prosjekt.json>
      likestilling report --render <redegjørelse.json> --format <format>

Tallene i del 1, eller hele redegjørelsen, fra dataene: en kanonisk CSV-fil med ansatte; en
eksport fra et HR- eller regnearksystem med --mapping, --profile og --pay-codes; eller årets
a-meldinger (*.xml) med --hr. Uten --employer og --cycle: tallene som JSON (den interne
kartleggingen, eller med --publish de publiserte tallene). Med dem: redegjørelsen (tallene
anonymiseres først, ANON-*) som json, html, md eller xlsx. Med --config: et redegjørelsesprosjekt
(likestilling init skriver et), der alle inndata og utdata står i én fil.

Data:
  --year <år>              regnskapsåret (påkrevd)
  --mapping <fil>          kolonneoppsett som JSON: { "deres overskrift": "felt", … }
  --profile <fil>          importprofil som JSON: columnMapping, payCodes, annualColumns,
                           delimiter, decimal, encoding
  --pay-codes <fil>        lønnsartstabell som JSON: { "1000": "basePay", "9000": "notPay", … }
  --hr <fil>               HR-fil som kobles til a-meldingen (kjønn, nivå, gruppe, enhet, ufrivillig
                           deltid)
  -q, --quiet              ingen framdriftslinje i terminalen

Redegjørelsen:
  --config <fil>           et redegjørelsesprosjekt (virksomhet, årets arbeid, vurdering, valg,
                           fjoråret, data, utdata): alle andre inndata kommer derfra
  --employer <fil>         virksomheten som JSON («EmployerSchema»)
  --cycle <fil>            årets arbeid etter de fire trinnene som JSON («EqualityCycleSchema»)
  --assessment <fil>       virksomhetens egen vurdering: avsnitt, eller { "nb": […], "en": […] }
  --options <fil>          valg for redegjørelsen som JSON (levelOrder, breakdown, includeNok,
                           biennial)
  --previous <fil>         fjorårets redegjørelse som JSON (fra --format json)
  --policy <fil>           regler for publisering som JSON (terskler, ratiosOnly, mergeSmallLevels)
  --include-nok            gjennomsnitt i kroner ved siden av andelene (STAT-B0)
  --breakdown <inndeling>  nivå (standard) eller gruppe: inndelingen av lønnstabellene
  --level-order <liste>    virksomhetens nivåer eller grupper, øverst først, skilt med komma
  --show-rules             et vedlegg for revisor: regel-ID-ene bak hver tabell og hver note
  --publish                uten redegjørelse: de publiserte tallene i stedet for kartleggingen
  --format <format>        json (standard), html, md eller xlsx
  --out <fil>              skriv til en fil i stedet for standard ut (påkrevd for xlsx)
  --render <fil>           vis en redegjørelse i JSON (f.eks. en du har redigert) i stedet for å
                           lage en
${LANG_LINE}
                           (redegjørelsen: --lang, ellers bokmål)
${HELP_LINE}

Avslutningskoder: 0 ferdig; 1 ferdig, men dataene hadde feil (rader holdt utenfor) eller
redegjørelsen mangler noe (se standard feil); 2 ugyldige argumenter eller uleselige inndata.
`,
    analyse: analysisNb.cli.help,
    audit: `Bruk: likestilling audit <publisert.json> [valg]

Kontrollerer om en publisert tabell avslører noe (ARP.md §6, ANON-2, ANON-3, ANON-7): hvert
publiserte tall under en terskel, og hvert skjulte tall en leser kan snevre inn — med en løser for
lineær programmering og heltallsprogrammering over alle sammenhengene tabellen gir — til én verdi,
til innenfor toleransen, eller (antallet i en liten gruppe) nok til å skille «alle» fra «ingen»;
hvert funn med kjeden av sammenhenger som gir det. Leser JSON fra likestilling report --publish og
tabeller fra andre verktøy med samme form (schemas/published.schema.json).

Valg:
  --policy <fil>           regler for publisering som JSON (standard: tabellens egne, ellers ANON-2)
  --pay-min <n>            personer som trengs bak et lønnstall for et kjønn (standard 5)
  --attribute-min <n>      antall med et kjennetegn er 0 eller minst n, og resten likeså (standard 3)
  --parental-leave-min <n> personer som trengs bak et gjennomsnitt av uker med foreldrepermisjon
                           (standard 5)
  --tolerance <prosent>    et skjult tall snevret inn til innenfor denne prosenten regnes som funnet
                           (standard 1)
  --format <format>        json (standard) eller tekst
${LANG_LINE}
${HELP_LINE}

Avslutningskoder: 0 ingen funn; 1 funn; 2 uleselige inndata eller ugyldige argumenter.
`,
    validate: `Bruk: likestilling validate <filer…> [valg]

Kontrollerer filer slik likestilling report leser dem, og lister opp alle problemer: feil (raden
holdes utenfor tallene) og advarsler (raden beholdes). CSV-filer (det kanoniske formatet eller en
eksport fra et HR- eller regnearksystem) kontrolleres hver for seg; a-meldinger (*.xml) leses
sammen som én juridisk enhets regnskapsår, med HR-filen fra --hr.

Valg:
  --mapping <fil>          kolonneoppsett som JSON: { "deres overskrift": "felt", … }
  --profile <fil>          importprofil som JSON: columnMapping, payCodes, annualColumns,
                           delimiter, decimal, encoding
  --pay-codes <fil>        lønnsartstabell som JSON: { "1000": "basePay", "9000": "notPay", … }, for
                           en kolonne per lønnsart eller, med kolonnene payCode og payAmount,
                           lønnslinjer
  --year <år>              regnskapsåret (CSV: en årskolonne må stemme; a-melding: året som leses)
  --hr <fil>               HR-fil som kobles til a-meldingen
  --max-diagnostics <n>    problemer som listes per fil (standard 1000); resten telles
  -q, --quiet              ingen framdriftslinje i terminalen
  --format <format>        tekst (standard) eller json
${LANG_LINE}
${HELP_LINE}

Avslutningskoder: 0 ingen feil (advarsler er greit); 1 feil funnet; 2 ugyldige argumenter eller
uleselige filer.
`,
    init: `Bruk: likestilling init [<mappe>] [valg]

Skriver malene til et redegjørelsesprosjekt som du fyller ut: statement.json (prosjektet:
virksomhet, årets arbeid, data og utdata), employer.json og cycle.json, med kommentarer som
forklarer hvert felt. Deretter: likestilling report --config statement.json.

Valg:
  --year <år>              regnskapsåret redegjørelsen gjelder (standard: i fjor)
  --sector <sektor>        offentlig eller privat (også kommune, stat …; standard privat)
  --dir <mappe>            hvor filene skrives (standard: mappen du står i)
  --force                  skriv over filer som finnes
${LANG_LINE}
                           (også språket i kommentarene)
${HELP_LINE}

Avslutningskoder: 0 ferdig; 2 ugyldige argumenter eller en fil som finnes fra før.
`,
    transparency: transparencyNb.help,
    vectors: `Bruk: likestilling vectors [valg]

Kjører samsvarstestene (vectors/index.json: hvert tilfelles kommandolinje, inndata og forventede
utdata) mot denne kommandolinjen, eller mot et annet program, og lister hvert tilfelle som avviker.
Utdata sammenlignes som JSON: tekststrenger og tall nøyaktig, nøkler i vilkårlig rekkefølge.

Valg:
  --dir <mappe>            mappen med testene (standard vectors)
  --run <kommando>         kjør hvert tilfelle med denne kommandoen i stedet, i tilfellets mappe;
                           {cli} byttes ut med tilfellets argumenter, f.eks. "mitt-program {cli}"
  --only <id,…>            kjør bare disse tilfellene
  --skip-texts             ikke sammenlign tekster på nb, nn og en (for andre implementasjoner)
${LANG_LINE}
${HELP_LINE}

Avslutningskoder: 0 alle tilfeller bestått; 1 noen avviker; 2 feil i argumentene eller uleselig indeks.
`,
  },
  seeHelp: (command) => `Kjør \`likestilling ${command} --help\` for valgene.`,
  errors: {
    unknownCommand: (p) => `ukjent kommando «${p.command}»`,
    unknownOption: (p) => `ukjent valg ${p.option}`,
    missingValue: (p) => `${p.option} trenger en verdi (skriv ${p.option}=… for en verdi som begynner med bindestrek)`,
    noValueTaken: (p) => `${p.option} tar ingen verdi`,
    repeated: (p) => `${p.option} er gitt to ganger`,
    unexpectedArgument: (p) => `uventet argument «${p.argument}»`,
    oneOf: (p) =>
      `${p.option} må være en av ${p.allowed.map(q).join(', ')}${p.also !== undefined && p.also.length > 0 ? ` (eller ${p.also.map(q).join(', ')})` : ''} (fikk «${p.value}»)`,
    wholeNumber: (p) => `${p.option} må være et heltall (fikk «${p.value}»)`,
    between: (p) => `${p.option} må være mellom ${p.min} og ${p.max === Infinity ? '∞' : p.max} (fikk ${p.value})`,
    numberAtLeast: (p) => `${p.option} må være et tall ≥ ${p.min} (fikk «${p.value}»)`,
    monthDay: (p) => `${p.option} må være en måned og dag som finnes, MM-DD, f.eks. 06-30 (fikk «${p.value}»)`,
    required: (p) => `${p.option} er påkrevd`,
    headcountRequired: () => '--headcount er påkrevd for en privat virksomhet (gjennomsnittlig antall ansatte, COV-6)',
    needs: (p) => `${p.option} krever ${p.other}`,
    together: (p) => `${join(p.options, 'og')} hører sammen (redegjørelsen trenger begge)`,
    formatNeedsStatement: (p) => `--format ${p.format} krever redegjørelsens inndata --employer og --cycle (eller --config)`,
    outRequired: (p) => `--format ${p.format} krever --out <fil>`,
    noFiles: () => 'oppgi minst én fil som skal kontrolleres',
    noData: () => 'oppgi dataene: én CSV-fil med ansatte, eller årets a-meldinger (*.xml)',
    oneDataSet: () => 'oppgi én CSV-fil med ansatte, eller årets a-meldinger (*.xml), ikke begge',
    oneTable: () => 'oppgi nøyaktig én publisert tabell (en JSON-fil)',
    hrNeedsXml: () => '--hr kobles til a-meldinger: oppgi dem (*.xml)',
    renderNoFiles: () => '--render tar ingen datafiler',
    noFilesWith: (p) => `${p.option} tar ingen datafiler`,
    configConflict: (p) => `${p.option} kan ikke gis sammen med --config: prosjektfilen oppgir alle inndata og utdata`,
    cannotRead: (p) =>
      `kan ikke lese ${p.file}: ${p.reason === 'missing' ? 'filen finnes ikke' : p.reason === 'denied' ? 'mangler tilgang til å lese den' : p.reason === 'folder' ? 'det er en mappe' : 'en lesefeil'}`,
    notJson: (p) =>
      `${p.label === p.file ? '' : `${p.label}: `}${p.file} er ikke JSON (${p.line === undefined ? 'den slutter for tidlig' : `feil på linje ${p.line}, kolonne ${p.column ?? 1}`})`,
    invalidJson: (p) => `${p.label === p.file ? '' : `${p.label}: `}${p.file} er ikke gyldig:\n${p.problems.map((x) => `  ${x}`).join('\n')}`,
    invalidInput: (p) => `ugyldige inndata:\n${p.problems.map((x) => `  ${x}`).join('\n')}`,
    cannotAssess: (p) => `pliktene for ${p.year} kan ikke vurderes:\n${p.problems.map((x) => `  ${x}`).join('\n')}`,
    exists: (p) => `${p.file} finnes fra før (--force skriver over den)`,
  },
  validate: {
    file: (p) => {
      const head =
        p.kind === 'a-melding'
          ? `a-melding, ${plural(p.files.length, 'fil', 'filer')}${p.months.length > 0 ? ` (${p.months[0] ?? ''} – ${p.months[p.months.length - 1] ?? ''})` : ''}`
          : `${p.files[0] ?? ''}${p.kind === 'hr' ? ' (HR-fil)' : ''}`;
      const unit = p.kind === 'a-melding' ? ['arbeidsforhold', 'arbeidsforhold'] : ['rad', 'rader'];
      return `${head}: ${plural(p.errors, 'feil', 'feil')}, ${plural(p.warnings, 'advarsel', 'advarsler')}; ${plural(p.read, unit[0] ?? '', unit[1] ?? '')} lest, ${p.rejected} holdt utenfor${p.fatal ? ' — kan ikke brukes' : ''}`;
    },
    summary: (p) =>
      `${plural(p.errors, 'feil', 'feil')}, ${plural(p.warnings, 'advarsel', 'advarsler')} i ${plural(p.files, 'fil', 'filer')}${p.unreadable > 0 ? `; ${plural(p.unreadable, 'fil', 'filer')} kunne ikke leses` : ''}`,
  },
  report: {
    more: (n) => `… og ${plural(n, 'problem', 'problemer')} til (likestilling validate lister opp alle)`,
    noFigures: (p) => `${p.files.join(', ')} gir ingen tall`,
    written: (p) => `skrevet: ${p.file}`,
  },
  audit: {
    unreadable: 'Tabellen kan ikke leses:',
    heading: (p) =>
      `Kontroll av en publisert tabell (lønn ≥ ${p.pay}, kjennetegn 0 eller ≥ ${p.attribute}/${p.rest}, foreldrepermisjon ≥ ${p.leave}, toleranse ${p.tolerance} %)`,
    clean: 'Ingen funn.',
    findings: (n) => `${plural(n, 'funn', 'funn')}:`,
    kinds: {
      'below-threshold': 'under terskelen',
      recoverable: 'kan regnes ut',
      'remainder-disclosed': 'resten avslørt',
      'combination-disclosed': 'summen avslørt',
      unreadable: 'kan ikke leses',
    },
    via: 'gjennom',
    examined: (n) => `${plural(n, 'skjult tall eller liten gruppe', 'skjulte tall og små grupper')} undersøkt.`,
  },
  vectors: {
    failed: (p) => `AVVIK ${p.id} (${p.rules.join(', ')})`,
    difference: (p) => `${p.path}: forventet ${p.expected}, fikk ${p.actual}`,
    exitCode: (p) => `avslutningskode: forventet ${p.expected}, fikk ${p.actual}`,
    notJson: 'utdataene er ikke JSON',
    absent: '(mangler)',
    summary: (p) => `${p.passed} bestått, ${p.failed} med avvik`,
  },
  progress: {
    line: (p) =>
      [
        `${p.label}: ${mib(p.mib)}${p.totalMib === undefined ? '' : ` av ${mib(p.totalMib)}`} MiB lest${p.percent === undefined ? '' : ` (${p.percent} %)`}`,
        p.rowsPerSecond !== undefined ? `${grouped(p.rowsPerSecond)} rader/s` : p.mibPerSecond !== undefined ? `${mib(p.mibPerSecond)} MiB/s` : '',
        p.secondsLeft !== undefined ? `omtrent ${seconds(p.secondsLeft)} igjen` : '',
      ]
        .filter((x) => x !== '')
        .join(', '),
  },
  init: {
    config: (p) => `// Et redegjørelsesprosjekt: \`likestilling report --config statement.json\` lager redegjørelsen.
// Stier er relative til denne filen. Kommentarer som denne er tillatt.
{
  // Regnskapsåret redegjørelsen gjelder.
  "year": ${p.year},
  // Virksomheten (den juridiske enheten): se employer.json.
  "employer": "employer.json",
  // Årets arbeid etter de fire trinnene, og del 2 av redegjørelsen: se cycle.json.
  "cycle": "cycle.json",
  // Valgfritt: egen vurdering av tallene (en liste med avsnitt, eller { "nb": […], "en": […] }).
  // "assessment": "vurdering.json",
  // Valgfritt: rekkefølgen på stillingsnivåene, øverst først, og andre valg.
  "options": { "levelOrder": [] },
  // Valgfritt: fjorårets redegjørelse (JSON-en likestilling report skriver), til sammenligningen.
  // "previous": "redegjorelse-${p.year - 1}.json",
  // Valgfritt: hvorfor lønnsforskjellen — oppdelingen etter stillingsnivå og den justerte
  // forskjellen, publisert etter de samme reglene som tallene (alle analysevalg unntatt «statistics»).
  // "analysis": { "breakdowns": ["level"] },
  // Valgfritt: et vedlegg med EUs lønnsåpenhetsindikatorer (a)–(f) for året, publisert etter de
  // samme reglene.
  // "transparency": true,
  // Dataene: en kanonisk CSV-fil med ansatte, en HR-eksport med kolonneoppsett, eller årets
  // a-meldinger med en HR-fil ("files": ["a-melding-${p.year}-01.xml", …], "hr": "hr.csv").
  "data": {
    "files": ["ansatte-${p.year}.csv"]
    // , "mapping": "kolonner.json", "payCodes": "lonnsarter.json"
  },
  // Hva som skrives: formatet fra filendelsen (.html, .md, .json, .xlsx), språket nb, nn eller en.
  "outputs": [
    { "file": "redegjorelse.html", "lang": "nb" },
    { "file": "redegjorelse.json" }
  ]
}
`,
    employer: (p) => `// Virksomheten: den juridiske enheten som har pliktene (COV-7). Fyll inn alle verdiene.
{
  // 9 siffer.
  "organisationNumber": "000000000",
  // Navnet slik det skal stå i redegjørelsen (eller { "nb": "…", "en": "…" }).
  "name": "Virksomheten AS",
  // "public" (offentlig) eller "private" (privat).
  "sector": "${p.sector}",
  // Gjennomsnittlig antall ansatte per regnskapsår (COV-6): avgjør pliktene til en privat
  // virksomhet (over 50: redegjørelse; 20–50: når en av partene krever det).
  "headcounts": [{ "financialYear": ${p.year}, "averageHeadcount": 0 }]
  // , "fiscalYearEnd": "12-31"  // siste dag i regnskapsåret, MM-DD
  // , "demands": [{ "party": "employee-representatives", "financialYear": ${p.year} }]  // COV-4
}
`,
    cycle: (p) => `// Årets likestillingsarbeid etter de fire trinnene (ACT-3), dokumentert (ACT-6), og del 2 av
// redegjørelsen (STM-3). Hver post oppgir de tillitsvalgte som deltok (ACT-5).
{
  "financialYear": ${p.year},
  // Trinn a: risikoer for diskriminering og hindre for likestilling som er funnet, f.eks.
  // { "id": "F1", "date": "${p.year}-03-01", "kind": "risk", "description": "…", "grounds": ["sex"],
  //   "areas": ["pay-and-working-conditions"], "representatives": [{ "role": "hovedtillitsvalgt" }] }
  "findings": [],
  // Trinn b: årsakene, f.eks. { "id": "A1", "date": "…", "findingIds": ["F1"], "causes": "…", "representatives": […] }
  "causeAnalyses": [],
  // Trinn c: tiltak, f.eks. { "id": "T1", "date": "…", "findingIds": ["F1"], "description": "…",
  //   "goal": "…", "owner": "…", "deadline": "${p.year + 1}-06-30", "representatives": […] }
  "measures": [],
  // Trinn d: evalueringer, f.eks. { "id": "E1", "date": "…", "measureIds": ["T1"], "assessment": "…", "representatives": […] }
  "evaluations": [],
  // Del 2 av redegjørelsen: styrende dokumenter, hvordan arbeidet er organisert, resultater, planer.
  // Alle tekster kan gis per språk: { "nb": "…", "en": "…" }.
  "context": {
    "policies": [],
    "organisation": { "fora": [] }
    // , "results": "…", "plansAhead": "…"
  }
}
`,
    written: (p) => `skrevet: ${p.file}`,
    next: (p) => `Fyll dem ut, og kjør deretter: likestilling report --config ${p.config}`,
  },
};

const SEX_WORDS: Readonly<Record<FigureSex, string>> = {
  women: 'kvinner',
  men: 'menn',
  other: 'personer med annet kjønn',
  unknown: 'personer med ukjent kjønn',
  otherOrUnknown: 'personer med annet eller ukjent kjønn',
  all: 'personer',
};
const RELATIONS: Readonly<Record<'sexes' | 'breakdown' | 'units' | 'other', string>> = {
  sexes: 'totalen for de samme ansatte minus tallene for de andre kjønnene',
  breakdown: 'totalen for hele virksomheten minus tallene for de andre nivåene eller gruppene',
  units: 'tallet for enheten over minus tallene for de andre underenhetene',
  other: 'de publiserte tallene (summer, gjennomsnitt og forholdstall)',
};
const SUBJECTS: Readonly<Record<FigureSubject, (sex: string | null) => string>> = {
  headcount: (s) => `antall ${s ?? 'ansatte'}`,
  temporary: (s) => `antall midlertidig ansatte${s === null ? '' : ` ${s}`}`,
  temporaryShare: (s) => `andelen midlertidig ansatte blant ${s ?? 'alle ansatte'}`,
  partTime: (s) => `antall deltidsansatte${s === null ? '' : ` ${s}`}`,
  partTimeShare: (s) => `andelen deltidsansatte blant ${s ?? 'alle ansatte'}`,
  involuntary: (s) => `antall ${s ?? 'ansatte'} i ufrivillig deltid`,
  involuntaryShare: (s) => `andelen i ufrivillig deltid blant ${s ?? 'alle ansatte'}`,
  partTimers: (s) => `antall deltidsansatte${s === null ? '' : ` ${s}`}`,
  answered: (s) => `antall svar om ufrivillig deltid blant ${s ?? 'deltidsansatte'}`,
  coverage: (s) => `svarandelen om ufrivillig deltid blant ${s ?? 'deltidsansatte'}`,
  leavePersons: (s) => `antall ${s ?? 'ansatte'} med foreldrepermisjon`,
  leaveWeeks: (s) => `gjennomsnittlig antall uker med foreldrepermisjon for ${s ?? 'ansatte'}`,
  payMean: (s) => `gjennomsnittslønnen til ${s ?? 'de ansatte'}`,
  payMedian: (s) => `medianlønnen til ${s ?? 'de ansatte'}`,
  payCount: (s) => `antall ${s ?? 'ansatte'} med lønnstall`,
  shareMean: () => 'kvinners andel av menns gjennomsnittslønn',
  shareMedian: () => 'kvinners andel av menns medianlønn',
  figure: () => 'et tall',
};

const report: Catalogue['report'] = {
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
  legend: '– betyr at tallet er skjult for å verne enkeltansatte (noten ved tallet sier hvorfor) eller ikke finnes.',
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
  noGroup: '(uten stillingsgruppe)',
  noUnit: '(uten enhet)',
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
    'pay-levels':
      'På {below} av {levels} stillingsnivåer med publiserte tall var kvinners andel under 100 %; lavest var den på nivået «{lowestLevel}» ({lowest}) og høyest på «{highestLevel}» ({highest}).',
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
  detailExtra: {
    reference: 'Referanse',
    unit: 'Enhet',
    kind: 'Type',
    documentKind: 'Type dokument',
    method: 'Metode',
    nextSteps: 'Videre',
    risk: 'risiko',
    obstacle: 'hinder',
    groundsWithoutFinding: 'Grunnlag uten funn',
    areasWithoutFinding: 'Områder uten funn',
    policy: 'politikk',
    strategy: 'strategi',
    guideline: 'retningslinje',
    plan: 'plan',
  },
  breakdownHeading: { level: 'Stillingsnivå', group: 'Stillingsgruppe' },
  footnote: {
    primaryPay: (p) =>
      `Skjult fordi færre enn ${p.threshold} ${SEX_WORDS[p.sex]} i gruppen har lønnstall: lønn for et kjønn publiseres bare når minst ${p.threshold} personer står bak tallet.`,
    primaryCount: (p) =>
      `Skjult fordi for få har kjennetegnet, eller for få mangler det: et antall publiseres bare når begge er 0 eller minst ${p.threshold}, slik at ingens forhold kan leses ut av det.`,
    primaryWeeks: (p) =>
      `Skjult fordi færre enn ${p.threshold} personer har hatt foreldrepermisjon: et gjennomsnitt av uker publiseres bare når minst ${p.threshold} står bak det.`,
    secondary: (p) => `Skjult fordi ${p.figure}, som er skjult, ellers kunne regnes ut fra ${RELATIONS[p.relation]}.`,
    byChoice: 'Ikke publisert: virksomheten publiserer kvinners andel av menns lønn, ikke beløpene i kroner.',
    figure: (p) =>
      `${SUBJECTS[p.subject](p.sex === 'all' ? null : SEX_WORDS[p.sex])}${p.where.kind === 'total' ? '' : p.where.kind === 'level' ? ` på nivået «${p.where.name}»` : p.where.kind === 'group' ? ` i gruppen «${p.where.name}»` : ` i enheten «${p.where.name}»`}`,
  },
  appendix: {
    title: 'Vedlegg for revisor: reglene bak redegjørelsen',
    intro:
      'Regel-ID-ene viser til regeldokumentet biblioteket følger (ARP.md, docs/rules.md): hver tabell, hvert skjult tall og hver plikt nedenfor oppgir reglene den følger.',
    tables: 'Tabeller',
    notes: 'Noter om skjulte tall',
    duties: 'Plikter',
    statement: 'Redegjørelsen',
    statementRules:
      'Hvem som skal redegjøre og når (STM-1, STM-2, STM-5), de to delene (STM-3), gjenbruk av tall som kartlegges annethvert år (STM-6), ingen personlige forhold (STM-8, ANON-1); tallene: de ansatte per referansedatoen (DEF-POP, DEF-REF), kjønn (DEF-SEX), lønn (DEF-PAY, DEF-AVG, DEF-ROUND).',
    suppression: { primary: 'for få personer bak tallet', secondary: 'verner et annet skjult tall', 'by-choice': 'valgt bort' },
    threshold: (n) => `terskel ${n} personer`,
    note: (n) => `Note ${n}`,
  },
  notes: {
    shareDenominators: (p) =>
      `Kvinner utgjør ${p.ofAll} av alle ansatte i tabellen over kjønnsbalanse, men ${p.ofWomenAndMen} i kjønnsfordelingen per stillingsnivå: der regnes andelen bare av kvinner og menn, uten de ${p.others} med annet eller ukjent kjønn.`,
  },
  chartScale: { payShareScale: (p) => `Skalaen går fra ${p.from} til ${p.to}; den stiplede linjen er 100 % (lik lønn).` },
  workbook: {
    sheets: {
      'sex-balance': 'Kjønnsbalanse',
      temporary: 'Midlertidig ansatte',
      'part-time': 'Deltid',
      'parental-leave': 'Foreldrepermisjon',
      pay: 'Lønn',
      'sex-distribution': 'Kjønnsfordeling',
      'involuntary-part-time': 'Ufrivillig deltid',
    },
    overview: 'Oversikt',
    notesSheet: 'Noter',
    part2Sheet: 'Del 2',
    reason: 'Hvorfor skjult',
    hidden: 'skjult',
  },
};

const SUPPRESSION_SEX: Readonly<Record<SuppressionSex, string>> = { women: 'kvinner', men: 'menn', any: 'personer' };
const NARROWING: Readonly<Record<NarrowingKind, string>> = {
  exact: 'nøyaktig',
  'within-tolerance': 'innenfor toleransen',
  'all-or-none': 'så nær at en leser kan skille «alle» fra «ingen» i en gruppe under terskelen',
  undetermined: 'muligens (løseren kunne ikke vise det motsatte)',
};
const RELATION_TEXTS: Readonly<Record<string, (where: string) => string>> = {
  sexes: (w) => `${w}: kvinner + menn + annet/ukjent = totalt`,
  'unit-tree': (w) => `${w} = underenhetene + egne ansatte`,
  breakdown: (w) => `${w}: cellene summerer til totalen`,
  components: (w) => `${w}: lønn = summen av komponentene`,
  order: (w) => `${w}: ufrivillig deltid ≤ svar ≤ deltidsansatte`,
  'weeks-per-person': (w) => `${w}: høyst 53 uker per person`,
  percent: (w) => `${w}: prosent av en publisert base`,
  share: (w) => `${w}: kvinners andel`,
  coverage: (w) => `${w}: svarprosent`,
  ratio: (w) => `${w}: kvinners lønn i prosent av menns`,
  average: (w) => `${w}: gjennomsnitt × personer`,
  'undefined-share': (w) => `${w}: ingen kvinners andel av menns lønn, altså er menns lønn 0`,
};

const anonymisation: AnonymisationTexts = {
  primary: (p) => {
    if (p.kind === 'pay')
      return `Skjult fordi færre enn ${p.payMin} ${SUPPRESSION_SEX[p.sex]} i gruppen har lønnstall; lønn for et kjønn publiseres bare når minst ${p.payMin} bidrar (ANON-2, ANON-4).`;
    if (p.kind === 'weeks')
      return `Skjult: et gjennomsnitt av uker med foreldrepermisjon publiseres bare når minst ${p.leaveMin} personer har hatt permisjon (ANON-2).`;
    if (p.attributeMin === p.restMin)
      return `Skjult: et antall publiseres bare når både de som har kjennetegnet og de som ikke har det, er 0 eller minst ${p.attributeMin} (ANON-2).`;
    return `Skjult: et antall publiseres bare når de som har kjennetegnet er 0 eller minst ${p.attributeMin}, og de som ikke har det er 0 eller minst ${p.restMin} (ANON-2).`;
  },
  secondary: (p) =>
    `Skjult for at det skjulte tallet ${p.protects.join(', ')} ikke skal kunne regnes ut eller snevres inn fra summer og andre publiserte tall (ANON-3).`,
  byChoice: 'Ikke publisert: bare forholdstall publiseres, ikke kronebeløp (STAT-B0, ANON-4).',
  merge: (p) =>
    `Stillingsnivåene ${p.levels.join(', ')} er slått sammen fordi et kjønn hadde færre enn ${p.threshold} personer (ANON-2); medianen for de sammenslåtte nivåene oppgis ikke.`,
  finding: (p) => {
    const how = NARROWING[p.how];
    const count = p.count ?? '?';
    const threshold = p.threshold ?? '?';
    switch (p.kind) {
      case 'below-threshold':
        return `${p.where} er publisert med ${count} personer bak, under terskelen ${threshold} (ANON-2).`;
      case 'remainder-disclosed':
        return `Tallet for enhetens egne ansatte utenfor underenhetene, ${p.where}, en liten gruppe, kan regnes ut ${how} (ANON-3, ANON-7).`;
      case 'combination-disclosed':
        return `Det samlede tallet for de skjulte cellene ${p.where} (færre enn ${threshold} personer) kan regnes ut ${how} (ANON-3, ANON-7).`;
      case 'unreadable':
        return `Tabellen kan ikke leses som en publisert kartlegging (${p.problems} feil).`;
      case 'inconsistent':
        return 'De publiserte tallene motsier hverandre (summer, andeler eller grenser går ikke opp); tabellen kan ikke revideres.';
      default:
        return `Det skjulte tallet ${p.where} kan regnes ut ${how} fra de publiserte tallene (ANON-7).`;
    }
  },
  relation: (p) => (Object.hasOwn(RELATION_TEXTS, p.kind) ? (RELATION_TEXTS[p.kind] as (w: string) => string)(p.where) : `${p.where}: publisert tall`),
};

/** Bokmålskatalogen. @internal */
export const nb: Catalogue = {
  language: 'nb',
  list: {
    and: (items) => join(items, 'og'),
    or: (items) => join(items, 'eller'),
    quote: q,
    number: (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0'),
  },
  where: {
    record: 'post',
    field: 'felt',
    column: 'kolonne',
    found: 'fant',
    name: q,
    shape: (s) => (s.kind === 'digits' ? `${s.length} siffer` : s.kind === 'number' ? 'et tall' : s.kind === 'date' ? 'noe som ligner en dato' : 'tekst'),
    levels: (n) => `${n} nivåer`,
  },
  severity: { error: 'feil', warning: 'advarsel' },
  diagnostics,
  expectations,
  fields,
  duties,
  plan,
  cli,
  report,
  anonymisation,
  transparency: transparencyNb,
  analysis: analysisNb,
};
