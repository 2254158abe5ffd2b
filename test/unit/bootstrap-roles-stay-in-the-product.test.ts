/**
 * The security review's attacks on the bootstrap, tried with the IAM policy evaluator against the
 * *resolved* template (the parameters bootstrap computes for the examples, and a hand deployment's
 * required parameters only): each must be denied, and every call plan, deploy, verify and drift make
 * (and CloudFormation makes with the execution role) must still be allowed. DESIGN.md §4.
 */
import { describe, expect, test } from '@jest/globals';
import { exampleTopology } from '../support/examples.js';
import {
  bootstrapParameters,
  bootstrappedAccount,
  type BootstrappedAccount,
} from '../support/bootstrapped-account.js';
import {
  asPolicyDocument,
  simulate,
  type Decision,
  type PolicyDocument,
  type SimRequest,
} from '../support/policy-simulator.js';
import { defaultKeyPolicy } from '../support/deployed-world.js';
import { resolveTemplate } from '../support/resolve-template.js';
import { buildBootstrapTemplate } from '../../src/core/templates/bootstrap-template.js';
import { buildSourceTemplate } from '../../src/core/templates/source-template.js';
import { PRODUCT_KEY_TAG } from '../../src/core/templates/product-scope.js';
import { BUCKET_ARNS_BUDGET, globMatches } from '../../src/core/bootstrap/bootstrap-targets.js';
import { loadTopology } from '../../src/core/load-topology.js';
import { deployTwoWay } from '../support/two-way-world.js';

const A = '111111111111';
const B = '222222222222';
const STRANGER = '999999999999';
const topologies = [exampleTopology('two-destinations'), exampleTopology('same-account')];
const computed = bootstrappedAccount(A, bootstrapParameters(topologies, A));
/** Deployed by hand: only the parameters without a default. */
const byHand = bootstrappedAccount(A, {
  GitHubOrg: 'acme',
  GitHubRepo: 'infra',
  BucketArns: 'arn:aws:s3:::acme-orders-us-east-1,arn:aws:s3:::acme-orders-dr-us-west-2',
});

const PRODUCT_BUCKET = 'acme-orders-us-east-1';
const FOREIGN_BUCKET = 'payroll-archive';
const PRODUCT_KEY = `arn:aws:kms:us-east-1:${A}:key/00000000-1111-2222-3333-444444444444`;
const FOREIGN_KEY = `arn:aws:kms:us-east-1:${A}:key/99999999-1111-2222-3333-444444444444`;
const STACK = `arn:aws:cloudformation:us-east-1:${A}:stack/s3-xrepl-orders-source/0a1b2c3d`;
const taggedProductKey = { [`aws:ResourceTag/${PRODUCT_KEY_TAG.key}`]: PRODUCT_KEY_TAG.value };
const role = (name: string) => `arn:aws:iam::${A}:role/${name}`;
const session = (roleArn: string) =>
  roleArn.replace(':iam::', ':sts::').replace(':role/', ':assumed-role/') + '/run-1';

interface Call extends Omit<SimRequest, 'principalArn'> {
  readonly resourcePolicy?: PolicyDocument;
  readonly resourceAccount?: string;
}

async function decide(
  who: { arn: string; policy: PolicyDocument },
  call: Call,
  boundary?: PolicyDocument,
): Promise<Decision> {
  const account = call.resourceAccount ?? A;
  return simulate(
    {
      principalArn: session(who.arn),
      action: call.action,
      resourceArn: call.resourceArn,
      context: call.context ?? {},
    },
    {
      identityPolicies: [who.policy],
      resourceAccount: account,
      ...(call.resourcePolicy ? { resourcePolicy: call.resourcePolicy } : {}),
      ...(call.action.startsWith('kms:') && !call.resourcePolicy
        ? { resourcePolicy: defaultKeyPolicy('aws', account) }
        : {}),
      ...(boundary ? { permissionBoundaries: [boundary] } : {}),
    },
  );
}

const changeSet = (name: string) => ({ 'cloudformation:ChangeSetName': name });

