import { RETAIN, and, equals, fnIf, getAtt, not, ref, sub, type Json, type Template } from './cfn.js';
import { policyDocument } from './policy.js';
import { DEFAULT_REPLICATION_BOUNDARY } from '../model/names.js';
import {
  INSTANCE_STACKS,
  backfillJobs,
  deployThroughChangeSets,
  manageBuckets,
  manageKeys,
  manageReplicationRoles,
  previewChangeSets,
  readStatements,
  stageTemplates,
  tagPlannedChangeSets,
  verifyCanaries,
} from './bootstrap-policies.js';
import { manageMonitoring, readMonitoring, verifyFailureEvents } from './monitoring-policies.js';
import { SCOPE_CONDITIONS, SCOPE_PARAMETERS } from './product-scope.js';
import { replicationBoundaryDocument } from './replication-boundary.js';

const GITHUB_ISSUER = 'token.actions.githubusercontent.com';

/** Name form `repo:ORG/REPO`, or the immutable-id form `repo:ORG@ORGID/REPO@REPOID` when ids are given. */
const SUBJECT_PREFIX = fnIf(
  'UseImmutableIds',
  sub('repo:${GitHubOrg}@${GitHubOrgId}/${GitHubRepo}@${GitHubRepoId}'),
  sub('repo:${GitHubOrg}/${GitHubRepo}'),
);
const subject = (suffix: string): Json => ({ 'Fn::Join': ['', [SUBJECT_PREFIX, suffix]] });
const subjectOf = (suffix: Json): Json => ({ 'Fn::Join': ['', [SUBJECT_PREFIX, suffix]] });

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
const STACK_SET_ADMINISTRATION_ROLE =
  'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackSetAdministrationRoleName}';
