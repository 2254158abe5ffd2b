/**
 * mode: deploy of the committed bundle, run as the runner runs it (Node 24, INPUT_*, the runner's
 * files, an OIDC token endpoint), against the AWS emulator on loopback with three accounts. What
 * the deploy left is read back through the emulator's S3, KMS, IAM and CloudFormation APIs.
 */
import { createReplicationBoundariesFor } from '../support/bootstrap-boundary.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTopology } from '../../src/core/load-topology.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { REPO_ROOT, exampleText } from '../support/examples.js';
import { AccountView, asS3ApiRules, normalizePolicy } from '../support/live-state.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { startOidcServer, type OidcServer } from '../support/oidc-server.js';
import { resolveTemplate } from '../support/resolve-template.js';
import { makeWorkdir, runBundle, type RunResult } from '../support/runner.js';

const ACTION = join(REPO_ROOT, 'dist', 'index.js');
const TIMEOUT = 180_000;

let moto: MotoServer;
let oidc: OidcServer;

beforeAll(async () => {
  [moto, oidc] = await Promise.all([startMoto(), startOidcServer()]);
}, TIMEOUT);
afterAll(async () => {
  await Promise.all([moto?.stop(), oidc?.stop()]);
});

/** Runs the action's deploy on a config text, in a fresh workdir. */
async function deploy(
  configText: string,
  inputs: Record<string, string> = {},
  endpoint = moto.endpoint,
): Promise<RunResult> {
  await createReplicationBoundariesFor(endpoint, configText);
  const workdir = makeWorkdir();
  writeFileSync(join(workdir, 'topology.yml'), configText);
  return runBundle({
    script: ACTION,
    cwd: workdir,
    inputs: { config: 'topology.yml', mode: 'deploy', 'timeout-minutes': '5', ...inputs },
    env: {
      AWS_ENDPOINT_URL: endpoint,
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    },
    timeoutMs: TIMEOUT,
  });
}

const example = exampleText('two-destinations');
const loaded = loadTopology(example);
if (!loaded.ok) throw new Error('the two-destinations example must be valid');
const topology = loaded.topology;
const synthesis = synthesize(topology);

/** Each stack's template, resolved with what the emulator says its parameters and resources are. */
async function expectedOf(stackName: string) {
  const plan = synthesis.manifest.stacks.find((s) => s.name === stackName)!;
  const view = await AccountView.of(moto.endpoint, plan.account, plan.region);
  const stack = (await view.stack(stackName))!;
  const parameters = Object.fromEntries(
    (stack.Parameters ?? []).map((p) => [p.ParameterKey!, p.ParameterValue!]),
  );
  const physicalIds = await view.physicalIds(stackName);
  const resolved = resolveTemplate(synthesis.templates.get(plan.template)!, {
    accountId: plan.account,
    region: plan.region,
    partition: 'aws',
    stackName,
    parameters,
    physicalIds,
  });
  return { view, stack, resolved, physicalIds };
}

