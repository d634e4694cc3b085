/**
 * Builds a table's model (ANON-7; the model is described in tableModel.ts): the employer/unit tree
 * first, then each section in turn — attribute counts, parental leave, pay — into one builder.
 * Built without recursion (the unit tree is walked in breadth-first order), in time linear in the
 * table's size.
 * @internal
 */
import type { AuditInput } from '../types.js';
import { addAttributeCounts } from './attributeCounts.js';
import { finishModel, modelBuilder } from './modelBuilder.js';
import { addParentalLeave } from './parentalLeave.js';
import { addPay } from './payModel.js';
import type { TableModel } from './tableModel.js';
import { readUnitTree } from './unitTree.js';

/**
 * Builds the model of a table. Values are read as given (`null` = hidden). Problems that make
 * the table unreadable are listed in `problems` (the model is then empty).
 * @internal
 */
export function buildTableModel(table: AuditInput): TableModel {
  const b = modelBuilder(table);
  const tree = readUnitTree(table, b.problems);
  if (tree === null) return finishModel(b);
  addAttributeCounts(b, tree);
  addParentalLeave(b, tree);
  addPay(b, tree);
  return finishModel(b);
}
