/**
 * The bootstrap StackSet against a mocked CloudFormation: the service-managed and delegated-admin
 * paths the emulator cannot produce, failures, waits, pagination, and the inputs that set it up.
 */
import { bootstrapSettings as settings } from '../support/bootstrap-fixtures.js';
import {
  CloudFormationClient,
  CreateStackInstancesCommand,
  CreateStackSetCommand,
  DescribeStackInstanceCommand,
  DescribeStackSetCommand,
  DescribeStackSetOperationCommand,
  ListStackInstancesCommand,
  ListStackSetOperationResultsCommand,
  ListStackSetOperationsCommand,
  UpdateStackInstancesCommand,
  type StackInstanceSummary,
  type StackSetOperationResultSummary,
} from '@aws-sdk/client-cloudformation';
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { runBootstrap } from '../../src/shell/aws/bootstrap-stack-set.js';
import {
  DEFAULT_PREFERENCES,
  operationPreferences,
  type BootstrapSettings,
} from '../../src/core/bootstrap/bootstrap-settings.js';
import { bootstrapVerdict } from '../../src/core/bootstrap/bootstrap-result.js';
import { desiredStackSet, type DesiredStackSet } from '../../src/core/bootstrap/bootstrap-targets.js';
import { loadTopology } from '../../src/core/load-topology.js';
import { renderAll } from '../../src/core/report/budget.js';
import { renderBootstrap } from '../../src/core/report/render-bootstrap.js';
import { ServiceError, UserError } from '../../src/core/errors.js';
import { runStep, type StackSetDeps } from '../../src/shell/aws/stack-set.js';
import { readBootstrapInputs } from '../../src/modes/bootstrap.js';
import { recordingLogger } from '../../src/shell/logger.js';
import { awsError, fakeClock, rejectionOf, type FakeClock } from '../support/aws-mocks.js';
import { ANALYTICS_ACCOUNT, BACKUP_ACCOUNT, SOURCE_ACCOUNT, yamlWith } from '../support/config-fixtures.js';
import { checkMarkdown } from '../support/markdown-check.js';

const NAME = 's3-xrepl-bootstrap';
const REGION = 'us-east-1';
const OU = 'ou-ab12-cdefgh34';
const CONFIG = '.github/s3-xrepl/demo.yml';
const RUN_ID = 'run-42';
const TIMEOUT_MS = 10 * 60_000;
const ACCOUNTS = [SOURCE_ACCOUNT, BACKUP_ACCOUNT, ANALYTICS_ACCOUNT];
const EXECUTION_ROLE_REASON =
  "Account 222222222222 should have 'AWSCloudFormationStackSetExecutionRole' role with trust relationship to Role 'AWSCloudFormationStackSetAdministrationRole'.";

const MUTATING = new Set([
  'CreateStackSetCommand',
  'UpdateStackSetCommand',
  'CreateStackInstancesCommand',
  'UpdateStackInstancesCommand',
]);

const cfnMock = mockClient(CloudFormationClient);
const cfn = new CloudFormationClient({ region: REGION });

let clock: FakeClock;
let logger: ReturnType<typeof recordingLogger>;

beforeEach(() => {
  cfnMock.reset();
  clock = fakeClock();
  logger = recordingLogger();
});
afterAll(() => cfnMock.restore());

const delegatedAdmin = () =>
  settings({ permissionModel: 'service-managed', callAs: 'delegated-admin', organizationalUnits: [OU] });

function run(s: BootstrapSettings, timeoutMs = TIMEOUT_MS) {
  return runBootstrap(
    { configPaths: [CONFIG], settings: s, timeoutMs },
    {
      readFile: async (path) => {
        if (path !== CONFIG) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
        return yamlWith(() => {});
      },
      logger,
      clock,
      runId: RUN_ID,
      stackSetClient: async () => cfn,
    },
  );
}

/** The StackSet runBootstrap would want for CONFIG: what an up-to-date one describes itself as. */
function desiredFor(s: BootstrapSettings): DesiredStackSet {
  const loaded = loadTopology(yamlWith(() => {}));
  if (!loaded.ok) throw new Error('fixture config is invalid');
  const made = desiredStackSet(s, [{ file: CONFIG, topology: loaded.topology }]);
  if (!made.ok) throw new Error(made.problems.join('\n'));
  return made.desired;
}

