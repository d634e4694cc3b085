/**
 * Property tests are reproducible: every run draws the same cases (one seed for all of fast-check),
 * so a test run fails only on a change, never on a case drawn at random for the first time. To
 * explore new cases: `FC_SEED=random npm run test:properties` (or `FC_SEED=<number>`); a case found
 * that way is kept in its test as an `examples` entry.
 */
import fc from 'fast-check';

const given = process.env['FC_SEED'];
if (given !== 'random') fc.configureGlobal({ seed: given === undefined ? 20_261_206 : Number(given) });
