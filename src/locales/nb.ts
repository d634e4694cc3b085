/**
 * Bokmålskatalogen: every text a person reads, in bokmål (wording after Bufdir's guidance page,
 * ARP.md sources/004). Codes, field names and values of the interchange format are quoted «…»;
 * see `types.ts` for the shape and how to add a message.
 * @internal
 */
import type { Catalogue, DiagnosticMessages, ExpectationParams, Messages } from './types.js';

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
  oneOf: (p) => (p.values.length === 1 ? (p.values[0] ?? '') : `en av ${p.values.join(', ')}`),
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
  nonEmptyText: () => 'en tekst som ikke er tom',
  nonEmptyTextOrNone: () => 'en tekst som ikke er tom, eller ingen «personId»',
  employmentKind: () => 'en av «ordinary», «maritime», «freelance»',
  isoDateText: () => 'en ISO-dato ÅÅÅÅ-MM-DD',
  isoDateOrNull: () => 'en ISO-dato ÅÅÅÅ-MM-DD, eller «null» (pågår)',
  unitPathOrNull: () => 'en enhetssti, eller «null»',
  weeksOrNull: () => 'uker 0–53, eller «null»',
  leavePeriods: () => 'en liste med tolkede permisjonsperioder («startDate», «endDate», «percent»)',
  partialMapping: () => 'en delkartlegging (fra «accumulateMapping», «mergePartialMappings» eller «deserializePartialMapping»; JSON leses med «deserializePartialMapping»)',
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
  unreadable_file: (p) => (p.problem === 'xml-syntax' ? 'filen kan ikke leses: XML-en er ødelagt (en syntaksfeil, eller filen slutter for tidlig)' : 'filen kan ikke leses (en feil under lesingen)'),
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
  column_recognised: (p) => `kolonnen ${q(p.column)} leses som ${field(p.field)}: et kjent kolonnenavn (før det opp i kolonneoppsettet for å bekrefte, eller sett kolonnen til «ignore»)`,
  column_not_mapped: (p) =>
    `kolonnen ${q(p.column)} ser ut som ${field(p.field)}, men leses ikke${p.from !== undefined ? ` (kolonnen ${q(p.from)} gir den)` : ''}: før den opp i kolonneoppsettet, eller sett den til «ignore»`,
  malformed_row: (p) => `feil i raden${p.fields !== undefined ? ` (${p.fields} felt)` : ''}${x(p.expected)}`,
  sex_missing: () => 'kjønn er tomt: telles som ukjent, holdes utenfor sammenligningen av kvinner og menn (DEF-SEX)',
  missing_reference_month: (p) => `ingen a-melding for måneden til referansedatoen${x(p.expected)}`,
  duplicate_delivery: () => 'samme arbeidsforhold er rapportert to ganger for én måned (holdt utenfor)',
  employment_not_in_reference_month: () => 'arbeidsforholdet er ikke rapportert i måneden til referansedatoen: regnes som avsluttet etter siste rapporterte måned',
  income_not_linked: () => 'lønnslinje uten kobling til et rapportert arbeidsforhold (manglende eller ukjent «arbeidsforholdId»)',
  hr_record_unmatched: () => 'HR-posten passer ikke til noe arbeidsforhold i a-meldingen',
  no_base_pay_in_reference_month: () => 'ingen fastlønn i måneden til referansedatoen (f.eks. ulønnet permisjon): posten teller med fastlønn 0 i lønnstallene (DEF-PAY)',
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
        return `En privat virksomhet med mer enn 50 ansatte (${p.headcount})`;
      case 'private-20-50-demanded':
        return `En privat virksomhet med 20–50 ansatte (${p.headcount}) der ${p.party === null ? '?' : duties.party[p.party]} har krevd det`;
      case 'private-20-50':
        return `En privat virksomhet med 20–50 ansatte (${p.headcount}) uten krav fra partene`;
      default:
        return `En privat virksomhet med færre enn 20 ansatte (${p.headcount})`;
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
      p.authority === null ? '' : ` Den ${p.authority.applies ? 'har også' : 'har ikke'} aktivitets- og redegjørelsesplikten som myndighet (LDL § 24; COV-8${p.authority.assumed ? ', antatt ut fra sektor' : ''}).`;
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
    if (!p.statementRequired) return `${head}ingen redegjørelsesplikt; likestillingsarbeidet dokumenteres (COV-5). Årsberetningen vedtas innen ${p.adoptionDeadline} og sendes inn innen ${p.filingDeadline}.`;
    const mapping = p.mappingRequired
      ? 'lønn fordelt på kjønn og ufrivillig deltid skal kartlegges (ACT-4)'
      : p.reuseFrom !== null
        ? `ingen ny kartlegging av lønn og ufrivillig deltid kreves; tallene fra ${p.reuseFrom} kan gjenbrukes (STM-6)`
        : `ingen kartlegging av lønn og ufrivillig deltid kreves ennå (første gang senest for ${p.firstMappingYear}, ACT-4)`;
    return `${head}${mapping}. Redegjørelsen med årsberetningen vedtas innen ${p.adoptionDeadline} og sendes inn innen ${p.filingDeadline} (STM-5).`;
  },
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
  },
  severity: { error: 'feil', warning: 'advarsel' },
  diagnostics,
  expectations,
  fields,
  duties,
  plan,
};
