/**
 * A config with `destinationStackSet`, run as the runner runs the bundle, against the emulator
 * with its StackSet model and replication stand-in: bootstrap gives the accounts the narrow
 * StackSet roles, plan shows each instance, deploy makes one StackSet with an instance per
 * destination and feeds their outputs to the source stack, verify proves replication into the
 * instances' buckets, drift reads the instances' stacks, and a destructive change is refused.
 */
import { createReplicationBoundariesFor } from '../support/bootstrap-boundary.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { DescribeStackSetCommand, ListStackInstancesCommand } from '@aws-sdk/client-cloudformation';
import { GetRoleCommand } from '@aws-sdk/client-iam';
import { loadTopology } from '../../src/core/load-topology.js';
import { REPO_ROOT, exampleText } from '../support/examples.js';
import { AccountView } from '../support/live-state.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { startOidcServer, type OidcServer } from '../support/oidc-server.js';
import { startReplication, type ReplicationStandIn } from '../support/replication-standin.js';
import { makeWorkdir, runBundle, type RunResult } from '../support/runner.js';
import { prepareSelfManagedStackSets } from '../support/stackset-accounts.js';

const TIMEOUT = 300_000;
const STACK_SET = 's3-xrepl-orders-destinations';
/** The administrator of the bootstrap StackSet (AWS's default roles, prepared by the test). */
const BOOTSTRAP_ADMIN = '999999999999';

let moto: MotoServer;
let oidc: OidcServer;
let replication: ReplicationStandIn;

// The destinations' StackSet is administered from the source account, in its region.
const config = `${exampleText('two-destinations')}\ndestinationStackSet: {}\n`;
const loaded = loadTopology(config);
if (!loaded.ok) throw new Error(`the test config must be valid: ${JSON.stringify(loaded.diagnostics)}`);
const topology = loaded.topology;

async function run(mode: string, text = config, inputs: Record<string, string> = {}): Promise<RunResult> {
  if (mode === 'deploy') await createReplicationBoundariesFor(moto.endpoint, text);
  const workdir = makeWorkdir();
  writeFileSync(join(workdir, 'orders.yml'), text);
  return runBundle({
    script: join(REPO_ROOT, 'dist', 'index.js'),
    cwd: workdir,
    inputs: { config: 'orders.yml', mode, 'timeout-minutes': '5', comment: 'false', ...inputs },
    event: { repository: { default_branch: 'main' } },
    env: {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_REPOSITORY: 'acme/infra',
      AWS_ENDPOINT_URL: moto.endpoint,
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    },
    timeoutMs: TIMEOUT,
  });
}

function expectExit(r: RunResult, code: number): void {
  if (r.code !== code) throw new Error(`exit ${r.code}, expected ${code}\n${r.stdout}\n${r.stderr}`);
}

async function instanceStacks(): Promise<Map<string, string>> {
  const admin = await AccountView.of(moto.endpoint, topology.source.account, topology.source.region);
  const { Summaries } = await admin.cfn.send(new ListStackInstancesCommand({ StackSetName: STACK_SET }));
  return new Map((Summaries ?? []).map((s) => [`${s.Account}/${s.Region}`, s.StackId!]));
}

interface PlanJson {
  stacks: { name: string; kind: string; status: string; note?: string; changes: { logicalId: string }[] }[];
}

beforeAll(async () => {
  [moto, oidc] = await Promise.all([startMoto(), startOidcServer()]);
  replication = startReplication(moto);
  await prepareSelfManagedStackSets({
    endpoint: moto.endpoint,
    region: 'us-east-1',
    admin: BOOTSTRAP_ADMIN,
    targets: ['111111111111', '222222222222', '333333333333'],
  });
}, TIMEOUT);
afterAll(async () => {
  await replication?.stop();
  await Promise.all([moto?.stop(), oidc?.stop()]);
});

