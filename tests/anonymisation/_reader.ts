/**
 * A published table of the tests' large employer (tests/anonymisation/_big.ts) as its reader sees
 * it, for the attacker's own tests: the model, the reader's constraints (a value is hidden where the
 * table has null, as `auditPublication` reads it) and a feasible table.
 */
import { EmployeeSchema } from '../../src/models/employee.js';
import { computeMapping } from '../../src/statistics/index.js';
import { publish } from '../../src/anonymisation/publish.js';
import { PublicationPolicySchema } from '../../src/anonymisation/policy.js';
import type { AuditInput, JsonPath } from '../../src/anonymisation/types.js';
import { analyse } from '../../src/anonymisation/_lib/analyse.js';
import { buildTableModel } from '../../src/anonymisation/_lib/buildTableModel.js';
import { constraintsOf, type Constraints, type HiddenRule, type TableState } from '../../src/anonymisation/_lib/constraints.js';
import { getPath } from '../../src/anonymisation/_lib/paths.js';
import type { TableModel } from '../../src/anonymisation/_lib/tableModel.js';
import { bigEmployer } from './_big.js';

/** The reader's view of the published table of an employer with `units` units. */
export async function readerOf(units: number): Promise<{ model: TableModel; hidden: readonly (HiddenRule | null)[]; c: Constraints; point: Float64Array }> {
  const records = bigEmployer(units).map((r) => EmployeeSchema.parse(r));
  const published = JSON.parse(JSON.stringify(await publish(computeMapping(records, { year: 2025 })))) as AuditInput;
  const model = buildTableModel(published);
  const shown = (path: JsonPath): boolean => {
    const value = getPath(published, path);
    return value !== null && value !== undefined;
  };
  const hidden = model.vars.map((v): HiddenRule | null => (v.own || shown(v.path) ? null : 'unknown'));
  const state: TableState = {
    model,
    policy: PublicationPolicySchema.parse({}),
    hidden,
    active: (o) => shown(o.path),
    known: (id) => (hidden[id] === null && model.vars[id]?.kind === 'count' ? (model.vars[id]?.value?.toNumber() ?? null) : null),
    ruleAware: false,
  };
  const c = constraintsOf(state);
  const point = (await analyse(c, [], { pointOnly: true })).point;
  if (point === null) throw new Error('the published table has no feasible table');
  return { model, hidden, c, point };
}
