/**
 * mode: backfill of the bundled action, run as the runner runs it (Node 24, INPUT_*, GITHUB_OUTPUT),
 * against the emulator with its replication and Batch Operations stand-ins (test/REPLICATION.md),
 * on the cross-account example. The proof, in order:
 *   objects written before the rule exist → deploy → verify passes, yet the old objects are absent
 *   at the destination → backfill → every old version is a replica under the same key, with the
 *   same version id and checksum;
 *   objects made to fail (a destination key policy broken, objects written, the policy restored)
 *   read FAILED → a backfill of FAILED replicates them (after one that fails while the policy is
 *   still broken: exit 3, the failure reasons counted from the completion report);
 *   a concurrent second backfill reports the first job instead of starting another.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetKeyPolicyCommand, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { HeadObjectCommand, PutObjectCommand, type HeadObjectCommandOutput } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { loadTopology } from '../../src/core/load-topology.js';
import type { BackfillReport } from '../../src/core/backfill/backfill-report.js';
import { commentMarker } from '../../src/core/report/sticky-comment.js';
import { startBatchOperations, type BatchOperationsStandIn } from '../support/batch-standin.js';
import { createReplicationBoundariesFor } from '../support/bootstrap-boundary.js';
import { REPO_ROOT, exampleText } from '../support/examples.js';
import { startGitHubFake, type GitHubFake } from '../support/github-fake.js';
import { AccountView } from '../support/live-state.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { startOidcServer, type OidcServer } from '../support/oidc-server.js';
import { startReplication, type ReplicationStandIn } from '../support/replication-standin.js';
import { makeWorkdir, runBundle, type RunResult } from '../support/runner.js';

const ACTION = join(REPO_ROOT, 'dist', 'index.js');
const TIMEOUT = 240_000;
const PR = 18;

/** The example, and the same config before its rule covered the whole bucket. */
const example = exampleText('cross-account');
const beforeTheRule = example.replace(
  '  - id: everything\n',
  '  - id: everything\n    filter: { prefix: current/ }\n',
);
const loaded = loadTopology(example);
if (!loaded.ok || beforeTheRule === example) throw new Error('the cross-account example changed shape');
const topology = loaded.topology;
const source = topology.source;
const backup = topology.destinations[0]!;

let moto: MotoServer;
let oidc: OidcServer;
let github: GitHubFake;
let replication: ReplicationStandIn;
let batch: BatchOperationsStandIn | undefined;
let src: AccountView;
let dst: AccountView;

async function run(mode: string, inputs: Record<string, string> = {}, config = example): Promise<RunResult> {
  const workdir = makeWorkdir();
  writeFileSync(join(workdir, 'topology.yml'), config);
  return runBundle({
    script: ACTION,
    cwd: workdir,
    inputs: { config: 'topology.yml', mode, 'timeout-minutes': '5', 'github-token': 'ghs_test', ...inputs },
    event: {
      pull_request: {
        number: PR,
        base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/infra' } },
        head: { sha: 'c'.repeat(40), repo: { full_name: 'acme/infra', fork: false } },
      },
    },
    env: {
      GITHUB_EVENT_NAME: 'pull_request',
      AWS_ENDPOINT_URL: moto.endpoint,
      GITHUB_API_URL: github.url,
      GITHUB_REPOSITORY: 'acme/infra',
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    },
    timeoutMs: TIMEOUT,
  });
}

function expectExit(r: RunResult, code: number): void {
  if (r.code !== code) throw new Error(`exit ${r.code}, expected ${code}\n${r.stdout}\n${r.stderr}`);
}
const reportOf = (r: RunResult) => JSON.parse(r.outputs['backfill-json']!) as BackfillReport;

interface Put {
  readonly key: string;
  readonly versionId: string;
  readonly checksum: string;
}
let serial = 0;
async function put(prefix: string): Promise<Put> {
  const key = `${prefix}${++serial}.json`;
  const out = await src.s3.send(
    new PutObjectCommand({
      Bucket: source.bucket,
      Key: key,
      Body: `{"invoice":${serial}}`,
      ChecksumAlgorithm: 'SHA256',
    }),
  );
  return { key, versionId: out.VersionId!, checksum: out.ChecksumSHA256! };
}
const headSource = (p: Put) =>
  src.s3.send(new HeadObjectCommand({ Bucket: source.bucket, Key: p.key, VersionId: p.versionId }));
