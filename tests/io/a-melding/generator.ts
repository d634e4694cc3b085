/**
 * A small a-melding generator for the tests (issue 5): builds a-melding XML (v2_2 or v2_3) for one
 * month from plain data, and a whole year (12 monthly files) of a company with N employees that
 * has leave, bonuses, hourly workers, a temporary and a freelancer — together with the truth the
 * files encode, so tests can check the importer against it and write the same people as CSV.
 *
 * Shape follows ARP.md §7; elements the importer does not read (betalingsinformasjon,
 * identifiserendeInformasjon, forskuddstrekk, loennsansiennitet …) are included on purpose.
 */

export const NS = {
  v2_2: 'urn:ske:fastsetting:innsamling:a-meldingen:v2_2',
  v2_3: 'urn:ske:fastsetting:innsamling:a-meldingen:v2_3',
} as const;

const NID_W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const NID_W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const ORG_W = [3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: string, weights: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < weights.length; i++) s += Number(digits[i]) * (weights[i] ?? 0);
  const k = 11 - (s % 11);
  return k === 11 ? 0 : k;
}

/**
 * A valid pre-2032 national id for a birth date `DDMMYY` and sex, the `n`-th such number
 * (individual numbers from 500 upwards: born 1940–1999 / 2000–2039 as the YY gives).
 */
export function nationalId(ddmmyy: string, sex: 'female' | 'male', n = 0): string {
  let found = 0;
  for (let ind = 100; ind < 1000; ind++) {
    if ((ind % 2 === 1) !== (sex === 'male')) continue;
    const base = ddmmyy + String(ind).padStart(3, '0');
    const k1 = checkDigit(base, NID_W1);
    if (k1 === 10) continue;
    const k2 = checkDigit(base + String(k1), NID_W2);
    if (k2 === 10) continue;
    if (found === n) return base + String(k1) + String(k2);
    found += 1;
  }
  throw new Error('no national id left');
}

/** A valid organisation number starting with the 8 digits given (the next valid one upwards). */
export function orgNumber(prefix8: string): string {
  for (let p = Number(prefix8); ; p++) {
    const base = String(p).padStart(8, '0');
    const k = checkDigit(base, ORG_W);
    if (k !== 10) return base + String(k);
  }
}

export interface XmlLeave {
  readonly permisjonId?: string;
  readonly startdato?: string;
  readonly sluttdato?: string;
  readonly permisjonsprosent?: string;
  readonly beskrivelse?: string;
}
export interface XmlEmployment {
  readonly arbeidsforholdId?: string;
  readonly typeArbeidsforhold?: string;
  readonly startdato?: string;
  readonly sluttdato?: string;
  readonly stillingsprosent?: string;
  readonly antallTimerPerUkeSomEnFullStillingTilsvarer?: string;
  readonly yrke?: string;
  readonly formForAnsettelse?: string;
  readonly permisjon?: readonly XmlLeave[];
}
export interface XmlIncome {
  readonly beloep: string;
  readonly beskrivelse: string;
  readonly fordel?: string;
  readonly arbeidsforholdId?: string;
  readonly antall?: string;
}
export interface XmlPerson {
  readonly nationalId?: string;
  readonly employments: readonly XmlEmployment[];
  readonly incomes: readonly XmlIncome[];
}
export interface XmlSubunit {
  readonly orgNumber: string;
  readonly persons: readonly XmlPerson[];
}
export interface XmlMonth {
  readonly month: string;
  readonly legalEntity: string;
  readonly subunits: readonly XmlSubunit[];
  readonly version?: keyof typeof NS;
  /** Override the namespace (for wrong-namespace tests). */
  readonly namespace?: string;
  /** Use a prefix (`a:`) instead of the default namespace. */
  readonly prefixed?: boolean;
}

function el(name: string, value: string | undefined, indent: string, p: string): string {
  return value === undefined ? '' : `${indent}<${p}${name}>${value}</${p}${name}>\n`;
}

