/**
 * S3's replication failure reasons (user guide, "Amazon S3 replication failure reasons"), as they
 * arrive in `replicationEventData.failureReason` of a failure event, with what to look at for each
 * in this product's permission chain (DESIGN.md §1). The wording is ours; the codes are S3's.
 */
const REASONS: Readonly<Record<string, string>> = {
  AssumeRoleNotPermitted:
    "S3 could not assume the replication role: its trust policy (s3.amazonaws.com, aws:SourceAccount, aws:SourceArn) or the role's existence.",
  DstBucketInvalidRegion: 'the destination bucket is not in the region the Batch Operations job expects.',
  DstBucketNotFound: 'the destination bucket named in the rule does not exist (or is in another partition).',
  DstBucketUnversioned: 'versioning is not Enabled on the destination bucket.',
  DstBucketObjectLockConfigMissing: 'the source has Object Lock and the destination bucket does not.',
  DstDelObjNotPermitted:
    'the replication role may not write delete markers: s3:ReplicateDelete in the role policy and the destination bucket policy.',
  DstKmsKeyInvalidState:
    'the destination key is disabled or pending deletion: its key state in the destination account.',
  DstKmsKeyNotFound:
    'the ReplicaKmsKeyID of the rule names no key (a wrong ARN, an alias, or a deleted key).',
  DstMultipartCompleteNotPermitted:
    'the replication role may not complete a multipart replica: s3:ReplicateObject on the destination.',
  DstMultipartInitNotPermitted:
    'the replication role may not start a multipart replica: s3:ReplicateObject on the destination.',
  DstMultipartPartUploadNotPermitted:
    'the replication role may not upload replica parts: s3:ReplicateObject on the destination.',
  DstObjectHardDeleted: 'the replica was deleted in the destination bucket (a version, not a delete marker).',
  DstPutAclNotPermitted:
    'the replication role may not set the replica ACL (s3:ReplicateObject, or ObjectOwnerOverrideToBucketOwner).',
  DstPutLegalHoldNotPermitted: 'the replication role may not set an Object Lock legal hold on the replica.',
  DstPutObjectNotPermitted:
    "S3 could not write the replica: s3:ReplicateObject in the role policy and the destination bucket policy, and for SSE-KMS objects kms:Encrypt and kms:GenerateDataKey for the role in the destination key's policy.",
  DstPutRetentionNotPermitted: 'the replication role may not set Object Lock retention on the replica.',
  DstPutTaggingNotPermitted:
    'the replication role may not write the replica tags: s3:ReplicateTags in the role policy and the destination bucket policy.',
  GetDestinationBucketOwnerNotPermitted:
    "S3 could not read who owns the destination bucket (across accounts: the destination bucket policy's grants to the role).",
  GetObjectLegalHoldNotPermitted: 'the replication role may not read the source Object Lock legal hold.',
  GetObjectRetentionNotPermitted: 'the replication role may not read the source Object Lock retention.',
  InitiateReplicationNotPermitted:
    'the Batch Replication role may not start replication (s3:InitiateReplication).',
  SrcBucketInvalidRegion: 'the source bucket is not in the region the Batch Operations job expects.',
  SrcBucketReplicationConfigMissing: 'the source bucket has no replication configuration the job can use.',
  SrcGetAclNotPermitted: 'the replication role may not read the source version ACL (s3:GetObjectVersionAcl).',
  SrcGetLegalHoldNotPermitted: 'the replication role may not read the source legal hold.',
  SrcGetObjectNotPermitted:
    'S3 could not read the source version: s3:GetObjectVersionForReplication for the role, and kms:Decrypt on the source key for SSE-KMS objects.',
  SrcGetRetentionNotPermitted: 'the replication role may not read the source retention.',
  SrcGetTaggingNotPermitted:
    'the replication role may not read the source tags (s3:GetObjectVersionTagging).',
  SrcHeadObjectNotPermitted: 'the replication role may not read the source version metadata.',
  SrcKeyNotFound: 'the source object was not found.',
  SrcKmsKeyInvalidState: 'the source key is disabled or pending deletion.',
  SrcObjectNotEligible:
    'the object is not eligible for replication (for example a replica itself, or not matched by a rule).',
  SrcObjectNotFound: 'the source object was deleted before it replicated.',
  SrcReplicationNotPending: 'the object was already replicated (or is not pending).',
  SrcVersionNotFound: 'the source version was deleted before it replicated.',
};

/** What S3's failureReason means here, or undefined for a code this product does not know yet. */
export function describeFailureReason(code: string): string | undefined {
  return Object.hasOwn(REASONS, code) ? REASONS[code] : undefined;
}
