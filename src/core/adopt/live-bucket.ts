import type { S3ReplicationConfiguration } from '../drift/replication-config.js';

/**
 * An existing bucket as the S3 API reads it back (AWS SDK v3 shapes), before it is adopted. An
 * absent field means S3 answered "not configured"; reading it failed otherwise (read-live-bucket.ts).
 */
export interface LiveBucketSettings {
  readonly name: string;
  /** Absent: versioning was never enabled. */
  readonly versioning?: 'Enabled' | 'Suspended';
  readonly encryption?: {
    readonly algorithm: string;
    readonly kmsKeyId?: string;
    readonly bucketKey?: boolean;
  };
  readonly ownership?: string;
  readonly publicAccessBlock?: Readonly<Record<string, boolean>>;
  readonly policy?: { readonly Statement?: readonly LiveStatement[] };
  readonly replication?: S3ReplicationConfiguration;
  readonly notifications: readonly LiveNotification[];
  readonly lifecycleRules: readonly LiveLifecycleRule[];
  readonly objectLock?: { readonly enabled: boolean };
  readonly tags: Readonly<Record<string, string>>;
  /** From the daily CloudWatch storage metrics; absent when S3 has published none yet. */
  readonly objects?: { readonly count: number; readonly bytes?: number; readonly day: string };
  /** Why the storage metrics could not be read (the plan role may not read CloudWatch). */
  readonly objectsUnreadable?: string;
  /** The stack that already manages the bucket, if one does. */
  readonly ownerStack?: string;
  /** How many resources that stack has (1: only this bucket, imported and not yet updated). */
  readonly ownerStackResources?: number;
}

export interface LiveStatement {
  readonly Sid?: string;
  readonly [k: string]: unknown;
}

export interface LiveNotification {
  /** S3's configuration Id; "EventBridge" for the EventBridge switch, which has none. */
  readonly id: string;
  readonly kind: 'topic' | 'queue' | 'function' | 'eventbridge';
  readonly arn?: string;
  readonly events: readonly string[];
  readonly filterRules?: readonly { readonly Name?: string; readonly Value?: string }[];
}

export interface LiveLifecycleRule {
  readonly ID?: string;
  readonly [k: string]: unknown;
}

/** A statement's name in tables and in `adopt:`: its Sid, or "#<n>" (1-based) when it has none. */
export const statementName = (s: LiveStatement, index: number): string =>
  typeof s.Sid === 'string' && s.Sid !== '' ? s.Sid : `#${index + 1}`;
