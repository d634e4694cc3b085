import { parseInput } from '../_lib/input.js';
import { ALL_GROUNDS, type AnyGround } from '../models/cycle.js';
import { DutyFactsSchema, type DutyFacts, type Sector } from '../models/employer.js';

/**
 * The § 24 duty of public authorities (COV-8): to work actively, purposefully and systematically
 * for equality in their exercise of authority and as service providers, and to report on it; it
 * covers age as a ground too. Assessed apart from the employer duty.
 */
export interface AuthorityDutyAssessment {
  readonly applies: boolean;
  /** `stated`: from `exercisesPublicAuthority`; `assumed-from-sector`: not stated, so public ⇒ yes. */
  readonly determinedBy: 'stated' | 'assumed-from-sector';
  /** The grounds the duty covers: the employer grounds plus age (ACT-1). */
  readonly grounds: readonly AnyGround[];
  readonly paragraph: 'LDL § 24';
  readonly rule: 'COV-8';
}

/**
 * Whether the employer has the § 24 public-authority duty (COV-8). When the employer does not
 * state `exercisesPublicAuthority`, public employers are assumed to have it and private ones not,
 * and the result says it was assumed.
 *
 * @param employer - the sector and, optionally, whether it exercises public authority (a parsed
 *   `Employer` too: see {@link DutyFactsSchema})
 * @returns the assessment with its legal basis
 * @throws {@link LikestillingInputError} on malformed input
 * @see LDL § 24; ARP.md COV-8
 * @example
 * ```ts
 * assessAuthorityDuty({ sector: 'public' }).applies; // true (assumed from sector)
 * ```
 */
export function assessAuthorityDuty(employer: DutyFacts): AuthorityDutyAssessment {
  return authorityDutyOf(parseInput('assessAuthorityDuty', DutyFactsSchema, employer));
}

/** {@link assessAuthorityDuty} on parsed facts. */
function authorityDutyOf(employer: { readonly sector: Sector; readonly exercisesPublicAuthority?: boolean | null | undefined }): AuthorityDutyAssessment {
  const stated = employer.exercisesPublicAuthority;
  const determinedBy = stated === undefined || stated === null ? 'assumed-from-sector' : 'stated';
  return {
    applies: determinedBy === 'stated' ? stated === true : employer.sector === 'public',
    determinedBy,
    grounds: [...ALL_GROUNDS],
    paragraph: 'LDL § 24',
    rule: 'COV-8',
  };
}
