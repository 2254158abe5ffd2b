/**
 * The failure-event half of the replication stand-in (test/REPLICATION.md, "Failure events"):
 * when a job has a FAILED destination, which reason S3 would put in its event, and to which entries
 * of the source bucket's notification configuration S3 may publish it. S3 publishes as the
 * s3.amazonaws.com service principal, acting for the source bucket; whether a topic (and its key)
 * or a queue lets it in is decided by the IAM policy evaluator over the policies read live, as every
 * other decision of the stand-in. moto (test/support/moto/monitoring.py) then sends the events to the
 * targets found deliverable, and puts the replication metrics' datapoints.
 */
import { DescribeKeyCommand, GetKeyPolicyCommand, KMSClient } from '@aws-sdk/client-kms';
import { GetBucketNotificationConfigurationCommand, S3Client } from '@aws-sdk/client-s3';
import { GetTopicAttributesCommand, SNSClient } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, GetQueueUrlCommand, SQSClient } from '@aws-sdk/client-sqs';
import { asPolicyDocument, simulate, type PolicyDocument } from './policy-simulator.js';
import type { FailureCode, ReplicationJob } from './replication-standin.js';

/**
 * The failureReason S3 would report for each of the stand-in's codes. S3 names no reason for a
 * denied KMS call: the replica write (or the source read) is what fails, so a KMS denial reads as
 * S3's Dst/SrcPut/GetObject reason. StandInError has none: no event pretends to know why.
 */
export const S3_FAILURE_REASON: Readonly<Record<FailureCode, string | undefined>> = {
  AssumeRoleNotPermitted: 'AssumeRoleNotPermitted',
  SrcVersionNotFound: 'SrcVersionNotFound',
  SrcGetObjectNotPermitted: 'SrcGetObjectNotPermitted',
  SrcGetTaggingNotPermitted: 'SrcGetTaggingNotPermitted',
  SrcListBucketNotPermitted: 'SrcGetObjectNotPermitted',
  SrcKmsKeyNotFound: 'SrcKmsKeyInvalidState',
  SrcKmsKeyInvalidState: 'SrcKmsKeyInvalidState',
  SrcKmsKeyNotPermitted: 'SrcGetObjectNotPermitted',
  DstBucketNotFound: 'DstBucketNotFound',
  DstBucketUnversioned: 'DstBucketUnversioned',
  DstPutObjectNotPermitted: 'DstPutObjectNotPermitted',
  DstPutTaggingNotPermitted: 'DstPutTaggingNotPermitted',
  DstOwnerOverrideNotPermitted: 'DstPutObjectNotPermitted',
  DstDelObjNotPermitted: 'DstDelObjNotPermitted',
  // AWS lists no reason for a replica's tags whose origin version is gone: no event pretends to know.
  DstVersionNotFound: undefined,
  DstKmsKeyNotFound: 'DstKmsKeyNotFound',
  DstKmsKeyInvalidState: 'DstKmsKeyInvalidState',
  DstKmsKeyWrongRegion: 'DstKmsKeyNotFound',
  DstKmsKeyNotPermitted: 'DstPutObjectNotPermitted',
  StandInError: undefined,
  // The Batch Operations stand-in's code: a denied call of the batch role fails the task, not replication.
  AccessDenied: undefined,
};

/** One entry of the source bucket's notification configuration, with whether S3 may publish to it. */
export interface EventTarget {
  readonly kind: 'topic' | 'queue' | 'function';
  readonly arn: string;
  readonly id?: string;
  readonly events: readonly string[];
  readonly prefix?: string;
  readonly suffix?: string;
  readonly delivered: boolean;
  /** Why S3 may not publish there: which policy has no Allow for it. */
  readonly why?: string;
}

export interface EventsDecision {
  /** Destination bucket → the reason S3 would report (FAILED destinations only). */
  readonly failureReasons: Readonly<Record<string, string>>;
  readonly targets: readonly EventTarget[];
}

interface Verdicts {
  readonly destinations: readonly {
    readonly bucket: string;
    readonly status: string;
    readonly code?: FailureCode;
  }[];
}

type Handler = (args: { request: unknown }) => Promise<unknown>;
interface MiddlewareStack {
  add(middleware: (next: Handler) => Handler, options: { step: 'build'; name: string }): void;
}

/** A client acting in `account` (moto picks a request's account from x-moto-account-id). */
function inAccount<C extends { middlewareStack: unknown }>(client: C, account: string): C {
  (client.middlewareStack as MiddlewareStack).add(
    (next) => async (args) => {
      const request = args.request as { headers?: Record<string, string> };
      if (request.headers) request.headers['x-moto-account-id'] = account;
      return next(args);
    },
    { step: 'build', name: 'replicationEventsAccount' },
  );
  return client;
}

const config = (endpoint: string, region: string) => ({
  endpoint,
  region,
  credentials: { accessKeyId: 'replication-standin', secretAccessKey: 'replication-standin' },
  maxAttempts: 2,
});

const arnParts = (arn: string) => {
  const [, partition = '', , region = '', account = ''] = arn.split(':');
  return { partition, region, account };
};

/** Whether s3.amazonaws.com, acting for the source bucket, may make `action` on `resource`. */
async function s3May(
  action: string,
  resource: string,
  policy: PolicyDocument | undefined,
  resourceAccount: string,
  source: ReplicationJob['source'],
): Promise<boolean> {
  if (!policy) return false;
  const decision = await simulate(
    {
      principalArn: 's3.amazonaws.com',
      action,
      resourceArn: resource,
      context: {
        'aws:SourceArn': `arn:${source.partition}:s3:::${source.bucket}`,
        'aws:SourceAccount': source.account,
      },
    },
    { identityPolicies: [], resourcePolicy: policy, resourceAccount },
  );
  return decision === 'Allowed';
}

