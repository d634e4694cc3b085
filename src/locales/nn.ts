/**
 * Nynorskkatalogen: every text a person reads, in nynorsk. Codes, field names and values of the
 * interchange format are quoted «…»; see `types.ts` for the shape and how to add a message.
 * @internal
 */
import { analysisNn } from './analysis/nn.js';
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
import { transparencyNn } from './transparency/nn.js';

const q = (text: string): string => `«${text}»`;

function join(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1] ?? ''}`;
}

/** `; venta …` when there is an expectation. */
const x = (expected: string | undefined): string => (expected === undefined || expected === '' ? '' : `; venta ${expected}`);

const KINDS: Readonly<Record<string, string>> = {
  string: 'ein tekst',
  number: 'eit tal',
  int: 'eit heiltal',
  bigint: 'eit stort heiltal',
  boolean: '«true» eller «false»',
  object: 'eit objekt',
  array: 'ei liste',
  date: 'ein dato («Date»)',
  function: 'ein funksjon',
  symbol: 'eit symbol',
  undefined: 'ingenting',
  null: '«null»',
  nan: '«NaN»',
  never: 'ingenting (inga verdi er tillaten her)',
  tuple: 'ei liste',
  record: 'eit objekt',
  map: 'ein «Map»',
  set: 'ei «Set»',
};
const kind = (k: string): string => (/^["\d-]|^(true|false|null)$/.test(k) ? k : (KINDS[k] ?? q(k)));

const UNITS: Readonly<Record<string, readonly [string, string, string]>> = {
  string: ['ein tekst på', 'teikn', 'teikn'],
  array: ['ei liste med', 'element', 'element'],
  set: ['ei mengd med', 'element', 'element'],
  file: ['ei fil på', 'byte', 'byte'],
};

const FORMATS: Readonly<Record<string, string>> = {
  date: 'ein ISO-dato ÅÅÅÅ-MM-DD (ein dato som finst)',
  datetime: 'eit ISO-tidspunkt',
  email: 'ei e-postadresse',
  url: 'ei nettadresse',
};

const ELEMENTS: Readonly<Record<string, string>> = {
  policy: 'minst eitt styrande dokument: personalpolitikk, strategi, retningsline eller plan (STM-3 (1))',
  organisation: 'korleis arbeidet er organisert: forum, kven som deltek, kor ofte (STM-3 (2))',
  findings: 'funna frå steg a (STM-3 (3), ACT-3 a)',
  causes: 'årsaksanalysen frå steg b (STM-3 (3), ACT-3 b)',
  results: 'resultata av arbeidet og tiltaka (STM-3 (4), ACT-3 d)',
  plans: 'planar og forventningar framover (STM-3 (5))',
};

const expectations: Messages<ExpectationParams> = {
  kind: (p) => `${kind(p.kind)}${p.finite === true ? ' (endeleg)' : ''}`,
  kinds: (p) => p.kinds.map(kind).join(' eller '),
  // a JSON string literal ("public") quoted as the language quotes
  oneOf: (p) => {
    const values = p.values.map((v) => (/^"[^"]*"$/.test(v) ? q(v.slice(1, -1)) : v));
    return values.length === 1 ? (values[0] ?? '') : `ein av ${values.join(', ')}`;
  },
  bound: (p) => {
    const units = UNITS[p.origin];
    const low = p.op === '≥' || p.op === '>';
    if (units !== undefined) return `${units[0]} ${low ? 'minst' : 'høgst'} ${p.bound} ${p.bound === '1' ? units[1] : units[2]}`;
    return `${p.origin === 'int' ? 'eit heiltal' : 'eit tal'} ${p.op} ${p.bound}`;
  },
  multipleOf: (p) => `eit multiplum av ${p.divisor}`,
  format: (p) => FORMATS[p.format] ?? `ein tekst i formatet ${q(p.format)}`,
  validValue: () => 'ei gyldig verdi',
  acceptedForms: () => 'ei verdi i ei av dei godtekne formene',
  noSuchField: () => 'ikkje noko felt med dette namnet',
  onlyKnownFields: () => 'berre dei kjende felta (eit felt med eit anna namn finst; namnet blir ikkje gjenteke)',
  noSpecialCategory: () => 'ingen særlege kategoriar av personopplysingar (ANON-5)',
  nestedAtMost: (p) => `data nøsta høgst ${p.limit} nivå djupt`,
  noProtoKey: () => 'ingen nøkkel «__proto__»',
  literal: (p) => p.text,
  textOrBytes: () => 'teksten (ein «string») eller bytane (ein «Uint8Array»)',
  byteStream: () => 'ein bytestraum (ein lesbar Node-straum, ein asynkron iterator av «Uint8Array» eller ein «ReadableStream»)',
  function: () => 'ein funksjon',
  noOnRecords: () => 'ingen «onRecords» her: postane går til statistikken',
  parsedRecords: () => 'ei liste med tolka tilsettpostar (frå «EmployeeSchema»)',
  parsedRecord: () => 'ein tolka tilsettpost (frå «EmployeeSchema»)',
  uniqueUnitKey: () => 'ein einingsnøkkel som blir brukt éin gong',
  keyedParentOnly: () => 'inga overordna eining på ei eining utan nøkkel',
  listedParent: () => 'ei overordna eining som står i tabellen',
  parentsReachEmployer: () => 'overordna einingar som fører til arbeidsgivaren (ingen sirkel)',
  figuresThatAddUp: () => 'tal som går opp (summar, delar og grenser i éi kartlegging)',
  protectableFigure: () => 'eit tal den sekundære prikkinga kan verne (ho klarte det ikkje: slå saman små nivå eller auk tersklane)',
  countWithinHeadCount: () => 'eit tal som ikkje er større enn talet på tilsette i cella',
  subUnitsWithinParent: () => 'undereiningar som til saman har høgst like mange personar som eininga over',
  nonNegativeAverage: () => 'eit gjennomsnitt på 0 eller meir',
  noAverageWithoutPersons: () => 'ikkje noko gjennomsnitt ved 0 personar',
  payCountWithinPersons: () => 'høgst like mange personar med løn som personar',
  nonNegativeMean: () => 'eit gjennomsnitt på 0 eller meir',
  noMeanWithoutPersons: () => 'ikkje noko gjennomsnitt ved eit tal på 0',
  partsWithinWhole: () => 'delar som til saman har høgst like mange personar med løn som heilskapen',
  sexesAddUpToTotal: () => 'kvinner + menn + anna + ukjent = totalen',
  nonEmptyText: () => 'ein tekst som ikkje er tom',
  nonEmptyTextOrNone: () => 'ein tekst som ikkje er tom, eller ingen «personId»',
  employmentKind: () => 'ein av «ordinary», «maritime», «freelance»',
  isoDateText: () => 'ein ISO-dato ÅÅÅÅ-MM-DD',
  isoDateOrNull: () => 'ein ISO-dato ÅÅÅÅ-MM-DD, eller «null» (pågår)',
  unitPathOrNull: () => 'ein einingssti, eller «null»',
  weeksOrNull: () => 'veker 0–53, eller «null»',
  leavePeriods: () => 'ei liste med tolka permisjonsperiodar («startDate», «endDate», «percent»)',
  partialMapping: () =>
    'ei delkartlegging (frå «accumulateMapping», «mergePartialMappings» eller «deserializePartialMapping»; JSON blir lesen med «deserializePartialMapping»)',
  payColumn: () => 'kolonnen til ein lønskomponent som innstillingane brukar',
  onePerPerson: (p) => `${p.count} ${p.count === 1 ? 'verdi' : 'verdiar'}, éin per person (som «persons.key»)`,
  idBelow: (p) => `ein ID under ${p.size} (storleiken på ${q(p.dictionary)}), eller -1`,
  mainActive: () => '1 nøyaktig når personen har eit aktivt arbeidsforhold («persons.activeCount» > 0)',
  personKey: () => 'ein personnøkkel (personar blir slått saman: «options.mergePersons»)',
  uniqueEntry: () => 'ei verdi som er unik i oppslagslista',
  uniquePersonKey: () => 'ein personnøkkel som er unik i delkartlegginga',
  payUnitDivisor: () => 'eit tal som går opp i 27 720',
  sameOptions: (p) => `${p.value}, som i «a» (delane er rekna ut med ulike innstillingar: rekn ut begge med dei same)`,
  wholeNumberAtLeast0: () => 'eit heiltal ≥ 0',
  integerRange: (p) => `eit heiltal ${p.min}–${p.max}`,
  decimalAmount: () => 'eit desimalbeløp som «55280.00» (eller eit endeleg tal)',
  headcountOfYear: (p) => `talet på tilsette for rekneskapsåret ${p.year}`,
  headcountOverFiscalYear: (p) => `talet på tilsette over rekneskapsåret til arbeidsgivaren (som sluttar ${p.fiscalYearEnd})`,
  averageHeadcountOfYear: (p) => `gjennomsnittleg tal på tilsette i rekneskapsåret ${p.year} (oppgitt, eller rekna ut med «averageHeadcount»; COV-6)`,
  demandYear: () => 'rekneskapsåret kravet gjeld, eller datoen for kravet (ÅÅÅÅ-MM-DD)',
  oneHeadcountPerYear: () => 'eitt tal på tilsette per rekneskapsår (COV-6)',
  orgNumber: () => 'eit organisasjonsnummer med gyldig kontrollsiffer (mod 11)',
  endOnOrAfterStart: () => 'ein sluttdato på eller etter startdatoen',
  nokAmount: () => 'eit beløp i kroner med høgst to desimalar',
  atMostTwoDecimals: () => 'høgst to desimalar',
  realMonthDay: () => 'ein månad og dag som finst (MM-DD)',
  employerText: () => 'ein tekst, eller tekstar per språk { "nb": …, "nn": …, "en": … }',
  monthDay: () => 'MM-DD',
  monthDayExample: () => 'ein månad og dag MM-DD, t.d. 12-31',
  calendarDay: () => 'ein kalenderdag MM-DD (02-29 = siste dagen i februar)',
  decimalString: () => 'ein desimaltekst som «88.2»',
  nineDigits: () => '9 siffer',
  xmlContent: () => 'XML-en som ein «string», ein «Uint8Array» eller ein asynkron iterator av «Uint8Array»',
  url: () => 'ei nettadresse («URL»)',
  unitNameWithoutSeparator: (p) => `eit einingsnamn utan ${q(p.separator)}`,
  uniqueSiblingName: () => 'eit namn som er unikt blant einingane på same nivå',
  unitPathOfTree: () => 'ein einingssti i organisasjonstreet',
  yearNotAfter: (p) => `eit rekneskapsår som ikkje er seinare enn ${p.year}`,
  dutiesOfYear: (p) => `pliktvurderinga for rekneskapsåret ${p.year}`,
  cycleOfYear: (p) => `arbeidet etter dei fire stega i ${p.year}`,
  figuresOfYear: (p) => `tala for ${p.year}`,
  statementBefore: (p) => `ei utgreiing for eit år før ${p.year}`,
  mappedInYears: (p) => `tal kartlagde i ${p.from} eller ${p.to} (STM-6)`,
  uniqueId: (p) => `ein ID som er unik i ${q(p.list)}`,
  representative: () => 'minst éin representant for dei tilsette (ACT-5)',
  referenceId: (p) => `ID-en til ${p.kind === 'measure' ? 'eit tiltak' : 'eit funn'} i arbeidet i år`,
  findingOfMeasure: () => 'ID-en til funnet tiltaket svarar på (ACT-6)',
  employerGround: () => 'eit diskrimineringsgrunnlag i arbeidsgivarplikta (ACT-1); alder høyrer til styresmaktsplikta i § 24 (COV-8)',
  statementElement: (p) => ELEMENTS[p.element] ?? q(p.element),
  unitTreeDepth: (p) => `eit einingstre med høgst ${p.limit} nivå`,
  referenceDateInYear: (p) => `ein dato i rekneskapsåret ${p.year} (${p.start} – ${p.last})`,
  csvDate: () => 'ein dato ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ',
  employeeIdText: () => 'ein tilsett-ID',
  zeroOrMore: () => '0 eller meir',
  weeks0to53: () => '0–53 veker',
  yearDigits: () => 'eit år ÅÅÅÅ',
  yearOfFirstRow: () => 'året i den første rada som har eit år',
  csvNumber: () => 'eit tal (1234.50 eller 1 234,50)',
  twoDecimals: () => 'høgst to desimalar',
  twoDecimalsRounded: () => 'høgst to desimalar (blir avrunda halvt opp)',
  closingQuote: () => 'eit avsluttande hermeteikn før slutten av fila',
  delimiterAfterQuote: () => 'eit skiljeteikn eller linjeslutt etter eit avsluttande hermeteikn',
  fieldLength: (p) => `felt på høgst ${p.limit} teikn (manglar eit hermeteikn?)`,
  fieldCount: (p) => `${p.count} felt`,
  csvSex: () => 'K/M, kvinne/mann, anna/ukjend (eller «female», «male», «other», «unknown»)',
  csvKind: () => 'ordinær/maritim/frilansar eller tomt (eller «ordinary», «maritime», «freelance»)',
  csvContract: () => 'fast/mellombels eller tomt (eller «permanent», «temporary», «midlertidig»)',
  csvBoolean: () => 'ja/nei eller tomt (eller «true», «false»)',
  encoding: (p) => p.encoding,
  nationalId: () => '11 siffer med gyldige kontrollsiffer (mod 11)',
  personIdentifier: () => '«norskIdentifikator» eller «identifiserendeInformasjon»',
  orgNumberDigits: () => 'eit organisasjonsnummer på 9 siffer (mod 11)',
  employmentId: () => 'ein «arbeidsforholdId»',
  employmentType: (p) => `ein av ${p.values.map(q).join(', ')}`,
  isoDate: () => 'ÅÅÅÅ-MM-DD',
  percent0to200: () => '0–200',
  decimalPercent0to200: () => 'eit desimaltal 0–200',
  contractForm: () => '«fast» eller «midlertidig…» (blir tolka som fast)',
  occupationCode: () => 'ein yrkeskode på 7 siffer (blir halden som oppgitt)',
  leavePercent: () => 'ein prosent 0–100',
  month: () => 'ÅÅÅÅ-MM',
  oneFinancialYear: () => 'eitt rekneskapsår',
  monthBetween: (p) => `ein månad i ${p.start} – ${p.last}`,
  meldingRoot: (p) => `<melding> i ${p.namespaces.join(' eller ')}`,
  namespaces: (p) => p.namespaces.join(' eller '),
  levelsAtMost: (p) => `høgst ${p.limit} nivå`,
  hrIdColumn: () => 'ein kolonne med fødselsnummer eller tilsettnummer',
  hrId: () => 'eit fødselsnummer eller eit tilsettnummer',
  hrSex: () => 'K, M, kvinne, mann (eller «female», «male», «other», «unknown»)',
  hrBoolean: () => 'ja, nei, 1, 0 eller tomt (eller «true», «false», «yes», «no»)',
  sexCode: () => '«female», «male», «other» eller «unknown»',
};

const TABLES: Readonly<Record<string, string>> = {
  'sex-balance': 'kjønnsbalanse (STAT-A1)',
  temporary: 'mellombels tilsette (STAT-A2)',
  'part-time': 'deltidstilsette (STAT-A3)',
  'parental-leave': 'foreldrepermisjon (STAT-A4)',
  pay: 'kvinner sin del av løna til menn (STAT-B1/B2)',
  'sex-distribution': 'kjønnsfordeling per stillingsnivå (STAT-B3)',
  'involuntary-part-time': 'ufrivillig deltid (STAT-B4)',
};

const PART2: Readonly<Record<string, string>> = {
  policy: 'styrande dokument',
  organisation: 'organiseringa av arbeidet',
  process: 'risikoar, årsaker og tiltak',
  results: 'resultat',
  plans: 'planar',
};

const fields: Catalogue['fields'] = {
  employeeId: 'tilsett-ID',
  personId: 'person-ID',
  gender: 'kjønn',
  nationalId: 'fødselsnummer',
  employmentKind: 'type arbeidsforhold',
  contract: 'tilsetjingsform (fast eller mellombels)',
  positionPercent: 'stillingsprosent',
  startDate: 'startdato',
  endDate: 'sluttdato',
  unit: 'organisasjonseining',
  jobLevel: 'stillingsnivå',
  jobGroup: 'stillingsgruppe',
  occupationCode: 'yrkeskode',
  basePay: 'fastløn',
  fixedAllowances: 'faste tillegg',
  irregularAllowances: 'uregelmessige tillegg',
  bonus: 'bonus',
  overtime: 'overtidsgodtgjersle',
  benefitsInKind: 'naturalytingar',
  parentalLeaveWeeks: 'veker med foreldrepermisjon',
  involuntaryPartTime: 'svar om ufrivillig deltid',
  fullTimeHoursPerWeek: 'timar per veke i full stilling',
  organisationNumber: 'organisasjonsnummer',
  year: 'år',
  payCode: 'lønsart',
  payAmount: 'lønsbeløp',
};

const field = (f: string): string => `${(fields as Readonly<Record<string, string>>)[f] ?? f} (${q(f)})`;

const diagnostics: DiagnosticMessages = {
  invalid_type: (p) => (p.expected === undefined ? 'feil type' : `venta ${p.expected}`),
  invalid_value: (p) => `ugyldig verdi${x(p.expected)}`,
  required: (p) => `påkravd felt manglar${x(p.expected)}`,
  unknown_field: (p) => `ukjent felt${p.columns !== undefined && p.columns.length > 0 ? `: ${p.columns.map(q).join(', ')}` : ''}${x(p.expected)}`,
  special_category_field: (p) =>
    `særlege kategoriar av personopplysingar (etnisitet, funksjonsnedsetjing, seksuell orientering …) blir ikkje tekne imot som statistikkfelt (ANON-5)${p.column !== undefined ? `: kolonnen ${q(p.column)} blir ikkje lesen` : ''}`,
  too_small: (p) => `verdien er for lita${x(p.expected)}`,
  too_big: (p) => `verdien er for stor${x(p.expected)}`,
  invalid_format: (p) => `ugyldig format${x(p.expected)}`,
  too_deep: (p) => `nøsta for djupt${x(p.expected)}`,
  forbidden_key: (p) => `nøkkelen er ikkje tillaten${x(p.expected)}`,
  invalid_org_number: () => 'ugyldig organisasjonsnummer (9 siffer, kontrollsiffer mod 11)',
  invalid_national_id: () => 'ugyldig fødselsnummer (11 siffer, kontrollsiffer mod 11)',
  duplicate_employee_id: (p) => `tilsett-ID-en finst frå før (første gong i post ${p.firstRecord})`,
  invalid_number: (p) => `ikkje eit tal${x(p.expected)}`,
  invalid_date: (p) => `ikkje ein dato${x(p.expected)}`,
  end_before_start: () => 'sluttdatoen er før startdatoen',
  negative_pay: (p) => `løn under null${p.element !== undefined ? ` (${q(p.element)})` : ''}`,
  position_percent_out_of_range: () => 'stillingsprosent utanfor 0–200',
  position_percent_zero_or_missing: () => 'stillingsprosenten er 0 eller manglar: blir teken med i talet på tilsette, men halden utanfor lønstala (DEF-PAY)',
  position_percent_above_100: () => 'stillingsprosent over 100',
  unknown_sex_value: (p) => `ukjend verdi for kjønn${x(p.expected)}`,
  sex_derived_from_national_id: () => 'kjønn utleidd frå fødselsnummeret som reserve (HR-data manglar kjønn)',
  too_many_decimals: (p) => `for mange desimalar${x(p.expected)}`,
  person_sex_inconsistent: () => 'arbeidsforholda til éin person oppgir ulikt kjønn: blir rekna som ukjent kjønn (DEF-SEX)',
  missing_columns: (p) => `påkravde kolonnar manglar: ${p.columns.map(q).join(', ')}`,
  unreadable_file: (p) =>
    p.problem === 'xml-syntax'
      ? 'fila kan ikkje lesast: XML-en er øydelagd (ein syntaksfeil, eller fila sluttar for tidleg)'
      : 'fila kan ikkje lesast (ein feil under lesinga)',
  not_a_melding: (p) => `ikkje ei a-meldingsfil${p.root !== undefined ? ` (rotelementet er <${p.root}>)` : ''}${x(p.expected)}`,
  wrong_namespace: (p) => `feil XML-namnerom${x(p.expected)}`,
  mixed_legal_entities: () => 'filer frå ulike juridiske einingar er blanda',
  mixed_years: () => 'filer frå ulike år er blanda',
  unknown_pay_code: () => 'ukjend lønsart; venta ei av lønsartane i tabellen',
  invalid_column_mapping: (p) => {
    switch (p.problem) {
      case 'same-field':
        return `ugyldig kolonneoppsett: kolonnane ${q(p.other ?? '')} og ${q(p.column ?? '')} er begge sette til ${q(p.field ?? '')}`;
      case 'not-in-file':
        return `ugyldig kolonneoppsett: kolonnen ${q(p.column ?? '')} i oppsettet finst ikkje i fila`;
      case 'annual-not-pay':
        return `ugyldig kolonneoppsett: årskolonnen ${q(p.column ?? '')} er ikkje ein lønskolonne i fila`;
      case 'pay-lines-need-codes':
        return 'ugyldig kolonneoppsett: lønsliner («payCode», «payAmount») krev ein lønsartstabell';
      default:
        return 'ugyldig kolonneoppsett: lønsliner («payCode», «payAmount») og lønskolonnar kan ikkje blandast';
    }
  },
  invalid_encoding: (p) => `teksten er ikkje gyldig ${p.encoding ?? p.expected ?? 'tekst'}; uleselege byte er bytte ut`,
  optional_columns_missing: (p) => `valfrie kolonnar manglar, standardverdiane blir brukte: ${p.columns.map(q).join(', ')}`,
  column_recognised: (p) =>
    `kolonnen ${q(p.column)} blir lesen som ${field(p.field)}: eit kjent kolonnenamn (før det opp i kolonneoppsettet for å stadfeste, eller set kolonnen til «ignore»)`,
  column_not_mapped: (p) =>
    `kolonnen ${q(p.column)} ser ut som ${field(p.field)}, men blir ikkje lesen${p.from !== undefined ? ` (kolonnen ${q(p.from)} gir han)` : ''}: før han opp i kolonneoppsettet, eller set han til «ignore»`,
  malformed_row: (p) => `feil i rada${p.fields !== undefined ? ` (${p.fields} felt)` : ''}${x(p.expected)}`,
  sex_missing: () => 'kjønn er tomt: blir rekna som ukjent, halde utanfor samanlikninga av kvinner og menn (DEF-SEX)',
  missing_reference_month: (p) => `inga a-melding for månaden til referansedatoen${x(p.expected)}`,
  duplicate_delivery: () => 'same arbeidsforhold er rapportert to gonger for éin månad (halde utanfor)',
  employment_not_in_reference_month: () =>
    'arbeidsforholdet er ikkje rapportert i månaden til referansedatoen: blir rekna som avslutta etter siste rapporterte månad',
  income_not_linked: () => 'lønsline utan kopling til eit rapportert arbeidsforhold (manglande eller ukjend «arbeidsforholdId»)',
  hr_record_unmatched: () => 'HR-posten passar ikkje til noko arbeidsforhold i a-meldinga',
  no_base_pay_in_reference_month: () => 'inga fastløn i månaden til referansedatoen (t.d. ulønt permisjon): posten tel med fastløn 0 i lønstala (DEF-PAY)',
  missing_representatives: (p) => `steg ${p.step} manglar deltaking frå representantane til dei tilsette (ACT-5)`,
  measure_without_finding: () => 'tiltaket er ikkje knytt til eit funn (ACT-6)',
  unknown_reference: (p) => `viser til ${p.kind === 'measure' ? 'eit ukjent tiltak' : p.kind === 'unit' ? 'ei ukjend eining' : 'eit ukjent funn'}`,
  missing_statement_element: (p) => `eit element i del 2 av utgreiinga manglar: ${PART2[p.element] ?? q(p.element)} (STM-3)`,
  missing_figure: (p) => `påkravd tal manglar: ${TABLES[p.figure] ?? q(p.figure)}`,
  stale_biennial_figures: (p) => `tala som blir kartlagde annakvart år, er frå ${p.mappedYear}, eldre enn i fjor (STM-6)`,
  invalid_argument: (p) => `ugyldig argument ${p.argument}${x(p.expected)}`,
  field_too_long: (p) => `eit felt lengre enn ${p.limit} teikn blir ikkje lese (kanskje manglar eit hermeteikn)`,
  header_too_long: (p) => `overskriftslina er lengre enn ${p.limit} teikn (kanskje ikkje ei CSV-fil): ingenting blir lese`,
  unit_too_deep: (p) => `einingsstien har meir enn ${p.limit} nivå: blir ikkje lesen`,
  element_too_deep: (p) => `element nøsta meir enn ${p.limit} nivå djupt: fila blir ikkje lesen`,
  diagnostics_truncated: (p) => `${p.omitted} problem til er funne og talde, men ikkje lista (dei første ${p.kept} er lista)`,
};

const duties: Catalogue['duties'] = {
  subject: (p) => {
    switch (p.category) {
      case 'public':
        return 'Ei offentleg verksemd (uansett storleik)';
      case 'private-over-50':
        return `Ei privat verksemd med meir enn ${p.above} tilsette (${p.headcount})`;
      case 'private-20-50-demanded':
        return `Ei privat verksemd med ${p.from}–${p.above} tilsette (${p.headcount}) der ${p.party === null ? '?' : duties.party[p.party]} har kravd det`;
      case 'private-20-50':
        return `Ei privat verksemd med ${p.from}–${p.above} tilsette (${p.headcount}) utan krav frå partane`;
      default:
        return `Ei privat verksemd med færre enn ${p.from} tilsette (${p.headcount})`;
    }
  },
  party: { employer: 'arbeidsgivaren', 'employee-representatives': 'dei tillitsvalde', 'employee-majority': 'eit fleirtal av dei tilsette' },
  general: 'Alle arbeidsgivarar skal arbeide aktivt, målretta og planmessig for likestilling og mot diskriminering.',
  fourSteps: (who) => `${who} skal følgje dei fire stega (ACT-3).`,
  mapping: (who) => `${who} skal kartleggje løn fordelt på kjønn og ufrivillig deltid minst annakvart år (ACT-4).`,
  statement: (who) => `${who} skal gjere greie for likestillingsarbeidet kvart år (STM-1).`,
  documentationViaStatement: 'Dokumentasjonen blir gitt gjennom utgreiinga.',
  documentation: (who) => `${who} skal dokumentere likestillingsarbeidet og leggje det fram når nokon ber om det (COV-5).`,
  notThisDuty: (who) => `${who} har ikkje denne plikta (COV-5).`,
  names: {
    'general-duty': 'den generelle aktivitetsplikta',
    'four-step-method': 'den lovfesta metoden i fire steg',
    'biennial-mapping': 'kartlegginga av løn og ufrivillig deltid annakvart år',
    statement: 'den årlege utgreiinga',
    'documentation-duty': 'dokumentasjonsplikta',
  },
  sentence: (p) => {
    const not = p.hasNot.length > 0 ? `, men ikkje ${join(p.hasNot, 'eller')}` : '';
    const authority =
      p.authority === null
        ? ''
        : ` Ho ${p.authority.applies ? 'har også' : 'har ikkje'} aktivitets- og utgreiingsplikta som styresmakt (LDL § 24; COV-8${p.authority.assumed ? ', rekna ut frå sektoren' : ''}).`;
    return `I rekneskapsåret ${p.year} har ${p.who} ${join(p.has, 'og')}${not} (LDL §§ 26, 26 a; ${p.rules}).${authority}`;
  },
};

const plan: Catalogue['plan'] = {
  basis: {
    noStatement: 'Inga utgreiingsplikt: arbeidet blir dokumentert (dokumentasjonsplikt).',
    mappedThisYear: (year) => `Kartlegging for kvart andre år gjord for ${year}.`,
    reuse: (last) => `Kartlagt i ${last}: tala for løn og ufrivillig deltid kan brukast om att eller visast til.`,
    firstMapping: (year) => `Første kartlegging for kvart andre år seinast for ${year}.`,
    noEarlierMapping: 'Inga tidlegare kartlegging: løn og ufrivillig deltid skal kartleggjast i år.',
    lastMapping: (last) => `Siste kartlegging ${last}: løn og ufrivillig deltid skal kartleggjast i år (minst annakvart år).`,
    everyYear: 'Utgreiinga blir gitt kvart år.',
    fourSteps: 'Dei fire stega blir gjennomførte innan året, i samarbeid med dei tillitsvalde.',
    deadlines: (adoption, filing) => `Årsmeldinga blir vedteken innan ${adoption} og send inn innan ${filing}.`,
  },
  sentence: (p) => {
    const head = `Rekneskapsåret ${p.year} (${p.start} – ${p.last}): `;
    if (!p.statementRequired)
      return `${head}inga utgreiingsplikt; likestillingsarbeidet blir dokumentert (COV-5). Årsmeldinga blir vedteken innan ${p.adoptionDeadline} og send inn innan ${p.filingDeadline}.`;
    const mapping = p.mappingRequired
      ? 'løn fordelt på kjønn og ufrivillig deltid skal kartleggjast (ACT-4)'
      : p.reuseFrom !== null
        ? `det trengst inga ny kartlegging av løn og ufrivillig deltid; tala frå ${p.reuseFrom} kan brukast om att (STM-6)`
        : `det trengst inga kartlegging av løn og ufrivillig deltid enno (første gong seinast for ${p.firstMappingYear}, ACT-4)`;
    return `${head}${mapping}. Utgreiinga blir vedteken saman med årsmeldinga innan ${p.adoptionDeadline} og send inn innan ${p.filingDeadline} (STM-5).`;
  },
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const mib = (n: number): string => (n < 10 ? n.toFixed(1).replace('.', ',') : String(Math.round(n)));
const seconds = (s: number): string => (s < 90 ? `${s} s` : s < 5400 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1).replace('.', ',')} t`);
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');

