/**
 * Compares a bucket's ReplicationConfiguration as our source template declares it (CloudFormation
 * spelling, after resolve) with what S3's GetBucketReplication returns (the AWS SDK v3 shape),
 * rule by rule, keyed by rule ID.
 *
 * CloudFormation (AWS::S3::Bucket ReplicationRule) and the S3 API spell three fields differently:
 * rule `Id` is `ID`, filter `TagFilter` is `Tag`, and `And.TagFilters` is `And.Tags`. Every other
 * field (Priority, Status, Prefix, DeleteMarkerReplication, SourceSelectionCriteria with
 * SseKmsEncryptedObjects and ReplicaModifications, Destination with Bucket, Account, StorageClass,
 * AccessControlTranslation.Owner, EncryptionConfiguration.ReplicaKmsKeyID, ReplicationTime.Time
 * and Metrics.EventThreshold) has the same name and shape on both sides.
 *
 * Both sides are brought to one canonical form before comparing, so that what S3 fills in or
 * leaves out by itself is not reported as drift:
 * - a missing Priority is 0;
 * - an empty prefix (`Filter.Prefix: ""`, `And.Prefix: ""`) filters nothing, so it equals none,
 *   and a Filter S3 returns as `{}` or not at all (with no V1 rule-level Prefix either) equals the
 *   template's `Filter: {Prefix: ""}`; a rule-level Prefix without a Filter is a V1 rule and stays
 *   different, because V1 rules treat delete markers differently;
 * - DeleteMarkerReplication, SseKmsEncryptedObjects, ReplicaModifications and
 *   ExistingObjectReplication that are absent are Disabled, which is what S3 does without them;
 * - ReplicationTime and Metrics with Status Disabled equal their absence (their minutes then mean
 *   nothing), and an empty EncryptionConfiguration equals none;
 * - numbers given as text ("15", from a template parameter) equal the numbers S3 returns;
 * - the order of rules and of `And.Tags` does not matter.
 * StorageClass is NOT defaulted: without it S3 keeps each object's own storage class, which is not
 * the same as STANDARD. Fields this module does not know are compared as they are.
 */

export interface S3Tag {
  readonly Key?: string;
  readonly Value?: string;
}

export interface S3ReplicationRule {
  readonly ID?: string;
  readonly Priority?: number;
  readonly Prefix?: string;
  readonly Filter?: {
    readonly Prefix?: string;
    readonly Tag?: S3Tag;
    readonly And?: { readonly Prefix?: string; readonly Tags?: readonly S3Tag[] };
  };
  readonly Status?: string;
  readonly DeleteMarkerReplication?: { readonly Status?: string };
  readonly SourceSelectionCriteria?: {
    readonly SseKmsEncryptedObjects?: { readonly Status?: string };
    readonly ReplicaModifications?: { readonly Status?: string };
  };
  readonly ExistingObjectReplication?: { readonly Status?: string };
  readonly Destination?: {
    readonly Bucket?: string;
    readonly Account?: string;
    readonly StorageClass?: string;
    readonly AccessControlTranslation?: { readonly Owner?: string };
    readonly EncryptionConfiguration?: { readonly ReplicaKmsKeyID?: string };
    readonly ReplicationTime?: { readonly Status?: string; readonly Time?: { readonly Minutes?: number } };
    readonly Metrics?: { readonly Status?: string; readonly EventThreshold?: { readonly Minutes?: number } };
  };
}

/** GetBucketReplication's ReplicationConfiguration, as the AWS SDK v3 returns it. */
export interface S3ReplicationConfiguration {
  readonly Role?: string;
  readonly Rules?: readonly S3ReplicationRule[];
}

export interface FieldChange {
  /** S3 spelling, e.g. `Destination.StorageClass` or `Filter.And.Tags`. */
  readonly path: string;
  /** Absent when that side has no such field. */
  readonly expected?: string;
  readonly actual?: string;
}

export type RuleDrift =
  | { readonly id: string; readonly status: 'missing'; readonly expected: S3ReplicationRule }
  | { readonly id: string; readonly status: 'unexpected'; readonly actual: S3ReplicationRule }
  | { readonly id: string; readonly status: 'changed'; readonly changes: readonly FieldChange[] };

