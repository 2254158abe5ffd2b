/**
 * A bucket's replication rules before and after (the source's, and a two-way destination's way
 * back), keyed by rule id, each as the facts a
 * reviewer compares: priority, filter, destination, storage class, delete markers, Replication Time
 * Control, owner translation. Values read the same whether CloudFormation printed them as text
 * (`"20"`) or a template wrote them as numbers (`20`).
 */
import type { Plan, StackPreview } from './plan.js';
import { shownValue } from './stack-values.js';
import { parseIfJson } from './normalized-json.js';

export interface RuleView {
  readonly id: string;
  readonly priority: string;
  readonly status: string;
  readonly filter: string;
  /** The destination's id where the bucket is one of the topology's, else the bucket. */
  readonly destination: string;
  /** The destination bucket's name. */
  readonly bucket: string;
  readonly storageClass: string;
  readonly deleteMarkers: string;
  readonly replicationTime: string;
  readonly ownerTranslation: string;
  readonly replicaKey: string;
  /** Replica modification sync: metadata changed on a replica flows back (two-way pairs). */
  readonly replicaSync: string;
}

export type RuleField = Exclude<keyof RuleView, 'id'>;

export const RULE_FIELDS: readonly RuleField[] = [
  'priority',
  'status',
  'filter',
  'destination',
  'bucket',
  'storageClass',
  'deleteMarkers',
  'replicationTime',
  'ownerTranslation',
  'replicaKey',
  'replicaSync',
];

export interface RuleChange {
  readonly id: string;
  readonly kind: 'added' | 'removed' | 'changed' | 'unchanged';
  readonly before?: RuleView;
  readonly after?: RuleView;
  readonly changed: readonly RuleField[];
}

export interface ReplicationChanges {
  /** The source bucket existed before: it may hold objects a new rule does not copy. */
  readonly sourceExisted: boolean;
  readonly rules: readonly RuleChange[];
}

/** The rules of the source stack's bucket, before and after; undefined when the plan does not say them. */
export function replicationChanges(plan: Plan): ReplicationChanges | undefined {
  const source = plan.stacks.find((s) => s.kind === 'source');
  if (!source) return undefined;
  const destinationOf = (bucket: string): string =>
    plan.picture.destinations.find((d) => d.bucket === bucket)?.label ?? bucket;
  return rulesChangesOf(source, destinationOf);
}

/** A two-way destination's rules back to the source, with the label of that destination. */
export interface WayBackChanges {
  readonly label: string;
  readonly stackName: string;
  readonly changes: ReplicationChanges;
}

/** The way back of each two-way destination whose stack the plan says rules of. */
export function wayBackChanges(plan: Plan): WayBackChanges[] {
  return plan.picture.destinations.flatMap((d) => {
    const stack = plan.stacks.find((s) => s.name === d.stackName);
    if (!stack) return [];
    const toSource = (bucket: string) => (bucket === plan.picture.source.bucket ? 'source' : bucket);
    const changes = rulesChangesOf(stack, toSource);
    return changes ? [{ label: d.label, stackName: d.stackName, changes }] : [];
  });
}

function rulesChangesOf(
  stack: StackPreview,
  destinationOf: (bucket: string) => string,
): ReplicationChanges | undefined {
  const before = configurationOf(stack, 'before');
  const after = configurationOf(stack, 'after');
  // Neither side known (an unchanged stack, previewed without values): nothing to tell.
  if (!before && !after) return undefined;
  const was = new Map(
    rulesOf(before)
      .map((r) => viewOf(r, destinationOf))
      .map((v) => [v.id, v]),
  );
  const out: RuleChange[] = [];
  for (const rule of rulesOf(after)) {
    const now = viewOf(rule, destinationOf);
    const old = was.get(now.id);
    was.delete(now.id);
    if (!old) {
      out.push({ id: now.id, kind: 'added', after: now, changed: [] });
      continue;
    }
    const changed = RULE_FIELDS.filter((f) => old[f] !== now[f]);
    out.push({
      id: now.id,
      kind: changed.length > 0 ? 'changed' : 'unchanged',
      before: old,
      after: now,
      changed,
    });
  }
  for (const old of was.values()) out.push({ id: old.id, kind: 'removed', before: old, changed: [] });
  return { sourceExisted: bucketExisted(stack), rules: out };
}