/** The template's own role-name parameters: the execution role may never touch these roles. */
const OWN_ROLE_NAME_PARAMETERS = [
  'PlanRoleName',
  'DeployRoleName',
  'ExecutionRoleName',
  'StackSetAdministrationRoleName',
  'StackSetExecutionRoleName',
] as const;

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
      Condition: {
        StringEquals: { [`${GITHUB_ISSUER}:aud`]: 'sts.amazonaws.com', [`${GITHUB_ISSUER}:sub`]: subjects },
      },
    },
  ]);
}

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
        Description:
          'Numeric owner id; with GitHubRepoId, trusts the immutable subject form repo:ORG@ORGID/REPO@REPOID.',
        AllowedPattern: '^[0-9]*$',
      },
      GitHubRepoId: {
        Type: 'String',
        Default: '',
        Description: 'Numeric repository id (see GitHubOrgId).',
        AllowedPattern: '^[0-9]*$',
      },
      DeployBranch: {
        Type: 'String',
        Default: 'main',
        Description:
          'Branch whose workflows may deploy (ignored when DeployEnvironment is set) and run drift checks.',
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
        Description:
          'ARN of an existing GitHub OIDC provider in this account; empty to create one (or to reuse, see ReuseOidcProvider).',
        AllowedPattern:
          '^$|^arn:aws(-cn|-us-gov)?:iam::[0-9]{12}:oidc-provider/token\\.actions\\.githubusercontent\\.com$',
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
      ...SCOPE_PARAMETERS,
      ManagedRoleNamePattern: {
        Type: 'String',
        // Never s3-xrepl-*: that would match this template's own roles (they are denied to the execution
        // role anyway). Never a leading wildcard: the pattern must name the product's roles, not any role.
        Default: 's3-xrepl-*-replication',
        Description:
          'Replication role names the execution role may create and edit (always with the permissions boundary), as a pattern.',
        AllowedPattern: '^[\\w+=,.@-]{3,}[\\w+=,.@*?-]*$',
        ConstraintDescription: 'an IAM role name pattern starting with at least three literal characters',
      },
      ReplicationBoundaryName: {
        Type: 'String',
        Default: DEFAULT_REPLICATION_BOUNDARY,
        Description: 'Name of the managed policy every replication role carries as its permissions boundary.',
        AllowedPattern: '^[\\w+=,.@-]{1,128}$',
      },
      PlanRoleName: {
        Type: 'String',
        Default: 's3-xrepl-plan',
        Description: 'Name of the plan role.',
        AllowedPattern: '^[\\w+=,.@-]{1,64}$',
      },
      DeployRoleName: {
        Type: 'String',
        Default: 's3-xrepl-deploy',
        Description: 'Name of the deploy role.',
        AllowedPattern: '^[\\w+=,.@-]{1,64}$',
      },
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
      ...SCOPE_CONDITIONS,
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
      ReplicationBoundary: {
        Type: 'AWS::IAM::ManagedPolicy',
        // Replication roles keep carrying it if the bootstrap goes: IAM would refuse to delete it anyway.
        ...RETAIN,
        Properties: {
          ManagedPolicyName: ref('ReplicationBoundaryName'),
          Description:
            's3-xrepl: the permissions boundary of every replication role: replication between the product buckets only.',
          PolicyDocument: replicationBoundaryDocument(),
        },
      },
      PlanRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: ref('PlanRoleName'),
          Description:
            's3-xrepl plan, verify and drift: read-only, plus change sets that are never executed.',
          MaxSessionDuration: 3600,
          AssumeRolePolicyDocument: githubTrust([
            subject(':pull_request'),
            subjectOf(sub(':ref:refs/heads/${DeployBranch}')),
          ]),
          Policies: [
            {
              PolicyName: 'plan',
              PolicyDocument: policyDocument([
                ...readStatements,
                ...readMonitoring,
                ...stageTemplates('plan'),
                previewChangeSets,
                tagPlannedChangeSets,
              ]),
            },
          ],
        },
      },
      BackfillPolicy: {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: {
          // A managed policy of its own: IAM's 10,240 characters for a role's inline policies are
          // taken by the deploy role's reads and canaries when the configs name many buckets.
          ManagedPolicyName: sub('${DeployRoleName}-backfill'),
          Description:
            's3-xrepl backfill: S3 Batch Replication jobs with the batch roles, and their completion reports.',
          PolicyDocument: policyDocument(backfillJobs),
        },
      },
      DeployRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          ManagedPolicyArns: [ref('BackfillPolicy')],
          RoleName: ref('DeployRoleName'),
          Description:
            's3-xrepl deploy: drives CloudFormation with the execution role; no direct resource rights.',
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
                ...readMonitoring,
                ...stageTemplates('deploy'),
                ...verifyCanaries,
                ...verifyFailureEvents,
                ...deployThroughChangeSets,
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
                  Condition: {
                    StringEquals: { 'cloudformation:RoleArn': sub(STACK_SET_ADMINISTRATION_ROLE) },
                  },
                },
                {
                  Sid: 'UpdateDestinationStackSets',
                  Effect: 'Allow',
                  Action: ['cloudformation:UpdateStackSet'],
                  Resource: [
                    sub(DESTINATION_STACK_SETS),
                    sub(DESTINATION_STACK_SET_TARGETS),
                    sub(DESTINATION_TYPES[0]!),
                    sub(DESTINATION_TYPES[1]!),
                  ],
                  Condition: {
                    StringEquals: { 'cloudformation:RoleArn': sub(STACK_SET_ADMINISTRATION_ROLE) },
                  },
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
                  Resource: [
                    sub(DESTINATION_STACK_SETS),
                    sub(DESTINATION_STACK_SET_TARGETS),
                    sub(DESTINATION_TYPES[0]!),
                    sub(DESTINATION_TYPES[1]!),
                  ],
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
          Description:
            's3-xrepl: CloudFormation creates buckets, keys and the replication role with this role.',
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
              PolicyDocument: policyDocument([
                manageBuckets,
                ...manageKeys,
                ...manageReplicationRoles(OWN_ROLE_NAME_PARAMETERS),
                ...manageMonitoring,
              ]),
            },
          ],
        },
      },
      StackSetAdministrationRole: {
        Type: 'AWS::IAM::Role',
        Condition: 'CreateStackSetAdministrationRole',
        Properties: {
          RoleName: ref('StackSetAdministrationRoleName'),
          Description:
            's3-xrepl: StackSets acts as this role to reach the destination accounts, and nothing else.',
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
                manageBuckets,
                ...manageKeys,
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
      ExecutionRoleArn: {
        Description: 'CloudFormation execution role.',
        Value: getAtt('ExecutionRole', 'Arn'),
      },
      ReplicationBoundaryArn: {
        Description:
          'Permissions boundary for replication roles (the source template parameter ReplicationRoleBoundaryArn).',
        Value: ref('ReplicationBoundary'),
      },
    },
  };
}
