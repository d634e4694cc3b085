import type { Mapping } from '../statistics/types.js';
import { attack } from './_lib/attack.js';
import { mergeSmallLevels } from './_lib/mergeLevels.js';
import { buildModel, pathKey, type Var } from './_lib/model.js';
import { getPath, setPath } from './_lib/paths.js';
import { primaryFailure, unionFailure, type Failure } from './_lib/rules.js';
import { byChoiceText, describePath, primaryText, secondaryText } from './_lib/text.js';
import { PublicationPolicySchema, type PublicationPolicyInput } from './policy.js';
import type { AuditInput, JsonPath, LevelMerge, PublishedMapping, Suppression, SuppressionRule } from './types.js';

/**
 * Makes the publishable table (*anonymisering*) from the internal mapping: the same shape, with
 * every value that could reveal personal circumstances set to `null` and listed in `suppressed`
 * with its rule, the count and threshold that triggered it, and a sentence in bokmål and English.
 *
 * - Primary suppression (ANON-2, ANON-4) with the policy's thresholds: a pay figure of a sex in a
 *   cell (its mean, median and the cell's women's-share ratios) needs `payMinPersons`; an
 *   attribute count (temporary, part-time, involuntary part-time, parental leave) must be 0 or
 *   ≥ `attributeMinCount`, and the rest of the cell 0 or ≥ `attributeMinRest` (its percents, the
 *   women's share of the category and, for part-time, the involuntary part-time base go with it);
 *   a parental-leave average needs `parentalLeaveMinPersons`.
 * - Secondary suppression (ANON-3): the attacker of {@link auditPublication} is run on the
 *   candidate table; while it can recompute a hidden value (or the figure of a unit's own staff
 *   below a threshold) from totals and parts — levels, groups, units at every depth, the employer
 *   total, sexes of a cell, means × counts — one more cell is hidden: among the published cells of
 *   the recomputation, the one with the fewest persons, the employer total only when nothing else
 *   will do (its women's and men's figures last of all), ties by path. The pattern found for
 *   monthly pay is applied to every pay section, so the sections (monthly = the sum of the
 *   components) cannot be combined either.
 * - `ratiosOnly` hides every NOK amount (`by-choice`); `mergeSmallLevels` merges small job levels
 *   instead (reported in `merges`).
 *
 * Pure and deterministic: the same mapping and policy give the same table.
 *
 * @param mapping - the internal mapping (`computeMapping`)
 * @param policy - thresholds and choices; defaults of ANON-2 when left out
 * @returns the published table: hidden values `null`, `suppressed`, `merges`, `policy`
 * @throws ZodError when the policy is invalid
 * @example
 * ```ts
 * const published = publish(computeMapping(records, { year: 2025 }));
 * published.pay.byLevel[0]?.women.mean; // null when fewer than 5 women
 * published.suppressed[0]?.reason.en;
 * ```
 * @see ARP.md §6 ANON-1 … ANON-5
 */
