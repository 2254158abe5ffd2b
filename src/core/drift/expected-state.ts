/**
 * What a resolved stack template says its buckets, keys and roles look like when nothing has
 * drifted, and the comparison of that with the live values the shell reads through the S3, KMS and
 * IAM APIs. CloudFormation's own drift detection does not cover bucket policies and is unreliable
 * on key policies (DESIGN.md §3), so these are compared here, as documents.
 *
 * A value the shell could not read is `unknown`, never `in-sync`: a drift check that cannot see
 * must not say all is well.
 */
import type { ResolvedResource, ResolvedTemplate } from '../templates/resolve.js';
import { comparePolicies, describeStatement, type PolicyComparison } from './policy-diff.js';
import {
  compareReplication,
  describeRuleDrift,
  type S3ReplicationConfiguration,
} from './replication-config.js';

// ---- expected ----

export interface ExpectedEncryption {
  readonly algorithm: string;
  /** As the template names it: a key ARN for SSE-KMS, absent for SSE-S3. */
  readonly kmsKeyArn?: string;
  readonly bucketKey: boolean;
}

export interface ExpectedBucket {
  readonly logicalId: string;
  readonly name: string;
  /** VersioningConfiguration.Status; absent when the template does not set it. */
  readonly versioning?: string;
  readonly encryption?: ExpectedEncryption;
  /** The AWS::S3::BucketPolicy that targets this bucket. */
  readonly policy?: { readonly logicalId: string; readonly document: unknown };
  /** ReplicationConfiguration as the template declares it (CloudFormation spelling). */
  readonly replication?: unknown;
}

export interface ExpectedKey {
  readonly logicalId: string;
  /** Physical id (the key id), when the stack is deployed. */
  readonly keyId?: string;
  readonly policy: unknown;
  readonly enabled: boolean;
  readonly rotation: boolean;
}

export interface ExpectedRole {
  readonly logicalId: string;
  readonly name: string;
  readonly inlinePolicies: Readonly<Record<string, unknown>>;
  readonly trustPolicy?: unknown;
  readonly managedPolicyArns: readonly string[];
}

export interface ExpectedState {
  readonly stack?: string;
  readonly buckets: readonly ExpectedBucket[];
  readonly keys: readonly ExpectedKey[];
  readonly roles: readonly ExpectedRole[];
}

// ---- live ----

/**
 * One live value: read, known not to exist (no bucket policy, no replication configuration, the
 * key or role gone, versioning never enabled), or not readable (access denied, throttled, ...).
 */
export type Observed<T> = { readonly state: 'read'; readonly value: T } | Absent | Unreadable;
export interface Absent {
  readonly state: 'absent';
  /** The service's word for it, e.g. NoSuchBucketPolicy; shown in the finding. */
  readonly detail?: string;
}
export interface Unreadable {
  readonly state: 'unreadable';
  readonly error: string;
}

export const read = <T>(value: T): Observed<T> => ({ state: 'read', value });
export const absent = (detail?: string): Absent => ({ state: 'absent', ...(detail ? { detail } : {}) });
export const unreadable = (error: string): Unreadable => ({ state: 'unreadable', error });

export interface LiveEncryption {
  readonly algorithm?: string;
  /** KMSMasterKeyID as S3 returns it: whatever was set, a key ARN or a bare key id. */
  readonly kmsKeyId?: string;
  readonly bucketKey?: boolean;
}

/** Fields left out were not read and give `unknown` findings. */
export interface LiveBucket {
  /** GetBucketVersioning Status ('Enabled' | 'Suspended'); absent when never enabled. */
  readonly versioning?: Observed<string>;
  readonly encryption?: Observed<LiveEncryption>;
  /** GetBucketPolicy's Policy text (or the parsed document); absent on NoSuchBucketPolicy. */
  readonly policy?: Observed<unknown>;
  readonly replication?: Observed<S3ReplicationConfiguration>;
}

export interface LiveKey {
  /** DescribeKey KeyMetadata.KeyState: Enabled, Disabled, PendingDeletion, ... */
  readonly keyState?: Observed<string>;
  /** GetKeyRotationStatus KeyRotationEnabled. */
  readonly rotation?: Observed<boolean>;
  /** GetKeyPolicy Policy text. */
  readonly policy?: Observed<unknown>;
}