const LANG_LINE =
  '  --lang <språk>           nb, nn eller en (også norsk, bokmål, nynorsk, engelsk); standard: frå\n                           LC_ALL, LC_MESSAGES eller LANG, elles en';
const HELP_LINE = '  -h, --help               denne hjelpa';

const cli: Catalogue['cli'] = {
  usage: `Bruk: likestilling <kommando> [val]

Aktivitets- og utgreiingsplikta til arbeidsgivarar (likestillings- og diskrimineringslova §§ 26–26 a).

Kommandoar:
  likestilling duties     kva for plikter ein arbeidsgivar har i eit rekneskapsår (COV-*)
  likestilling plan       kva som skal kartleggjast og publiserast i eit år, og innan når (ACT-4, STM-*)
  likestilling report     tala i del 1, eller heile utgreiinga, frå dataa
${analysisNn.cli.usage}
  likestilling audit      kontroller ein publisert tabell for avsløring av skjulte tal (ANON-*)
  likestilling validate   kontroller filer og list opp alle problem
  likestilling init       skriv malane til eit utgreiingsprosjekt som du fyller ut
  likestilling transparency  lønsopenheitsindikatorane til EU (art. 9, 10) frå dataa
  likestilling vectors    køyr samsvarstestane mot dette verktøyet eller eit anna program

Alle kommandoane tek --lang (nb, nn eller en; elles frå LANG, elles en) og -h/--help:
\`likestilling <kommando> --help\` viser vala.
`,
  help: {
    duties: `Bruk: likestilling duties --sector <sektor> --year <år> [val]

Kva for plikter etter aktivitets- og utgreiingsplikta ein arbeidsgivar har i eit rekneskapsår
(ARP.md §2, COV-1 til COV-8).

Val:
  --sector <sektor>        offentleg eller privat (også offentlig, kommune, fylkeskommune, stat,
                           «public», «private») (påkravd)
  --year <år>              rekneskapsåret, 2020 eller seinare (påkravd)
  --headcount <tal>        gjennomsnittleg tal på tilsette (COV-6; påkravd for ei privat verksemd)
  --demanded-by <part>     kven som har kravd dei utvida pliktene (COV-4): arbeidsgivar,
                           tillitsvalde, fleirtal eller ingen; standard ingen
  --demand-year <år>       rekneskapsåret kravet vart stilt (standard: --year)
  --authority              vurder også aktivitets- og utgreiingsplikta som styresmakt (§ 24, COV-8)
  --format <format>        json (standard) eller tekst
${LANG_LINE}
${HELP_LINE}

Avslutningskodar: 0 ferdig; 2 ugyldige argument.
`,
    plan: `Bruk: likestilling plan --year <år> [val]

Kva som skal kartleggjast og publiserast i eit rekneskapsår, og innan når (ACT-3, ACT-4, STM-2,
STM-5, STM-6).

Val:
  --year <år>              rekneskapsåret, 2020 eller seinare, det som sluttar i det kalenderåret
                           (påkravd)
  --last-mapping <år>      siste rekneskapsår med kartlegging av løn og ufrivillig deltid (kvart
                           andre år), eller ingen (standard ingen)
  --fiscal-year-end <MM-DD> siste dagen i rekneskapsåret (standard 12-31)
  --format <format>        json (standard) eller tekst
${LANG_LINE}
${HELP_LINE}

Avslutningskodar: 0 ferdig; 2 ugyldige argument.
`,
    report: `Bruk: likestilling report <filer…> --year <år> [val]
      likestilling report --config <prosjekt.json>
      likestilling report --render <utgreiing.json> --format <format>

Tala i del 1, eller heile utgreiinga, frå dataa: ei kanonisk CSV-fil med tilsette; ein eksport frå
eit HR- eller rekneark-system med --mapping, --profile og --pay-codes; eller a-meldingane for året
(*.xml) med --hr. Utan --employer og --cycle: tala som JSON (den interne kartlegginga, eller med
--publish dei publiserte tala). Med dei: utgreiinga (tala blir anonymiserte først, ANON-*) som
json, html, md eller xlsx. Med --config: eit utgreiingsprosjekt (likestilling init skriv eitt), der
alle inndata og utdata står i éi fil.

Data:
  --year <år>              rekneskapsåret (påkravd)
  --mapping <fil>          kolonneoppsett som JSON: { "overskrifta deira": "felt", … }
  --profile <fil>          importprofil som JSON: columnMapping, payCodes, annualColumns,
                           delimiter, decimal, encoding
  --pay-codes <fil>        lønsartstabell som JSON: { "1000": "basePay", "9000": "notPay", … }
  --hr <fil>               HR-fil som blir kopla til a-meldinga (kjønn, nivå, gruppe, eining,
                           ufrivillig deltid)
  -q, --quiet              inga framdriftsline i terminalen

Utgreiinga:
  --config <fil>           eit utgreiingsprosjekt (verksemd, arbeidet i år, vurdering, val, året
                           før, data, utdata): alle andre inndata kjem derifrå
  --employer <fil>         verksemda som JSON («EmployerSchema»)
  --cycle <fil>            arbeidet i år etter dei fire stega som JSON («EqualityCycleSchema»)
  --assessment <fil>       den eigne vurderinga til verksemda: avsnitt, eller { "nb": […], "en": […] }
  --options <fil>          val for utgreiinga som JSON (levelOrder, breakdown, includeNok, biennial)
  --previous <fil>         utgreiinga frå i fjor som JSON (frå --format json)
  --policy <fil>           reglar for publisering som JSON (tersklar, ratiosOnly, mergeSmallLevels)
  --include-nok            gjennomsnitt i kroner ved sida av delane (STAT-B0)
  --breakdown <inndeling>  nivå (standard) eller gruppe: inndelinga av lønstabellane
  --level-order <liste>    nivåa eller gruppene til verksemda, øvst først, skilde med komma
  --show-rules             eit vedlegg for revisor: regel-ID-ane bak kvar tabell og kvar note
  --publish                utan utgreiing: dei publiserte tala i staden for kartlegginga
  --format <format>        json (standard), html, md eller xlsx
  --out <fil>              skriv til ei fil i staden for standard ut (påkravd for xlsx)
  --render <fil>           vis ei utgreiing i JSON (t.d. ei du har redigert) i staden for å lage ei
${LANG_LINE}
                           (utgreiinga: --lang, elles bokmål)
${HELP_LINE}

Avslutningskodar: 0 ferdig; 1 ferdig, men dataa hadde feil (rader haldne utanfor) eller utgreiinga
manglar noko (sjå standard feil); 2 ugyldige argument eller uleselege inndata.
`,
    analyse: analysisNn.cli.help,
    audit: `Bruk: likestilling audit <publisert.json> [val]

Kontrollerer om ein publisert tabell avslører noko (ARP.md §6, ANON-2, ANON-3, ANON-7): kvart
publisert tal under ein terskel, og kvart skjult tal ein lesar kan snevre inn — med ein løysar for
lineær programmering og heiltalsprogrammering over alle samanhengane tabellen gir — til éi verdi,
til innanfor toleransen, eller (talet i ei lita gruppe) nok til å skilje «alle» frå «ingen»; kvart
funn med kjeda av samanhengar som gir det. Les JSON frå likestilling report --publish og tabellar
frå andre verktøy med same form (schemas/published.schema.json).

Val:
  --policy <fil>           reglar for publisering som JSON (standard: tabellen sine eigne, elles
                           ANON-2)
  --pay-min <n>            personar som trengst bak eit lønstal for eit kjønn (standard 5)
  --attribute-min <n>      talet med eit kjenneteikn er 0 eller minst n, og resten likeins
                           (standard 3)
  --parental-leave-min <n> personar som trengst bak eit gjennomsnitt av veker med
                           foreldrepermisjon (standard 5)
  --tolerance <prosent>    eit skjult tal snevra inn til innanfor denne prosenten blir rekna som
                           funne (standard 1)
  --format <format>        json (standard) eller tekst
${LANG_LINE}
${HELP_LINE}

Avslutningskodar: 0 ingen funn; 1 funn; 2 uleselege inndata eller ugyldige argument.
`,
    validate: `Bruk: likestilling validate <filer…> [val]

Kontrollerer filer slik likestilling report les dei, og listar opp alle problem: feil (rada blir
halden utanfor tala) og åtvaringar (rada blir halden på). CSV-filer (det kanoniske formatet eller
ein eksport frå eit HR- eller rekneark-system) blir kontrollerte kvar for seg; a-meldingar (*.xml)
blir lesne saman som rekneskapsåret til éi juridisk eining, med HR-fila frå --hr.

Val:
  --mapping <fil>          kolonneoppsett som JSON: { "overskrifta deira": "felt", … }
  --profile <fil>          importprofil som JSON: columnMapping, payCodes, annualColumns,
                           delimiter, decimal, encoding
  --pay-codes <fil>        lønsartstabell som JSON: { "1000": "basePay", "9000": "notPay", … }, for
                           ein kolonne per lønsart eller, med kolonnane payCode og payAmount,
                           lønsliner
  --year <år>              rekneskapsåret (CSV: ein årskolonne må stemme; a-melding: året som blir
                           lese)
  --hr <fil>               HR-fil som blir kopla til a-meldinga
  --max-diagnostics <n>    problem som blir lista per fil (standard 1000); resten blir talde
  -q, --quiet              inga framdriftsline i terminalen
  --format <format>        tekst (standard) eller json
${LANG_LINE}
${HELP_LINE}

Avslutningskodar: 0 ingen feil (åtvaringar er greitt); 1 feil funne; 2 ugyldige argument eller
uleselege filer.
`,
    init: `Bruk: likestilling init [<mappe>] [val]

Skriv malane til eit utgreiingsprosjekt som du fyller ut: statement.json (prosjektet: verksemd,
arbeidet i år, data og utdata), employer.json og cycle.json, med kommentarar som forklarer kvart
felt. Deretter: likestilling report --config statement.json.

Val:
  --year <år>              rekneskapsåret utgreiinga gjeld (standard: i fjor)
  --sector <sektor>        offentleg eller privat (også kommune, stat …; standard privat)
  --dir <mappe>            kvar filene blir skrivne (standard: mappa du står i)
  --force                  skriv over filer som finst
${LANG_LINE}
                           (også språket i kommentarane)
${HELP_LINE}

Avslutningskodar: 0 ferdig; 2 ugyldige argument eller ei fil som finst frå før.
`,
    transparency: transparencyNn.help,
    vectors: `Bruk: likestilling vectors [val]

Køyrer samsvarstestane (vectors/index.json: kommandolinja, inndata og forventa utdata for kvart
tilfelle) mot denne kommandolinja, eller mot eit anna program, og listar kvart tilfelle som avvik.
Utdata blir samanlikna som JSON: tekststrengar og tal nøyaktig, nøklar i vilkårleg rekkjefølgje.

Val:
  --dir <mappe>            mappa med testane (standard vectors)
  --run <kommando>         køyr kvart tilfelle med denne kommandoen i staden, i mappa til tilfellet;
                           {cli} blir bytt ut med argumenta til tilfellet, t.d. "mitt-program {cli}"
  --only <id,…>            køyr berre desse tilfella
  --skip-texts             ikkje samanlikn tekstar på nb, nn og en (for andre implementasjonar)
${LANG_LINE}
${HELP_LINE}

Avslutningskodar: 0 alle tilfella bestått; 1 nokre avvik; 2 feil i argumenta eller uleseleg indeks.
`,
  },
  seeHelp: (command) => `Køyr \`likestilling ${command} --help\` for vala.`,
  errors: {
    unknownCommand: (p) => `ukjend kommando «${p.command}»`,
    unknownOption: (p) => `ukjent val ${p.option}`,
    missingValue: (p) => `${p.option} treng ei verdi (skriv ${p.option}=… for ei verdi som byrjar med bindestrek)`,
    noValueTaken: (p) => `${p.option} tek inga verdi`,
    repeated: (p) => `${p.option} er gitt to gonger`,
    unexpectedArgument: (p) => `uventa argument «${p.argument}»`,
    oneOf: (p) =>
      `${p.option} må vere ein av ${p.allowed.map(q).join(', ')}${p.also !== undefined && p.also.length > 0 ? ` (eller ${p.also.map(q).join(', ')})` : ''} (fekk «${p.value}»)`,
    wholeNumber: (p) => `${p.option} må vere eit heiltal (fekk «${p.value}»)`,
    between: (p) => `${p.option} må vere mellom ${p.min} og ${p.max === Infinity ? '∞' : p.max} (fekk ${p.value})`,
    numberAtLeast: (p) => `${p.option} må vere eit tal ≥ ${p.min} (fekk «${p.value}»)`,
    monthDay: (p) => `${p.option} må vere ein månad og dag som finst, MM-DD, t.d. 06-30 (fekk «${p.value}»)`,
    required: (p) => `${p.option} er påkravd`,
    headcountRequired: () => '--headcount er påkravd for ei privat verksemd (gjennomsnittleg tal på tilsette, COV-6)',
    needs: (p) => `${p.option} krev ${p.other}`,
    together: (p) => `${join(p.options, 'og')} høyrer saman (utgreiinga treng begge)`,
    formatNeedsStatement: (p) => `--format ${p.format} krev inndata til utgreiinga, --employer og --cycle (eller --config)`,
    outRequired: (p) => `--format ${p.format} krev --out <fil>`,
    noFiles: () => 'oppgi minst éi fil som skal kontrollerast',
    noData: () => 'oppgi dataa: éi CSV-fil med tilsette, eller a-meldingane for året (*.xml)',
    oneDataSet: () => 'oppgi éi CSV-fil med tilsette, eller a-meldingane for året (*.xml), ikkje begge',
    oneTable: () => 'oppgi nøyaktig éin publisert tabell (ei JSON-fil)',
    hrNeedsXml: () => '--hr blir kopla til a-meldingar: oppgi dei (*.xml)',
    renderNoFiles: () => '--render tek ingen datafiler',
    noFilesWith: (p) => `${p.option} tek ingen datafiler`,
    configConflict: (p) => `${p.option} kan ikkje givast saman med --config: prosjektfila oppgir alle inndata og utdata`,
    cannotRead: (p) =>
      `kan ikkje lese ${p.file}: ${p.reason === 'missing' ? 'fila finst ikkje' : p.reason === 'denied' ? 'manglar tilgang til å lese ho' : p.reason === 'folder' ? 'det er ei mappe' : 'ein lesefeil'}`,
    notJson: (p) =>
      `${p.label === p.file ? '' : `${p.label}: `}${p.file} er ikkje JSON (${p.line === undefined ? 'ho sluttar for tidleg' : `feil på line ${p.line}, kolonne ${p.column ?? 1}`})`,
    invalidJson: (p) => `${p.label === p.file ? '' : `${p.label}: `}${p.file} er ikkje gyldig:\n${p.problems.map((x) => `  ${x}`).join('\n')}`,
    invalidInput: (p) => `ugyldige inndata:\n${p.problems.map((x) => `  ${x}`).join('\n')}`,
    cannotAssess: (p) => `pliktene for ${p.year} kan ikkje vurderast:\n${p.problems.map((x) => `  ${x}`).join('\n')}`,
    exists: (p) => `${p.file} finst frå før (--force skriv over ho)`,
  },
  validate: {
    file: (p) => {
      const head =
        p.kind === 'a-melding'
          ? `a-melding, ${plural(p.files.length, 'fil', 'filer')}${p.months.length > 0 ? ` (${p.months[0] ?? ''} – ${p.months[p.months.length - 1] ?? ''})` : ''}`
          : `${p.files[0] ?? ''}${p.kind === 'hr' ? ' (HR-fil)' : ''}`;
      const unit = p.kind === 'a-melding' ? ['arbeidsforhold', 'arbeidsforhold'] : ['rad', 'rader'];
      return `${head}: ${plural(p.errors, 'feil', 'feil')}, ${plural(p.warnings, 'åtvaring', 'åtvaringar')}; ${plural(p.read, unit[0] ?? '', unit[1] ?? '')} lesne, ${p.rejected} haldne utanfor${p.fatal ? ' — kan ikkje brukast' : ''}`;
    },
    summary: (p) =>
      `${plural(p.errors, 'feil', 'feil')}, ${plural(p.warnings, 'åtvaring', 'åtvaringar')} i ${plural(p.files, 'fil', 'filer')}${p.unreadable > 0 ? `; ${plural(p.unreadable, 'fil', 'filer')} kunne ikkje lesast` : ''}`,
  },
  report: {
    more: (n) => `… og ${plural(n, 'problem', 'problem')} til (likestilling validate listar opp alle)`,
    noFigures: (p) => `${p.files.join(', ')} gir ingen tal`,
    written: (p) => `skrive: ${p.file}`,
  },
  audit: {
    unreadable: 'Tabellen kan ikkje lesast:',
    heading: (p) =>
      `Kontroll av ein publisert tabell (løn ≥ ${p.pay}, kjenneteikn 0 eller ≥ ${p.attribute}/${p.rest}, foreldrepermisjon ≥ ${p.leave}, toleranse ${p.tolerance} %)`,
    clean: 'Ingen funn.',
    findings: (n) => `${plural(n, 'funn', 'funn')}:`,
    kinds: {
      'below-threshold': 'under terskelen',
      recoverable: 'kan reknast ut',
      'remainder-disclosed': 'resten avslørt',
      'combination-disclosed': 'summen avslørt',
      unreadable: 'kan ikkje lesast',
    },
    via: 'gjennom',
    examined: (n) => `${plural(n, 'skjult tal eller lita gruppe', 'skjulte tal og små grupper')} undersøkte.`,
  },
  vectors: {
    failed: (p) => `AVVIK ${p.id} (${p.rules.join(', ')})`,
    difference: (p) => `${p.path}: forventa ${p.expected}, fekk ${p.actual}`,
    exitCode: (p) => `avslutningskode: forventa ${p.expected}, fekk ${p.actual}`,
    notJson: 'utdata er ikkje JSON',
    absent: '(manglar)',
    summary: (p) => `${p.passed} bestått, ${p.failed} med avvik`,
  },
  progress: {
    line: (p) =>
      [
        `${p.label}: ${mib(p.mib)}${p.totalMib === undefined ? '' : ` av ${mib(p.totalMib)}`} MiB lese${p.percent === undefined ? '' : ` (${p.percent} %)`}`,
        p.rowsPerSecond !== undefined ? `${grouped(p.rowsPerSecond)} rader/s` : p.mibPerSecond !== undefined ? `${mib(p.mibPerSecond)} MiB/s` : '',
        p.secondsLeft !== undefined ? `om lag ${seconds(p.secondsLeft)} att` : '',
      ]
        .filter((x) => x !== '')
        .join(', '),
  },
  init: {
    config: (p) => `// Eit utgreiingsprosjekt: \`likestilling report --config statement.json\` lagar utgreiinga.
// Stiar er relative til denne fila. Kommentarar som denne er tillatne.
{
  // Rekneskapsåret utgreiinga gjeld.
  "year": ${p.year},
  // Verksemda (den juridiske eininga): sjå employer.json.
  "employer": "employer.json",
  // Arbeidet i år etter dei fire stega, og del 2 av utgreiinga: sjå cycle.json.
  "cycle": "cycle.json",
  // Valfritt: eiga vurdering av tala (ei liste med avsnitt, eller { "nn": […], "en": […] }).
  // "assessment": "vurdering.json",
  // Valfritt: rekkjefølgja på stillingsnivåa, øvst først, og andre val.
  "options": { "levelOrder": [] },
  // Valfritt: utgreiinga frå i fjor (JSON-en likestilling report skriv), til samanlikninga.
  // "previous": "utgreiing-${p.year - 1}.json",
  // Valfritt: kvifor lønsskilnaden — oppdelinga etter stillingsnivå og den justerte skilnaden,
  // publisert etter dei same reglane som tala (alle analyseval unnateke «statistics»).
  // "analysis": { "breakdowns": ["level"] },
  // Valfritt: eit vedlegg med lønsopenheitsindikatorane til EU (a)–(f) for året, publisert etter
  // dei same reglane.
  // "transparency": true,
  // Dataa: ei kanonisk CSV-fil med tilsette, ein HR-eksport med kolonneoppsett, eller
  // a-meldingane for året med ei HR-fil ("files": ["a-melding-${p.year}-01.xml", …], "hr": "hr.csv").
  "data": {
    "files": ["tilsette-${p.year}.csv"]
    // , "mapping": "kolonnar.json", "payCodes": "lonsartar.json"
  },
  // Kva som blir skrive: formatet frå filendinga (.html, .md, .json, .xlsx), språket nb, nn eller en.
  "outputs": [
    { "file": "utgreiing.html", "lang": "nn" },
    { "file": "utgreiing.json" }
  ]
}
`,
    employer: (p) => `// Verksemda: den juridiske eininga som har pliktene (COV-7). Fyll inn alle verdiane.
{
  // 9 siffer.
  "organisationNumber": "000000000",
  // Namnet slik det skal stå i utgreiinga (eller { "nn": "…", "en": "…" }).
  "name": "Verksemda AS",
  // "public" (offentleg) eller "private" (privat).
  "sector": "${p.sector}",
  // Gjennomsnittleg tal på tilsette per rekneskapsår (COV-6): avgjer pliktene til ei privat
  // verksemd (over 50: utgreiing; 20–50: når ein av partane krev det).
  "headcounts": [{ "financialYear": ${p.year}, "averageHeadcount": 0 }]
  // , "fiscalYearEnd": "12-31"  // siste dagen i rekneskapsåret, MM-DD
  // , "demands": [{ "party": "employee-representatives", "financialYear": ${p.year} }]  // COV-4
}
`,
    cycle: (p) => `// Likestillingsarbeidet i år etter dei fire stega (ACT-3), dokumentert (ACT-6), og del 2 av
// utgreiinga (STM-3). Kvar post oppgir dei tillitsvalde som tok del (ACT-5).
{
  "financialYear": ${p.year},
  // Steg a: risikoar for diskriminering og hinder for likestilling som er funne, t.d.
  // { "id": "F1", "date": "${p.year}-03-01", "kind": "risk", "description": "…", "grounds": ["sex"],
  //   "areas": ["pay-and-working-conditions"], "representatives": [{ "role": "hovudtillitsvald" }] }
  "findings": [],
  // Steg b: årsakene, t.d. { "id": "A1", "date": "…", "findingIds": ["F1"], "causes": "…", "representatives": […] }
  "causeAnalyses": [],
  // Steg c: tiltak, t.d. { "id": "T1", "date": "…", "findingIds": ["F1"], "description": "…",
  //   "goal": "…", "owner": "…", "deadline": "${p.year + 1}-06-30", "representatives": […] }
  "measures": [],
  // Steg d: evalueringar, t.d. { "id": "E1", "date": "…", "measureIds": ["T1"], "assessment": "…", "representatives": […] }
  "evaluations": [],
  // Del 2 av utgreiinga: styrande dokument, korleis arbeidet er organisert, resultat, planar.
  // Alle tekstar kan givast per språk: { "nn": "…", "en": "…" }.
  "context": {
    "policies": [],
    "organisation": { "fora": [] }
    // , "results": "…", "plansAhead": "…"
  }
}
`,
    written: (p) => `skrive: ${p.file}`,
    next: (p) => `Fyll dei ut, og køyr deretter: likestilling report --config ${p.config}`,
  },
};

