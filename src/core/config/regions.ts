export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov';

/**
 * Regions S3 replication can use, by partition. ARNs and service principals differ by partition,
 * and replication cannot cross one, so the partition is derived here rather than assumed.
 * Opt-in regions are included: whether an account has enabled one is checked at deploy time.
 */
const REGIONS: Readonly<Record<Partition, readonly string[]>> = {
  aws: [
    'us-east-1',
    'us-east-2',
    'us-west-1',
    'us-west-2',
    'af-south-1',
    'ap-east-1',
    'ap-east-2',
    'ap-south-1',
    'ap-south-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-northeast-3',
    'ap-southeast-1',
    'ap-southeast-2',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
    'ap-southeast-6',
    'ap-southeast-7',
    'ca-central-1',
    'ca-west-1',
    'eu-central-1',
    'eu-central-2',
    'eu-west-1',
    'eu-west-2',
    'eu-west-3',
    'eu-south-1',
    'eu-south-2',
    'eu-north-1',
    'il-central-1',
    'me-south-1',
    'me-central-1',
    'mx-central-1',
    'sa-east-1',
  ],
  'aws-cn': ['cn-north-1', 'cn-northwest-1'],
  'aws-us-gov': ['us-gov-west-1', 'us-gov-east-1'],
};

const PARTITION_OF = new Map<string, Partition>(
  Object.entries(REGIONS).flatMap(([p, regions]) => regions.map((r) => [r, p as Partition] as const)),
);

export const KNOWN_REGIONS: readonly string[] = [...PARTITION_OF.keys()];

export function partitionOf(region: string): Partition | undefined {
  return PARTITION_OF.get(region);
}

/** The DNS suffix of service endpoints, as used in `kms:ViaService` values. */
export function urlSuffix(partition: Partition): string {
  return partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
}