describe('deploying the two-destination example', () => {
  let first: RunResult;

  beforeAll(async () => {
    first = await deploy(example);
  }, TIMEOUT);

  test('the first deploy succeeds, creating every stack and saying so in its outputs', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.outputs.changed).toBe('true');
    expect(Object.keys(JSON.parse(first.outputs['stack-ids']!) as object).sort()).toEqual(
      synthesis.manifest.stacks.map((s) => s.name).sort(),
    );
    expect(JSON.parse(first.outputs['destination-bucket-arns']!)).toEqual({
      dr: 'arn:aws:s3:::acme-orders-dr-us-west-2',
      analytics: 'arn:aws:s3:::acme-orders-analytics-eu-west-1',
    });
    expect(first.outputs['replication-role-arn']).toBe(
      'arn:aws:iam::111111111111:role/s3-xrepl-orders-replication',
    );
  });

  test('the source stack began only after every destination stack had completed', async () => {
    const source = synthesis.manifest.stacks.at(-1)!;
    const sourceView = await AccountView.of(moto.endpoint, source.account, source.region);
    const began = (await sourceView.stack(source.name))!.CreationTime!;
    for (const d of synthesis.manifest.stacks.filter((s) => s.kind === 'destination')) {
      const view = await AccountView.of(moto.endpoint, d.account, d.region);
      expect(began.getTime()).toBeGreaterThanOrEqual((await view.completedAt(d.name)).getTime());
    }
  });

  test('every stack is protected against termination', async () => {
    for (const s of synthesis.manifest.stacks) {
      const view = await AccountView.of(moto.endpoint, s.account, s.region);
      expect((await view.stack(s.name))!.EnableTerminationProtection).toBe(true);
    }
  });

  test.each(topology.destinations.map((d) => [d.id, d] as const))(
    'destination %s: the live bucket, bucket policy and key equal what the template declares',
    async (_id, d) => {
      const { view, resolved, physicalIds } = await expectedOf(d.stackName);
      const live = await view.bucket(d.bucket);
      expect(live.versioning).toBe('Enabled');
      const keyArn = resolved.outputs.KmsKeyArn!;
      expect(live.sse?.ApplyServerSideEncryptionByDefault).toEqual({
        SSEAlgorithm: 'aws:kms',
        KMSMasterKeyID: keyArn,
      });
      expect(normalizePolicy(live.policy)).toEqual(
        normalizePolicy(resolved.resources.ReplicaBucketPolicy!.Properties.PolicyDocument),
      );
      const key = await view.key(physicalIds.ReplicaKey!);
      expect(key.rotation).toBe(true);
      expect(normalizePolicy(key.policy)).toEqual(
        normalizePolicy(resolved.resources.ReplicaKey!.Properties.KeyPolicy),
      );
    },
    TIMEOUT,
  );

  test('source: the live replication configuration and role policy equal what the template declares', async () => {
    const { view, resolved } = await expectedOf(topology.source.stackName);
    const live = await view.bucket(topology.source.bucket);
    expect(live.versioning).toBe('Enabled');
    const declared = resolved.resources.SourceBucket!.Properties.ReplicationConfiguration as {
      Role: string;
      Rules: Record<string, unknown>[];
    };
    expect(live.replication?.Role).toBe(declared.Role);
    expect(normalizePolicy(live.replication?.Rules)).toEqual(normalizePolicy(asS3ApiRules(declared.Rules)));
    const role = resolved.resources.ReplicationRole!.Properties as {
      Policies: { PolicyDocument: unknown }[];
    };
    expect(
      normalizePolicy(await view.rolePolicy(topology.source.replicationRoleName, 'replication')),
    ).toEqual(normalizePolicy(role.Policies[0]!.PolicyDocument));
  });

  describe('then', () => {
    test(
      'a second deploy of the same config changes nothing and says so',
      async () => {
        const again = await deploy(example);
        expect(again.code).toBe(0);
        expect(again.outputs.changed).toBe('false');
        expect(again.stdout).toMatch(/s3-xrepl-orders-source: no changes/);
        expect(again.summary).toContain(
          '✅ **Deployed, nothing to change**: all 3 stacks already matched the config',
        );
      },
      TIMEOUT,
    );

    test(
      'a config change updates the live configuration',
      async () => {
        const changed = example.replace('storageClass: INTELLIGENT_TIERING', 'storageClass: STANDARD_IA');
        const run = await deploy(changed);
        expect(run.code).toBe(0);
        expect(run.outputs.changed).toBe('true');
        const view = await AccountView.of(moto.endpoint, topology.source.account, topology.source.region);
        const classes = (await view.bucket(topology.source.bucket))
          .replication!.Rules!.filter((r) => r.ID!.endsWith('-analytics'))
          .map((r) => r.Destination!.StorageClass);
        expect(classes).toEqual(['STANDARD_IA', 'STANDARD_IA']);
      },
      TIMEOUT,
    );

    test(
      'a change that would replace a bucket is refused, exits 2, and changes nothing',
      async () => {
        const d = topology.destinations[0]!;
        const view = await AccountView.of(moto.endpoint, d.account, d.region);
        const before = (await view.stack(d.stackName))!;
        const run = await deploy(example.replace(d.bucket, `${d.bucket}-renamed`));
        expect(run.code).toBe(2);
        expect(run.stdout).toMatch(/refusing destructive changes[\s\S]*ReplicaBucket \(AWS::S3::Bucket/);
        const after = (await view.stack(d.stackName))!;
        expect(after.LastUpdatedTime ?? after.CreationTime).toEqual(
          before.LastUpdatedTime ?? before.CreationTime,
        );
        expect((await view.bucket(d.bucket)).versioning).toBe('Enabled');
      },
      TIMEOUT,
    );
  });
});

test(
  'a stack whose resource fails is reported by the failing resource, and the deploy exits non-zero',
  async () => {
    // A bucket name another account already owns: S3 refuses it, so CloudFormation's create fails.
    const taken = 'acme-taken-bucket-name';
    const other = await AccountView.of(moto.endpoint, '999999999999', 'us-east-1');
    await other.s3.send(new (await import('@aws-sdk/client-s3')).CreateBucketCommand({ Bucket: taken }));
    const config = exampleText('cross-account')
      .replace('name: invoices', 'name: failing')
      .replace('acme-invoices-eu-west-1', 'acme-failing-source-eu-west-1')
      .replace('acme-invoices-backup-eu-central-1', taken);
    const run = await deploy(config);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(
      /s3-xrepl-failing-dst-backup ended ROLLBACK_COMPLETE: ReplicaBucket \(AWS::S3::Bucket\) CREATE_FAILED/,
    );
  },
  TIMEOUT,
);