describe.each([
  ['as bootstrap computes it for the examples', computed],
  ['as deployed by hand with only the required parameters', byHand],
])('the bootstrap %s', (_how, account: BootstrappedAccount) => {
  const { plan, deploy, execution } = account.roles;
  const boundaryArn = account.boundary.arn;

  describe('attack 1: the deploy branch cannot mint an administrator', () => {
    test.each([
      [
        'creates a role without the boundary',
        { action: 'iam:CreateRole', resourceArn: role('s3-xrepl-x-replication') },
      ],
      [
        'creates a role with a boundary of its own making',
        {
          action: 'iam:CreateRole',
          resourceArn: role('s3-xrepl-x-replication'),
          context: { 'iam:PermissionsBoundary': `arn:aws:iam::${A}:policy/wide-open` },
        },
      ],
      [
        'writes a policy into a replication role that has no boundary',
        { action: 'iam:PutRolePolicy', resourceArn: role('s3-xrepl-orders-replication') },
      ],
      [
        'lets an outside account assume a replication role without the boundary',
        { action: 'iam:UpdateAssumeRolePolicy', resourceArn: role('s3-xrepl-orders-replication') },
      ],
      [
        'removes the boundary from a replication role',
        {
          action: 'iam:DeleteRolePermissionsBoundary',
          resourceArn: role('s3-xrepl-orders-replication'),
          context: { 'iam:PermissionsBoundary': boundaryArn },
        },
      ],
      ['rewrites the boundary policy', { action: 'iam:CreatePolicyVersion', resourceArn: boundaryArn }],
      [
        'makes another version of the boundary the default',
        { action: 'iam:SetDefaultPolicyVersion', resourceArn: boundaryArn },
      ],
      ['deletes the boundary policy', { action: 'iam:DeletePolicy', resourceArn: boundaryArn }],
      [
        'attaches a managed policy (AdministratorAccess) to a replication role',
        {
          action: 'iam:AttachRolePolicy',
          resourceArn: role('s3-xrepl-orders-replication'),
          context: {
            'iam:PermissionsBoundary': boundaryArn,
            'iam:PolicyARN': 'arn:aws:iam::aws:policy/AdministratorAccess',
          },
        },
      ],
    ])('the execution role %s: denied', async (_what, call) => {
      expect(await decide(execution, call)).not.toBe('Allowed');
    });

    test('the deploy role passes no role but the execution role', async () => {
      const pass = (resourceArn: string) =>
        decide(deploy, {
          action: 'iam:PassRole',
          resourceArn,
          context: { 'iam:PassedToService': 'cloudformation.amazonaws.com' },
        });
      expect(await pass(role('s3-xrepl-orders-replication'))).not.toBe('Allowed');
      expect(await pass(role('s3-xrepl-plan'))).not.toBe('Allowed');
      expect(await pass(execution.arn)).toBe('Allowed');
    });

    // What a template could make of a role the execution role may create: Action * is cut down to
    // the boundary, which is replication between the product's buckets and nothing else.
    const everything: PolicyDocument = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    };
    const minted = { arn: role('s3-xrepl-evil-replication'), policy: everything };
    test.each([
      ['creates an IAM user', { action: 'iam:CreateUser', resourceArn: `arn:aws:iam::${A}:user/backdoor` }],
      [
        'assumes another role',
        { action: 'sts:AssumeRole', resourceArn: role('OrganizationAccountAccessRole') },
      ],
      [
        'reads a bucket outside the product',
        { action: 's3:GetObject', resourceArn: `arn:aws:s3:::${FOREIGN_BUCKET}/salaries.csv` },
      ],
      [
        'reads a product object with a plain GetObject',
        { action: 's3:GetObject', resourceArn: `arn:aws:s3:::${PRODUCT_BUCKET}/orders/1.json` },
      ],
      [
        'rewrites a product bucket policy',
        { action: 's3:PutBucketPolicy', resourceArn: `arn:aws:s3:::${PRODUCT_BUCKET}` },
      ],
      [
        'replicates into a same-named bucket in an outside account',
        {
          action: 's3:ReplicateObject',
          resourceArn: `arn:aws:s3:::${PRODUCT_BUCKET}/orders/1.json`,
          resourceAccount: STRANGER,
          resourcePolicy: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: `arn:aws:iam::${A}:root` },
                Action: 's3:*',
                Resource: '*',
              },
            ],
          },
        },
      ],
      [
        'decrypts with a key directly, not through S3',
        { action: 'kms:Decrypt', resourceArn: FOREIGN_KEY, context: { 'kms:ViaService': null } },
      ],
      ['changes a key policy', { action: 'kms:PutKeyPolicy', resourceArn: PRODUCT_KEY }],
    ])('a role minted with Action * inside the boundary %s: denied', async (_what, call) => {
      expect(await decide(minted, call as Call, account.boundary.policy)).not.toBe('Allowed');
    });

    test('a role minted inside the boundary can still replicate between product buckets (what the boundary is for)', async () => {
      expect(
        await decide(
          minted,
          {
            action: 's3:GetObjectVersionForReplication',
            resourceArn: `arn:aws:s3:::${PRODUCT_BUCKET}/orders/1.json`,
          },
          account.boundary.policy,
        ),
      ).toBe('Allowed');
    });
  });

  describe('attack 2: keys and buckets outside the product', () => {
    test.each([
      [
        'takes over a key it did not create (no product tag)',
        { action: 'kms:PutKeyPolicy', resourceArn: FOREIGN_KEY },
      ],
      [
        'turns off rotation... or anything on a foreign key',
        { action: 'kms:UpdateKeyDescription', resourceArn: FOREIGN_KEY },
      ],
      [
        "removes the product's tag from a key",
        {
          action: 'kms:UntagResource',
          resourceArn: PRODUCT_KEY,
          context: { ...taggedProductKey, 'aws:TagKeys': [PRODUCT_KEY_TAG.key] },
        },
      ],
      ['creates a key without the product tag', { action: 'kms:CreateKey', resourceArn: '*' }],
      [
        'rewrites the policy of a bucket no config names',
        { action: 's3:PutBucketPolicy', resourceArn: `arn:aws:s3:::${FOREIGN_BUCKET}` },
      ],
      [
        'deletes the policy of a bucket no config names',
        { action: 's3:DeleteBucketPolicy', resourceArn: `arn:aws:s3:::${FOREIGN_BUCKET}` },
      ],
      [
        'changes replication of a bucket no config names',
        { action: 's3:PutReplicationConfiguration', resourceArn: `arn:aws:s3:::${FOREIGN_BUCKET}` },
      ],
    ])('the execution role %s: denied', async (_what, call) => {
      expect(await decide(execution, call as Call)).not.toBe('Allowed');
    });

    test.each([
      [
        'an object outside the canary segment of a product bucket',
        `arn:aws:s3:::${PRODUCT_BUCKET}/orders/2026/invoice.pdf`,
      ],
      ['an object of a bucket no config names', `arn:aws:s3:::${FOREIGN_BUCKET}/.s3-xrepl-canary/x`],
    ])("the deploy role's canary decrypt cannot open %s", async (_what, objectArn) => {
      expect(
        await decide(deploy, {
          action: 'kms:Decrypt',
          resourceArn: FOREIGN_KEY,
          context: { 'kms:EncryptionContext:aws:s3:arn': objectArn },
        }),
      ).not.toBe('Allowed');
    });

    test('the plan role (any pull request) cannot read the policy of a bucket no config names', async () => {
      expect(
        await decide(plan, { action: 's3:GetBucketPolicy', resourceArn: `arn:aws:s3:::${FOREIGN_BUCKET}` }),
      ).not.toBe('Allowed');
    });
  });

  describe('attack 3: roles the product does not own', () => {
    test.each(['OrganizationAccountAccessRole', 's3-xrepl-deploy', 's3-xrepl-plan', 's3-xrepl-cfn-exec'])(
      'the execution role cannot fence in or rewrite %s, even with the boundary',
      async (name) => {
        for (const action of [
          'iam:PutRolePermissionsBoundary',
          'iam:PutRolePolicy',
          'iam:UpdateAssumeRolePolicy',
        ]) {
          expect(
            await decide(execution, {
              action,
              resourceArn: role(name),
              context: { 'iam:PermissionsBoundary': boundaryArn },
            }),
          ).not.toBe('Allowed');
        }
      },
    );
  });

  describe('attack 4: a pull request cannot reach past plan change sets', () => {
    test.each([
      [
        'creates a change set under a deploy name',
        'cloudformation:CreateChangeSet',
        's3-xrepl-deploy-1001-1a2b3c4d',
      ],
      [
        "deletes a running deploy's change set",
        'cloudformation:DeleteChangeSet',
        's3-xrepl-deploy-1001-1a2b3c4d',
      ],
      [
        "deletes a running deploy's change set by its ARN",
        'cloudformation:DeleteChangeSet',
        `arn:aws:cloudformation:us-east-1:${A}:changeSet/s3-xrepl-deploy-1001-1a2b3c4d/abc`,
      ],
      ['executes its own change set', 'cloudformation:ExecuteChangeSet', 's3-xrepl-plan-1001'],
      ['creates a change set under any other name', 'cloudformation:CreateChangeSet', 'review'],
    ])('the plan role %s: denied', async (_what, action, name) => {
      expect(await decide(plan, { action, resourceArn: STACK, context: changeSet(name) })).not.toBe(
        'Allowed',
      );
    });

    test.each([
      ['s3:PutLifecycleConfiguration', `arn:aws:s3:::s3-xrepl-staging-${A}-us-east-1`],
      ['s3:PutBucketPublicAccessBlock', `arn:aws:s3:::s3-xrepl-staging-${A}-us-east-1`],
      ['s3:PutObject', `arn:aws:s3:::s3-xrepl-staging-${A}-us-east-1/deploy/s3-xrepl-orders-source/abc.json`],
      ['cloudformation:DeleteStack', STACK],
      ['iam:PassRole', execution.arn],
    ])('the plan role may not %s', async (action, resourceArn) => {
      expect(await decide(plan, { action, resourceArn })).not.toBe('Allowed');
    });

    test("the deploy role never executes a plan's change set", async () => {
      expect(
        await decide(deploy, {
          action: 'cloudformation:ExecuteChangeSet',
          resourceArn: STACK,
          context: changeSet('s3-xrepl-plan-1001'),
        }),
      ).not.toBe('Allowed');
    });
  });

  describe('every call the modes make is still allowed', () => {
    const staging = `arn:aws:s3:::s3-xrepl-staging-${A}-us-east-1`;
    const canary = `arn:aws:s3:::${PRODUCT_BUCKET}/orders/.s3-xrepl-canary/0f1e2d.json`;
    const reads: [string, string][] = [
      ['cloudformation:DescribeStacks', STACK],
      ['cloudformation:DescribeStackEvents', STACK],
      ['cloudformation:GetTemplate', STACK],
      ['cloudformation:DescribeChangeSet', STACK],
      ['cloudformation:ListChangeSets', STACK],
      ['cloudformation:DescribeStackResources', STACK],
      ['cloudformation:DetectStackDrift', STACK],
      ['cloudformation:DescribeStackResourceDrifts', STACK],
      ['cloudformation:DescribeStackDriftDetectionStatus', '*'],
      ['cloudformation:ValidateTemplate', '*'],
      [
        'cloudformation:DescribeStackSet',
        `arn:aws:cloudformation:us-east-1:${A}:stackset/s3-xrepl-orders-destinations:0a1b`,
      ],
      ['s3:GetBucketVersioning', `arn:aws:s3:::${PRODUCT_BUCKET}`],
      ['s3:GetReplicationConfiguration', `arn:aws:s3:::${PRODUCT_BUCKET}`],
      ['s3:GetBucketPolicy', `arn:aws:s3:::${PRODUCT_BUCKET}`],
      ['s3:GetEncryptionConfiguration', `arn:aws:s3:::${PRODUCT_BUCKET}`],
      ['kms:DescribeKey', PRODUCT_KEY],
      ['kms:GetKeyPolicy', PRODUCT_KEY],
      ['kms:GetKeyRotationStatus', PRODUCT_KEY],
      ['iam:GetRole', role('s3-xrepl-orders-replication')],
      ['iam:GetRolePolicy', role('s3-xrepl-orders-replication')],
      ['iam:ListRolePolicies', role('s3-xrepl-orders-replication')],
      ['iam:ListAttachedRolePolicies', role('s3-xrepl-orders-replication')],
    ];
    test.each(reads)(
      'plan and drift (plan role), and deploy and verify (deploy role): %s',
      async (action, resourceArn) => {
        expect(await decide(plan, { action, resourceArn })).toBe('Allowed');
        expect(await decide(deploy, { action, resourceArn })).toBe('Allowed');
      },
    );

    test.each<[string, Call]>([
      [
        'creates its change set',
        {
          action: 'cloudformation:CreateChangeSet',
          resourceArn: STACK,
          context: changeSet('s3-xrepl-plan-1001'),
        },
      ],
      [
        'deletes its change set by ARN',
        {
          action: 'cloudformation:DeleteChangeSet',
          resourceArn: STACK,
          context: changeSet(`arn:aws:cloudformation:us-east-1:${A}:changeSet/s3-xrepl-plan-1001/abc`),
        },
      ],
      [
        'tags its change set with the topology tags',
        { action: 'cloudformation:TagResource', resourceArn: STACK },
      ],
      ['checks for the staging bucket', { action: 's3:ListBucket', resourceArn: staging }],
      ['creates the staging bucket', { action: 's3:CreateBucket', resourceArn: staging }],
      [
        'stages a large template',
        { action: 's3:PutObject', resourceArn: `${staging}/plan/s3-xrepl-orders-source/abc.json` },
      ],
      [
        'lets CloudFormation read it',
        { action: 's3:GetObject', resourceArn: `${staging}/plan/s3-xrepl-orders-source/abc.json` },
      ],
    ])('plan %s', async (_what, call) => {
      expect(await decide(plan, call)).toBe('Allowed');
    });

    test.each<[string, Call]>([
      [
        'creates its change set',
        {
          action: 'cloudformation:CreateChangeSet',
          resourceArn: STACK,
          context: changeSet('s3-xrepl-deploy-1001-1a2b3c4d'),
        },
      ],
      [
        'executes it by ARN',
        {
          action: 'cloudformation:ExecuteChangeSet',
          resourceArn: STACK,
          context: changeSet(
            `arn:aws:cloudformation:us-east-1:${A}:changeSet/s3-xrepl-deploy-1001-1a2b3c4d/abc`,
          ),
        },
      ],
      [
        'deletes an empty one',
        {
          action: 'cloudformation:DeleteChangeSet',
          resourceArn: STACK,
          context: changeSet('s3-xrepl-deploy-1001-1a2b3c4d'),
        },
      ],
      ['protects the stack', { action: 'cloudformation:UpdateTerminationProtection', resourceArn: STACK }],
      ['sets the stack policy', { action: 'cloudformation:SetStackPolicy', resourceArn: STACK }],
      [
        'recreates a stack whose creation failed',
        { action: 'cloudformation:DeleteStack', resourceArn: STACK },
      ],
      ['configures the staging bucket', { action: 's3:PutLifecycleConfiguration', resourceArn: staging }],
      ['blocks public access to it', { action: 's3:PutBucketPublicAccessBlock', resourceArn: staging }],
      [
        'stages a large template',
        { action: 's3:PutObject', resourceArn: `${staging}/deploy/s3-xrepl-orders-source/abc.json` },
      ],
      [
        'passes the execution role to CloudFormation',
        {
          action: 'iam:PassRole',
          resourceArn: execution.arn,
          context: { 'iam:PassedToService': 'cloudformation.amazonaws.com' },
        },
      ],
      ['verify: writes the canary', { action: 's3:PutObject', resourceArn: canary }],
      ['verify: tags it', { action: 's3:PutObjectTagging', resourceArn: canary }],
      ['verify: reads the replica', { action: 's3:GetObjectVersion', resourceArn: canary }],
      ['verify: reads its tags', { action: 's3:GetObjectVersionTagging', resourceArn: canary }],
      ['verify: deletes every version it made', { action: 's3:DeleteObjectVersion', resourceArn: canary }],
      [
        'verify: has S3 encrypt the canary',
        {
          action: 'kms:GenerateDataKey',
          resourceArn: PRODUCT_KEY,
          context: { 'kms:EncryptionContext:aws:s3:arn': canary },
        },
      ],
      [
        'verify: has S3 encrypt the canary under an S3 Bucket Key',
        {
          action: 'kms:GenerateDataKey',
          resourceArn: PRODUCT_KEY,
          context: { 'kms:EncryptionContext:aws:s3:arn': `arn:aws:s3:::${PRODUCT_BUCKET}` },
        },
      ],
    ])('deploy and verify (deploy role) %s', async (_what, call) => {
      expect(await decide(deploy, call)).toBe('Allowed');
    });

    const bucket = `arn:aws:s3:::${PRODUCT_BUCKET}`;
    const replicationRole = role('s3-xrepl-orders-replication');
    const withBoundary = { 'iam:PermissionsBoundary': boundaryArn };
    test.each<[string, Call]>([
      ['creates the bucket', { action: 's3:CreateBucket', resourceArn: bucket }],
      ['enables versioning', { action: 's3:PutBucketVersioning', resourceArn: bucket }],
      ['sets default encryption', { action: 's3:PutEncryptionConfiguration', resourceArn: bucket }],
      ['enforces bucket ownership', { action: 's3:PutBucketOwnershipControls', resourceArn: bucket }],
      ['blocks public access', { action: 's3:PutBucketPublicAccessBlock', resourceArn: bucket }],
      ['sets the lifecycle rules', { action: 's3:PutLifecycleConfiguration', resourceArn: bucket }],
      ['writes the bucket policy', { action: 's3:PutBucketPolicy', resourceArn: bucket }],
      ['writes the replication rules', { action: 's3:PutReplicationConfiguration', resourceArn: bucket }],
      ['tags the bucket', { action: 's3:PutBucketTagging', resourceArn: bucket }],
      [
        'passes the replication role to S3',
        {
          action: 'iam:PassRole',
          resourceArn: replicationRole,
          context: { 'iam:PassedToService': 's3.amazonaws.com' },
        },
      ],
      [
        'creates a key with the product tag',
        {
          action: 'kms:CreateKey',
          resourceArn: '*',
          context: { [`aws:RequestTag/${PRODUCT_KEY_TAG.key}`]: PRODUCT_KEY_TAG.value },
        },
      ],
      [
        'tags it at creation',
        {
          action: 'kms:TagResource',
          resourceArn: PRODUCT_KEY,
          context: {
            [`aws:RequestTag/${PRODUCT_KEY_TAG.key}`]: PRODUCT_KEY_TAG.value,
            'aws:TagKeys': [PRODUCT_KEY_TAG.key],
          },
        },
      ],
      [
        'writes the key policy of a product key',
        { action: 'kms:PutKeyPolicy', resourceArn: PRODUCT_KEY, context: taggedProductKey },
      ],
      [
        'turns on rotation',
        { action: 'kms:EnableKeyRotation', resourceArn: PRODUCT_KEY, context: taggedProductKey },
      ],
      ['reads a key', { action: 'kms:DescribeKey', resourceArn: FOREIGN_KEY }],
      [
        'creates the replication role with the boundary',
        { action: 'iam:CreateRole', resourceArn: replicationRole, context: withBoundary },
      ],
      [
        'puts the boundary on an existing replication role',
        { action: 'iam:PutRolePermissionsBoundary', resourceArn: replicationRole, context: withBoundary },
      ],
      [
        'writes its policy',
        { action: 'iam:PutRolePolicy', resourceArn: replicationRole, context: withBoundary },
      ],
      [
        'hardens its trust',
        { action: 'iam:UpdateAssumeRolePolicy', resourceArn: replicationRole, context: withBoundary },
      ],
      [
        'deletes it when it is replaced',
        { action: 'iam:DeleteRole', resourceArn: replicationRole, context: withBoundary },
      ],
      ['reads it', { action: 'iam:GetRole', resourceArn: replicationRole }],
      ['tags it', { action: 'iam:TagRole', resourceArn: replicationRole }],
    ])('CloudFormation, as the execution role, %s', async (_what, call) => {
      expect(await decide(execution, call)).toBe('Allowed');
    });
  });

  describeMonitoringRights(account);
  describeAdoptionRights(account);
});

