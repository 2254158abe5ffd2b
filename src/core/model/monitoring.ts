/**
 * What the monitoring of a topology consists of, derived once from the model so the template, the
 * plan's cost estimate, verify and drift all count the same alarms and events.
 *
 * Alarm choices (the issue asks to say why):
 * - Period 300 s: S3 publishes replication metrics per minute; five minutes pages within minutes
 *   of a failure without flapping on one late datapoint, and the failure events below reach the
 *   topic per object, sooner.
 * - TreatMissingData notBreaching: a rule that replicates nothing publishes no datapoints, and
 *   "nothing failed" must read OK, not INSUFFICIENT_DATA (which pages nobody and hides the next
 *   real failure behind an alarm that never left its first state) nor ALARM (which pages for
 *   silence). The one risk of reading silence as health, metrics switched off out of band, is what
 *   drift checks: it compares every rule's Metrics with the template.
 */
import { sha256 } from '../report/sha256.js';
import { FAILURE_EVENT, RTC_EVENTS } from '../config/monitoring-shape.js';
import { logicalIdOf } from './names.js';
import type { Destination, Rule, Topology } from './topology.js';

export const METRIC_NAMESPACE = 'AWS/S3';
/** The RTC threshold: S3 promises 99.99% of objects within 15 minutes. */
export const RTC_THRESHOLD_SECONDS = 900;
/** Replication metrics S3 publishes per rule and destination when Metrics is Enabled. */
export const REPLICATION_METRICS = [
  'ReplicationLatency',
  'BytesPendingReplication',
  'OperationsPendingReplication',
  'OperationsFailedReplication',
] as const;

export type AlarmKind = 'failed-operations' | 'latency' | 'backlog';

export interface AlarmSpec {
  readonly logicalId: string;
  /** `<prefix>-<topology>-<S3 rule id>-<kind>`: the bootstrap's roles reach `<prefix>-*` alarms only. */
  readonly name: string;
  readonly kind: AlarmKind;
  readonly metric: 'OperationsFailedReplication' | 'ReplicationLatency' | 'OperationsPendingReplication';
  readonly statistic: 'Sum' | 'Maximum';
  readonly periodSeconds: number;
  readonly evaluationPeriods: number;
  readonly threshold: number;
  readonly comparison: 'GreaterThanThreshold';
  readonly treatMissingData: 'notBreaching';
  readonly description: string;
  readonly destinationId: string;
  readonly ruleId: string;
  /** The S3 rule (and RuleId dimension) the alarm watches. */
  readonly s3RuleId: string;
  readonly dimensions: {
    readonly SourceBucket: string;
    readonly DestinationBucket: string;
    readonly RuleId: string;
  };
}

/** The S3 rule id of a (rule, destination) pair: one S3 rule each (replication-rules.ts). */
export const s3RuleIdOf = (rule: Pick<Rule, 'id'>, d: Pick<Destination, 'id'>): string =>
  `${rule.id}-${d.id}`;

/** S3 rules with their destination, in the order the replication configuration lists them. */
export function s3Rules(topology: Topology): { rule: Rule; destination: Destination; s3RuleId: string }[] {
  const byId = new Map(topology.destinations.map((d) => [d.id, d] as const));
  return topology.rules.flatMap((rule) =>
    rule.destinationIds.map((id) => {
      const destination = byId.get(id);
      if (!destination) throw new Error(`internal: rule ${rule.id} names unknown destination ${id}`);
      return { rule, destination, s3RuleId: s3RuleIdOf(rule, destination) };
    }),
  );
}

const MAX_ALARM_NAME = 255;

function alarmName(topology: Topology, s3RuleId: string, kind: AlarmKind): string {
  const head = `${topology.stackPrefix}-${topology.name}-`;
  const name = `${head}${s3RuleId}-${kind}`;
  if (name.length <= MAX_ALARM_NAME) return name;
  // A long rule id is cut, and a hash of the whole keeps the names of two such rules apart.
  const hash = sha256(s3RuleId).slice(0, 8);
  return `${head}${s3RuleId.slice(0, MAX_ALARM_NAME - head.length - kind.length - 10)}-${hash}-${kind}`;
}

