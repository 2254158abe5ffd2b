/**
 * Drift of what reports on replication (core/drift/expected-monitoring.ts): the alarms, the alerts
 * topic's policy and key, and the source bucket's notification configuration, read the way
 * CloudWatch, SNS and S3 answer. Anything that would silence the next failure is drift.
 */
import { describe, expect, test } from '@jest/globals';
import { exampleTopology } from '../support/examples.js';
import {
  compareMonitoring,
  expectedMonitoring,
  type ExpectedMonitoring,
  type LiveMonitoring,
  type S3NotificationConfiguration,
} from '../../src/core/drift/expected-monitoring.js';
import { absent, read, unreadable, type Finding } from '../../src/core/drift/expected-state.js';
import { resolveTemplate } from '../../src/core/templates/resolve.js';
import { buildSourceTemplate } from '../../src/core/templates/source-template.js';
import { alarmsOf } from '../../src/core/model/monitoring.js';

const A = '111111111111';
const ALERTS_KEY_ID = '0a1b2c3d-0000-4000-8000-00000000000a';
const ALERTS_KEY = `arn:aws:kms:us-east-1:${A}:key/${ALERTS_KEY_ID}`;
const TOPIC = `arn:aws:sns:us-east-1:${A}:s3-xrepl-orders-replication-alerts`;
const topology = exampleTopology('two-destinations');
const STACK = topology.source.stackName;

function deployed(): ExpectedMonitoring {
  const resolved = resolveTemplate(buildSourceTemplate(topology), {
    partition: 'aws',
    region: 'us-east-1',
    accountId: A,
    stackName: STACK,
    parameters: {
      DrBucketArn: 'arn:aws:s3:::acme-orders-dr-us-west-2',
      DrKmsKeyArn: 'arn:aws:kms:us-west-2:222222222222:key/11111111-1111-2222-3333-444444444444',
      AnalyticsBucketArn: 'arn:aws:s3:::acme-orders-analytics-eu-west-1',
      AnalyticsKmsKeyArn: 'arn:aws:kms:eu-west-1:333333333333:key/11111111-1111-2222-3333-444444444444',
    },
    resources: {
      SourceKey: { physicalId: '0a1b2c3d-0000-4000-8000-000000000005' },
      AlertsKey: { physicalId: ALERTS_KEY_ID },
    },
  });
  return expectedMonitoring(resolved, STACK);
}

const expected = deployed();

/** What CloudWatch, SNS and S3 answer for an undrifted deployment, in their own spellings. */
function liveMirror(e: ExpectedMonitoring): LiveMonitoring {
  return {
    alarms: Object.fromEntries(
      e.alarms.map((a) => [a.logicalId, read({ ...a.settings, stateValue: 'OK', stateReason: 'fine' })]),
    ),
    topics: Object.fromEntries(
      e.topics.map((t) => [
        t.logicalId,
        { policy: read(JSON.stringify(t.policy!.document)), kmsKeyId: read(t.kmsKeyId!) },
      ]),
    ),
    notifications: Object.fromEntries(
      e.notifications.map((n) => {
        const c = n.configuration as { TopicConfigurations: { Event: string; Topic: string }[] };
        const live: S3NotificationConfiguration = {
          TopicConfigurations: c.TopicConfigurations.map((t, i) => ({
            Id: `generated-${i}`,
            TopicArn: t.Topic,
            Events: [t.Event],
          })),
        };
        return [n.bucketLogicalId, read(live)];
      }),
    ),
  };
}

const only = (findings: Finding[], what: Finding['what'], resource?: string): Finding => {
  const hits = findings.filter((f) => f.what === what && (resource === undefined || f.resource === resource));
  expect(hits).toHaveLength(1);
  return hits[0]!;
};

describe('what the template declares', () => {
  test('an alarm per alarm the model derives, the topic with its policy and key, and the notifications', () => {
    expect(expected.alarms.map((a) => a.name)).toEqual(alarmsOf(topology).map((a) => a.name));
    expect(expected.alarms).toHaveLength(6);
    expect(expected.topics).toEqual([
      expect.objectContaining({
        logicalId: 'AlertsTopic',
        arn: TOPIC,
        kmsKeyId: ALERTS_KEY,
        policy: expect.objectContaining({ logicalId: 'AlertsTopicPolicy' }),
      }),
    ]);
    expect(expected.notifications.map((n) => [n.bucketLogicalId, n.bucket])).toEqual([
      ['SourceBucket', topology.source.bucket],
    ]);
    const failed = expected.alarms.find((a) => a.name.endsWith('orders-to-dr-dr-failed-operations'))!;
    expect(failed.settings).toEqual({
      namespace: 'AWS/S3',
      metricName: 'OperationsFailedReplication',
      dimensions: {
        SourceBucket: topology.source.bucket,
        DestinationBucket: 'acme-orders-dr-us-west-2',
        RuleId: 'orders-to-dr-dr',
      },
      statistic: 'Sum',
      period: 300,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      threshold: 0,
      comparisonOperator: 'GreaterThanThreshold',
      treatMissingData: 'notBreaching',
      actionsEnabled: true,
      alarmActions: [TOPIC],
      okActions: [TOPIC],
    });
  });
});

