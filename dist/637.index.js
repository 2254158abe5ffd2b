export const id = 637;
export const ids = [637];
export const modules = {

/***/ 9863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, in hex. The core stays free of node:*, and a
 * report digest needs a hash nobody can match on purpose; test/unit checks it against node:crypto.
 */
var sha256 = (function(text) {
    const bytes = new TextEncoder().encode(text);
    // Message, 0x80, zeros, and the bit length in the last 8 bytes of a 64-byte block.
    const blocks = Math.ceil((bytes.length + 9) / 64);
    const data = new Uint8Array(blocks * 64);
    data.set(bytes);
    data[bytes.length] = 0x80;
    const view = new DataView(data.buffer);
    view.setUint32(data.length - 8, Math.floor(bytes.length / 0x20000000));
    view.setUint32(data.length - 4, (bytes.length << 3) >>> 0);
    const h = [...H0];
    const w = new Uint32Array(64);
    for (let b = 0; b < blocks; b++) {
        for (let i = 0; i < 16; i++)
            w[i] = view.getUint32(b * 64 + i * 4);
        for (let i = 16; i < 64; i++) {
            const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
            const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
            w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
        }
        let [a, b1, c, d, e, f, g, hh] = h;
        for (let i = 0; i < 64; i++) {
            const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
            const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b1) ^ (a & c) ^ (b1 & c))) >>> 0;
            hh = g;
            g = f;
            f = e;
            e = (d + t1) >>> 0;
            d = c;
            c = b1;
            b1 = a;
            a = (t1 + t2) >>> 0;
        }
        [a, b1, c, d, e, f, g, hh].forEach((v, i) => (h[i] = (h[i] + v) >>> 0));
    }
    return h.map((v) => v.toString(16).padStart(8, '0')).join('');
});

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ sha256)
/* harmony export */ });
const rotr = ((x, n) => (x >>> n) | (x << (32 - n)));
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
];


/***/ }),

/***/ 7611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
/**
 * A change set is authorized on its stack, so a resource pattern on `changeSet/...` confines
 * nothing: the name condition does. CloudFormation may present the name or the change set's ARN.
 */
var changeSetsNamed = (function(prefix) {
    return {
        StringLike: {
            'cloudformation:ChangeSetName': [
                `${prefix}*`,
                (0,cfn/* sub */.jb)(`arn:${P}:cloudformation:*:${ACCOUNT}:changeSet/${prefix}*/*`),
            ],
        },
    };
});
/**
 * Templates over CloudFormation's inline limit are staged in a bucket of the stack's own account and
 * region. Plan and deploy each write and read only their own prefix: the plan role is open to every
 * pull request, and must never replace a template a deploy is about to run. Only deploy configures
 * the bucket (public access block, expiry): a pull request cannot loosen either.
 */
var stageTemplates = (function(prefix) {
    return [
        {
            Sid: 'StagingBucket',
            Effect: 'Allow',
            Action: [
                's3:CreateBucket',
                's3:ListBucket',
                ...(prefix === 'deploy' ? ['s3:PutBucketPublicAccessBlock', 's3:PutLifecycleConfiguration'] : []),
            ],
            Resource: (0,cfn/* sub */.jb)(STAGING),
        },
        {
            Sid: 'StageLargeTemplates',
            Effect: 'Allow',
            Action: ['s3:PutObject', 's3:GetObject'],
            Resource: (0,cfn/* sub */.jb)(`${STAGING}/${prefix}/*`),
        },
    ];
});
/**
 * The delegation pattern of DESIGN.md §4: every role this role creates or edits carries the
 * replication boundary, which it can neither remove nor rewrite, so no template deployed through
 * it can mint a role worth more than replication between the product's buckets.
 */
