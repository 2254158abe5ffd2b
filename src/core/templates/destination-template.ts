import { bucketLifecycle, bucketResource, denyInsecureTransport, noncurrentExpiryRule } from './bucket.js';
import { NO_VALUE, equals, fnIf, getAtt, not, ref, sub, type Json, type Template } from './cfn.js';
import { kmsKeyResource } from './kms-key.js';
import {
  DESTINATION_BUCKET_ACTIONS,
  DESTINATION_KEY_ACTIONS,
  DESTINATION_KEY_BUCKET_KEY_ACTIONS,
  DESTINATION_OBJECT_ACTIONS,
  OWNER_OVERRIDE_ACTION,
  S3_VIA_SERVICE_CHINA_ALTERNATIVE,
  encryptionContexts,
  s3ViaService,
} from './permission-chain.js';
import { accountRoot, policyDocument, whenCondition, type Statement } from './policy.js';

/** Parameter names of the destination template; the synth manifest fills them per destination. */
export const DESTINATION_PARAMETERS = {
  bucketName: 'BucketName',
  kmsKeyArn: 'KmsKeyArn',
  sourceAccountId: 'SourceAccountId',
  replicationRoleName: 'ReplicationRoleName',
  bucketKeyEnabled: 'BucketKeyEnabled',
  ownerTranslation: 'OwnerTranslation',
  noncurrentVersionExpirationDays: 'NoncurrentVersionExpirationDays',
} as const;

/** Output keys of the destination template, consumed by the source stack. */
export const DESTINATION_OUTPUTS = {
  bucketArn: 'BucketArn',
  bucketName: 'BucketName',
  kmsKeyArn: 'KmsKeyArn',
} as const;

const P = DESTINATION_PARAMETERS;
const BUCKET_ARN = 'arn:${AWS::Partition}:s3:::${BucketName}';
/** The role does not exist when this stack deploys: name the source account, then pin the role by ARN. */
const REPLICATION_ROLE_ARN = 'arn:${AWS::Partition}:iam::${SourceAccountId}:role/${ReplicationRoleName}';
const fromReplicationRole = { ArnEquals: { 'aws:PrincipalArn': sub(REPLICATION_ROLE_ARN) } };

const onlyCrossAccount = (s: Statement) => whenCondition('CrossAccount', s);
const IN_CHINA = 'InChinaPartition';

/**
 * One template for every destination, with no account, region or bucket baked in, so it can be
 * deployed as a plain stack or as a StackSet instance with parameter overrides.
 */
