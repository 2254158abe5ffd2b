import type { Json } from '../templates/cfn.js';
import { ADOPTED_KINDS, type AdoptedKind, type Adoption } from '../model/adoption.js';
import { statementName, type LiveBucketSettings } from './live-bucket.js';

/**
 * An existing bucket compared with the template that will adopt it: which live settings the
 * template already produces, which the config keeps or drops, which nobody accounted for (the plan
 * fails on those), and which changes cannot be taken back. Pure: live settings and the template in,
 * a review out; rendering is elsewhere.
 */

/** What happens to one live replication rule, policy statement, lifecycle rule or notification. */
export type LiveItemFate =
  /** The template writes one of the same name: the product's version replaces it. */
  | 'replaced'
  /** Named under adopt.keep: carried into the template as it is. */
  | 'kept'
  /** Named under adopt.drop: the first update after the import removes it. */
  | 'dropped'
  /** The template does not write this kind of setting at all: CloudFormation leaves it alone. */
  | 'untouched'
  /** Neither kept nor dropped, and the template would delete it: the plan fails. */
  | 'unaccounted';

export interface LiveItem {
  readonly kind: AdoptedKind;
  /** Read from the bucket: untrusted text. */
  readonly name: string;
  readonly fate: LiveItemFate;
  /** A kept item that will not work as it did, and why. */
  readonly warning?: string;
}

export interface SettingChange {
  readonly setting: string;
  readonly from: string;
  readonly to: string;
  /** True when the change cannot be undone (enabling versioning). */
  readonly oneWay: boolean;
  readonly consequence: string;
}

export interface AdoptionReview {
  readonly bucket: string;
  /** The stack that manages the bucket already: nothing can be imported. */
  readonly ownerStack?: string;
  readonly items: readonly LiveItem[];
  /** Names under adopt.keep that the bucket does not have: nothing to carry over. */
  readonly missingKept: readonly { readonly kind: AdoptedKind; readonly name: string }[];
  /** Names under adopt.drop that the bucket does not have (already gone: nothing to do). */
  readonly missingDropped: readonly { readonly kind: AdoptedKind; readonly name: string }[];
  readonly changes: readonly SettingChange[];
  readonly objects?: LiveBucketSettings['objects'];
  readonly objectsUnreadable?: string;
  /** Refused: owned by another stack, unaccounted live items, or kept names that do not exist. */
  readonly blocked: boolean;
}

/** The parts of the adopting template the review reads. */
export interface AdoptingTemplate {
  /** Properties of the AWS::S3::Bucket resource. */
  readonly bucket: { readonly [k: string]: Json };
  /** Statement list of the bucket's AWS::S3::BucketPolicy; undefined when the stack writes none. */
  readonly policyStatements?: readonly Json[];
  /** Destination bucket names the topology's replication role may write to. */
  readonly destinationBuckets: readonly string[];
}

type Obj = { readonly [k: string]: Json };
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sids of a statement list, both branches of an Fn::If included. */
function sidsOf(statements: readonly Json[]): Set<string> {
  const sids = new Set<string>();
  const visit = (s: Json) => {
    if (!isObj(s)) return;
    const branches = s['Fn::If'];
    if (Array.isArray(branches)) return branches.slice(1).forEach(visit);
    if (typeof s.Sid === 'string') sids.add(s.Sid);
  };
  statements.forEach(visit);
  return sids;
}

const idsOf = (list: Json | undefined, field: string): Set<string> =>
  new Set(
    (Array.isArray(list) ? list : [])
      .map((r) => (isObj(r) ? r[field] : undefined))
      .filter((id): id is string => typeof id === 'string'),
  );

export function reviewAdoption(
  live: LiveBucketSettings,
  template: AdoptingTemplate,
  adopt: Adoption,
): AdoptionReview {
  const props = template.bucket;
  const replication = isObj(props.ReplicationConfiguration) ? props.ReplicationConfiguration : undefined;
  const lifecycle = isObj(props.LifecycleConfiguration) ? props.LifecycleConfiguration : undefined;
  // What the template writes, per kind (undefined: it does not write that kind at all).
  const written: Record<AdoptedKind, Set<string> | undefined> = {
    replicationRules: replication ? idsOf(replication.Rules, 'Id') : undefined,
    policyStatements: template.policyStatements ? sidsOf(template.policyStatements) : undefined,
    lifecycleRules: lifecycle ? idsOf(lifecycle.Rules, 'Id') : undefined,
    // CloudFormation's notification configurations carry no id: none of the live ones is the template's.
    notifications: props.NotificationConfiguration !== undefined ? new Set() : undefined,
  };
  const liveNames: Record<AdoptedKind, string[]> = {
    replicationRules: (live.replication?.Rules ?? []).map((r, i) => r.ID ?? `#${i + 1}`),
    policyStatements: (live.policy?.Statement ?? []).map(statementName),
    lifecycleRules: live.lifecycleRules.map((r, i) => r.ID ?? `#${i + 1}`),
    notifications: live.notifications.map((n) => n.id),
  };

  const items: LiveItem[] = [];
  const missingKept: AdoptionReview['missingKept'][number][] = [];
  const missingDropped: AdoptionReview['missingDropped'][number][] = [];
  for (const kind of ADOPTED_KINDS) {
    const keep = new Set(adopt.keep[kind]);
    const drop = new Set(adopt.drop[kind]);
    const writes = written[kind];
    liveNames[kind].forEach((name, i) => {
      const fate: LiveItemFate = keep.has(name)
        ? 'kept'
        : writes?.has(name)
          ? 'replaced'
          : drop.has(name)
            ? 'dropped'
            : writes === undefined
              ? 'untouched'
              : 'unaccounted';
      const warning =
        fate === 'kept' && kind === 'replicationRules'
          ? keptRuleWarning(live, i, template.destinationBuckets)
          : undefined;
      items.push({ kind, name, fate, ...(warning ? { warning } : {}) });
    });
    const present = new Set(liveNames[kind]);
    for (const name of keep) if (!present.has(name)) missingKept.push({ kind, name });
    for (const name of drop) if (!present.has(name)) missingDropped.push({ kind, name });
  }

  const changes = settingChanges(live, props);
  const blocked =
    live.ownerStack !== undefined || missingKept.length > 0 || items.some((i) => i.fate === 'unaccounted');
  return {
    bucket: live.name,
    ...(live.ownerStack !== undefined ? { ownerStack: live.ownerStack } : {}),
    items,
    missingKept,
    missingDropped,
    changes,
    ...(live.objects ? { objects: live.objects } : {}),
    ...(live.objectsUnreadable ? { objectsUnreadable: live.objectsUnreadable } : {}),
    blocked,
  };
}

