/**
 * The values a plan shows: every stack's resources with their properties resolved, as deployed and
 * as a deploy would leave them. A reviewer approves the policy that will apply, not a template
 * expression: accounts, names, ARNs that follow from names and conditions are all worked out here
 * (with the resolver drift uses, core/templates/resolve.ts). What only a deploy can tell (the ARN
 * of a key it creates or replaces) is a named placeholder, `⟨dr key ARN, known after deploy⟩`;
 * an offline plan, which reads nothing from AWS, names a deployed key's ARN the same way.
 */
import type { Partition } from '../config/regions.js';
import type { StackPlan } from '../synth/synthesize.js';
import { resolveTemplate, type TemplateInput } from '../templates/resolve.js';
import { REPLACEMENT_PROPERTIES, type ResourceChange } from './resource-change.js';
import { sameValue } from './template-diff.js';

export interface ResolvedResource {
  readonly type: string;
  readonly properties: Readonly<Record<string, unknown>>;
  /** Known when it follows from a name (buckets, roles). */
  readonly physicalId?: string;
}

/** A stack's resources by logical id, resolved. */
export type StackValues = Readonly<Record<string, ResolvedResource>>;

/** What CloudFormation holds for a deployed stack: what its values are resolved from. */
export interface DeployedStack {
  readonly template: TemplateInput;
  readonly parameters: Readonly<Record<string, string>>;
  /** Its outputs; empty when not read (an offline plan). */
  readonly outputs: Readonly<Record<string, string>>;
}

const OPEN = '⟨';
const CLOSE = '⟩';

/** A value only a deploy will tell, named for a reader. */
export function afterDeploy(what: string): string {
  return `${OPEN}${what}, known after deploy${CLOSE}`;
}

/** A deployed value an offline plan cannot read. */
export function notReadOffline(what: string): string {
  return `${OPEN}${what}, not read offline${CLOSE}`;
}

/** CloudFormation's own word, in a change set, for a value it learns only while deploying. */
const KNOWN_AFTER_APPLY = '{{changeSet:KNOWN_AFTER_APPLY}}';

/**
 * A value as a report shows it, where it may not have been resolved (a change set's own values, a
 * template the resolver could not read): CloudFormation's "known after apply" and any intrinsic
 * function left become placeholders, so no template expression reaches a reader.
 */
export function shownValue(v: unknown): string {
  if (typeof v === 'string') return v === KNOWN_AFTER_APPLY ? afterDeploy('a value') : v;
  if (isObject(v) && Object.keys(v).length === 1) {
    const [key] = Object.keys(v);
    if (key === 'Ref' || key!.startsWith('Fn::')) return `${OPEN}a value CloudFormation computes${CLOSE}`;
  }
  if (typeof v === 'object' && v !== null)
    return JSON.stringify(v, (_k, x: unknown) => (isObject(x) || typeof x === 'string' ? shownInside(x) : x));
  return String(v);
}

function shownInside(x: unknown): unknown {
  if (typeof x === 'string') return x === KNOWN_AFTER_APPLY ? afterDeploy('a value') : x;
  if (isObject(x) && Object.keys(x).length === 1) {
    const [key] = Object.keys(x);
    if (key === 'Ref' || key!.startsWith('Fn::')) return `${OPEN}a value CloudFormation computes${CLOSE}`;
  }
  return x;
}