function existingStackSet(desired: DesiredStackSet) {
  return {
    StackSet: {
      StackSetName: desired.name,
      Status: 'ACTIVE' as const,
      TemplateBody: desired.templateBody,
      Parameters: Object.entries(desired.parameters).map(([ParameterKey, ParameterValue]) => ({
        ParameterKey,
        ParameterValue,
      })),
      PermissionModel: desired.permissionModel,
      ...(desired.autoDeployment ? { AutoDeployment: desired.autoDeployment } : {}),
    },
  };
}

const summary = (account: string, over: Partial<StackInstanceSummary> = {}): StackInstanceSummary => ({
  StackSetId: `${NAME}:1a2b3c`,
  Account: account,
  Region: REGION,
  Status: 'CURRENT',
  ...over,
});

const opResult = (
  account: string,
  Status: StackSetOperationResultSummary['Status'],
  over: Partial<StackSetOperationResultSummary> = {},
): StackSetOperationResultSummary => ({ Account: account, Region: REGION, Status, ...over });

/** Answers page after page: the first call gets pages[0] with a NextToken, and so on. */
function paged<T>(key: 'Summaries', pages: readonly (readonly T[])[]) {
  return (input: { NextToken?: string }) => {
    const at = input.NextToken ? Number(input.NextToken.replace('page-', '')) : 0;
    return {
      [key]: [...pages[at]!],
      ...(at + 1 < pages.length ? { NextToken: `page-${at + 1}` } : {}),
    };
  };
}

/** Starting an operation answers with the id the caller chose, as CloudFormation does. */
const echoOperationId = (input: { OperationId?: string }) => ({ OperationId: input.OperationId });

/**
 * The id of the run's nth request: it names the run, and StackSets take only letters, digits and
 * hyphens, up to 128. Anything between (a per-invocation part) is the command's to choose.
 */
const operationId = (n: number) =>
  expect.stringMatching(new RegExp(`^(?=[A-Za-z0-9-]{1,128}$)s3-xrepl-${RUN_ID}-([A-Za-z0-9-]+-)?${n}$`));

const commandName = (c: { args: readonly unknown[] }) => (c.args[0] as object).constructor.name;
const inputOf = (c: { args: readonly unknown[] }) => (c.args[0] as { input: Record<string, unknown> }).input;

const mutatingCalls = () => cfnMock.calls().filter((c) => MUTATING.has(commandName(c)));