export interface LiveRole {
  /** Policy name → GetRolePolicy PolicyDocument (URL-encoded text is fine). */
  readonly inlinePolicies?: Observed<Readonly<Record<string, unknown>>>;
  /** GetRole Role.AssumeRolePolicyDocument (URL-encoded text is fine). */
  readonly trustPolicy?: Observed<unknown>;
  /** ListAttachedRolePolicies PolicyArn values. */
  readonly managedPolicyArns?: Observed<readonly string[]>;
}

/** Live values by logical id. */
export interface LiveState {
  readonly buckets?: Readonly<Record<string, LiveBucket>>;
  readonly keys?: Readonly<Record<string, LiveKey>>;
  readonly roles?: Readonly<Record<string, LiveRole>>;
}

/** GetBucketEncryption's ServerSideEncryptionConfiguration → LiveEncryption (its first rule). */
export function liveEncryptionOf(configuration: {
  readonly Rules?: readonly {
    readonly ApplyServerSideEncryptionByDefault?: {
      readonly SSEAlgorithm?: string;
      readonly KMSMasterKeyID?: string;
    };
    readonly BucketKeyEnabled?: boolean;
  }[];
}): LiveEncryption {
  const rule = configuration.Rules?.[0];
  const byDefault = rule?.ApplyServerSideEncryptionByDefault;
  return {
    ...(byDefault?.SSEAlgorithm !== undefined ? { algorithm: byDefault.SSEAlgorithm } : {}),
    ...(byDefault?.KMSMasterKeyID !== undefined ? { kmsKeyId: byDefault.KMSMasterKeyID } : {}),
    ...(rule?.BucketKeyEnabled !== undefined ? { bucketKey: rule.BucketKeyEnabled } : {}),
  };
}

// ---- findings ----

export type FindingTopic =
  | 'versioning'
  | 'encryption'
  | 'bucket policy'
  | 'key policy'
  | 'key state'
  | 'replication rules'
  | 'role policy'
  | 'alarm'
  | 'notifications'
  | 'topic policy'
  | 'topic encryption';

export interface Finding {
  readonly stack?: string;
  /** Logical id of the resource that declares the value. */
  readonly resource: string;
  readonly what: FindingTopic;
  readonly status: 'in-sync' | 'drifted' | 'unknown';
  /** Which one, when a resource has several: `rotation`, `inline policy replication`, `trust policy`. */
  readonly subject?: string;
  readonly expected?: string;
  readonly actual?: string;
  readonly detail?: string[];
  /** A drifted policy's documents, expected and live: a report shows them as a diff. */
  readonly documents?: { readonly expected: unknown; readonly actual: unknown };
}

// ---- template → expected ----

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const isTrue = (v: unknown): boolean => v === true || v === 'true';

export function expectedState(resolved: ResolvedTemplate, stack?: string): ExpectedState {
  const entries = Object.entries(resolved.resources);
  const ofType = (type: string) => entries.filter(([, r]) => r.type === type);
  const buckets = ofType('AWS::S3::Bucket').map(([id, r]) => expectedBucket(id, r));
  for (const [id, r] of ofType('AWS::S3::BucketPolicy')) attachPolicy(buckets, id, r);
  return {
    ...(stack !== undefined ? { stack } : {}),
    buckets,
    keys: ofType('AWS::KMS::Key').map(([id, r]) => expectedKey(id, r)),
    roles: ofType('AWS::IAM::Role').map(([id, r]) => expectedRole(id, r)),
  };
}

function expectedBucket(logicalId: string, r: ResolvedResource): ExpectedBucket {
  const p = r.properties;
  const name = r.physicalId ?? text(p.BucketName);
  if (name === undefined) throw new Error(`${logicalId}: no physical id and no BucketName`);
  const versioning = isObject(p.VersioningConfiguration) ? text(p.VersioningConfiguration.Status) : undefined;
  const encryption = expectedEncryption(p.BucketEncryption);
  return {
    logicalId,
    name,
    ...(versioning !== undefined ? { versioning } : {}),
    ...(encryption ? { encryption } : {}),
    ...(p.ReplicationConfiguration !== undefined ? { replication: p.ReplicationConfiguration } : {}),
  };
}

