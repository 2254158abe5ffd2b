/**
 * mode bootstrap, as the runner runs the bundle (Node 24, INPUT_*, a local OIDC token endpoint),
 * against the emulator with its StackSet model (test/support/moto/stacksets.py): one self-managed
 * StackSet of the bootstrap template for the five accounts two configs name. Everything is read
 * back through IAM and CloudFormation with each account's own credentials.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  CloudFormationClient,
  DescribeStackSetCommand,
  DescribeStackSetOperationCommand,
  DescribeStacksCommand,
  GetTemplateCommand,
  ListStackInstancesCommand,
  UpdateStackSetCommand,
} from '@aws-sdk/client-cloudformation';
import {
  CreateOpenIDConnectProviderCommand,
  CreateRoleCommand,
  GetRoleCommand,
  GetPolicyCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListOpenIDConnectProvidersCommand,
  PutRolePolicyCommand,
} from '@aws-sdk/client-iam';
import { buildBootstrapTemplate } from '../../src/core/templates/bootstrap-template.js';
import { REPO_ROOT, exampleText } from '../support/examples.js';
import { credentialsFor } from '../support/live-state.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { startOidcServer, type OidcServer } from '../support/oidc-server.js';
import { makeWorkdir, runBundle, type RunResult } from '../support/runner.js';
import { EXECUTION_ROLE, prepareSelfManagedStackSets } from '../support/stackset-accounts.js';

const TIMEOUT = 240_000;
const REGION = 'us-east-1';
const ADMIN = '999999999999';
const STACK_SET_ROLE = `arn:aws:iam::${ADMIN}:role/s3-xrepl-stack-sets`;
/** Lacks the StackSet execution role until the second run. */
const UNPREPARED = '555555555555';
/** Already has GitHub's OIDC provider: bootstrap must reuse it, not fail on it. */
const HAS_PROVIDER = '333333333333';
const ACCOUNTS = ['111111111111', '222222222222', HAS_PROVIDER, '444444444444', UNPREPARED];
const PROVIDER_URL = 'https://token.actions.githubusercontent.com';

let moto: MotoServer;
let oidc: OidcServer;
let workdir: string;
const iam: Record<string, IAMClient> = {};
const cfn: Record<string, CloudFormationClient> = {};
let administrationRoleArn: string;

const configs = {
  // 111 → 222, 333; account 222 renames its deploy role (s3-xrepl-deploy-dr).
  'replication/orders.yml': exampleText('two-destinations'),
  // 444 → 555
  'replication/invoices.yml': exampleText('cross-account')
    .replaceAll("'111111111111'", "'444444444444'")
    .replaceAll("'222222222222'", `'${UNPREPARED}'`),
};

function bootstrap(inputs: Record<string, string> = {}): Promise<RunResult> {
  return runBundle({
    script: join(REPO_ROOT, 'dist', 'index.js'),
    cwd: workdir,
    inputs: {
      config: 'replication/*.yml',
      mode: 'bootstrap',
      'stack-set-role': STACK_SET_ROLE,
      'reuse-oidc-provider': HAS_PROVIDER,
      'max-concurrent': '100%',
      'failure-tolerance': '1',
      'timeout-minutes': '5',
      ...inputs,
    },
    event: { repository: { default_branch: 'main' } },
    env: {
      AWS_ENDPOINT_URL: moto.endpoint,
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      GITHUB_REPOSITORY: 'acme/infra',
    },
    timeoutMs: TIMEOUT,
  });
}

const policyOf = (encoded: string | undefined) => JSON.parse(decodeURIComponent(encoded ?? '{}')) as unknown;

async function trustOf(account: string, role: string): Promise<string> {
  const { Role } = await iam[account]!.send(new GetRoleCommand({ RoleName: role }));
  return JSON.stringify(policyOf(Role!.AssumeRolePolicyDocument));
}

/** The instance stack CloudFormation made in each account, found through the StackSet. */
async function instanceStacks(): Promise<Record<string, string>> {
  const { Summaries } = await cfn[ADMIN]!.send(
    new ListStackInstancesCommand({ StackSetName: 's3-xrepl-bootstrap' }),
  );
  return Object.fromEntries((Summaries ?? []).filter((s) => s.StackId).map((s) => [s.Account!, s.StackId!]));
}

