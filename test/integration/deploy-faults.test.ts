/**
 * A deploy under faults: throttling in front of the emulator, the emulator going away mid-deploy,
 * and two deploys of one config at once. Each runs the committed bundle as the runner does.
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
import { startThrottlingProxy } from '../support/throttling-proxy.js';
import { syntheticConfig } from '../support/synthetic-config.js';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';

const ACTION = join(REPO_ROOT, 'dist', 'index.js');
const TIMEOUT = 180_000;

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

async function deploy(configText: string, endpoint: string, runId = '2001'): Promise<RunResult> {
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
      GITHUB_RUN_ID: runId,
    },
    timeoutMs: TIMEOUT,
  });
}

const example = exampleText('cross-account');

test(
  'GIVEN CloudFormation throttles the first 6 calls WHEN deploying THEN the calls are retried and the deploy succeeds',
  async () => {
    const moto = await freshMoto();
    const proxy = await startThrottlingProxy({
      target: moto.endpoint,
      throttleFirst: 6,
      actions: /^(DescribeStacks|CreateChangeSet|DescribeChangeSet|ExecuteChangeSet|DescribeStackEvents)$/,
    });
    try {
      const run = await deploy(example, proxy.endpoint);
      expect(run.stdout).not.toContain('::error');
      expect(run.code).toBe(0);
      expect(proxy.throttled).toHaveLength(6);
      expect(run.outputs.changed).toBe('true');
    } finally {
      await proxy.stop();
    }
  },
  TIMEOUT,
);

test(
  'GIVEN the emulator stops once the first stack executes WHEN deploying THEN the deploy fails clearly, naming the stack, exit 1',
  async () => {
    const moto = await freshMoto();
    let stopped = false;
    const proxy = await startThrottlingProxy({
      target: moto.endpoint,
      throttleFirst: 0,
      actions: /^$/,
      onForward: async (action) => {
        if (action === 'ExecuteChangeSet' && !stopped) {
          stopped = true;
          await moto.stop();
        }
      },
    });
    try {
      const run = await deploy(example, proxy.endpoint);
      expect(stopped).toBe(true);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /::error::s3-xrepl-invoices-dst-backup \(222222222222, eu-central-1\): AWS did not answer as expected/,
      );
      expect(run.stdout).toContain('a second run resumes safely');
      expect(run.stdout).not.toContain('This is a bug');
      expect(run.outputs).toEqual({});
    } finally {
      await proxy.stop();
    }
  },
  TIMEOUT,
);

test(
  'GIVEN two deploys of one config at once WHEN both finish THEN both succeed, the second says why, and the stacks are as declared',
  async () => {
    const moto = await freshMoto();
    // Two workflow runs: two run ids, so two change-set names.
    const [a, b] = await Promise.all([
      deploy(example, moto.endpoint, '3001'),
      deploy(example, moto.endpoint, '3002'),
    ]);
    const logs = [a, b].map((r) => r.stdout).join('\n');
    // A run that failed shows its log in place of its exit code.
    expect([a, b].map((r) => (r.code === 0 ? 0 : `exit ${r.code}:\n${r.stdout}`))).toEqual([0, 0]);
    // At least one of them met the other: it waited, planned again, or found nothing left to do.
    expect(logs).toMatch(/waiting for it to finish|planning again|no changes/);

    const loaded = loadTopology(example);
    if (!loaded.ok) throw new Error('example must be valid');
    const synthesis = synthesize(loaded.topology);
    for (const s of synthesis.manifest.stacks) {
      const view = await AccountView.of(moto.endpoint, s.account, s.region);
      const stack = (await view.stack(s.name))!;
      expect(stack.StackStatus).toMatch(/^(CREATE|UPDATE)_COMPLETE$/);
      if (s.kind !== 'source') continue;
      const resolved = resolveTemplate(synthesis.templates.get(s.template)!, {
        accountId: s.account,
        region: s.region,
        partition: 'aws',
        stackName: s.name,
        parameters: Object.fromEntries(
          (stack.Parameters ?? []).map((p) => [p.ParameterKey!, p.ParameterValue!]),
        ),
        physicalIds: await view.physicalIds(s.name),
      });
      const declared = resolved.resources.SourceBucket!.Properties.ReplicationConfiguration as {
        Rules: Record<string, unknown>[];
      };
      const live = await view.bucket(loaded.topology.source.bucket);
      expect(normalizePolicy(live.replication?.Rules)).toEqual(normalizePolicy(asS3ApiRules(declared.Rules)));
    }
  },
  TIMEOUT,
);

test(
  'GIVEN a source template over the 51,200-byte inline limit WHEN deploying THEN it is staged in the account and region and deployed from there',
  async () => {
    const moto = await freshMoto();
    const config = syntheticConfig({ destinations: 2, rules: 150, name: 'large' });
    const loaded = loadTopology(config);
    if (!loaded.ok) throw new Error('synthetic config must be valid');
    const source = loaded.topology.source;
    const sourceText = JSON.stringify(
      synthesize(loaded.topology).templates.get(`${source.stackName}.template.json`),
    );
    expect(Buffer.byteLength(sourceText)).toBeGreaterThan(51_200);

    const run = await deploy(config, moto.endpoint);
    expect(run.stdout).not.toContain('::error');
    expect(run.code).toBe(0);
    const view = await AccountView.of(moto.endpoint, source.account, source.region);
    const staged = await view.s3.send(
      new ListObjectsV2Command({ Bucket: `s3-xrepl-staging-${source.account}-${source.region}` }),
    );
    expect(staged.Contents?.map((o) => o.Key)).toEqual([
      expect.stringMatching(/^deploy\/s3-xrepl-large-source\//),
    ]);
    const rules = (await view.bucket(source.bucket)).replication?.Rules ?? [];
    expect(rules).toHaveLength(150);
  },
  TIMEOUT,
);