export interface ReplicationComparison {
  readonly equal: boolean;
  /** Set when the replication role differs. */
  readonly role?: FieldChange;
  /** Only rules that differ. */
  readonly rules: readonly RuleDrift[];
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** CloudFormation's ReplicationConfiguration, respelled as the S3 API spells it. */
export function replicationFromCfn(cfn: unknown): S3ReplicationConfiguration {
  if (!isObject(cfn)) throw new Error('ReplicationConfiguration: expected an object');
  const rules = cfn.Rules ?? [];
  if (!Array.isArray(rules)) throw new Error('ReplicationConfiguration.Rules: expected a list');
  return {
    ...(cfn.Role !== undefined ? { Role: String(cfn.Role) } : {}),
    Rules: rules.map((rule, i) => ruleFromCfn(rule, `ReplicationConfiguration.Rules[${i}]`)),
  };
}

/** `expectedCfn`: the template's ReplicationConfiguration. `actual`: undefined when the bucket has none. */
export function compareReplication(
  expectedCfn: unknown,
  actual: S3ReplicationConfiguration | undefined,
): ReplicationComparison {
  const expected = replicationFromCfn(expectedCfn);
  const role = change('Role', expected.Role, actual?.Role);
  const rules = compareRules(expected.Rules ?? [], actual?.Rules ?? []);
  return { equal: role === undefined && rules.length === 0, ...(role ? { role } : {}), rules };
}

/** One line per drifted rule, for reports. */
export function describeRuleDrift(drift: RuleDrift): string[] {
  switch (drift.status) {
    case 'missing':
      return [`rule "${drift.id}" is missing (${describeRule(drift.expected)})`];
    case 'unexpected':
      return [`rule "${drift.id}" is not in the template (${describeRule(drift.actual)})`];
    case 'changed':
      return drift.changes.map(
        (c) =>
          `rule "${drift.id}" ${c.path}: expected ${c.expected ?? '(none)'}, found ${c.actual ?? '(none)'}`,
      );
  }
}

// ---- CloudFormation → S3 ----

function ruleFromCfn(rule: unknown, path: string): S3ReplicationRule {
  if (!isObject(rule)) throw new Error(`${path}: expected an object`);
  const out: Obj = {};
  for (const [k, v] of Object.entries(rule)) {
    if (k === 'Id') out.ID = v;
    else if (k === 'Filter') out.Filter = filterFromCfn(v, `${path}.Filter`);
    else out[k] = v;
  }
  return out as S3ReplicationRule;
}

function filterFromCfn(filter: unknown, path: string): Obj {
  if (!isObject(filter)) throw new Error(`${path}: expected an object`);
  const out: Obj = {};
  for (const [k, v] of Object.entries(filter)) {
    if (k === 'TagFilter') out.Tag = v;
    else if (k === 'And') out.And = andFromCfn(v, `${path}.And`);
    else out[k] = v;
  }
  return out;
}

function andFromCfn(and: unknown, path: string): Obj {
  if (!isObject(and)) throw new Error(`${path}: expected an object`);
  const out: Obj = {};
  for (const [k, v] of Object.entries(and)) out[k === 'TagFilters' ? 'Tags' : k] = v;
  return out;
}

// ---- matching ----

function compareRules(
  expected: readonly S3ReplicationRule[],
  actual: readonly S3ReplicationRule[],
): RuleDrift[] {
  const unmatched = [...actual];
  const take = (found: (r: S3ReplicationRule) => boolean): S3ReplicationRule | undefined => {
    const i = unmatched.findIndex(found);
    return i < 0 ? undefined : unmatched.splice(i, 1)[0];
  };
  const pairs: [S3ReplicationRule, S3ReplicationRule | undefined][] = expected
    .filter((e) => e.ID !== undefined)
    .map((e) => [e, take((a) => a.ID === e.ID)]);
  // S3 names a rule declared without an ID itself, so such a rule can only be found by its priority.
  for (const e of expected.filter((r) => r.ID === undefined)) {
    pairs.push([e, take((a) => priorityOf(a) === priorityOf(e))]);
  }

  const drifts: RuleDrift[] = [];
  for (const [e, a] of pairs) {
    const id = ruleName(e);
    if (!a) {
      drifts.push({ id, status: 'missing', expected: e });
      continue;
    }
    const live = canonicalRule(a);
    if (e.ID === undefined) delete live.ID;
    const changes = diffFlat(flatten(canonicalRule(e)), flatten(live));
    if (changes.length > 0) drifts.push({ id, status: 'changed', changes });
  }
  for (const a of unmatched) drifts.push({ id: ruleName(a), status: 'unexpected', actual: a });
  return drifts;
}

const priorityOf = (r: S3ReplicationRule): number => Number(r.Priority ?? 0);
const ruleName = (r: S3ReplicationRule): string => r.ID ?? `(no ID, priority ${priorityOf(r)})`;

// ---- canonical form ----

const DISABLED = { Status: 'Disabled' };

function canonicalRule(rule: S3ReplicationRule): Obj {
  const r = pruned(rule) as Obj;
  const out: Obj = { ...r, Priority: priorityOf(rule) };
  if (r.Filter === undefined && r.Prefix === undefined) out.Filter = {};
  if (out.Filter !== undefined) {
    out.Filter = canonicalFilter(out.Filter as Obj);
    if (r.Prefix === '') delete out.Prefix;
  }
  out.DeleteMarkerReplication = r.DeleteMarkerReplication ?? DISABLED;
  out.ExistingObjectReplication = r.ExistingObjectReplication ?? DISABLED;
  const criteria = (r.SourceSelectionCriteria ?? {}) as Obj;
  out.SourceSelectionCriteria = {
    ...criteria,
    SseKmsEncryptedObjects: criteria.SseKmsEncryptedObjects ?? DISABLED,
    ReplicaModifications: criteria.ReplicaModifications ?? DISABLED,
  };
  if (isObject(r.Destination)) out.Destination = canonicalDestination(r.Destination);
  return out;
}

function canonicalFilter(filter: Obj): Obj {
  const out: Obj = { ...filter };
  if (out.Prefix === '') delete out.Prefix;
  if (isObject(out.And)) {
    const and: Obj = { ...out.And };
    if (and.Prefix === '') delete and.Prefix;
    if (Array.isArray(and.Tags))
      and.Tags = [...and.Tags].sort((x, y) => tagText(x).localeCompare(tagText(y)));
    out.And = and;
  }
  return out;
}

const tagText = (tag: unknown): string =>
  isObject(tag) ? `${String(tag.Key)}=${String(tag.Value)}` : String(tag);

function canonicalDestination(destination: Obj): Obj {
  const out: Obj = { ...destination };
  for (const optional of ['ReplicationTime', 'Metrics'] as const) {
    const value = out[optional];
    if (isObject(value) && value.Status === 'Disabled') delete out[optional];
  }
  if (isObject(out.EncryptionConfiguration) && Object.keys(out.EncryptionConfiguration).length === 0) {
    delete out.EncryptionConfiguration;
  }
  return out;
}

/** Without undefined or null members (the SDK leaves `undefined` keys), and numeric text as numbers. */
function pruned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruned);
  if (!isObject(value)) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    out[k] = NUMERIC_FIELDS.has(k) && typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : pruned(v);
  }
  return out;
}

