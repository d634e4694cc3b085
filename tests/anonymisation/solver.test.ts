import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditPublication, publish } from '../../src/anonymisation/index.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('the solver (HiGHS) under the audit (ANON-7)', () => {
  // a payroll of the property test (ratios only, a women's share of 111 044.4 %) on which HiGHS threw
  // "run failed with HiGHS status -1" when it warm-started a maximisation after other solves of
  // the session; the audit then reported pay.total.women.mean as possibly recoverable
  it('solves once more from nothing when a warm start fails, and the audit stays clean', async () => {
    const { mapping, policy } = JSON.parse(readFileSync(join(FIXTURES, 'warm-start.json'), 'utf8')) as { mapping: never; policy: { ratiosOnly: boolean } };
    const published = await publish(mapping, policy);
    const report = await auditPublication(published, policy);
    expect(report.findings).toEqual([]);
    expect(report.clean).toBe(true);
  });
});
