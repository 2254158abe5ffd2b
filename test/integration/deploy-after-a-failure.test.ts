/**
 * What a deploy leaves when it fails part-way, and what the next deploy makes of it. Each runs
 * the committed bundle as the runner does, against the emulator (behind the fault-injecting proxy
 * where a fault is needed).
 */
import { createReplicationBoundariesFor } from '../support/bootstrap-boundary.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetStackPolicyCommand, type Stack } from '@aws-sdk/client-cloudformation';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { loadTopology } from '../../src/core/load-topology.js';
import { protectiveStackPolicy } from '../../src/core/plan/resource-change.js';
import { REPO_ROOT, exampleText } from '../support/examples.js';
import { AccountView } from '../support/live-state.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { startOidcServer, type OidcServer } from '../support/oidc-server.js';
import { makeWorkdir, runBundle, type RunResult } from '../support/runner.js';
import { startThrottlingProxy } from '../support/throttling-proxy.js';

const ACTION = join(REPO_ROOT, 'dist', 'index.js');
const TIMEOUT = 180_000;
const RUN_ID = '2001';

let oidc: OidcServer;
const servers: MotoServer[] = [];

beforeAll(async () => {
  oidc = await startOidcServer();
});
afterAll(async () => {
  await Promise.all([oidc?.stop(), ...servers.map((s) => s.stop())]);
});

async function freshMoto(): Promise<MotoServer> {
  const m = await startMoto();
  servers.push(m);
  return m;
}

async function deploy(configText: string, endpoint: string): Promise<RunResult> {
  await createReplicationBoundariesFor(endpoint, configText);
  const workdir = makeWorkdir();
  writeFileSync(join(workdir, 'topology.yml'), configText);
  return runBundle({
    script: ACTION,
    cwd: workdir,
    inputs: { config: 'topology.yml', mode: 'deploy', 'timeout-minutes': '5' },
    env: {
      AWS_ENDPOINT_URL: endpoint,
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      GITHUB_RUN_ID: RUN_ID,
    },
    timeoutMs: TIMEOUT,
  });
}

function topologyOf(text: string) {
  const loaded = loadTopology(text);
  if (!loaded.ok) throw new Error('the config must be valid');
  return loaded.topology;
}

/** The summary's table row of a stack. */
const rowOf = (summary: string, stackName: string) =>
  summary.split('\n').find((l) => l.includes(`\`${stackName}\``)) ?? '';

