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
  readonly options?: {
    readonly stackPrefix?: string;
    readonly bucketKeys?: boolean;
    readonly hardenTrust?: boolean;
    readonly noncurrentVersionExpirationDays?: number;
  };
}
