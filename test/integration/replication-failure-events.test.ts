/**
 * Monitoring in the emulator (test/EMULATOR.md "Monitoring", test/REPLICATION.md "Failure events
 * and metrics"), on the product's cross-account example deployed by deployTopology: the alerts
 * topic, its policy and key, the alarm and the bucket's notification configuration are read back
 * through SNS, CloudWatch and S3; a FAILED version sends S3's failure event with its reason to a
 * subscriber, puts the metric datapoint and takes the alarm to ALARM, and back to OK once the
 * failure leaves the evaluation window. A topic policy that does not let S3 publish drops the event.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient,
  DescribeStackResourceDriftsCommand,
  DetectStackDriftCommand,
  DescribeStackDriftDetectionStatusCommand,
} from '@aws-sdk/client-cloudformation';
import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { GetKeyPolicyCommand, KMSClient, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import {
  GetBucketNotificationConfigurationCommand,
  GetBucketReplicationCommand,
  HeadObjectCommand,
  PutBucketReplicationCommand,
  PutObjectCommand,
  S3Client,
  type ReplicationConfiguration,
} from '@aws-sdk/client-s3';
import {
  GetTopicAttributesCommand,
  SetTopicAttributesCommand,
  SNSClient,
  SubscribeCommand,
} from '@aws-sdk/client-sns';
import { CreateQueueCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { alarmsOf } from '../../src/core/model/monitoring.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { deployTopology } from '../../src/shell/aws/deploy-topology.js';
import { failureEventsIn } from '../../src/shell/aws/failure-events.js';
import { systemClock } from '../../src/shell/aws/poll.js';
import { recordingLogger } from '../../src/shell/logger.js';
import { createReplicationBoundaries } from '../support/bootstrap-boundary.js';
import { exampleTopology } from '../support/examples.js';
import { credentialsFor, type Credentials } from '../support/live-state.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { startReplication, type ReplicationStandIn } from '../support/replication-standin.js';

const TIMEOUT = 60_000;
const topology = exampleTopology('cross-account');
const source = topology.source;
const backup = topology.destinations[0]!;
const [alarm] = alarmsOf(topology);

let moto: MotoServer;
let replication: ReplicationStandIn | undefined;
let src: { s3: S3Client; sns: SNSClient; sqs: SQSClient; cw: CloudWatchClient; kms: KMSClient };
let dstKms: KMSClient;
let topicArn: string;
let replicaKeyArn: string;
let subscriberUrl: string;
let baseline: { topicPolicy: string; dstKeyPolicy: string; replication: ReplicationConfiguration };

beforeAll(async () => {
  moto = await startMoto();
  await createReplicationBoundaries(moto.endpoint, [topology]);
  const credentials = new Map<string, Credentials>();
  for (const account of [source.account, backup.account])
    credentials.set(account, await credentialsFor(moto.endpoint, account));
  const config = (account: string, region: string) => ({
    endpoint: moto.endpoint,
    region,
    credentials: credentials.get(account)!,
  });
  const deployment = await deployTopology(
    topology,
    synthesize(topology),
    { allowDestructive: false, recreateFailedStacks: false, timeoutMs: TIMEOUT },
    {
      clients: (account, region) => ({
        cfn: new CloudFormationClient(config(account, region)),
        s3: new S3Client({ ...config(account, region), forcePathStyle: true }),
      }),
      logger: recordingLogger(),
      clock: systemClock,
      runId: 'failure-events',
    },
  );
  const outputs = (name: string) => deployment.outcomes.find((o) => o.stack.name === name)!.result.outputs;
  topicArn = outputs(source.stackName).AlertsTopicArn!;
  replicaKeyArn = outputs(backup.stackName).KmsKeyArn!;
  const c = config(source.account, source.region);
  src = {
    s3: new S3Client({ ...c, forcePathStyle: true }),
    sns: new SNSClient(c),
    sqs: new SQSClient(c),
    cw: new CloudWatchClient(c),
    kms: new KMSClient(c),
  };
  dstKms = new KMSClient(config(backup.account, backup.region));
  // A subscriber of the alerts topic, as a pager or a team's queue would be.
  const queueArn = `arn:aws:sqs:${source.region}:${source.account}:test-subscriber`;
  subscriberUrl = (
    await src.sqs.send(
      new CreateQueueCommand({
        QueueName: 'test-subscriber',
        Attributes: {
          Policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { Service: 'sns.amazonaws.com' },
                Action: 'sqs:SendMessage',
                Resource: queueArn,
                Condition: { ArnEquals: { 'aws:SourceArn': topicArn } },
              },
            ],
          }),
        },
      }),
    )
  ).QueueUrl!;
  await src.sns.send(new SubscribeCommand({ TopicArn: topicArn, Protocol: 'sqs', Endpoint: queueArn }));
  baseline = {
    topicPolicy: (await src.sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn }))).Attributes!
      .Policy!,
    dstKeyPolicy: (
      await dstKms.send(new GetKeyPolicyCommand({ KeyId: replicaKeyArn, PolicyName: 'default' }))
    ).Policy!,
    replication: (await src.s3.send(new GetBucketReplicationCommand({ Bucket: source.bucket })))
      .ReplicationConfiguration!,
  };
}, TIMEOUT);

afterAll(async () => {
  await replication?.stop();
  await moto?.stop();
});

afterEach(async () => {
  await replication?.stop();
  replication = undefined;
  await src.sns.send(
    new SetTopicAttributesCommand({
      TopicArn: topicArn,
      AttributeName: 'Policy',
      AttributeValue: baseline.topicPolicy,
    }),
  );
  await dstKms.send(
    new PutKeyPolicyCommand({ KeyId: replicaKeyArn, PolicyName: 'default', Policy: baseline.dstKeyPolicy }),
  );
  await src.s3.send(
    new PutBucketReplicationCommand({
      Bucket: source.bucket,
      ReplicationConfiguration: baseline.replication,
    }),
  );
  // The failure of a test leaves the window; the next test starts with the alarm back in OK.
  await evaluateAlarms(600);
  // What a test left for the subscriber is read away (SQS allows one PurgeQueue a minute).
  await received();
}, TIMEOUT);

// ------------------------------------------------------------------------------------------------

let serial = 0;

async function replicateOne(): Promise<{ key: string; versionId: string; status: string | undefined }> {
  replication ??= startReplication(moto);
  const key = `invoices/${Date.now()}-${++serial}.json`;
  const put = await src.s3.send(
    new PutObjectCommand({ Bucket: source.bucket, Key: key, Body: '{}', ContentType: 'application/json' }),
  );
  await replication.drain();
  const head = await src.s3.send(
    new HeadObjectCommand({ Bucket: source.bucket, Key: key, VersionId: put.VersionId }),
  );
  return { key, versionId: put.VersionId!, status: head.ReplicationStatus };
}

async function received(): Promise<{ subject?: string; body: unknown }[]> {
  const out: { subject?: string; body: unknown }[] = [];
  for (;;) {
    const page = await src.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: subscriberUrl, MaxNumberOfMessages: 10 }),
    );
    if (!page.Messages?.length) return out;
    for (const m of page.Messages) {
      const envelope = JSON.parse(m.Body!) as { Subject?: string; Message: string };
      out.push({
        ...(envelope.Subject ? { subject: envelope.Subject } : {}),
        body: JSON.parse(envelope.Message),
      });
    }
  }
}

async function alarmState(): Promise<string | undefined> {
  const out = await src.cw.send(new DescribeAlarmsCommand({ AlarmNames: [alarm!.name] }));
  return out.MetricAlarms?.[0]?.StateValue;
}

async function evaluateAlarms(advanceSeconds: number): Promise<void> {
  const response = await fetch(`${moto.endpoint}/_harness/cloudwatch/evaluate`, {
    method: 'POST',
    body: JSON.stringify({ advanceSeconds }),
  });
  expect(response.ok).toBe(true);
}

async function failedOperations(): Promise<number> {
  const now = Date.now();
  const out = await src.cw.send(
    new GetMetricDataCommand({
      StartTime: new Date(now - 3_600_000),
      EndTime: new Date(now + 3_600_000),
      MetricDataQueries: [
        {
          Id: 'failed',
          MetricStat: {
            Metric: {
              Namespace: 'AWS/S3',
              MetricName: 'OperationsFailedReplication',
              Dimensions: Object.entries(alarm!.dimensions).map(([Name, Value]) => ({ Name, Value })),
            },
            Period: 60,
            Stat: 'Sum',
          },
        },
      ],
    }),
  );
  return (out.MetricDataResults?.[0]?.Values ?? []).reduce((a, b) => a + b, 0);
}

/** The destination key policy without the statement that lets the replication role encrypt. */
async function dropReplicationRoleFromDestinationKey(): Promise<void> {
  const policy = JSON.parse(baseline.dstKeyPolicy) as { Statement: { Sid?: string }[] };
  policy.Statement = policy.Statement.filter((s) => s.Sid !== 'AllowReplicationRoleToEncryptReplicas');
  await dstKms.send(
    new PutKeyPolicyCommand({ KeyId: replicaKeyArn, PolicyName: 'default', Policy: JSON.stringify(policy) }),
  );
}

