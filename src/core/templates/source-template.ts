import type { Topology } from '../model/topology.js';
import { alertsOf } from './alerts.js';
import { bucketLifecycle, bucketResource, denyInsecureTransport, noncurrentExpiryRule } from './bucket.js';
import {
  equals,
  getAtt,
  not,
  ref,
  sub,
  type Json,
  type Parameter,
  type Resource,
  type Template,
} from './cfn.js';
import { batchRoleResource } from './batch-role.js';
import { kmsKeyResource } from './kms-key.js';
import { policyDocument } from './policy.js';
import { BOUNDARY_PARAMETER, HAS_BOUNDARY, replicationRoleResource } from './replication-role.js';
import { replicationRules } from './replication-rules.js';
import { destinationParameterNames } from './source-parameters.js';
import { wayBackBucketStatements, wayBackKeyStatements } from './way-back.js';

/** Output keys of the source template. */
export const SOURCE_OUTPUTS = {
  bucketArn: 'BucketArn',
  bucketName: 'BucketName',
  kmsKeyArn: 'KmsKeyArn',
  replicationRoleArn: 'ReplicationRoleArn',
  batchRoleArn: 'BatchRoleArn',
} as const;

/**
 * The source stack, generated per topology: the source bucket and key, the replication role and
 * the V2 replication rules. It consumes each destination stack's bucket and key ARNs as parameters.
 */
export function buildSourceTemplate(topology: Topology): Template {
  const { source } = topology;
  const keyArn: Json = source.key.kind === 'create' ? getAtt('SourceKey', 'Arn') : source.key.arn;
  const bucketArn = sub(`arn:\${AWS::Partition}:s3:::${source.bucket}`);
  const objectsArn = sub(`arn:\${AWS::Partition}:s3:::${source.bucket}/*`);

  const parameters: Record<string, Parameter> = {};
  for (const d of topology.destinations) {
    const names = destinationParameterNames(d);
    parameters[names.bucketArn] = {
      Type: 'String',
      Description: `Bucket ARN output of destination "${d.id}" (${d.account}, ${d.region}).`,
      AllowedPattern: '^arn:aws(-cn|-us-gov)?:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
    };
    parameters[names.kmsKeyArn] = {
      Type: 'String',
      Description: `Replica key ARN output of destination "${d.id}" (a key ARN, never an alias).`,
      AllowedPattern: '^arn:aws(-cn|-us-gov)?:kms:[a-z0-9-]+:[0-9]{12}:key/[a-zA-Z0-9-]+$',
    };
  }

  parameters[BOUNDARY_PARAMETER] = {
    Type: 'String',
    Default: '',
    Description:
      "Permissions boundary of the replication role: the bootstrap's ReplicationBoundaryArn output " +
      '(its execution role creates roles only with it); empty for none.',
    AllowedPattern: '^$|^arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:policy/[\\w+=,.@/-]{1,128}$',
  };

  const resources: Record<string, Resource> = {};
  if (source.key.kind === 'create') {
    resources.SourceKey = kmsKeyResource({
      description: `s3-xrepl source key for ${source.bucket}`,
      // The role's own policy grants it kms:Decrypt; the default root statement delegates to IAM.
      extraStatements: wayBackKeyStatements(topology),
    });
  }
  resources.ReplicationRole = replicationRoleResource(topology, keyArn);
  resources.BatchReplicationRole = batchRoleResource(topology);
  const alerts = alertsOf(topology);
  Object.assign(resources, alerts.resources);
  const bucket = bucketResource({
    bucketName: source.bucket,
    kmsKeyArn: keyArn,
    bucketKeyEnabled: source.bucketKey,
    lifecycle: bucketLifecycle(
      topology.noncurrentVersionExpirationDays !== undefined
        ? noncurrentExpiryRule(topology.noncurrentVersionExpirationDays)
        : undefined,
    ),
    replicationConfiguration: { Role: getAtt('ReplicationRole', 'Arn'), Rules: replicationRules(topology) },
    ...(alerts.bucketDependsOn.length > 0 ? { dependsOn: alerts.bucketDependsOn } : {}),
  });
  resources.SourceBucket = { ...bucket, Properties: { ...bucket.Properties, ...alerts.bucketProperties } };
  resources.SourceBucketPolicy = {
    Type: 'AWS::S3::BucketPolicy',
    Properties: {
      Bucket: ref('SourceBucket'),
      PolicyDocument: policyDocument([
        ...wayBackBucketStatements(topology),
        denyInsecureTransport(bucketArn, objectsArn),
      ]),
    },
  };

  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `s3-xrepl source for topology "${topology.name}": ${source.bucket} replicating to ${topology.destinations.length} destination(s).`,
    Metadata: { 's3-xrepl': { topology: topology.name, generator: 's3-xrepl synth' } },
    Parameters: parameters,
    Conditions: { [HAS_BOUNDARY]: not(equals(ref(BOUNDARY_PARAMETER), '')) },
    Resources: resources,
    Outputs: {
      [SOURCE_OUTPUTS.bucketArn]: {
        Description: 'ARN of the source bucket.',
        Value: getAtt('SourceBucket', 'Arn'),
      },
      [SOURCE_OUTPUTS.bucketName]: { Description: 'Name of the source bucket.', Value: ref('SourceBucket') },
      [SOURCE_OUTPUTS.kmsKeyArn]: { Description: 'ARN of the source key.', Value: keyArn },
      [SOURCE_OUTPUTS.replicationRoleArn]: {
        Description: 'ARN of the replication role.',
        Value: getAtt('ReplicationRole', 'Arn'),
      },
      [SOURCE_OUTPUTS.batchRoleArn]: {
        Description: 'ARN of the role S3 Batch Operations assumes to backfill (mode backfill).',
        Value: getAtt('BatchReplicationRole', 'Arn'),
      },
      ...alerts.outputs,
    },
  };
}
