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
): ResourceChange[] {
  const changes = diffTemplates(before, after);
  if (!before || changedParameters.size === 0) return changes;
  const conditions = affectedConditions(after, changedParameters);
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
