/** The config as written by the user, after its shape was checked (defaults not yet applied). */
export type Tags = Readonly<Record<string, string>>;

export interface SourceConfig {
  readonly account: string;
  readonly region: string;
  readonly bucket: string;
  readonly kmsKey?: string;
  readonly bucketKey?: boolean;
  readonly replicationRoleName?: string;
  readonly tags?: Tags;
  readonly adopt?: AdoptConfig;
}

export interface DestinationConfig {
  readonly id: string;
  readonly account: string;
  readonly region: string;
  readonly bucket: string;
  readonly kmsKey?: string;
  readonly storageClass?: string;
  readonly replicationTime?: { readonly minutes: number };
  readonly metrics?: boolean;
  readonly ownerTranslation?: boolean;
  readonly bucketKey?: boolean;
  readonly tags?: Tags;
  /** This bucket also replicates back to the source (check-two-way.ts). */
  readonly twoWay?: boolean;
  readonly adopt?: AdoptConfig;
}

/** Live settings of an adopted bucket, by name (adopt-shape.ts). */
export interface AdoptedSettingsConfig {
  readonly replicationRules?: readonly string[];
  readonly policyStatements?: readonly string[];
  readonly lifecycleRules?: readonly string[];
  readonly notifications?: readonly string[];
}

/** `adopt:` on the source or a destination: the bucket exists and is imported. */
export interface AdoptConfig {
  readonly keep?: AdoptedSettingsConfig;
  readonly drop?: AdoptedSettingsConfig;
}

export interface RuleConfig {
  readonly id: string;
  readonly priority: number;
  readonly filter?: { readonly prefix?: string; readonly tags?: Tags };
  readonly destinations: readonly string[];
  readonly enabled?: boolean;
  readonly deleteMarkerReplication?: boolean;
  readonly replicaModificationSync?: boolean;
}

export interface NotificationTargetConfig {
  readonly arn: string;
  readonly events: readonly string[];
  readonly prefix?: string;
  readonly suffix?: string;
}

/** `monitoring:` (monitoring-shape.ts). */
export interface MonitoringConfig {
  readonly metrics?: boolean;
  readonly failureEvents?: boolean;
  readonly alarms?: {
    readonly failedOperations?: boolean;
    readonly latency?: boolean;
    readonly backlog?: { readonly operations: number; readonly minutes?: number };
  };
  readonly topic?: string;
  readonly subscriptions?: readonly { readonly protocol: 'email' | 'https'; readonly endpoint: string }[];
  readonly bucketNotifications?: {
    readonly eventBridge?: boolean;
    readonly topics?: readonly NotificationTargetConfig[];
    readonly queues?: readonly NotificationTargetConfig[];
    readonly functions?: readonly NotificationTargetConfig[];
  };
}

export interface AccountSettingsConfig {
  readonly deployRole?: string;
  readonly planRole?: string;
  readonly executionRole?: string;
  readonly permissionsBoundary?: string;
}

export interface Config {
  readonly version?: number;
  readonly name: string;
  readonly source: SourceConfig;
  readonly destinations: readonly DestinationConfig[];
  readonly rules: readonly RuleConfig[];
  readonly accounts?: Readonly<Record<string, AccountSettingsConfig>>;
  readonly destinationStackSet?: {
    readonly account?: string;
    readonly region?: string;
    readonly administrationRoleName?: string;
    readonly executionRoleName?: string;
  };
  readonly tags?: Tags;
  readonly monitoring?: MonitoringConfig;
  readonly options?: {
    readonly stackPrefix?: string;
    readonly bucketKeys?: boolean;
    readonly hardenTrust?: boolean;
    readonly noncurrentVersionExpirationDays?: number;
  };
}
