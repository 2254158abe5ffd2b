/**
 * Drift of what tells someone when replication breaks: the alarms, the topic's policy and key, and
 * the source bucket's notification configuration, as a resolved template declares them against
 * what CloudWatch, SNS and S3 answer. (Replication metrics are part of the replication rules,
 * compared in replication-config.ts.) An alarm deleted, a topic policy that no longer lets S3
 * publish, or a notification entry removed out of band would silence every later failure: each is
 * drift, reported like any other.
 */
import type { ResolvedResource, ResolvedTemplate } from '../templates/resolve.js';
import { finding, policyFinding, sameOrDrifted, type Finding, type Observed } from './expected-state.js';

// ---- expected ----

/** The settings of an alarm that decide when it fires and whom it tells. */
export interface AlarmSettings {
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, string>>;
  readonly statistic: string;
  readonly period: number;
  readonly evaluationPeriods: number;
  readonly datapointsToAlarm?: number;
  readonly threshold: number;
  readonly comparisonOperator: string;
  readonly treatMissingData: string;
  readonly actionsEnabled: boolean;
  readonly alarmActions: readonly string[];
  readonly okActions: readonly string[];
}

export interface ExpectedAlarm {
  readonly logicalId: string;
  readonly name: string;
  readonly settings: AlarmSettings;
}

export interface ExpectedTopic {
  readonly logicalId: string;
  readonly arn: string;
  /** The key the topic is encrypted with, as the template names it. */
  readonly kmsKeyId?: string;
  /** The AWS::SNS::TopicPolicy naming this topic. */
  readonly policy?: { readonly logicalId: string; readonly document: unknown };
}

export interface ExpectedNotifications {
  readonly bucketLogicalId: string;
  readonly bucket: string;
  /** NotificationConfiguration as the template declares it (CloudFormation spelling). */
  readonly configuration: unknown;
}

export interface ExpectedMonitoring {
  readonly stack?: string;
  readonly alarms: readonly ExpectedAlarm[];
  readonly topics: readonly ExpectedTopic[];
  readonly notifications: readonly ExpectedNotifications[];
}

// ---- live ----

/** DescribeAlarms' MetricAlarm, in the fields compared, plus its state for verify. */
export interface LiveAlarm extends Partial<AlarmSettings> {
  readonly stateValue?: string;
  readonly stateReason?: string;
  readonly stateUpdated?: string;
}

export interface LiveTopic {
  /** GetTopicAttributes Policy. */
  readonly policy?: Observed<unknown>;
  /** GetTopicAttributes KmsMasterKeyId; absent when the topic is not encrypted. */
  readonly kmsKeyId?: Observed<string>;
}

/** GetBucketNotificationConfiguration, in the SDK's spelling. */
export interface S3NotificationConfiguration {
  readonly TopicConfigurations?: readonly S3NotificationEntry<'TopicArn'>[];
  readonly QueueConfigurations?: readonly S3NotificationEntry<'QueueArn'>[];
  readonly LambdaFunctionConfigurations?: readonly S3NotificationEntry<'LambdaFunctionArn'>[];
  readonly EventBridgeConfiguration?: unknown;
}
type S3NotificationEntry<K extends string> = { readonly [P in K]?: string } & {
  readonly Events?: readonly string[];
  readonly Filter?: {
    readonly Key?: { readonly FilterRules?: readonly { Name?: string; Value?: string }[] };
  };
};

export interface LiveMonitoring {
  /** By logical id; absent (not found) when the alarm is gone. */
  readonly alarms?: Readonly<Record<string, Observed<LiveAlarm>>>;
  readonly topics?: Readonly<Record<string, LiveTopic>>;
  /** By the bucket's logical id. */
  readonly notifications?: Readonly<Record<string, Observed<S3NotificationConfiguration>>>;
}

// ---- template → expected ----

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const num = (v: unknown): number | undefined =>
  v === undefined || v === null || v === '' ? undefined : Number(v);

export function expectedMonitoring(resolved: ResolvedTemplate, stack?: string): ExpectedMonitoring {
  const entries = Object.entries(resolved.resources);
  const ofType = (type: string) => entries.filter(([, r]) => r.type === type);
  const topics: ExpectedTopic[] = ofType('AWS::SNS::Topic').map(([logicalId, r]) => ({
    logicalId,
    arn: r.physicalId ?? '',
    ...(text(r.properties.KmsMasterKeyId) !== undefined
      ? { kmsKeyId: text(r.properties.KmsMasterKeyId)! }
      : {}),
  }));
  for (const [logicalId, r] of ofType('AWS::SNS::TopicPolicy')) {
    for (const arn of list(r.properties.Topics)) {
      const i = topics.findIndex((t) => t.arn === arn);
      // A policy on a topic this stack does not create (monitoring.topic: ARN) is not ours to check.
      if (i >= 0) topics[i] = { ...topics[i]!, policy: { logicalId, document: r.properties.PolicyDocument } };
    }
  }
  return {
    ...(stack !== undefined ? { stack } : {}),
    alarms: ofType('AWS::CloudWatch::Alarm').map(([logicalId, r]) => expectedAlarm(logicalId, r)),
    topics,
    notifications: ofType('AWS::S3::Bucket')
      .filter(([, r]) => r.properties.NotificationConfiguration !== undefined)
      .map(([logicalId, r]) => ({
        bucketLogicalId: logicalId,
        bucket: r.physicalId ?? String(r.properties.BucketName),
        configuration: r.properties.NotificationConfiguration,
      })),
  };
}

