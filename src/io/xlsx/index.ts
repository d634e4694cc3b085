/**
 * Placeholder of the `likestilling/xlsx` subpath.
 * @packageDocumentation
 */
export {};
