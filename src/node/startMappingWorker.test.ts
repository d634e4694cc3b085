/**
 * `startMappingWorker`: the pay orderings shared with a real worker thread (its script bundled from
 * source) give exactly the mappings of `computeMapping` and `finalizeMapping`; and its edges:
 * small payrolls, overlapping calls, a worker that cannot start, closing, invalid options.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmployeeSchema, type Employee } from '../models/employee.js';
import { startMappingWorker, type MappingWorker } from './index.js';
import { accumulateMapping, computeMapping, finalizeMapping, mergePartialMappings, type StatisticsOptions } from '../statistics/index.js';
import { payroll } from '../../tests/statistics/_arbitraries.js';
import { bundleWorker, tempFolder } from '../../tests/node/_helpers.js';

const OPTIONS = { year: 2025 } as const;
const folder = tempFolder();
let workerUrl: URL;
let worker: MappingWorker;
beforeAll(async () => {
  workerUrl = await bundleWorker(folder.dir, 'orderingWorker');
  // every finalization shares its orderings, however small
  worker = startMappingWorker({ minPersons: 0, workerUrl });
});
afterAll(async () => {
  await worker.close();
  folder.remove();
});

/** The same mapping, to the byte. */
function expectSame(actual: unknown, expected: unknown): void {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

/** A payroll of `n` employments over a unit tree of three levels, levels and groups, both sexes, pay components. */
function payrollOf(n: number, oneUnit = false): Employee[] {
  return Array.from({ length: n }, (_, i) =>
    EmployeeSchema.parse({
      employeeId: `E${i}`,
      gender: i % 53 === 0 ? 'other' : i % 3 === 0 ? 'male' : 'female',
      contract: i % 5 === 0 ? 'temporary' : 'permanent',
      positionPercent: i % 41 === 0 ? null : [100, 80, 50, 120, 33.33][i % 5],
      startDate: `20${10 + (i % 15)}-03-01`,
      endDate: i % 29 === 0 ? '2025-06-30' : null,
      unit: oneUnit ? 'Direktoratet' : `Direktoratet/Region ${i % 3}/Enhet ${i % 7}`,
      jobLevel: `Nivå ${i % 6}`,
      jobGroup: i % 19 === 0 ? null : `Gruppe ${i % 9}`,
      pay: {
        basePay: `${40000 + ((i * 7919) % 30011)}.${String(i % 100).padStart(2, '0')}`,
        fixedAllowances: i % 2 === 0 ? '1500' : '0',
        irregularAllowances: i % 4 === 0 ? '250.50' : '0',
        bonus: i % 7 === 0 ? '1000' : '0',
      },
      involuntaryPartTime: i % 6 === 0 ? true : null,
    }),
  );
}

describe('startMappingWorker: the same mappings, on two threads', () => {
  it('a payroll of 3 000 employments: computeMapping in the worker = computeMapping', async () => {
    const records = payrollOf(3000);
    expectSame(await worker.computeMapping(records, OPTIONS), computeMapping(records, OPTIONS));
  });

  it('one unit with everybody (its figures are the employer’s, marked in the worker)', async () => {
    const records = payrollOf(800, true);
    const mapping = await worker.computeMapping(records, OPTIONS);
    expectSame(mapping, computeMapping(records, OPTIONS));
    expect(mapping.byUnit[0]?.agreedPay).toStrictEqual(mapping.agreedPay.total);
  });

  it('random payrolls, with other options: the same as computeMapping', async () => {
    await fc.assert(
      fc.asyncProperty(
        payroll(80, { persons: 30 }),
        fc.constantFrom<StatisticsOptions[]>({ year: 2025 }, { year: 2025, agreedPayComponents: ['basePay'] }, { year: 2024, mergePersons: false }),
        async (records, options) => {
          expectSame(await worker.computeMapping(records, options), computeMapping(records, options));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('finalizeMapping of merged partial mappings (a table not in shared memory) = finalizeMapping', async () => {
    const records = payrollOf(2000);
    const partial = mergePartialMappings(accumulateMapping(records.slice(0, 900), OPTIONS), accumulateMapping(records.slice(900), OPTIONS));
    expectSame(await worker.finalizeMapping(partial), finalizeMapping(partial));
  });

  it('overlapping calls are done in turn, each with its own result', async () => {
    const payrolls = [payrollOf(1200), payrollOf(500, true), payrollOf(1700)];
    const mappings = await Promise.all(payrolls.map((r) => worker.computeMapping(r, OPTIONS)));
    mappings.forEach((m, i) => expectSame(m, computeMapping(payrolls[i]!, OPTIONS)));
  });

  it('invalid input rejects with the input error, and the worker goes on', async () => {
    await expect(worker.computeMapping(payrollOf(10), { year: 1.5 })).rejects.toMatchObject({
      name: 'LikestillingInputError',
      issues: [expect.objectContaining({ path: ['options', 'year'] })],
    });
    await expect(worker.computeMapping('records' as never, { year: 2025 })).rejects.toMatchObject({
      name: 'LikestillingInputError',
      issues: [expect.objectContaining({ path: ['records'] })],
    });
    await expect(worker.finalizeMapping({} as never)).rejects.toMatchObject({
      name: 'LikestillingInputError',
      issues: [expect.objectContaining({ path: ['partial'] })],
    });
    const records = payrollOf(300);
    expectSame(await worker.computeMapping(records, OPTIONS), computeMapping(records, OPTIONS));
  });
});

describe('startMappingWorker: edges', () => {
  it('below minPersons everything runs in the calling thread: the same mapping', async () => {
    const w = startMappingWorker({ workerUrl }); // default 200 000
    try {
      const records = payrollOf(400);
      expectSame(await w.computeMapping(records, OPTIONS), computeMapping(records, OPTIONS));
    } finally {
      await w.close();
    }
  });

  it('a worker that cannot start: the call rejects with an error that says so', async () => {
    const w = startMappingWorker({ minPersons: 0, workerUrl: pathToFileURL(join(folder.dir, 'no-such-worker.mjs')) });
    try {
      await expect(w.computeMapping(payrollOf(100), OPTIONS)).rejects.toThrow(/likestilling: the mapping worker (failed|stopped)/);
      await expect(w.computeMapping(payrollOf(100), OPTIONS)).rejects.toThrow(/likestilling: the mapping worker/);
    } finally {
      await w.close();
    }
  });

  it('after close(), calls reject', async () => {
    const w = startMappingWorker({ minPersons: 0, workerUrl });
    const records = payrollOf(200);
    expectSame(await w.computeMapping(records, OPTIONS), computeMapping(records, OPTIONS));
    await w.close();
    await expect(w.computeMapping(records, OPTIONS)).rejects.toThrow('likestilling: the mapping worker was closed');
  });
});