const SEX_WORDS: Readonly<Record<FigureSex, string>> = {
  women: 'kvinner',
  men: 'menn',
  other: 'personar med anna kjønn',
  unknown: 'personar med ukjent kjønn',
  otherOrUnknown: 'personar med anna eller ukjent kjønn',
  all: 'personar',
};
const RELATIONS: Readonly<Record<'sexes' | 'breakdown' | 'units' | 'other', string>> = {
  sexes: 'totalen for dei same tilsette minus tala for dei andre kjønna',
  breakdown: 'totalen for heile verksemda minus tala for dei andre nivåa eller gruppene',
  units: 'talet for eininga over minus tala for dei andre undereiningane',
  other: 'dei publiserte tala (summar, gjennomsnitt og forholdstal)',
};
const SUBJECTS: Readonly<Record<FigureSubject, (sex: string | null) => string>> = {
  headcount: (s) => `talet på ${s ?? 'tilsette'}`,
  temporary: (s) => `talet på mellombels tilsette${s === null ? '' : ` ${s}`}`,
  temporaryShare: (s) => `delen mellombels tilsette blant ${s ?? 'alle tilsette'}`,
  partTime: (s) => `talet på deltidstilsette${s === null ? '' : ` ${s}`}`,
  partTimeShare: (s) => `delen deltidstilsette blant ${s ?? 'alle tilsette'}`,
  involuntary: (s) => `talet på ${s ?? 'tilsette'} i ufrivillig deltid`,
  involuntaryShare: (s) => `delen i ufrivillig deltid blant ${s ?? 'alle tilsette'}`,
  partTimers: (s) => `talet på deltidstilsette${s === null ? '' : ` ${s}`}`,
  answered: (s) => `talet på svar om ufrivillig deltid blant ${s ?? 'deltidstilsette'}`,
  coverage: (s) => `svardelen om ufrivillig deltid blant ${s ?? 'deltidstilsette'}`,
  leavePersons: (s) => `talet på ${s ?? 'tilsette'} med foreldrepermisjon`,
  leaveWeeks: (s) => `gjennomsnittleg tal på veker med foreldrepermisjon for ${s ?? 'tilsette'}`,
  payMean: (s) => `snittløna til ${s ?? 'dei tilsette'}`,
  payMedian: (s) => `medianløna til ${s ?? 'dei tilsette'}`,
  payCount: (s) => `talet på ${s ?? 'tilsette'} med lønstal`,
  shareMean: () => 'kvinner sin del av snittløna til menn',
  shareMedian: () => 'kvinner sin del av medianløna til menn',
  figure: () => 'eit tal',
};