var manageReplicationRoles = (function(ownRoleNames) {
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
            Resource: (0,cfn/* sub */.jb)(MANAGED_ROLES),
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
            Resource: (0,cfn/* sub */.jb)(MANAGED_ROLES),
            Condition: withinBoundary,
        },
        {
            Sid: 'PassReplicationRolesToS3',
            Effect: 'Allow',
            Action: 'iam:PassRole',
            Resource: (0,cfn/* sub */.jb)(MANAGED_ROLES),
            Condition: { StringEquals: { 'iam:PassedToService': 's3.amazonaws.com' } },
        },
        {
            Sid: 'NoRoleWithoutTheBoundary',
            Effect: 'Deny',
            Action: ['iam:CreateRole', 'iam:PutRolePermissionsBoundary'],
            Resource: '*',
            Condition: { StringNotEquals: { 'iam:PermissionsBoundary': (0,cfn/* sub */.jb)(BOUNDARY_ARN) } },
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
            Resource: ownRoleNames.map((name) => (0,cfn/* sub */.jb)(`arn:${P}:iam::${ACCOUNT}:role/\${${name}}`)),
        },
    ];
});
var githubTrust = (function(subjects) {
    return (0,policy/* policyDocument */.yr)([
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
});
/**
 * Bootstrap for one account, meant for a StackSet (one region per account: IAM is global). Three
 * roles: plan (pull requests and the deploy branch, read-only plus throwaway change sets), deploy
 * (the deploy branch or environment; drives CloudFormation and passes the execution role, nothing
 * else), and the CloudFormation execution role that holds the resource permissions.
 */
var buildBootstrapTemplate = (function() {
    return {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: 's3-xrepl bootstrap: GitHub OIDC provider (created or reused), plan and deploy roles trusted by one ' +
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
            GitHubRepoId: {
                Type: 'String',
                Default: '',
                Description: 'Numeric repository id (see GitHubOrgId).',
                AllowedPattern: '^[0-9]*$',
            },
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
                Description: "true: use this account's existing GitHub OIDC provider (an account holds one per URL), so one StackSet value fits every account.",
            },
            StackPrefix: {
                Type: 'String',
                Default: 's3-xrepl',
                Description: 'Stack name prefix the roles may manage.',
                AllowedPattern: '^[A-Za-z][A-Za-z0-9-]{0,39}$',
            },
            ...product_scope/* SCOPE_PARAMETERS */.Aj,
            ManagedRoleNamePattern: {
                Type: 'String',
                // Never s3-xrepl-*: that would match this template's own roles (they are denied to the execution
                // role anyway). Never a leading wildcard: the pattern must name the product's roles, not any role.
                Default: 's3-xrepl-*-replication',
                Description: 'Replication role names the execution role may create and edit (always with the permissions boundary), as a pattern.',
                AllowedPattern: '^[\\w+=,.@-]{3,}[\\w+=,.@*?-]*$',
                ConstraintDescription: 'an IAM role name pattern starting with at least three literal characters',
            },
            ReplicationBoundaryName: {
                Type: 'String',
                Default: names.DEFAULT_REPLICATION_BOUNDARY,
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
                Description: 'Account that deploys destinations as a StackSet (destinationStackSet in a config): this account then gets the StackSet execution role, trusting that account only. Empty: none.',
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
            ...product_scope/* SCOPE_CONDITIONS */.Iu,
            OidcProviderArnGiven: (0,cfn/* not */.AU)((0,cfn/* equals */.aI)((0,cfn/* ref */.KR)('OidcProviderArn'), '')),
            CreateOidcProvider: (0,cfn/* and */.Uo)((0,cfn/* equals */.aI)((0,cfn/* ref */.KR)('OidcProviderArn'), ''), (0,cfn/* equals */.aI)((0,cfn/* ref */.KR)('ReuseOidcProvider'), 'false')),
            UseImmutableIds: (0,cfn/* and */.Uo)((0,cfn/* not */.AU)((0,cfn/* equals */.aI)((0,cfn/* ref */.KR)('GitHubOrgId'), '')), (0,cfn/* not */.AU)((0,cfn/* equals */.aI)((0,cfn/* ref */.KR)('GitHubRepoId'), ''))),
            DeployFromEnvironment: (0,cfn/* not */.AU)((0,cfn/* equals */.aI)((0,cfn/* ref */.KR)('DeployEnvironment'), '')),
            CreateStackSetExecutionRole: (0,cfn/* not */.AU)((0,cfn/* equals */.aI)((0,cfn/* ref */.KR)('StackSetAdministratorAccount'), '')),
            CreateStackSetAdministrationRole: (0,cfn/* equals */.aI)((0,cfn/* ref */.KR)('CreateStackSetAdministrationRole'), 'true'),
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
                ...cfn/* RETAIN */.WU,
                Properties: {
                    ManagedPolicyName: (0,cfn/* ref */.KR)('ReplicationBoundaryName'),
                    Description: 's3-xrepl: the permissions boundary of every replication role: replication between the product buckets only.',
                    PolicyDocument: (0,replication_boundary/* replicationBoundaryDocument */.Aq)(),
                },
            },
            PlanRole: {
                Type: 'AWS::IAM::Role',
                Properties: {
                    RoleName: (0,cfn/* ref */.KR)('PlanRoleName'),
                    Description: 's3-xrepl plan, verify and drift: read-only, plus change sets that are never executed.',
                    MaxSessionDuration: 3600,
                    AssumeRolePolicyDocument: githubTrust([
                        subject(':pull_request'),
                        subjectOf((0,cfn/* sub */.jb)(':ref:refs/heads/${DeployBranch}')),
                    ]),
                    Policies: [
                        {
                            PolicyName: 'plan',
                            PolicyDocument: (0,policy/* policyDocument */.yr)([
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
                    ManagedPolicyName: (0,cfn/* sub */.jb)('${DeployRoleName}-backfill'),
                    Description: 's3-xrepl backfill: S3 Batch Replication jobs with the batch roles, and their completion reports.',
                    PolicyDocument: (0,policy/* policyDocument */.yr)(backfillJobs),
                },
            },
            DeployRole: {
                Type: 'AWS::IAM::Role',
                Properties: {
                    ManagedPolicyArns: [(0,cfn/* ref */.KR)('BackfillPolicy')],
                    RoleName: (0,cfn/* ref */.KR)('DeployRoleName'),
                    Description: 's3-xrepl deploy: drives CloudFormation with the execution role; no direct resource rights.',
                    MaxSessionDuration: 3600,
                    AssumeRolePolicyDocument: githubTrust((0,cfn/* fnIf */.gI)('DeployFromEnvironment', subjectOf((0,cfn/* sub */.jb)(':environment:${DeployEnvironment}')), subjectOf((0,cfn/* sub */.jb)(':ref:refs/heads/${DeployBranch}')))),
                    Policies: [
                        {
                            PolicyName: 'deploy',
                            PolicyDocument: (0,policy/* policyDocument */.yr)([
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
                                    Resource: (0,cfn/* getAtt */.CN)('ExecutionRole', 'Arn'),
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
                                        StringEquals: { 'cloudformation:RoleArn': (0,cfn/* sub */.jb)(STACK_SET_ADMINISTRATION_ROLE) },
                                    },
                                },
                                {
                                    Sid: 'UpdateDestinationStackSets',
                                    Effect: 'Allow',
                                    Action: ['cloudformation:UpdateStackSet'],
                                    Resource: [
                                        (0,cfn/* sub */.jb)(DESTINATION_STACK_SETS),
                                        (0,cfn/* sub */.jb)(DESTINATION_STACK_SET_TARGETS),
                                        (0,cfn/* sub */.jb)(DESTINATION_TYPES[0]),
                                        (0,cfn/* sub */.jb)(DESTINATION_TYPES[1]),
                                    ],
                                    Condition: {
                                        StringEquals: { 'cloudformation:RoleArn': (0,cfn/* sub */.jb)(STACK_SET_ADMINISTRATION_ROLE) },
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
                                        (0,cfn/* sub */.jb)(DESTINATION_STACK_SETS),
                                        (0,cfn/* sub */.jb)(DESTINATION_STACK_SET_TARGETS),
                                        (0,cfn/* sub */.jb)(DESTINATION_TYPES[0]),
                                        (0,cfn/* sub */.jb)(DESTINATION_TYPES[1]),
                                    ],
                                },
                                {
                                    Sid: 'PassOnlyTheStackSetAdministrationRole',
                                    Effect: 'Allow',
                                    Action: 'iam:PassRole',
                                    Resource: (0,cfn/* sub */.jb)(STACK_SET_ADMINISTRATION_ROLE),
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
                    RoleName: (0,cfn/* ref */.KR)('ExecutionRoleName'),
                    Description: 's3-xrepl: CloudFormation creates buckets, keys and the replication role with this role.',
                    AssumeRolePolicyDocument: (0,policy/* policyDocument */.yr)([
                        {
                            Sid: 'CloudFormationOnly',
                            Effect: 'Allow',
                            Principal: { Service: 'cloudformation.amazonaws.com' },
                            Action: 'sts:AssumeRole',
                            Condition: { StringEquals: { 'aws:SourceAccount': (0,cfn/* ref */.KR)('AWS::AccountId') } },
                        },
                    ]),
                    Policies: [
                        {
                            PolicyName: 'manage-replication-resources',
                            PolicyDocument: (0,policy/* policyDocument */.yr)([
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
                    RoleName: (0,cfn/* ref */.KR)('StackSetAdministrationRoleName'),
                    Description: 's3-xrepl: StackSets acts as this role to reach the destination accounts, and nothing else.',
                    AssumeRolePolicyDocument: (0,policy/* policyDocument */.yr)([
                        {
                            Sid: 'TheDestinationStackSetsOnly',
                            Effect: 'Allow',
                            Principal: { Service: 'cloudformation.amazonaws.com' },
                            Action: 'sts:AssumeRole',
                            Condition: {
                                StringEquals: { 'aws:SourceAccount': (0,cfn/* ref */.KR)('AWS::AccountId') },
                                ArnLike: { 'aws:SourceArn': (0,cfn/* sub */.jb)(DESTINATION_STACK_SETS) },
                            },
                        },
                    ]),
                    Policies: [
                        {
                            PolicyName: 'assume-stackset-execution-roles',
                            PolicyDocument: (0,policy/* policyDocument */.yr)([
                                {
                                    Sid: 'AssumeOnlyTheExecutionRoles',
                                    Effect: 'Allow',
                                    Action: 'sts:AssumeRole',
                                    Resource: (0,cfn/* sub */.jb)('arn:${AWS::Partition}:iam::*:role/${StackSetExecutionRoleName}'),
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
                    RoleName: (0,cfn/* ref */.KR)('StackSetExecutionRoleName'),
                    Description: "s3-xrepl: StackSets deploys destination instances here with this role: the execution role's rights, on the instances' stacks.",
                    AssumeRolePolicyDocument: (0,policy/* policyDocument */.yr)([
                        {
                            Sid: 'TheAdministratorAccountsStackSetsOnly',
                            Effect: 'Allow',
                            // The account, pinned to the role's ARN: IAM refuses a role principal that does not exist
                            // yet, and the administration role may be created by the same bootstrap, or later.
                            Principal: { AWS: (0,cfn/* sub */.jb)('arn:${AWS::Partition}:iam::${StackSetAdministratorAccount}:root') },
                            Action: 'sts:AssumeRole',
                            Condition: {
                                ArnEquals: {
                                    'aws:PrincipalArn': (0,cfn/* sub */.jb)('arn:${AWS::Partition}:iam::${StackSetAdministratorAccount}:role/${StackSetAdministrationRoleName}'),
                                },
                            },
                        },
                    ]),
                    Policies: [
                        {
                            PolicyName: 'deploy-destination-instances',
                            PolicyDocument: (0,policy/* policyDocument */.yr)([
                                {
                                    Sid: 'InstanceStacks',
                                    Effect: 'Allow',
                                    // StackSets needs full CloudFormation rights on the stacks it manages (tags, stack policy, ...).
                                    Action: 'cloudformation:*',
                                    Resource: (0,cfn/* sub */.jb)(INSTANCE_STACKS),
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
            PlanRoleArn: { Description: 'Role for mode: plan and drift.', Value: (0,cfn/* getAtt */.CN)('PlanRole', 'Arn') },
            DeployRoleArn: { Description: 'Role for mode: deploy and verify.', Value: (0,cfn/* getAtt */.CN)('DeployRole', 'Arn') },
            ExecutionRoleArn: {
                Description: 'CloudFormation execution role.',
                Value: (0,cfn/* getAtt */.CN)('ExecutionRole', 'Arn'),
            },
            ReplicationBoundaryArn: {
                Description: 'Permissions boundary for replication roles (the source template parameter ReplicationRoleBoundaryArn).',
                Value: (0,cfn/* ref */.KR)('ReplicationBoundary'),
            },
        },
    };
});


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ buildBootstrapTemplate)
});

// EXTERNAL MODULE: ./src/core/templates/cfn.ts
var cfn = __webpack_require__(2954);
// EXTERNAL MODULE: ./src/core/templates/policy.ts
var policy = __webpack_require__(3445);
// EXTERNAL MODULE: ./src/core/model/names.ts
var names = __webpack_require__(1837);
// EXTERNAL MODULE: ./src/core/model/canary.ts
var canary = __webpack_require__(5677);
// EXTERNAL MODULE: ./src/core/templates/batch-role.ts
var batch_role = __webpack_require__(7772);
// EXTERNAL MODULE: ./src/core/templates/product-scope.ts
var product_scope = __webpack_require__(33);
;// CONCATENATED MODULE: ./src/core/templates/bootstrap-policies.ts





/**
 * The statements of the bootstrap's roles (DESIGN.md §4: no role may become more than the product).
 * Scope comes from product-scope.ts; which role holds what is decided in bootstrap-template.ts.
 */
const P = '${AWS::Partition}';
const ACCOUNT = '${AWS::AccountId}';
const STACKS = `arn:${P}:cloudformation:*:${ACCOUNT}:stack/\${StackPrefix}-*/*`;
/** A topology's destinations deployed as a StackSet: its instances' stacks, and the StackSet itself. */
const INSTANCE_STACKS = `arn:${P}:cloudformation:*:${ACCOUNT}:stack/StackSet-\${StackPrefix}-*/*`;
const STACK_SETS = `arn:${P}:cloudformation:*:${ACCOUNT}:stackset/\${StackPrefix}-*:*`;
const CHANGE_SETS = `arn:${P}:cloudformation:*:${ACCOUNT}:changeSet/*/*`;
const KEYS = `arn:${P}:kms:*:${ACCOUNT}:key/*`;
const STAGING = `arn:${P}:s3:::s3-xrepl-staging-${ACCOUNT}-*`;
const MANAGED_ROLES = `arn:${P}:iam::${ACCOUNT}:role/\${ManagedRoleNamePattern}`;
const BOUNDARY_ARN = `arn:${P}:iam::${ACCOUNT}:policy/\${ReplicationBoundaryName}`;
/** S3 calls KMS as s3.<region>.<suffix>; aws-cn's form is undocumented, so both (DESIGN.md §1). */
const VIA_S3 = ['s3.*.amazonaws.com', 's3.*.amazonaws.com.cn'];
/** What plan, verify and drift need to read: stacks, and the live state of what the stacks own. */
const readStatements = [
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
        Resource: [(0,cfn/* sub */.jb)(STACKS), (0,cfn/* sub */.jb)(INSTANCE_STACKS), (0,cfn/* sub */.jb)(CHANGE_SETS)],
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
        Resource: (0,cfn/* sub */.jb)(STACK_SETS),
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
        Resource: product_scope/* BUCKET_ARNS */.wP,
    },
    {
        Sid: 'ReadKeys',
        Effect: 'Allow',
        Action: ['kms:DescribeKey', 'kms:GetKeyPolicy', 'kms:GetKeyRotationStatus', 'kms:ListResourceTags'],
        Resource: (0,cfn/* sub */.jb)(KEYS),
    },
    {
        Sid: 'ReadReplicationRoles',
        Effect: 'Allow',
        Action: ['iam:GetRole', 'iam:GetRolePolicy', 'iam:ListRolePolicies', 'iam:ListAttachedRolePolicies'],
        Resource: (0,cfn/* sub */.jb)(MANAGED_ROLES),
    },
];
/** Change sets of existing stacks under the plan's own names; never executed, no stack deleted. */
const previewChangeSets = {
    Sid: 'PreviewChangeSets',
    Effect: 'Allow',
    // No DeleteStack: this role is open to every pull request, and new stacks are planned from their templates.
    Action: ['cloudformation:CreateChangeSet', 'cloudformation:DeleteChangeSet'],
    Resource: (0,cfn/* sub */.jb)(STACKS),
    Condition: changeSetsNamed(names.PLAN_CHANGE_SET_PREFIX),
};
/** A change set carries the topology's tags, which CloudFormation authorizes as tagging the stack. */
const tagPlannedChangeSets = {
    Sid: 'TagChangeSets',
    Effect: 'Allow',
    Action: 'cloudformation:TagResource',
    Resource: (0,cfn/* sub */.jb)(STACKS),
};
/** The deploy role's own change sets: a pull request's change set can never be executed by deploy. */
const deployThroughChangeSets = [
    {
        Sid: 'DeployThroughChangeSets',
        Effect: 'Allow',
        Action: [
            'cloudformation:CreateChangeSet',
            'cloudformation:ExecuteChangeSet',
            'cloudformation:DeleteChangeSet',
        ],
        Resource: (0,cfn/* sub */.jb)(STACKS),
        Condition: changeSetsNamed(names.DEPLOY_CHANGE_SET_PREFIX),
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
        Resource: (0,cfn/* sub */.jb)(STACKS),
    },
];
/**
 * verify writes a canary under a reserved path segment, reads the replica, and deletes both: object
 * rights on that segment of the configs' buckets only. KMS only through S3, and only for those
 * objects (or the bucket, for S3 Bucket Keys): no other SSE-KMS data can be decrypted this way.
 */
const verifyCanaries = [
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
        Resource: (0,product_scope/* bucketArnsWith */.Xm)(`/*${canary/* CANARY_SEGMENT */.Zb}/*`),
    },
    {
        Sid: 'VerifyCanaryEncryption',
        Effect: 'Allow',
        Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
        Resource: (0,cfn/* sub */.jb)(KEYS),
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
                                    { 'Fn::Join': [',', (0,product_scope/* bucketArnsWith */.Xm)(`/*${canary/* CANARY_SEGMENT */.Zb}/*`)] },
                                    { 'Fn::Join': [',', product_scope/* BUCKET_ARNS */.wP] },
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
const manageBuckets = {
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
    Resource: product_scope/* BUCKET_ARNS */.wP,
};
const productKey = { StringEquals: { [`aws:ResourceTag/${product_scope/* PRODUCT_KEY_TAG */.t1.key}`]: product_scope/* PRODUCT_KEY_TAG */.t1.value } };
/**
 * Keys: created only with the product's tag, and managed (policy, rotation, tags) only while they
 * carry it, which the role can never remove. KMS authorizes tags given to CreateKey with
 * kms:TagResource on every key of the account, so that allowance is held to the product's tag.
 */
const manageKeys = [
    {
        Sid: 'CreateTaggedKeys',
        Effect: 'Allow',
        Action: ['kms:CreateKey', 'kms:TagResource'],
        // CreateKey cannot be scoped to a resource: the key does not exist yet.
        Resource: '*',
        Condition: { StringEquals: { [`aws:RequestTag/${product_scope/* PRODUCT_KEY_TAG */.t1.key}`]: product_scope/* PRODUCT_KEY_TAG */.t1.value } },
    },
    {
        Sid: 'ReadKeys',
        Effect: 'Allow',
        Action: ['kms:DescribeKey', 'kms:GetKeyPolicy', 'kms:GetKeyRotationStatus', 'kms:ListResourceTags'],
        Resource: (0,cfn/* sub */.jb)(KEYS),
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
        Resource: (0,cfn/* sub */.jb)(KEYS),
        Condition: productKey,
    },
    {
        Sid: 'KeepTheProductTag',
        Effect: 'Deny',
        Action: 'kms:UntagResource',
        Resource: '*',
        Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': [product_scope/* PRODUCT_KEY_TAG */.t1.key] } },
    },
];
const withinBoundary = { StringEquals: { 'iam:PermissionsBoundary': (0,cfn/* sub */.jb)(BOUNDARY_ARN) } };
/**
 * backfill (DESIGN.md §5): S3 Batch Replication jobs and nothing else. CreateJob has no resource
 * type, so it is held to the replication operation; the role a job runs as can only be a batch role
 * the execution role made (inside the boundary), and only for Batch Operations; completion reports
 * are read under the product's prefix of the configs' buckets, where S3 writes them (SSE-S3, so no
 * key is involved).
 */
const backfillJobs = [
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
        Resource: (0,cfn/* sub */.jb)(`arn:${P}:s3:*:${ACCOUNT}:job/*`),
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
        Resource: (0,product_scope/* bucketArnsWith */.Xm)(`/${batch_role/* BATCH_COMPLETION_PREFIX */.HO}/*`),
    },
    {
        Sid: 'PassBatchRolesToBatchOperations',
        Effect: 'Allow',
        Action: 'iam:PassRole',
        Resource: (0,cfn/* sub */.jb)(MANAGED_ROLES),
        Condition: { StringEquals: { 'iam:PassedToService': batch_role/* BATCH_OPERATIONS_SERVICE */.gu } },
    },
    {
        Sid: 'NoOtherRoleForBatchOperations',
        Effect: 'Deny',
        // The replication roles match the managed pattern too: Batch Operations gets a batch role only.
        Action: 'iam:PassRole',
        NotResource: (0,cfn/* sub */.jb)(`arn:${P}:iam::${ACCOUNT}:role/*${names.BATCH_ROLE_SUFFIX}`),
        Condition: { StringEquals: { 'iam:PassedToService': batch_role/* BATCH_OPERATIONS_SERVICE */.gu } },
    },
];

;// CONCATENATED MODULE: ./src/core/templates/monitoring-policies.ts


/**
 * What the bootstrap's roles need for monitoring (templates/alerts.ts, verify's failure events,
 * drift of alarms and notifications), and no more: alarms, topics and verify's queues by the
 * product's name prefix, the way stacks are (DESIGN.md §4). bootstrap-template.ts decides which
 * role holds what; test/unit/bootstrap-roles-stay-in-the-product.test.ts proves each line.
 */
const monitoring_policies_P = '${AWS::Partition}';
const monitoring_policies_ACCOUNT = '${AWS::AccountId}';
/** The topology's alarms: `<prefix>-<topology>-<rule>-<kind>` (model/monitoring.ts). */
const ALARMS = `arn:${monitoring_policies_P}:cloudwatch:*:${monitoring_policies_ACCOUNT}:alarm:\${StackPrefix}-*`;
/**
 * The alerts topics (`<prefix>-<topology>-replication-alerts`, and a two-way destination's
 * `<prefix>-<topology>-<id>-return-alerts`), and their subscriptions (`<topic>:<id>`).
 */
const TOPICS = `arn:${monitoring_policies_P}:sns:*:${monitoring_policies_ACCOUNT}:\${StackPrefix}-*`;
/** verify's short-lived queues (names.ts verifyQueuePrefix). */
const VERIFY_QUEUES = `arn:${monitoring_policies_P}:sqs:*:${monitoring_policies_ACCOUNT}:\${StackPrefix}-verify-*`;
/** Drift and verify read the alarms and the topic's policy and key (plan and deploy roles). */
const readMonitoring = [
    {
        Sid: 'ReadAlarms',
        Effect: 'Allow',
        Action: 'cloudwatch:DescribeAlarms',
        Resource: (0,cfn/* sub */.jb)(ALARMS),
    },
    {
        Sid: 'ReadAlertsTopics',
        Effect: 'Allow',
        Action: 'sns:GetTopicAttributes',
        Resource: (0,cfn/* sub */.jb)(TOPICS),
    },
];
/**
 * verify subscribes a queue of its own to the alerts topic while its canaries run, to read S3's
 * failure reason, then deletes both (deploy role). The subscription is held to SQS and to verify's
 * queues: the role can never point a topic at an endpoint outside the account. GetMetricData takes
 * no resource (CloudWatch authorizes it account-wide): it reads metrics, nothing else.
 */
const verifyFailureEvents = [
    {
        Sid: 'VerifyQueues',
        Effect: 'Allow',
        Action: ['sqs:CreateQueue', 'sqs:TagQueue', 'sqs:ReceiveMessage', 'sqs:DeleteQueue'],
        Resource: (0,cfn/* sub */.jb)(VERIFY_QUEUES),
    },
    {
        Sid: 'VerifySubscribesItsQueue',
        Effect: 'Allow',
        Action: 'sns:Subscribe',
        Resource: (0,cfn/* sub */.jb)(TOPICS),
        Condition: {
            StringEquals: { 'sns:Protocol': 'sqs' },
            StringLike: { 'sns:Endpoint': (0,cfn/* sub */.jb)(VERIFY_QUEUES) },
        },
    },
    {
        Sid: 'VerifyUnsubscribes',
        Effect: 'Allow',
        Action: 'sns:Unsubscribe',
        Resource: (0,cfn/* sub */.jb)(TOPICS),
    },
    {
        Sid: 'VerifyReadsReplicationMetrics',
        Effect: 'Allow',
        Action: 'cloudwatch:GetMetricData',
        Resource: '*',
    },
];
/**
 * CloudFormation creates the alarms, the topic, its policy and subscriptions, and the source
 * bucket's notification configuration (execution role). An alarm can act on EC2 instances, Auto
 * Scaling, Systems Manager or Lambda when it changes state: only notifications are allowed, so no
 * template deployed through this role turns an alarm into a way to stop or terminate instances.
 */
const manageMonitoring = [
    {
        Sid: 'ManageAlarms',
        Effect: 'Allow',
        Action: [
            'cloudwatch:PutMetricAlarm',
            'cloudwatch:DeleteAlarms',
            'cloudwatch:DescribeAlarms',
            'cloudwatch:TagResource',
            'cloudwatch:UntagResource',
            'cloudwatch:ListTagsForResource',
        ],
        Resource: (0,cfn/* sub */.jb)(ALARMS),
    },
    {
        Sid: 'AlarmsOnlyNotify',
        Effect: 'Deny',
        Action: 'cloudwatch:PutMetricAlarm',
        Resource: '*',
        Condition: { 'ForAnyValue:StringNotLike': { 'cloudwatch:AlarmActions': 'arn:*:sns:*' } },
    },
    {
        Sid: 'ManageAlertsTopics',
        Effect: 'Allow',
        Action: [
            'sns:CreateTopic',
            'sns:DeleteTopic',
            'sns:GetTopicAttributes',
            'sns:SetTopicAttributes',
            'sns:GetDataProtectionPolicy',
            'sns:TagResource',
            'sns:UntagResource',
            'sns:ListTagsForResource',
            'sns:Subscribe',
            'sns:Unsubscribe',
            'sns:ListSubscriptionsByTopic',
            'sns:GetSubscriptionAttributes',
            'sns:SetSubscriptionAttributes',
        ],
        Resource: (0,cfn/* sub */.jb)(TOPICS),
    },
    {
        Sid: 'ConfigureSourceNotifications',
        Effect: 'Allow',
        Action: 's3:PutBucketNotification',
        Resource: product_scope/* BUCKET_ARNS */.wP,
    },
];

// EXTERNAL MODULE: ./src/core/templates/replication-boundary.ts
var replication_boundary = __webpack_require__(1308);
;// CONCATENATED MODULE: ./src/core/templates/bootstrap-template.ts







const GITHUB_ISSUER = 'token.actions.githubusercontent.com';
/** Name form `repo:ORG/REPO`, or the immutable-id form `repo:ORG@ORGID/REPO@REPOID` when ids are given. */
const SUBJECT_PREFIX = (0,cfn/* fnIf */.gI)('UseImmutableIds', (0,cfn/* sub */.jb)('repo:${GitHubOrg}@${GitHubOrgId}/${GitHubRepo}@${GitHubRepoId}'), (0,cfn/* sub */.jb)('repo:${GitHubOrg}/${GitHubRepo}'));
const subject = ((suffix) => ({ 'Fn::Join': ['', [SUBJECT_PREFIX, suffix]] }));
const subjectOf = ((suffix) => ({ 'Fn::Join': ['', [SUBJECT_PREFIX, suffix]] }));
/** Only the destinations' StackSets are the deploy role's to change: never the bootstrap StackSet. */
const DESTINATION_STACK_SETS = 'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stackset/${StackPrefix}-*-destinations:*';
const DESTINATION_STACK_SET_TARGETS = 'arn:${AWS::Partition}:cloudformation:*:${AWS::AccountId}:stackset-target/${StackPrefix}-*-destinations:*';
/** Public resource types have no account in their ARN: the wildcard matches either form. */
const DESTINATION_TYPES = [
    'arn:${AWS::Partition}:cloudformation:*:*:type/resource/AWS-S3-*',
    'arn:${AWS::Partition}:cloudformation:*:*:type/resource/AWS-KMS-*',
];
const STACK_SET_ADMINISTRATION_ROLE = 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${StackSetAdministrationRoleName}';
/** The template's own role-name parameters: the execution role may never touch these roles. */
const OWN_ROLE_NAME_PARAMETERS = [
    'PlanRoleName',
    'DeployRoleName',
    'ExecutionRoleName',
    'StackSetAdministrationRoleName',
    'StackSetExecutionRoleName',
];
/** The provider this template created, the ARN given, or the account's own GitHub provider. */
const OIDC_PROVIDER = (0,cfn/* fnIf */.gI)('CreateOidcProvider', (0,cfn/* getAtt */.CN)('GitHubOidcProvider', 'Arn'), (0,cfn/* fnIf */.gI)('OidcProviderArnGiven', (0,cfn/* ref */.KR)('OidcProviderArn'), (0,cfn/* sub */.jb)(`arn:\${AWS::Partition}:iam::\${AWS::AccountId}:oidc-provider/${GITHUB_ISSUER}`)));


/***/ })

};
