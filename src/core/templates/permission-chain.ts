import { urlSuffix, type Partition } from '../config/regions.js';

/**
 * The cross-account permission chain of DESIGN.md §1, as data. Every template that grants a
 * replication permission takes its actions from here, so the role policy and the destination's
 * bucket and key policies cannot drift apart. Read DESIGN.md before changing anything in this file.
 */

/** On the source bucket itself. ListBucket is needed to replicate delete markers. */
export const SOURCE_BUCKET_ACTIONS = ['s3:GetReplicationConfiguration', 's3:ListBucket'] as const;

/**
 * On source object versions. Not s3:GetObjectVersion: it does not cover SSE-KMS objects, and
 * grants far more than replication needs.
 */
export const SOURCE_OBJECT_ACTIONS = [
  's3:GetObjectVersionForReplication',
  's3:GetObjectVersionAcl',
  's3:GetObjectVersionTagging',
] as const;

/** On destination objects, granted in the role policy and again in the destination bucket policy. */
export const DESTINATION_OBJECT_ACTIONS = [
  's3:ReplicateObject',
  's3:ReplicateDelete',
  's3:ReplicateTags',
] as const;

/** Only when replicas change owner (AccessControlTranslation). */
export const OWNER_OVERRIDE_ACTION = 's3:ObjectOwnerOverrideToBucketOwner';

/** On the destination bucket: S3 checks versioning before replicating. Never PutBucketVersioning. */
export const DESTINATION_BUCKET_ACTIONS = ['s3:GetBucketVersioning'] as const;

/** On the source key: S3 decrypts the source version as the role. */
export const SOURCE_KEY_ACTIONS = ['kms:Decrypt'] as const;

/** On each destination key: S3 encrypts the replica as the role. Not GenerateDataKey alone. */
export const DESTINATION_KEY_ACTIONS = ['kms:Encrypt', 'kms:GenerateDataKey'] as const;

/** With S3 Bucket Keys on replicas, S3 also decrypts the bucket-level data key. */
export const DESTINATION_KEY_BUCKET_KEY_ACTIONS = ['kms:Decrypt'] as const;

/** The S3 endpoint a KMS call must come through, for kms:ViaService. */
export const s3ViaService = (regionExpr: string): string => `s3.${regionExpr}.\${AWS::URLSuffix}`;

/**
 * In aws-cn, AWS does not document whether S3 presents `s3.R.amazonaws.com.cn` (the partition's
 * URL suffix) or `s3.R.amazonaws.com`. Both name S3 in that region, so allowing both is no wider,
 * and replication works whichever S3 sends (DESIGN.md §1). Elsewhere the one form.
 */
export const S3_VIA_SERVICE_CHINA_ALTERNATIVE = (regionExpr: string): string =>
  `s3.${regionExpr}.amazonaws.com`;

/** The kms:ViaService values of S3 in `region` of `partition`, as concrete strings. */
export function s3ViaServices(region: string, partition: Partition): string[] {
  const own = `s3.${region}.${urlSuffix(partition)}`;
  return partition === 'aws-cn' ? [own, S3_VIA_SERVICE_CHINA_ALTERNATIVE(region)] : [own];
}

/**
 * Values of kms:EncryptionContext:aws:s3:arn S3 uses for a bucket: the object ARN, or the bucket
 * ARN when S3 Bucket Keys are on. Both are allowed because Bucket Keys can be toggled later.
 */
export const encryptionContexts = (bucketArnExpr: string): string[] => [`${bucketArnExpr}/*`, bucketArnExpr];