/**
 * Issue 17: what plan and deploy read of a bucket before adopting it, and the import. Reads are
 * bucket-level and only on the configs' buckets: adopting names the bucket in the config first.
 */
function describeAdoptionRights(account: BootstrappedAccount): void {
  const { plan, deploy, execution } = account.roles;
  const reads = [
    's3:GetBucketVersioning',
    's3:GetEncryptionConfiguration',
    's3:GetBucketOwnershipControls',
    's3:GetBucketPublicAccessBlock',
    's3:GetBucketPolicy',
    's3:GetReplicationConfiguration',
    's3:GetBucketNotification',
    's3:GetLifecycleConfiguration',
    's3:GetBucketObjectLockConfiguration',
    's3:GetBucketTagging',
  ];

  describe('adoption: every read and the import are allowed', () => {
    test.each(reads)('plan and deploy read %s of a bucket the config adopts', async (action) => {
      const resourceArn = `arn:aws:s3:::${PRODUCT_BUCKET}`;
      expect(await decide(plan, { action, resourceArn })).toBe('Allowed');
      expect(await decide(deploy, { action, resourceArn })).toBe('Allowed');
    });

    test.each(reads)(
      'CloudFormation, as the execution role, reads %s of the bucket it imports',
      async (action) => {
        expect(await decide(execution, { action, resourceArn: `arn:aws:s3:::${PRODUCT_BUCKET}` })).toBe(
          'Allowed',
        );
      },
    );

    test.each([
      ['finds the stack that owns the bucket, and reads it back', 'cloudformation:DescribeStackResources'],
      ["reads the deployed template's record of kept notifications", 'cloudformation:GetTemplate'],
    ])('plan %s', async (_what, action) => {
      expect(await decide(plan, { action, resourceArn: STACK })).toBe('Allowed');
    });

    test('deploy creates the IMPORT change set under its own change-set names, and executes it', async () => {
      const name = 's3-xrepl-deploy-1001-0a1b2c3d-import';
      expect(
        await decide(deploy, {
          action: 'cloudformation:CreateChangeSet',
          resourceArn: STACK,
          context: changeSet(name),
        }),
      ).toBe('Allowed');
      expect(
        await decide(deploy, {
          action: 'cloudformation:ExecuteChangeSet',
          resourceArn: STACK,
          context: changeSet(name),
        }),
      ).toBe('Allowed');
    });
  });

  describe('adoption: nothing outside the product', () => {
    test.each(reads)(
      'the plan role (any pull request) cannot read %s of a bucket no config names',
      async (action) => {
        expect(await decide(plan, { action, resourceArn: `arn:aws:s3:::${FOREIGN_BUCKET}` })).not.toBe(
          'Allowed',
        );
      },
    );

    test.each(reads)(
      'the execution role cannot read %s of a bucket no config names, so cannot import it',
      async (action) => {
        expect(await decide(execution, { action, resourceArn: `arn:aws:s3:::${FOREIGN_BUCKET}` })).not.toBe(
          'Allowed',
        );
      },
    );

    test("the plan role cannot read the account's CloudWatch metrics (the object count is then not shown)", async () => {
      expect(await decide(plan, { action: 'cloudwatch:GetMetricData', resourceArn: '*' })).not.toBe(
        'Allowed',
      );
    });

    test('the plan role cannot import: it never executes a change set', async () => {
      expect(
        await decide(plan, {
          action: 'cloudformation:ExecuteChangeSet',
          resourceArn: STACK,
          context: changeSet('s3-xrepl-plan-1001'),
        }),
      ).not.toBe('Allowed');
    });
  });
}