/** The placeholders in a value, each once. */
export function placeholdersIn(value: unknown): string[] {
  const text = JSON.stringify(value) ?? '';
  return [...new Set(text.match(/⟨[^⟨⟩"]*⟩/g) ?? [])];
}

export interface StackToResolve {
  readonly plan: StackPlan;
  /** `source`, or the destination's id: how placeholders name this stack's key. */
  readonly label: string;
  readonly template: TemplateInput;
  readonly deployed?: DeployedStack;
  /** Logical ids a deploy creates or replaces: their ids are known only afterwards. */
  readonly renewed: ReadonlySet<string>;
}

export interface ResolvedStack {
  readonly before?: StackValues;
  readonly after: StackValues;
  /** The parameters a deploy would give it, placeholders where unknown. */
  readonly parameters: Readonly<Record<string, string>>;
  /** Its outputs after deploy, placeholders where unknown: what later stacks read. */
  readonly outputs: Readonly<Record<string, string>>;
}

export interface ResolveOptions {
  readonly partition: Partition;
  /** No AWS was read: a deployed key's ARN is unknown and says so. */
  readonly offline: boolean;
  /** How a key a deploy creates is named; the base of an offline plan names its keys as not read. */
  readonly newKey?: (what: string) => string;
}

/**
 * Resolves stacks in deploy order: a stack reading another's output gets that stack's resolved
 * output (its bucket's ARN follows from its name; its key's ARN is the deployed one unless the
 * key is new or replaced). Throws when a template uses what the resolver does not know.
 */
export function resolveStacks(
  stacks: readonly StackToResolve[],
  opts: ResolveOptions,
): Map<string, ResolvedStack> {
  const newKey = opts.newKey ?? afterDeploy;
  const out = new Map<string, ResolvedStack>();
  for (const s of stacks) {
    const ctx = (parameters: Record<string, string>) => ({
      partition: opts.partition,
      region: s.plan.region,
      accountId: s.plan.account,
      stackName: s.plan.name,
      parameters,
      resources: {},
    });
    const named = (id: string, what: KeyAttribute) => `${keyWords(s.label, id)} ${what}`;
    let before: StackValues | undefined;
    const beforeKeys = new Map<string, string>();
    if (s.deployed) {
      const { template, parameters, outputs } = s.deployed;
      const fromOutputs = keyArnsFromOutputs(template, outputs);
      for (const id of keyIds(template))
        beforeKeys.set(
          id,
          fromOutputs.get(id) ?? (opts.offline ? notReadOffline : afterDeploy)(named(id, 'ARN')),
        );
      const resolved = resolveTemplate(
        withKeyArns(template, beforeKeys, () => ''),
        ctx({ ...parameters }),
      );
      before = valuesOf(resolved.resources);
    }
    const afterKeys = new Map([...beforeKeys].filter(([id]) => !s.renewed.has(id)));
    const parameters: Record<string, string> = {};
    for (const [name, value] of Object.entries(s.plan.parameters)) {
      if (typeof value === 'string') parameters[name] = value;
      else
        parameters[name] =
          out.get(value.fromStack)?.outputs[value.output] ??
          afterDeploy(`output ${value.output} of ${value.fromStack}`);
    }
    const template = withKeyArns(s.template, afterKeys, (id, what) => newKey(named(id, what)));
    const resolved = resolveTemplate(template, ctx({ ...parameters }));
    out.set(s.plan.name, {
      ...(before ? { before } : {}),
      after: valuesOf(resolved.resources),
      parameters,
      outputs: resolved.outputs,
    });
  }
  return out;
}

type KeyAttribute = 'ARN' | 'id';

function valuesOf(resources: Record<string, ResolvedResource>): StackValues {
  return Object.fromEntries(
    Object.entries(resources).map(([id, r]) => [
      id,
      { type: r.type, properties: r.properties, ...(r.physicalId ? { physicalId: r.physicalId } : {}) },
    ]),
  );
}

type Obj = { readonly [k: string]: unknown };
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function keyIds(template: TemplateInput): string[] {
  return Object.entries(template.Resources)
    .filter(([, r]) => isObject(r) && r.Type === 'AWS::KMS::Key')
    .map(([id]) => id);
}

/** "dr key", or "dr ReplicaKey" when a stack has several keys. */
/**
 * A key in words, for a reader: the stack's own key (SourceKey, ReplicaKey) is `<label> key`;
 * another (AlertsKey) is named for its use, `source alerts key`.
 */
export function keyWords(label: string, logicalId: string): string {
  if (logicalId === 'SourceKey' || logicalId === 'ReplicaKey') return `${label} key`;
  const use = logicalId
    .replace(/Key$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return `${label} ${use} key`;
}

/**
 * A deployed key's ARN, from the stack output that names it (`Fn::GetAtt [Key, Arn]`, also as a
 * branch of `Fn::If`): a key's id is chosen by KMS, and the outputs are where a stack tells it.
 */
function keyArnsFromOutputs(
  template: TemplateInput,
  outputs: Readonly<Record<string, string>>,
): Map<string, string> {
  const out = new Map<string, string>();
  const keys = new Set(keyIds(template));
  for (const [name, output] of Object.entries(template.Outputs ?? {})) {
    const value = outputs[name];
    if (value === undefined || !isObject(output)) continue;
    const named = new Set<string>();
    visit(output.Value, (node) => {
      const att = node['Fn::GetAtt'];
      if (Array.isArray(att) && att[1] === 'Arn' && keys.has(String(att[0]))) named.add(String(att[0]));
    });
    if (named.size === 1) out.set([...named][0]!, value);
  }
  return out;
}

function visit(value: unknown, f: (node: Obj) => void): void {
  if (Array.isArray(value)) value.forEach((v) => visit(v, f));
  else if (isObject(value)) {
    f(value);
    Object.values(value).forEach((v) => visit(v, f));
  }
}

/**
 * The template with every reference to a key's ARN or id replaced by its value: the known ARN, or
 * the placeholder `unknown` gives. The resolver would otherwise need each key's physical id.
 */
function withKeyArns(
  template: TemplateInput,
  known: ReadonlyMap<string, string>,
  unknown: (logicalId: string, what: KeyAttribute) => string,
): TemplateInput {
  const keys = new Set(keyIds(template));
  if (keys.size === 0) return template;
  const arnOf = (id: string) => known.get(id) ?? unknown(id, 'ARN');
  const idOf = (id: string) => {
    const arn = known.get(id);
    if (arn === undefined) return unknown(id, 'id');
    // A placeholder ARN stands for the id as well: the key is the same unknown key.
    return arn.startsWith('arn:') ? arn.slice(arn.lastIndexOf('/') + 1) : arn;
  };
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!isObject(value)) return value;
    const att = value['Fn::GetAtt'];
    const keys1 = Object.keys(value);
    if (keys1.length === 1) {
      const parts = typeof att === 'string' ? att.split('.') : Array.isArray(att) ? att : undefined;
      if (parts && keys.has(String(parts[0]))) {
        if (parts[1] === 'Arn') return arnOf(String(parts[0]));
        if (parts[1] === 'KeyId') return idOf(String(parts[0]));
      }
      if (typeof value.Ref === 'string' && keys.has(value.Ref)) return idOf(value.Ref);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]));
  };
  return {
    ...template,
    Resources: rewrite(template.Resources) as TemplateInput['Resources'],
    ...(template.Outputs ? { Outputs: rewrite(template.Outputs) as TemplateInput['Outputs'] } : {}),
  };
}

/**
 * What a deploy does to a stack, from its resolved values: resources added, removed, and modified
 * (replaced when a property that forces replacement changes). Used where no change set can say: a
 * stack that does not exist yet, one whose inputs a deploy will tell, an offline plan.
 */
export function diffValues(before: StackValues | undefined, after: StackValues): ResourceChange[] {
  const old = before ?? {};
  const out: ResourceChange[] = [];
  for (const [logicalId, r] of Object.entries(after)) {
    const was = old[logicalId];
    if (!was || was.type !== r.type) {
      if (was) out.push(removal(logicalId, was));
      out.push({
        logicalId,
        resourceType: r.type,
        action: 'Add',
        properties: [],
        after: r.properties,
        ...(r.physicalId ? { physicalId: r.physicalId } : {}),
      });
      continue;
    }
    const names = [...new Set([...Object.keys(was.properties), ...Object.keys(r.properties)])];
    const changed = names.filter((k) => !sameResolved(was.properties[k], r.properties[k])).sort();
    if (changed.length === 0) continue;
    const replacing = REPLACEMENT_PROPERTIES[r.type] ?? [];
    out.push({
      logicalId,
      resourceType: r.type,
      action: 'Modify',
      replacement: changed.some((k) => replacing.includes(k)) ? 'True' : 'False',
      properties: changed,
      before: was.properties,
      after: r.properties,
      ...(was.physicalId ? { physicalId: was.physicalId } : {}),
    });
  }
  for (const [logicalId, was] of Object.entries(old))
    if (!(logicalId in after)) out.push(removal(logicalId, was));
  return out;
}

function removal(logicalId: string, r: ResolvedResource): ResourceChange {
  return {
    logicalId,
    resourceType: r.type,
    action: 'Remove',
    properties: [],
    before: r.properties,
    ...(r.physicalId ? { physicalId: r.physicalId } : {}),
  };
}

/**
 * Equal as CloudFormation would apply them: it hands every scalar to a resource as text, so `20`
 * and `"20"`, `true` and `"true"` are the same value.
 */
export function sameResolved(a: unknown, b: unknown): boolean {
  return sameValue(scalarsAsText(a), scalarsAsText(b));
}

export function scalarsAsText(v: unknown): unknown {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(scalarsAsText);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scalarsAsText(x)]));
  return v;
}
