import type { Destination, Topology } from '../model/topology.js';
import { logicalIdOf } from '../model/names.js';
import { NO_VALUE, fnIf, ref, sub, type Json, type Resource } from './cfn.js';
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
  S3_VIA_SERVICE_CHINA_ALTERNATIVE,
  s3ViaServices,
} from './permission-chain.js';
import { policyDocument, type Statement } from './policy.js';
import { concreteBucketArn, concreteKeyArn } from './concrete-arns.js';

/** IAM's limit on the inline policies of one role, counted without whitespace. */
export const ROLE_INLINE_POLICY_LIMIT = 10_240;

/**
 * How the role policy spells the ARNs it names. The template spells them as CloudFormation
 * expressions; the size check spells them as the concrete strings IAM will store, so both come
 * from the one builder below and cannot disagree.
 */
interface ArnSpelling {
  readonly sourceBucket: (suffix: '' | '/*') => Json;
  readonly sourceKey: Json;
  readonly destinationBucket: (d: Destination, suffix: '' | '/*') => Json;
  readonly destinationKey: (d: Destination) => Json;
  readonly viaS3: (region: string) => Json;
}

function templateSpelling(topology: Topology, sourceKeyArn: Json): ArnSpelling {
  // Bucket names cannot contain "$" or "{", so baking the name into Fn::Sub text is safe.
  const sourceArn = `arn:\${AWS::Partition}:s3:::${topology.source.bucket}`;
  return {
    sourceBucket: (suffix) => sub(sourceArn + suffix),
    sourceKey: sourceKeyArn,
    destinationBucket: (d, suffix) => {
      const param = destinationParameterNames(d).bucketArn;
      return suffix === '' ? ref(param) : sub(`\${${param}}${suffix}`);
    },
    destinationKey: (d) => ref(destinationParameterNames(d).kmsKeyArn),
    viaS3: (region) => {
      const own = sub(`s3.${region}.\${AWS::URLSuffix}`);
      return topology.partition === 'aws-cn' ? [own, S3_VIA_SERVICE_CHINA_ALTERNATIVE(region)] : own;
    },
  };
}

/** Concrete ARNs (see concrete-arns.ts), so the size is an upper bound. */
function concreteSpelling(topology: Topology): ArnSpelling {
  const p = topology.partition;
  return {
    sourceBucket: (suffix) => concreteBucketArn(p, topology.source.bucket) + suffix,
    sourceKey: concreteKeyArn(p, topology.source.region, topology.source.account, topology.source.key),
    destinationBucket: (d, suffix) => concreteBucketArn(p, d.bucket) + suffix,
    destinationKey: (d) => concreteKeyArn(p, d.region, d.account, d.key),
    viaS3: (region) => {
      const forms = s3ViaServices(region, p);
      return forms.length === 1 ? forms[0]! : forms;
    },
  };
}

/**
 * The role's permissions, DESIGN.md §1. Destination statements are grouped (objects in one
 * statement, keys one per region) so the policy stays small as destinations are added.
 */
function replicationPolicy(topology: Topology, arn: ArnSpelling): Json {
  const dst = topology.destinations;
  const statements: Statement[] = [
    {
      Sid: 'ReadReplicationConfigAndListSource',
      Effect: 'Allow',
      Action: [...SOURCE_BUCKET_ACTIONS],
      Resource: arn.sourceBucket(''),
    },
    {
      Sid: 'ReadSourceVersionsForReplication',
      Effect: 'Allow',
      Action: [...SOURCE_OBJECT_ACTIONS],
      Resource: arn.sourceBucket('/*'),
    },
    {
      Sid: 'DecryptSourceObjects',
      Effect: 'Allow',
      Action: [...SOURCE_KEY_ACTIONS],
      Resource: arn.sourceKey,
      Condition: {
        StringEquals: { 'kms:ViaService': arn.viaS3(topology.source.region) },
        // Object form, and bucket form for S3 Bucket Keys (which can be switched on later).
        StringLike: { 'kms:EncryptionContext:aws:s3:arn': [arn.sourceBucket('/*'), arn.sourceBucket('')] },
      },
    },
    {
      Sid: 'ReplicateIntoDestinations',
      Effect: 'Allow',
      Action: [...DESTINATION_OBJECT_ACTIONS],
      Resource: dst.map((d) => arn.destinationBucket(d, '/*')),
    },
    {
      Sid: 'CheckDestinationVersioning',
      Effect: 'Allow',
      // Cross-account, the destination bucket policy's grant counts only if the role's own policy allows it too.
      Action: [...DESTINATION_BUCKET_ACTIONS],
      Resource: dst.map((d) => arn.destinationBucket(d, '')),
    },
  ];

  const translated = dst.filter((d) => d.ownerTranslation);
  if (translated.length > 0) {
    statements.push({
      Sid: 'HandReplicaOwnershipToDestinations',
      Effect: 'Allow',
      Action: OWNER_OVERRIDE_ACTION,
      Resource: translated.map((d) => arn.destinationBucket(d, '/*')),
    });
  }

  for (const group of groupKeys(dst)) {
    statements.push({
      Sid: `EncryptReplicasIn${logicalIdOf(group.region)}${group.bucketKey ? 'WithBucketKeys' : ''}`,
      Effect: 'Allow',
      Action: group.bucketKey
        ? [...DESTINATION_KEY_ACTIONS, ...DESTINATION_KEY_BUCKET_KEY_ACTIONS]
        : [...DESTINATION_KEY_ACTIONS],
      Resource: group.destinations.map((d) => arn.destinationKey(d)),
      Condition: {
        StringEquals: { 'kms:ViaService': arn.viaS3(group.region) },
        StringLike: {
          'kms:EncryptionContext:aws:s3:arn': group.destinations.flatMap((d) => [
            arn.destinationBucket(d, '/*'),
            arn.destinationBucket(d, ''),
          ]),
        },
      },
    });
  }
  return policyDocument(statements);
}

/** Characters IAM will count for the role's inline policy once deployed (an upper bound). */
export function replicationPolicySize(topology: Topology): number {
  return JSON.stringify(replicationPolicy(topology, concreteSpelling(topology))).length;
}

/** The role S3 assumes to replicate: in the source account, trusted only by the S3 service. */
export function replicationRoleResource(topology: Topology, sourceKeyArn: Json): Resource {
  return {
    Type: 'AWS::IAM::Role',
    Properties: {
      ...replicationRoleProperties(topology, sourceKeyArn),
      // The bootstrap's execution role creates roles only with this boundary (DESIGN.md §4).
      PermissionsBoundary: fnIf(HAS_BOUNDARY, ref(BOUNDARY_PARAMETER), NO_VALUE),
    },
  };
}

/** Parameter of the source template naming the replication role's permissions boundary ('' for none). */
export const BOUNDARY_PARAMETER = 'ReplicationRoleBoundaryArn';
export const HAS_BOUNDARY = 'HasReplicationRoleBoundary';

function replicationRoleProperties(topology: Topology, sourceKeyArn: Json): Record<string, Json> {
  const { source } = topology;
  const arn = templateSpelling(topology, sourceKeyArn);
  const trustConditions = topology.hardenTrust
    ? {
        Condition: {
          StringEquals: { 'aws:SourceAccount': source.account },
          ArnLike: { 'aws:SourceArn': arn.sourceBucket('') },
        },
      }
    : {};
  return {
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
    Policies: [{ PolicyName: 'replication', PolicyDocument: replicationPolicy(topology, arn) }],
  };
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