describe('runBootstrap, service-managed as delegated administrator', () => {
  function mockFirstRun() {
    cfnMock
      .on(DescribeStackSetCommand)
      .rejects(awsError('StackSetNotFoundException', `StackSet ${NAME} not found`, 404));
    cfnMock.on(CreateStackSetCommand).resolves({ StackSetId: `${NAME}:1a2b3c` });
    cfnMock.on(CreateStackInstancesCommand).callsFake(echoOperationId);
    cfnMock
      .on(DescribeStackSetOperationCommand)
      .resolvesOnce({ StackSetOperation: { Status: 'RUNNING' } })
      .resolvesOnce({ StackSetOperation: { Status: 'RUNNING' } })
      .resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
    cfnMock
      .on(ListStackSetOperationResultsCommand)
      .callsFake(
        paged('Summaries', [
          [opResult(SOURCE_ACCOUNT, 'SUCCEEDED', { OrganizationalUnitId: OU })],
          [opResult(BACKUP_ACCOUNT, 'SUCCEEDED', { OrganizationalUnitId: OU })],
        ]),
      );
    // The analytics account is not in the OU: it never gets an instance.
    cfnMock
      .on(ListStackInstancesCommand)
      .callsFake(
        paged('Summaries', [
          [summary(SOURCE_ACCOUNT, { OrganizationalUnitId: OU })],
          [summary(BACKUP_ACCOUNT, { OrganizationalUnitId: OU })],
        ]),
      );
  }

  it('GIVEN no StackSet WHEN bootstrapped THEN creates a service-managed one with auto-deployment that retains stacks, and no administration role', async () => {
    mockFirstRun();
    await run(delegatedAdmin());
    const created = cfnMock.commandCalls(CreateStackSetCommand);
    expect(created).toHaveLength(1);
    const input = created[0]!.args[0].input;
    expect(input).toMatchObject({
      StackSetName: NAME,
      PermissionModel: 'SERVICE_MANAGED',
      AutoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: true },
      Capabilities: ['CAPABILITY_NAMED_IAM'],
      CallAs: 'DELEGATED_ADMIN',
      ClientRequestToken: operationId(1),
    });
    expect(input).not.toHaveProperty('AdministrationRoleARN');
    expect(input).not.toHaveProperty('ExecutionRoleName');
    expect(JSON.parse(input.TemplateBody!)).toHaveProperty('Resources.GitHubOidcProvider');
  });

  it('THEN deploys to the organizational units in the one region, with the operation preferences', async () => {
    mockFirstRun();
    await run(delegatedAdmin());
    const started = cfnMock.commandCalls(CreateStackInstancesCommand);
    expect(started).toHaveLength(1);
    const input = started[0]!.args[0].input;
    expect(input).toEqual({
      StackSetName: NAME,
      DeploymentTargets: { OrganizationalUnitIds: [OU] },
      Regions: [REGION],
      OperationPreferences: {
        MaxConcurrentPercentage: 25,
        FailureTolerancePercentage: 10,
        ConcurrencyMode: 'STRICT_FAILURE_TOLERANCE',
        RegionConcurrencyType: 'SEQUENTIAL',
      },
      OperationId: operationId(2),
      CallAs: 'DELEGATED_ADMIN',
    });
  });

  it('THEN every call, reads included, says it is made as delegated administrator', async () => {
    mockFirstRun();
    await run(delegatedAdmin());
    const calls = cfnMock.calls();
    expect(new Set(calls.map(commandName))).toEqual(
      new Set([
        'DescribeStackSetCommand',
        'CreateStackSetCommand',
        'CreateStackInstancesCommand',
        'DescribeStackSetOperationCommand',
        'ListStackSetOperationResultsCommand',
        'ListStackInstancesCommand',
      ]),
    );
    expect(calls.filter((c) => inputOf(c).CallAs !== 'DELEGATED_ADMIN').map(commandName)).toEqual([]);
  });

  it('THEN waits for the operation with growing pauses, in virtual time', async () => {
    mockFirstRun();
    const started = clock.now();
    await run(delegatedAdmin());
    expect(cfnMock.commandCalls(DescribeStackSetOperationCommand)).toHaveLength(3);
    const ours = cfnMock.commandCalls(CreateStackInstancesCommand)[0]!.args[0].input.OperationId;
    for (const c of cfnMock.commandCalls(DescribeStackSetOperationCommand))
      expect(c.args[0].input).toMatchObject({ StackSetName: NAME, OperationId: ours });
    expect(clock.slept).toHaveLength(2);
    expect(clock.slept[1]!).toBeGreaterThan(clock.slept[0]!);
    expect(clock.now() - started).toBe(clock.slept[0]! + clock.slept[1]!);
  });

  it('THEN reads every page of results and instances, and reports the account outside the OUs as missing', async () => {
    mockFirstRun();
    const result = await run(delegatedAdmin());
    expect(
      cfnMock.commandCalls(ListStackSetOperationResultsCommand).map((c) => c.args[0].input.NextToken),
    ).toEqual([undefined, 'page-1']);
    expect(cfnMock.commandCalls(ListStackInstancesCommand).map((c) => c.args[0].input.NextToken)).toEqual([
      undefined,
      'page-1',
    ]);
    expect(result.operations).toEqual([
      { step: { kind: 'create-stack-set' }, status: 'CREATED', results: [] },
      expect.objectContaining({
        step: { kind: 'deploy-to-ous', organizationalUnits: [OU] },
        status: 'SUCCEEDED',
        results: [
          { account: SOURCE_ACCOUNT, region: REGION, status: 'SUCCEEDED', organizationalUnitId: OU },
          { account: BACKUP_ACCOUNT, region: REGION, status: 'SUCCEEDED', organizationalUnitId: OU },
        ],
      }),
    ]);
    expect(result.instances.map((i) => i.account)).toEqual([SOURCE_ACCOUNT, BACKUP_ACCOUNT]);
    const verdict = bootstrapVerdict(result);
    expect(verdict.ok).toBe(false);
    expect(verdict.lines.map((l) => [l.account, l.state])).toEqual([
      [SOURCE_ACCOUNT, 'ok'],
      [BACKUP_ACCOUNT, 'ok'],
      [ANALYTICS_ACCOUNT, 'missing'],
    ]);
    expect(verdict.lines[2]!.detail).toContain('not in the organizational units given');
    expect(checkMarkdown(renderAll(renderBootstrap(result)))).toEqual([]);
  });
});