function bucketExisted(source: StackPreview): boolean {
  if (source.status === 'create') return false;
  if (source.values?.before)
    return Object.values(source.values.before).some((r) => r.type === 'AWS::S3::Bucket');
  return !source.changes.some((c) => c.resourceType === 'AWS::S3::Bucket' && c.action === 'Add');
}

type Obj = Readonly<Record<string, unknown>>;

function configurationOf(stack: StackPreview, side: 'before' | 'after'): Obj | undefined {
  const values = stack.values ? stack.values[side] : undefined;
  const resources = values
    ? Object.values(values).map((r) => ({ type: r.type, properties: r.properties }))
    : stack.changes.map((c) => ({ type: c.resourceType, properties: c[side] }));
  for (const r of resources) {
    const config = parseIfJson(r.properties?.ReplicationConfiguration);
    if (r.type === 'AWS::S3::Bucket' && isObject(config)) return config;
  }
  return undefined;
}

function rulesOf(config: Obj | undefined): Obj[] {
  const rules = config?.Rules;
  return Array.isArray(rules) ? rules.filter(isObject) : [];
}

function viewOf(rule: Obj, destinationOf: (bucket: string) => string): RuleView {
  const d = isObject(rule.Destination) ? rule.Destination : {};
  const status = (v: unknown) => text(isObject(v) ? v.Status : undefined);
  const rtc = isObject(d.ReplicationTime) ? d.ReplicationTime : undefined;
  const minutes = isObject(rtc?.Time) ? text(rtc.Time.Minutes) : undefined;
  const owner = isObject(d.AccessControlTranslation) ? text(d.AccessControlTranslation.Owner) : undefined;
  const encryption = isObject(d.EncryptionConfiguration) ? d.EncryptionConfiguration : {};
  const selection = isObject(rule.SourceSelectionCriteria) ? rule.SourceSelectionCriteria : {};
  const bucket = (text(d.Bucket) ?? '').replace(/^arn:[^:]+:s3:::/, '');
  return {
    id: text(rule.Id) ?? '(no id)',
    priority: text(rule.Priority) ?? '—',
    status: (text(rule.Status) ?? '—').toLowerCase(),
    filter: filterText(rule),
    destination: destinationOf(bucket),
    bucket,
    storageClass: text(d.StorageClass) ?? 'as source',
    deleteMarkers: status(rule.DeleteMarkerReplication) === 'Enabled' ? 'replicated' : 'no',
    replicationTime: status(rtc) === 'Enabled' ? `${minutes ?? '15'} min` : 'off',
    ownerTranslation: owner ? 'yes' : 'no',
    replicaKey: text(encryption.ReplicaKmsKeyID) ?? '—',
    replicaSync: status(selection.ReplicaModifications) === 'Enabled' ? 'on' : 'off',
  };
}

/** `prefix orders/`, `tag classification=shareable`, `prefix exports/ and tag …`, `every object`. */
export function filterText(rule: Obj): string {
  const f = isObject(rule.Filter) ? rule.Filter : undefined;
  if (!f) return text(rule.Prefix) !== undefined ? prefixText(text(rule.Prefix)!) : 'every object';
  const tag = (t: unknown) => (isObject(t) ? `tag ${text(t.Key) ?? ''}=${text(t.Value) ?? ''}` : '');
  if (isObject(f.And)) {
    const parts = [
      ...(text(f.And.Prefix) ? [prefixText(text(f.And.Prefix)!)] : []),
      ...(Array.isArray(f.And.TagFilters) ? f.And.TagFilters.map(tag) : []),
    ];
    return parts.join(' and ') || 'every object';
  }
  if (f.TagFilter !== undefined) return tag(f.TagFilter);
  return prefixText(text(f.Prefix) ?? '');
}

const prefixText = (p: string) => (p === '' ? 'every object' : `prefix ${p}`);

/** Scalars as text: CloudFormation prints `20`, a template writes 20. */
function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  return shownValue(v);
}

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
