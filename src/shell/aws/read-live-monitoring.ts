import { DescribeAlarmsCommand, type MetricAlarm } from '@aws-sdk/client-cloudwatch';
import { GetBucketNotificationConfigurationCommand } from '@aws-sdk/client-s3';
import { GetTopicAttributesCommand } from '@aws-sdk/client-sns';
import { absent, read, unreadable, type Observed } from '../../core/drift/expected-state.js';
import type {
  ExpectedMonitoring,
  LiveAlarm,
  LiveMonitoring,
  LiveTopic,
  S3NotificationConfiguration,
} from '../../core/drift/expected-monitoring.js';
import type { AccountClients } from './clients.js';
import { observe } from './read-live-state.js';

/** DescribeAlarms takes at most 100 names a call. */
const NAMES_PER_CALL = 100;

/** The alarms by name: each one read, or absent when CloudWatch has no alarm of that name. */
export async function readAlarms(
  cloudwatch: Pick<AccountClients['cloudwatch'], 'send'>,
  names: readonly string[],
): Promise<Map<string, Observed<LiveAlarm>>> {
  const out = new Map<string, Observed<LiveAlarm>>();
  for (let i = 0; i < names.length; i += NAMES_PER_CALL) {
    const batch = names.slice(i, i + NAMES_PER_CALL);
    try {
      const found = new Map<string, MetricAlarm>();
      let NextToken: string | undefined;
      do {
        const page = await cloudwatch.send(
          new DescribeAlarmsCommand({ AlarmNames: batch, AlarmTypes: ['MetricAlarm'], NextToken }),
        );
        for (const a of page.MetricAlarms ?? []) if (a.AlarmName) found.set(a.AlarmName, a);
        NextToken = page.NextToken;
      } while (NextToken);
      for (const name of batch) {
        const a = found.get(name);
        out.set(name, a ? read(liveAlarmOf(a)) : absent('no alarm of this name'));
      }
    } catch (e) {
      for (const name of batch) out.set(name, unreadable(`${(e as Error).name}: ${(e as Error).message}`));
    }
  }
  return out;
}

function liveAlarmOf(a: MetricAlarm): LiveAlarm {
  return {
    ...(a.Namespace !== undefined ? { namespace: a.Namespace } : {}),
    ...(a.MetricName !== undefined ? { metricName: a.MetricName } : {}),
    dimensions: Object.fromEntries((a.Dimensions ?? []).map((d) => [d.Name ?? '', d.Value ?? ''])),
    ...(a.Statistic !== undefined ? { statistic: a.Statistic } : {}),
    ...(a.Period !== undefined ? { period: a.Period } : {}),
    ...(a.EvaluationPeriods !== undefined ? { evaluationPeriods: a.EvaluationPeriods } : {}),
    ...(a.DatapointsToAlarm !== undefined ? { datapointsToAlarm: a.DatapointsToAlarm } : {}),
    ...(a.Threshold !== undefined ? { threshold: a.Threshold } : {}),
    ...(a.ComparisonOperator !== undefined ? { comparisonOperator: a.ComparisonOperator } : {}),
    // CloudWatch leaves TreatMissingData out when it is the default.
    treatMissingData: a.TreatMissingData ?? 'missing',
    actionsEnabled: a.ActionsEnabled ?? true,
    alarmActions: a.AlarmActions ?? [],
    okActions: a.OKActions ?? [],
    ...(a.StateValue !== undefined ? { stateValue: a.StateValue } : {}),
    ...(a.StateReason !== undefined ? { stateReason: a.StateReason } : {}),
    ...(a.StateUpdatedTimestamp !== undefined ? { stateUpdated: a.StateUpdatedTimestamp.toISOString() } : {}),
  };
}

/** Reads, through CloudWatch, SNS and S3, everything an expected monitoring names. */
export async function readLiveMonitoring(
  expected: ExpectedMonitoring,
  c: Pick<AccountClients, 's3' | 'cloudwatch' | 'sns'>,
): Promise<LiveMonitoring> {
  const topics: Record<string, LiveTopic> = {};
  const notifications: Record<string, Observed<S3NotificationConfiguration>> = {};
  const [alarms] = await Promise.all([
    expected.alarms.length > 0
      ? readAlarms(
          c.cloudwatch,
          expected.alarms.map((a) => a.name),
        )
      : new Map<string, Observed<LiveAlarm>>(),
    ...expected.topics.map(async (t) => {
      const attributes = await observe(
        async () => (await c.sns.send(new GetTopicAttributesCommand({ TopicArn: t.arn }))).Attributes,
      );
      topics[t.logicalId] =
        attributes.state === 'read'
          ? {
              policy: attributes.value.Policy !== undefined ? read(attributes.value.Policy) : absent(),
              kmsKeyId:
                attributes.value.KmsMasterKeyId !== undefined
                  ? read(attributes.value.KmsMasterKeyId)
                  : absent(),
            }
          : { policy: attributes, kmsKeyId: attributes };
    }),
    ...expected.notifications.map(async (n) => {
      notifications[n.bucketLogicalId] = await observe(
        async () =>
          (await c.s3.send(
            new GetBucketNotificationConfigurationCommand({ Bucket: n.bucket }),
          )) as S3NotificationConfiguration,
      );
    }),
  ]);
  return {
    alarms: Object.fromEntries(
      expected.alarms.map((a) => [a.logicalId, alarms.get(a.name) ?? unreadable('not read')]),
    ),
    topics,
    notifications,
  };
}