describe('runBootstrap, self-managed', () => {
  const ADMIN_ROLE = 'arn:aws:iam::999999999999:role/AWSCloudFormationStackSetAdministrationRole';

  function mockAbsentStackSet() {
    cfnMock.on(DescribeStackSetCommand).rejects(awsError('StackSetNotFoundException', 'not found', 404));
    cfnMock.on(CreateStackSetCommand).resolves({ StackSetId: `${NAME}:1a2b3c` });
    cfnMock.on(CreateStackInstancesCommand).callsFake(echoOperationId);
  }

  it('GIVEN one account failing WHEN bootstrapped THEN the verdict names that account and the reason, and no call says CallAs', async () => {
    mockAbsentStackSet();
    cfnMock.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
    cfnMock.on(ListStackSetOperationResultsCommand).resolves({
      Summaries: [
        opResult(SOURCE_ACCOUNT, 'SUCCEEDED'),
        opResult(BACKUP_ACCOUNT, 'FAILED', { StatusReason: EXECUTION_ROLE_REASON }),
        opResult(ANALYTICS_ACCOUNT, 'SUCCEEDED'),
      ],
    });
    cfnMock.on(ListStackInstancesCommand).resolves({
      Summaries: [
        summary(SOURCE_ACCOUNT),
        summary(BACKUP_ACCOUNT, { Status: 'OUTDATED', StackInstanceStatus: { DetailedStatus: 'FAILED' } }),
        summary(ANALYTICS_ACCOUNT),
      ],
    });

    const result = await run(settings({ administrationRoleArn: ADMIN_ROLE, executionRoleName: 'exec' }));

    expect(cfnMock.commandCalls(CreateStackSetCommand)[0]!.args[0].input).toMatchObject({
      PermissionModel: 'SELF_MANAGED',
      AdministrationRoleARN: ADMIN_ROLE,
      ExecutionRoleName: 'exec',
    });
    expect(cfnMock.commandCalls(CreateStackSetCommand)[0]!.args[0].input).not.toHaveProperty(
      'AutoDeployment',
    );
    expect(cfnMock.commandCalls(CreateStackInstancesCommand)[0]!.args[0].input).toMatchObject({
      Accounts: ACCOUNTS,
      Regions: [REGION],
      ParameterOverrides: [],
    });
    expect(
      cfnMock
        .calls()
        .filter((c) => 'CallAs' in inputOf(c))
        .map(commandName),
    ).toEqual([]);
    const verdict = bootstrapVerdict(result);
    expect(verdict.ok).toBe(false);
    expect(verdict.lines.filter((l) => l.state !== 'ok')).toEqual([
      { account: BACKUP_ACCOUNT, region: REGION, state: 'failed', detail: EXECUTION_ROLE_REASON },
    ]);
    expect(logger.lines).toContainEqual(
      `error: StackSet ${NAME}: account ${BACKUP_ACCOUNT} (${REGION}) failed: ${EXECUTION_ROLE_REASON}`,
    );
    const text = renderAll(renderBootstrap(result));
    expect(text).toContain(`> - **${BACKUP_ACCOUNT}** (${REGION}): Account 222222222222 should have`);
    expect(checkMarkdown(text)).toEqual([]);
  });

  it('GIVEN an operation that FAILED (tolerance exceeded) THEN the steps after it are not started', async () => {
    mockAbsentStackSet();
    cfnMock.on(DescribeStackSetOperationCommand).resolves({
      StackSetOperation: { Status: 'FAILED', StatusReason: 'Failure tolerance exceeded' },
    });
    cfnMock.on(ListStackSetOperationResultsCommand).resolves({
      Summaries: [
        opResult(SOURCE_ACCOUNT, 'FAILED', {
          StatusReason: 'ResourceLogicalId:PlanRole, ResourceStatus:CREATE_FAILED',
        }),
        opResult(ANALYTICS_ACCOUNT, 'CANCELLED'),
      ],
    });
    cfnMock.on(ListStackInstancesCommand).resolves({
      Summaries: [
        summary(SOURCE_ACCOUNT, { Status: 'OUTDATED' }),
        summary(ANALYTICS_ACCOUNT, { Status: 'OUTDATED' }),
      ],
    });

    // Reusing the provider in one account puts it in a second create-instances step.
    const result = await run(settings({ reuseOidcProvider: [BACKUP_ACCOUNT] }));

    expect(cfnMock.commandCalls(CreateStackInstancesCommand).map((c) => c.args[0].input.Accounts)).toEqual([
      [SOURCE_ACCOUNT, ANALYTICS_ACCOUNT],
    ]);
    expect(result.operations.map((o) => [o.step.kind, o.status])).toEqual([
      ['create-stack-set', 'CREATED'],
      ['create-instances', 'FAILED'],
    ]);
    expect(result.operations[1]!.reason).toBe('Failure tolerance exceeded');
    expect(result.notStarted).toEqual([
      { kind: 'create-instances', accounts: [BACKUP_ACCOUNT], overrides: { ReuseOidcProvider: 'true' } },
    ]);
    expect(bootstrapVerdict(result).lines.map((l) => [l.account, l.state])).toEqual([
      [SOURCE_ACCOUNT, 'failed'],
      [BACKUP_ACCOUNT, 'missing'],
      [ANALYTICS_ACCOUNT, 'cancelled'],
    ]);
    expect(renderAll(renderBootstrap(result))).toContain(
      `Not started, because an operation before them failed: add instances in ${BACKUP_ACCOUNT} with ReuseOidcProvider=true`,
    );
  });

  it('GIVEN the StackSet and every instance already as desired THEN makes no Create or Update call at all', async () => {
    const s = settings({ reuseOidcProvider: [BACKUP_ACCOUNT] });
    cfnMock.on(DescribeStackSetCommand).resolves(existingStackSet(desiredFor(s)));
    cfnMock.on(ListStackInstancesCommand).resolves({ Summaries: ACCOUNTS.map((a) => summary(a)) });
    cfnMock.on(DescribeStackInstanceCommand).callsFake((input: { StackInstanceAccount?: string }) => ({
      StackInstance: {
        Account: input.StackInstanceAccount,
        Region: REGION,
        Status: 'CURRENT',
        ParameterOverrides:
          input.StackInstanceAccount === BACKUP_ACCOUNT
            ? [{ ParameterKey: 'ReuseOidcProvider', ParameterValue: 'true' }]
            : [],
      },
    }));

    const result = await run(s);

    expect(mutatingCalls()).toEqual([]);
    expect(
      cfnMock
        .commandCalls(DescribeStackInstanceCommand)
        .map((c) => c.args[0].input.StackInstanceAccount)
        .sort(),
    ).toEqual(ACCOUNTS);
    expect(result.operations).toEqual([]);
    expect(bootstrapVerdict(result).ok).toBe(true);
    expect(logger.lines).toContain(`info: StackSet ${NAME}: every account the configs name is current`);
    expect(renderAll(renderBootstrap(result))).toContain('(nothing to change)');
  });

  it('GIVEN an instance whose override was removed by hand THEN only that account is updated, with its override', async () => {
    const s = settings({ reuseOidcProvider: [BACKUP_ACCOUNT] });
    cfnMock.on(DescribeStackSetCommand).resolves(existingStackSet(desiredFor(s)));
    cfnMock.on(ListStackInstancesCommand).resolves({ Summaries: ACCOUNTS.map((a) => summary(a)) });
    cfnMock.on(DescribeStackInstanceCommand).resolves({ StackInstance: { ParameterOverrides: [] } });
    cfnMock.on(UpdateStackInstancesCommand).callsFake(echoOperationId);
    cfnMock.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
    cfnMock
      .on(ListStackSetOperationResultsCommand)
      .resolves({ Summaries: [opResult(BACKUP_ACCOUNT, 'SUCCEEDED')] });

    await run(s);

    expect(mutatingCalls().map(commandName)).toEqual(['UpdateStackInstancesCommand']);
    expect(cfnMock.commandCalls(UpdateStackInstancesCommand)[0]!.args[0].input).toMatchObject({
      Accounts: [BACKUP_ACCOUNT],
      Regions: [REGION],
      ParameterOverrides: [{ ParameterKey: 'ReuseOidcProvider', ParameterValue: 'true' }],
      OperationId: operationId(1),
    });
  });

  it('GIVEN the same run bootstrapping twice THEN the second uses new operation ids, which StackSets never reuse', async () => {
    const s = settings({ reuseOidcProvider: [BACKUP_ACCOUNT] });
    cfnMock.on(DescribeStackSetCommand).resolves(existingStackSet(desiredFor(s)));
    cfnMock.on(ListStackInstancesCommand).resolves({ Summaries: ACCOUNTS.map((a) => summary(a)) });
    cfnMock.on(DescribeStackInstanceCommand).resolves({ StackInstance: { ParameterOverrides: [] } });
    cfnMock.on(UpdateStackInstancesCommand).callsFake(echoOperationId);
    cfnMock.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'SUCCEEDED' } });
    cfnMock.on(ListStackSetOperationResultsCommand).resolves({ Summaries: [] });

    await run(s);
    await clock.sleep(60_000);
    await run(s);

    const ids = cfnMock.commandCalls(UpdateStackInstancesCommand).map((c) => c.args[0].input.OperationId);
    expect(ids).toEqual([operationId(1), operationId(1)]);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('GIVEN an operation that never ends THEN gives up with a UserError within the timeout, in virtual time', async () => {
    mockAbsentStackSet();
    cfnMock.on(DescribeStackSetOperationCommand).resolves({ StackSetOperation: { Status: 'RUNNING' } });
    const started = clock.now();

    const e = await rejectionOf(run(settings(), 5 * 60_000));

    expect(e).toBeInstanceOf(UserError);
    const ours = cfnMock.commandCalls(CreateStackInstancesCommand)[0]!.args[0].input.OperationId!;
    expect(ours).toEqual(operationId(2));
    expect(e.message).toMatch(new RegExp(`^gave up waiting for StackSet ${NAME} operation ${ours} after`));
    expect(clock.now() - started).toBeLessThanOrEqual(5 * 60_000);
    expect(cfnMock.commandCalls(DescribeStackSetOperationCommand).length).toBeGreaterThan(10);
    expect(cfnMock.commandCalls(ListStackSetOperationResultsCommand)).toEqual([]);
  });

  it('GIVEN AWS refuses a step THEN a ServiceError names the StackSet, the step and the AWS error', async () => {
    cfnMock.on(DescribeStackSetCommand).resolves(existingStackSet(desiredFor(settings())));
    cfnMock.on(ListStackInstancesCommand).resolves({ Summaries: [] });
    cfnMock
      .on(CreateStackInstancesCommand)
      .rejects(awsError('ValidationError', 'Account 333333333333 is not a member of this organization'));

    const e = await rejectionOf(run(settings()));

    expect(e).toBeInstanceOf(ServiceError);
    expect(e.message).toBe(
      `StackSet ${NAME}: AWS refused or failed to add instances in ${ACCOUNTS.join(', ')}: ValidationError: Account 333333333333 is not a member of this organization`,
    );
    expect((e as ServiceError).remedy).toContain('run again');
    expect(cfnMock.commandCalls(DescribeStackSetOperationCommand)).toEqual([]);
  });

  it('GIVEN AWS refuses to describe the StackSet THEN a ServiceError says it failed reading it', async () => {
    cfnMock.on(DescribeStackSetCommand).rejects(awsError('AccessDeniedException', 'not authorized', 403));
    const e = await rejectionOf(run(settings()));
    expect(e).toBeInstanceOf(ServiceError);
    expect(e.message).toMatch(
      new RegExp(`^StackSet ${NAME}: AWS refused or failed reading it: AccessDeniedException`),
    );
    expect(mutatingCalls()).toEqual([]);
  });

  it('GIVEN invalid settings THEN refuses before any AWS call', async () => {
    const e = await rejectionOf(run(settings({ callAs: 'delegated-admin' })));
    expect(e).toBeInstanceOf(UserError);
    expect(e.message).toContain('input "call-as"');
    expect(cfnMock.calls()).toEqual([]);
  });
});

