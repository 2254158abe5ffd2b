/**
 * What drifted, one item per drifted thing: the direct comparison and CloudFormation's drift
 * detection often see the same change (a bucket's replication rules, a key's policy), and a
 * reader must get it once. A CloudFormation difference a drifted direct check already covers is
 * folded into that check; what only CloudFormation saw stays an item of its own. Each item says
 * what the drift does to replication and how to repair it.
 */
import type { DriftReport, PropertyDifference, StackDrift } from './drift-report.js';
import type { Finding, FindingTopic } from './expected-state.js';

export type DriftImpact =
  /** Replication into a destination fails object by object. */
  | { readonly kind: 'replication-fails'; readonly to: 'one' | 'all'; readonly why: string }
  /** Replication does not do what the config says (rules changed). */
  | { readonly kind: 'replication-differs'; readonly why: string }
  /** More access than the config grants. */
  | { readonly kind: 'wider-access'; readonly why: string }
  /** Nothing replication depends on. */
  | { readonly kind: 'other'; readonly why: string };

export type DriftRemedy =
  | 'put-policy-back'
  | 'enable-versioning'
  | 'put-encryption-back'
  | 'put-rules-back'
  | 'enable-key'
  | 'set-rotation'
  | 'put-monitoring-back'
  | 'look-at-cloudformation';

export interface DriftItem {
  /** Stable across runs: what "first seen" is kept by. */
  readonly key: string;
  readonly stack: Pick<StackDrift, 'name' | 'kind' | 'account' | 'region'>;
  /** `source`, or the destination's id, when known. */
  readonly label: string;
  readonly resource: string;
  readonly what: FindingTopic | 'CloudFormation';
  readonly subject?: string;
  readonly expected: string;
  readonly found: string;
  readonly detail: readonly string[];
  /** Whole documents, when a policy drifted: the report shows them as a diff. */
  readonly documents?: { readonly expected: unknown; readonly actual: unknown };
  /** CloudFormation's differences this item covers (or is made of). */
  readonly differences: readonly PropertyDifference[];
  readonly impact: DriftImpact;
  readonly remedy: DriftRemedy;
}