function expectedEncryption(bucketEncryption: unknown): ExpectedEncryption | undefined {
  if (!isObject(bucketEncryption) || !Array.isArray(bucketEncryption.ServerSideEncryptionConfiguration))
    return undefined;
  const rule: unknown = bucketEncryption.ServerSideEncryptionConfiguration[0];
  if (!isObject(rule) || !isObject(rule.ServerSideEncryptionByDefault)) return undefined;
  const byDefault = rule.ServerSideEncryptionByDefault;
  const kmsKeyArn = text(byDefault.KMSMasterKeyID);
  return {
    algorithm: text(byDefault.SSEAlgorithm) ?? '',
    ...(kmsKeyArn !== undefined ? { kmsKeyArn } : {}),
    bucketKey: isTrue(rule.BucketKeyEnabled),
  };
}

function attachPolicy(buckets: ExpectedBucket[], logicalId: string, r: ResolvedResource): void {
  const bucketName = text(r.properties.Bucket);
  const i = buckets.findIndex((b) => b.name === bucketName);
  // Our templates only ever write policies for buckets they create; anything else is a template bug.
  if (i < 0) throw new Error(`${logicalId}: its bucket ${String(bucketName)} is not in this template`);
  buckets[i] = { ...buckets[i]!, policy: { logicalId, document: r.properties.PolicyDocument } };
}

function expectedKey(logicalId: string, r: ResolvedResource): ExpectedKey {
  const p = r.properties;
  return {
    logicalId,
    ...(r.physicalId !== undefined ? { keyId: r.physicalId } : {}),
    policy: p.KeyPolicy,
    // KMS creates keys enabled unless told otherwise, and rotation off unless told otherwise.
    enabled: p.Enabled === undefined || isTrue(p.Enabled),
    rotation: isTrue(p.EnableKeyRotation),
  };
}

function expectedRole(logicalId: string, r: ResolvedResource): ExpectedRole {
  const p = r.properties;
  const name = r.physicalId ?? text(p.RoleName);
  if (name === undefined) throw new Error(`${logicalId}: no physical id and no RoleName`);
  const inlinePolicies: Record<string, unknown> = {};
  for (const policy of Array.isArray(p.Policies) ? p.Policies : []) {
    if (isObject(policy) && typeof policy.PolicyName === 'string')
      inlinePolicies[policy.PolicyName] = policy.PolicyDocument;
  }
  return {
    logicalId,
    name,
    inlinePolicies,
    ...(p.AssumeRolePolicyDocument !== undefined ? { trustPolicy: p.AssumeRolePolicyDocument } : {}),
    managedPolicyArns: Array.isArray(p.ManagedPolicyArns) ? p.ManagedPolicyArns.map(String) : [],
  };
}

// ---- expected vs live ----

export function compareState(expected: ExpectedState, live: LiveState): Finding[] {
  const findings: Finding[] = [];
  const add = (f: Omit<Finding, 'stack'>) =>
    findings.push(expected.stack !== undefined ? { stack: expected.stack, ...f } : f);
  for (const b of expected.buckets) bucketFindings(b, live.buckets?.[b.logicalId] ?? {}).forEach(add);
  for (const k of expected.keys) keyFindings(k, live.keys?.[k.logicalId] ?? {}).forEach(add);
  for (const r of expected.roles) roleFindings(r, live.roles?.[r.logicalId] ?? {}).forEach(add);
  return findings;
}

export type Base = Pick<Finding, 'resource' | 'what' | 'subject' | 'expected'>;
export type Verdict = Pick<Finding, 'status' | 'actual' | 'detail' | 'documents'>;

/**
 * The one place a live value becomes a finding: not read or unreadable is unknown; otherwise
 * `judge` decides, given the value or undefined when it does not exist. A judge that throws (a
 * policy text that does not parse, say) is unknown too.
 */
