/**
 * mode: verify and mode: drift of the committed bundle, run as the runner runs them, against the
 * AWS emulator with its replication stand-in (test/REPLICATION.md) and drift answers
 * (test/EMULATOR.md), and the local GitHub fake: a canary per destination must replicate and land
 * encrypted under that destination's key; a link of the permission chain broken out of band must
 * show up as that destination failing verify and as drift, with a tracking issue that closes once
 * it is restored; nothing is left behind.
 */
import { createReplicationBoundariesFor } from '../support/bootstrap-boundary.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ListObjectVersionsCommand, PutBucketVersioningCommand } from '@aws-sdk/client-s3';
import { GetKeyPolicyCommand, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { loadTopology } from '../../src/core/load-topology.js';
import { commentMarker } from '../../src/core/report/sticky-comment.js';
import { REPO_ROOT, exampleText } from '../support/examples.js';
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import { AccountView } from '../support/live-state.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { startOidcServer, type OidcServer } from '../support/oidc-server.js';
import { startReplication, type ReplicationStandIn } from '../support/replication-standin.js';
import { makeWorkdir, runBundle, type RunResult } from '../support/runner.js';

const ACTION = join(REPO_ROOT, 'dist', 'index.js');
const TIMEOUT = 240_000;
const PR = 9;

let moto: MotoServer;
let oidc: OidcServer;
let github: GitHubFake;
let replication: ReplicationStandIn;

const example = exampleText('two-destinations');
const loaded = loadTopology(example);
if (!loaded.ok) throw new Error('the two-destinations example must be valid');
const topology = loaded.topology;

async function run(
  mode: string,
  inputs: Record<string, string> = {},
  push?: { sha: string },
  opts: { readonly scheduled?: boolean } = {},
): Promise<RunResult> {
  if (mode === 'deploy') await createReplicationBoundariesFor(moto.endpoint, example);
  const workdir = makeWorkdir();
  writeFileSync(join(workdir, 'topology.yml'), example);
  // Drift runs on a schedule, the others on the pull request unless told (the nightly canary).
  const scheduled = opts.scheduled ?? mode === 'drift';
  return runBundle({
    script: ACTION,
    cwd: workdir,
    inputs: { config: 'topology.yml', mode, 'timeout-minutes': '5', 'github-token': 'ghs_test', ...inputs },
    event: push
      ? { after: push.sha }
      : scheduled
        ? { schedule: '17 4 * * *' }
        : {
            pull_request: {
              number: PR,
              base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/infra' } },
              head: { sha: 'c'.repeat(40), repo: { full_name: 'acme/infra', fork: false } },
            },
          },
    env: {
      GITHUB_EVENT_NAME: push ? 'push' : scheduled ? 'schedule' : 'pull_request',
      ...(push ? { GITHUB_SHA: push.sha } : {}),
      AWS_ENDPOINT_URL: moto.endpoint,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/infra',
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    },
    timeoutMs: TIMEOUT,
  });
}

interface VerifyJson {
  destinations: {
    destinationId: string;
    status: string;
    replicationStatus?: string;
    latencyMs?: number;
    checks: { name: string; ok: boolean }[];
    hints: string[];
    leftBehind: string[];
    brokenLinks?: { name: string; findings: { resource: string; what: string; detail?: string[] }[] }[];
    failureEvent?: { reason: string };
  }[];
}
const verifyOf = (r: RunResult) => JSON.parse(r.outputs['verify-json']!) as VerifyJson;
interface DriftJson {
  stacks: {
    name: string;
    findings: {
      resource: string;
      what: string;
      status: string;
      expected?: string;
      actual?: string;
      detail?: string[];
    }[];
  }[];
}
const driftOf = (r: RunResult) => JSON.parse(r.outputs['drift-json']!) as DriftJson;
const byId = (r: RunResult, id: string) => verifyOf(r).destinations.find((d) => d.destinationId === id)!;

function expectExit(r: RunResult, code: number): void {
  if (r.code !== code) throw new Error(`exit ${r.code}, expected ${code}\n${r.stdout}\n${r.stderr}`);
}

/** Every object version and delete marker under the canary segment, in every bucket of the topology. */
async function canaryLeftovers(): Promise<string[]> {
  const out: string[] = [];
  for (const p of [topology.source, ...topology.destinations]) {
    const view = await AccountView.of(moto.endpoint, p.account, p.region);
    const list = await view.s3.send(new ListObjectVersionsCommand({ Bucket: p.bucket }));
    for (const v of [...(list.Versions ?? []), ...(list.DeleteMarkers ?? [])])
      if (v.Key?.includes('.s3-xrepl-canary/')) out.push(`${p.bucket}/${v.Key}?${v.VersionId}`);
  }
  return out;
}

beforeAll(async () => {
  [moto, oidc, github] = await Promise.all([
    startMoto(),
    startOidcServer(),
    startGitHubFake({ owner: 'acme', repo: 'infra' }),
  ]);
  replication = startReplication(moto);
  expectExit(await run('deploy'), 0);
}, TIMEOUT);
afterAll(async () => {
  await replication?.stop();
  await Promise.all([moto?.stop(), oidc?.stop(), github?.stop()]);
});

describe('verify after deploying the two-destination example', () => {
  let first: RunResult;
  beforeAll(async () => {
    first = await run('verify');
  }, TIMEOUT);

  test('passes for both destinations, with every check of the replica', () => {
    expectExit(first, 0);
    expect(first.outputs.verified).toBe('true');
    for (const id of ['dr', 'analytics']) {
      const d = byId(first, id);
      expect(d.status).toBe('pass');
      expect(d.replicationStatus).toBe('COMPLETED');
      expect(d.latencyMs).toBeGreaterThan(0);
      expect(d.checks.map((c) => [c.name, c.ok])).toEqual([
        ['replica exists', true],
        ['replication status', true],
        ['encryption', true],
        ['encryption key', true],
        ['version id', true],
        ['SHA-256 checksum', true],
        ['tags', true],
      ]);
    }
  });

  test('the stand-in replicated each canary under its own rule, into the right bucket', () => {
    const replicated = replication.log.filter((j) => j.source.key.includes('.s3-xrepl-canary/'));
    expect(replicated.map((j) => j.destinations.map((d) => d.bucket))).toEqual([
      [expect.any(String)],
      [expect.any(String)],
    ]);
    expect(replicated.map((j) => `${j.source.key} → ${j.destinations[0]!.bucket}`).sort()).toEqual([
      expect.stringMatching(/^exports\/\.s3-xrepl-canary\/.+\/analytics → acme-orders-analytics-eu-west-1$/),
      expect.stringMatching(/^orders\/\.s3-xrepl-canary\/.+\/dr → acme-orders-dr-us-west-2$/),
    ]);
  });

  test('leaves no canary version or delete marker behind on either side', async () => {
    expect(await canaryLeftovers()).toEqual([]);
  });

  test('reports in its own section of the pull request comment and in the job summary', () => {
    const comments = github.comments(PR);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith(commentMarker('topology.yml'))).toBe(true);
    expect(comments[0]!.body).toContain('<!-- s3-xrepl:section verify');
    expect(comments[0]!.body).toContain('Replication verified');
    expect(first.summary).toContain('Replication verified');
  });
});

