/** Types of scripts/typedoc-rule-links.mjs (for the tests). */
import type { Application } from 'typedoc';
export declare function ruleAnchors(text: string): Map<string, string>;
export declare function linkRules(markdown: string, anchors: Map<string, string>, page: string): string;
export declare function load(app: Application): void;
