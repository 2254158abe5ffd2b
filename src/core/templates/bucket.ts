import { CANARY_EXPIRY_DAYS, CANARY_TAG } from '../model/canary.js';
import { RETAIN, type Json, type Resource } from './cfn.js';
import type { Statement } from './policy.js';

export interface BucketSpec {
  readonly bucketName: Json;
  readonly kmsKeyArn: Json;
  readonly bucketKeyEnabled: Json;
  readonly lifecycle: Json;
  readonly replicationConfiguration?: Json;
  readonly dependsOn?: readonly string[];
}

/**
 * A bucket as both ends of replication need it: versioned (replication requires it on both
 * sides), SSE-KMS by default, ACLs disabled, never public, and retained on delete or replace.
 */
export function bucketResource(spec: BucketSpec): Resource {
  return {
    Type: 'AWS::S3::Bucket',
    ...RETAIN,
    ...(spec.dependsOn ? { DependsOn: spec.dependsOn } : {}),
    Properties: {
      BucketName: spec.bucketName,
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          {
            ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: spec.kmsKeyArn },
            BucketKeyEnabled: spec.bucketKeyEnabled,
          },
        ],
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      LifecycleConfiguration: spec.lifecycle,
      ...(spec.replicationConfiguration !== undefined
        ? { ReplicationConfiguration: spec.replicationConfiguration }
        : {}),
    },
  };
}

/** Lifecycle rules of every bucket: the canary backstop, and noncurrent-version expiry when configured. */
export function bucketLifecycle(noncurrentRule?: Json): Json {
  return { Rules: [canaryBackstopRule(), ...(noncurrentRule !== undefined ? [noncurrentRule] : [])] };
}

export function noncurrentExpiryRule(days: Json): Json {
  return {
    Id: 'expire-noncurrent-versions',
    Status: 'Enabled',
    NoncurrentVersionExpiration: { NoncurrentDays: days },
  };
}

/** Expires what a verify run could not clean up (it deletes its canaries itself when it finishes). */
function canaryBackstopRule(): Json {
  return {
    Id: 's3-xrepl-canary-backstop',
    Status: 'Enabled',
    TagFilters: [{ Key: CANARY_TAG.key, Value: CANARY_TAG.value }],
    ExpirationInDays: CANARY_EXPIRY_DAYS,
    NoncurrentVersionExpiration: { NoncurrentDays: CANARY_EXPIRY_DAYS },
  };
}

/** Refuse plain HTTP to the bucket for everyone, the replication role included. */
export function denyInsecureTransport(bucketArn: Json, objectsArn: Json): Statement {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [bucketArn, objectsArn],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}