// ------------------------------------------------------------------------------------------------

describe('what the deploy created, read back', () => {
  it("an encrypted topic whose policy is the template's, the failure-event entry, and an alarm that starts OK", async () => {
    const attributes = (await src.sns.send(new GetTopicAttributesCommand({ TopicArn: topicArn })))
      .Attributes!;
    expect(attributes.KmsMasterKeyId).toMatch(/^arn:aws:kms:eu-west-1:111111111111:key\//);
    expect(
      (JSON.parse(attributes.Policy!) as { Statement: { Sid: string }[] }).Statement.map((s) => s.Sid),
    ).toEqual(['S3PublishesReplicationEventsOfTheSourceBucket', 'CloudWatchPublishesTheTopologysAlarms']);
    const n = await src.s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: source.bucket }));
    expect(n.TopicConfigurations?.map((t) => [t.TopicArn, t.Events])).toEqual([
      [topicArn, ['s3:Replication:OperationFailedReplication']],
    ]);
    expect(await alarmState()).toBe('OK');
    const rules = (await src.s3.send(new GetBucketReplicationCommand({ Bucket: source.bucket })))
      .ReplicationConfiguration!.Rules!;
    expect(rules.map((r) => r.Destination?.Metrics?.Status)).toEqual(['Enabled']);
  });

  it('drift detection finds the bucket, notifications included, in sync', async () => {
    const cfn = new CloudFormationClient({
      endpoint: moto.endpoint,
      region: source.region,
      credentials: await credentialsFor(moto.endpoint, source.account),
    });
    const { StackDriftDetectionId } = await cfn.send(
      new DetectStackDriftCommand({ StackName: source.stackName }),
    );
    for (let i = 0; i < 3; i++)
      await cfn.send(new DescribeStackDriftDetectionStatusCommand({ StackDriftDetectionId }));
    const drifts = await cfn.send(new DescribeStackResourceDriftsCommand({ StackName: source.stackName }));
    const bucket = drifts.StackResourceDrifts!.find((d) => d.LogicalResourceId === 'SourceBucket')!;
    expect([bucket.StackResourceDriftStatus, bucket.PropertyDifferences ?? []]).toEqual(['IN_SYNC', []]);
  });
});

