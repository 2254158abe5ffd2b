import { and, equals, fnIf, getAtt, not, ref, sub, type Json, type Template } from './cfn.js';
import { policyDocument, type Statement } from './policy.js';
import { CANARY_SEGMENT } from '../model/canary.js';

const GITHUB_ISSUER = 'token.actions.githubusercontent.com';

/** Name form `repo:ORG/REPO`, or the immutable-id form `repo:ORG@ORGID/REPO@REPOID` when ids are given. */
const SUBJECT_PREFIX = fnIf(
  'UseImmutableIds',
  sub('repo:${GitHubOrg}@${GitHubOrgId}/${GitHubRepo}@${GitHubRepoId}'),
  sub('repo:${GitHubOrg}/${GitHubRepo}'),
);
const subject = (suffix: string): Json => ({ 'Fn::Join': ['', [SUBJECT_PREFIX, suffix]] });
const subjectOf = (suffix: Json): Json => ({ 'Fn::Join': ['', [SUBJECT_PREFIX, suffix]] });

const STACKS = 'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stack/${StackPrefix}-*/*';
/** A topology's destinations deployed as a StackSet: its instances' stacks, and the StackSet itself. */
const INSTANCE_STACKS = 'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stack/StackSet-${StackPrefix}-*/*';
const STACK_SETS = 'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stackset/${StackPrefix}-*:*';
/** Only the destinations' StackSets are the deploy role's to change: never the bootstrap StackSet. */
const DESTINATION_STACK_SETS =
  'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stackset/${StackPrefix}-*-destinations:*';
const DESTINATION_STACK_SET_TARGETS =
  'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stackset-target/${StackPrefix}-*-destinations:*';
/** Public resource types have no account in their ARN: the wildcard matches either form. */
const DESTINATION_TYPES = [
  'arn:${AWS::Partition}:cloudformation:*:*:type/resource/AWS-S3-*',
  'arn:${AWS::Partition}:cloudformation:*:*:type/resource/AWS-KMS-*',
] as const;
const STACK_SET_ADMINISTRATION_ROLE = 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackSetAdministrationRoleName}';
/** The plan's change sets are named s3-xrepl-plan-<run>; the deploy's s3-xrepl-<run>. */
const PLAN_CHANGE_SETS = 'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:changeSet/s3-xrepl-plan-*/*';
const CHANGE_SETS = 'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:changeSet/*/*';
const KEYS = 'arn:${AWS::Partition}:kms:*:${AWS::AccountId}:key/*';
const BUCKETS = 'arn:${AWS::Partition}:s3:::${BucketNamePattern}';
const STAGING = 'arn:${AWS::Partition}:s3:::s3-xrepl-staging-${AWS::AccountId}-*';
const MANAGED_ROLES = 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${ManagedRoleNamePattern}';

/** The provider this template created, the ARN given, or the account's own GitHub provider. */
const OIDC_PROVIDER = fnIf(
  'CreateOidcProvider',
  getAtt('GitHubOidcProvider', 'Arn'),
  fnIf(
    'OidcProviderArnGiven',
    ref('OidcProviderArn'),
    sub(`arn:\${AWS::Partition}:iam::\${AWS::AccountId}:oidc-provider/${GITHUB_ISSUER}`),
  ),
);

function githubTrust(subjects: Json): Json {
  return policyDocument([
    {
      Sid: 'GitHubActionsOidc',
      Effect: 'Allow',
      Principal: { Federated: OIDC_PROVIDER },
      Action: 'sts:AssumeRoleWithWebIdentity',
      // StringEquals on both claims: never StringLike with a wildcard, never ForAllValues in an Allow.
      Condition: { StringEquals: { [`${GITHUB_ISSUER}:aud`]: 'sts.amazonaws.com', [`${GITHUB_ISSUER}:sub`]: subjects } },
    },
  ]);
}

