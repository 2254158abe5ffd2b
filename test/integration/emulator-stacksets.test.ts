/**
 * StackSets in the emulator harness (test/support/moto/stacksets.py), driven only through the
 * real AWS SDK v3 clients: operations run asynchronously, each instance is a real stack in its
 * account (read back through IAM and CloudFormation with that account's credentials), failures
 * fail the instance with AWS's reason, and operation preferences decide what runs and what is
 * cancelled. The last block shows, on plain moto, that these assertions would fail there.
 * See the StackSets section of test/EMULATOR.md.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CloudFormationClient,
  CreateStackInstancesCommand,
  CreateStackSetCommand,
  DeleteStackInstancesCommand,
  DescribeStackInstanceCommand,
  DescribeStackSetCommand,
  DescribeStackSetOperationCommand,
  DescribeStacksCommand,
  ListStackInstancesCommand,
  ListStackSetOperationResultsCommand,
  ListStackSetOperationsCommand,
  UpdateStackInstancesCommand,
  UpdateStackSetCommand,
  type Parameter,
  type StackInstanceSummary,
  type StackSetOperation,
  type StackSetOperationPreferences,
  type StackSetOperationResultSummary,
} from '@aws-sdk/client-cloudformation';
import { CreateOpenIDConnectProviderCommand, GetRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { credentialsFor } from '../support/live-state.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { prepareSelfManagedStackSets } from '../support/stackset-accounts.js';

const REGION = 'eu-west-1';
const ADMIN = '111111111111';
const TARGETS = ['222222222222', '333333333333', '444444444444', '555555555555', '666666666666'];
const NO_ROLE = '666666666666';
const WITH_ROLE = TARGETS.filter((a) => a !== NO_ROLE);
const TIMEOUT = 60_000;
const EXECUTION_ROLE_REASON = `Account ${NO_ROLE} should have 'AWSCloudFormationStackSetExecutionRole' role with trust relationship to Role 'AWSCloudFormationStackSetAdministrationRole'.`;

const trust = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};

/** A named IAM role (needs CAPABILITY_NAMED_IAM) whose name and description are parameters. */
function roleTemplate(extraOutput = false): string {
  return JSON.stringify({
    Parameters: {
      RoleName: { Type: 'String' },
      RoleDescription: { Type: 'String', Default: 'first' },
    },
    Resources: {
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: {
          RoleName: { Ref: 'RoleName' },
          Description: { Ref: 'RoleDescription' },
          AssumeRolePolicyDocument: trust,
        },
      },
    },
    Outputs: {
      RoleArn: { Value: { 'Fn::GetAtt': ['Role', 'Arn'] } },
      ...(extraOutput ? { RoleDescription: { Value: { Ref: 'RoleDescription' } } } : {}),
    },
  });
}

const OIDC_URL = 'https://token.actions.githubusercontent.com';
const OIDC_TEMPLATE = JSON.stringify({
  Resources: {
    GitHubOidc: {
      Type: 'AWS::IAM::OIDCProvider',
      Properties: {
        Url: OIDC_URL,
        ClientIdList: ['sts.amazonaws.com'],
        ThumbprintList: ['6938fd4d98bab03faadb97b34396831e3780aea1'],
      },
    },
  },
});

const params = (values: Record<string, string>): Parameter[] =>
  Object.entries(values).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }));

interface Polled {
  operation: StackSetOperation;
  seen: string[];
}

