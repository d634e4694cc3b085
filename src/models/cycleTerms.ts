/**
 * The vocabulary of the yearly work of the activity duty (ACT-1 to ACT-6): the grounds, the areas,
 * the harassment topics, the four steps with their letters in the law, the kinds of finding and the
 * statuses of a measure. The cycle's schemas (`cycle.ts`) and the statement use them.
 * @module
 */
/**
 * The grounds of discrimination (*diskrimineringsgrunnlag*) the employer's activity duty covers
 * (ACT-1): eleven grounds plus combinations. Age is not among them (see
 * {@link AUTHORITY_ONLY_GROUNDS}).
 */
export const GROUNDS = [
  'sex',
  'pregnancy',
  'parental-leave',
  'care-responsibilities',
  'ethnicity',
  'religion',
  'belief',
  'disability',
  'sexual-orientation',
  'gender-identity',
  'gender-expression',
  'combinations',
] as const;
/** A ground of the employer duty. See {@link GROUNDS}. */
export type Ground = (typeof GROUNDS)[number];

/**
 * Grounds covered only by the § 24 public-authority duty (COV-8, ACT-1): age (*alder*) is
 * protected by the act but is not part of the employer duty.
 */
export const AUTHORITY_ONLY_GROUNDS = ['age'] as const;
/** A ground of the § 24 duty only. See {@link AUTHORITY_ONLY_GROUNDS}. */
export type AuthorityOnlyGround = (typeof AUTHORITY_ONLY_GROUNDS)[number];

/** Every ground a finding may name: {@link GROUNDS} plus {@link AUTHORITY_ONLY_GROUNDS}. */
export const ALL_GROUNDS = [...GROUNDS, ...AUTHORITY_ONLY_GROUNDS] as const;
/** Any ground. See {@link ALL_GROUNDS}. */
export type AnyGround = (typeof ALL_GROUNDS)[number];

/**
 * The areas the activity duty covers at least (ACT-2): recruitment (*rekruttering*), pay and
 * working conditions (*lønns- og arbeidsvilkår*), promotion and development (*forfremmelse og
 * utviklingsmuligheter*), accommodation (*tilrettelegging*) and combining work and family life
 * (*mulighet for å kombinere arbeid og familieliv*).
 */
export const AREAS = ['recruitment', 'pay-and-working-conditions', 'promotion-and-development', 'accommodation', 'work-and-family-life'] as const;
/** An area. See {@link AREAS}. */
export type Area = (typeof AREAS)[number];

/**
 * The harassment topics the employer must also prevent (ACT-2): harassment (*trakassering*),
 * sexual harassment (*seksuell trakassering*) and gender-based violence (*kjønnsbasert vold*).
 */
export const HARASSMENT_TOPICS = ['harassment', 'sexual-harassment', 'gender-based-violence'] as const;
/** A harassment topic. See {@link HARASSMENT_TOPICS}. */
export type HarassmentTopic = (typeof HARASSMENT_TOPICS)[number];

/**
 * The four steps of the activity duty (ACT-3), all within each year: (a) investigate risks and
 * obstacles (*undersøke og kartlegge*), (b) analyse causes (*analysere årsaker*), (c) implement
 * measures (*iverksette tiltak*), (d) evaluate the results (*vurdere resultater*).
 */
export const STEPS = ['investigate', 'analyse-causes', 'implement-measures', 'evaluate'] as const;
/** A step. See {@link STEPS}. */
export type Step = (typeof STEPS)[number];

/** The letter of each step in the law (ACT-3 a–d). */
export const STEP_LETTERS: Readonly<Record<Step, 'a' | 'b' | 'c' | 'd'>> = {
  investigate: 'a',
  'analyse-causes': 'b',
  'implement-measures': 'c',
  evaluate: 'd',
};

/** What kind of finding step a made: a risk of discrimination or an obstacle to equality. */
export const FINDING_KINDS = ['risk', 'obstacle'] as const;
/** A finding kind. See {@link FINDING_KINDS}. */
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Status of a measure (ACT-6): planned, in progress, done. */
export const MEASURE_STATUSES = ['planned', 'in-progress', 'done'] as const;
/** A measure status. See {@link MEASURE_STATUSES}. */
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
