import type { Template } from '../templates/cfn.js';
import { REPLACEMENT_PROPERTIES, type ResourceChange } from './resource-change.js';

type Resources = Readonly<Record<string, { Type: string; Properties?: Record<string, unknown> }>>;

/**
 * What a change set would list, worked out from two templates alone: for plans that cannot ask
 * CloudFormation (no credentials) or cannot yet (inputs known only after another stack deploys).
 * Values stay as the templates write them (Ref, Fn::Sub), so this is a diff of intent, not of
 * resolved values; a property that only reads a changed parameter is not seen as changed.
 */
export function diffTemplates(before: Template | undefined, after: Template): ResourceChange[] {
  const old = (before?.Resources ?? {}) as Resources;
  const now = after.Resources as Resources;
  const changes: ResourceChange[] = [];
  for (const [logicalId, r] of Object.entries(now)) {
    const was = old[logicalId];
    const props = r.Properties ?? {};
    if (!was || was.Type !== r.Type) {
      if (was) changes.push(removal(logicalId, was));
      changes.push({ logicalId, resourceType: r.Type, action: 'Add', properties: [], after: props });
      continue;
    }
    const wasProps = was.Properties ?? {};
    const changed = [...new Set([...Object.keys(wasProps), ...Object.keys(props)])].filter(
      (k) => !sameValue(wasProps[k], props[k]),
    );
    if (changed.length === 0) continue;
    const replacing = REPLACEMENT_PROPERTIES[r.Type] ?? [];
    changes.push({
      logicalId,
      resourceType: r.Type,
      action: 'Modify',
      replacement: changed.some((k) => replacing.includes(k)) ? 'True' : 'False',
      properties: changed.sort(),
      before: wasProps,
      after: props,
    });
  }
  for (const [logicalId, was] of Object.entries(old))
    if (!(logicalId in now)) changes.push(removal(logicalId, was));
  return changes;
}

function removal(
  logicalId: string,
  r: { Type: string; Properties?: Record<string, unknown> },
): ResourceChange {
  return { logicalId, resourceType: r.Type, action: 'Remove', properties: [], before: r.Properties ?? {} };
}

/** Structural equality of JSON values; key order does not matter, list order does. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bs = b as unknown[];
    return a.length === bs.length && a.every((x, i) => sameValue(x, bs[i]));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao);
  return keys.length === Object.keys(bo).length && keys.every((k) => k in bo && sameValue(ao[k], bo[k]));
}

/**
 * `diffTemplates`, plus the properties that read a parameter whose value changes (by Ref, Fn::Sub,
 * or Fn::If on a condition that reads it): the template text is the same, the resolved value not.
 */
export function diffStack(
  before: Template | undefined,
  after: Template,
  changedParameters: ReadonlySet<string>,
  /** The parameter values on both sides, where known: they tell a resource's Condition flipping. */
  values?: {
    readonly before: Readonly<Record<string, string>>;
    readonly after: Readonly<Record<string, string>>;
  },
): ResourceChange[] {
  const changes = diffTemplates(before, after);
  if (!before || changedParameters.size === 0) return changes;
  const conditions = affectedConditions(after, changedParameters);
  changes.push(...conditionFlips(before, after, conditions, values));
  const reads = (v: unknown): boolean => readsAny(v, changedParameters, conditions);
  const old = (before.Resources ?? {}) as Resources;
  for (const [logicalId, r] of Object.entries(after.Resources as Resources)) {
    if (old[logicalId]?.Type !== r.Type) continue;
    const props = Object.entries(r.Properties ?? {})
      .filter(([, v]) => reads(v))
      .map(([k]) => k);
    if (props.length === 0) continue;
    const i = changes.findIndex((c) => c.logicalId === logicalId && c.action === 'Modify');
    const merged = [...new Set([...(i >= 0 ? changes[i]!.properties : []), ...props])].sort();
    const replacing = REPLACEMENT_PROPERTIES[r.Type] ?? [];
    const change: ResourceChange = {
      logicalId,
      resourceType: r.Type,
      action: 'Modify',
      replacement: merged.some((k) => replacing.includes(k)) ? 'True' : 'False',
      properties: merged,
      before: old[logicalId]!.Properties ?? {},
      after: r.Properties ?? {},
    };
    if (i >= 0) changes[i] = change;
    else changes.push(change);
  }
  return changes;
}

