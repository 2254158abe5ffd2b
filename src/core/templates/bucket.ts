import { RETAIN, type Json, type Resource } from './cfn.js';
import type { Statement } from './policy.js';

export interface BucketSpec {
  readonly bucketName: Json;
  readonly kmsKeyArn: Json;
  readonly bucketKeyEnabled: Json;
  /** Fn::If / NoValue expression or a plain value; undefined for none. */
  readonly lifecycle?: Json;
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
      ...(spec.lifecycle !== undefined ? { LifecycleConfiguration: spec.lifecycle } : {}),
      ...(spec.replicationConfiguration !== undefined ? { ReplicationConfiguration: spec.replicationConfiguration } : {}),
    },
  };
}

export function noncurrentExpiryLifecycle(days: Json): Json {
  return { Rules: [{ Id: 'expire-noncurrent-versions', Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: days } }] };
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
