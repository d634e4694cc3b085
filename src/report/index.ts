export * from './types.js';
export * from './buildStatement.js';
export * from './renderHtml.js';
export * from './renderMarkdown.js';
export * from './explanation.js';
