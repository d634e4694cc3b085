/** Types of scripts/check-links.mjs (for the tests). */
export declare function deadLinks(site: string): string[];