export function publish(mapping: Mapping, policy?: PublicationPolicyInput): PublishedMapping {
  const pol = PublicationPolicySchema.parse(policy ?? {});
  const merged = pol.mergeSmallLevels ? mergeSmallLevels(mapping, pol) : { table: mapping as unknown as AuditInput, merges: [] as LevelMerge[] };
  const table = merged.table;
  const model = buildModel(table);
  const byPath = new Map(model.vars.map((v) => [v.sortKey, v] as const));
  /** Hidden variables in the order they were hidden, with rule, trigger and the value protected. */
  const records = new Map<number, { readonly v: Var; readonly rule: SuppressionRule; readonly f: Failure | null; readonly protects?: Var }>();
  const hide = (v: Var, rule: SuppressionRule, f: Failure | null, protects?: Var): void => {
    if (!records.has(v.id)) records.set(v.id, { v, rule, f, ...(protects !== undefined ? { protects } : {}) });
  };
  const isHidden = (v: Var): boolean => v.own || records.has(v.id);
  const triggerOf = (v: Var): Failure | null => records.get(v.id)?.f ?? (v.own ? primaryFailure(v, pol) : null);

  // ---- primary (ANON-2, ANON-4) and by choice (STAT-B0) -------------------------------------
  for (const v of model.vars) {
    if (v.own) continue;
    const f = primaryFailure(v, pol);
    if (f !== null) hide(v, 'primary', f);
  }
  if (pol.ratiosOnly) {
    for (const v of model.vars) if (v.kind === 'pay' && !v.own && !records.has(v.id) && v.n !== null && v.n > 0) hide(v, 'by-choice', null);
  }

  // ---- secondary (ANON-3) --------------------------------------------------------------------
  const families = [...new Set(model.vars.map((v) => v.family))].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const family of families) {
    const sub = { vars: model.vars, relations: model.relations.filter((r) => r.family === family) };
    const mirrored = family.startsWith('pay:') && !family.startsWith('pay:pay:');
    if (mirrored) mirrorPay(family);
    const added = secure(sub);
    // drop the secondary cells that later choices made unnecessary (latest first), so that every
    // secondary suppression left is needed; not for mirrored pay sections (same pattern everywhere)
    if (!mirrored) {
      for (const v of added.reverse()) {
        const r = records.get(v.id);
        if (r === undefined) continue;
        records.delete(v.id);
        if (leaks(sub).length > 0) records.set(v.id, r);
      }
      // keep the insertion order stable after removals
      const kept = [...records.values()];
      records.clear();
      for (const r of kept) records.set(r.v.id, r);
    }
  }

  function leaks(sub: Pick<typeof model, 'vars' | 'relations'>) {
    return attack(sub, isHidden).filter((r) => (r.union !== undefined ? unionFailure(r.union, pol) !== null : !r.v.own || primaryFailure(r.v, pol) !== null));
  }

  function secure(sub: Pick<typeof model, 'vars' | 'relations'>): Var[] {
    const stuck = new Set<number>();
    const added: Var[] = [];
    for (;;) {
      const leak = leaks(sub).find((r) => !stuck.has(r.v.id));
      if (leak === undefined) return added;
      const candidates = leak.via.filter((k) => !k.own && !records.has(k.id) && !(k.kind !== 'count' && k.n === 0));
      const pick = candidates.sort((a, b) => lastResort(a) - lastResort(b) || (a.n ?? Infinity) - (b.n ?? Infinity) || (a.sortKey < b.sortKey ? -1 : 1))[0];
      if (pick === undefined) {
        stuck.add(leak.v.id);
        continue;
      }
      hide(pick, 'secondary', leak.union !== undefined ? unionFailure(leak.union, pol) : triggerOf(leak.v), leak.v);
      added.push(pick);
    }
  }

  /** Applies monthly pay's secondary pattern to another pay section (same cells, same persons). */
  function mirrorPay(family: string): void {
    const [, section, sex] = family.split(':');
    if (section === undefined || sex === undefined) return;
    for (const r of [...records.values()]) {
      if (r.v.family !== `pay:pay:${sex}` || r.rule !== 'secondary') continue;
      const target = mapPayPath(r.v.path, section);
      const tv = target === null ? undefined : byPath.get(pathKey(target));
      if (tv === undefined || records.has(tv.id)) continue;
      const pp = r.protects === undefined ? null : mapPayPath(r.protects.path, section);
      const pv = pp === null ? r.protects : byPath.get(pathKey(pp));
      hide(tv, 'secondary', r.f, pv);
    }
  }

  // ---- the suppression list and the table -----------------------------------------------------
  const entries = new Map<string, Suppression>();
  const add = (path: JsonPath, rule: SuppressionRule, f: Failure | null, reason: Suppression['reason'], protects?: JsonPath): void => {
    const key = pathKey(path);
    if (entries.has(key)) return;
    const value = getPath(table, path);
    if (value === null || value === undefined) return;
    entries.set(key, { path: [...path], rule, count: f?.count ?? null, threshold: f?.threshold ?? null, ...(protects !== undefined ? { protects: [...protects] } : {}), reason });
  };
  for (const { v, rule, f, protects } of records.values()) {
    const reason =
      rule === 'primary' && f !== null
        ? primaryText(v.path, f, v.kind)
        : rule === 'by-choice'
          ? byChoiceText()
          : secondaryText(protects === undefined ? '' : describePath(table, protects.path));
    const linked = rule === 'primary' && f !== null ? primaryText(v.path, f, 'derived') : reason;
    const p = protects?.path;
    add(v.path, rule, f, reason, p);
    const cell = v.path.slice(0, -2);
    if (v.kind === 'pay') {
      const sex = v.path[v.path.length - 2] ?? '';
      // ANON-4: the median goes with a mean hidden by a threshold or by choice
      if (rule !== 'secondary') add([...cell, sex, 'median'], rule, f, reason, p);
      if (rule === 'primary') add([...cell, 'womenShareOfMen', 'median'], rule, f, linked, p);
      // a ratio × the other sex's mean gives a hidden mean back
      if (rule !== 'by-choice') add([...cell, 'womenShareOfMen', 'mean'], rule, f, linked, p);
      continue;
    }
    if (v.kind === 'count' && v.countRule === 'attribute') {
      // [...unit, attr, slot, 'count']: percents × bases give the count back
      const slot = v.path[v.path.length - 2];
      const attrCell = v.path.slice(0, -2);
      const unitCell = v.path.slice(0, -3);
      const attr = v.path[v.path.length - 3];
      if (slot === 'women' || slot === 'men') {
        add([...attrCell, slot, 'percentOfAll'], rule, f, linked, p);
        add([...attrCell, slot, 'percentOfSex'], rule, f, linked, p);
        add([...attrCell, 'womenShareOfCategory'], rule, f, linked, p);
      }
      if (slot === 'total') add([...attrCell, 'total', 'percentOfAll'], rule, f, linked, p);
      if (attr === 'partTime' && slot !== undefined && slot !== 'otherOrUnknown') {
        // the involuntary part-time base is the part-time count (DEF-INV)
        add([...unitCell, 'involuntaryPartTime', slot, 'partTimers'], rule, f, linked, p);
        add([...unitCell, 'involuntaryPartTime', slot, 'coverage'], rule, f, linked, p);
      }
    }
  }
  const out = JSON.parse(JSON.stringify(table)) as Record<string, unknown>;
  const suppressed = [...entries.values()];
  for (const e of suppressed) setPath(out, e.path, null);
  return { ...out, suppressed, merges: merged.merges, policy: pol } as unknown as PublishedMapping;
}

