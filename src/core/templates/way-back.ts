import type { Destination, Topology } from '../model/topology.js';
import { WAY_BACK, wayBack } from '../model/way-back.js';
import { alertsOf } from './alerts.js';
import { batchRoleResource } from './batch-role.js';
import { NO_VALUE, and, equals, fnIf, getAtt, not, ref, sub, type Json, type Template } from './cfn.js';
import { DESTINATION_PARAMETERS } from './destination-template.js';
import {
  DESTINATION_BUCKET_ACTIONS,
  DESTINATION_KEY_ACTIONS,
  DESTINATION_KEY_BUCKET_KEY_ACTIONS,
  DESTINATION_OBJECT_ACTIONS,
  encryptionContexts,
  s3ViaServices,
} from './permission-chain.js';
import { accountRoot, type Statement } from './policy.js';
import { BOUNDARY_PARAMETER, HAS_BOUNDARY, replicationRoleResource } from './replication-role.js';
import { replicationRules } from './replication-rules.js';
import { destinationParameterNames } from './source-parameters.js';

/**
 * A two-way pair's way back (destination → source), DESIGN.md §1 read in both directions. The
 * destination stack holds it, off until the source's key ARN is given: the source stack must
 * exist first, and its bucket and key policies name the way-back role by account root and
 * aws:PrincipalArn, so no policy names a role that does not exist yet ("Invalid principal").
 * Deploy order: destinations (buckets, keys), source (its bucket, key, role, rules and grants for
 * the way back), then the two-way destination again with the source's ARNs (synthesize.ts).
 */

/** Parameters of the two-way destination template that carry the source's bucket and key ARNs. */
export const WAY_BACK_PARAMETERS = destinationParameterNames(WAY_BACK);
export const REPLICATES_BACK = 'ReplicatesBack';
export const WAY_BACK_ROLE = 'WayBackReplicationRole';
export const WAY_BACK_OUTPUTS = {
  roleArn: 'WayBackReplicationRoleArn',
  batchRoleArn: 'BatchRoleArn',
} as const;
/** The same logical id as the source's: the plan and drift say "the batch replication role" for either. */
export const WAY_BACK_BATCH_ROLE = 'BatchReplicationRole';

/**
 * The generic destination template with `d`'s way back added (one file per two-way destination):
 * its role and rules (off until the source's key ARN is given), and from the first phase on, what
 * the source stack has for its own rules: the batch role backfill runs as, and monitoring (alarms
 * on the way back's rules, the failure events of the destination bucket, a topic and key of its
 * own), in the destination's account and region, where CloudWatch and S3 publish them. An alarm
 * on a rule that does not exist yet reads OK, as for any rule that replicates nothing.
 */
export function withWayBack(template: Template, topology: Topology, d: Destination): Template {
  const back = wayBack(topology, d);
  const P = WAY_BACK_PARAMETERS;
  const ownKey: Json = fnIf('CreateKey', getAtt('ReplicaKey', 'Arn'), ref(DESTINATION_PARAMETERS.kmsKeyArn));
  const bucket = template.Resources.ReplicaBucket!;
  const alerts = alertsOf(back);
  const dependsOn = [
    ...(bucket.DependsOn === undefined
      ? []
      : Array.isArray(bucket.DependsOn)
        ? bucket.DependsOn
        : [bucket.DependsOn]),
    ...alerts.bucketDependsOn,
  ];
  return {
    ...template,
    Description: `${template.Description} Two-way: it also replicates back to ${topology.source.bucket}, with replica modification sync.`,
    Parameters: {
      ...template.Parameters,
      [P.bucketArn]: {
        Type: 'String',
        Description: 'ARN of the source bucket this bucket replicates back to.',
        AllowedPattern: '^arn:aws(-cn|-us-gov)?:s3:::[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
      },
      [P.kmsKeyArn]: {
        Type: 'String',
        Default: '',
        Description:
          "The source key's ARN (the source stack's KmsKeyArn output); empty until the source stack exists, " +
          'which leaves the way back off.',
        AllowedPattern: '^$|^arn:aws(-cn|-us-gov)?:kms:[a-z0-9-]+:[0-9]{12}:key/[a-zA-Z0-9-]+$',
      },
      [BOUNDARY_PARAMETER]: {
        Type: 'String',
        Default: '',
        Description:
          "Permissions boundary of the way-back role: the bootstrap's ReplicationBoundaryArn output; empty for none.",
        AllowedPattern: '^$|^arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:policy/[\\w+=,.@/-]{1,128}$',
      },
    },
    Conditions: {
      ...template.Conditions,
      [REPLICATES_BACK]: and(not(equals(ref(P.kmsKeyArn), '')), not(equals(ref(P.bucketArn), ''))),
      [HAS_BOUNDARY]: not(equals(ref(BOUNDARY_PARAMETER), '')),
    },
    Resources: {
      ...template.Resources,
      [WAY_BACK_ROLE]: { ...replicationRoleResource(back, ownKey), Condition: REPLICATES_BACK },
      [WAY_BACK_BATCH_ROLE]: batchRoleResource(back),
      ...alerts.resources,
      ReplicaBucket: {
        ...bucket,
        ...(dependsOn.length > 0 ? { DependsOn: dependsOn } : {}),
        Properties: {
          ...bucket.Properties,
          ...alerts.bucketProperties,
          ReplicationConfiguration: fnIf(
            REPLICATES_BACK,
            { Role: getAtt(WAY_BACK_ROLE, 'Arn'), Rules: replicationRules(back) },
            NO_VALUE,
          ),
        },
      },
    },
    Outputs: {
      ...template.Outputs,
      [WAY_BACK_OUTPUTS.roleArn]: {
        Description: 'ARN of the role this bucket replicates back to the source with.',
        Condition: REPLICATES_BACK,
        Value: getAtt(WAY_BACK_ROLE, 'Arn'),
      },
      [WAY_BACK_OUTPUTS.batchRoleArn]: {
        Description: 'ARN of the role S3 Batch Operations assumes to backfill the way back (mode backfill).',
        Value: getAtt(WAY_BACK_BATCH_ROLE, 'Arn'),
      },
      ...alerts.outputs,
    },
  };
}