export function buildDestinationTemplate(): Template {
  const keyStatement: Statement = {
    Sid: 'AllowReplicationRoleToEncryptReplicas',
    Effect: 'Allow',
    Principal: accountRoot('${SourceAccountId}'),
    Action: fnIf(
      'UseBucketKey',
      [...DESTINATION_KEY_ACTIONS, ...DESTINATION_KEY_BUCKET_KEY_ACTIONS],
      [...DESTINATION_KEY_ACTIONS],
    ),
    Resource: '*',
    Condition: {
      ...fromReplicationRole,
      // Both forms in aws-cn, where which one S3 presents is not documented (DESIGN.md §1).
      StringEquals: {
        'kms:ViaService': fnIf(
          IN_CHINA,
          [sub(s3ViaService('${AWS::Region}')), sub(S3_VIA_SERVICE_CHINA_ALTERNATIVE('${AWS::Region}'))],
          sub(s3ViaService('${AWS::Region}')),
        ),
      },
      StringLike: { 'kms:EncryptionContext:aws:s3:arn': encryptionContexts(BUCKET_ARN).map((s) => sub(s)) },
    },
  };

  const replicate: Statement = {
    Sid: 'AllowReplicationRoleToReplicate',
    Effect: 'Allow',
    Principal: accountRoot('${SourceAccountId}'),
    Action: fnIf(
      'TranslateOwner',
      [...DESTINATION_OBJECT_ACTIONS, OWNER_OVERRIDE_ACTION],
      [...DESTINATION_OBJECT_ACTIONS],
    ),
    Resource: sub(`${BUCKET_ARN}/*`),
    Condition: fromReplicationRole,
  };
  const readVersioning: Statement = {
    Sid: 'AllowReplicationRoleToCheckVersioning',
    Effect: 'Allow',
    Principal: accountRoot('${SourceAccountId}'),
    Action: [...DESTINATION_BUCKET_ACTIONS],
    Resource: sub(BUCKET_ARN),
    Condition: fromReplicationRole,
  };

  const keyArn: Json = fnIf('CreateKey', getAtt('ReplicaKey', 'Arn'), ref(P.kmsKeyArn));
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      's3-xrepl destination: a versioned SSE-KMS bucket and its customer managed key, with the bucket and key ' +
      "policies that let the source account's replication role (and nothing else there) write replicas.",
    Parameters: {
      [P.bucketName]: {
        Type: 'String',
        Description: 'Name of the destination bucket to create.',
        AllowedPattern: '^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$',
        ConstraintDescription: 'an S3 bucket name: 3-63 lowercase letters, digits, "." and "-"',
      },
      [P.kmsKeyArn]: {
        Type: 'String',
        Default: '',
        Description:
          'Empty to create a customer managed key, or the ARN of an existing key in this account and region ' +
          '(its key policy must then grant the replication role kms:Encrypt and kms:GenerateDataKey).',
        AllowedPattern: '^$|^arn:aws(-cn|-us-gov)?:kms:[a-z0-9-]+:[0-9]{12}:key/[a-zA-Z0-9-]+$',
        ConstraintDescription: 'empty, or a KMS key ARN (not an alias)',
      },
      [P.sourceAccountId]: {
        Type: 'String',
        Description: 'Account id of the source bucket and its replication role.',
        AllowedPattern: '^[0-9]{12}$',
        ConstraintDescription: 'a 12-digit account id',
      },
      [P.replicationRoleName]: {
        Type: 'String',
        Description: 'Name of the replication role in the source account (it may not exist yet).',
        AllowedPattern: '^[\\w+=,.@-]{1,64}$',
      },
      [P.bucketKeyEnabled]: {
        Type: 'String',
        Default: 'true',
        AllowedValues: ['true', 'false'],
        Description: 'Use S3 Bucket Keys for objects and replicas in this bucket.',
      },
      [P.ownerTranslation]: {
        Type: 'String',
        Default: 'false',
        AllowedValues: ['true', 'false'],
        Description: 'Allow the replication role to hand replica ownership to this account.',
      },
      [P.noncurrentVersionExpirationDays]: {
        Type: 'Number',
        Default: 0,
        MinValue: 0,
        Description: 'Expire noncurrent versions after this many days; 0 keeps them.',
      },
    },
    Conditions: {
      CreateKey: equals(ref(P.kmsKeyArn), ''),
      UseBucketKey: equals(ref(P.bucketKeyEnabled), 'true'),
      TranslateOwner: equals(ref(P.ownerTranslation), 'true'),
      ExpireNoncurrent: not(equals(ref(P.noncurrentVersionExpirationDays), 0)),
      // In one account, the role's own IAM policy already suffices: a resource-policy grant would only duplicate it.
      CrossAccount: not(equals(ref(P.sourceAccountId), ref('AWS::AccountId'))),
      [IN_CHINA]: equals(ref('AWS::Partition'), 'aws-cn'),
    },
    Resources: {
      ReplicaKey: kmsKeyResource({
        condition: 'CreateKey',
        description: sub('s3-xrepl replica key for ${BucketName}'),
        extraStatements: [onlyCrossAccount(keyStatement)],
      }),
      ReplicaBucket: bucketResource({
        bucketName: ref(P.bucketName),
        kmsKeyArn: keyArn,
        bucketKeyEnabled: fnIf('UseBucketKey', true, false),
        lifecycle: bucketLifecycle(
          fnIf('ExpireNoncurrent', noncurrentExpiryRule(ref(P.noncurrentVersionExpirationDays)), NO_VALUE),
        ),
      }),
      ReplicaBucketPolicy: {
        Type: 'AWS::S3::BucketPolicy',
        Properties: {
          Bucket: ref('ReplicaBucket'),
          PolicyDocument: policyDocument([
            onlyCrossAccount(replicate),
            onlyCrossAccount(readVersioning),
            denyInsecureTransport(sub(BUCKET_ARN), sub(`${BUCKET_ARN}/*`)),
          ]),
        },
      },
    },
    Outputs: {
      [DESTINATION_OUTPUTS.bucketArn]: {
        Description: 'ARN of the destination bucket.',
        Value: getAtt('ReplicaBucket', 'Arn'),
      },
      [DESTINATION_OUTPUTS.bucketName]: {
        Description: 'Name of the destination bucket.',
        Value: ref('ReplicaBucket'),
      },
      [DESTINATION_OUTPUTS.kmsKeyArn]: {
        Description: 'ARN of the key replicas are encrypted with.',
        Value: keyArn,
      },
    },
  };
}
