import { DescribeStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketNotificationConfigurationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketReplicationCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  type GetBucketNotificationConfigurationCommandOutput,
  type LifecycleRule,
} from '@aws-sdk/client-s3';
import type {
  LiveBucketSettings,
  LiveLifecycleRule,
  LiveNotification,
} from '../../core/adopt/live-bucket.js';
import type { S3ReplicationConfiguration } from '../../core/drift/replication-config.js';
import type { ClientKinds } from './clients.js';

/**
 * S3's "this bucket has none" answers, one per configuration: each means absent, not a failure.
 * Anything else (AccessDenied, NoSuchBucket, throttling past the SDK's retries) stops the read:
 * a plan that guessed "none" would let the update delete what it could not see.
 */
const NOT_CONFIGURED = new Set([
  'NoSuchBucketPolicy',
  'ServerSideEncryptionConfigurationNotFoundError',
  'ReplicationConfigurationNotFoundError',
  'NoSuchLifecycleConfiguration',
  'NoSuchTagSet',
  'ObjectLockConfigurationNotFoundError',
  'NoSuchPublicAccessBlockConfiguration',
  'OwnershipControlsNotFoundError',
]);

async function unlessAbsent<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (e) {
    if (NOT_CONFIGURED.has((e as Error).name)) return undefined;
    throw e;
  }
}

/** S3 publishes storage metrics once a day; two days back always holds the latest. */
const METRIC_WINDOW_MS = 3 * 86_400_000;

/**
 * Reads everything an adoption compares (review-adoption.ts) from the live bucket, the stack that
 * may already own it, and the bucket's size from the daily CloudWatch storage metrics (cheap:
 * listing a bucket of millions of objects is not).
 */
export async function readLiveBucket(
  bucket: string,
  c: Pick<ClientKinds, 's3' | 'cfn' | 'cloudwatch'>,
  now: number,
): Promise<LiveBucketSettings> {
  const Bucket = bucket;
  const tagsRead = unlessAbsent(() => c.s3.send(new GetBucketTaggingCommand({ Bucket }))).then((o) =>
    Object.fromEntries((o?.TagSet ?? []).map((t) => [t.Key ?? '', t.Value ?? ''])),
  );
  const [
    versioning,
    encryption,
    ownership,
    publicAccessBlock,
    policy,
    replication,
    notifications,
    lifecycle,
    objectLock,
    tags,
    ownerStack,
    objects,
  ] = await Promise.all([
    c.s3.send(new GetBucketVersioningCommand({ Bucket })).then((o) => o.Status),
    unlessAbsent(() => c.s3.send(new GetBucketEncryptionCommand({ Bucket }))).then((o) => {
      const rule = o?.ServerSideEncryptionConfiguration?.Rules?.[0];
      const d = rule?.ApplyServerSideEncryptionByDefault;
      return d?.SSEAlgorithm
        ? {
            algorithm: d.SSEAlgorithm,
            ...(d.KMSMasterKeyID ? { kmsKeyId: d.KMSMasterKeyID } : {}),
            ...(rule?.BucketKeyEnabled !== undefined ? { bucketKey: rule.BucketKeyEnabled } : {}),
          }
        : undefined;
    }),
    unlessAbsent(() => c.s3.send(new GetBucketOwnershipControlsCommand({ Bucket }))).then(
      (o) => o?.OwnershipControls?.Rules?.[0]?.ObjectOwnership,
    ),
    unlessAbsent(() => c.s3.send(new GetPublicAccessBlockCommand({ Bucket }))).then(
      (o) => o?.PublicAccessBlockConfiguration as Record<string, boolean> | undefined,
    ),
    unlessAbsent(() => c.s3.send(new GetBucketPolicyCommand({ Bucket }))).then((o) =>
      o?.Policy ? (JSON.parse(o.Policy) as LiveBucketSettings['policy']) : undefined,
    ),
    unlessAbsent(() => c.s3.send(new GetBucketReplicationCommand({ Bucket }))).then(
      (o) => o?.ReplicationConfiguration as S3ReplicationConfiguration | undefined,
    ),
    c.s3.send(new GetBucketNotificationConfigurationCommand({ Bucket })).then(notificationsOf),
    unlessAbsent(() => c.s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket }))).then((o) =>
      (o?.Rules ?? []).map(lifecycleRuleOf),
    ),
    unlessAbsent(() => c.s3.send(new GetObjectLockConfigurationCommand({ Bucket }))).then((o) =>
      o?.ObjectLockConfiguration
        ? { enabled: o.ObjectLockConfiguration.ObjectLockEnabled === 'Enabled' }
        : undefined,
    ),
    tagsRead,
    ownerStackOf(bucket, c.cfn, tagsRead),
    objectsOf(bucket, c.cloudwatch, now),
  ]);
  return {
    name: bucket,
    ...(versioning === 'Enabled' || versioning === 'Suspended' ? { versioning } : {}),
    ...(encryption ? { encryption } : {}),
    ...(ownership ? { ownership } : {}),
    ...(publicAccessBlock ? { publicAccessBlock } : {}),
    ...(policy ? { policy } : {}),
    ...(replication ? { replication } : {}),
    notifications,
    lifecycleRules: lifecycle ?? [],
    ...(objectLock ? { objectLock } : {}),
    tags: tags ?? {},
    ...(objects && 'unreadable' in objects
      ? { objectsUnreadable: objects.unreadable }
      : objects
        ? { objects }
        : {}),
    ...(ownerStack ? { ownerStack: ownerStack.name } : {}),
    ...(ownerStack?.resources !== undefined ? { ownerStackResources: ownerStack.resources } : {}),
  };
}