beforeAll(async () => {
  [moto, oidc] = await Promise.all([startMoto(), startOidcServer()]);
  workdir = makeWorkdir();
  mkdirSync(join(workdir, 'replication'));
  for (const [path, text] of Object.entries(configs)) writeFileSync(join(workdir, path), text);
  for (const account of [ADMIN, ...ACCOUNTS]) {
    const common = {
      endpoint: moto.endpoint,
      region: REGION,
      credentials: await credentialsFor(moto.endpoint, account),
    };
    iam[account] = new IAMClient(common);
    cfn[account] = new CloudFormationClient(common);
  }
  ({ administrationRoleArn } = await prepareSelfManagedStackSets({
    endpoint: moto.endpoint,
    region: REGION,
    admin: ADMIN,
    targets: ACCOUNTS,
    withoutExecutionRole: [UNPREPARED],
  }));
  await iam[HAS_PROVIDER]!.send(
    new CreateOpenIDConnectProviderCommand({ Url: PROVIDER_URL, ClientIDList: ['sts.amazonaws.com'] }),
  );
}, TIMEOUT);
afterAll(async () => {
  await Promise.all([moto?.stop(), oidc?.stop()]);
});

describe('GIVEN five accounts, one without the StackSet execution role, WHEN bootstrap runs', () => {
  let run: RunResult;
  beforeAll(async () => {
    run = await bootstrap();
  }, TIMEOUT);

  test('THEN it exits 1 and names the failed account with the cause StackSets gave', () => {
    expect(run.code).toBe(1);
    expect(JSON.parse(run.outputs['failed-accounts']!)).toEqual([UNPREPARED]);
    expect(run.stdout).toContain(
      `::error::StackSet s3-xrepl-bootstrap: account ${UNPREPARED} (${REGION}) failed:`,
    );
    expect(run.summary).toContain('❌ **Bootstrap incomplete**: 1 of 5 accounts are not current.');
    expect(run.summary).toMatch(
      new RegExp(`> - \\*\\*${UNPREPARED}\\*\\* \\(${REGION}\\): .*${EXECUTION_ROLE}`),
    );
  });

  test('THEN the other four accounts have the plan, deploy and execution roles, trusting this repository', async () => {
    const json = JSON.parse(run.outputs['bootstrap-json']!) as {
      accounts: { account: string; state: string }[];
    };
    expect(json.accounts.filter((a) => a.state === 'ok').map((a) => a.account)).toEqual(
      ACCOUNTS.filter((a) => a !== UNPREPARED),
    );
    for (const account of ACCOUNTS.filter((a) => a !== UNPREPARED)) {
      // The configs rename account 222's deploy role: its instance got that name as an override.
      const deployRole = account === '222222222222' ? 's3-xrepl-deploy-dr' : 's3-xrepl-deploy';
      expect(await trustOf(account, deployRole)).toContain('repo:acme/infra:ref:refs/heads/main');
      expect(await trustOf(account, 's3-xrepl-plan')).toContain('repo:acme/infra:pull_request');
      await expect(
        iam[account]!.send(new GetRoleCommand({ RoleName: 's3-xrepl-cfn-exec' })),
      ).resolves.toBeDefined();
    }
    const missing = iam[UNPREPARED]!.send(new GetRoleCommand({ RoleName: 's3-xrepl-deploy' }));
    await expect(missing).rejects.toMatchObject({ name: 'NoSuchEntityException' });
  });

  test('THEN the account that had an OIDC provider keeps its one provider, which the roles trust', async () => {
    const { OpenIDConnectProviderList } = await iam[HAS_PROVIDER]!.send(
      new ListOpenIDConnectProvidersCommand({}),
    );
    expect(OpenIDConnectProviderList).toHaveLength(1);
    expect(await trustOf(HAS_PROVIDER, 's3-xrepl-deploy')).toContain(OpenIDConnectProviderList![0]!.Arn!);
  });

  test('THEN the roles may manage only buckets and roles named like the configs ones', async () => {
    const { PolicyDocument } = await iam['111111111111']!.send(
      new GetRolePolicyCommand({ RoleName: 's3-xrepl-cfn-exec', PolicyName: 'manage-replication-resources' }),
    );
    const text = JSON.stringify(policyOf(PolicyDocument));
    // Each bucket the configs name, exactly; never a pattern wider than them, never "*".
    const buckets = JSON.parse(text).Statement.find(
      (s: { Sid: string }) => s.Sid === 'ManageBuckets',
    ).Resource;
    expect(buckets).toEqual([
      'arn:aws:s3:::acme-invoices-backup-eu-central-1',
      'arn:aws:s3:::acme-invoices-eu-west-1',
      'arn:aws:s3:::acme-orders-analytics-eu-west-1',
      'arn:aws:s3:::acme-orders-dr-us-west-2',
      'arn:aws:s3:::acme-orders-us-east-1',
    ]);
    // The roles by their common prefix and suffix, and only within the boundary the bootstrap created.
    expect(text).toContain('"arn:aws:iam::111111111111:role/s3-xrepl-*-replication"');
    const { Policy } = await iam['111111111111']!.send(
      new GetPolicyCommand({ PolicyArn: 'arn:aws:iam::111111111111:policy/s3-xrepl-replication-boundary' }),
    );
    expect(Policy!.PolicyName).toBe('s3-xrepl-replication-boundary');
    expect(text).toContain(
      '"iam:PermissionsBoundary":"arn:aws:iam::111111111111:policy/s3-xrepl-replication-boundary"',
    );
  });
});

