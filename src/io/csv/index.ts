/**
 * Placeholder of the `likestilling/csv` subpath.
 * @packageDocumentation
 */
export {};