/**
 * Every alarm the source stack declares: per S3 rule whose destination has metrics. Given a way
 * back (way-back.ts), the alarms its two-way destination's stack declares.
 */
export function alarmsOf(topology: Topology): AlarmSpec[] {
  const { alarms } = topology.monitoring;
  const out: AlarmSpec[] = [];
  const usedIds = new Set<string>();
  const logicalId = (base: string) => {
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}${n}`;
    usedIds.add(id);
    return id;
  };
  for (const { rule, destination: d, s3RuleId } of s3Rules(topology)) {
    if (!d.metrics) continue;
    const common = {
      destinationId: d.id,
      ruleId: rule.id,
      s3RuleId,
      comparison: 'GreaterThanThreshold' as const,
      treatMissingData: 'notBreaching' as const,
      periodSeconds: 300,
      dimensions: { SourceBucket: topology.source.bucket, DestinationBucket: d.bucket, RuleId: s3RuleId },
    };
    const id = `Alarm${logicalIdOf(s3RuleId)}`;
    if (alarms.failedOperations)
      out.push({
        ...common,
        kind: 'failed-operations',
        logicalId: logicalId(`${id}Failed`),
        name: alarmName(topology, s3RuleId, 'failed-operations'),
        metric: 'OperationsFailedReplication',
        statistic: 'Sum',
        evaluationPeriods: 1,
        threshold: 0,
        description: `s3-xrepl: objects failed to replicate from ${topology.source.bucket} to ${d.bucket} (rule ${s3RuleId}); the failure events on the topic say why.`,
      });
    if (alarms.latency && d.replicationTime)
      out.push({
        ...common,
        kind: 'latency',
        logicalId: logicalId(`${id}Latency`),
        name: alarmName(topology, s3RuleId, 'latency'),
        metric: 'ReplicationLatency',
        statistic: 'Maximum',
        evaluationPeriods: 1,
        threshold: RTC_THRESHOLD_SECONDS,
        description: `s3-xrepl: replication from ${topology.source.bucket} to ${d.bucket} (rule ${s3RuleId}) is behind the 15-minute Replication Time Control threshold.`,
      });
    if (alarms.backlog)
      out.push({
        ...common,
        kind: 'backlog',
        logicalId: logicalId(`${id}Backlog`),
        name: alarmName(topology, s3RuleId, 'backlog'),
        metric: 'OperationsPendingReplication',
        statistic: 'Maximum',
        evaluationPeriods: alarms.backlog.minutes / 5,
        threshold: alarms.backlog.operations,
        description: `s3-xrepl: more than ${alarms.backlog.operations} operations have waited to replicate from ${topology.source.bucket} to ${d.bucket} (rule ${s3RuleId}) for ${alarms.backlog.minutes} minutes.`,
      });
  }
  return out;
}

/**
 * The event types the product routes to its topic. S3 sends failure events only for rules with
 * metrics, and the threshold events only for rules with RTC (S3 user guide, "Receiving replication
 * failure events with Amazon S3 Event Notifications").
 */
export function productEvents(topology: Topology): string[] {
  if (!topology.monitoring.failureEvents) return [];
  const used = new Set(topology.rules.flatMap((r) => r.destinationIds));
  const ds = topology.destinations.filter((d) => used.has(d.id));
  if (!ds.some((d) => d.metrics)) return [];
  return [FAILURE_EVENT, ...(ds.some((d) => d.replicationTime) ? RTC_EVENTS : [])];
}

/** Whether anything notifies the topic: without events or alarms the stack creates none. */
export function topicNeeded(topology: Topology): boolean {
  return productEvents(topology).length > 0 || alarmsOf(topology).length > 0;
}

/** The topic's ARN when the config names one, for messages; the created one is known after deploy. */
export function existingTopicArn(topology: Topology): string | undefined {
  return topology.monitoring.topic.kind === 'existing' ? topology.monitoring.topic.arn : undefined;
}