/**
 * How reluctantly a cell is hidden to protect another: any cell below the employer first (0); then
 * the employer's totals that the statement does not require by sex, such as the total count or the
 * other/unknown count (1); the employer's figures for women and men last (2): "never hide the
 * employer total of a required figure if another cell will do" (ANON-3, STAT-A2…A4, B2).
 */
function lastResort(v: Var): number {
  if (!v.employerTotal) return 0;
  const slot = v.path[v.path.length - 2];
  return slot === 'women' || slot === 'men' ? 2 : 1;
}

function rank(family: string): number {
  if (family.startsWith('pay:pay:')) return 0;
  if (family.startsWith('pay:agreedPay:')) return 1;
  if (family.startsWith('pay:')) return 2;
  return 3;
}

/** `['pay', 'byLevel', 2, 'women', 'mean']` → the same cell in another section (`agreedPay` or a component). */
function mapPayPath(path: JsonPath, section: string): JsonPath | null {
  if (path[0] === 'pay') {
    return section === 'agreedPay' ? ['agreedPay', ...path.slice(1)] : ['payComponents', section.replace(/^payComponents\./, ''), ...path.slice(1)];
  }
  if (path[0] === 'byUnit' && path[2] === 'pay') {
    return section === 'agreedPay' ? [path[0], path[1] ?? 0, 'agreedPay', ...path.slice(3)] : null;
  }
  return null;
}