describe('GIVEN a deploy whose session expires between creating the first stack and protecting it', () => {
  const config = exampleText('cross-account');
  const topology = topologyOf(config);
  const destination = topology.destinations[0]!;
  const source = topology.source;
  let moto: MotoServer;
  let first: RunResult;
  let afterFirst: Stack | undefined;
  let second: RunResult;
  let firstChangeSets: string[];
  let secondChangeSets: string[];

  beforeAll(async () => {
    moto = await freshMoto();
    const faulty = await startThrottlingProxy({
      target: moto.endpoint,
      throttleFirst: 0,
      actions: /^$/,
      faults: [
        {
          actions: /^(SetStackPolicy|UpdateTerminationProtection)$/,
          code: 'ExpiredToken',
          message: 'The security token included in the request is expired',
        },
      ],
    });
    try {
      first = await deploy(config, faulty.endpoint);
    } finally {
      await faulty.stop();
    }
    const view = await AccountView.of(moto.endpoint, destination.account, destination.region);
    afterFirst = await view.stack(destination.stackName);
    firstChangeSets = changeSetNames(faulty.requests);
    const healthy = await startThrottlingProxy({ target: moto.endpoint, throttleFirst: 0, actions: /^$/ });
    try {
      second = await deploy(config, healthy.endpoint);
    } finally {
      await healthy.stop();
    }
    secondChangeSets = changeSetNames(healthy.requests);
  }, 2 * TIMEOUT);

  test('the fault struck between creation and protection: the destination stack was created, unprotected', () => {
    expect(afterFirst?.StackStatus).toBe('CREATE_COMPLETE');
    expect(afterFirst?.EnableTerminationProtection).toBe(false);
    expect(first.stdout).not.toContain(`${source.stackName}: CREATE`);
  });

  test('WHEN it fails THEN it exits 1 and says the session expired, not that AWS was unreachable', () => {
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(
      new RegExp(
        `::error::${destination.stackName} \\(${destination.account}, ${destination.region}\\): .*expired \\(ExpiredToken\\)`,
      ),
    );
    expect(first.stdout).not.toContain('This is a bug');
  });

  test('WHEN it fails THEN the job summary lists what was deployed and what was not', () => {
    expect(rowOf(first.summary, destination.stackName)).toMatch(/\| failed after changing the stack \|/);
    expect(rowOf(first.summary, source.stackName)).toMatch(/\| not deployed \|/);
    expect(first.summary).toMatch(/ExpiredToken/);
  });

  test('WHEN the deploy runs again THEN it succeeds, finding nothing to change in the destination', () => {
    expect(second.stdout).not.toContain('::error');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`${destination.stackName}: no changes`);
    expect(second.stdout).toContain(`${destination.stackName}: termination protection was off; turned it on`);
  });

  test('WHEN the deploy runs again THEN every stack has termination protection and the protective stack policy', async () => {
    for (const s of [destination, source]) {
      const view = await AccountView.of(moto.endpoint, s.account, s.region);
      expect((await view.stack(s.stackName))!.EnableTerminationProtection).toBe(true);
      const policy = await view.cfn.send(new GetStackPolicyCommand({ StackName: s.stackName }));
      expect(JSON.parse(policy.StackPolicyBody ?? '{}')).toEqual(JSON.parse(protectiveStackPolicy()));
    }
  });

  test("deploy's change sets are named under its own prefix, and no run can predict another's", () => {
    const form = new RegExp(`^s3-xrepl-deploy-${RUN_ID}-1-[0-9a-f]{8}(-r[0-9]+)?$`);
    expect(firstChangeSets.length).toBeGreaterThan(0);
    for (const name of [...firstChangeSets, ...secondChangeSets]) expect(name).toMatch(form);
    // Same run id, same attempt: only the random part tells the two runs apart.
    const random = (names: string[]) => new Set(names.map((n) => n.split('-')[5]));
    expect([...random(firstChangeSets)].some((r) => random(secondChangeSets).has(r))).toBe(false);
  });
});

test(
  'GIVEN two destinations WHEN one is created and the other rolls back THEN the deploy exits 1, not 2, and the summary lists what was deployed',
  async () => {
    const moto = await freshMoto();
    const config = exampleText('two-destinations').replace('name: orders', 'name: partial');
    const topology = topologyOf(config);
    const [created, failing] = topology.destinations as [
      (typeof topology.destinations)[0],
      (typeof topology.destinations)[0],
    ];
    // A bucket name another account already owns: S3 refuses it, so that stack's creation rolls back.
    const other = await AccountView.of(moto.endpoint, '999999999999', 'us-east-1');
    await other.s3.send(new CreateBucketCommand({ Bucket: failing.bucket }));

    const run = await deploy(config, moto.endpoint);

    expect(run.stdout).toMatch(
      new RegExp(
        `${failing.stackName} ended ROLLBACK_COMPLETE: ReplicaBucket \\(AWS::S3::Bucket\\) CREATE_FAILED`,
      ),
    );
    expect(run.code).toBe(1);
    expect(rowOf(run.summary, created.stackName)).toMatch(/\| created \|/);
    expect(rowOf(run.summary, failing.stackName)).toMatch(/\| failed after changing the stack \|/);
    expect(rowOf(run.summary, topology.source.stackName)).toMatch(/\| not deployed \|/);
    expect(run.stdout).toMatch(/the deploy stopped part-way/i);
  },
  TIMEOUT,
);

/** The ChangeSetName of every CreateChangeSet that passed the proxy. */
function changeSetNames(requests: readonly { action: string; params: URLSearchParams }[]): string[] {
  return requests
    .filter((r) => r.action === 'CreateChangeSet')
    .map((r) => r.params.get('ChangeSetName') ?? '');
}
