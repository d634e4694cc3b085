/**
 * DEF-POP — the population (*populasjonen*): employments of the legal entity active on the
 * reference date, of the kinds `ordinary` and `maritime` (freelancers out; the kinds are the option
 * `includeKinds`). One person counts once: several employments of one person in one entity are
 * merged (position percents and pay summed; the main employment, see {@link mainCompare}, gives the
 * level, group, unit and contract).
 *
 * DEF-REF — the reference date (*referansedato*): the last day of the financial year (the option
 * `referenceDate`). Stock figures count the employments active on it; flow figures (parental
 * leave, DEF-PL) cover the whole financial year.
 * @see ARP.md §5 DEF-POP, DEF-REF
 * @module
 */
export { mainCompare } from './mainEmployment.js';

/**
 * The employment kinds of the population by default (DEF-POP): `ordinary` and `maritime`.
 * @see ARP.md §5 DEF-POP
 * @example
 * ```ts
 * DEFAULT_POPULATION_KINDS.includes('freelance'); // false
 * ```
 */
export const DEFAULT_POPULATION_KINDS = ['ordinary', 'maritime'] as const;

/**
 * Whether an employment is active on a day (DEF-REF): start ≤ day ≤ end. Days are ISO dates
 * (`YYYY-MM-DD`, compared as text) or integer day keys of one encoding; an ongoing employment has
 * an end after every day (`null` for ISO dates is handled by the caller).
 * @param start - first day of the employment
 * @param end - last day of the employment
 * @param day - the day, e.g. the reference date
 * @returns `true` when active on `day`
 * @see ARP.md §5 DEF-REF
 * @example
 * ```ts
 * isActiveOn('2025-01-01', '2025-12-31', '2025-12-31'); // true
 * isActiveOn(20250101, 20251230, 20251231);             // false
 * ```
 */
export function isActiveOn<T extends number | string>(start: T, end: T, day: T): boolean {
  return start <= day && end >= day;
}

/**
 * The merged employments of a person beyond the first that count (DEF-POP: one person counts
 * once): the `merged-into-person` exclusion.
 * @param activeEmployments - the person's employments active on the reference date
 * @returns how many of them are merged into the person
 * @example
 * ```ts
 * mergedEmployments(3); // 2
 * ```
 */
export function mergedEmployments(activeEmployments: number): number {
  return activeEmployments - 1;
}