describe('the replication role deployed with the boundary still replicates', () => {
  test('the source template puts the boundary bootstrap computes on the role', () => {
    const topology = exampleTopology('two-destinations');
    const resolved = resolveTemplate(buildSourceTemplate(topology), {
      accountId: A,
      region: 'us-east-1',
      partition: 'aws',
      parameters: {
        ReplicationRoleBoundaryArn: computed.boundary.arn,
        DrBucketArn: 'arn:aws:s3:::acme-orders-dr-us-west-2',
        DrKmsKeyArn: `arn:aws:kms:us-west-2:${B}:key/11111111-1111-2222-3333-444444444444`,
        AnalyticsBucketArn: 'arn:aws:s3:::acme-orders-analytics-eu-west-1',
        AnalyticsKmsKeyArn: 'arn:aws:kms:eu-west-1:333333333333:key/11111111-1111-2222-3333-444444444444',
      },
      attributes: { 'SourceKey.Arn': PRODUCT_KEY, 'AlertsKey.Arn': PRODUCT_KEY },
    });
    expect(resolved.resources.ReplicationRole!.Properties.PermissionsBoundary).toBe(computed.boundary.arn);
  });
});

describe('a template cannot widen the scope', () => {
  test.each(['arn:aws:s3:::*', 'arn:aws:s3:::a*', 'arn:aws:s3:::*-orders', '*'])(
    'BucketArns %s is refused by the template itself',
    (value) => {
      expect(() =>
        resolveTemplate(buildBootstrapTemplate(), {
          accountId: A,
          region: 'us-east-1',
          partition: 'aws',
          parameters: { GitHubOrg: 'acme', GitHubRepo: 'infra', BucketArns: value },
        }),
      ).toThrow(/AllowedPattern/);
    },
  );

  test.each(['*', '*-replication', '?3-xrepl-*'])(
    'ManagedRoleNamePattern %s is refused by the template itself',
    (value) => {
      expect(() =>
        resolveTemplate(buildBootstrapTemplate(), {
          accountId: A,
          region: 'us-east-1',
          partition: 'aws',
          parameters: {
            GitHubOrg: 'acme',
            GitHubRepo: 'infra',
            BucketArns: 'arn:aws:s3:::acme-orders',
            ManagedRoleNamePattern: value,
          },
        }),
      ).toThrow(/AllowedPattern/);
    },
  );

  test('there is no default for the buckets: a hand deployment must name them', () => {
    expect(buildBootstrapTemplate().Parameters!.BucketArns).not.toHaveProperty('Default');
  });
});

/**
 * Monitoring (templates/monitoring-policies.ts): the alarms, the alerts topic, the source bucket's
 * notifications, and verify's short-lived queue. Each right the roles gained is used, and each is
 * held to the product's names: nothing outside the product, no alarm that does more than notify, no
 * subscription that carries events out of the account.
 */