describe('runStep, with another operation already running', () => {
  const desired = desiredFor(settings());
  const step = {
    kind: 'update-instances' as const,
    accounts: [BACKUP_ACCOUNT],
    overrides: {},
    why: 'it is OUTDATED',
  };
  const OUR_OP = 's3-xrepl-run-42-1';
  const deps = (): StackSetDeps => ({
    cfn,
    logger,
    clock,
    timeoutMs: TIMEOUT_MS,
    preferences: operationPreferences(DEFAULT_PREFERENCES),
  });

  function mockOperationElsewhere() {
    cfnMock.on(ListStackSetOperationsCommand).resolves({
      Summaries: [
        { OperationId: 'console-op', Action: 'UPDATE', Status: 'RUNNING' },
        { OperationId: 'older-op', Action: 'CREATE', Status: 'SUCCEEDED' },
      ],
    });
    let consoleProbes = 0;
    cfnMock.on(DescribeStackSetOperationCommand).callsFake((input: { OperationId?: string }) => ({
      StackSetOperation: {
        OperationId: input.OperationId,
        Status: input.OperationId === 'console-op' && ++consoleProbes < 3 ? 'RUNNING' : 'SUCCEEDED',
      },
    }));
    cfnMock
      .on(ListStackSetOperationResultsCommand)
      .resolves({ Summaries: [opResult(BACKUP_ACCOUNT, 'SUCCEEDED')] });
  }

  it('GIVEN OperationInProgressException on the first start THEN waits for the running operation, then starts once more', async () => {
    mockOperationElsewhere();
    cfnMock
      .on(UpdateStackInstancesCommand)
      .rejectsOnce(awsError('OperationInProgressException', 'Another Operation on StackSet is in progress'))
      .callsFake(echoOperationId);

    const outcome = await runStep(step, desired, OUR_OP, deps());

    expect(outcome).toMatchObject({ operationId: OUR_OP, status: 'SUCCEEDED' });
    const starts = cfnMock.commandCalls(UpdateStackInstancesCommand).map((c) => c.args[0].input.OperationId);
    expect(starts).toEqual([OUR_OP, OUR_OP]);
    expect(
      cfnMock.commandCalls(DescribeStackSetOperationCommand).map((c) => c.args[0].input.OperationId),
    ).toEqual(['console-op', 'console-op', 'console-op', OUR_OP]);
    // The second start happens only after the other operation ended.
    const order = cfnMock.calls().map((c) => `${commandName(c)}:${String(inputOf(c).OperationId ?? '')}`);
    expect(order.lastIndexOf('DescribeStackSetOperationCommand:console-op')).toBeLessThan(
      order.lastIndexOf(`UpdateStackInstancesCommand:${OUR_OP}`),
    );
    expect(logger.lines).toContainEqual(
      expect.stringContaining('operation console-op (UPDATE) is running; waiting for it first'),
    );
    expect(clock.slept.length).toBeGreaterThanOrEqual(2);
  });

  it('GIVEN the StackSet is still busy after that wait THEN the second refusal reaches the caller', async () => {
    mockOperationElsewhere();
    cfnMock
      .on(UpdateStackInstancesCommand)
      .rejects(awsError('OperationInProgressException', 'Another Operation on StackSet is in progress'));

    const e = await rejectionOf(runStep(step, desired, OUR_OP, deps()));

    expect(e.name).toBe('OperationInProgressException');
    expect(cfnMock.commandCalls(UpdateStackInstancesCommand)).toHaveLength(2);
    expect(cfnMock.commandCalls(ListStackSetOperationsCommand)).toHaveLength(1);
  });
});