export function finding<T>(
  base: Base,
  observed: Observed<T> | undefined,
  judge: (value: T | undefined) => Verdict,
): Finding {
  if (observed === undefined) return { ...base, status: 'unknown', detail: ['not read'] };
  if (observed.state === 'unreadable') return { ...base, status: 'unknown', detail: [observed.error] };
  try {
    const { detail: found = [], ...verdict } = judge(observed.state === 'read' ? observed.value : undefined);
    const note = observed.state === 'absent' && observed.detail ? [observed.detail] : [];
    const detail = [...note, ...found];
    return { ...base, ...verdict, ...(detail.length > 0 ? { detail } : {}) };
  } catch (e) {
    return { ...base, status: 'unknown', detail: [`could not compare: ${(e as Error).message}`] };
  }
}

export const sameOrDrifted = (same: boolean): Finding['status'] => (same ? 'in-sync' : 'drifted');

function bucketFindings(b: ExpectedBucket, live: LiveBucket): Finding[] {
  const out: Finding[] = [];
  if (b.versioning !== undefined) {
    const expected = b.versioning;
    out.push(
      finding({ resource: b.logicalId, what: 'versioning', expected }, live.versioning, (v) => ({
        status: sameOrDrifted(v === expected),
        actual: v ?? 'never enabled',
      })),
    );
  }
  if (b.encryption) {
    const want = b.encryption;
    out.push(
      finding(
        { resource: b.logicalId, what: 'encryption', expected: describeEncryption(want) },
        live.encryption,
        (v) => {
          const differences = v ? encryptionDifferences(want, v) : ['no default encryption'];
          return {
            status: sameOrDrifted(differences.length === 0),
            actual: v ? describeEncryption({ ...v, bucketKey: v.bucketKey === true }) : 'none',
            ...(differences.length > 0 ? { detail: differences } : {}),
          };
        },
      ),
    );
  }
  if (b.policy) {
    const { logicalId, document } = b.policy;
    out.push(
      policyFinding(
        { resource: logicalId, what: 'bucket policy' },
        document,
        live.policy,
        'no bucket policy',
      ),
    );
  }
  if (b.replication !== undefined) {
    const declared = b.replication;
    const rules = Array.isArray((declared as Obj).Rules) ? ((declared as Obj).Rules as unknown[]).length : 0;
    out.push(
      finding(
        { resource: b.logicalId, what: 'replication rules', expected: count(rules, 'rule') },
        live.replication,
        (v) => {
          const c = compareReplication(declared, v);
          return {
            status: sameOrDrifted(c.equal),
            actual: v ? count(v.Rules?.length ?? 0, 'rule') : 'no replication configuration',
            detail: [
              ...(c.role
                ? [`role: expected ${c.role.expected ?? '(none)'}, found ${c.role.actual ?? '(none)'}`]
                : []),
              ...c.rules.flatMap(describeRuleDrift),
            ],
          };
        },
      ),
    );
  }
  return out;
}

function keyFindings(k: ExpectedKey, live: LiveKey): Finding[] {
  const wantedState = k.enabled ? 'Enabled' : 'Disabled';
  const rotation = (on: boolean) => (on ? 'rotation enabled' : 'rotation disabled');
  return [
    finding({ resource: k.logicalId, what: 'key state', expected: wantedState }, live.keyState, (v) => ({
      status: sameOrDrifted(v === wantedState),
      actual: v ?? 'not found',
    })),
    finding(
      { resource: k.logicalId, what: 'key state', subject: 'rotation', expected: rotation(k.rotation) },
      live.rotation,
      (v) => ({
        status: sameOrDrifted(v === k.rotation),
        actual: v === undefined ? 'key not found' : rotation(v),
      }),
    ),
    policyFinding({ resource: k.logicalId, what: 'key policy' }, k.policy, live.policy, 'no key policy'),
  ];
}