function describeMonitoringRights(account: BootstrappedAccount): void {
  const { plan, deploy, execution } = account.roles;
  const ALARM = `arn:aws:cloudwatch:us-east-1:${A}:alarm:s3-xrepl-orders-orders-to-dr-dr-failed-operations`;
  const TOPIC = `arn:aws:sns:us-east-1:${A}:s3-xrepl-orders-replication-alerts`;
  const QUEUE = `arn:aws:sqs:us-east-1:${A}:s3-xrepl-verify-orders-0a1b2c3d`;
  const FOREIGN_ALARM = `arn:aws:cloudwatch:us-east-1:${A}:alarm:billing-over-budget`;
  const FOREIGN_TOPIC = `arn:aws:sns:us-east-1:${A}:payments-alerts`;
  const FOREIGN_QUEUE = `arn:aws:sqs:us-east-1:${A}:payments-orders`;
  const bucket = `arn:aws:s3:::${PRODUCT_BUCKET}`;
  const notifies = (...actions: string[]) => ({ 'cloudwatch:AlarmActions': actions });

  describe('monitoring: every call is allowed', () => {
    test.each<[string, Call]>([
      [
        'creates an alarm that notifies the alerts topic',
        { action: 'cloudwatch:PutMetricAlarm', resourceArn: ALARM, context: notifies(TOPIC) },
      ],
      [
        'creates an alarm that notifies a topic the config names',
        { action: 'cloudwatch:PutMetricAlarm', resourceArn: ALARM, context: notifies(FOREIGN_TOPIC) },
      ],
      ['reads it back', { action: 'cloudwatch:DescribeAlarms', resourceArn: ALARM }],
      ['tags it', { action: 'cloudwatch:TagResource', resourceArn: ALARM }],
      ['deletes it', { action: 'cloudwatch:DeleteAlarms', resourceArn: ALARM }],
      ['creates the alerts topic', { action: 'sns:CreateTopic', resourceArn: TOPIC }],
      ['writes its policy and key', { action: 'sns:SetTopicAttributes', resourceArn: TOPIC }],
      ['reads it', { action: 'sns:GetTopicAttributes', resourceArn: TOPIC }],
      ["subscribes the config's addresses", { action: 'sns:Subscribe', resourceArn: TOPIC }],
      ['deletes it', { action: 'sns:DeleteTopic', resourceArn: TOPIC }],
      [
        "writes the source bucket's notification configuration",
        { action: 's3:PutBucketNotification', resourceArn: bucket },
      ],
    ])('CloudFormation, as the execution role, %s', async (_what, call) => {
      expect(await decide(execution, call)).toBe('Allowed');
    });

    test.each<[string, string]>([
      ['cloudwatch:DescribeAlarms', ALARM],
      ['sns:GetTopicAttributes', TOPIC],
      ['s3:GetBucketNotification', bucket],
    ])('drift (plan role) and verify (deploy role): %s', async (action, resourceArn) => {
      expect(await decide(plan, { action, resourceArn })).toBe('Allowed');
      expect(await decide(deploy, { action, resourceArn })).toBe('Allowed');
    });

    test.each<[string, Call]>([
      ['creates its queue', { action: 'sqs:CreateQueue', resourceArn: QUEUE }],
      ['tags it', { action: 'sqs:TagQueue', resourceArn: QUEUE }],
      [
        'subscribes it to the alerts topic',
        {
          action: 'sns:Subscribe',
          resourceArn: TOPIC,
          context: { 'sns:Protocol': 'sqs', 'sns:Endpoint': QUEUE },
        },
      ],
      ['reads the failure events', { action: 'sqs:ReceiveMessage', resourceArn: QUEUE }],
      ['unsubscribes', { action: 'sns:Unsubscribe', resourceArn: TOPIC }],
      ['deletes its queue', { action: 'sqs:DeleteQueue', resourceArn: QUEUE }],
      ['reads the replication metrics', { action: 'cloudwatch:GetMetricData', resourceArn: '*' }],
    ])('verify (deploy role) %s', async (_what, call) => {
      expect(await decide(deploy, call)).toBe('Allowed');
    });
  });

  describe('monitoring: nothing outside the product', () => {
    test.each<[string, Call]>([
      [
        'creates an alarm that terminates instances',
        {
          action: 'cloudwatch:PutMetricAlarm',
          resourceArn: ALARM,
          context: notifies(TOPIC, 'arn:aws:automate:us-east-1:ec2:terminate'),
        },
      ],
      [
        'creates an alarm that runs a scaling policy',
        {
          action: 'cloudwatch:PutMetricAlarm',
          resourceArn: ALARM,
          context: notifies(
            `arn:aws:autoscaling:us-east-1:${A}:scalingPolicy:0a1b:autoScalingGroupName/web:policyName/down`,
          ),
        },
      ],
      [
        'rewrites an alarm the product does not own',
        { action: 'cloudwatch:PutMetricAlarm', resourceArn: FOREIGN_ALARM, context: notifies(TOPIC) },
      ],
      [
        'deletes an alarm the product does not own',
        { action: 'cloudwatch:DeleteAlarms', resourceArn: FOREIGN_ALARM },
      ],
      ["rewrites another topic's policy", { action: 'sns:SetTopicAttributes', resourceArn: FOREIGN_TOPIC }],
      ['subscribes to another topic', { action: 'sns:Subscribe', resourceArn: FOREIGN_TOPIC }],
      ['publishes to the alerts topic (a forged event)', { action: 'sns:Publish', resourceArn: TOPIC }],
      [
        'rewrites the notifications of a bucket no config names',
        { action: 's3:PutBucketNotification', resourceArn: `arn:aws:s3:::${FOREIGN_BUCKET}` },
      ],
    ])('the execution role %s: denied', async (_what, call) => {
      expect(await decide(execution, call)).not.toBe('Allowed');
    });

    test.each<[string, Call]>([
      ['creates a queue (any pull request could)', { action: 'sqs:CreateQueue', resourceArn: QUEUE }],
      [
        'subscribes a queue to the alerts topic',
        {
          action: 'sns:Subscribe',
          resourceArn: TOPIC,
          context: { 'sns:Protocol': 'sqs', 'sns:Endpoint': QUEUE },
        },
      ],
      [
        'changes an alarm',
        { action: 'cloudwatch:PutMetricAlarm', resourceArn: ALARM, context: notifies(TOPIC) },
      ],
      ['silences an alarm', { action: 'cloudwatch:SetAlarmState', resourceArn: ALARM }],
      ["reads another topic's attributes", { action: 'sns:GetTopicAttributes', resourceArn: FOREIGN_TOPIC }],
      [
        'reads an alarm the product does not own',
        { action: 'cloudwatch:DescribeAlarms', resourceArn: FOREIGN_ALARM },
      ],
    ])('the plan role (any pull request) %s: denied', async (_what, call) => {
      expect(await decide(plan, call)).not.toBe('Allowed');
    });

    test.each<[string, Call]>([
      [
        'subscribes an https endpoint of its choosing to the failure events',
        {
          action: 'sns:Subscribe',
          resourceArn: TOPIC,
          context: { 'sns:Protocol': 'https', 'sns:Endpoint': 'https://collector.example.net/s3' },
        },
      ],
      [
        "subscribes another account's queue",
        {
          action: 'sns:Subscribe',
          resourceArn: TOPIC,
          context: {
            'sns:Protocol': 'sqs',
            'sns:Endpoint': `arn:aws:sqs:us-east-1:${STRANGER}:s3-xrepl-verify-x`,
          },
        },
      ],
      [
        'subscribes a queue that is not its own',
        {
          action: 'sns:Subscribe',
          resourceArn: TOPIC,
          context: { 'sns:Protocol': 'sqs', 'sns:Endpoint': FOREIGN_QUEUE },
        },
      ],
      ['creates a queue outside its prefix', { action: 'sqs:CreateQueue', resourceArn: FOREIGN_QUEUE }],
      ["reads another queue's messages", { action: 'sqs:ReceiveMessage', resourceArn: FOREIGN_QUEUE }],
      ['deletes another queue', { action: 'sqs:DeleteQueue', resourceArn: FOREIGN_QUEUE }],
      ['publishes to the alerts topic (a forged event)', { action: 'sns:Publish', resourceArn: TOPIC }],
      ['silences an alarm', { action: 'cloudwatch:SetAlarmState', resourceArn: ALARM }],
      ['disables the alarm actions', { action: 'cloudwatch:DisableAlarmActions', resourceArn: ALARM }],
      ['deletes an alarm', { action: 'cloudwatch:DeleteAlarms', resourceArn: ALARM }],
    ])('the deploy role %s: denied', async (_what, call) => {
      expect(await decide(deploy, call)).not.toBe('Allowed');
    });
  });
}

