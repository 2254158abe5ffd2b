import { type Json } from './cfn.js';
import {
  DESTINATION_BUCKET_ACTIONS,
  DESTINATION_KEY_ACTIONS,
  DESTINATION_KEY_BUCKET_KEY_ACTIONS,
  DESTINATION_OBJECT_ACTIONS,
  OWNER_OVERRIDE_ACTION,
  SOURCE_BUCKET_ACTIONS,
  SOURCE_KEY_ACTIONS,
  SOURCE_OBJECT_ACTIONS,
} from './permission-chain.js';
import { BATCH_REPORT_PREFIX, BUCKET_ARNS, PRODUCT_ACCOUNTS, bucketArnsWith } from './product-scope.js';
import { policyDocument, type Statement } from './policy.js';

/** S3 Batch Replication (backfill): what its role needs beyond live replication, DESIGN.md §5. */
export const BATCH_BUCKET_ACTIONS = ['s3:PutInventoryConfiguration'] as const;
export const BATCH_OBJECT_ACTIONS = ['s3:InitiateReplication'] as const;
export const BATCH_REPORT_ACTIONS = ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject'] as const;

const unique = (xs: readonly string[]): string[] => [...new Set(xs)];

/**
 * The permissions boundary every role the execution role creates or edits must carry (DESIGN.md §4).
 * A role's effective rights are the intersection of its own policy and this one, so whatever a
 * template writes into a replication role, it can do no more than replicate (and backfill) between
 * the product's buckets, in the product's accounts, with keys used through S3 only. It grants no
 * IAM, no bucket or key administration, and nothing outside BucketArns.
 */
export function replicationBoundaryDocument(): Json {
  const inProductAccounts = { StringEquals: { 'aws:ResourceAccount': PRODUCT_ACCOUNTS } };
  const statements: Statement[] = [
    {
      Sid: 'ReplicationBuckets',
      Effect: 'Allow',
      Action: unique([...SOURCE_BUCKET_ACTIONS, ...DESTINATION_BUCKET_ACTIONS, ...BATCH_BUCKET_ACTIONS]),
      Resource: BUCKET_ARNS,
      Condition: inProductAccounts,
    },
    {
      Sid: 'ReplicationObjects',
      Effect: 'Allow',
      Action: unique([
        ...SOURCE_OBJECT_ACTIONS,
        ...DESTINATION_OBJECT_ACTIONS,
        OWNER_OVERRIDE_ACTION,
        ...BATCH_OBJECT_ACTIONS,
      ]),
      Resource: bucketArnsWith('/*'),
      Condition: inProductAccounts,
    },
    {
      Sid: 'BatchReplicationManifestsAndReports',
      Effect: 'Allow',
      Action: [...BATCH_REPORT_ACTIONS],
      Resource: bucketArnsWith(`/${BATCH_REPORT_PREFIX}/*`),
      Condition: inProductAccounts,
    },
    {
      Sid: 'KeysThroughS3Only',
      Effect: 'Allow',
      Action: unique([
        ...SOURCE_KEY_ACTIONS,
        ...DESTINATION_KEY_ACTIONS,
        ...DESTINATION_KEY_BUCKET_KEY_ACTIONS,
      ]),
      Resource: { 'Fn::Sub': 'arn:${AWS::Partition}:kms:*:*:key/*' },
      Condition: {
        ...inProductAccounts,
        // Both forms name S3; which one aws-cn presents is not documented (DESIGN.md §1).
        StringLike: { 'kms:ViaService': ['s3.*.amazonaws.com', 's3.*.amazonaws.com.cn'] },
      },
    },
  ];
  return policyDocument(statements);
}
