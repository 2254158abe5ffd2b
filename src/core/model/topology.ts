import type { Partition } from '../config/regions.js';
import type { Adoption } from './adoption.js';

/** The validated config with every default applied and every name derived: what templates read. */
export type KeyChoice = { readonly kind: 'create' } | { readonly kind: 'existing'; readonly arn: string };

export interface Place {
  readonly account: string;
  readonly region: string;
  readonly bucket: string;
  readonly key: KeyChoice;
  readonly bucketKey: boolean;
  readonly tags: Readonly<Record<string, string>>;
  readonly stackName: string;
  /** Present when the bucket exists already and the stack imports it. */
  readonly adopt?: Adoption;
}

export interface Source extends Place {
  readonly replicationRoleName: string;
  /** The role S3 Batch Operations assumes to backfill (batchRoleNameOf the replication role). */
  readonly batchRoleName: string;
  /** The replication role's permissions boundary (absent: none, for accounts without the bootstrap). */
  readonly replicationBoundaryArn?: string;
}

export interface Destination extends Place {
  readonly id: string;
  /** Alphanumeric form of `id`, for parameter and logical ids. */
  readonly logicalId: string;
  readonly storageClass?: string;
  readonly replicationTime: boolean;
  /** S3 Replication metrics on this destination's rules: what alarms and failure events need. */
  readonly metrics: boolean;
  readonly ownerTranslation: boolean;
  /** Present when this bucket also replicates back to the source (a two-way pair). */
  readonly twoWay?: ReturnReplication;
}

/** The destination → source half of a two-way pair: its role lives in the destination's account. */
export interface ReturnReplication {
  readonly roleName: string;
  readonly boundaryArn?: string;
}

export interface TagFilter {
  readonly key: string;
  readonly value: string;
}

export interface Rule {
  readonly id: string;
  readonly priority: number;
  readonly prefix?: string;
  readonly tags: readonly TagFilter[];
  readonly destinationIds: readonly string[];
  readonly enabled: boolean;
  readonly deleteMarkerReplication: boolean;
  readonly replicaModificationSync: boolean;
}

export interface AccountRoles {
  readonly deployRoleArn: string;
  readonly planRoleArn: string;
  /** Absent when the config says `executionRole: none`: CloudFormation then acts with the deploy role itself. */
  readonly executionRoleArn?: string;
}

/** The destinations deployed as one self-managed StackSet instead of one stack each. */
export interface DestinationStackSet {
  readonly name: string;
  /** The administrator account and the StackSet's region. */
  readonly account: string;
  readonly region: string;
  readonly administrationRoleArn: string;
  readonly executionRoleName: string;
}

export interface NotificationTarget {
  readonly arn: string;
  readonly events: readonly string[];
  readonly prefix?: string;
  readonly suffix?: string;
}

/** The `monitoring:` block with its defaults (model/monitoring.ts derives alarms and events from it). */
export interface Monitoring {
  readonly failureEvents: boolean;
  readonly alarms: {
    readonly failedOperations: boolean;
    readonly latency: boolean;
    readonly backlog?: { readonly operations: number; readonly minutes: number };
  };
  /** The topic events and alarms notify: created by the source stack, or the user's own. */
  readonly topic:
    { readonly kind: 'create'; readonly name: string } | { readonly kind: 'existing'; readonly arn: string };
  readonly subscriptions: readonly { readonly protocol: 'email' | 'https'; readonly endpoint: string }[];
  /** The user's own entries in the source bucket's notification configuration. */
  readonly bucketNotifications: {
    readonly eventBridge: boolean;
    readonly topics: readonly NotificationTarget[];
    readonly queues: readonly NotificationTarget[];
    readonly functions: readonly NotificationTarget[];
  };
}

export interface Topology {
  readonly name: string;
  readonly partition: Partition;
  readonly stackPrefix: string;
  readonly source: Source;
  readonly destinations: readonly Destination[];
  readonly rules: readonly Rule[];
  readonly accounts: Readonly<Record<string, AccountRoles>>;
  readonly destinationStackSet?: DestinationStackSet;
  readonly hardenTrust: boolean;
  readonly noncurrentVersionExpirationDays?: number;
  readonly monitoring: Monitoring;
}
