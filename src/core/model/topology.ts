import type { Partition } from '../config/regions.js';

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
  readonly metrics: boolean;
  readonly ownerTranslation: boolean;
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
}