function expectedAlarm(logicalId: string, r: ResolvedResource): ExpectedAlarm {
  const p = r.properties;
  const name = r.physicalId ?? text(p.AlarmName);
  if (name === undefined) throw new Error(`${logicalId}: no physical id and no AlarmName`);
  const dimensions: Record<string, string> = {};
  for (const d of Array.isArray(p.Dimensions) ? p.Dimensions : [])
    if (isObject(d)) dimensions[String(d.Name)] = String(d.Value);
  const datapoints = num(p.DatapointsToAlarm);
  return {
    logicalId,
    name,
    settings: {
      namespace: String(p.Namespace),
      metricName: String(p.MetricName),
      dimensions,
      statistic: String(p.Statistic),
      period: Number(p.Period),
      evaluationPeriods: Number(p.EvaluationPeriods),
      ...(datapoints !== undefined ? { datapointsToAlarm: datapoints } : {}),
      threshold: Number(p.Threshold),
      comparisonOperator: String(p.ComparisonOperator),
      // CloudWatch's default when a template leaves it out.
      treatMissingData: text(p.TreatMissingData) ?? 'missing',
      actionsEnabled:
        p.ActionsEnabled === undefined || p.ActionsEnabled === true || p.ActionsEnabled === 'true',
      alarmActions: list(p.AlarmActions),
      okActions: list(p.OKActions),
    },
  };
}

// ---- expected vs live ----

export function compareMonitoring(expected: ExpectedMonitoring, live: LiveMonitoring): Finding[] {
  const out: Finding[] = [];
  const add = (f: Finding) => out.push(expected.stack !== undefined ? { stack: expected.stack, ...f } : f);
  for (const a of expected.alarms) add(alarmFinding(a, live.alarms?.[a.logicalId]));
  for (const t of expected.topics) {
    const l = live.topics?.[t.logicalId] ?? {};
    if (t.policy)
      add(
        policyFinding(
          { resource: t.policy.logicalId, what: 'topic policy' },
          t.policy.document,
          l.policy,
          'no topic policy (or the topic is gone)',
        ),
      );
    const want = t.kmsKeyId ?? 'none';
    add(
      finding({ resource: t.logicalId, what: 'topic encryption', expected: want }, l.kmsKeyId, (v) => ({
        status: sameOrDrifted((v ?? 'none') === want),
        actual: v ?? 'not encrypted (or the topic is gone)',
      })),
    );
  }
  for (const n of expected.notifications)
    add(notificationsFinding(n, live.notifications?.[n.bucketLogicalId]));
  return out;
}

export function describeAlarm(s: Partial<AlarmSettings>): string {
  return `${s.metricName ?? '?'} ${s.statistic ?? '?'} > ${s.threshold ?? '?'} over ${s.evaluationPeriods ?? '?'} × ${s.period ?? '?'} s, missing data ${s.treatMissingData ?? '?'}`;
}

function alarmFinding(a: ExpectedAlarm, observed: Observed<LiveAlarm> | undefined): Finding {
  return finding(
    { resource: a.logicalId, what: 'alarm', subject: a.name, expected: describeAlarm(a.settings) },
    observed,
    (v) => {
      if (v === undefined) return { status: 'drifted', actual: 'alarm deleted: nothing will fire' };
      const differences = alarmDifferences(a.settings, v);
      return {
        status: sameOrDrifted(differences.length === 0),
        actual: describeAlarm(v),
        ...(differences.length > 0 ? { detail: differences } : {}),
      };
    },
  );
}

const sameSet = (a: readonly string[], b: readonly string[] = []) =>
  a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

