import type { Partition } from '../config/regions.js';
import type { KeyChoice } from '../model/topology.js';

/**
 * ARNs as AWS will store them once deployed, for size checks. A key the stack creates gets the
 * longest id KMS issues (a multi-Region key's `mrk-` and 32 hex digits), so sizes are upper bounds.
 */
export function concreteBucketArn(partition: Partition, bucket: string): string {
  return `arn:${partition}:s3:::${bucket}`;
}

export function concreteKeyArn(
  partition: Partition,
  region: string,
  account: string,
  key: KeyChoice,
): string {
  return key.kind === 'existing'
    ? key.arn
    : `arn:${partition}:kms:${region}:${account}:key/mrk-${'0'.repeat(32)}`;
}

export function concreteRoleArn(partition: Partition, account: string, roleName: string): string {
  return `arn:${partition}:iam::${account}:role/${roleName}`;
}