describe('readBootstrapInputs', () => {
  const context = { repo: { owner: 'acme', repo: 'infra' }, defaultBranch: 'trunk' };
  const inputs =
    (values: Record<string, string>) =>
    (name: string): string =>
      values[name] ?? '';

  it('GIVEN several wrong inputs THEN one UserError names each of them', () => {
    const wrong: Record<string, string> = {
      'stack-set-role': 'deploy-role',
      'stack-set-region': 'mars-north-1',
      'permission-model': 'organizations',
      'call-as': 'admin',
      'max-concurrent': '0',
      'failure-tolerance': '150%',
      'reuse-oidc-provider': '1234, 222222222222',
      repository: 'acme/*',
      'administration-role-arn': 'admin',
    };
    let error: unknown;
    try {
      readBootstrapInputs(inputs(wrong), context, { requireRole: true });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    const lines = (error as UserError).message.split('\n');
    expect(lines).toHaveLength(Object.keys(wrong).length);
    for (const name of Object.keys(wrong))
      expect(lines.filter((l) => l.startsWith(`input "${name}" `))).toHaveLength(1);
    expect(lines.find((l) => l.startsWith('input "reuse-oidc-provider"'))).toContain('"1234"');
  });

  it('GIVEN no inputs THEN the defaults, with the deploy branch and repository from the run context', () => {
    expect(readBootstrapInputs(inputs({}), context, { requireRole: false })).toEqual({
      settings: {
        stackSetName: 's3-xrepl-bootstrap',
        region: 'us-east-1',
        permissionModel: 'self-managed',
        callAs: 'self',
        organizationalUnits: [],
        autoDeployment: true,
        preferences: DEFAULT_PREFERENCES,
        github: { org: 'acme', repo: 'infra', deployBranch: 'trunk', deployEnvironment: '' },
        reuseOidcProvider: 'none',
      },
    });
  });

  it('GIVEN no default branch in the context THEN the deploy branch is main', () => {
    const { settings: s } = readBootstrapInputs(inputs({}), { repo: context.repo }, { requireRole: false });
    expect(s.github.deployBranch).toBe('main');
  });

  it('GIVEN the action without a stack-set-role THEN asks for it', () => {
    expect(() => readBootstrapInputs(inputs({}), context, { requireRole: true })).toThrow(
      /input "stack-set-role" is required for mode bootstrap/,
    );
  });

  it('reads a service-managed, delegated-admin setup with lists, amounts and the immutable subject', () => {
    const read = readBootstrapInputs(
      inputs({
        'stack-set-role': 'arn:aws:iam::999999999999:role/stackset-admin',
        'permission-model': 'Service-Managed',
        'call-as': 'delegated-admin',
        'organizational-units': `${OU}, r-ab12\nou-ab12-ijklmn56`,
        'auto-deployment': 'false',
        'max-concurrent': '3',
        'failure-tolerance': '0',
        'concurrency-mode': 'soft',
        'region-concurrency': 'parallel',
        'reuse-oidc-provider': 'true',
        repository: 'other-org/other.repo',
        'deploy-branch': 'release',
        'immutable-subject': 'true',
      }),
      { ...context, repoIds: { owner: '100', repo: '200' } },
      { requireRole: true },
    );
    expect(read.stackSetRole).toBe('arn:aws:iam::999999999999:role/stackset-admin');
    expect(read.settings).toMatchObject({
      permissionModel: 'service-managed',
      callAs: 'delegated-admin',
      organizationalUnits: [OU, 'r-ab12', 'ou-ab12-ijklmn56'],
      autoDeployment: false,
      preferences: {
        maxConcurrent: { kind: 'count', value: 3 },
        failureTolerance: { kind: 'count', value: 0 },
        concurrencyMode: 'soft',
        regionConcurrency: 'parallel',
      },
      reuseOidcProvider: 'all',
      github: { org: 'other-org', repo: 'other.repo', orgId: '100', repoId: '200', deployBranch: 'release' },
    });
  });
});
