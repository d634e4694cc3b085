/** Types of scripts/sync-rules.mjs (for the tests). */
export declare function anchorOf(id: string): string;
export declare function withAnchors(text: string): string;