/** What plan, verify and drift need to read: stacks, and the live state of what the stacks own. */
const readStatements: Statement[] = [
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
    Action: ['cloudformation:DescribeStackDriftDetectionStatus', 'cloudformation:ValidateTemplate', 'cloudformation:GetTemplateSummary'],
    Resource: '*',
  },
  {
    Sid: 'ReadBuckets',
    Effect: 'Allow',
    // Drift detection reads each bucket with the caller's rights, through the AWS::S3::Bucket read
    // handler, which asks for every bucket-level configuration (CORS, logging, website, notification,
    // analytics, inventory, metrics, ...): bucket-level reads only, on the config's buckets.
    Action: ['s3:GetBucket*', 's3:Get*Configuration'],
    Resource: sub(BUCKETS),
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
 * pull request, and must never be able to replace a template a deploy is about to run.
 */
function stageTemplates(prefix: 'plan' | 'deploy'): Statement[] {
  return [
    {
      Sid: 'StagingBucket',
      Effect: 'Allow',
      Action: ['s3:CreateBucket', 's3:ListBucket', 's3:PutBucketPublicAccessBlock', 's3:PutLifecycleConfiguration'],
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

/**
 * verify writes a canary under a reserved path segment, reads the replica, and deletes both: object
 * rights on that segment only, in the config's buckets only. KMS: S3 asks for a data key on the
 * deploy role's behalf; S3's own check above is the real gate.
 */
const verifyCanaries: Statement[] = [
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
    Resource: sub(`${BUCKETS}/*${CANARY_SEGMENT}/*`),
  },
  {
    Sid: 'VerifyCanaryEncryption',
    Effect: 'Allow',
    Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
    Resource: sub('arn:${AWS::Partition}:kms:*:${AWS::AccountId}:key/*'),
    Condition: { StringLike: { 'kms:ViaService': 's3.*' } },
  },
];


/**
 * What CloudFormation needs to create and update buckets, keys and the replication role: held by
 * the execution role (stacks) and the StackSet execution role (destinations as a StackSet).
 */
const manageReplicationResources: Statement[] = [
                {
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
                  Resource: sub(BUCKETS),
                },
                {
                  Sid: 'CreateKeys',
                  Effect: 'Allow',
                  // CreateKey cannot be scoped to a resource: the key does not exist yet.
                  Action: ['kms:CreateKey'],
                  Resource: '*',
                },
                {
                  Sid: 'ManageKeys',
                  Effect: 'Allow',
                  Action: [
                    'kms:DescribeKey',
                    'kms:GetKeyPolicy',
                    'kms:PutKeyPolicy',
                    'kms:EnableKeyRotation',
                    'kms:GetKeyRotationStatus',
                    'kms:TagResource',
                    'kms:UntagResource',
                    'kms:ListResourceTags',
                    'kms:UpdateKeyDescription',
                  ],
                  Resource: sub(KEYS),
                },
                {
                  Sid: 'ManageReplicationRoles',
                  Effect: 'Allow',
                  Action: [
                    'iam:CreateRole',
                    'iam:DeleteRole',
                    'iam:GetRole',
                    'iam:UpdateRole',
                    'iam:UpdateAssumeRolePolicy',
                    'iam:PutRolePolicy',
                    'iam:DeleteRolePolicy',
                    'iam:GetRolePolicy',
                    'iam:ListRolePolicies',
                    'iam:ListAttachedRolePolicies',
                    'iam:TagRole',
                    'iam:UntagRole',
                  ],
                  Resource: sub(MANAGED_ROLES),
                },
                {
                  Sid: 'PassReplicationRoleToS3',
                  Effect: 'Allow',
                  Action: 'iam:PassRole',
                  Resource: sub(MANAGED_ROLES),
                  Condition: { StringEquals: { 'iam:PassedToService': 's3.amazonaws.com' } },
                },
];

/**
 * Bootstrap for one account, meant for a StackSet (one region per account: IAM is global). Three
 * roles: plan (pull requests and the deploy branch, read-only plus throwaway change sets), deploy
 * (the deploy branch or environment; drives CloudFormation and passes the execution role, nothing
 * else), and the CloudFormation execution role that holds the resource permissions.
 */
export function buildBootstrapTemplate(): Template {
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description:
      's3-xrepl bootstrap: GitHub OIDC provider (created or reused), plan and deploy roles trusted by one ' +
      'repository, and the CloudFormation execution role. Deploy as a StackSet in one region per account.',
    Parameters: {
      GitHubOrg: {
        Type: 'String',
        Description: 'GitHub organization or user that owns the repository.',
        AllowedPattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,38}$',
      },
      GitHubRepo: {
        Type: 'String',
        Description: 'Repository name (no wildcards: one repository per bootstrap).',
        AllowedPattern: '^[A-Za-z0-9_.-]{1,100}$',
      },
      GitHubOrgId: {
        Type: 'String',
        Default: '',
        Description: 'Numeric owner id; with GitHubRepoId, trusts the immutable subject form repo:ORG@ORGID/REPO@REPOID.',
        AllowedPattern: '^[0-9]*$',
      },
      GitHubRepoId: { Type: 'String', Default: '', Description: 'Numeric repository id (see GitHubOrgId).', AllowedPattern: '^[0-9]*$' },
      DeployBranch: {
        Type: 'String',
        Default: 'main',
        Description: 'Branch whose workflows may deploy (ignored when DeployEnvironment is set) and run drift checks.',
        AllowedPattern: '^[A-Za-z0-9._/-]{1,200}$',
      },
      DeployEnvironment: {
        Type: 'String',
        Default: '',
        Description: 'GitHub environment whose jobs may deploy; empty to trust the deploy branch instead.',
        AllowedPattern: '^[A-Za-z0-9 ._-]{0,255}$',
      },
      OidcProviderArn: {
        Type: 'String',
        Default: '',
        Description: 'ARN of an existing GitHub OIDC provider in this account; empty to create one (or to reuse, see ReuseOidcProvider).',
        AllowedPattern: '^$|^arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:oidc-provider/token\\.actions\\.githubusercontent\\.com$',
      },
      ReuseOidcProvider: {
        Type: 'String',
        Default: 'false',
        AllowedValues: ['false', 'true'],
        Description:
          "true: use this account's existing GitHub OIDC provider (an account holds one per URL), so one StackSet value fits every account.",
      },
      StackPrefix: {
        Type: 'String',
        Default: 's3-xrepl',
        Description: 'Stack name prefix the roles may manage.',
        AllowedPattern: '^[A-Za-z][A-Za-z0-9-]{0,39}$',
      },
      BucketNamePattern: {
        Type: 'String',
        Default: '*',
        Description: 'Buckets the roles may manage, as an ARN resource pattern such as acme-replica-*.',
        AllowedPattern: '^[a-z0-9.*?-]{1,63}$',
      },
      ManagedRoleNamePattern: {
        Type: 'String',
        // Never s3-xrepl-*: that would match this template's own roles, which the execution role could then rewrite.
        Default: 's3-xrepl-*-replication',
        Description: 'Replication role names the execution role may create, as a pattern.',
        AllowedPattern: '^[\\w+=,.@*?-]{1,64}$',
      },
      PlanRoleName: { Type: 'String', Default: 's3-xrepl-plan', Description: 'Name of the plan role.', AllowedPattern: '^[\\w+=,.@-]{1,64}$' },
      DeployRoleName: { Type: 'String', Default: 's3-xrepl-deploy', Description: 'Name of the deploy role.', AllowedPattern: '^[\\w+=,.@-]{1,64}$' },
      ExecutionRoleName: {
        Type: 'String',
        Default: 's3-xrepl-cfn-exec',
        Description: 'Name of the CloudFormation execution role.',
        AllowedPattern: '^[\\w+=,.@-]{1,64}$',
      },
      StackSetAdministratorAccount: {
        Type: 'String',
        Default: '',
        Description:
          'Account that deploys destinations as a StackSet (destinationStackSet in a config): this account then gets the StackSet execution role, trusting that account only. Empty: none.',
        AllowedPattern: '^([0-9]{12})?$',
      },
      CreateStackSetAdministrationRole: {
        Type: 'String',
        Default: 'false',
        AllowedValues: ['false', 'true'],
        Description: 'true in the StackSet administrator account: create the role StackSets acts as there.',
      },
      StackSetAdministrationRoleName: {
        Type: 'String',
        Default: 's3-xrepl-stackset-admin',
        Description: 'Name of the StackSet administration role (in the administrator account).',
        AllowedPattern: '^[\\w+=,.@-]{1,64}$',
      },
      StackSetExecutionRoleName: {
        Type: 'String',
        Default: 's3-xrepl-stackset-exec',
        Description: 'Name of the StackSet execution role (in the destination accounts).',
        AllowedPattern: '^[\\w+=,.@-]{1,64}$',
      },
    },
    Conditions: {
      OidcProviderArnGiven: not(equals(ref('OidcProviderArn'), '')),
      CreateOidcProvider: and(equals(ref('OidcProviderArn'), ''), equals(ref('ReuseOidcProvider'), 'false')),
      UseImmutableIds: and(not(equals(ref('GitHubOrgId'), '')), not(equals(ref('GitHubRepoId'), ''))),
      DeployFromEnvironment: not(equals(ref('DeployEnvironment'), '')),
      CreateStackSetExecutionRole: not(equals(ref('StackSetAdministratorAccount'), '')),
      CreateStackSetAdministrationRole: equals(ref('CreateStackSetAdministrationRole'), 'true'),
    },
    Resources: {
      GitHubOidcProvider: {
        Type: 'AWS::IAM::OIDCProvider',
        Condition: 'CreateOidcProvider',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        // No thumbprint: IAM trusts GitHub's issuer through its own root CAs.
        Properties: { Url: `https://${GITHUB_ISSUER}`, ClientIdList: ['sts.amazonaws.com'] },
      },
      PlanRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: ref('PlanRoleName'),
          Description: 's3-xrepl plan, verify and drift: read-only, plus change sets that are never executed.',
          MaxSessionDuration: 3600,
          AssumeRolePolicyDocument: githubTrust([subject(':pull_request'), subjectOf(sub(':ref:refs/heads/${DeployBranch}'))]),
          Policies: [
            {
              PolicyName: 'plan',
              PolicyDocument: policyDocument([
                ...readStatements,
                ...stageTemplates('plan'),
                {
                  Sid: 'PreviewChangeSets',
                  Effect: 'Allow',
                  // Change sets of existing stacks only, under the plan's own name: no DeleteStack (this role is
                  // open to every pull request; new stacks are planned from their templates), and no touching a
                  // deploy's change set. TagResource: a change set carries the topology's tags.
                  Action: ['cloudformation:CreateChangeSet', 'cloudformation:DeleteChangeSet', 'cloudformation:TagResource'],
                  Resource: [sub(STACKS), sub(PLAN_CHANGE_SETS)],
                },
              ]),
            },
          ],
        },
      },
      DeployRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: ref('DeployRoleName'),
          Description: 's3-xrepl deploy: drives CloudFormation with the execution role; no direct resource rights.',
          MaxSessionDuration: 3600,
          AssumeRolePolicyDocument: githubTrust(
            fnIf(
              'DeployFromEnvironment',
              subjectOf(sub(':environment:${DeployEnvironment}')),
              subjectOf(sub(':ref:refs/heads/${DeployBranch}')),
            ),
          ),
          Policies: [
            {
              PolicyName: 'deploy',
              PolicyDocument: policyDocument([
                ...readStatements,
                ...stageTemplates('deploy'),
                ...verifyCanaries,
                {
                  Sid: 'DeployThroughChangeSets',
                  Effect: 'Allow',
                  Action: [
                    'cloudformation:CreateChangeSet',
                    'cloudformation:ExecuteChangeSet',
                    'cloudformation:DeleteChangeSet',
                    'cloudformation:DeleteStack',
                    'cloudformation:UpdateTerminationProtection',
                    'cloudformation:SetStackPolicy',
                    'cloudformation:TagResource',
                  ],
                  Resource: [sub(STACKS), sub(CHANGE_SETS)],
                },
                {
                  Sid: 'PassOnlyTheExecutionRole',
                  Effect: 'Allow',
                  Action: 'iam:PassRole',
                  Resource: getAtt('ExecutionRole', 'Arn'),
                  Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } },
                },
                {
                  Sid: 'CreateDestinationStackSets',
                  Effect: 'Allow',
                  // CreateStackSet has no resource type: it is held to the administration role below, which
                  // can reach nothing but the destination accounts' StackSet execution roles.
                  Action: ['cloudformation:CreateStackSet'],
                  Resource: '*',
                  Condition: { StringEquals: { 'cloudformation:RoleArn': sub(STACK_SET_ADMINISTRATION_ROLE) } },
                },
                {
                  Sid: 'UpdateDestinationStackSets',
                  Effect: 'Allow',
                  Action: ['cloudformation:UpdateStackSet'],
                  Resource: [sub(DESTINATION_STACK_SETS), sub(DESTINATION_STACK_SET_TARGETS), sub(DESTINATION_TYPES[0]!), sub(DESTINATION_TYPES[1]!)],
                  Condition: { StringEquals: { 'cloudformation:RoleArn': sub(STACK_SET_ADMINISTRATION_ROLE) } },
                },
                {
                  Sid: 'DeployDestinationInstances',
                  Effect: 'Allow',
                  // StackSets also authorizes each operation on its targets (stackset-target) and on the
                  // template's resource types (type): buckets and keys only.
                  Action: [
                    'cloudformation:CreateStackInstances',
                    'cloudformation:UpdateStackInstances',
                    'cloudformation:TagResource',
                    'cloudformation:UntagResource',
                  ],
                  Resource: [sub(DESTINATION_STACK_SETS), sub(DESTINATION_STACK_SET_TARGETS), sub(DESTINATION_TYPES[0]!), sub(DESTINATION_TYPES[1]!)],
                },
                {
                  Sid: 'PassOnlyTheStackSetAdministrationRole',
                  Effect: 'Allow',
                  Action: 'iam:PassRole',
                  Resource: sub(STACK_SET_ADMINISTRATION_ROLE),
                  Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } },
                },
              ]),
            },
          ],
        },
      },
      ExecutionRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: ref('ExecutionRoleName'),
          Description: 's3-xrepl: CloudFormation creates buckets, keys and the replication role with this role.',
          AssumeRolePolicyDocument: policyDocument([
            {
              Sid: 'CloudFormationOnly',
              Effect: 'Allow',
              Principal: { Service: 'cloudformation.amazonaws.com' },
              Action: 'sts:AssumeRole',
              Condition: { StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') } },
            },
          ]),
          Policies: [
            {
              PolicyName: 'manage-replication-resources',
              PolicyDocument: policyDocument(manageReplicationResources),
            },
          ],
        },
      },
      StackSetAdministrationRole: {
        Type: 'AWS::IAM::Role',
        Condition: 'CreateStackSetAdministrationRole',
        Properties: {
          RoleName: ref('StackSetAdministrationRoleName'),
          Description: 's3-xrepl: StackSets acts as this role to reach the destination accounts, and nothing else.',
          AssumeRolePolicyDocument: policyDocument([
            {
              Sid: 'TheDestinationStackSetsOnly',
              Effect: 'Allow',
              Principal: { Service: 'cloudformation.amazonaws.com' },
              Action: 'sts:AssumeRole',
              Condition: {
                StringEquals: { 'aws:SourceAccount': ref('AWS::AccountId') },
                ArnLike: { 'aws:SourceArn': sub(DESTINATION_STACK_SETS) },
              },
            },
          ]),
          Policies: [
            {
              PolicyName: 'assume-stackset-execution-roles',
              PolicyDocument: policyDocument([
                {
                  Sid: 'AssumeOnlyTheExecutionRoles',
                  Effect: 'Allow',
                  Action: 'sts:AssumeRole',
                  Resource: sub('arn:${AWS::Partition}:iam::*:role/${StackSetExecutionRoleName}'),
                },
              ]),
            },
          ],
        },
      },
      StackSetExecutionRole: {
        Type: 'AWS::IAM::Role',
        Condition: 'CreateStackSetExecutionRole',
        Properties: {
          RoleName: ref('StackSetExecutionRoleName'),
          Description:
            "s3-xrepl: StackSets deploys destination instances here with this role: the execution role's rights, on the instances' stacks.",
          AssumeRolePolicyDocument: policyDocument([
            {
              Sid: 'TheAdministratorAccountsStackSetsOnly',
              Effect: 'Allow',
              // The account, pinned to the role's ARN: IAM refuses a role principal that does not exist
              // yet, and the administration role may be created by the same bootstrap, or later.
              Principal: { AWS: sub('arn:${AWS::Partition}:iam::${StackSetAdministratorAccount}:root') },
              Action: 'sts:AssumeRole',
              Condition: {
                ArnEquals: {
                  'aws:PrincipalArn': sub(
                    'arn:${AWS::Partition}:iam::${StackSetAdministratorAccount}:role/${StackSetAdministrationRoleName}',
                  ),
                },
              },
            },
          ]),
          Policies: [
            {
              PolicyName: 'deploy-destination-instances',
              PolicyDocument: policyDocument([
                {
                  Sid: 'InstanceStacks',
                  Effect: 'Allow',
                  // StackSets needs full CloudFormation rights on the stacks it manages (tags, stack policy, ...).
                  Action: 'cloudformation:*',
                  Resource: sub(INSTANCE_STACKS),
                },
                {
                  Sid: 'CheckTemplates',
                  Effect: 'Allow',
                  Action: ['cloudformation:ValidateTemplate', 'cloudformation:GetTemplateSummary'],
                  Resource: '*',
                },
                // Destinations hold a bucket and a key: no IAM rights.
                ...manageReplicationResources.filter((st) => !st.Sid?.includes('ReplicationRole')),
              ]),
            },
          ],
        },
      },
    },
    Outputs: {
      OidcProviderArn: {
        Description: 'ARN of the GitHub OIDC provider used by the roles.',
        Value: OIDC_PROVIDER,
      },
      PlanRoleArn: { Description: 'Role for mode: plan and drift.', Value: getAtt('PlanRole', 'Arn') },
      DeployRoleArn: { Description: 'Role for mode: deploy and verify.', Value: getAtt('DeployRole', 'Arn') },
      ExecutionRoleArn: { Description: 'CloudFormation execution role.', Value: getAtt('ExecutionRole', 'Arn') },
    },
  };
}