function alarmDifferences(want: AlarmSettings, have: LiveAlarm): string[] {
  const out: string[] = [];
  const scalar = <K extends keyof AlarmSettings>(key: K, label: string) => {
    const w = want[key];
    const h = have[key];
    if (w === undefined) return;
    if (String(w) !== String(h))
      out.push(`${label}: expected ${String(w)}, found ${h === undefined ? '(none)' : String(h)}`);
  };
  scalar('namespace', 'Namespace');
  scalar('metricName', 'MetricName');
  scalar('statistic', 'Statistic');
  scalar('period', 'Period');
  scalar('evaluationPeriods', 'EvaluationPeriods');
  scalar('datapointsToAlarm', 'DatapointsToAlarm');
  scalar('threshold', 'Threshold');
  scalar('comparisonOperator', 'ComparisonOperator');
  scalar('treatMissingData', 'TreatMissingData');
  if (want.actionsEnabled !== (have.actionsEnabled ?? true))
    out.push(
      `actions: expected ${want.actionsEnabled ? 'enabled' : 'disabled'}, found ${want.actionsEnabled ? 'disabled' : 'enabled'}`,
    );
  const dims = (d: Readonly<Record<string, string>> = {}) =>
    Object.entries(d)
      .map(([k, v]) => `${k}=${v}`)
      .sort();
  if (!sameSet(dims(want.dimensions), dims(have.dimensions)))
    out.push(
      `Dimensions: expected ${dims(want.dimensions).join(', ')}, found ${dims(have.dimensions).join(', ') || '(none)'}`,
    );
  if (!sameSet(want.alarmActions, have.alarmActions))
    out.push(
      `AlarmActions: expected ${want.alarmActions.join(', ') || '(none)'}, found ${(have.alarmActions ?? []).join(', ') || '(none)'}`,
    );
  if (!sameSet(want.okActions, have.okActions))
    out.push(
      `OKActions: expected ${want.okActions.join(', ') || '(none)'}, found ${(have.okActions ?? []).join(', ') || '(none)'}`,
    );
  return out;
}

/** One entry per target and event, the same whichever spelling (CloudFormation's or S3's) it came in. */
function cfnEntries(configuration: unknown): { entries: string[]; eventBridge: boolean } {
  const c = isObject(configuration) ? configuration : {};
  const entries: string[] = [];
  const kinds = [
    ['TopicConfigurations', 'Topic', 'topic'],
    ['QueueConfigurations', 'Queue', 'queue'],
    ['LambdaConfigurations', 'Function', 'function'],
  ] as const;
  for (const [key, arnKey, kind] of kinds) {
    for (const e of Array.isArray(c[key]) ? c[key] : []) {
      if (!isObject(e)) continue;
      const rules = isObject(e.Filter) && isObject(e.Filter.S3Key) ? e.Filter.S3Key.Rules : [];
      entries.push(entry(kind, String(e[arnKey]), String(e.Event), Array.isArray(rules) ? rules : []));
    }
  }
  const eb = c.EventBridgeConfiguration;
  return {
    entries,
    eventBridge: isObject(eb) && (eb.EventBridgeEnabled === true || eb.EventBridgeEnabled === 'true'),
  };
}

function s3Entries(c: S3NotificationConfiguration): { entries: string[]; eventBridge: boolean } {
  const entries: string[] = [];
  const each = <K extends string>(
    list: readonly S3NotificationEntry<K>[] | undefined,
    arnKey: K,
    kind: string,
  ) => {
    for (const e of list ?? [])
      for (const event of e.Events ?? [])
        entries.push(entry(kind, String(e[arnKey]), event, e.Filter?.Key?.FilterRules ?? []));
  };
  each(c.TopicConfigurations, 'TopicArn', 'topic');
  each(c.QueueConfigurations, 'QueueArn', 'queue');
  each(c.LambdaFunctionConfigurations, 'LambdaFunctionArn', 'function');
  return { entries, eventBridge: c.EventBridgeConfiguration !== undefined };
}

function entry(kind: string, arn: string, event: string, rules: readonly unknown[]): string {
  const filter = rules
    .filter(isObject)
    .map((r) => `${String(r.Name).toLowerCase()}=${String(r.Value)}`)
    .sort()
    .join(' ');
  return `${kind} ${arn} ${event}${filter ? ` (${filter})` : ''}`;
}

function notificationsFinding(
  n: ExpectedNotifications,
  observed: Observed<S3NotificationConfiguration> | undefined,
): Finding {
  const want = cfnEntries(n.configuration);
  const describe = (x: { entries: string[]; eventBridge: boolean }) =>
    `${x.entries.length} ${x.entries.length === 1 ? 'entry' : 'entries'}${x.eventBridge ? ' and EventBridge' : ''}`;
  return finding(
    { resource: n.bucketLogicalId, what: 'notifications', expected: describe(want) },
    observed,
    (v) => {
      const have = v ? s3Entries(v) : { entries: [], eventBridge: false };
      const detail = [
        ...want.entries.filter((e) => !have.entries.includes(e)).map((e) => `missing: ${e}`),
        ...have.entries.filter((e) => !want.entries.includes(e)).map((e) => `unexpected: ${e}`),
        ...(want.eventBridge !== have.eventBridge
          ? [
              `EventBridge: expected ${want.eventBridge ? 'on' : 'off'}, found ${have.eventBridge ? 'on' : 'off'}`,
            ]
          : []),
      ];
      return {
        status: sameOrDrifted(detail.length === 0),
        actual: v ? describe(have) : 'no notification configuration',
        ...(detail.length > 0 ? { detail } : {}),
      };
    },
  );
}