describe('replication that works', () => {
  it('sends no failure event and leaves the alarm OK', async () => {
    expect((await replicateOne()).status).toBe('COMPLETED');
    expect(await received()).toEqual([]);
    expect(await failedOperations()).toBe(0);
    expect(await alarmState()).toBe('OK');
  });
});

describe('replication that breaks', () => {
  it("sends S3's failure event with its reason, counts the failure, and the alarm goes to ALARM and says so", async () => {
    await dropReplicationRoleFromDestinationKey();
    const object = await replicateOne();
    expect(object.status).toBe('FAILED');

    const messages = await received();
    const events = messages.flatMap((m) => failureEventsIn(JSON.stringify(m.body)));
    expect(events).toEqual([
      expect.objectContaining({
        eventName: 'Replication:OperationFailedReplication',
        key: object.key,
        versionId: object.versionId,
        destinationBucket: `arn:aws:s3:::${backup.bucket}`,
        ruleId: 'everything-backup',
        failureReason: 'DstPutObjectNotPermitted',
      }),
    ]);
    expect(messages.find((m) => m.subject === 'Amazon S3 Notification')).toBeDefined();
    expect(await failedOperations()).toBe(1);
    expect(await alarmState()).toBe('ALARM');
    const notice = messages.find((m) => (m.body as { NewStateValue?: string }).NewStateValue === 'ALARM');
    expect(notice?.body).toMatchObject({ AlarmName: alarm!.name, OldStateValue: 'OK' });
    expect(replication!.log.at(-1)!.events).toEqual([
      {
        destination: backup.bucket,
        target: topicArn,
        failureReason: 'DstPutObjectNotPermitted',
        delivered: true,
      },
    ]);
  });

  it('returns the alarm to OK once the failure leaves the evaluation window, and says that too', async () => {
    await dropReplicationRoleFromDestinationKey();
    await replicateOne();
    expect(await alarmState()).toBe('ALARM');
    await received();

    await evaluateAlarms(alarm!.periodSeconds + 1);

    expect(await alarmState()).toBe('OK');
    expect((await received()).map((m) => (m.body as { NewStateValue?: string }).NewStateValue)).toEqual([
      'OK',
    ]);
  });

  it('is not heard when the topic policy does not let S3 publish: the log says why', async () => {
    const policy = JSON.parse(baseline.topicPolicy) as { Statement: { Sid: string }[] };
    policy.Statement = policy.Statement.filter((s) => !s.Sid.startsWith('S3Publishes'));
    await src.sns.send(
      new SetTopicAttributesCommand({
        TopicArn: topicArn,
        AttributeName: 'Policy',
        AttributeValue: JSON.stringify(policy),
      }),
    );
    await dropReplicationRoleFromDestinationKey();
    expect((await replicateOne()).status).toBe('FAILED');

    expect((await received()).flatMap((m) => failureEventsIn(JSON.stringify(m.body)))).toEqual([]);
    expect(replication!.log.at(-1)!.events).toEqual([
      expect.objectContaining({
        delivered: false,
        why: `the topic policy of ${topicArn} does not let S3 publish for ${source.bucket}`,
      }),
    ]);
    // The metric and the alarm do not depend on the topic: CloudWatch still sees the failure.
    expect(await alarmState()).toBe('ALARM');
  });

  it('says nothing for a rule without metrics: no datapoint, no event, no alarm (S3 needs metrics for both)', async () => {
    const withoutMetrics = structuredClone(baseline.replication);
    for (const rule of withoutMetrics.Rules!) delete rule.Destination!.Metrics;
    await src.s3.send(
      new PutBucketReplicationCommand({ Bucket: source.bucket, ReplicationConfiguration: withoutMetrics }),
    );
    await dropReplicationRoleFromDestinationKey();

    expect((await replicateOne()).status).toBe('FAILED');

    expect(await received()).toEqual([]);
    expect(replication!.log.at(-1)!.events).toEqual([]);
    expect(await alarmState()).toBe('OK');
  });
});