const report: Catalogue['report'] = {
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
  legend: '– tyder at talet er skjult for å verne einskilde tilsette (noten ved talet seier kvifor) eller ikkje finst.',
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
  noGroup: '(utan stillingsgruppe)',
  noUnit: '(utan eining)',
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
    'pay-levels':
      'På {below} av {levels} stillingsnivå med publiserte tal var delen til kvinner under 100 %; lågast var han på nivået «{lowestLevel}» ({lowest}) og høgast på «{highestLevel}» ({highest}).',
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
  detailExtra: {
    reference: 'Referanse',
    unit: 'Eining',
    kind: 'Type',
    documentKind: 'Type dokument',
    method: 'Metode',
    nextSteps: 'Vidare',
    risk: 'risiko',
    obstacle: 'hinder',
    groundsWithoutFinding: 'Grunnlag utan funn',
    areasWithoutFinding: 'Område utan funn',
    policy: 'politikk',
    strategy: 'strategi',
    guideline: 'retningsline',
    plan: 'plan',
  },
  breakdownHeading: { level: 'Stillingsnivå', group: 'Stillingsgruppe' },
  footnote: {
    primaryPay: (p) =>
      `Skjult fordi færre enn ${p.threshold} ${SEX_WORDS[p.sex]} i gruppa har lønstal: løn for eit kjønn blir berre publisert når minst ${p.threshold} personar står bak talet.`,
    primaryCount: (p) =>
      `Skjult fordi for få har kjenneteiknet, eller for få manglar det: eit tal blir berre publisert når begge er 0 eller minst ${p.threshold}, slik at ingen sine forhold kan lesast ut av det.`,
    primaryWeeks: (p) =>
      `Skjult fordi færre enn ${p.threshold} personar har hatt foreldrepermisjon: eit gjennomsnitt av veker blir berre publisert når minst ${p.threshold} står bak det.`,
    secondary: (p) => `Skjult fordi ${p.figure}, som er skjult, elles kunne reknast ut frå ${RELATIONS[p.relation]}.`,
    byChoice: 'Ikkje publisert: verksemda publiserer kvinner sin del av løna til menn, ikkje beløpa i kroner.',
    figure: (p) =>
      `${SUBJECTS[p.subject](p.sex === 'all' ? null : SEX_WORDS[p.sex])}${p.where.kind === 'total' ? '' : p.where.kind === 'level' ? ` på nivået «${p.where.name}»` : p.where.kind === 'group' ? ` i gruppa «${p.where.name}»` : ` i eininga «${p.where.name}»`}`,
  },
  appendix: {
    title: 'Vedlegg for revisor: reglane bak utgreiinga',
    intro:
      'Regel-ID-ane viser til regeldokumentet biblioteket følgjer (ARP.md, docs/rules.md): kvar tabell, kvart skjult tal og kvar plikt nedanfor oppgir reglane han følgjer.',
    tables: 'Tabellar',
    notes: 'Notar om skjulte tal',
    duties: 'Plikter',
    statement: 'Utgreiinga',
    statementRules:
      'Kven som skal gjere greie og når (STM-1, STM-2, STM-5), dei to delane (STM-3), gjenbruk av tal som blir kartlagde annakvart år (STM-6), ingen personlege forhold (STM-8, ANON-1); tala: dei tilsette per referansedatoen (DEF-POP, DEF-REF), kjønn (DEF-SEX), løn (DEF-PAY, DEF-AVG, DEF-ROUND).',
    suppression: { primary: 'for få personar bak talet', secondary: 'vernar eit anna skjult tal', 'by-choice': 'valt bort' },
    threshold: (n) => `terskel ${n} personar`,
    note: (n) => `Note ${n}`,
  },
  notes: {
    shareDenominators: (p) =>
      `Kvinner utgjer ${p.ofAll} av alle tilsette i tabellen over kjønnsbalanse, men ${p.ofWomenAndMen} i kjønnsfordelinga per stillingsnivå: der blir delen rekna berre av kvinner og menn, utan dei ${p.others} med anna eller ukjent kjønn.`,
  },
  chartScale: { payShareScale: (p) => `Skalaen går frå ${p.from} til ${p.to}; den stipla lina er 100 % (lik løn).` },
  workbook: {
    sheets: {
      'sex-balance': 'Kjønnsbalanse',
      temporary: 'Mellombels tilsette',
      'part-time': 'Deltid',
      'parental-leave': 'Foreldrepermisjon',
      pay: 'Løn',
      'sex-distribution': 'Kjønnsfordeling',
      'involuntary-part-time': 'Ufrivillig deltid',
    },
    overview: 'Oversikt',
    notesSheet: 'Notar',
    part2Sheet: 'Del 2',
    reason: 'Kvifor skjult',
    hidden: 'skjult',
  },
};

