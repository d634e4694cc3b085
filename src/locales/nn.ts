/**
 * Nynorskkatalogen: every text a person reads, in nynorsk. Codes, field names and values of the
 * interchange format are quoted «…»; see `types.ts` for the shape and how to add a message.
 * @internal
 */
import type { Catalogue, DiagnosticMessages, ExpectationParams, Messages } from './types.js';

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
  oneOf: (p) => (p.values.length === 1 ? (p.values[0] ?? '') : `ein av ${p.values.join(', ')}`),
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
  nonEmptyText: () => 'ein tekst som ikkje er tom',
  nonEmptyTextOrNone: () => 'ein tekst som ikkje er tom, eller ingen «personId»',
  employmentKind: () => 'ein av «ordinary», «maritime», «freelance»',
  isoDateText: () => 'ein ISO-dato ÅÅÅÅ-MM-DD',
  isoDateOrNull: () => 'ein ISO-dato ÅÅÅÅ-MM-DD, eller «null» (pågår)',
  unitPathOrNull: () => 'ein einingssti, eller «null»',
  weeksOrNull: () => 'veker 0–53, eller «null»',
  leavePeriods: () => 'ei liste med tolka permisjonsperiodar («startDate», «endDate», «percent»)',
  partialMapping: () => 'ei delkartlegging (frå «accumulateMapping», «mergePartialMappings» eller «deserializePartialMapping»; JSON blir lesen med «deserializePartialMapping»)',
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
  unreadable_file: (p) => (p.problem === 'xml-syntax' ? 'fila kan ikkje lesast: XML-en er øydelagd (ein syntaksfeil, eller fila sluttar for tidleg)' : 'fila kan ikkje lesast (ein feil under lesinga)'),
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
  column_recognised: (p) => `kolonnen ${q(p.column)} blir lesen som ${field(p.field)}: eit kjent kolonnenamn (før det opp i kolonneoppsettet for å stadfeste, eller set kolonnen til «ignore»)`,
  column_not_mapped: (p) =>
    `kolonnen ${q(p.column)} ser ut som ${field(p.field)}, men blir ikkje lesen${p.from !== undefined ? ` (kolonnen ${q(p.from)} gir han)` : ''}: før han opp i kolonneoppsettet, eller set han til «ignore»`,
  malformed_row: (p) => `feil i rada${p.fields !== undefined ? ` (${p.fields} felt)` : ''}${x(p.expected)}`,
  sex_missing: () => 'kjønn er tomt: blir rekna som ukjent, halde utanfor samanlikninga av kvinner og menn (DEF-SEX)',
  missing_reference_month: (p) => `inga a-melding for månaden til referansedatoen${x(p.expected)}`,
  duplicate_delivery: () => 'same arbeidsforhold er rapportert to gonger for éin månad (halde utanfor)',
  employment_not_in_reference_month: () => 'arbeidsforholdet er ikkje rapportert i månaden til referansedatoen: blir rekna som avslutta etter siste rapporterte månad',
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
        return `Ei privat verksemd med meir enn 50 tilsette (${p.headcount})`;
      case 'private-20-50-demanded':
        return `Ei privat verksemd med 20–50 tilsette (${p.headcount}) der ${p.party === null ? '?' : duties.party[p.party]} har kravd det`;
      case 'private-20-50':
        return `Ei privat verksemd med 20–50 tilsette (${p.headcount}) utan krav frå partane`;
      default:
        return `Ei privat verksemd med færre enn 20 tilsette (${p.headcount})`;
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
      p.authority === null ? '' : ` Ho ${p.authority.applies ? 'har også' : 'har ikkje'} aktivitets- og utgreiingsplikta som styresmakt (LDL § 24; COV-8${p.authority.assumed ? ', rekna ut frå sektoren' : ''}).`;
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
    if (!p.statementRequired) return `${head}inga utgreiingsplikt; likestillingsarbeidet blir dokumentert (COV-5). Årsmeldinga blir vedteken innan ${p.adoptionDeadline} og send inn innan ${p.filingDeadline}.`;
    const mapping = p.mappingRequired
      ? 'løn fordelt på kjønn og ufrivillig deltid skal kartleggjast (ACT-4)'
      : p.reuseFrom !== null
        ? `det trengst inga ny kartlegging av løn og ufrivillig deltid; tala frå ${p.reuseFrom} kan brukast om att (STM-6)`
        : `det trengst inga kartlegging av løn og ufrivillig deltid enno (første gong seinast for ${p.firstMappingYear}, ACT-4)`;
    return `${head}${mapping}. Utgreiinga blir vedteken saman med årsmeldinga innan ${p.adoptionDeadline} og send inn innan ${p.filingDeadline} (STM-5).`;
  },
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
  },
  severity: { error: 'feil', warning: 'åtvaring' },
  diagnostics,
  expectations,
  fields,
  duties,
  plan,
};