describe('GIVEN the missing execution role is created and the deploy branch changes, WHEN bootstrap runs again', () => {
  let run: RunResult;
  beforeAll(async () => {
    await iam[UNPREPARED]!.send(
      new CreateRoleCommand({
        RoleName: EXECUTION_ROLE,
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { AWS: administrationRoleArn } },
          ],
        }),
      }),
    );
    await iam[UNPREPARED]!.send(
      new PutRolePolicyCommand({
        RoleName: EXECUTION_ROLE,
        PolicyName: 'all',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
        }),
      }),
    );
    run = await bootstrap({ 'deploy-branch': 'release' });
  }, TIMEOUT);

  test('THEN it exits 0 and every account is current', () => {
    expect(run.code).toBe(0);
    expect(JSON.parse(run.outputs['failed-accounts']!)).toEqual([]);
    expect(run.summary).toContain(
      '✅ **Bootstrapped**: all 5 accounts the configs name have a current instance.',
    );
    expect(run.summary).toContain('update every instance (parameters changed: DeployBranch)');
  });

  test('THEN the update reached every instance: each deploy role trusts the new branch only', async () => {
    for (const account of ACCOUNTS) {
      const deployRole = account === '222222222222' ? 's3-xrepl-deploy-dr' : 's3-xrepl-deploy';
      const trust = await trustOf(account, deployRole);
      expect(trust).toContain('refs/heads/release');
      expect(trust).not.toContain('refs/heads/main');
    }
  });
});

describe('GIVEN the StackSet runs an older bootstrap template, WHEN bootstrap runs', () => {
  let run: RunResult;
  beforeAll(async () => {
    const { StackSet } = await cfn[ADMIN]!.send(
      new DescribeStackSetCommand({ StackSetName: 's3-xrepl-bootstrap' }),
    );
    const current = buildBootstrapTemplate();
    const olderOutputs = Object.fromEntries(
      Object.entries(current.Outputs!).filter(([k]) => k !== 'ExecutionRoleArn'),
    );
    const older = { ...current, Description: 'an older bootstrap', Outputs: olderOutputs };
    const { OperationId } = await cfn[ADMIN]!.send(
      new UpdateStackSetCommand({
        StackSetName: 's3-xrepl-bootstrap',
        TemplateBody: JSON.stringify(older),
        Parameters: StackSet!.Parameters!.map((p) => ({
          ParameterKey: p.ParameterKey!,
          UsePreviousValue: true,
        })),
        Capabilities: ['CAPABILITY_NAMED_IAM'],
        OperationPreferences: { MaxConcurrentPercentage: 100, FailureToleranceCount: 4 },
      }),
    );
    for (let status = ''; status !== 'SUCCEEDED';) {
      await new Promise((r) => setTimeout(r, 100));
      const { StackSetOperation } = await cfn[ADMIN]!.send(
        new DescribeStackSetOperationCommand({ StackSetName: 's3-xrepl-bootstrap', OperationId }),
      );
      status = StackSetOperation!.Status!;
      if (status === 'FAILED') throw new Error('setting up the older template failed');
    }
    for (const [account, stackId] of Object.entries(await instanceStacks())) {
      const { TemplateBody } = await cfn[account]!.send(new GetTemplateCommand({ StackName: stackId }));
      expect(TemplateBody).toContain('an older bootstrap');
    }
    run = await bootstrap({ 'deploy-branch': 'release' });
  }, TIMEOUT);

  test('THEN the current template reaches every instance stack, outputs included', async () => {
    expect(run.code).toBe(0);
    expect(run.summary).toContain('update every instance (the bootstrap template changed)');
    const stacks = await instanceStacks();
    expect(Object.keys(stacks).sort()).toEqual([...ACCOUNTS].sort());
    for (const [account, stackId] of Object.entries(stacks)) {
      const { TemplateBody } = await cfn[account]!.send(new GetTemplateCommand({ StackName: stackId }));
      expect(JSON.parse(TemplateBody!)).toEqual(buildBootstrapTemplate());
      const { Stacks } = await cfn[account]!.send(new DescribeStacksCommand({ StackName: stackId }));
      expect(Stacks![0]!.Outputs!.map((o) => o.OutputKey)).toContain('ExecutionRoleArn');
    }
  });

  test('THEN a run with nothing to change starts no operation', async () => {
    const again = await bootstrap({ 'deploy-branch': 'release' });
    expect(again.code).toBe(0);
    expect(again.summary).toContain('(nothing to change)');
    expect((JSON.parse(again.outputs['bootstrap-json']!) as { operations: unknown[] }).operations).toEqual(
      [],
    );
  });
});