const SUPPRESSION_SEX: Readonly<Record<SuppressionSex, string>> = { women: 'kvinner', men: 'menn', any: 'personar' };
const NARROWING: Readonly<Record<NarrowingKind, string>> = {
  exact: 'nøyaktig',
  'within-tolerance': 'innanfor toleransen',
  'all-or-none': 'så nær at ein lesar kan skilje «alle» frå «ingen» i ei gruppe under terskelen',
  undetermined: 'kanskje (løysaren kunne ikkje vise det motsette)',
};
const RELATION_TEXTS: Readonly<Record<string, (where: string) => string>> = {
  sexes: (w) => `${w}: kvinner + menn + anna/ukjent = totalt`,
  'unit-tree': (w) => `${w} = undereiningane + eigne tilsette`,
  breakdown: (w) => `${w}: cellene summerer seg til totalen`,
  components: (w) => `${w}: løn = summen av komponentane`,
  order: (w) => `${w}: ufrivillig deltid ≤ svar ≤ deltidstilsette`,
  'weeks-per-person': (w) => `${w}: høgst 53 veker per person`,
  percent: (w) => `${w}: prosent av ein publisert base`,
  share: (w) => `${w}: kvinnedelen`,
  coverage: (w) => `${w}: svarprosent`,
  ratio: (w) => `${w}: kvinneløn i prosent av menn si løn`,
  average: (w) => `${w}: gjennomsnitt × personar`,
  'undefined-share': (w) => `${w}: ingen kvinnedel av løna til menn, altså er løna til menn 0`,
};