/** Polls DescribeStackSetOperation as a client would, recording every status it saw. */
async function waitForOperation(cfn: CloudFormationClient, name: string, id: string): Promise<Polled> {
  const seen: string[] = [];
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { StackSetOperation } = await cfn.send(
      new DescribeStackSetOperationCommand({ StackSetName: name, OperationId: id }),
    );
    seen.push(StackSetOperation!.Status!);
    if (!['QUEUED', 'RUNNING', 'STOPPING'].includes(StackSetOperation!.Status!)) {
      return { operation: StackSetOperation!, seen };
    }
    if (Date.now() > deadline) throw new Error(`operation ${id} still ${StackSetOperation!.Status}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function allResults(cfn: CloudFormationClient, name: string, id: string, pageSize?: number) {
  const pages: StackSetOperationResultSummary[][] = [];
  let NextToken: string | undefined;
  do {
    const out = await cfn.send(
      new ListStackSetOperationResultsCommand({
        StackSetName: name,
        OperationId: id,
        MaxResults: pageSize,
        NextToken,
      }),
    );
    pages.push(out.Summaries ?? []);
    NextToken = out.NextToken;
  } while (NextToken);
  return { pages, results: pages.flat() };
}

async function instances(cfn: CloudFormationClient, name: string): Promise<StackInstanceSummary[]> {
  const out = await cfn.send(new ListStackInstancesCommand({ StackSetName: name }));
  return out.Summaries ?? [];
}

const byAccount = <T extends { Account?: string }>(items: T[]): Record<string, T> =>
  Object.fromEntries(items.map((item) => [item.Account!, item]));

async function errorOf(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { name: string; message: string };
  }
  throw new Error('expected the call to fail');
}

describe('StackSets in the emulator harness', () => {
  let moto: MotoServer;
  let admin: CloudFormationClient;
  const iam: Record<string, IAMClient> = {};
  const cfn: Record<string, CloudFormationClient> = {};

  beforeAll(async () => {
    moto = await startMoto();
    await prepareSelfManagedStackSets({
      endpoint: moto.endpoint,
      region: REGION,
      admin: ADMIN,
      targets: TARGETS,
      withoutExecutionRole: [NO_ROLE],
    });
    for (const account of [ADMIN, ...TARGETS]) {
      const common = { endpoint: moto.endpoint, region: REGION, maxAttempts: 1 };
      const credentials = await credentialsFor(moto.endpoint, account);
      iam[account] = new IAMClient({ ...common, credentials });
      cfn[account] = new CloudFormationClient({ ...common, credentials });
    }
    admin = cfn[ADMIN]!;
  }, TIMEOUT);
  afterAll(async () => {
    await moto?.stop();
  });

  async function createStackSet(name: string, template = roleTemplate(), roleName = `${name}-role`) {
    await admin.send(
      new CreateStackSetCommand({
        StackSetName: name,
        TemplateBody: template,
        Parameters: template.includes('RoleName') ? params({ RoleName: roleName }) : undefined,
        Capabilities: ['CAPABILITY_NAMED_IAM'],
      }),
    );
  }

  async function createInstances(
    name: string,
    accounts: string[],
    preferences: StackSetOperationPreferences,
  ): Promise<Polled & { id: string }> {
    const { OperationId } = await admin.send(
      new CreateStackInstancesCommand({
        StackSetName: name,
        Accounts: accounts,
        Regions: [REGION],
        OperationPreferences: preferences,
      }),
    );
    return { id: OperationId!, ...(await waitForOperation(admin, name, OperationId!)) };
  }

  describe('a self-managed StackSet to five accounts, one without the execution role', () => {
    const NAME = 'five-accounts';
    let created: Polled & { id: string };

    beforeAll(async () => {
      await createStackSet(NAME);
      created = await createInstances(NAME, TARGETS, { FailureToleranceCount: 1, MaxConcurrentCount: 2 });
    }, TIMEOUT);

    it('runs asynchronously: the poller sees RUNNING, then SUCCEEDED within the tolerance', () => {
      expect(created.seen[0]).toBe('RUNNING');
      expect(created.seen.at(-1)).toBe('SUCCEEDED');
      const op = created.operation;
      expect(op.Action).toBe('CREATE');
      expect(op.StatusDetails).toEqual({ FailedStackInstancesCount: 1 });
      expect(op.OperationPreferences).toEqual({ FailureToleranceCount: 1, MaxConcurrentCount: 2 });
      expect(op.AdministrationRoleARN).toBe(
        `arn:aws:iam::${ADMIN}:role/AWSCloudFormationStackSetAdministrationRole`,
      );
      expect(op.EndTimestamp!.getTime()).toBeGreaterThanOrEqual(op.CreationTimestamp!.getTime());
    });

    it('fails only the account without the execution role, with AWS reason', async () => {
      const { results } = await allResults(admin, NAME, created.id);
      const results_ = byAccount(results);
      expect(Object.keys(results_).sort()).toEqual([...TARGETS].sort());
      for (const account of WITH_ROLE) expect(results_[account]!.Status).toBe('SUCCEEDED');
      expect(results_[NO_ROLE]).toMatchObject({ Status: 'FAILED', StatusReason: EXECUTION_ROLE_REASON });
      expect(results_[NO_ROLE]!.AccountGateResult!.Status).toBe('SKIPPED');

      const listed = byAccount(await instances(admin, NAME));
      expect(listed[NO_ROLE]).toMatchObject({
        Status: 'OUTDATED',
        StatusReason: EXECUTION_ROLE_REASON,
        StackInstanceStatus: { DetailedStatus: 'FAILED' },
        LastOperationId: created.id,
      });
      for (const account of WITH_ROLE) {
        expect(listed[account]).toMatchObject({
          Status: 'CURRENT',
          StackInstanceStatus: { DetailedStatus: 'SUCCEEDED' },
          DriftStatus: 'NOT_CHECKED',
        });
        expect(listed[account]!.StackId).toMatch(
          new RegExp(`^arn:aws:cloudformation:${REGION}:${account}:stack/StackSet-${NAME}-[0-9a-f-]{36}/`),
        );
      }
    });

    it('creates the role for real in the four accounts, and not in the fifth', async () => {
      for (const account of WITH_ROLE) {
        const { Role } = await iam[account]!.send(new GetRoleCommand({ RoleName: `${NAME}-role` }));
        expect(Role!.Arn).toBe(`arn:aws:iam::${account}:role/${NAME}-role`);
        expect(Role!.Description).toBe('first');
      }
      const missing = await errorOf(iam[NO_ROLE]!.send(new GetRoleCommand({ RoleName: `${NAME}-role` })));
      expect(missing.name).toBe('NoSuchEntityException');
    });

    it('pages the operation results and the instances (MaxResults 2)', async () => {
      const { pages, results } = await allResults(admin, NAME, created.id, 2);
      expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
      expect(new Set(results.map((r) => r.Account)).size).toBe(5);
      const first = await admin.send(new ListStackInstancesCommand({ StackSetName: NAME, MaxResults: 2 }));
      expect(first.Summaries).toHaveLength(2);
      const second = await admin.send(
        new ListStackInstancesCommand({ StackSetName: NAME, MaxResults: 2, NextToken: first.NextToken }),
      );
      expect(second.Summaries!.map((s) => s.Account)).not.toContain(first.Summaries![0]!.Account);
      const failed = await admin.send(
        new ListStackInstancesCommand({
          StackSetName: NAME,
          Filters: [{ Name: 'DETAILED_STATUS', Values: 'FAILED' }],
        }),
      );
      expect(failed.Summaries!.map((s) => s.Account)).toEqual([NO_ROLE]);
    });

    it(
      'UpdateStackSet changes every instance stack in its account',
      async () => {
        const { OperationId } = await admin.send(
          new UpdateStackSetCommand({
            StackSetName: NAME,
            TemplateBody: roleTemplate(true),
            Parameters: [
              { ParameterKey: 'RoleName', UsePreviousValue: true },
              { ParameterKey: 'RoleDescription', ParameterValue: 'second' },
            ],
            Capabilities: ['CAPABILITY_NAMED_IAM'],
            OperationPreferences: { FailureToleranceCount: 1, MaxConcurrentCount: 2 },
          }),
        );
        const { operation } = await waitForOperation(admin, NAME, OperationId!);
        expect(operation).toMatchObject({ Action: 'UPDATE', Status: 'SUCCEEDED' });
        const listed = byAccount(await instances(admin, NAME));
        for (const account of WITH_ROLE) {
          const { Stacks } = await cfn[account]!.send(
            new DescribeStacksCommand({ StackName: listed[account]!.StackId }),
          );
          expect(Stacks![0]!.StackStatus).toBe('UPDATE_COMPLETE');
          expect(Stacks![0]!.Outputs).toContainEqual(
            expect.objectContaining({ OutputKey: 'RoleDescription', OutputValue: 'second' }),
          );
          const { Role } = await iam[account]!.send(new GetRoleCommand({ RoleName: `${NAME}-role` }));
          expect(Role!.Description).toBe('second');
        }
        const { StackSet } = await admin.send(new DescribeStackSetCommand({ StackSetName: NAME }));
        expect(StackSet!.Parameters).toEqual(
          expect.arrayContaining([{ ParameterKey: 'RoleDescription', ParameterValue: 'second' }]),
        );
        expect(StackSet!.TemplateBody).toBe(roleTemplate(true));
        expect(StackSet).toMatchObject({
          PermissionModel: 'SELF_MANAGED',
          Capabilities: ['CAPABILITY_NAMED_IAM'],
        });
      },
      TIMEOUT,
    );

    it(
      'UpdateStackInstances applies its ParameterOverrides to that account only',
      async () => {
        const [overridden, untouched] = WITH_ROLE as [string, string];
        const { OperationId } = await admin.send(
          new UpdateStackInstancesCommand({
            StackSetName: NAME,
            Accounts: [overridden],
            Regions: [REGION],
            ParameterOverrides: params({ RoleDescription: 'overridden' }),
          }),
        );
        expect((await waitForOperation(admin, NAME, OperationId!)).operation.Status).toBe('SUCCEEDED');
        const role = async (account: string) =>
          (await iam[account]!.send(new GetRoleCommand({ RoleName: `${NAME}-role` }))).Role!;
        expect((await role(overridden)).Description).toBe('overridden');
        expect((await role(untouched)).Description).toBe('second');
        const { StackInstance } = await admin.send(
          new DescribeStackInstanceCommand({
            StackSetName: NAME,
            StackInstanceAccount: overridden,
            StackInstanceRegion: REGION,
          }),
        );
        expect(StackInstance).toMatchObject({
          ParameterOverrides: [{ ParameterKey: 'RoleDescription', ParameterValue: 'overridden' }],
          Status: 'CURRENT',
          LastOperationId: OperationId,
        });

        const unknown = await errorOf(
          admin.send(
            new UpdateStackInstancesCommand({
              StackSetName: NAME,
              Accounts: [overridden],
              Regions: [REGION],
              ParameterOverrides: params({ NotAParameter: 'x' }),
            }),
          ),
        );
        expect(unknown).toMatchObject({ name: 'ValidationError' });
        expect(unknown.message).toContain('NotAParameter');
      },
      TIMEOUT,
    );

    it(
      'refuses a second operation while one runs (OperationInProgressException)',
      async () => {
        const { OperationId } = await admin.send(
          new UpdateStackSetCommand({
            StackSetName: NAME,
            UsePreviousTemplate: true,
            Parameters: [
              { ParameterKey: 'RoleName', UsePreviousValue: true },
              { ParameterKey: 'RoleDescription', ParameterValue: 'third' },
            ],
            Capabilities: ['CAPABILITY_NAMED_IAM'],
            OperationPreferences: { FailureToleranceCount: 1 },
          }),
        );
        const refused = await errorOf(
          admin.send(
            new UpdateStackInstancesCommand({
              StackSetName: NAME,
              Accounts: [WITH_ROLE[0]!],
              Regions: [REGION],
            }),
          ),
        );
        expect(refused.name).toBe('OperationInProgressException');
        expect(refused.message).toContain('is in progress');
        expect((await waitForOperation(admin, NAME, OperationId!)).operation.Status).toBe('SUCCEEDED');
        const { Summaries } = await admin.send(new ListStackSetOperationsCommand({ StackSetName: NAME }));
        expect(Summaries![0]).toMatchObject({ OperationId, Action: 'UPDATE', Status: 'SUCCEEDED' });
        expect(Summaries!.map((s) => s.Action)).toEqual(['UPDATE', 'UPDATE', 'UPDATE', 'CREATE']);
      },
      TIMEOUT,
    );

    it(
      'DeleteStackInstances keeps the stack with RetainStacks and deletes it otherwise',
      async () => {
        const [retained, deleted] = WITH_ROLE.slice(2) as [string, string];
        const before = byAccount(await instances(admin, NAME));
        for (const [account, RetainStacks] of [
          [retained, true],
          [deleted, false],
        ] as const) {
          const { OperationId } = await admin.send(
            new DeleteStackInstancesCommand({
              StackSetName: NAME,
              Accounts: [account],
              Regions: [REGION],
              RetainStacks,
            }),
          );
          const { operation } = await waitForOperation(admin, NAME, OperationId!);
          expect(operation).toMatchObject({ Action: 'DELETE', Status: 'SUCCEEDED', RetainStacks });
        }
        const after = byAccount(await instances(admin, NAME));
        expect(after[retained]).toBeUndefined();
        expect(after[deleted]).toBeUndefined();
        const stackOf = async (account: string) =>
          (await cfn[account]!.send(new DescribeStacksCommand({ StackName: before[account]!.StackId })))
            .Stacks![0]!;
        expect((await stackOf(retained)).StackStatus).toBe('UPDATE_COMPLETE');
        await iam[retained]!.send(new GetRoleCommand({ RoleName: `${NAME}-role` }));
        // Describing the deleted stack must not bring its resources back (patches.py, gap 17).
        const deletedStack = await stackOf(deleted);
        expect(deletedStack.StackStatus).toBe('DELETE_COMPLETE');
        expect(deletedStack.Outputs).toBeUndefined();
        const gone = await errorOf(iam[deleted]!.send(new GetRoleCommand({ RoleName: `${NAME}-role` })));
        expect(gone.name).toBe('NoSuchEntityException');
      },
      TIMEOUT,
    );
  });

  it(
    'failure tolerance 0 with concurrency 1 cancels the remaining instances',
    async () => {
      const NAME = 'strict-tolerance';
      await createStackSet(NAME);
      const rest = WITH_ROLE.slice(0, 3);
      const { id, operation } = await createInstances(NAME, [NO_ROLE, ...rest], {
        FailureToleranceCount: 0,
        MaxConcurrentCount: 1,
      });
      expect(operation.Status).toBe('FAILED');
      expect(operation.StatusReason).toMatch(/failure tolerance/);
      expect(operation.StatusDetails).toEqual({ FailedStackInstancesCount: 1 });
      const results = byAccount((await allResults(admin, NAME, id)).results);
      expect(results[NO_ROLE]!.Status).toBe('FAILED');
      const listed = byAccount(await instances(admin, NAME));
      for (const account of rest) {
        expect(results[account]!.Status).toBe('CANCELLED');
        expect(listed[account]).toMatchObject({
          Status: 'OUTDATED',
          StackInstanceStatus: { DetailedStatus: 'CANCELLED' },
        });
        expect(listed[account]!.StackId).toBeUndefined();
        const missing = await errorOf(iam[account]!.send(new GetRoleCommand({ RoleName: `${NAME}-role` })));
        expect(missing.name).toBe('NoSuchEntityException');
      }
    },
    TIMEOUT,
  );

  it.each([
    ['STRICT_FAILURE_TOLERANCE' as const, 3],
    ['SOFT_FAILURE_TOLERANCE' as const, 1],
  ])(
    'with tolerance 0 and MaxConcurrentCount 3, %s cancels %i of the 4 instances after the first fails',
    async (ConcurrencyMode, cancelled) => {
      // STRICT lowers the concurrency to tolerance + 1 = 1, so nothing runs beside the failing one;
      // SOFT starts a batch of three before the failure is known.
      const NAME = `mode-${ConcurrencyMode.slice(0, 4).toLowerCase()}`;
      await createStackSet(NAME);
      const { id, operation } = await createInstances(NAME, [NO_ROLE, ...WITH_ROLE.slice(0, 3)], {
        FailureToleranceCount: 0,
        MaxConcurrentCount: 3,
        ConcurrencyMode,
      });
      expect(operation.Status).toBe('FAILED');
      const statuses = (await allResults(admin, NAME, id)).results.map((r) => r.Status);
      expect(statuses.filter((s) => s === 'CANCELLED')).toHaveLength(cancelled);
    },
    TIMEOUT,
  );

  it(
    'a failing instance stack fails that instance with the resource and its reason',
    async () => {
      const NAME = 'oidc-provider';
      const [taken, free] = WITH_ROLE as [string, string];
      await iam[taken]!.send(
        new CreateOpenIDConnectProviderCommand({
          Url: OIDC_URL,
          ClientIDList: ['sts.amazonaws.com'],
          ThumbprintList: ['6938fd4d98bab03faadb97b34396831e3780aea1'],
        }),
      );
      await createStackSet(NAME, OIDC_TEMPLATE);
      const { id, operation } = await createInstances(NAME, [taken, free], {
        FailureToleranceCount: 1,
        MaxConcurrentCount: 2,
      });
      expect(operation.Status).toBe('SUCCEEDED');
      const results = byAccount((await allResults(admin, NAME, id)).results);
      expect(results[free]!.Status).toBe('SUCCEEDED');
      expect(results[taken]!.Status).toBe('FAILED');
      expect(results[taken]!.StatusReason).toMatch(
        /^ResourceLogicalId:GitHubOidc, ResourceType:AWS::IAM::OIDCProvider, ResourceStatusReason:.*EntityAlreadyExists/,
      );
      const listed = byAccount(await instances(admin, NAME));
      expect(listed[taken]).toMatchObject({
        Status: 'OUTDATED',
        StackInstanceStatus: { DetailedStatus: 'FAILED' },
      });
      const { Stacks } = await cfn[taken]!.send(
        new DescribeStacksCommand({ StackName: listed[taken]!.StackId }),
      );
      expect(Stacks![0]!.StackStatus).toBe('ROLLBACK_COMPLETE');
    },
    TIMEOUT,
  );

  it(
    'refuses what AWS refuses at the call: capabilities, names, preferences, missing stack sets',
    async () => {
      const noCapability = await errorOf(
        admin.send(
          new CreateStackSetCommand({
            StackSetName: 'no-capability',
            TemplateBody: roleTemplate(),
            Parameters: params({ RoleName: 'x' }),
          }),
        ),
      );
      expect(noCapability).toMatchObject({
        name: 'InsufficientCapabilitiesException',
        message: 'Requires capabilities : [CAPABILITY_NAMED_IAM]',
      });
      await createStackSet('taken-name');
      expect((await errorOf(createStackSet('taken-name'))).name).toBe('NameAlreadyExistsException');
      expect((await errorOf(admin.send(new DescribeStackSetCommand({ StackSetName: 'nope' })))).name).toBe(
        'StackSetNotFoundException',
      );
      for (const OperationPreferences of [
        { MaxConcurrentCount: 1, MaxConcurrentPercentage: 50 },
        { FailureToleranceCount: 1, FailureTolerancePercentage: 50 },
      ]) {
        const refused = await errorOf(
          admin.send(
            new CreateStackInstancesCommand({
              StackSetName: 'taken-name',
              Accounts: [WITH_ROLE[0]!],
              Regions: [REGION],
              OperationPreferences,
            }),
          ),
        );
        expect(refused.name).toBe('ValidationError');
      }
      expect(await instances(admin, 'taken-name')).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'queues a second operation when ManagedExecution is active',
    async () => {
      const NAME = 'managed-execution';
      await admin.send(
        new CreateStackSetCommand({
          StackSetName: NAME,
          TemplateBody: roleTemplate(),
          Parameters: params({ RoleName: `${NAME}-role` }),
          Capabilities: ['CAPABILITY_NAMED_IAM'],
          ManagedExecution: { Active: true },
        }),
      );
      // Three instances one at a time (at least 300 ms): the second request arrives while the first runs.
      const first = await admin.send(
        new CreateStackInstancesCommand({
          StackSetName: NAME,
          Accounts: WITH_ROLE.slice(0, 3),
          Regions: [REGION],
        }),
      );
      const second = await admin.send(
        new CreateStackInstancesCommand({ StackSetName: NAME, Accounts: [WITH_ROLE[3]!], Regions: [REGION] }),
      );
      const queued = await waitForOperation(admin, NAME, second.OperationId!);
      expect(queued.seen[0]).toBe('QUEUED');
      expect(queued.operation.Status).toBe('SUCCEEDED');
      expect((await waitForOperation(admin, NAME, first.OperationId!)).operation.Status).toBe('SUCCEEDED');
      expect((await instances(admin, NAME)).map((i) => i.Status)).toEqual([
        'CURRENT',
        'CURRENT',
        'CURRENT',
        'CURRENT',
      ]);
    },
    TIMEOUT,
  );
});

describe('plain moto 5.2.5 (without the harness) has the gaps', () => {
  let plain: MotoServer;
  beforeAll(async () => {
    plain = await startMoto({ patches: false });
  }, TIMEOUT);
  afterAll(async () => {
    await plain?.stop();
  });

  it(
    'reports SUCCEEDED at once and CURRENT for an account with no execution role',
    async () => {
      const admin = new CloudFormationClient({
        endpoint: plain.endpoint,
        region: REGION,
        credentials: await credentialsFor(plain.endpoint, ADMIN),
        maxAttempts: 1,
      });
      await admin.send(
        new CreateStackSetCommand({
          StackSetName: 'plain',
          TemplateBody: roleTemplate(),
          Parameters: params({ RoleName: 'plain-role' }),
        }),
      );
      const { OperationId } = await admin.send(
        new CreateStackInstancesCommand({ StackSetName: 'plain', Accounts: [NO_ROLE], Regions: [REGION] }),
      );
      // No role exists anywhere and CAPABILITY_NAMED_IAM was never given, yet the first answer is final.
      const { StackSetOperation } = await admin.send(
        new DescribeStackSetOperationCommand({ StackSetName: 'plain', OperationId }),
      );
      expect(StackSetOperation!.Status).toBe('SUCCEEDED');
      const [instance] = await instances(admin, 'plain');
      expect(instance).toMatchObject({ Account: NO_ROLE, Status: 'CURRENT' });
      // The instance stack is named `StackSet:plain`, a name AWS would refuse.
      const target = new CloudFormationClient({
        endpoint: plain.endpoint,
        region: REGION,
        credentials: await credentialsFor(plain.endpoint, NO_ROLE),
        maxAttempts: 1,
      });
      const { Stacks } = await target.send(new DescribeStacksCommand({}));
      expect(Stacks!.map((s) => s.StackName)).toEqual(['StackSet:plain']);
    },
    TIMEOUT,
  );
});