type NotificationOutput = GetBucketNotificationConfigurationCommandOutput;
type FilterOut = { Key?: { FilterRules?: { Name?: string; Value?: string }[] } };

function notificationsOf(o: NotificationOutput): LiveNotification[] {
  const out: LiveNotification[] = [];
  const add = (
    kind: LiveNotification['kind'],
    list: { Id?: string; Events?: string[]; Filter?: FilterOut }[] | undefined,
    arnOf: (c: never) => string | undefined,
  ) =>
    (list ?? []).forEach((c, i) => {
      const rules = c.Filter?.Key?.FilterRules ?? [];
      out.push({
        id: c.Id ?? `${kind}#${i + 1}`,
        kind,
        arn: arnOf(c as never),
        events: c.Events ?? [],
        ...(rules.length ? { filterRules: rules } : {}),
      });
    });
  add('topic', o.TopicConfigurations, (c: { TopicArn?: string }) => c.TopicArn);
  add('queue', o.QueueConfigurations, (c: { QueueArn?: string }) => c.QueueArn);
  add('function', o.LambdaFunctionConfigurations, (c: { LambdaFunctionArn?: string }) => c.LambdaFunctionArn);
  if (o.EventBridgeConfiguration) out.push({ id: 'EventBridge', kind: 'eventbridge', events: [] });
  return out;
}

/** Dates as ISO text: the core has no clock and no Date. */
function lifecycleRuleOf(rule: LifecycleRule): LiveLifecycleRule {
  return JSON.parse(JSON.stringify(rule)) as LiveLifecycleRule;
}

/**
 * CloudFormation names the stack that owns a physical resource, with all that stack's resources;
 * ValidationError when none does. Where IAM refuses the lookup (it names no stack the role's
 * policy can match), the tag CloudFormation puts on buckets it creates says it instead.
 */
async function ownerStackOf(
  bucket: string,
  cfn: ClientKinds['cfn'],
  tags: Promise<Record<string, string> | undefined>,
): Promise<{ name: string; resources?: number } | undefined> {
  try {
    const out = await cfn.send(new DescribeStackResourcesCommand({ PhysicalResourceId: bucket }));
    const owned = out.StackResources?.find((r) => r.PhysicalResourceId === bucket);
    return owned?.StackName
      ? {
          name: owned.StackName,
          resources: (out.StackResources ?? []).filter((r) => r.StackName === owned.StackName).length,
        }
      : undefined;
  } catch (e) {
    if ((e as Error).name === 'ValidationError') return undefined;
    if ((e as Error).name !== 'AccessDenied' && (e as Error).name !== 'AccessDeniedException') throw e;
    const name = (await tags)?.['aws:cloudformation:stack-name'];
    return name ? { name } : undefined;
  }
}

async function objectsOf(
  bucket: string,
  cloudwatch: ClientKinds['cloudwatch'],
  now: number,
): Promise<LiveBucketSettings['objects'] | { unreadable: string }> {
  const metric = (id: string, MetricName: string, StorageType: string) => ({
    Id: id,
    ReturnData: true,
    MetricStat: {
      Metric: {
        Namespace: 'AWS/S3',
        MetricName,
        Dimensions: [
          { Name: 'BucketName', Value: bucket },
          { Name: 'StorageType', Value: StorageType },
        ],
      },
      Period: 86_400,
      Stat: 'Average',
    },
  });
  // GetMetricData takes no resource: a role allowed it reads every metric of the account, which
  // the bootstrap's plan role (open to every pull request) is not. The count is then left out.
  let out;
  try {
    out = await cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: new Date(now - METRIC_WINDOW_MS),
        EndTime: new Date(now),
        ScanBy: 'TimestampDescending',
        MetricDataQueries: [
          metric('objects', 'NumberOfObjects', 'AllStorageTypes'),
          metric('bytes', 'BucketSizeBytes', 'StandardStorage'),
        ],
      }),
    );
  } catch (e) {
    if ((e as Error).name !== 'AccessDenied' && (e as Error).name !== 'AccessDeniedException') throw e;
    return { unreadable: 'this role may not read CloudWatch metrics' };
  }
  const latest = (id: string) => {
    const r = out.MetricDataResults?.find((m) => m.Id === id);
    return r?.Values?.length ? { value: r.Values[0]!, at: r.Timestamps![0]! } : undefined;
  };
  const count = latest('objects');
  if (!count) return undefined;
  const bytes = latest('bytes');
  return {
    count: count.value,
    ...(bytes ? { bytes: bytes.value } : {}),
    day: count.at.toISOString().slice(0, 10),
  };
}
