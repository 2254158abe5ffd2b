/**
 * Replication never fails silently: the source stack's alarms, its encrypted topic and the source
 * bucket's notification configuration. What there is comes from model/monitoring.ts; this file
 * only says it in CloudFormation.
 *
 * The topic is encrypted with a key of its own, never the AWS managed aws/sns key: S3 and
 * CloudWatch publish to an encrypted topic only if the key policy lets their service principals
 * use the key, and an AWS managed key's policy cannot be changed (SNS developer guide, "Enable
 * compatibility between event sources from AWS services and encrypted topics"). The key encrypts
 * messages in transit through this topic and nothing else.
 */
import {
  alarmsOf,
  METRIC_NAMESPACE,
  productEvents,
  topicNeeded,
  type AlarmSpec,
} from '../model/monitoring.js';
import type { NotificationTarget, Topology } from '../model/topology.js';
import { getAtt, ref, sub, type Json, type Output, type Resource } from './cfn.js';
import { kmsKeyResource } from './kms-key.js';
import { policyDocument, type Statement } from './policy.js';

/**
 * The topic, for verify; the key's ARN, for the plan: KMS chooses a key's id, and a stack's outputs
 * are where the plan reads a deployed key's ARN back (plan/stack-values.ts).
 */
export const ALERTS_OUTPUTS = { topicArn: 'AlertsTopicArn', keyArn: 'AlertsKeyArn' } as const;

/** CloudFormation template expressions, or plain text for a note the user reads. */
interface Place {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
}
const TEMPLATE_PLACE: Place = {
  partition: '${AWS::Partition}',
  region: '${AWS::Region}',
  account: '${AWS::AccountId}',
};

/** Only S3 for the source bucket, and CloudWatch for this topology's alarms, may publish. */
function publishStatements(topology: Topology, topicArn: Json, p: Place, asText: boolean): Statement[] {
  const text = (s: string): Json => (asText ? s : sub(s));
  return [
    {
      Sid: 'S3PublishesReplicationEventsOfTheSourceBucket',
      Effect: 'Allow',
      Principal: { Service: 's3.amazonaws.com' },
      Action: 'sns:Publish',
      Resource: topicArn,
      Condition: {
        ArnLike: { 'aws:SourceArn': text(`arn:${p.partition}:s3:::${topology.source.bucket}`) },
        StringEquals: { 'aws:SourceAccount': asText ? p.account : ref('AWS::AccountId') },
      },
    },
    {
      Sid: 'CloudWatchPublishesTheTopologysAlarms',
      Effect: 'Allow',
      Principal: { Service: 'cloudwatch.amazonaws.com' },
      Action: 'sns:Publish',
      Resource: topicArn,
      Condition: {
        ArnLike: { 'aws:SourceArn': text(alarmArnPattern(topology, p)) },
        StringEquals: { 'aws:SourceAccount': asText ? p.account : ref('AWS::AccountId') },
      },
    },
  ];
}

const alarmArnPattern = (topology: Topology, p: Place) =>
  `arn:${p.partition}:cloudwatch:${p.region}:${p.account}:alarm:${topology.stackPrefix}-${topology.name}-*`;

/**
 * The services encrypt each message with the topic's key. CloudWatch's use is held to this
 * topology's alarms; S3's carries no source condition because S3 documents none for its KMS calls
 * to a topic's key, and an unmet condition would drop every event without a word, the very failure
 * this exists to catch. The topic policy above holds S3 to the source bucket.
 */
function keyStatements(topology: Topology, p: Place, asText: boolean): Statement[] {
  const text = (s: string): Json => (asText ? s : sub(s));
  return [
    {
      Sid: 'S3EncryptsEventsForTheTopic',
      Effect: 'Allow',
      Principal: { Service: 's3.amazonaws.com' },
      Action: ['kms:GenerateDataKey*', 'kms:Decrypt'],
      Resource: '*',
    },
    {
      Sid: 'CloudWatchEncryptsAlarmsForTheTopic',
      Effect: 'Allow',
      Principal: { Service: 'cloudwatch.amazonaws.com' },
      Action: ['kms:GenerateDataKey*', 'kms:Decrypt'],
      Resource: '*',
      Condition: {
        ArnLike: { 'aws:SourceArn': text(alarmArnPattern(topology, p)) },
        StringEquals: { 'aws:SourceAccount': asText ? p.account : ref('AWS::AccountId') },
      },
    },
  ];
}

function topicArnOf(topology: Topology): Json {
  return topology.monitoring.topic.kind === 'create' ? ref('AlertsTopic') : topology.monitoring.topic.arn;
}

function alarmResource(a: AlarmSpec, topic: Json): Resource {
  return {
    Type: 'AWS::CloudWatch::Alarm',
    Properties: {
      AlarmName: a.name,
      AlarmDescription: a.description,
      Namespace: METRIC_NAMESPACE,
      MetricName: a.metric,
      Dimensions: Object.entries(a.dimensions).map(([Name, Value]) => ({ Name, Value })),
      Statistic: a.statistic,
      Period: a.periodSeconds,
      EvaluationPeriods: a.evaluationPeriods,
      DatapointsToAlarm: a.evaluationPeriods,
      Threshold: a.threshold,
      ComparisonOperator: a.comparison,
      TreatMissingData: a.treatMissingData,
      ActionsEnabled: true,
      // OK too, so whoever was paged hears that it is over.
      AlarmActions: [topic],
      OKActions: [topic],
    },
  };
}

function filterOf(t: NotificationTarget): Json | undefined {
  const rules = [
    ...(t.prefix !== undefined ? [{ Name: 'prefix', Value: t.prefix }] : []),
    ...(t.suffix !== undefined ? [{ Name: 'suffix', Value: t.suffix }] : []),
  ];
  return rules.length > 0 ? { S3Key: { Rules: rules } } : undefined;
}

