/**
 * DEF-GRP — levels, groups and units are the employer's own: job level, job group (optionally
 * STYRK-08 codes) and an organisational unit path (e.g. directorate/region/unit); the library never
 * infers "equal value". Every figure is given per unit at every level of the path (a unit includes
 * its sub-units).
 * @see ARP.md §5 DEF-GRP
 * @module
 */

/**
 * The separator of the names in a unit path (`Directorate/Region East/Unit 3`).
 * @example
 * ```ts
 * 'A/B'.split(UNIT_PATH_SEPARATOR); // ['A', 'B']
 * ```
 */
export const UNIT_PATH_SEPARATOR = '/';

/**
 * The names of a unit path, top first: each trimmed, empty ones dropped (DEF-GRP).
 * @param path - a unit path
 * @returns the names
 * @see ARP.md §5 DEF-GRP
 * @example
 * ```ts
 * unitNamesOf(' A / B/ '); // ['A', 'B']
 * ```
 */
export function unitNamesOf(path: string): string[] {
  return path
    .split(UNIT_PATH_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * A record's unit as the engine keys it (DEF-GRP): the names trimmed, empty ones dropped, joined by
 * {@link UNIT_PATH_SEPARATOR}; no name at all is no unit (`null`).
 * @param path - the record's `unit`, or `null`
 * @returns the normalised path, or `null`
 * @example
 * ```ts
 * unitKeyOf(' A / B/ '); // 'A/B'
 * unitKeyOf(' / ');      // null
 * ```
 */
export function unitKeyOf(path: string | null): string | null {
  if (path === null) return null;
  if (path.indexOf(UNIT_PATH_SEPARATOR) === -1) {
    const t = path.trim();
    return t === '' ? null : t;
  }
  const names = unitNamesOf(path);
  return names.length === 0 ? null : names.join(UNIT_PATH_SEPARATOR);
}
