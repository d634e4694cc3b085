/**
 * `likestilling/transparency`: the pay-transparency indicators of Directive (EU) 2023/970
 * (ARP.md §8, TRN-1…TRN-7) from the same employment records as ARP, pure and exact: the
 * definitions ({@link TransparencyOptionsSchema}), one computer per indicator of Art. 9(1)
 * ((a)/(c) {@link hourlyPayGap}, {@link annualPayGap}; (b)/(d) {@link variablePayGap}; (e)
 * {@link variablePayRecipients}; (f) {@link quartilePayBands}; (g) with the Art. 10 joint pay
 * assessment test {@link categoryPayGaps}), all of them at once ({@link computePayTransparency},
 * JSON shape {@link PayTransparencySchema}), who reports when ({@link assessPayTransparencyDuty}), and
 * what may be published ({@link publishPayTransparency}, {@link PublishedPayTransparencySchema}).
 * @packageDocumentation
 */
export * from './TransparencyOptionsSchema.js';
export * from './types.js';
export * from './preparePayTransparency.js';
export * from './hourlyPayGap.js';
export * from './annualPayGap.js';
export * from './variablePayGap.js';
export * from './variablePayRecipients.js';
export * from './quartilePayBands.js';
export * from './categoryPayGaps.js';
export * from './jointPayAssessment.js';
export * from './payGapPercent.js';
export * from './computePayTransparency.js';
export * from './assessPayTransparencyDuty.js';
export * from './publishedSchema.js';
export * from './publishPayTransparency.js';
export * from './renderPayTransparency.js';