/** S3 takes one role per replication configuration: a kept rule runs as the topology's role. */
function keptRuleWarning(
  live: LiveBucketSettings,
  index: number,
  destinationBuckets: readonly string[],
): string | undefined {
  const arn = live.replication?.Rules?.[index]?.Destination?.Bucket ?? '';
  const bucket = arn.replace(/^arn:[^:]+:s3:::/, '');
  if (destinationBuckets.includes(bucket)) return undefined;
  return (
    `replicates to ${bucket || 'an unnamed bucket'}, which the topology's replication role may not write: ` +
    `after the update it runs as that role (one role per configuration) and every object it matches fails`
  );
}

const describeEncryption = (e: LiveBucketSettings['encryption']): string =>
  !e
    ? 'none'
    : e.algorithm === 'AES256'
      ? 'SSE-S3 (AES256)'
      : `${e.algorithm}${e.kmsKeyId ? ` with ${e.kmsKeyId}` : ''}`;

const PUBLIC_ACCESS_FIELDS = [
  'BlockPublicAcls',
  'BlockPublicPolicy',
  'IgnorePublicAcls',
  'RestrictPublicBuckets',
];

/** Settings the first update changes, the one-way ones flagged. */
function settingChanges(live: LiveBucketSettings, props: Obj): SettingChange[] {
  const changes: SettingChange[] = [];
  const versioning = isObj(props.VersioningConfiguration) ? props.VersioningConfiguration.Status : undefined;
  if (versioning === 'Enabled' && live.versioning !== 'Enabled')
    changes.push({
      setting: 'versioning',
      from: live.versioning ?? 'never enabled',
      to: 'Enabled',
      oneWay: true,
      consequence:
        'cannot be undone, only suspended: from now on every overwrite and delete keeps the earlier version, ' +
        'and is billed as storage until a lifecycle rule expires it',
    });

  const sse = Array.isArray((props.BucketEncryption as Obj | undefined)?.ServerSideEncryptionConfiguration)
    ? ((props.BucketEncryption as Obj).ServerSideEncryptionConfiguration as readonly Json[])[0]
    : undefined;
  const byDefault =
    isObj(sse) && isObj(sse.ServerSideEncryptionByDefault) ? sse.ServerSideEncryptionByDefault : {};
  const algorithm = typeof byDefault.SSEAlgorithm === 'string' ? byDefault.SSEAlgorithm : undefined;
  const keyId = typeof byDefault.KMSMasterKeyID === 'string' ? byDefault.KMSMasterKeyID : undefined;
  if (
    algorithm !== undefined &&
    (live.encryption?.algorithm !== algorithm || (keyId !== undefined && live.encryption?.kmsKeyId !== keyId))
  )
    changes.push({
      setting: 'default encryption',
      from: describeEncryption(live.encryption),
      to: describeEncryption({
        algorithm,
        ...(keyId !== undefined ? { kmsKeyId: keyId } : { kmsKeyId: "the stack's key" }),
      }),
      oneWay: false,
      consequence:
        'applies to objects written from now on only: existing objects keep the encryption they have. Rules ' +
        'replicate SSE-S3 and unencrypted objects anyway, and SSE-KMS ones because of SseKmsEncryptedObjects; ' +
        'existing objects of any kind are copied only by backfill',
    });

  const ownership =
    isObj(props.OwnershipControls) && Array.isArray(props.OwnershipControls.Rules)
      ? (props.OwnershipControls.Rules[0] as Obj | undefined)?.ObjectOwnership
      : undefined;
  if (typeof ownership === 'string' && live.ownership !== ownership)
    changes.push({
      setting: 'object ownership',
      from: live.ownership ?? 'not set (ACLs in use)',
      to: ownership,
      oneWay: false,
      consequence:
        'ACLs stop counting: access granted by object or bucket ACLs ends, and the bucket owner owns every object',
    });

  const block = isObj(props.PublicAccessBlockConfiguration)
    ? props.PublicAccessBlockConfiguration
    : undefined;
  if (block && PUBLIC_ACCESS_FIELDS.some((f) => block[f] === true && live.publicAccessBlock?.[f] !== true))
    changes.push({
      setting: 'public access block',
      from: PUBLIC_ACCESS_FIELDS.filter((f) => live.publicAccessBlock?.[f] === true).join(', ') || 'none',
      to: PUBLIC_ACCESS_FIELDS.filter((f) => block[f] === true).join(', '),
      oneWay: false,
      consequence: 'public ACLs and public bucket-policy grants stop working',
    });
  return changes;
}
