import { fnIf, ref, type Json } from './cfn.js';

/**
 * What the bootstrap roles may reach, as template expressions over its parameters: the buckets the
 * configs name (`BucketArns`, never `*`), the accounts they span, and the keys the product created
 * (tagged at creation). One file, so every role and the permissions boundary draw the same line.
 */

/** The tag every key the product creates carries; only keys with it may be managed. */
export const PRODUCT_KEY_TAG = { key: 's3-xrepl:managed', value: 'true' } as const;

/** Tag keys under this prefix are the product's own: configs may not set them. */
export const RESERVED_TAG_PREFIX = 's3-xrepl:';

/** Where S3 Batch Replication (backfill) writes its manifests and completion reports, in the source bucket. */
export const BATCH_REPORT_PREFIX = 's3-xrepl-batch';

/** The product's buckets, as ARNs (a list parameter: `arn:aws:s3:::name`, or `name-prefix*`). */
export const BUCKET_ARNS: Json = ref('BucketArns');

/**
 * Every product bucket ARN with `suffix` appended. CloudFormation has no map over a list, so the
 * list is joined with `suffix,` and split again: the delimiter must be literal text, which is why
 * the parameter carries whole ARNs rather than names (the partition would not be substitutable).
 */
export function bucketArnsWith(suffix: string): Json {
  return { 'Fn::Split': [',', { 'Fn::Join': ['', [{ 'Fn::Join': [`${suffix},`, BUCKET_ARNS] }, suffix]] }] };
}

/** The accounts the configs span; this account alone when the parameter is left empty. */
export const PRODUCT_ACCOUNTS: Json = fnIf('ProductAccountsGiven', ref('ProductAccounts'), [
  ref('AWS::AccountId'),
]);

/** Parameters and the condition every bootstrap role's scope is built from. */
export const SCOPE_PARAMETERS = {
  BucketArns: {
    Type: 'CommaDelimitedList',
    Description:
      'ARNs of the buckets the product may manage and replicate, comma-separated: the exact buckets the configs ' +
      'name (arn:aws:s3:::acme-orders), or a name prefix of at least three characters and a * (arn:aws:s3:::acme-orders-*). ' +
      'Never a bare *: the roles would then reach every bucket in the account.',
    AllowedPattern: '^arn:aws(-cn|-us-gov)?:s3:::[a-z0-9][a-z0-9.-]{2,62}[*]?$',
    ConstraintDescription: 'bucket ARNs, each a full name or a prefix of 3+ characters followed by *',
  },
  ProductAccounts: {
    Type: 'CommaDelimitedList',
    Default: '',
    Description:
      'Accounts the topologies span (source and destinations): replication roles may reach buckets and keys in these ' +
      'accounts only. Empty: this account only.',
    AllowedPattern: '^([0-9]{12})?$',
  },
} as const;

export const SCOPE_CONDITIONS = {
  ProductAccountsGiven: {
    'Fn::Not': [{ 'Fn::Equals': [{ 'Fn::Join': ['', ref('ProductAccounts') as Json] }, ''] }],
  },
} as const;
