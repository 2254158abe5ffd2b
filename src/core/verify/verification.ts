import type { StackDrift } from '../drift/drift-report.js';

/** One check of a replica against what S3 promises for it. */
export interface Check {
  readonly name: string;
  readonly ok: boolean;
  readonly expected?: string;
  readonly actual?: string;
}

export type VerificationStatus = 'pass' | 'fail' | 'timeout' | 'unverifiable';

export interface DestinationVerification {
  readonly destinationId: string;
  readonly account: string;
  readonly region: string;
  readonly bucket: string;
  readonly status: VerificationStatus;
  /** The source version's last ReplicationStatus (undefined: S3 gave none). */
  readonly replicationStatus?: string;
  /** From the canary's PutObject to the poll that saw COMPLETED (an upper bound: one poll interval). */
  readonly latencyMs?: number;
  readonly checks: readonly Check[];
  readonly key?: string;
  readonly versionId?: string;
  /** What to look at when it did not pass, most likely first; empty when `brokenLinks` name the cause. */
  readonly hints: readonly string[];
  /**
   * The stacks of the chain (this destination's and the source's) whose live state differs from
   * what they deployed, with only what drifted: the broken link, when the live state shows it.
   */
  readonly brokenLinks?: readonly StackDrift[];
  /** Canary versions that could not be deleted (the lifecycle backstop expires them). */
  readonly leftBehind: readonly string[];
  /** S3's own failure event for the canary, when it FAILED and the event reached verify. */
  readonly failureEvent?: FailureEventSeen;
  /** Why there is no failure event to show, when the canary FAILED. */
  readonly failureEventNote?: string;
}

/** What S3 said in `replicationEventData` of the canary's failure event. */
export interface FailureEventSeen {
  readonly reason: string;
  /** What the reason means here (failure-reasons.ts); absent for a code this product does not know. */
  readonly description?: string;
  readonly ruleId?: string;
  readonly eventTime?: string;
}

/** One alarm of the topology as CloudWatch had it when verify ran. */
export interface AlarmObservation {
  readonly name: string;
  readonly destinationId: string;
  readonly s3RuleId: string;
  readonly metric: string;
  /** OK, ALARM, INSUFFICIENT_DATA, or `missing` when CloudWatch has no alarm of that name. */
  readonly state: string;
  readonly reason?: string;
  readonly since?: string;
}

/** Replication failures CloudWatch counted per S3 rule over the last hours (only rules with any). */
export interface RecentFailures {
  readonly s3RuleId: string;
  readonly destinationId: string;
  readonly operations: number;
}

export interface MonitoringObservation {
  readonly alarms: readonly AlarmObservation[];
  readonly recentFailures: readonly RecentFailures[];
  readonly hours: number;
  /** What could not be read, in a sentence each. */
  readonly notes: readonly string[];
}

export interface VerifyReport {
  readonly topology: string;
  readonly configPath: string;
  readonly destinations: readonly DestinationVerification[];
  /** Alarms and recent failures of the topology's rules; absent when it has no monitoring. */
  readonly monitoring?: MonitoringObservation;
}

/** Alarms that are firing, or that someone deleted: each silences or reports a failure. */
export const alarmsNeedingAttention = (r: VerifyReport): AlarmObservation[] =>
  (r.monitoring?.alarms ?? []).filter((a) => a.state === 'ALARM' || a.state === 'missing');

/** Every destination passed, or has no enabled rule to carry a canary (a warning, not a failure). */
export const verified = (r: VerifyReport): boolean =>
  r.destinations.every((d) => d.status === 'pass' || d.status === 'unverifiable');

/**
 * DESIGN.md §1's usual causes of FAILED, which S3 reports without a reason: the permission chain
 * link by link, from the most common.
 */
export function failedHints(d: { destinationId: string; region: string; bucket: string }): string[] {
  return [
    `the key policy of ${d.destinationId}'s replica key: it must allow the replication role kms:Encrypt and kms:GenerateDataKey (kms:ViaService s3.${d.region}.amazonaws.com)`,
    `the replication role's policy: kms:Encrypt and kms:GenerateDataKey on ${d.destinationId}'s key ARN, kms:Decrypt on the source key, s3:ReplicateObject on ${d.bucket}/*`,
    `the bucket policy of ${d.bucket}: it must allow the replication role s3:ReplicateObject and s3:ReplicateTags`,
    `versioning of ${d.bucket}: it must be Enabled`,
    `ReplicaKmsKeyID in the replication rule: the key ARN of ${d.destinationId}'s key, in ${d.region} (not an alias, not aws/s3)`,
  ];
}

export function timeoutHints(status: string | undefined): string[] {
  if (status === undefined)
    return [
      'S3 set no replication status at all: no enabled rule matched the canary, or the rule lacks SourceSelectionCriteria SseKmsEncryptedObjects (SSE-KMS objects are then silently skipped)',
    ];
  return [
    'still PENDING: replication can take minutes (Replication Time Control promises 15); raise verify-timeout-minutes, or look at the replication metrics of the rule',
  ];
}