/** One CloudFormation entry per event: the schema takes a single Event per configuration. */
function entries(targets: readonly NotificationTarget[], arnKey: string): Json[] {
  return targets.flatMap((t) =>
    t.events.map((Event) => {
      const filter = filterOf(t);
      return { Event, [arnKey]: t.arn, ...(filter ? { Filter: filter } : {}) };
    }),
  );
}

/**
 * The source bucket's whole notification configuration (S3 keeps one per bucket, and the source
 * stack owns it): the product's events first, then the user's own entries from the config.
 */
function notificationConfiguration(topology: Topology): Json | undefined {
  const events = productEvents(topology);
  const own = topology.monitoring.bucketNotifications;
  const topics = [
    ...events.map((Event) => ({ Event, Topic: topicArnOf(topology) })),
    ...entries(own.topics, 'Topic'),
  ];
  const queues = entries(own.queues, 'Queue');
  const functions = entries(own.functions, 'Function');
  if (topics.length + queues.length + functions.length === 0 && !own.eventBridge) return undefined;
  return {
    ...(topics.length > 0 ? { TopicConfigurations: topics } : {}),
    ...(queues.length > 0 ? { QueueConfigurations: queues } : {}),
    ...(functions.length > 0 ? { LambdaConfigurations: functions } : {}),
    ...(own.eventBridge ? { EventBridgeConfiguration: { EventBridgeEnabled: true } } : {}),
  };
}

export interface Alerts {
  readonly resources: Readonly<Record<string, Resource>>;
  readonly outputs: Readonly<Record<string, Output>>;
  /** Properties the source bucket gains (its NotificationConfiguration). */
  readonly bucketProperties: Readonly<Record<string, Json>>;
  /** S3 sends a test event when the configuration is set: the topic policy must be in place first. */
  readonly bucketDependsOn: readonly string[];
}

/** The source stack's monitoring resources. */
export function alertsOf(topology: Topology): Alerts {
  const resources: Record<string, Resource> = {};
  const outputs: Record<string, Output> = {};
  const { monitoring } = topology;
  const created = monitoring.topic.kind === 'create' && topicNeeded(topology);
  if (created && monitoring.topic.kind === 'create') {
    resources.AlertsKey = kmsKeyResource({
      description: `s3-xrepl: encrypts the replication alerts of topology "${topology.name}" on their topic`,
      extraStatements: keyStatements(topology, TEMPLATE_PLACE, false),
    });
    resources.AlertsTopic = {
      Type: 'AWS::SNS::Topic',
      Properties: {
        TopicName: monitoring.topic.name,
        DisplayName: `s3-xrepl ${topology.name}`,
        KmsMasterKeyId: getAtt('AlertsKey', 'Arn'),
      },
    };
    resources.AlertsTopicPolicy = {
      Type: 'AWS::SNS::TopicPolicy',
      Properties: {
        Topics: [ref('AlertsTopic')],
        PolicyDocument: policyDocument(
          publishStatements(topology, ref('AlertsTopic'), TEMPLATE_PLACE, false),
        ),
      },
    };
    monitoring.subscriptions.forEach((s, i) => {
      resources[`AlertsSubscription${i + 1}`] = {
        Type: 'AWS::SNS::Subscription',
        Properties: { TopicArn: ref('AlertsTopic'), Protocol: s.protocol, Endpoint: s.endpoint },
      };
    });
  }
  if (topicNeeded(topology))
    outputs[ALERTS_OUTPUTS.topicArn] = {
      Description: 'ARN of the topic that failure events and alarms notify.',
      Value: topicArnOf(topology),
    };
  if (created)
    outputs[ALERTS_OUTPUTS.keyArn] = {
      Description: 'ARN of the key that encrypts the alerts on their topic.',
      Value: getAtt('AlertsKey', 'Arn'),
    };
  for (const a of alarmsOf(topology)) resources[a.logicalId] = alarmResource(a, topicArnOf(topology));
  const notifications = notificationConfiguration(topology);
  return {
    resources,
    outputs,
    bucketProperties: notifications ? { NotificationConfiguration: notifications } : {},
    bucketDependsOn: created ? ['AlertsTopicPolicy'] : [],
  };
}

/**
 * What a topic the config names (monitoring.topic: ARN) needs, which its owner must add: the
 * product does not manage that topic's policy or key.
 */
export function existingTopicNote(topology: Topology): string | undefined {
  const { topic } = topology.monitoring;
  if (topic.kind !== 'existing' || !topicNeeded(topology)) return undefined;
  const [, partition = '', , region = '', account = ''] = topic.arn.split(':');
  const p = { partition, region, account: topology.source.account };
  return (
    `monitoring.topic is ${topic.arn}, whose policy this tool does not manage. Add these statements to its ` +
    'topic policy, or no failure event and no alarm will reach it:\n' +
    JSON.stringify(publishStatements(topology, topic.arn, p, true), null, 2) +
    (account === topology.source.account
      ? ''
      : '\nThe topic is in another account: CloudWatch alarms there must be allowed by that account too.') +
    '\nIf the topic is encrypted, its key (a customer managed key: the AWS managed aws/sns key cannot be ' +
    'opened to S3 or CloudWatch) needs these statements in its key policy:\n' +
    JSON.stringify(keyStatements(topology, p, true), null, 2) +
    topology.destinations
      .filter((d) => d.twoWay)
      .map(
        (d) =>
          `\nThe way back from destination "${d.id}" is watched in its own account and region (${d.account}, ${d.region}), ` +
          'where CloudWatch and S3 can notify: its stack creates a topic of its own for that, with the same subscriptions.',
      )
      .join('')
  );
}