function head(m: XmlMonth): { p: string; text: string } {
  const ns = m.namespace ?? NS[m.version ?? 'v2_3'];
  const p = m.prefixed === true ? 'a:' : '';
  const xmlns = m.prefixed === true ? `xmlns:a="${ns}"` : `xmlns="${ns}"`;
  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>\n<${p}melding ${xmlns} xmlns:x="urn:example:extension">\n <${p}Leveranse>\n`);
  out.push(`  <${p}leveringstidspunkt>${m.month}-05T12:00:00</${p}leveringstidspunkt>\n`);
  out.push(`  <${p}kalendermaaned>${m.month}</${p}kalendermaaned>\n`);
  out.push(`  <${p}kildesystem>Lønnssystem ÆØÅ æøå</${p}kildesystem>\n  <${p}meldingsId>${m.month}-1</${p}meldingsId>\n`);
  out.push(`  <x:extension><x:note>ignored</x:note></x:extension>\n`);
  out.push(`  <${p}opplysningspliktig><${p}norskIdentifikator>${m.legalEntity}</${p}norskIdentifikator></${p}opplysningspliktig>\n`);
  out.push(`  <${p}oppgave>\n   <${p}betalingsinformasjon><${p}sumForskuddstrekk>0</${p}sumForskuddstrekk></${p}betalingsinformasjon>\n`);
  return { p, text: out.join('') };
}

const subunitOpen = (orgNumber: string, p: string): string => `   <${p}virksomhet>\n    <${p}norskIdentifikator>${orgNumber}</${p}norskIdentifikator>\n`;
const subunitClose = (p: string): string => `   </${p}virksomhet>\n`;
const tail = (p: string): string => `  </${p}oppgave>\n </${p}Leveranse>\n</${p}melding>\n`;

/** The XML of one `inntektsmottaker`. */
export function personXml(person: XmlPerson, p = ''): string {
  const out: string[] = [];
  out.push(`    <${p}inntektsmottaker>\n`);
  if (person.nationalId !== undefined) out.push(`     <${p}norskIdentifikator>${person.nationalId}</${p}norskIdentifikator>\n`);
  out.push(`     <${p}identifiserendeInformasjon><${p}navn>Test Person</${p}navn></${p}identifiserendeInformasjon>\n`);
  for (const e of person.employments) {
    const i = '      ';
    out.push(`     <${p}arbeidsforhold>\n`);
    out.push(el('arbeidsforholdId', e.arbeidsforholdId, i, p));
    out.push(el('typeArbeidsforhold', e.typeArbeidsforhold, i, p));
    out.push(el('startdato', e.startdato, i, p));
    out.push(el('sluttdato', e.sluttdato, i, p));
    out.push(el('antallTimerPerUkeSomEnFullStillingTilsvarer', e.antallTimerPerUkeSomEnFullStillingTilsvarer, i, p));
    out.push(el('avloenningstype', 'fast', i, p));
    out.push(el('yrke', e.yrke, i, p));
    out.push(el('arbeidstidsordning', 'ikkeSkift', i, p));
    out.push(el('stillingsprosent', e.stillingsprosent, i, p));
    out.push(`${i}<${p}loennsansiennitet>5</${p}loennsansiennitet>\n`);
    for (const l of e.permisjon ?? []) {
      out.push(`${i}<${p}permisjon>\n`);
      out.push(el('startdato', l.startdato, i + ' ', p));
      out.push(el('sluttdato', l.sluttdato, i + ' ', p));
      out.push(el('permisjonsprosent', l.permisjonsprosent, i + ' ', p));
      out.push(el('permisjonId', l.permisjonId, i + ' ', p));
      out.push(el('beskrivelse', l.beskrivelse, i + ' ', p));
      out.push(`${i}</${p}permisjon>\n`);
    }
    out.push(el('formForAnsettelse', e.formForAnsettelse, i, p));
    out.push(`     </${p}arbeidsforhold>\n`);
  }
  for (const inc of person.incomes) {
    const i = '      ';
    out.push(`     <${p}inntekt>\n`);
    out.push(el('fordel', inc.fordel ?? 'kontantytelse', i, p));
    out.push(el('utloeserArbeidsgiveravgift', 'true', i, p));
    out.push(el('inngaarIGrunnlagForTrekk', 'true', i, p));
    out.push(el('beloep', inc.beloep, i, p));
    out.push(el('arbeidsforholdId', inc.arbeidsforholdId, i, p));
    out.push(`${i}<${p}loennsinntekt>\n`);
    out.push(el('beskrivelse', inc.beskrivelse, i + ' ', p));
    out.push(el('antall', inc.antall, i + ' ', p));
    out.push(`${i}</${p}loennsinntekt>\n`);
    out.push(`     </${p}inntekt>\n`);
  }
  out.push(`     <${p}forskuddstrekk><${p}beloep>-1000</${p}beloep></${p}forskuddstrekk>\n`);
  out.push(`    </${p}inntektsmottaker>\n`);
  return out.join('');
}

/** The a-melding XML of one month. */
export function aMeldingXml(m: XmlMonth): string {
  const { p, text } = head(m);
  const out: string[] = [text];
  for (const v of m.subunits) {
    out.push(subunitOpen(v.orgNumber, p));
    for (const person of v.persons) out.push(personXml(person, p));
    out.push(subunitClose(p));
  }
  out.push(tail(p));
  return out.join('');
}

/**
 * One month's a-melding as a lazy stream of UTF-8 chunks (one sub-unit, `count` persons made by
 * `person(i)`), so a file for 100 000 employees never exists as one string.
 */
export async function* aMeldingStream(
  m: Omit<XmlMonth, 'subunits'> & { readonly subunit: string },
  count: number,
  person: (i: number) => XmlPerson,
): AsyncGenerator<Uint8Array> {
  const enc = new TextEncoder();
  const { p, text } = head({ ...m, subunits: [] });
  let buf = text + subunitOpen(m.subunit, p);
  for (let i = 0; i < count; i++) {
    buf += personXml(person(i), p);
    if (buf.length > 1 << 16) {
      yield enc.encode(buf);
      buf = '';
    }
  }
  yield enc.encode(buf + subunitClose(p) + tail(p));
}

// ---------------------------------------------------------------------------------------------
// A whole year of a company.

/** A deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What one generated employment is, in the canonical terms (øre, ISO dates). */
export interface TrueEmployment {
  readonly nationalId: string;
  readonly sex: 'female' | 'male';
  readonly subunit: string;
  readonly arbeidsforholdId: string;
  readonly kind: 'ordinary' | 'maritime' | 'freelance';
  readonly contract: 'permanent' | 'temporary';
  readonly positionPercent: number | null;
  readonly startDate: string;
  readonly endDate: string | null;
  readonly occupationCode: string | null;
  /**
   * Monthly amounts in øre: base and fixed of the reference month, the others year sum ÷ active
   * months (not whole øre with `wholeAverages: false`: the exact average is `sums` ÷ `activeMonths`).
   */
  readonly pay: {
    readonly basePay: number;
    readonly fixedAllowances: number;
    readonly irregularAllowances: number;
    readonly bonus: number;
    readonly overtime: number;
    readonly benefitsInKind: number;
  };
  /** The year's sums in øre of the averaged components, and the months they are averaged over. */
  readonly sums: { readonly irregularAllowances: number; readonly bonus: number; readonly overtime: number; readonly benefitsInKind: number };
  readonly activeMonths: number;
  readonly parentalLeavePeriods: readonly { readonly startDate: string; readonly endDate: string; readonly percent: number }[];
  readonly jobLevel: string;
  readonly jobGroup: string;
  readonly unit: string;
}

export interface GeneratedYear {
  readonly legalEntity: string;
  readonly subunits: readonly string[];
  readonly files: readonly { readonly name: string; readonly content: string }[];
  readonly truth: readonly TrueEmployment[];
}

const kr = (ore: number): string => `${Math.trunc(ore / 100)}.${String(ore % 100).padStart(2, '0')}`;
const month = (year: number, m: number): string => `${year}-${String(m).padStart(2, '0')}`;
const lastDay = (year: number, m: number): string => `${month(year, m)}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;

/**
 * A company year: `employees` persons × 12 months, seeded. Person 0 is temporary, 1 is an hourly
 * worker, 2 a freelancer, 3 has parental leave March–August (80 %), 4 leaves at the end of June,
 * 5 starts on 1 March; every third gets a bonus in June and December, every fourth overtime every
 * month, everyone a phone (naturalytelse) every month and irregular allowances in some months.
 * Annual sums are chosen so that the monthly averages are whole øre, unless `wholeAverages` is
 * false: then irregular allowances and bonuses leave a remainder of a few øre over the active
 * months, so an average is a fraction of an øre (DEF-ROUND: the statistics must take it exactly).
 */
export function generateYear(options: {
  readonly year: number;
  readonly employees: number;
  readonly seed?: number;
  readonly version?: keyof typeof NS;
  readonly wholeAverages?: boolean;
}): GeneratedYear {
  const whole = options.wholeAverages ?? true;
  const { year, employees } = options;
  const r = rng(options.seed ?? 1);
  const legalEntity = orgNumber('91000000');
  const subunits = [orgNumber('92000000'), orgNumber('93000000')];
  const months: XmlPerson[][][] = Array.from({ length: 12 }, () => subunits.map(() => []));
  const truth: TrueEmployment[] = [];
  for (let i = 0; i < employees; i++) {
    const sex = r() < 0.5 ? 'female' : 'male';
    const dd = String(1 + (i % 28)).padStart(2, '0');
    const mm = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    const yy = String(60 + (Math.floor(i / 336) % 40)).padStart(2, '0');
    const nid = nationalId(`${dd}${mm}${yy}`, sex, Math.floor(i / 13440));
    const si = i % 2;
    const subunit = subunits[si] ?? '';
    const afId = `AF${i + 1}`;
    const kind = i === 2 ? 'freelance' : 'ordinary';
    const temporary = i === 0;
    const hourly = i === 1;
    const startMonth = i === 5 ? 3 : 1;
    const endMonth = i === 4 ? 6 : 12;
    const startDate = i === 5 ? `${year}-03-01` : `${2010 + (i % 10)}-0${1 + (i % 9)}-15`;
    const endDate = i === 4 ? `${year}-06-30` : null;
    const percent = kind === 'freelance' ? null : hourly ? 0 : ([100, 100, 100, 80, 60, 50, 37.5, 33.33][i % 8] ?? 100);
    const base = kind === 'freelance' ? 0 : 3_000_000 + Math.floor(r() * 4_000_000); // øre at 100 %
    const monthlyBase = hourly ? 0 : Math.round((base * (percent ?? 0)) / 100);
    const fixed = i % 5 === 0 ? 150_000 : 0;
    const activeMonths = endMonth - startMonth + 1;
    // with `wholeAverages: false`, remainders of 1 … activeMonths − 1 øre (never a multiple)
    const rest = (k: number): number => (whole || activeMonths === 1 ? 0 : 1 + ((i + k) % (activeMonths - 1)));
    const bonusTotal = i % 3 === 0 && kind === 'ordinary' ? activeMonths * (10_000 + Math.floor(r() * 500_000)) + rest(1) : 0;
    const overtimeEach = i % 4 === 0 && kind === 'ordinary' ? 20_000 + Math.floor(r() * 100_000) : 0;
    const irregularTotal = kind === 'ordinary' ? activeMonths * Math.floor(r() * 200_000) + rest(2) : 0;
    const phone = kind === 'ordinary' ? 41_700 : 0;
    const hoursPerMonth = 40;
    const hourlyRate = 25_050; // 250.50 NOK
    const leave =
      i === 3
        ? [{ permisjonId: 'P1', startdato: `${year}-03-03`, sluttdato: `${year}-08-31`, permisjonsprosent: '80', beskrivelse: 'permisjonMedForeldrepenger' }]
        : [];
    const jobLevel = `L${1 + (i % 4)}`;
    const jobGroup = `G${1 + (i % 3)}`;
    const unit = `Company/${si === 0 ? 'East' : 'West'}`;
    const yrke = String(2_000_000 + (i % 50) * 1_001).slice(0, 7);
    let paidIrregular = 0;
    for (let m = startMonth; m <= endMonth; m++) {
      const incomes: XmlIncome[] = [];
      if (kind === 'freelance') incomes.push({ beloep: kr(1_234_500), beskrivelse: 'honorarAkkordProsentProvisjon', arbeidsforholdId: afId });
      else if (hourly)
        incomes.push({ beloep: kr(hourlyRate * hoursPerMonth), beskrivelse: 'timeloenn', antall: String(hoursPerMonth), arbeidsforholdId: afId });
      else incomes.push({ beloep: kr(monthlyBase), beskrivelse: 'fastloenn', arbeidsforholdId: afId });
      if (fixed > 0) incomes.push({ beloep: kr(fixed), beskrivelse: 'fastTillegg', arbeidsforholdId: afId });
      if (bonusTotal > 0 && (m === 6 || m === endMonth)) {
        // two payments: the first 40 %, the rest at the end
        const first = Math.floor((bonusTotal * 2) / 5);
        incomes.push({
          beloep: kr(m === 6 && m !== endMonth ? first : m === 6 ? bonusTotal : bonusTotal - first),
          beskrivelse: 'bonus',
          arbeidsforholdId: afId,
        });
      }
      if (overtimeEach > 0) incomes.push({ beloep: kr(overtimeEach), beskrivelse: 'overtidsgodtgjoerelse', arbeidsforholdId: afId });
      if (irregularTotal > 0 && m % 2 === 0 && m !== endMonth) {
        const part = Math.floor(irregularTotal / 10);
        paidIrregular += part;
        incomes.push({ beloep: kr(part), beskrivelse: 'uregelmessigeTilleggKnyttetTilArbeidetTid', arbeidsforholdId: afId });
      }
      if (irregularTotal > 0 && m === endMonth)
        incomes.push({ beloep: kr(irregularTotal - paidIrregular), beskrivelse: 'helligdagstillegg', arbeidsforholdId: afId });
      if (phone > 0) incomes.push({ beloep: kr(phone), beskrivelse: 'elektroniskKommunikasjon', fordel: 'naturalytelse', arbeidsforholdId: afId });
      if (kind === 'ordinary') {
        incomes.push({ beloep: kr(50_000), beskrivelse: 'feriepenger', arbeidsforholdId: afId });
        incomes.push({ beloep: kr(30_000), beskrivelse: 'reise', fordel: 'utgiftsgodtgjoerelse', arbeidsforholdId: afId });
      }
      const employment: XmlEmployment = {
        arbeidsforholdId: afId,
        typeArbeidsforhold: kind === 'freelance' ? 'frilanserOppdragstakerHonorarPersonerMm' : 'ordinaertArbeidsforhold',
        startdato: startDate,
        ...(endDate !== null ? { sluttdato: endDate } : {}),
        ...(kind === 'freelance'
          ? {}
          : {
              stillingsprosent: String(percent),
              antallTimerPerUkeSomEnFullStillingTilsvarer: '37.5',
              yrke,
              formForAnsettelse: temporary ? 'midlertidig' : 'fast',
            }),
        ...(leave.length > 0 && m >= 3 && m <= 8 ? { permisjon: leave } : {}),
      };
      months[m - 1]?.[si]?.push({ nationalId: nid, employments: [employment], incomes });
    }
    truth.push({
      nationalId: nid,
      sex,
      subunit,
      arbeidsforholdId: afId,
      kind,
      contract: temporary ? 'temporary' : 'permanent',
      positionPercent: percent,
      startDate,
      endDate,
      occupationCode: kind === 'freelance' ? null : yrke,
      pay: {
        basePay: kind === 'freelance' ? (endMonth === 12 ? 1_234_500 : 0) : hourly ? hourlyRate * hoursPerMonth : monthlyBase,
        fixedAllowances: fixed,
        irregularAllowances: irregularTotal / activeMonths,
        bonus: bonusTotal / activeMonths,
        overtime: overtimeEach,
        benefitsInKind: phone,
      },
      sums: { irregularAllowances: irregularTotal, bonus: bonusTotal, overtime: overtimeEach * activeMonths, benefitsInKind: phone * activeMonths },
      activeMonths,
      parentalLeavePeriods: leave.map((l) => ({ startDate: l.startdato, endDate: l.sluttdato, percent: 80 })),
      jobLevel,
      jobGroup,
      unit,
    });
  }
  const files = months.map((subs, mi) => ({
    name: `a-melding-${month(year, mi + 1)}.xml`,
    content: aMeldingXml({
      month: month(year, mi + 1),
      legalEntity,
      version: options.version ?? 'v2_3',
      subunits: subs.map((persons, si) => ({ orgNumber: subunits[si] ?? '', persons })),
    }),
  }));
  return { legalEntity, subunits, files, truth };
}

export { lastDay };