/** The way-back role as policies name it before it exists: its account's root, pinned by aws:PrincipalArn. */
function fromWayBackRole(d: Destination) {
  return {
    ArnEquals: {
      'aws:PrincipalArn': sub(`arn:\${AWS::Partition}:iam::${d.account}:role/${d.twoWay!.roleName}`),
    },
  };
}

/**
 * What the source bucket's policy grants each two-way destination's way-back role: what a
 * destination bucket policy grants the source's role. Within one account the role's own policy
 * suffices, as for destinations.
 */
export function wayBackBucketStatements(topology: Topology): Statement[] {
  const bucketArn = `arn:\${AWS::Partition}:s3:::${topology.source.bucket}`;
  return crossAccountPairs(topology).flatMap((d) => [
    {
      Sid: `AllowWayBackFrom${d.logicalId}ToReplicate`,
      Effect: 'Allow',
      Principal: accountRoot(d.account),
      Action: [...DESTINATION_OBJECT_ACTIONS],
      Resource: sub(`${bucketArn}/*`),
      Condition: fromWayBackRole(d),
    },
    {
      Sid: `AllowWayBackFrom${d.logicalId}ToCheckVersioning`,
      Effect: 'Allow',
      Principal: accountRoot(d.account),
      Action: [...DESTINATION_BUCKET_ACTIONS],
      Resource: sub(bucketArn),
      Condition: fromWayBackRole(d),
    },
  ]);
}

/** What the source key's policy grants each cross-account way-back role: encrypting replicas, through S3 in the source's region. */
export function wayBackKeyStatements(topology: Topology): Statement[] {
  const { source } = topology;
  const bucketArn = `arn:\${AWS::Partition}:s3:::${source.bucket}`;
  const via = s3ViaServices(source.region, topology.partition);
  return crossAccountPairs(topology).map((d) => ({
    Sid: `AllowWayBackFrom${d.logicalId}ToEncryptReplicas`,
    Effect: 'Allow',
    Principal: accountRoot(d.account),
    Action: source.bucketKey
      ? [...DESTINATION_KEY_ACTIONS, ...DESTINATION_KEY_BUCKET_KEY_ACTIONS]
      : [...DESTINATION_KEY_ACTIONS],
    Resource: '*',
    Condition: {
      ...fromWayBackRole(d),
      StringEquals: { 'kms:ViaService': via.length === 1 ? via[0]! : via },
      StringLike: { 'kms:EncryptionContext:aws:s3:arn': encryptionContexts(bucketArn).map((s) => sub(s)) },
    },
  }));
}

function crossAccountPairs(topology: Topology): Destination[] {
  return topology.destinations.filter((d) => d.twoWay && d.account !== topology.source.account);
}
