/**
 * DEF-INV — involuntary part-time (*ufrivillig deltid*): part-timers (`partTime.ts`) who want to and are
 * available to work more, from an HR register or a survey. Reported by sex with the coverage
 * (answered / all part-timers). Unknown is not "no": a part-timer without an answer counts as a
 * part-timer, not as answered.
 * @see ARP.md §5 DEF-INV
 * @module
 */

/**
 * A part-timer's answer as the person table stores it: 0 not answered.
 * @example
 * ```ts
 * involuntaryAnswerOf(null) === INVOLUNTARY_UNANSWERED; // true
 * ```
 */
export const INVOLUNTARY_UNANSWERED = 0;
/**
 * The answer "no, part-time by choice".
 * @example
 * ```ts
 * involuntaryAnswerOf(false) === INVOLUNTARY_NO; // true
 * ```
 */
export const INVOLUNTARY_NO = 1;
/**
 * The answer "yes, wants and is available to work more".
 * @example
 * ```ts
 * involuntaryAnswerOf(true) === INVOLUNTARY_YES; // true
 * ```
 */
export const INVOLUNTARY_YES = 2;

/**
 * A record's `involuntaryPartTime` as the stored answer (DEF-INV): `null` is not answered.
 * @param answer - the record's answer
 * @returns {@link INVOLUNTARY_UNANSWERED}, {@link INVOLUNTARY_NO} or {@link INVOLUNTARY_YES}
 * @see ARP.md §5 DEF-INV
 * @example
 * ```ts
 * involuntaryAnswerOf(true); // 2
 * ```
 */
export function involuntaryAnswerOf(answer: boolean | null): number {
  return answer === null ? INVOLUNTARY_UNANSWERED : answer ? INVOLUNTARY_YES : INVOLUNTARY_NO;
}

/**
 * Whether a stored answer counts as answered (the coverage's numerator): true or false, not unknown.
 * @param answer - a stored answer
 * @returns `true` for no and yes
 * @example
 * ```ts
 * isAnswered(INVOLUNTARY_NO);         // true
 * isAnswered(INVOLUNTARY_UNANSWERED); // false
 * ```
 */
export function isAnswered(answer: number): boolean {
  return answer !== INVOLUNTARY_UNANSWERED;
}

/**
 * Whether a stored answer counts as involuntary part-time.
 * @param answer - a stored answer
 * @returns `true` for yes
 * @example
 * ```ts
 * isInvoluntary(INVOLUNTARY_YES); // true
 * ```
 */
export function isInvoluntary(answer: number): boolean {
  return answer === INVOLUNTARY_YES;
}
