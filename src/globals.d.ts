/** The package version, replaced at build time (tsup `define`); `'0.0.0-dev'` under vitest. */
declare const __LIKESTILLING_VERSION__: string;