/**
 * Resources present in both templates whose own Condition may change value: with the parameter
 * values, the resource is added or removed; without them, it may be (reported as such).
 */
function conditionFlips(
  before: Template,
  after: Template,
  affected: ReadonlySet<string>,
  values:
    | { readonly before: Readonly<Record<string, string>>; readonly after: Readonly<Record<string, string>> }
    | undefined,
): ResourceChange[] {
  const old = (before.Resources ?? {}) as Readonly<
    Record<string, { Type: string; Condition?: string; Properties?: Record<string, unknown> }>
  >;
  const out: ResourceChange[] = [];
  for (const [logicalId, r] of Object.entries(after.Resources as typeof old)) {
    const was = old[logicalId];
    if (!r.Condition || !affected.has(r.Condition) || was?.Type !== r.Type || was.Condition !== r.Condition)
      continue;
    if (!values) {
      out.push({
        logicalId,
        resourceType: r.Type,
        action: 'Modify',
        replacement: 'Conditional',
        properties: ['Condition'],
        before: was.Properties ?? {},
        after: r.Properties ?? {},
      });
      continue;
    }
    const existed = conditionValue(before, was.Condition, values.before);
    const exists = conditionValue(after, r.Condition, values.after);
    if (existed && !exists)
      out.push({
        logicalId,
        resourceType: r.Type,
        action: 'Remove',
        properties: [],
        before: was.Properties ?? {},
      });
    if (!existed && exists)
      out.push({ logicalId, resourceType: r.Type, action: 'Add', properties: [], after: r.Properties ?? {} });
  }
  return out;
}

/** A template Condition's value for these parameter values (defaults where not given). */
export function conditionValue(
  template: Template,
  name: string,
  parameters: Readonly<Record<string, string>>,
): boolean {
  const defs = (template.Conditions ?? {}) as Record<string, unknown>;
  const params = (template.Parameters ?? {}) as Record<string, { Default?: unknown }>;
  const value = (v: unknown): unknown => {
    if (typeof v === 'object' && v !== null && 'Ref' in v) {
      const ref = (v as { Ref: string }).Ref;
      return (
        parameters[ref] ?? (params[ref]?.Default !== undefined ? String(params[ref].Default) : undefined)
      );
    }
    return v;
  };
  const evaluate = (c: unknown): boolean => {
    const o = c as Record<string, unknown[] | string>;
    if (typeof o.Condition === 'string') return evaluate(defs[o.Condition]);
    if (Array.isArray(o['Fn::Equals']))
      return String(value(o['Fn::Equals'][0])) === String(value(o['Fn::Equals'][1]));
    if (Array.isArray(o['Fn::Not'])) return !evaluate(o['Fn::Not'][0]);
    if (Array.isArray(o['Fn::And'])) return o['Fn::And'].every(evaluate);
    if (Array.isArray(o['Fn::Or'])) return o['Fn::Or'].some(evaluate);
    throw new Error(`internal: condition ${name} uses a function the plan cannot evaluate`);
  };
  return evaluate(defs[name]);
}

/** Conditions whose value may change with these parameters, following `{Condition: name}` references. */
function affectedConditions(template: Template, parameters: ReadonlySet<string>): Set<string> {
  const defs = Object.entries((template.Conditions ?? {}) as Record<string, unknown>);
  const affected = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const [name, def] of defs) {
      if (!affected.has(name) && readsAny(def, parameters, affected)) {
        affected.add(name);
        grew = true;
      }
    }
  }
  return affected;
}

function readsAny(v: unknown, parameters: ReadonlySet<string>, conditions: ReadonlySet<string>): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return v.some((x) => readsAny(x, parameters, conditions));
  const o = v as Record<string, unknown>;
  if (typeof o.Ref === 'string' && parameters.has(o.Ref)) return true;
  if (typeof o.Condition === 'string' && conditions.has(o.Condition)) return true;
  const fnIf = o['Fn::If'];
  if (Array.isArray(fnIf) && typeof fnIf[0] === 'string' && conditions.has(fnIf[0])) return true;
  const sub = o['Fn::Sub'];
  const subText: unknown = typeof sub === 'string' ? sub : Array.isArray(sub) ? sub[0] : undefined;
  if (typeof subText === 'string') {
    for (const m of subText.matchAll(/\$\{([^}!.]+)\}/g)) if (parameters.has(m[1]!)) return true;
  }
  return Object.values(o).some((x) => readsAny(x, parameters, conditions));
}