const anonymisation: AnonymisationTexts = {
  primary: (p) => {
    if (p.kind === 'pay')
      return `Skjult fordi færre enn ${p.payMin} ${SUPPRESSION_SEX[p.sex]} i gruppa har lønnstal; løn for eit kjønn blir berre publisert når minst ${p.payMin} bidreg (ANON-2, ANON-4).`;
    if (p.kind === 'weeks')
      return `Skjult: eit gjennomsnitt av veker med foreldrepermisjon blir berre publisert når minst ${p.leaveMin} personar har hatt permisjon (ANON-2).`;
    if (p.attributeMin === p.restMin)
      return `Skjult: eit tal blir berre publisert når både dei som har kjenneteiknet og dei som ikkje har det, er 0 eller minst ${p.attributeMin} (ANON-2).`;
    return `Skjult: eit tal blir berre publisert når dei som har kjenneteiknet er 0 eller minst ${p.attributeMin}, og dei som ikkje har det er 0 eller minst ${p.restMin} (ANON-2).`;
  },
  secondary: (p) =>
    `Skjult for at det skjulte talet ${p.protects.join(', ')} ikkje skal kunne reknast ut eller snevrast inn frå summar og andre publiserte tal (ANON-3).`,
  byChoice: 'Ikkje publisert: berre forholdstal blir publiserte, ikkje kronebeløp (STAT-B0, ANON-4).',
  merge: (p) =>
    `Stillingsnivåa ${p.levels.join(', ')} er slått saman fordi eit kjønn hadde færre enn ${p.threshold} personar (ANON-2); medianen for dei samanslåtte nivåa blir ikkje oppgitt.`,
  finding: (p) => {
    const how = NARROWING[p.how];
    const count = p.count ?? '?';
    const threshold = p.threshold ?? '?';
    switch (p.kind) {
      case 'below-threshold':
        return `${p.where} er publisert med ${count} personar bak, under terskelen ${threshold} (ANON-2).`;
      case 'remainder-disclosed':
        return `Talet for eininga sine eigne tilsette utanfor undereiningane, ${p.where}, ei lita gruppe, kan reknast ut ${how} (ANON-3, ANON-7).`;
      case 'combination-disclosed':
        return `Det samla talet for dei skjulte cellene ${p.where} (færre enn ${threshold} personar) kan reknast ut ${how} (ANON-3, ANON-7).`;
      case 'unreadable':
        return `Tabellen kan ikkje lesast som ei publisert kartlegging (${p.problems} feil).`;
      case 'inconsistent':
        return 'Dei publiserte tala motseier kvarandre (summar, delar eller grenser går ikkje opp); tabellen kan ikkje reviderast.';
      default:
        return `Det skjulte talet ${p.where} kan reknast ut ${how} frå dei publiserte tala (ANON-7).`;
    }
  },
  relation: (p) => (Object.hasOwn(RELATION_TEXTS, p.kind) ? (RELATION_TEXTS[p.kind] as (w: string) => string)(p.where) : `${p.where}: publisert tal`),
};

/** Nynorskkatalogen. @internal */
export const nn: Catalogue = {
  language: 'nn',
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
    found: 'fann',
    name: q,
    shape: (s) => (s.kind === 'digits' ? `${s.length} siffer` : s.kind === 'number' ? 'eit tal' : s.kind === 'date' ? 'noko som liknar ein dato' : 'tekst'),
    levels: (n) => `${n} nivå`,
  },
  severity: { error: 'feil', warning: 'åtvaring' },
  diagnostics,
  expectations,
  fields,
  duties,
  plan,
  cli,
  report,
  anonymisation,
  transparency: transparencyNn,
  analysis: analysisNn,
};