const NUMERIC_FIELDS = new Set(['Priority', 'Minutes']);

// ---- field diff ----

/**
 * Leaf paths to display text. Lists are leaves (the only list, And.Tags, is already sorted). An
 * empty object has no leaves: `Filter: {}` differs from a V1 rule only by the latter's Prefix.
 */
function flatten(value: Obj, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${k}` : k;
    if (isObject(v)) flatten(v, path, out);
    else out.set(path, display(v));
  }
  return out;
}

function diffFlat(expected: Map<string, string>, actual: Map<string, string>): FieldChange[] {
  const paths = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  return paths.flatMap((path) => {
    const c = change(path, expected.get(path), actual.get(path));
    return c ? [c] : [];
  });
}

function change(
  path: string,
  expected: string | undefined,
  actual: string | undefined,
): FieldChange | undefined {
  if (expected === actual) return undefined;
  return {
    path,
    ...(expected !== undefined ? { expected } : {}),
    ...(actual !== undefined ? { actual } : {}),
  };
}

function display(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && v.every(isObject) && v.every((t) => 'Key' in t)) return v.map(tagText).join(', ');
  return JSON.stringify(v);
}

function describeRule(rule: S3ReplicationRule): string {
  const filter = rule.Filter;
  const prefix = filter?.Prefix ?? filter?.And?.Prefix ?? rule.Prefix;
  const tags = filter?.Tag ? [filter.Tag] : (filter?.And?.Tags ?? []);
  const what = [
    `priority ${priorityOf(rule)}`,
    rule.Status ?? 'no status',
    prefix ? `prefix "${prefix}"` : 'all objects',
    ...(tags.length > 0 ? [`tags ${tags.map(tagText).join(', ')}`] : []),
    `to ${rule.Destination?.Bucket ?? '(no bucket)'}`,
  ];
  return what.join(', ');
}