function roleFindings(r: ExpectedRole, live: LiveRole): Finding[] {
  const base = { resource: r.logicalId, what: 'role policy' } as const;
  const out: Finding[] = [];
  const inline = live.inlinePolicies;
  for (const [name, document] of Object.entries(r.inlinePolicies)) {
    const one: Observed<unknown> | undefined =
      inline?.state === 'read'
        ? name in inline.value
          ? read(inline.value[name])
          : absent(`inline policy ${name} is not attached`)
        : inline;
    out.push(policyFinding({ ...base, subject: `inline policy ${name}` }, document, one, 'not attached'));
  }
  if (inline?.state === 'read') {
    for (const [name, document] of Object.entries(inline.value)) {
      if (name in r.inlinePolicies) continue;
      out.push(
        finding({ ...base, subject: `inline policy ${name}`, expected: 'none' }, read(document), (v) => ({
          status: 'drifted',
          actual: count(comparePolicies(undefined, v).unexpected.length, 'statement'),
          detail: ['an inline policy the template does not declare'],
        })),
      );
    }
  }
  if (r.trustPolicy !== undefined) {
    out.push(
      policyFinding({ ...base, subject: 'trust policy' }, r.trustPolicy, live.trustPolicy, 'role not found'),
    );
  }
  const want = [...r.managedPolicyArns].sort();
  out.push(
    finding(
      { ...base, subject: 'managed policies', expected: want.join(', ') || 'none' },
      live.managedPolicyArns,
      (v) => {
        const have = [...(v ?? [])].sort();
        const extra = have.filter((a) => !want.includes(a)).map((a) => `attached, not in the template: ${a}`);
        const gone = want.filter((a) => !have.includes(a)).map((a) => `in the template, not attached: ${a}`);
        return {
          status: sameOrDrifted(extra.length + gone.length === 0),
          actual: v === undefined ? 'role not found' : have.join(', ') || 'none',
          detail: [...gone, ...extra],
        };
      },
    ),
  );
  return out;
}

export function policyFinding(
  base: Omit<Base, 'expected'>,
  document: unknown,
  observed: Observed<unknown> | undefined,
  whenAbsent: string,
): Finding {
  const expectedCount = comparePolicies(document, undefined).missing.length;
  return finding({ ...base, expected: count(expectedCount, 'statement') }, observed, (v) => {
    const c = comparePolicies(document, v);
    return {
      status: sameOrDrifted(c.equal),
      ...(c.equal ? {} : { documents: { expected: document, actual: v ?? null } }),
      actual:
        v === undefined
          ? whenAbsent
          : count(expectedCount - c.missing.length + c.unexpected.length, 'statement'),
      detail: policyDetail(c),
    };
  });
}

function policyDetail(c: PolicyComparison): string[] {
  return [
    ...(c.version ? [`Version: expected ${c.version.expected}, found ${c.version.actual}`] : []),
    ...c.missing.map((s) => `missing: ${describeStatement(s)}`),
    ...c.unexpected.map((s) => `unexpected: ${describeStatement(s)}`),
  ];
}

function encryptionDifferences(want: ExpectedEncryption, have: LiveEncryption): string[] {
  const out: string[] = [];
  if (have.algorithm !== want.algorithm)
    out.push(`algorithm: expected ${want.algorithm}, found ${have.algorithm ?? '(none)'}`);
  if (!sameKey(want.kmsKeyArn, have.kmsKeyId)) {
    out.push(`key: expected ${want.kmsKeyArn ?? '(none)'}, found ${have.kmsKeyId ?? '(none)'}`);
  }
  if ((have.bucketKey === true) !== want.bucketKey) {
    out.push(`bucket key: expected ${onOff(want.bucketKey)}, found ${onOff(have.bucketKey === true)}`);
  }
  return out;
}

/**
 * S3 returns KMSMasterKeyID as it was set. A bare key id names a key in the bucket's own account
 * and region, which is where the template's key ARN points, so the id of that ARN is the same key.
 */
function sameKey(expectedArn: string | undefined, actual: string | undefined): boolean {
  if (expectedArn === actual) return true;
  if (expectedArn === undefined || actual === undefined || actual.startsWith('arn:')) return false;
  return expectedArn.endsWith(`:key/${actual}`);
}

const onOff = (on: boolean): string => (on ? 'on' : 'off');

function describeEncryption(e: {
  algorithm?: string;
  kmsKeyArn?: string;
  kmsKeyId?: string;
  bucketKey: boolean;
}): string {
  const key = e.kmsKeyArn ?? e.kmsKeyId;
  return `${e.algorithm ?? '(no algorithm)'}${key ? ` with ${key}` : ''}, bucket key ${onOff(e.bucketKey)}`;
}

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