/**
 * backfill (DESIGN.md §5): the deploy role drives S3 Batch Replication jobs with the batch role of a
 * source stack, and nothing more; the batch role, inside the boundary, can start replication of the
 * source objects and write its manifest and report under the product's prefix, and read no data.
 */
describe.each([
  ['as bootstrap computes it for the examples', computed],
  ['as deployed by hand with only the required parameters', byHand],
])('backfill, with the bootstrap %s', (_how, account: BootstrappedAccount) => {
  const { plan, deploy } = account.roles;
  const JOB = `arn:aws:s3:us-east-1:${A}:job/8a1c7d3e-0b4f-4e21-9b6a-3f0c2e9d5a17`;
  const BATCH_ROLE = role('s3-xrepl-orders-batch-replication');
  const REPORT = `arn:aws:s3:::${PRODUCT_BUCKET}/s3-xrepl-batch/reports/job-8a1c/results/1a2b.csv`;
  const toBatchOperations = { 'iam:PassedToService': 'batchoperations.s3.amazonaws.com' };
  const job = (operation: string) => ({ 's3:RequestJobOperation': operation });

  test.each<[string, Call]>([
    [
      'creates a Batch Replication job',
      { action: 's3:CreateJob', resourceArn: '*', context: job('S3ReplicateObject') },
    ],
    ['follows it', { action: 's3:DescribeJob', resourceArn: JOB }],
    ['finds a running one', { action: 's3:ListJobs', resourceArn: '*' }],
    ['reads its completion report', { action: 's3:GetObject', resourceArn: REPORT }],
    [
      'passes the batch role to Batch Operations',
      { action: 'iam:PassRole', resourceArn: BATCH_ROLE, context: toBatchOperations },
    ],
  ])('the deploy role %s: allowed', async (_what, call) => {
    expect(await decide(deploy, call)).toBe('Allowed');
  });

  test.each<[string, Call]>([
    [
      'creates a job that copies objects (S3PutObjectCopy)',
      { action: 's3:CreateJob', resourceArn: '*', context: job('S3PutObjectCopy') },
    ],
    [
      'creates a job that runs a Lambda function',
      { action: 's3:CreateJob', resourceArn: '*', context: job('LambdaInvoke') },
    ],
    [
      'creates a job that deletes object tags',
      { action: 's3:CreateJob', resourceArn: '*', context: job('S3DeleteObjectTagging') },
    ],
    [
      'passes the replication role to Batch Operations',
      {
        action: 'iam:PassRole',
        resourceArn: role('s3-xrepl-orders-replication'),
        context: toBatchOperations,
      },
    ],
    [
      'passes a batch-named role the product does not own to Batch Operations',
      { action: 'iam:PassRole', resourceArn: role('payroll-batch-replication'), context: toBatchOperations },
    ],
    [
      'passes the execution role to Batch Operations',
      { action: 'iam:PassRole', resourceArn: account.roles.execution.arn, context: toBatchOperations },
    ],
    [
      'passes the batch role to another service',
      {
        action: 'iam:PassRole',
        resourceArn: BATCH_ROLE,
        context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
      },
    ],
    [
      'reads data of a product bucket outside the report prefix',
      { action: 's3:GetObject', resourceArn: `arn:aws:s3:::${PRODUCT_BUCKET}/orders/2026/invoice.pdf` },
    ],
    [
      'reads a report prefix of a bucket no config names',
      { action: 's3:GetObject', resourceArn: `arn:aws:s3:::${FOREIGN_BUCKET}/s3-xrepl-batch/reports/x.csv` },
    ],
    ['cancels or reprioritizes a job', { action: 's3:UpdateJobStatus', resourceArn: JOB }],
  ])('the deploy role %s: denied', async (_what, call) => {
    expect(await decide(deploy, call)).not.toBe('Allowed');
  });

  test.each([
    ['s3:CreateJob', '*', job('S3ReplicateObject')],
    ['iam:PassRole', BATCH_ROLE, toBatchOperations],
  ] as const)('the plan role (any pull request) may not %s', async (action, resourceArn, context) => {
    expect(await decide(plan, { action, resourceArn, context })).not.toBe('Allowed');
  });

  describe('the batch role of the source stack, inside the boundary', () => {
    const topology = exampleTopology('two-destinations');
    const resolved = resolveTemplate(buildSourceTemplate(topology), {
      accountId: A,
      region: 'us-east-1',
      partition: 'aws',
      parameters: {
        ReplicationRoleBoundaryArn: account.boundary.arn,
        DrBucketArn: 'arn:aws:s3:::acme-orders-dr-us-west-2',
        DrKmsKeyArn: `arn:aws:kms:us-west-2:${B}:key/11111111-1111-2222-3333-444444444444`,
        AnalyticsBucketArn: 'arn:aws:s3:::acme-orders-analytics-eu-west-1',
        AnalyticsKmsKeyArn: 'arn:aws:kms:eu-west-1:333333333333:key/11111111-1111-2222-3333-444444444444',
      },
      attributes: { 'SourceKey.Arn': PRODUCT_KEY, 'AlertsKey.Arn': PRODUCT_KEY },
    });
    const r = resolved.resources.BatchReplicationRole!;
    const batch = {
      arn: role(String(r.Properties.RoleName)),
      policy: asPolicyDocument(
        (r.Properties.Policies as { PolicyDocument: unknown }[])[0]!.PolicyDocument,
        'batch role policy',
      ),
    };
    const src = `arn:aws:s3:::${topology.source.bucket}`;

    test('is named for the managed pattern, carries the boundary, and only Batch Operations of its own account assumes it', () => {
      expect(
        globMatches(
          account.parameters.ManagedRoleNamePattern ?? 's3-xrepl-*-replication',
          String(r.Properties.RoleName),
        ),
      ).toBe(true);
      expect(r.Properties.RoleName).toBe('s3-xrepl-orders-batch-replication');
      expect(r.Properties.PermissionsBoundary).toBe(account.boundary.arn);
      expect(r.Properties.AssumeRolePolicyDocument).toEqual({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'BatchOperationsForThisAccountOnly',
            Effect: 'Allow',
            Principal: { Service: 'batchoperations.s3.amazonaws.com' },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'aws:SourceAccount': A } },
          },
        ],
      });
    });

    test.each([
      ['starts replication of a source object', 's3:InitiateReplication', `${src}/orders/1.json`],
      ['reads the replication rules', 's3:GetReplicationConfiguration', src],
      ['has the manifest generated (inventory)', 's3:PutInventoryConfiguration', src],
      ['writes the manifest', 's3:PutObject', `${src}/s3-xrepl-batch/manifests/job-1/manifest.json`],
      ['reads it back', 's3:GetObject', `${src}/s3-xrepl-batch/manifests/job-1/manifest.json`],
      ['writes the completion report', 's3:PutObject', `${src}/s3-xrepl-batch/reports/job-1/results/a.csv`],
    ])('%s: allowed', async (_what, action, resourceArn) => {
      expect(await decide(batch, { action, resourceArn }, account.boundary.policy)).toBe('Allowed');
    });

    test.each([
      ['reads source data', 's3:GetObject', `${src}/orders/1.json`],
      ['reads a version for replication itself', 's3:GetObjectVersionForReplication', `${src}/orders/1.json`],
      ['writes outside the product prefix', 's3:PutObject', `${src}/orders/forged.json`],
      [
        'starts replication in a destination bucket',
        's3:InitiateReplication',
        'arn:aws:s3:::acme-orders-dr-us-west-2/x',
      ],
      [
        'starts replication in a bucket no config names',
        's3:InitiateReplication',
        `arn:aws:s3:::${FOREIGN_BUCKET}/x`,
      ],
      ['changes the replication rules', 's3:PutReplicationConfiguration', src],
      ['rewrites the bucket policy', 's3:PutBucketPolicy', src],
      ['lists the bucket', 's3:ListBucket', src],
    ])('%s: denied', async (_what, action, resourceArn) => {
      expect(await decide(batch, { action, resourceArn }, account.boundary.policy)).not.toBe('Allowed');
    });

    test('decrypts nothing, even through S3', async () => {
      expect(
        await decide(
          batch,
          {
            action: 'kms:Decrypt',
            resourceArn: PRODUCT_KEY,
            context: {
              'kms:ViaService': 's3.us-east-1.amazonaws.com',
              'kms:EncryptionContext:aws:s3:arn': `${src}/orders/1.json`,
            },
          },
          account.boundary.policy,
        ),
      ).not.toBe('Allowed');
    });
  });
});

