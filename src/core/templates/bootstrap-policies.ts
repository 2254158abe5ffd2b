import { CANARY_SEGMENT } from '../model/canary.js';
import { BATCH_ROLE_SUFFIX, DEPLOY_CHANGE_SET_PREFIX, PLAN_CHANGE_SET_PREFIX } from '../model/names.js';
import { BATCH_COMPLETION_PREFIX, BATCH_OPERATIONS_SERVICE } from './batch-role.js';
import { sub } from './cfn.js';
import { BUCKET_ARNS, PRODUCT_KEY_TAG, bucketArnsWith } from './product-scope.js';
import type { Statement } from './policy.js';

/**
 * The statements of the bootstrap's roles (DESIGN.md §4: no role may become more than the product).
 * Scope comes from product-scope.ts; which role holds what is decided in bootstrap-template.ts.
 */

const P = '${AWS::Partition}';
const ACCOUNT = '${AWS::AccountId}';
export const STACKS = `arn:${P}:cloudformation:*:${ACCOUNT}:stack/\${StackPrefix}-*/*`;
/** A topology's destinations deployed as a StackSet: its instances' stacks, and the StackSet itself. */
export const INSTANCE_STACKS = `arn:${P}:cloudformation:*:${ACCOUNT}:stack/StackSet-\${StackPrefix}-*/*`;
export const STACK_SETS = `arn:${P}:cloudformation:*:${ACCOUNT}:stackset/\${StackPrefix}-*:*`;
const CHANGE_SETS = `arn:${P}:cloudformation:*:${ACCOUNT}:changeSet/*/*`;
const KEYS = `arn:${P}:kms:*:${ACCOUNT}:key/*`;
const STAGING = `arn:${P}:s3:::s3-xrepl-staging-${ACCOUNT}-*`;
export const MANAGED_ROLES = `arn:${P}:iam::${ACCOUNT}:role/\${ManagedRoleNamePattern}`;
export const BOUNDARY_ARN = `arn:${P}:iam::${ACCOUNT}:policy/\${ReplicationBoundaryName}`;
/** S3 calls KMS as s3.<region>.<suffix>; aws-cn's form is undocumented, so both (DESIGN.md §1). */
const VIA_S3 = ['s3.*.amazonaws.com', 's3.*.amazonaws.com.cn'];

/**
 * A change set is authorized on its stack, so a resource pattern on `changeSet/...` confines
 * nothing: the name condition does. CloudFormation may present the name or the change set's ARN.
 */
function changeSetsNamed(prefix: string): NonNullable<Statement['Condition']> {
  return {
    StringLike: {
      'cloudformation:ChangeSetName': [
        `${prefix}*`,
        sub(`arn:${P}:cloudformation:*:${ACCOUNT}:changeSet/${prefix}*/*`),
      ],
    },
  };
}

/** What plan, verify and drift need to read: stacks, and the live state of what the stacks own. */
export const readStatements: Statement[] = [
  {
    Sid: 'ReadStacks',
    Effect: 'Allow',
    Action: [
      'cloudformation:DescribeStacks',
      'cloudformation:DescribeStackEvents',
      'cloudformation:DescribeStackResources',
      'cloudformation:ListStackResources',
      'cloudformation:GetTemplate',
      'cloudformation:DescribeChangeSet',
      'cloudformation:ListChangeSets',
      'cloudformation:DetectStackDrift',
      'cloudformation:DetectStackResourceDrift',
      'cloudformation:DescribeStackResourceDrifts',
    ],
    Resource: [sub(STACKS), sub(INSTANCE_STACKS), sub(CHANGE_SETS)],
  },
  {
    Sid: 'ReadStackSets',
    Effect: 'Allow',
    Action: [
      'cloudformation:DescribeStackSet',
      'cloudformation:ListStackInstances',
      'cloudformation:DescribeStackInstance',
      'cloudformation:DescribeStackSetOperation',
      'cloudformation:ListStackSetOperations',
      'cloudformation:ListStackSetOperationResults',
    ],
    Resource: sub(STACK_SETS),
  },
  {
    Sid: 'ReadAnywhereActions',
    Effect: 'Allow',
    // These actions accept no resource-level restriction.
    Action: [
      'cloudformation:DescribeStackDriftDetectionStatus',
      'cloudformation:ValidateTemplate',
      'cloudformation:GetTemplateSummary',
    ],
    Resource: '*',
  },
  {
    Sid: 'ReadBuckets',
    Effect: 'Allow',
    // Drift detection reads each bucket with the caller's rights, through the AWS::S3::Bucket read
    // handler, which asks for every bucket-level configuration: bucket-level reads only, on the
    // configs' buckets only (never every bucket policy of the account).
    Action: ['s3:GetBucket*', 's3:Get*Configuration'],
    Resource: BUCKET_ARNS,
  },
  {
    Sid: 'ReadKeys',
    Effect: 'Allow',
    Action: ['kms:DescribeKey', 'kms:GetKeyPolicy', 'kms:GetKeyRotationStatus', 'kms:ListResourceTags'],
    Resource: sub(KEYS),
  },
  {
    Sid: 'ReadReplicationRoles',
    Effect: 'Allow',
    Action: ['iam:GetRole', 'iam:GetRolePolicy', 'iam:ListRolePolicies', 'iam:ListAttachedRolePolicies'],
    Resource: sub(MANAGED_ROLES),
  },
];