describe('compareMonitoring', () => {
  test('finds an undrifted deployment in sync on every check', () => {
    const findings = compareMonitoring(expected, liveMirror(expected));
    expect(findings.filter((f) => f.status !== 'in-sync')).toEqual([]);
    expect(findings.map((f) => f.what).sort()).toEqual(
      [...Array(6).fill('alarm'), 'notifications', 'topic encryption', 'topic policy'].sort(),
    );
    expect(findings.every((f) => f.stack === STACK)).toBe(true);
  });

  test('reports a deleted alarm: nothing would fire', () => {
    const live = liveMirror(expected);
    const gone = expected.alarms[0]!;
    const findings = compareMonitoring(expected, {
      ...live,
      alarms: { ...live.alarms, [gone.logicalId]: absent('no alarm of this name') },
    });
    expect(only(findings, 'alarm', gone.logicalId)).toMatchObject({
      status: 'drifted',
      actual: 'alarm deleted: nothing will fire',
    });
  });

  test('reports each changed setting of an alarm, and its actions switched off', () => {
    const live = liveMirror(expected);
    const a = expected.alarms[0]!;
    const findings = compareMonitoring(expected, {
      ...live,
      alarms: {
        ...live.alarms,
        [a.logicalId]: read({
          ...a.settings,
          threshold: 1000,
          treatMissingData: 'missing',
          actionsEnabled: false,
          alarmActions: [],
        }),
      },
    });
    const f = only(findings, 'alarm', a.logicalId);
    expect(f.status).toBe('drifted');
    expect(f.detail).toEqual([
      'Threshold: expected 0, found 1000',
      'TreatMissingData: expected notBreaching, found missing',
      'actions: expected enabled, found disabled',
      `AlarmActions: expected ${TOPIC}, found (none)`,
    ]);
  });

  test('reports a topic policy that lost the statement letting S3 publish', () => {
    const live = liveMirror(expected);
    const doc = structuredClone(expected.topics[0]!.policy!.document) as { Statement: { Sid: string }[] };
    doc.Statement = doc.Statement.filter((s) => !s.Sid.startsWith('S3Publishes'));
    const findings = compareMonitoring(expected, {
      ...live,
      topics: { AlertsTopic: { ...live.topics!.AlertsTopic!, policy: read(JSON.stringify(doc)) } },
    });
    const f = only(findings, 'topic policy');
    expect(f.status).toBe('drifted');
    expect(f.detail![0]).toMatch(
      /^missing: "S3PublishesReplicationEventsOfTheSourceBucket": Allow sns:Publish/,
    );
  });

  test('reports a topic whose encryption was switched off or moved to another key', () => {
    const live = liveMirror(expected);
    const off = compareMonitoring(expected, {
      ...live,
      topics: { AlertsTopic: { ...live.topics!.AlertsTopic!, kmsKeyId: absent() } },
    });
    expect(only(off, 'topic encryption')).toMatchObject({ status: 'drifted', expected: ALERTS_KEY });
    const aws = compareMonitoring(expected, {
      ...live,
      topics: { AlertsTopic: { ...live.topics!.AlertsTopic!, kmsKeyId: read('alias/aws/sns') } },
    });
    expect(only(aws, 'topic encryption')).toMatchObject({ status: 'drifted', actual: 'alias/aws/sns' });
  });

  test('reports a failure-event entry removed out of band, and one added out of band', () => {
    const live = liveMirror(expected);
    const removed = compareMonitoring(expected, {
      ...live,
      notifications: { SourceBucket: read({}) },
    });
    expect(only(removed, 'notifications')).toMatchObject({
      status: 'drifted',
      actual: '0 entries',
      detail: [
        `missing: topic ${TOPIC} s3:Replication:OperationFailedReplication`,
        expect.any(String),
        expect.any(String),
      ],
    });

    const mine = live.notifications!.SourceBucket! as { state: 'read'; value: S3NotificationConfiguration };
    const added = compareMonitoring(expected, {
      ...live,
      notifications: {
        SourceBucket: read({
          ...mine.value,
          QueueConfigurations: [
            {
              QueueArn: `arn:aws:sqs:us-east-1:${A}:ingest`,
              Events: ['s3:ObjectCreated:*'],
              Filter: { Key: { FilterRules: [{ Name: 'Prefix', Value: 'incoming/' }] } },
            },
          ],
          EventBridgeConfiguration: {},
        }),
      },
    });
    expect(only(added, 'notifications').detail).toEqual([
      `unexpected: queue arn:aws:sqs:us-east-1:${A}:ingest s3:ObjectCreated:* (prefix=incoming/)`,
      'EventBridge: expected off, found on',
    ]);
  });

  test('says unknown, never in-sync, for what could not be read', () => {
    const denied = unreadable('AccessDenied: not authorized to perform cloudwatch:DescribeAlarms');
    const findings = compareMonitoring(expected, {
      alarms: Object.fromEntries(expected.alarms.map((a) => [a.logicalId, denied])),
    });
    expect(findings.every((f) => f.status === 'unknown')).toBe(true);
    expect(findings).toHaveLength(compareMonitoring(expected, liveMirror(expected)).length);
  });
});