describe("backfill's policy stays within IAM's limit with the largest bucket list bootstrap writes", () => {
  // The shortest bucket names (three characters) put the most ARNs, each with its suffix, into the
  // budget: the worst case. Bootstrap lists names one by one while they fit.
  const names: string[] = [];
  for (let i = 0; ; i++) {
    const next = [...names, `b${String(i).padStart(2, '0')}`];
    if (next.map((n) => `arn:aws:s3:::${n}`).join(',').length > BUCKET_ARNS_BUDGET) break;
    names.push(next.at(-1)!);
  }
  const largest = bootstrappedAccount(A, {
    GitHubOrg: 'acme',
    GitHubRepo: 'infra',
    BucketArns: names.map((n) => `arn:aws:s3:::${n}`).join(','),
  });

  test('is a managed policy of the deploy role (its inline policies are full), within 6,144 characters', () => {
    const [backfill, ...others] = largest.roles.deploy.managed;
    expect(others).toEqual([]);
    expect(JSON.stringify(backfill).length).toBeLessThanOrEqual(6_144);
    expect(JSON.stringify(largest.roles.deploy.inline)).not.toContain('s3:CreateJob');
  });
});

describe("a two-way destination's account, whose stack holds the way-back role (issue 20)", () => {
  const pair = loadTopology(
    [
      'name: orders',
      'source:',
      `  account: '${A}'`,
      '  region: eu-west-1',
      '  bucket: acme-orders-eu-west-1',
      'destinations:',
      '  - id: us',
      `    account: '${B}'`,
      '    region: us-east-1',
      '    bucket: acme-orders-us-east-1',
      '    twoWay: true',
      'rules:',
      '  - { id: everything, priority: 1, destinations: [us] }',
    ].join('\n'),
  );
  if (!pair.ok) throw new Error(JSON.stringify(pair.diagnostics));
  const inB = bootstrappedAccount(B, bootstrapParameters([pair.topology], B));
  const wayBackRole = `arn:aws:iam::${B}:role/${pair.topology.destinations[0]!.twoWay!.roleName}`;
  const withBoundary = { 'iam:PermissionsBoundary': inB.boundary.arn };
  const ownBucket = 'arn:aws:s3:::acme-orders-us-east-1';
  const decideInB = (call: Call, boundary?: PolicyDocument) =>
    decide(inB.roles.execution, { resourceAccount: B, ...call }, boundary);

  test.each<[string, Call]>([
    [
      'creates the way-back role with the boundary',
      { action: 'iam:CreateRole', resourceArn: wayBackRole, context: withBoundary },
    ],
    ['writes its policy', { action: 'iam:PutRolePolicy', resourceArn: wayBackRole, context: withBoundary }],
    [
      'passes it to S3',
      {
        action: 'iam:PassRole',
        resourceArn: wayBackRole,
        context: { 'iam:PassedToService': 's3.amazonaws.com' },
      },
    ],
    [
      'writes the way-back rules on its own bucket',
      { action: 's3:PutReplicationConfiguration', resourceArn: ownBucket },
    ],
  ])('CloudFormation, as the execution role, %s: allowed', async (_what, call) => {
    expect(await decideInB(call)).toBe('Allowed');
  });

  test.each<[string, Call]>([
    [
      'creates the way-back role without the boundary',
      { action: 'iam:CreateRole', resourceArn: wayBackRole },
    ],
    [
      'passes it to another service than S3',
      {
        action: 'iam:PassRole',
        resourceArn: wayBackRole,
        context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
      },
    ],
    [
      'writes replication rules on a bucket no config names',
      { action: 's3:PutReplicationConfiguration', resourceArn: `arn:aws:s3:::${FOREIGN_BUCKET}` },
    ],
  ])('CloudFormation, as the execution role, %s: denied', async (_what, call) => {
    expect(await decideInB(call)).not.toBe('Allowed');
  });

  test('inside the boundary, the way-back role replicates into the source bucket and nowhere else', async () => {
    const wayBack = {
      arn: wayBackRole,
      policy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
      } as PolicyDocument,
    };
    const into = (bucket: string) =>
      decide(
        wayBack,
        { action: 's3:ReplicateObject', resourceArn: `arn:aws:s3:::${bucket}/x`, resourceAccount: B },
        inB.boundary.policy,
      );
    expect(await into('acme-orders-eu-west-1')).toBe('Allowed');
    expect(await into(FOREIGN_BUCKET)).not.toBe('Allowed');
  });
});

/**
 * Backfill of the way back (issue 20): the two-way destination's stack holds a batch role of its
 * own, so existing objects of the destination bucket can be replicated to the source as the
 * source's are to the destination. Same rights, in the destination's account, on its bucket.
 */