/**
 * Templates over CloudFormation's inline limit are staged in a bucket of the stack's own account and
 * region. Plan and deploy each write and read only their own prefix: the plan role is open to every
 * pull request, and must never replace a template a deploy is about to run. Only deploy configures
 * the bucket (public access block, expiry): a pull request cannot loosen either.
 */
export function stageTemplates(prefix: 'plan' | 'deploy'): Statement[] {
  return [
    {
      Sid: 'StagingBucket',
      Effect: 'Allow',
      Action: [
        's3:CreateBucket',
        's3:ListBucket',
        ...(prefix === 'deploy' ? ['s3:PutBucketPublicAccessBlock', 's3:PutLifecycleConfiguration'] : []),
      ],
      Resource: sub(STAGING),
    },
    {
      Sid: 'StageLargeTemplates',
      Effect: 'Allow',
      Action: ['s3:PutObject', 's3:GetObject'],
      Resource: sub(`${STAGING}/${prefix}/*`),
    },
  ];
}

/** Change sets of existing stacks under the plan's own names; never executed, no stack deleted. */
export const previewChangeSets: Statement = {
  Sid: 'PreviewChangeSets',
  Effect: 'Allow',
  // No DeleteStack: this role is open to every pull request, and new stacks are planned from their templates.
  Action: ['cloudformation:CreateChangeSet', 'cloudformation:DeleteChangeSet'],
  Resource: sub(STACKS),
  Condition: changeSetsNamed(PLAN_CHANGE_SET_PREFIX),
};

/** A change set carries the topology's tags, which CloudFormation authorizes as tagging the stack. */
export const tagPlannedChangeSets: Statement = {
  Sid: 'TagChangeSets',
  Effect: 'Allow',
  Action: 'cloudformation:TagResource',
  Resource: sub(STACKS),
};

/** The deploy role's own change sets: a pull request's change set can never be executed by deploy. */
export const deployThroughChangeSets: Statement[] = [
  {
    Sid: 'DeployThroughChangeSets',
    Effect: 'Allow',
    Action: [
      'cloudformation:CreateChangeSet',
      'cloudformation:ExecuteChangeSet',
      'cloudformation:DeleteChangeSet',
    ],
    Resource: sub(STACKS),
    Condition: changeSetsNamed(DEPLOY_CHANGE_SET_PREFIX),
  },
  {
    Sid: 'ProtectStacks',
    Effect: 'Allow',
    Action: [
      'cloudformation:DeleteStack',
      'cloudformation:UpdateTerminationProtection',
      'cloudformation:SetStackPolicy',
      'cloudformation:TagResource',
    ],
    Resource: sub(STACKS),
  },
];

/**
 * verify writes a canary under a reserved path segment, reads the replica, and deletes both: object
 * rights on that segment of the configs' buckets only. KMS only through S3, and only for those
 * objects (or the bucket, for S3 Bucket Keys): no other SSE-KMS data can be decrypted this way.
 */