async function topicTarget(
  endpoint: string,
  arn: string,
  source: ReplicationJob['source'],
): Promise<Pick<EventTarget, 'delivered' | 'why'>> {
  const { region, account } = arnParts(arn);
  const sns = inAccount(new SNSClient(config(endpoint, region)), account);
  let attributes: Record<string, string>;
  try {
    attributes = (await sns.send(new GetTopicAttributesCommand({ TopicArn: arn }))).Attributes ?? {};
  } catch (e) {
    if ((e as Error).name === 'NotFoundException')
      return { delivered: false, why: `topic ${arn} does not exist` };
    throw e;
  }
  const policy = attributes.Policy
    ? asPolicyDocument(JSON.parse(attributes.Policy), `topic policy of ${arn}`)
    : undefined;
  if (!(await s3May('sns:Publish', arn, policy, account, source)))
    return {
      delivered: false,
      why: `the topic policy of ${arn} does not let S3 publish for ${source.bucket}`,
    };
  const keyId = attributes.KmsMasterKeyId;
  if (!keyId) return { delivered: true };
  const kms = inAccount(new KMSClient(config(endpoint, region)), account);
  const meta = (await kms.send(new DescribeKeyCommand({ KeyId: keyId }))).KeyMetadata!;
  if (meta.KeyManager === 'AWS')
    return {
      delivered: false,
      why: `${arn} is encrypted with an AWS managed key, whose policy does not let S3 use it`,
    };
  const keyPolicy = asPolicyDocument(
    JSON.parse(
      (await kms.send(new GetKeyPolicyCommand({ KeyId: meta.KeyId!, PolicyName: 'default' }))).Policy!,
    ),
    `key policy of ${meta.Arn}`,
  );
  for (const action of ['kms:GenerateDataKey', 'kms:Decrypt'])
    if (!(await s3May(action, meta.Arn!, keyPolicy, account, source)))
      return {
        delivered: false,
        why: `the key policy of ${meta.Arn} (the topic's key) does not let S3 ${action}`,
      };
  return { delivered: true };
}

async function queueTarget(
  endpoint: string,
  arn: string,
  source: ReplicationJob['source'],
): Promise<Pick<EventTarget, 'delivered' | 'why'>> {
  const { region, account } = arnParts(arn);
  const sqs = inAccount(new SQSClient(config(endpoint, region)), account);
  let policyText: string | undefined;
  try {
    const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: arn.split(':').at(-1)! }));
    policyText = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['Policy'] })))
      .Attributes?.Policy;
  } catch (e) {
    if (/NonExistentQueue|QueueDoesNotExist/.test((e as Error).name))
      return { delivered: false, why: `queue ${arn} does not exist` };
    throw e;
  }
  const policy = policyText ? asPolicyDocument(JSON.parse(policyText), `queue policy of ${arn}`) : undefined;
  return (await s3May('sqs:SendMessage', arn, policy, account, source))
    ? { delivered: true }
    : { delivered: false, why: `the queue policy of ${arn} does not let S3 send for ${source.bucket}` };
}

/**
 * The job's decided verdicts with what S3 would do about events: nothing to decide when no
 * destination FAILED (S3 sends no failure event then).
 */
export async function withFailureEvents<D extends Verdicts>(
  job: ReplicationJob,
  decided: D,
  endpoint: string,
): Promise<D & { events?: EventsDecision }> {
  const failed = decided.destinations.filter((d) => d.status === 'FAILED');
  if (failed.length === 0) return decided;
  const failureReasons: Record<string, string> = {};
  for (const d of failed) {
    const reason = d.code ? S3_FAILURE_REASON[d.code] : undefined;
    if (reason) failureReasons[d.bucket] = reason;
  }
  const source = job.source;
  const s3 = inAccount(
    new S3Client({ ...config(endpoint, source.region), forcePathStyle: true }),
    source.account,
  );
  const n = await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: source.bucket }));
  const filterOf = (f: { Key?: { FilterRules?: { Name?: string; Value?: string }[] } } | undefined) => {
    const rules = f?.Key?.FilterRules ?? [];
    const value = (name: string) => rules.find((r) => r.Name?.toLowerCase() === name)?.Value;
    return {
      ...(value('prefix') !== undefined ? { prefix: value('prefix')! } : {}),
      ...(value('suffix') !== undefined ? { suffix: value('suffix')! } : {}),
    };
  };
  const targets = await Promise.all([
    ...(n.TopicConfigurations ?? []).map(async (t): Promise<EventTarget> => ({
      kind: 'topic',
      arn: t.TopicArn!,
      ...(t.Id ? { id: t.Id } : {}),
      events: t.Events ?? [],
      ...filterOf(t.Filter),
      ...(await topicTarget(endpoint, t.TopicArn!, source)),
    })),
    ...(n.QueueConfigurations ?? []).map(async (q): Promise<EventTarget> => ({
      kind: 'queue',
      arn: q.QueueArn!,
      ...(q.Id ? { id: q.Id } : {}),
      events: q.Events ?? [],
      ...filterOf(q.Filter),
      ...(await queueTarget(endpoint, q.QueueArn!, source)),
    })),
    ...(n.LambdaFunctionConfigurations ?? []).map(async (l): Promise<EventTarget> => ({
      kind: 'function',
      arn: l.LambdaFunctionArn!,
      events: l.Events ?? [],
      ...filterOf(l.Filter),
      delivered: false,
      why: 'Lambda targets are not modelled by the harness',
    })),
  ]);
  return { ...decided, events: { failureReasons, targets } };
}
