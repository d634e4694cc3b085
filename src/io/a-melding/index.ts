/**
 * Placeholder of the `likestilling/a-melding` subpath.
 * @packageDocumentation
 */
export {};
