import type { Destination, Topology } from '../model/topology.js';
import { logicalIdOf } from '../model/names.js';
import { ref, sub, type Json, type Resource } from './cfn.js';
import { destinationParameterNames } from './source-parameters.js';
import {
  DESTINATION_BUCKET_ACTIONS,
  DESTINATION_KEY_ACTIONS,
  DESTINATION_KEY_BUCKET_KEY_ACTIONS,
  DESTINATION_OBJECT_ACTIONS,
  OWNER_OVERRIDE_ACTION,
  SOURCE_BUCKET_ACTIONS,
  SOURCE_KEY_ACTIONS,
  SOURCE_OBJECT_ACTIONS,
  encryptionContexts,
  s3ViaService,
} from './permission-chain.js';
import { policyDocument, type Statement } from './policy.js';


/**
 * The role S3 assumes to replicate. It lives in the source account and is trusted only by the S3
 * service. Destination statements are grouped (objects in one statement, keys one per region) so
 * the inline policy stays within IAM's 10,240-character limit with many destinations.
 */
export function replicationRoleResource(topology: Topology, sourceKeyArn: Json): Resource {
  const { source } = topology;
  // Bucket names cannot contain "$" or "{", so baking the name into Fn::Sub text is safe.
  const bucketArn = `arn:\${AWS::Partition}:s3:::${source.bucket}`;
  const trustConditions = topology.hardenTrust
    ? {
        Condition: {
          StringEquals: { 'aws:SourceAccount': source.account },
          ArnLike: { 'aws:SourceArn': sub(bucketArn) },
        },
      }
    : {};
  const dst = topology.destinations;

  const statements: Statement[] = [
    {
      Sid: 'ReadReplicationConfigAndListSource',
      Effect: 'Allow',
      Action: [...SOURCE_BUCKET_ACTIONS],
      Resource: sub(bucketArn),
    },
    {
      Sid: 'ReadSourceVersionsForReplication',
      Effect: 'Allow',
      Action: [...SOURCE_OBJECT_ACTIONS],
      Resource: sub(`${bucketArn}/*`),
    },
    {
      Sid: 'DecryptSourceObjects',
      Effect: 'Allow',
      Action: [...SOURCE_KEY_ACTIONS],
      Resource: sourceKeyArn,
      Condition: {
        StringEquals: { 'kms:ViaService': sub(s3ViaService(source.region)) },
        StringLike: { 'kms:EncryptionContext:aws:s3:arn': encryptionContexts(bucketArn).map((s) => sub(s)) },
      },
    },
    {
      Sid: 'ReplicateIntoDestinations',
      Effect: 'Allow',
      Action: [...DESTINATION_OBJECT_ACTIONS],
      Resource: dst.map((d) => objectsOf(d)),
    },
  ];

  statements.push({
    Sid: 'CheckDestinationVersioning',
    Effect: 'Allow',
    // Cross-account, the destination bucket policy's grant counts only if the role's own policy allows it too.
    Action: [...DESTINATION_BUCKET_ACTIONS],
    Resource: dst.map((d) => ref(destinationParameterNames(d).bucketArn)),
  });

  const translated = dst.filter((d) => d.ownerTranslation);
  if (translated.length > 0) {
    statements.push({
      Sid: 'HandReplicaOwnershipToDestinations',
      Effect: 'Allow',
      Action: OWNER_OVERRIDE_ACTION,
      Resource: translated.map((d) => objectsOf(d)),
    });
  }

  for (const group of groupKeys(dst)) {
    const sid = `EncryptReplicasIn${logicalIdOf(group.region)}${group.bucketKey ? 'WithBucketKeys' : ''}`;
    statements.push({
      Sid: sid,
      Effect: 'Allow',
      Action: group.bucketKey ? [...DESTINATION_KEY_ACTIONS, ...DESTINATION_KEY_BUCKET_KEY_ACTIONS] : [...DESTINATION_KEY_ACTIONS],
      Resource: group.destinations.map((d) => ref(destinationParameterNames(d).kmsKeyArn)),
      Condition: {
        StringEquals: { 'kms:ViaService': sub(s3ViaService(group.region)) },
        StringLike: {
          'kms:EncryptionContext:aws:s3:arn': group.destinations.flatMap((d) => [objectsOf(d), ref(destinationParameterNames(d).bucketArn)]),
        },
      },
    });
  }

  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      RoleName: source.replicationRoleName,
      Description: `s3-xrepl: replicates ${source.bucket} (topology ${topology.name})`,
      AssumeRolePolicyDocument: policyDocument([
        {
          Sid: 'S3ReplicationAssumesThisRole',
          Effect: 'Allow',
          Principal: { Service: 's3.amazonaws.com' },
          Action: 'sts:AssumeRole',
          ...trustConditions,
        },
      ]),
      Policies: [{ PolicyName: 'replication', PolicyDocument: policyDocument(statements) }],
    },
  };
}

function objectsOf(d: Destination): Json {
  return sub(`\${${destinationParameterNames(d).bucketArn}}/*`);
}

function groupKeys(dst: readonly Destination[]) {
  const groups = new Map<string, { region: string; bucketKey: boolean; destinations: Destination[] }>();
  for (const d of dst) {
    const k = `${d.region}/${d.bucketKey}`;
    const g = groups.get(k) ?? { region: d.region, bucketKey: d.bucketKey, destinations: [] };
    g.destinations.push(d);
    groups.set(k, g);
  }
  return [...groups.values()];
}