describe("backfill of a two-way pair's way back, in the destination's account", () => {
  const pair = loadTopology(
    [
      'name: orders',
      'source:',
      `  account: '${A}'`,
      '  region: eu-west-1',
      '  bucket: acme-orders-eu-west-1',
      'destinations:',
      '  - id: us',
      `    account: '${B}'`,
      '    region: us-east-1',
      '    bucket: acme-orders-us-east-1',
      '    twoWay: true',
      'rules:',
      '  - { id: everything, priority: 1, destinations: [us] }',
    ].join('\n'),
  );
  if (!pair.ok) throw new Error(JSON.stringify(pair.diagnostics));
  const inB = bootstrappedAccount(B, bootstrapParameters([pair.topology], B));
  const r = deployTwoWay(pair.topology).phase3.resources.BatchReplicationRole!;
  const batchRoleArn = `arn:aws:iam::${B}:role/${String(r.Properties.RoleName)}`;
  const batch = {
    arn: batchRoleArn,
    policy: asPolicyDocument(
      (r.Properties.Policies as { PolicyDocument: unknown }[])[0]!.PolicyDocument,
      'way-back batch role policy',
    ),
  };
  const own = 'arn:aws:s3:::acme-orders-us-east-1';
  const source = 'arn:aws:s3:::acme-orders-eu-west-1';
  const toBatchOperations = { 'iam:PassedToService': 'batchoperations.s3.amazonaws.com' };
  const inBAs = (who: { arn: string; policy: PolicyDocument }, call: Call, boundary?: PolicyDocument) =>
    decide(who, { resourceAccount: B, ...call }, boundary);

  test('is named for the managed pattern, carries the boundary, and only Batch Operations of its own account assumes it', () => {
    expect(r.Properties.RoleName).toBe('s3-xrepl-orders-us-return-batch-replication');
    expect(globMatches(inB.parameters.ManagedRoleNamePattern!, String(r.Properties.RoleName))).toBe(true);
    expect(r.Properties.PermissionsBoundary).toBe(inB.boundary.arn);
    expect(JSON.stringify(r.Properties.AssumeRolePolicyDocument)).toContain(
      `"Condition":{"StringEquals":{"aws:SourceAccount":"${B}"}}`,
    );
  });

  test.each<[string, Call]>([
    [
      'CloudFormation, as the execution role, creates it with the boundary',
      {
        action: 'iam:CreateRole',
        resourceArn: batchRoleArn,
        context: { 'iam:PermissionsBoundary': inB.boundary.arn },
      },
    ],
    [
      'the deploy role creates a Batch Replication job',
      {
        action: 's3:CreateJob',
        resourceArn: '*',
        context: { 's3:RequestJobOperation': 'S3ReplicateObject' },
      },
    ],
    [
      'the deploy role passes it to Batch Operations',
      { action: 'iam:PassRole', resourceArn: batchRoleArn, context: toBatchOperations },
    ],
    [
      "the deploy role reads the job's completion report in the destination bucket",
      { action: 's3:GetObject', resourceArn: `${own}/s3-xrepl-batch/reports/job-1/results/a.csv` },
    ],
  ])('%s: allowed', async (what, call) => {
    const who = what.startsWith('CloudFormation') ? inB.roles.execution : inB.roles.deploy;
    expect(await inBAs(who, call)).toBe('Allowed');
  });

  test.each<[string, Call]>([
    [
      'CloudFormation, as the execution role, creates it without the boundary',
      { action: 'iam:CreateRole', resourceArn: batchRoleArn },
    ],
    [
      'the deploy role passes the way-back replication role to Batch Operations',
      {
        action: 'iam:PassRole',
        resourceArn: `arn:aws:iam::${B}:role/${pair.topology.destinations[0]!.twoWay!.roleName}`,
        context: toBatchOperations,
      },
    ],
    [
      'the deploy role passes it to another service',
      {
        action: 'iam:PassRole',
        resourceArn: batchRoleArn,
        context: { 'iam:PassedToService': 'lambda.amazonaws.com' },
      },
    ],
  ])('%s: denied', async (what, call) => {
    const who = what.startsWith('CloudFormation') ? inB.roles.execution : inB.roles.deploy;
    expect(await inBAs(who, call)).not.toBe('Allowed');
  });

  test.each([
    ['starts replication of an object of its own bucket', 's3:InitiateReplication', `${own}/orders/1.json`],
    ['reads the way back rules', 's3:GetReplicationConfiguration', own],
    ['has the manifest generated (inventory)', 's3:PutInventoryConfiguration', own],
    ['writes the manifest', 's3:PutObject', `${own}/s3-xrepl-batch/manifests/job-1/manifest.json`],
    ['reads it back', 's3:GetObject', `${own}/s3-xrepl-batch/manifests/job-1/manifest.json`],
    ['writes the completion report', 's3:PutObject', `${own}/s3-xrepl-batch/reports/job-1/results/a.csv`],
  ])('the batch role, inside the boundary, %s: allowed', async (_what, action, resourceArn) => {
    expect(await inBAs(batch, { action, resourceArn }, inB.boundary.policy)).toBe('Allowed');
  });

  test.each([
    ['reads data of its bucket', 's3:GetObject', `${own}/orders/1.json`],
    ['reads a version for replication itself', 's3:GetObjectVersionForReplication', `${own}/orders/1.json`],
    ['writes outside the product prefix', 's3:PutObject', `${own}/orders/forged.json`],
    ['starts replication in the source bucket', 's3:InitiateReplication', `${source}/orders/1.json`],
    [
      'starts replication in a bucket no config names',
      's3:InitiateReplication',
      `arn:aws:s3:::${FOREIGN_BUCKET}/x`,
    ],
    ['changes the way back rules', 's3:PutReplicationConfiguration', own],
    ['rewrites the bucket policy', 's3:PutBucketPolicy', own],
  ])('the batch role, inside the boundary, %s: denied', async (_what, action, resourceArn) => {
    expect(await inBAs(batch, { action, resourceArn }, inB.boundary.policy)).not.toBe('Allowed');
  });
});

/**
 * Monitoring of a two-way pair's way back (issue 20): the destination's stack creates alarms, a topic
 * and the destination bucket's notifications in the destination's account, under the product's
 * names, so its bootstrap needs nothing new; the names stay the product's.
 */
describe("the way back's monitoring, in the destination's account", () => {
  const pair = loadTopology(
    [
      'name: orders',
      'source:',
      `  account: '${A}'`,
      '  region: eu-west-1',
      '  bucket: acme-orders-eu-west-1',
      'destinations:',
      '  - id: us',
      `    account: '${B}'`,
      '    region: us-east-1',
      '    bucket: acme-orders-us-east-1',
      '    twoWay: true',
      'rules:',
      '  - { id: everything, priority: 1, destinations: [us] }',
    ].join('\n'),
  );
  if (!pair.ok) throw new Error(JSON.stringify(pair.diagnostics));
  const inB = bootstrappedAccount(B, bootstrapParameters([pair.topology], B));
  const phase3 = deployTwoWay(pair.topology).phase3;
  const alarmName = String(phase3.resources.AlarmEverythingToSourceFailed!.Properties.AlarmName);
  const ALARM = `arn:aws:cloudwatch:us-east-1:${B}:alarm:${alarmName}`;
  const TOPIC = phase3.outputs.AlertsTopicArn!;
  const own = 'arn:aws:s3:::acme-orders-us-east-1';
  const notifies = (...actions: string[]) => ({ 'cloudwatch:AlarmActions': actions });
  const inBAs = (who: { arn: string; policy: PolicyDocument }, call: Call) =>
    decide(who, { resourceAccount: B, ...call });

  test.each<[string, Call]>([
    [
      "creates the way back's alarm, which notifies its topic",
      { action: 'cloudwatch:PutMetricAlarm', resourceArn: ALARM, context: notifies(TOPIC) },
    ],
    ["creates the way back's topic", { action: 'sns:CreateTopic', resourceArn: TOPIC }],
    ['writes its policy and key', { action: 'sns:SetTopicAttributes', resourceArn: TOPIC }],
    [
      "writes the destination bucket's notification configuration",
      { action: 's3:PutBucketNotification', resourceArn: own },
    ],
  ])('CloudFormation, as the execution role, %s: allowed', async (_what, call) => {
    expect(await inBAs(inB.roles.execution, call)).toBe('Allowed');
  });

  test.each<[string, Call]>([
    [
      'creates an alarm outside the product',
      {
        action: 'cloudwatch:PutMetricAlarm',
        resourceArn: `arn:aws:cloudwatch:us-east-1:${B}:alarm:billing-over-budget`,
        context: notifies(TOPIC),
      },
    ],
    [
      'creates a topic outside the product',
      { action: 'sns:CreateTopic', resourceArn: `arn:aws:sns:us-east-1:${B}:payments-alerts` },
    ],
    [
      'writes the notification configuration of a bucket no config names',
      { action: 's3:PutBucketNotification', resourceArn: `arn:aws:s3:::${FOREIGN_BUCKET}` },
    ],
  ])('CloudFormation, as the execution role, %s: denied', async (_what, call) => {
    expect(await inBAs(inB.roles.execution, call)).not.toBe('Allowed');
  });

  test("drift (plan role) and verify (deploy role) read the way back's alarm and topic", async () => {
    for (const who of [inB.roles.plan, inB.roles.deploy]) {
      expect(await inBAs(who, { action: 'cloudwatch:DescribeAlarms', resourceArn: ALARM })).toBe('Allowed');
      expect(await inBAs(who, { action: 'sns:GetTopicAttributes', resourceArn: TOPIC })).toBe('Allowed');
    }
  });
});