async function replicaOf(p: Put): Promise<HeadObjectCommandOutput | undefined> {
  try {
    return await dst.s3.send(
      new HeadObjectCommand({
        Bucket: backup.bucket,
        Key: p.key,
        VersionId: p.versionId,
        ChecksumMode: 'ENABLED',
      }),
    );
  } catch (e) {
    if ((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
      return undefined;
    throw e;
  }
}

let keyId: string;
let keyPolicy: string;
async function breakTheDestinationKey(): Promise<void> {
  const doc = JSON.parse(keyPolicy) as { Statement: { Sid?: string }[] };
  const kept = doc.Statement.filter((s) => s.Sid !== 'AllowReplicationRoleToEncryptReplicas');
  expect(kept.length).toBe(doc.Statement.length - 1);
  await dst.kms.send(
    new PutKeyPolicyCommand({
      KeyId: keyId,
      PolicyName: 'default',
      Policy: JSON.stringify({ ...doc, Statement: kept }),
    }),
  );
}
const restoreTheDestinationKey = () =>
  dst.kms.send(new PutKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default', Policy: keyPolicy }));

let old: Put[];
let live: Put;
let failing: Put[];

beforeAll(async () => {
  [moto, oidc, github] = await Promise.all([
    startMoto(),
    startOidcServer(),
    startGitHubFake({ owner: 'acme', repo: 'infra' }),
  ]);
  replication = startReplication(moto);
  await createReplicationBoundariesFor(moto.endpoint, example);
  src = await AccountView.of(moto.endpoint, source.account, source.region);
  dst = await AccountView.of(moto.endpoint, backup.account, backup.region);

  // GIVEN objects written while the rule covered current/ only.
  expectExit(await run('deploy', {}, beforeTheRule), 0);
  old = [];
  for (let i = 0; i < 4; i++) old.push(await put('archive/2019/'));
  live = await put('current/');
  await replication.drain();
}, TIMEOUT);

afterAll(async () => {
  await batch?.stop();
  await replication?.stop();
  await Promise.all([moto?.stop(), oidc?.stop(), github?.stop()]);
});

describe('objects written before the rule', () => {
  test(
    'are not replicated by the deploy that adds the rule, though verify passes',
    async () => {
      expect((await headSource(live)).ReplicationStatus).toBe('COMPLETED');
      expect((await headSource(old[0]!)).ReplicationStatus).toBeUndefined();
      expectExit(await run('deploy'), 0);
      const verified = await run('verify');
      expectExit(verified, 0);
      expect(verified.outputs.verified).toBe('true');
      for (const p of old) {
        expect((await headSource(p)).ReplicationStatus).toBeUndefined();
        expect(await replicaOf(p)).toBeUndefined();
      }
    },
    TIMEOUT,
  );

  test(
    'objects made to fail (a key policy broken, objects written, the policy restored) read FAILED',
    async () => {
      const ids = await dst.physicalIds(backup.stackName);
      keyId = ids.ReplicaKey!;
      keyPolicy = (await dst.kms.send(new GetKeyPolicyCommand({ KeyId: keyId, PolicyName: 'default' })))
        .Policy!;
      await breakTheDestinationKey();
      failing = [await put('later/'), await put('later/')];
      await replication.drain();
      await restoreTheDestinationKey();
      for (const p of failing) {
        expect((await headSource(p)).ReplicationStatus).toBe('FAILED');
        expect(await replicaOf(p)).toBeUndefined();
      }
    },
    TIMEOUT,
  );
});

describe('backfill', () => {
  let first: RunResult;
  let second: RunResult;

  test(
    'starts one Batch Replication job, and a second run while it is on its way reports that job instead of starting another',
    async () => {
      // Batch Operations has not picked the job up yet: it stays New while the second run looks.
      first = await run('backfill', { 'backfill-statuses': 'NONE' });
      expectExit(first, 0);
      const started = reportOf(first);
      expect(started.outcome).toBe('started');
      expect(started.job.status).toBe('New');
      expect(first.outputs['job-id']).toBe(started.job.id);
      expect(first.outputs['job-status']).toBe('New');
      // Batch Operations runs in the source account: no session is opened in the destination's.
      expect(first.stdout).toContain(`assumed arn:aws:iam::${source.account}:role/s3-xrepl-deploy`);
      expect(first.stdout).not.toContain(`assumed arn:aws:iam::${backup.account}:`);
      expect(first.summary).toContain('🚀 **Backfill started**');
      expect(first.summary).toContain(
        `s3-xrepl backfill --config topology.yml --statuses NONE --wait --assume-roles`,
      );

      second = await run('backfill', { 'backfill-statuses': 'NONE' });
      expectExit(second, 0);
      expect(reportOf(second)).toMatchObject({ outcome: 'running', job: { id: started.job.id } });
      expect(second.summary).toContain('⏳ **Backfill already running**');
      expect(second.stdout).toContain(
        `backfill: job ${started.job.id} of this selection is New; not starting another.`,
      );

      batch = startBatchOperations(moto, { replication, tasksPerPoll: 1 });
      const jobs = await batch.jobs();
      expect(jobs.map((j) => j.id)).toEqual([started.job.id]);
    },
    TIMEOUT,
  );

  test(
    'with wait, follows that job to its end with progress in the log, and every old version is a replica with its version id and checksum',
    async () => {
      const followed = await run('backfill', { 'backfill-statuses': 'NONE', wait: 'true' });
      expectExit(followed, 0);
      const r = reportOf(followed);
      expect(r.outcome).toBe('running');
      expect(r.job).toMatchObject({
        id: reportOf(first).job.id,
        status: 'Complete',
        tasks: { total: 4, succeeded: 4, failed: 0 },
      });
      expect(followed.stdout).toContain(
        `backfill job ${r.job.id}: Complete, 4 of 4 tasks done (4 succeeded, 0 failed)`,
      );
      for (const p of old) {
        expect((await headSource(p)).ReplicationStatus).toBe('COMPLETED');
        expect(await replicaOf(p)).toMatchObject({
          ReplicationStatus: 'REPLICA',
          VersionId: p.versionId,
          ChecksumSHA256: p.checksum,
          ServerSideEncryption: 'aws:kms',
        });
      }
      // Nothing else was in the job: the live-replicated object and the FAILED ones were not NONE.
      const job = (await batch!.jobs()).find((j) => j.id === r.job.id)!;
      expect(job.tasks.map((t) => t.key).sort()).toEqual(old.map((p) => p.key).sort());
      expect(job.history.map((h) => h.status)).toEqual([
        'New',
        'Preparing',
        'Ready',
        'Active',
        'Completing',
        'Complete',
      ]);
      expect(followed.summary).toContain('✅ **Backfilled**: 4 versions replicated');
      expect(r.cost.usd).toBeCloseTo(0.25 + 4 / 1_000_000, 10);
    },
    TIMEOUT,
  );

  test(
    'a run after it finished reports it and starts nothing, unless backfill-again',
    async () => {
      const again = await run('backfill', { 'backfill-statuses': 'NONE' });
      expectExit(again, 0);
      expect(reportOf(again)).toMatchObject({
        outcome: 'finished-before',
        job: { id: reportOf(first).job.id },
      });
      expect((await batch!.jobs()).length).toBe(1);
    },
    TIMEOUT,
  );

  test(
    'of FAILED while the key policy is still broken: tasks fail, exit 3, reasons counted from the completion report',
    async () => {
      await breakTheDestinationKey();
      try {
        const r = await run('backfill', { 'backfill-statuses': 'FAILED', wait: 'true' });
        expectExit(r, 3);
        const report = reportOf(r);
        expect(report.job).toMatchObject({
          status: 'Complete',
          tasks: { total: 2, succeeded: 0, failed: 2 },
        });
        expect(report.failures).toMatchObject({
          failedRows: 2,
          reasons: [
            {
              code: 'DstKmsKeyNotPermitted',
              count: 2,
              sampleKeys: failing.map((p) => `${p.key} (version ${p.versionId})`),
            },
          ],
        });
        expect(r.summary).toContain('❌ **Backfill finished with 2 failed tasks** of 2');
        expect(r.summary).toContain('| `DstKmsKeyNotPermitted` | 2 |');
        expect(r.stdout).toMatch(/::error::backfill: job \S+ finished with 2 failed tasks/);
        // The comment section of the pull request says so too.
        const comments = github.comments(PR).filter((c) => c.user.login === 'github-actions[bot]');
        expect(comments).toHaveLength(1);
        expect(comments[0]!.body.startsWith(commentMarker('topology.yml'))).toBe(true);
        expect(comments[0]!.body).toContain('<!-- s3-xrepl:section backfill');
        expect(comments[0]!.body).toContain('Backfill finished with 2 failed tasks');
        expect(r.outputs['comment-url']).toBe(comments[0]!.html_url);
      } finally {
        await restoreTheDestinationKey();
      }
    },
    TIMEOUT,
  );

  test(
    'of FAILED once the key policy is restored (again, since the last FAILED job finished): replicates them',
    async () => {
      const retried = await run('backfill', {
        'backfill-statuses': 'FAILED',
        wait: 'true',
        'backfill-again': 'true',
      });
      expectExit(retried, 0);
      expect(reportOf(retried)).toMatchObject({
        outcome: 'started',
        job: { status: 'Complete', tasks: { total: 2, succeeded: 2, failed: 0 } },
      });
      for (const p of failing) {
        expect((await headSource(p)).ReplicationStatus).toBe('COMPLETED');
        expect(await replicaOf(p)).toMatchObject({ VersionId: p.versionId, ChecksumSHA256: p.checksum });
      }
    },
    TIMEOUT,
  );

  test(
    'refuses a rule the config does not have before anything is created, exit 2',
    async () => {
      const before = (await batch!.jobs()).length;
      const r = await run('backfill', { 'backfill-rule': 'everythng' });
      expectExit(r, 2);
      expect(r.stdout).toContain(
        '::error::input "backfill-rule" is "everythng", which is not a rule of invoices (its rules: everything). Did you mean "everything"?',
      );
      expect((await batch!.jobs()).length).toBe(before);
    },
    TIMEOUT,
  );
});
