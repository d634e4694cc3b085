/**
 * What the a-melding scanner reads and hands over: the fields it keeps of `arbeidsforhold` and
 * `permisjon`, the scanned person with their employments and pay lines, the file's header, and how
 * the scan of a file ended.
 * @internal
 */

/** Fields read from `arbeidsforhold`. @internal */
export const EMPLOYMENT_FIELDS = [
  'arbeidsforholdId',
  'typeArbeidsforhold',
  'startdato',
  'sluttdato',
  'stillingsprosent',
  'antallTimerPerUkeSomEnFullStillingTilsvarer',
  'yrke',
  'formForAnsettelse',
] as const;
/** Fields read from `permisjon`. @internal */
export const LEAVE_FIELDS = ['startdato', 'sluttdato', 'permisjonsprosent', 'permisjonId', 'beskrivelse'] as const;

/** A field read from `arbeidsforhold`. @internal */
export type EmploymentField = (typeof EMPLOYMENT_FIELDS)[number];
/** A field read from `permisjon`. @internal */
export type LeaveField = (typeof LEAVE_FIELDS)[number];

/** An element read: its 1-based line and XPath-like path segments. @internal */
export interface Located {
  readonly line: number;
  readonly path: readonly string[];
}

/** A `permisjon` element. @internal */
export interface ScannedLeave extends Located {
  readonly fields: Partial<Record<LeaveField, string>>;
}
/** An `arbeidsforhold` element. @internal */
export interface ScannedEmployment extends Located {
  readonly fields: Partial<Record<EmploymentField, string>>;
  readonly leaves: ScannedLeave[];
}
/** An `inntekt` element. @internal */
export interface ScannedIncome extends Located {
  beloep: string | null;
  fordel: string | null;
  arbeidsforholdId: string | null;
  beskrivelse: string | null;
}
/** One `inntektsmottaker`, with the sub-unit it was reported under. @internal */
export interface ScannedPerson extends Located {
  readonly subunit: string | null;
  readonly subunitIndex: number;
  nationalId: string | null;
  /** Birth date and name when no national id is given (internal join key only). */
  altId: string | null;
  readonly employments: ScannedEmployment[];
  readonly incomes: ScannedIncome[];
}

/** The file header, known when `oppgave` opens (or at the end of a file with no `oppgave`). @internal */
export interface ScannedHeader {
  readonly namespace: string;
  readonly month: string | null;
  readonly legalEntity: string | null;
}

/** How the scan of one file ended. @internal */
export type ScanOutcome =
  | { readonly kind: 'ok'; readonly persons: number }
  | { readonly kind: 'stopped' }
  | { readonly kind: 'not_a_melding'; readonly reason: string; readonly root?: string }
  | { readonly kind: 'wrong_namespace'; readonly found: string }
  | { readonly kind: 'unreadable'; readonly reason: string; readonly problem: 'xml-syntax' | 'read-error'; readonly persons: number }
  /** An element the reader would read, in another namespace: its path, and the namespace. */
  | { readonly kind: 'foreign_element'; readonly path: readonly string[]; readonly found: string }
  /** Elements nested deeper than `INPUT_LIMITS.elementDepth`: the path of the first one too deep. */
  | { readonly kind: 'too_deep'; readonly path: readonly string[] }
  /** A read element's text longer than `INPUT_LIMITS.elementText`. */
  | { readonly kind: 'too_long'; readonly path: readonly string[] };

/** Callbacks of {@link scanAMelding}. @internal */
export interface ScanHandlers {
  /** Called once with the header; return `false` to stop reading the file (nothing emitted). */
  readonly onHeader: (header: ScannedHeader) => boolean;
  readonly onPerson: (person: ScannedPerson) => void;
  /** Called as input is consumed: bytes (characters for text input) read so far. */
  readonly onProgress?: (read: number) => void;
}