describe('verify on the push that merged a pull request', () => {
  test(
    "reports into that pull request's comment, next to its plan",
    async () => {
      const sha = 'd'.repeat(40);
      github.associatePullRequest(sha, 77);
      github.addComment(77, 'looks good to me', 'reviewer');
      const r = await run('verify', {}, { sha });
      expectExit(r, 0);
      const ours = github.comments(77).filter((c) => c.user.login === 'github-actions[bot]');
      expect(ours).toHaveLength(1);
      expect(ours[0]!.body.startsWith(commentMarker('topology.yml'))).toBe(true);
      expect(ours[0]!.body).toContain('Replication verified');
      expect(r.outputs['comment-url']).toBe(ours[0]!.html_url);
    },
    TIMEOUT,
  );
});

describe('a destination key policy that lost the replication role statement, out of band', () => {
  const dr = topology.destinations.find((d) => d.id === 'dr')!;
  let view: AccountView;
  let keyId: string;
  let original: string;
  let broken: RunResult;

  beforeAll(async () => {
    view = await AccountView.of(moto.endpoint, dr.account, dr.region);
    keyId = (await view.physicalIds(dr.stackName)).ReplicaKey!;
    original = (await view.kms.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' })))
      .Policy!;
    const policy = JSON.parse(original) as { Statement: { Sid?: string }[] };
    policy.Statement = policy.Statement.filter((s) => s.Sid !== 'AllowReplicationRoleToEncryptReplicas');
    expect(policy.Statement.length).toBe(
      (JSON.parse(original) as { Statement: unknown[] }).Statement.length - 1,
    );
    await view.kms.send(
      new PutKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default', Policy: JSON.stringify(policy) }),
    );
    broken = await run('verify');
  }, TIMEOUT);

  test('verify fails that destination with FAILED, names the key policy, and exits 3', () => {
    expectExit(broken, 3);
    expect(broken.outputs.verified).toBe('false');
    const d = byId(broken, 'dr');
    expect(d.status).toBe('fail');
    expect(d.replicationStatus).toBe('FAILED');
    // S3 says only FAILED; verify compares the live state with the stacks to name the broken link,
    // and once it has, the usual suspects are no help.
    expect(d.brokenLinks).toEqual([
      expect.objectContaining({
        name: 's3-xrepl-orders-dst-dr',
        findings: [expect.objectContaining({ resource: 'ReplicaKey', what: 'key policy' })],
      }),
    ]);
    expect(d.brokenLinks![0]!.findings[0]!.detail!.join('\n')).toMatch(
      /AllowReplicationRoleToEncryptReplicas/,
    );
    expect(d.hints).toEqual([]);
    expect(broken.summary).toContain('**The cause**: the live state differs from what the stacks deployed');
    expect(broken.summary).toContain(
      're-replicate existing objects with S3 Batch Replication (`mode: backfill`)',
    );
    expect(byId(broken, 'analytics').status).toBe('pass');
    expect(broken.stdout).toMatch(/::error::verify dr \(222222222222, us-west-2\): fail \(FAILED\)/);
  });

  test('the stand-in says why: kms:Encrypt denied by the destination key policy', () => {
    const failed = replication.log.filter((j) => j.source.key.endsWith('/dr') && j.status === 'FAILED');
    expect(failed).toHaveLength(1);
    const verdict = failed[0]!.destinations[0]!;
    expect(verdict.code).toBe('DstKmsKeyNotPermitted');
    expect(verdict.reason).toMatch(/kms:Encrypt/);
    expect(verdict.reason).toMatch(/key policy/);
  });

  test('still leaves nothing behind', async () => {
    expect(await canaryLeftovers()).toEqual([]);
  });

  test(
    'drift names the key policy as drifted, exits 3 with fail-on-drift, and opens one tracking issue',
    async () => {
      const drift = await run('drift', { 'fail-on-drift': 'true' });
      expectExit(drift, 3);
      expect(drift.outputs.drift).toBe('drifted');
      const report = driftOf(drift);
      const keyPolicy = report.stacks
        .find((x) => x.name === dr.stackName)!
        .findings.find((f) => f.what === 'key policy')!;
      expect(keyPolicy).toMatchObject({ resource: 'ReplicaKey', status: 'drifted' });
      expect(keyPolicy.detail!.join('\n')).toMatch(/AllowReplicationRoleToEncryptReplicas/);
      // Nothing else drifted.
      const others = report.stacks.flatMap((x) => x.findings).filter((f) => f.status !== 'in-sync');
      expect(others).toEqual([keyPolicy]);
      const issues = github.issues().filter((x) => x.state === 'open');
      expect(issues).toHaveLength(1);
      expect(issues[0]!.labels.map((l) => l.name)).toEqual(['s3-xrepl-drift']);
      expect(issues[0]!.body).toContain('| Key policy of the `dr` key (`ReplicaKey`) |');
      expect(issues[0]!.body).toContain('**Replication to `dr` fails for new objects**');
      // The state line the action frames, under its marker, says which check fails and since when.
      expect(issues[0]!.body!.split('\n')[1]).toMatch(
        /^<!-- s3-xrepl:checks drift=failing canary=none first-seen=\S+ -->$/,
      );
      expect(drift.outputs['issue-url']).toBe(issues[0]!.html_url);
    },
    TIMEOUT,
  );

  test(
    'a second drift run with the same result leaves the issue alone',
    async () => {
      github.clearRequests();
      const again = await run('drift');
      expectExit(again, 0);
      expect(github.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    },
    TIMEOUT,
  );

  test(
    "the scheduled canary hears S3's reason from the failure event and joins the same issue",
    async () => {
      const canary = await run('verify', {}, undefined, { scheduled: true });
      expectExit(canary, 3);
      // S3's own word (a denied KMS call surfaces as the replica write that failed), read from the
      // event the alerts topic delivered to verify's short-lived queue.
      expect(byId(canary, 'dr').failureEvent?.reason).toBe('DstPutObjectNotPermitted');
      expect(canary.stdout).toMatch(
        /::error::verify dr \(222222222222, us-west-2\): fail \(FAILED\); S3's reason: DstPutObjectNotPermitted/,
      );
      const open = github.issues().filter((x) => x.state === 'open');
      expect(open).toHaveLength(1);
      expect(open[0]!.body!.split('\n')[1]).toMatch(
        /^<!-- s3-xrepl:checks drift=failing canary=failing first-seen=\S+ -->$/,
      );
      expect(open[0]!.body).toContain('DstPutObjectNotPermitted');
      expect(canary.outputs['issue-url']).toBe(open[0]!.html_url);
      expect(await canaryLeftovers()).toEqual([]);
    },
    TIMEOUT,
  );

  test(
    'restoring the statement makes the canary pass and drift in sync again, and closes the issue',
    async () => {
      await view.kms.send(new PutKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default', Policy: original }));
      const fixed = await run('verify', {}, undefined, { scheduled: true });
      expectExit(fixed, 0);
      expect(byId(fixed, 'dr').status).toBe('pass');
      // The canary passes, drift still fails: the issue stays open until both pass.
      expect(github.issues()[0]!.state).toBe('open');
      expect(github.issues()[0]!.body!.split('\n')[1]).toMatch(/drift=failing canary=passing/);
      const drift = await run('drift', { 'fail-on-drift': 'true' });
      expectExit(drift, 0);
      expect(drift.outputs.drift).toBe('in-sync');
      const issue = github.issues()[0]!;
      expect(issue.state).toBe('closed');
      expect(github.comments(issue.number).map((c) => c.body)).toEqual([
        expect.stringMatching(/^Back in sync/),
      ]);
    },
    TIMEOUT,
  );
});

describe('versioning suspended on a destination, out of band', () => {
  test(
    'drift reports it, expected Enabled and found Suspended',
    async () => {
      const analytics = topology.destinations.find((d) => d.id === 'analytics')!;
      const view = await AccountView.of(moto.endpoint, analytics.account, analytics.region);
      await view.s3.send(
        new PutBucketVersioningCommand({
          Bucket: analytics.bucket,
          VersioningConfiguration: { Status: 'Suspended' },
        }),
      );
      try {
        const drift = await run('drift');
        expectExit(drift, 0);
        expect(drift.outputs.drift).toBe('drifted');
        const findings = driftOf(drift).stacks.find((x) => x.name === analytics.stackName)!.findings;
        expect(findings.filter((f) => f.status === 'drifted')).toEqual([
          expect.objectContaining({
            resource: 'ReplicaBucket',
            what: 'versioning',
            expected: 'Enabled',
            actual: 'Suspended',
          }),
        ]);
        expect(drift.summary).toContain(
          '| Versioning of `ReplicaBucket` | `s3-xrepl-orders-dst-analytics`<br>333333333333 · eu-west-1 | Enabled | Suspended |',
        );
      } finally {
        await view.s3.send(
          new PutBucketVersioningCommand({
            Bucket: analytics.bucket,
            VersioningConfiguration: { Status: 'Enabled' },
          }),
        );
      }
    },
    TIMEOUT,
  );
});