/** Which direct check covers a CloudFormation property path, by resource type. */
const COVERED_BY: Readonly<Record<string, readonly [RegExp, FindingTopic][]>> = {
  'AWS::S3::Bucket': [
    [/^\/ReplicationConfiguration/, 'replication rules'],
    [/^\/VersioningConfiguration/, 'versioning'],
    [/^\/BucketEncryption/, 'encryption'],
    [/^\/NotificationConfiguration/, 'notifications'],
  ],
  'AWS::CloudWatch::Alarm': [[/^\//, 'alarm']],
  'AWS::SNS::TopicPolicy': [[/^\/PolicyDocument/, 'topic policy']],
  'AWS::SNS::Topic': [[/^\/KmsMasterKeyId/, 'topic encryption']],
  'AWS::S3::BucketPolicy': [[/^\/PolicyDocument/, 'bucket policy']],
  'AWS::KMS::Key': [
    [/^\/KeyPolicy/, 'key policy'],
    [/^\/(Enabled|EnableKeyRotation)/, 'key state'],
  ],
  'AWS::IAM::Role': [[/^\/(Policies|AssumeRolePolicyDocument|ManagedPolicyArns)/, 'role policy']],
};

export function driftItems(r: DriftReport, labels: ReadonlyMap<string, string> = new Map()): DriftItem[] {
  return r.stacks.flatMap((s) =>
    stackItems(s, labels.get(s.name) ?? (s.kind === 'source' ? 'source' : s.name)),
  );
}

function stackItems(s: StackDrift, label: string): DriftItem[] {
  const stack = { name: s.name, kind: s.kind, account: s.account, region: s.region };
  const drifted = s.findings.filter((f) => f.status === 'drifted');
  const folded = new Map<Finding, PropertyDifference[]>(drifted.map((f) => [f, []]));
  const items: DriftItem[] = [];
  for (const res of s.cloudFormation?.resources ?? []) {
    if (res.status !== 'MODIFIED' && res.status !== 'DELETED') continue;
    const rules = COVERED_BY[res.type] ?? [];
    const covering = (d: PropertyDifference) => {
      const topic = rules.find(([re]) => re.test(d.path))?.[1];
      return topic ? drifted.find((f) => f.resource === res.logicalId && f.what === topic) : undefined;
    };
    const own: PropertyDifference[] = [];
    for (const d of res.differences) {
      const f = covering(d);
      if (f) folded.get(f)!.push(d);
      else own.push(d);
    }
    const gone = res.status === 'DELETED' && !drifted.some((f) => f.resource === res.logicalId);
    if (own.length === 0 && !gone) continue;
    items.push({
      key: `${s.name}|${res.logicalId}|CloudFormation|${own.map((d) => d.path).join(',')}`,
      stack,
      label,
      resource: res.logicalId,
      what: 'CloudFormation',
      subject: res.type,
      expected: gone ? 'exists' : own.map((d) => `${d.path}: ${d.expected}`).join('; '),
      found: gone ? 'deleted' : own.map((d) => `${d.path}: ${d.actual || '(none)'}`).join('; '),
      detail: [],
      differences: own,
      impact: {
        kind: gone ? 'replication-fails' : 'other',
        ...(gone ? { to: s.kind === 'source' ? 'all' : 'one' } : {}),
        why: gone
          ? `${res.logicalId} (${res.type}) was deleted outside CloudFormation`
          : 'a property CloudFormation manages differs from the template',
      } as DriftImpact,
      remedy: 'look-at-cloudformation',
    });
  }
  const direct = drifted.map((f): DriftItem => {
    const { impact, remedy } = judge(f, s.kind, label);
    return {
      key: `${s.name}|${f.resource}|${f.what}|${f.subject ?? ''}`,
      stack,
      label,
      resource: f.resource,
      what: f.what,
      ...(f.subject !== undefined ? { subject: f.subject } : {}),
      expected: f.expected ?? '—',
      found: f.actual ?? '—',
      detail: f.detail ?? [],
      ...(f.documents ? { documents: f.documents } : {}),
      differences: folded.get(f)!,
      impact,
      remedy,
    };
  });
  return [...direct, ...items];
}

/** What a drifted check does to replication, and how to put it back. */
function judge(
  f: Finding,
  kind: StackDrift['kind'],
  label: string,
): { impact: DriftImpact; remedy: DriftRemedy } {
  const missing =
    (f.detail ?? []).some((d) => d.startsWith('missing:')) ||
    /not attached|no (bucket|key) policy|not found/.test(f.actual ?? '');
  const dest = kind === 'destination';
  const fails = (why: string): DriftImpact => ({ kind: 'replication-fails', to: dest ? 'one' : 'all', why });
  const wider = (why: string): DriftImpact => ({ kind: 'wider-access', why });
  switch (f.what) {
    case 'key policy':
      return {
        impact: missing
          ? fails(
              dest ? `S3 cannot encrypt replicas with the ${label} key` : 'S3 cannot decrypt source objects',
            )
          : wider(`the ${label} key's policy grants more than the config`),
        remedy: 'put-policy-back',
      };
    case 'bucket policy':
      return {
        impact: missing
          ? dest
            ? fails('the replication role may no longer write replicas')
            : { kind: 'other', why: 'the source bucket lost a statement of its policy (TLS-only access)' }
          : wider(`the ${dest ? `${label} ` : 'source '}bucket's policy grants more than the config`),
        remedy: 'put-policy-back',
      };
    case 'role policy':
      return f.subject === 'trust policy'
        ? { impact: fails('S3 may no longer assume the replication role'), remedy: 'put-policy-back' }
        : {
            impact: missing
              ? { kind: 'replication-fails', to: 'all', why: 'the replication role lost permissions' }
              : wider('the replication role has permissions the config does not grant'),
            remedy: 'put-policy-back',
          };
    case 'versioning':
      return { impact: fails('S3 replicates only between versioned buckets'), remedy: 'enable-versioning' };
    case 'encryption':
      return {
        impact: {
          kind: 'other',
          why: 'objects written directly to the bucket are encrypted otherwise than the config says',
        },
        remedy: 'put-encryption-back',
      };
    case 'replication rules':
      return {
        impact: { kind: 'replication-differs', why: 'the rules were changed outside CloudFormation' },
        remedy: 'put-rules-back',
      };
    case 'key state':
      return f.subject === 'rotation'
        ? { impact: { kind: 'other', why: 'key rotation differs from the config' }, remedy: 'set-rotation' }
        : {
            impact: fails(
              dest ? `the ${label} key cannot encrypt replicas` : 'the source key cannot decrypt objects',
            ),
            remedy: 'enable-key',
          };
    // Monitoring never stops replication; its drift means a failure may go unnoticed.
    case 'alarm':
      return {
        impact: {
          kind: 'other',
          why: 'an alarm on replication differs from the config: a failure may go unnoticed',
        },
        remedy: 'put-monitoring-back',
      };
    case 'notifications':
      return {
        impact: {
          kind: 'other',
          why: "S3's failure events may no longer reach the alerts topic: a failure and its reason may go unnoticed",
        },
        remedy: 'put-monitoring-back',
      };
    case 'topic policy':
      return {
        impact: missing
          ? {
              kind: 'other',
              why: 'S3 or CloudWatch may no longer publish to the alerts topic: alerts are lost',
            }
          : wider("the alerts topic's policy grants more than the config"),
        remedy: 'put-monitoring-back',
      };
    case 'topic encryption':
      return {
        impact: { kind: 'other', why: 'the alerts topic is not encrypted with the key the config gives it' },
        remedy: 'put-monitoring-back',
      };
  }
}