export const verifyCanaries: Statement[] = [
  {
    Sid: 'VerifyCanaryObjects',
    Effect: 'Allow',
    Action: [
      's3:PutObject',
      's3:PutObjectTagging',
      's3:GetObject',
      's3:GetObjectVersion',
      's3:GetObjectTagging',
      's3:GetObjectVersionTagging',
      's3:DeleteObject',
      's3:DeleteObjectVersion',
    ],
    Resource: bucketArnsWith(`/*${CANARY_SEGMENT}/*`),
  },
  {
    Sid: 'VerifyCanaryEncryption',
    Effect: 'Allow',
    Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
    Resource: sub(KEYS),
    Condition: {
      StringLike: {
        'kms:ViaService': VIA_S3,
        'kms:EncryptionContext:aws:s3:arn': {
          'Fn::Split': [
            ',',
            {
              'Fn::Join': [
                ',',
                [
                  { 'Fn::Join': [',', bucketArnsWith(`/*${CANARY_SEGMENT}/*`)] },
                  { 'Fn::Join': [',', BUCKET_ARNS] },
                ],
              ],
            },
          ],
        },
      },
    },
  },
];

/** Buckets CloudFormation creates and configures: the configs' buckets only, never deleted. */
export const manageBuckets: Statement = {
  Sid: 'ManageBuckets',
  Effect: 'Allow',
  // No s3:DeleteBucket: buckets are retained, and this role never needs to remove one.
  Action: [
    's3:CreateBucket',
    's3:ListBucket',
    's3:GetBucket*',
    's3:PutBucketVersioning',
    's3:PutBucketPolicy',
    's3:DeleteBucketPolicy',
    's3:PutBucketOwnershipControls',
    's3:PutBucketPublicAccessBlock',
    's3:PutBucketTagging',
    's3:PutEncryptionConfiguration',
    's3:GetEncryptionConfiguration',
    's3:PutReplicationConfiguration',
    's3:GetReplicationConfiguration',
    's3:PutLifecycleConfiguration',
    's3:GetLifecycleConfiguration',
  ],
  Resource: BUCKET_ARNS,
};

const productKey = { StringEquals: { [`aws:ResourceTag/${PRODUCT_KEY_TAG.key}`]: PRODUCT_KEY_TAG.value } };

/**
 * Keys: created only with the product's tag, and managed (policy, rotation, tags) only while they
 * carry it, which the role can never remove. KMS authorizes tags given to CreateKey with
 * kms:TagResource on every key of the account, so that allowance is held to the product's tag.
 */
export const manageKeys: Statement[] = [
  {
    Sid: 'CreateTaggedKeys',
    Effect: 'Allow',
    Action: ['kms:CreateKey', 'kms:TagResource'],
    // CreateKey cannot be scoped to a resource: the key does not exist yet.
    Resource: '*',
    Condition: { StringEquals: { [`aws:RequestTag/${PRODUCT_KEY_TAG.key}`]: PRODUCT_KEY_TAG.value } },
  },
  {
    Sid: 'ReadKeys',
    Effect: 'Allow',
    Action: ['kms:DescribeKey', 'kms:GetKeyPolicy', 'kms:GetKeyRotationStatus', 'kms:ListResourceTags'],
    Resource: sub(KEYS),
  },
  {
    Sid: 'ManageProductKeys',
    Effect: 'Allow',
    Action: [
      'kms:PutKeyPolicy',
      'kms:EnableKeyRotation',
      'kms:TagResource',
      'kms:UntagResource',
      'kms:UpdateKeyDescription',
    ],
    Resource: sub(KEYS),
    Condition: productKey,
  },
  {
    Sid: 'KeepTheProductTag',
    Effect: 'Deny',
    Action: 'kms:UntagResource',
    Resource: '*',
    Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': [PRODUCT_KEY_TAG.key] } },
  },
];

const withinBoundary = { StringEquals: { 'iam:PermissionsBoundary': sub(BOUNDARY_ARN) } };

/**
 * The delegation pattern of DESIGN.md §4: every role this role creates or edits carries the
 * replication boundary, which it can neither remove nor rewrite, so no template deployed through
 * it can mint a role worth more than replication between the product's buckets.
 */