describe('GIVEN a config with destinationStackSet', () => {
  test(
    'WHEN bootstrap runs THEN the administrator gets the StackSet administration role and each destination account an execution role trusting only it',
    async () => {
      expectExit(
        await run('bootstrap', config, {
          'stack-set-role': `arn:aws:iam::${BOOTSTRAP_ADMIN}:role/s3-xrepl-stack-sets`,
          'max-concurrent': '100%',
        }),
        0,
      );
      const admin = await AccountView.of(moto.endpoint, '111111111111', 'us-east-1');
      await expect(
        admin.iam.send(new GetRoleCommand({ RoleName: 's3-xrepl-stackset-admin' })),
      ).resolves.toBeDefined();
      for (const account of ['222222222222', '333333333333']) {
        const view = await AccountView.of(moto.endpoint, account, 'us-east-1');
        const { Role } = await view.iam.send(new GetRoleCommand({ RoleName: 's3-xrepl-stackset-exec' }));
        expect(decodeURIComponent(Role!.AssumeRolePolicyDocument!)).toContain(
          'arn:aws:iam::111111111111:role/s3-xrepl-stackset-admin',
        );
      }
      // The source account holds no destination: it gets no role StackSets could deploy with.
      await expect(
        admin.iam.send(new GetRoleCommand({ RoleName: 's3-xrepl-stackset-exec' })),
      ).rejects.toMatchObject({
        name: 'NoSuchEntityException',
      });
    },
    TIMEOUT,
  );

  test(
    'WHEN plan runs before anything is deployed THEN each destination is a new StackSet instance',
    async () => {
      const plan = await run('plan');
      expectExit(plan, 0);
      const json = JSON.parse(plan.outputs['plan-json']!) as PlanJson;
      for (const d of topology.destinations) {
        const preview = json.stacks.find((s) => s.name === d.stackName)!;
        expect(preview).toMatchObject({
          status: 'create',
          note: `an instance of StackSet ${STACK_SET}, new: every resource is added.`,
        });
      }
      expect(json.stacks.find((s) => s.kind === 'source')!.status).toBe('pending-inputs');
    },
    TIMEOUT,
  );

  test(
    'WHEN deploy runs THEN one StackSet holds an instance per destination and their outputs feed the source stack',
    async () => {
      expectExit(await run('deploy'), 0);
      const stacks = await instanceStacks();
      expect([...stacks.keys()].sort()).toEqual(
        topology.destinations.map((d) => `${d.account}/${d.region}`).sort(),
      );
      // No stack of the per-destination kind exists: the StackSet's instances are the destinations.
      const source = await AccountView.of(moto.endpoint, topology.source.account, topology.source.region);
      const rules = (await source.bucket(topology.source.bucket)).replication!.Rules!;
      for (const d of topology.destinations) {
        const view = await AccountView.of(moto.endpoint, d.account, d.region);
        expect(await view.stack(d.stackName)).toBeUndefined();
        const instance = await view.stack(stacks.get(`${d.account}/${d.region}`)!);
        expect(instance?.StackStatus).toBe('CREATE_COMPLETE');
        const outputs = Object.fromEntries(instance!.Outputs!.map((o) => [o.OutputKey!, o.OutputValue!]));
        const toHere = rules.filter((r) => r.Destination?.Bucket === outputs.BucketArn);
        expect(toHere.length).toBeGreaterThan(0);
        for (const r of toHere)
          expect(r.Destination!.EncryptionConfiguration!.ReplicaKmsKeyID).toBe(outputs.KmsKeyArn);
      }
    },
    TIMEOUT,
  );

  test(
    'WHEN verify runs THEN a canary replicates into every instance bucket under its key',
    async () => {
      const verify = await run('verify');
      expectExit(verify, 0);
      expect(verify.outputs.verified).toBe('true');
    },
    TIMEOUT,
  );

  test(
    'WHEN drift runs THEN the instances stacks are checked and in sync',
    async () => {
      const drift = await run('drift');
      expectExit(drift, 0);
      expect(drift.outputs.drift).toBe('in-sync');
      const names = (JSON.parse(drift.outputs['drift-json']!) as { stacks: { name: string }[] }).stacks.map(
        (s) => s.name,
      );
      for (const id of (await instanceStacks()).values()) expect(names).toContain(id.split('/')[1]);
    },
    TIMEOUT,
  );

  test(
    'WHEN a rule changes the storage class THEN plan shows the instances unchanged and only the source updating',
    async () => {
      const changed = config.replace('storageClass: INTELLIGENT_TIERING', 'storageClass: STANDARD_IA');
      expect(changed).not.toBe(config);
      const json = JSON.parse((await run('plan', changed)).outputs['plan-json']!) as PlanJson;
      // The storage class lives in the source's replication rules, not in a destination stack.
      expect(json.stacks.filter((s) => s.kind === 'destination').map((s) => s.status)).toEqual([
        'unchanged',
        'unchanged',
      ]);
      expect(json.stacks.find((s) => s.kind === 'source')!.status).toBe('update');
    },
    TIMEOUT,
  );

  test(
    'WHEN one destination turns S3 Bucket Keys off THEN plan shows that instance only, and deploy updates it in place',
    async () => {
      const dr = topology.destinations.find((d) => d.id === 'dr')!;
      const changed = config.replace(
        `bucket: ${dr.bucket}\n`,
        `bucket: ${dr.bucket}\n    bucketKey: false\n`,
      );
      expect(changed).not.toBe(config);
      const plan = await run('plan', changed);
      expectExit(plan, 0);
      const json = JSON.parse(plan.outputs['plan-json']!) as PlanJson;
      const byName = Object.fromEntries(json.stacks.map((s) => [s.name, s]));
      expect(byName[dr.stackName]).toMatchObject({ status: 'update' });
      expect(byName[dr.stackName]!.changes.map((c) => c.logicalId)).toContain('ReplicaBucket');
      const other = topology.destinations.find((d) => d.id !== 'dr')!;
      expect(byName[other.stackName]!.status).toBe('unchanged');

      const before = await instanceStacks();
      expectExit(await run('deploy', changed), 0);
      expect(await instanceStacks()).toEqual(before); // updated in place: the same stacks
      const view = await AccountView.of(moto.endpoint, dr.account, dr.region);
      const bucket = await view.bucket(dr.bucket);
      expect(bucket.sse?.BucketKeyEnabled ?? false).toBe(false);
      const otherView = await AccountView.of(moto.endpoint, other.account, other.region);
      expect((await otherView.bucket(other.bucket)).sse?.BucketKeyEnabled).toBe(true);
    },
    TIMEOUT,
  );

  test(
    'WHEN a destination bucket is renamed THEN deploy refuses the replacement and changes nothing',
    async () => {
      const d = topology.destinations[0]!;
      const renamed = config.replace(`bucket: ${d.bucket}`, `bucket: ${d.bucket}-v2`);
      const before = await instanceStacks();
      const deploy = await run('deploy', renamed);
      expectExit(deploy, 2);
      expect(deploy.stdout).toContain(`StackSet ${STACK_SET}: refusing destructive changes`);
      expect(await instanceStacks()).toEqual(before);
      const view = await AccountView.of(moto.endpoint, d.account, d.region);
      const stack = await view.stack(before.get(`${d.account}/${d.region}`)!);
      expect(stack!.Parameters!.find((p) => p.ParameterValue === `${d.bucket}-v2`)).toBeUndefined();
    },
    TIMEOUT,
  );

  test(
    'WHEN an instance cannot be deployed THEN deploy stops with StackSets reason for that destination, before the source',
    async () => {
      // Account 444… was never bootstrapped: it has no StackSet execution role.
      const ledger = exampleText('cross-account')
        .replace('name: invoices', 'name: ledger')
        .replaceAll("'222222222222'", "'444444444444'")
        .concat('\ndestinationStackSet: {}\n');
      const t = loadTopology(ledger);
      if (!t.ok) throw new Error('the ledger config must be valid');
      const deploy = await run('deploy', ledger);
      expectExit(deploy, 1);
      expect(deploy.stdout).toMatch(
        /StackSet s3-xrepl-ledger-destinations: add the instance of destination \S+ \(444444444444, [a-z0-9-]+\) ended \w+/,
      );
      expect(deploy.stdout).toContain("should have 's3-xrepl-stackset-exec' role");
      const source = await AccountView.of(moto.endpoint, t.topology.source.account, t.topology.source.region);
      expect(await source.stack(t.topology.source.stackName)).toBeUndefined();
    },
    TIMEOUT,
  );

  test(
    'WHEN a topology deployed as stacks turns destinationStackSet on THEN plan marks its destinations blocked and deploy refuses',
    async () => {
      const media = exampleText('same-account');
      expectExit(await run('deploy', media), 0);
      const switched = `${media}\ndestinationStackSet: {}\n`;
      const t = loadTopology(switched);
      if (!t.ok) throw new Error('the switched config must be valid');
      const plan = await run('plan', switched);
      expectExit(plan, 0);
      const json = JSON.parse(plan.outputs['plan-json']!) as PlanJson;
      for (const d of t.topology.destinations)
        expect(json.stacks.find((s) => s.name === d.stackName)).toMatchObject({
          status: 'blocked',
          note: expect.stringContaining('deployed as its own stack'),
        });
      const deploy = await run('deploy', switched);
      expectExit(deploy, 2);
      expect(deploy.stdout).toContain('is deployed as its own stack');
      const admin = await AccountView.of(moto.endpoint, t.topology.source.account, t.topology.source.region);
      await expect(
        admin.cfn.send(new DescribeStackSetCommand({ StackSetName: t.topology.destinationStackSet!.name })),
      ).rejects.toMatchObject({ name: 'StackSetNotFoundException' });
    },
    TIMEOUT,
  );
});