export function manageReplicationRoles(ownRoleNames: readonly string[]): Statement[] {
  return [
    {
      Sid: 'ReadReplicationRolesForCloudFormation',
      Effect: 'Allow',
      Action: [
        'iam:GetRole',
        'iam:GetRolePolicy',
        'iam:ListRolePolicies',
        'iam:ListAttachedRolePolicies',
        'iam:TagRole',
        'iam:UntagRole',
      ],
      Resource: sub(MANAGED_ROLES),
    },
    {
      Sid: 'ManageReplicationRolesWithinTheBoundary',
      Effect: 'Allow',
      Action: [
        'iam:CreateRole',
        'iam:PutRolePermissionsBoundary',
        'iam:PutRolePolicy',
        'iam:DeleteRolePolicy',
        'iam:UpdateAssumeRolePolicy',
        'iam:UpdateRole',
        'iam:DeleteRole',
      ],
      Resource: sub(MANAGED_ROLES),
      Condition: withinBoundary,
    },
    {
      Sid: 'PassReplicationRolesToS3',
      Effect: 'Allow',
      Action: 'iam:PassRole',
      Resource: sub(MANAGED_ROLES),
      Condition: { StringEquals: { 'iam:PassedToService': 's3.amazonaws.com' } },
    },
    {
      Sid: 'NoRoleWithoutTheBoundary',
      Effect: 'Deny',
      Action: ['iam:CreateRole', 'iam:PutRolePermissionsBoundary'],
      Resource: '*',
      Condition: { StringNotEquals: { 'iam:PermissionsBoundary': sub(BOUNDARY_ARN) } },
    },
    {
      Sid: 'NeverLeaveOrRewriteTheBoundary',
      Effect: 'Deny',
      Action: [
        'iam:DeleteRolePermissionsBoundary',
        'iam:CreatePolicyVersion',
        'iam:DeletePolicyVersion',
        'iam:SetDefaultPolicyVersion',
        'iam:DeletePolicy',
      ],
      Resource: '*',
    },
    {
      Sid: 'NeverTheBootstrapRoles',
      Effect: 'Deny',
      Action: 'iam:*',
      Resource: ownRoleNames.map((name) => sub(`arn:${P}:iam::${ACCOUNT}:role/\${${name}}`)),
    },
  ];
}

/**
 * backfill (DESIGN.md §5): S3 Batch Replication jobs and nothing else. CreateJob has no resource
 * type, so it is held to the replication operation; the role a job runs as can only be a batch role
 * the execution role made (inside the boundary), and only for Batch Operations; completion reports
 * are read under the product's prefix of the configs' buckets, where S3 writes them (SSE-S3, so no
 * key is involved).
 */
export const backfillJobs: Statement[] = [
  {
    Sid: 'CreateBatchReplicationJobs',
    Effect: 'Allow',
    Action: 's3:CreateJob',
    Resource: '*',
    Condition: { StringEquals: { 's3:RequestJobOperation': 'S3ReplicateObject' } },
  },
  {
    Sid: 'FollowBatchJobs',
    Effect: 'Allow',
    Action: 's3:DescribeJob',
    Resource: sub(`arn:${P}:s3:*:${ACCOUNT}:job/*`),
  },
  {
    Sid: 'FindRunningBatchJobs',
    Effect: 'Allow',
    // ListJobs accepts no resource-level restriction.
    Action: 's3:ListJobs',
    Resource: '*',
  },
  {
    Sid: 'ReadBackfillReports',
    Effect: 'Allow',
    Action: 's3:GetObject',
    Resource: bucketArnsWith(`/${BATCH_COMPLETION_PREFIX}/*`),
  },
  {
    Sid: 'PassBatchRolesToBatchOperations',
    Effect: 'Allow',
    Action: 'iam:PassRole',
    Resource: sub(MANAGED_ROLES),
    Condition: { StringEquals: { 'iam:PassedToService': BATCH_OPERATIONS_SERVICE } },
  },
  {
    Sid: 'NoOtherRoleForBatchOperations',
    Effect: 'Deny',
    // The replication roles match the managed pattern too: Batch Operations gets a batch role only.
    Action: 'iam:PassRole',
    NotResource: sub(`arn:${P}:iam::${ACCOUNT}:role/*${BATCH_ROLE_SUFFIX}`),
    Condition: { StringEquals: { 'iam:PassedToService': BATCH_OPERATIONS_SERVICE } },
  },
];
