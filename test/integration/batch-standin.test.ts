/**
 * The harness's S3 Batch Operations stand-in (test/REPLICATION.md, "S3 Batch Replication"), on the
 * product's cross-account example deployed through change sets: a Batch Replication job created
 * through the real S3 Control client is prepared, generates its manifest from the source bucket,
 * walks its states, replicates each task through the replication stand-in, and writes its
 * completion report in S3's format. Permissions are decided with the live policies: the batch
 * role's, and (for the copy) the replication role's. Each test restores what it changed out of band.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { GetRolePolicyCommand, IAMClient, PutRolePolicyCommand } from '@aws-sdk/client-iam';
import { GetKeyPolicyCommand, KMSClient, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import {
  DeleteBucketReplicationCommand,
  GetBucketReplicationCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutBucketReplicationCommand,
  PutObjectCommand,
  S3Client,
  type ReplicationConfiguration,
} from '@aws-sdk/client-s3';
import {
  CreateJobCommand,
  DescribeJobCommand,
  ListJobsCommand,
  S3ControlClient,
  type CreateJobCommandInput,
  type S3ControlClientConfig,
} from '@aws-sdk/client-s3-control';
import { backfillJobRequest } from '../../src/core/backfill/job-request.js';
import {
  countFailures,
  parseReportManifest,
  reportManifestKey,
} from '../../src/core/backfill/completion-report.js';
import { selectionOf } from '../../src/core/backfill/selection.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { endpointAsGiven as asGiven } from '../../src/shell/aws/clients.js';
import { deployTopology } from '../../src/shell/aws/deploy-topology.js';
import { systemClock } from '../../src/shell/aws/poll.js';
import { recordingLogger } from '../../src/shell/logger.js';
import {
  startBatchOperations,
  type BatchJobRecord,
  type BatchOperationsStandIn,
} from '../support/batch-standin.js';
import { createReplicationBoundaries } from '../support/bootstrap-boundary.js';
import { exampleTopology } from '../support/examples.js';
import { credentialsFor } from '../support/live-state.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { startReplication, type ReplicationStandIn } from '../support/replication-standin.js';

const TIMEOUT = 90_000;
const topology = exampleTopology('cross-account');
const source = topology.source;
const backup = topology.destinations[0]!;
/** The product's own loopback rule: S3 Control's account-prefixed host is no URL on 127.0.0.1. */
const endpointAsGiven = asGiven as unknown as S3ControlClientConfig['endpointProvider'];
const BATCH_ROLE = `arn:aws:iam::${source.account}:role/${source.batchRoleName}`;

let moto: MotoServer;
let replication: ReplicationStandIn;
let batch: BatchOperationsStandIn | undefined;
let src: { s3: S3Client; control: S3ControlClient; iam: IAMClient };
let dst: { s3: S3Client; kms: KMSClient };
let baseline: { replication: ReplicationConfiguration; batchPolicy: string; dstKeyPolicy: string };
let replicaKeyArn: string;

async function clientsFor(account: string, region: string) {
  const config = {
    endpoint: moto.endpoint,
    region,
    credentials: await credentialsFor(moto.endpoint, account),
  };
  return {
    s3: new S3Client({ ...config, forcePathStyle: true }),
    control: new S3ControlClient({ ...config, endpointProvider: endpointAsGiven }),
    iam: new IAMClient(config),
    kms: new KMSClient(config),
  };
}

beforeAll(async () => {
  moto = await startMoto();
  await createReplicationBoundaries(moto.endpoint, [topology]);
  const clients = async (account: string, region: string) => {
    const c = await clientsFor(account, region);
    return {
      cfn: new CloudFormationClient({
        endpoint: moto.endpoint,
        region,
        credentials: await credentialsFor(moto.endpoint, account),
      }),
      s3: c.s3,
    };
  };
  const made = new Map<string, Awaited<ReturnType<typeof clients>>>();
  for (const p of [source, backup]) made.set(p.account, await clients(p.account, p.region));
  const deployment = await deployTopology(
    topology,
    synthesize(topology),
    { allowDestructive: false, recreateFailedStacks: false, timeoutMs: TIMEOUT },
    {
      clients: (account) => made.get(account)!,
      logger: recordingLogger(),
      clock: systemClock,
      runId: 'batch-standin',
    },
  );
  replicaKeyArn = deployment.outcomes.find((o) => o.stack.name === backup.stackName)!.result.outputs
    .KmsKeyArn!;
  src = await clientsFor(source.account, source.region);
  dst = await clientsFor(backup.account, backup.region);
  replication = startReplication(moto);
  baseline = {
    replication: (await src.s3.send(new GetBucketReplicationCommand({ Bucket: source.bucket })))
      .ReplicationConfiguration!,
    batchPolicy: decodeURIComponent(
      (
        await src.iam.send(
          new GetRolePolicyCommand({ RoleName: source.batchRoleName, PolicyName: 'batch-replication' }),
        )
      ).PolicyDocument!,
    ),
    dstKeyPolicy: (
      await dst.kms.send(new GetKeyPolicyCommand({ KeyId: replicaKeyArn, PolicyName: 'default' }))
    ).Policy!,
  };
}, TIMEOUT);

afterAll(async () => {
  await batch?.stop();
  await replication?.stop();
  await moto?.stop();
});

afterEach(async () => {
  await batch?.stop();
  batch = undefined;
  await src.iam.send(
    new PutRolePolicyCommand({
      RoleName: source.batchRoleName,
      PolicyName: 'batch-replication',
      PolicyDocument: baseline.batchPolicy,
    }),
  );
  await dst.kms.send(
    new PutKeyPolicyCommand({ KeyId: replicaKeyArn, PolicyName: 'default', Policy: baseline.dstKeyPolicy }),
  );
  await src.s3.send(
    new PutBucketReplicationCommand({
      Bucket: source.bucket,
      ReplicationConfiguration: baseline.replication,
    }),
  );
  await replication.drain();
}, TIMEOUT);

let serial = 0;
interface Put {
  readonly key: string;
  readonly versionId: string;
  readonly checksum: string;
}
async function put(prefix: string): Promise<Put> {
  const key = `${prefix}${Date.now()}-${++serial}.json`;
  const out = await src.s3.send(
    new PutObjectCommand({
      Bucket: source.bucket,
      Key: key,
      Body: `{"n":${serial}}`,
      ChecksumAlgorithm: 'SHA256',
    }),
  );
  return { key, versionId: out.VersionId!, checksum: out.ChecksumSHA256! };
}

/** Versions written while the bucket had no rule: live replication never looks at them (NONE). */
async function writtenBeforeTheRules(prefix: string, n: number): Promise<Put[]> {
  await src.s3.send(new DeleteBucketReplicationCommand({ Bucket: source.bucket }));
  const puts = [];
  for (let i = 0; i < n; i++) puts.push(await put(prefix));
  await src.s3.send(
    new PutBucketReplicationCommand({
      Bucket: source.bucket,
      ReplicationConfiguration: baseline.replication,
    }),
  );
  return puts;
}

const head = (s3: S3Client, bucket: string, p: Put) =>
  s3.send(
    new HeadObjectCommand({ Bucket: bucket, Key: p.key, VersionId: p.versionId, ChecksumMode: 'ENABLED' }),
  );

async function replicaOf(p: Put) {
  try {
    return await head(dst.s3, backup.bucket, p);
  } catch (e) {
    if ((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
      return undefined;
    throw e;
  }
}

let tokens = 0;
/** The product's own request for a selection, with a token of its own per test. */
async function createJob(
  statuses: string,
  prefix: string,
  change: Partial<CreateJobCommandInput> = {},
): Promise<string> {
  const chosen = selectionOf(topology, { statuses, rule: '', prefix });
  if (!chosen.ok) throw new Error(chosen.problems.join('; '));
  const request = backfillJobRequest({
    topology,
    selection: chosen.selection,
    batchRoleArn: BATCH_ROLE,
    latestFinishedJobId: `test-${++tokens}`,
  });
  const out = await src.control.send(
    new CreateJobCommand({ ...(request as unknown as CreateJobCommandInput), ...change }),
  );
  return out.JobId!;
}

async function describe_(id: string) {
  return (await src.control.send(new DescribeJobCommand({ AccountId: source.account, JobId: id }))).Job!;
}

async function run(id: string): Promise<BatchJobRecord> {
  batch ??= startBatchOperations(moto, { replication });
  await batch.drain();
  return (await batch.jobs()).find((j) => j.id === id)!;
}

async function report(job: BatchJobRecord) {
  const text = async (key: string) =>
    (await src.s3.send(new GetObjectCommand({ Bucket: source.bucket, Key: key }))).Body!.transformToString();
  const manifest = parseReportManifest(await text(reportManifestKey('s3-xrepl-batch/reports', job.id)));
  return { manifest, failures: countFailures(...(await Promise.all(manifest.map((r) => text(r.key))))) };
}

describe('a Batch Replication job over versions written before the rules', () => {
  it(
    'walks New → Preparing → Ready → Active → Completing → Complete, and each version becomes a replica with its version id and checksum',
    async () => {
      const old = await writtenBeforeTheRules('legacy/', 3);
      expect((await head(src.s3, source.bucket, old[0]!)).ReplicationStatus).toBeUndefined();
      const id = await createJob('NONE', 'legacy/');
      expect((await describe_(id)).Status).toBe('New');

      const job = await run(id);

      expect(job.history.map((h) => h.status)).toEqual([
        'New',
        'Preparing',
        'Ready',
        'Active',
        'Completing',
        'Complete',
      ]);
      expect(job.prepareChecks.map((c) => [c.step, c.ok])).toEqual([
        ['Batch Operations assumes the batch role', true],
        ['read the replication configuration', true],
        ['list the source through an inventory', true],
        ['write the generated manifest', true],
        ['read the manifest back', true],
        ['write the completion report', true],
      ]);
      expect(job.tasks.map((t) => [t.key, t.versionId, t.state])).toEqual(
        old.map((p) => [p.key, p.versionId, 'succeeded']),
      );
      const described = await describe_(id);
      expect(described).toMatchObject({
        Status: 'Complete',
        RoleArn: BATCH_ROLE,
        ProgressSummary: { TotalNumberOfTasks: 3, NumberOfTasksSucceeded: 3, NumberOfTasksFailed: 0 },
      });
      expect(described.TerminationDate!.getTime()).toBeGreaterThanOrEqual(described.CreationTime!.getTime());
      for (const p of old) {
        expect((await head(src.s3, source.bucket, p)).ReplicationStatus).toBe('COMPLETED');
        expect(await replicaOf(p)).toMatchObject({
          ReplicationStatus: 'REPLICA',
          VersionId: p.versionId,
          ChecksumSHA256: p.checksum,
          ServerSideEncryption: 'aws:kms',
          SSEKMSKeyId: replicaKeyArn,
        });
      }
      // The copies were decided by the replication stand-in, as the replication role.
      const copies = replication.log.filter((r) => old.some((p) => p.key === r.source.key));
      expect(copies.map((r) => [r.status, r.role])).toEqual(
        old.map(() => ['COMPLETED', baseline.replication.Role]),
      );
    },
    TIMEOUT,
  );

  it(
    'lists in its manifest exactly the eligible versions whose status and key match, in S3 inventory form',
    async () => {
      const none = await writtenBeforeTheRules('manifest/', 2);
      const completed = await put('manifest/');
      await replication.drain();
      const elsewhere = await writtenBeforeTheRules('other/', 1);
      const id = await createJob('NONE', 'manifest/');
      const job = await run(id);
      expect(job.tasks.map((t) => t.key)).toEqual(none.map((p) => p.key));
      expect(job.tasks.map((t) => t.key)).not.toContain(completed.key);
      expect(job.tasks.map((t) => t.key)).not.toContain(elsewhere[0]!.key);

      const manifestKey = job.manifest!.arn.split(':::')[1]!.slice(source.bucket.length + 1);
      expect(manifestKey).toBe(`s3-xrepl-batch/manifests/job-${id}/manifest.json`);
      const manifest = JSON.parse(
        await (
          await src.s3.send(new GetObjectCommand({ Bucket: source.bucket, Key: manifestKey }))
        ).Body!.transformToString(),
      ) as { fileSchema: string; files: { key: string }[] };
      expect(manifest.fileSchema).toBe('Bucket, Key, VersionId');
      const csv = await (
        await src.s3.send(new GetObjectCommand({ Bucket: source.bucket, Key: manifest.files[0]!.key }))
      ).Body!.transformToString();
      expect(csv.trim().split('\n')).toEqual(none.map((p) => `${source.bucket},${p.key},${p.versionId}`));
      expect((await describe_(id)).GeneratedManifestDescriptor?.Location?.ObjectArn).toBe(job.manifest!.arn);
    },
    TIMEOUT,
  );
});

describe('failures, and their reasons in the completion report', () => {
  it(
    'a version whose replication the destination key refuses fails its task with S3’s reason, reads FAILED, and a FAILED job later replicates it',
    async () => {
      const old = await writtenBeforeTheRules('refused/', 2);
      const doc = JSON.parse(baseline.dstKeyPolicy) as { Statement: { Sid?: string }[] };
      await dst.kms.send(
        new PutKeyPolicyCommand({
          KeyId: replicaKeyArn,
          PolicyName: 'default',
          Policy: JSON.stringify({
            ...doc,
            Statement: doc.Statement.filter((s) => !/Replication/.test(s.Sid ?? '')),
          }),
        }),
      );
      const failing = await run(await createJob('NONE', 'refused/'));
      expect(failing.status).toBe('Complete');
      expect(failing.tasks.map((t) => [t.state, t.errorCode])).toEqual(
        old.map(() => ['failed', 'DstKmsKeyNotPermitted']),
      );
      for (const p of old) expect((await head(src.s3, source.bucket, p)).ReplicationStatus).toBe('FAILED');
      const { manifest, failures } = await report(failing);
      expect(manifest.map((r) => r.taskState)).toEqual(['failed']);
      expect(failures.failedRows).toBe(2);
      expect(failures.reasons.map((r) => [r.code, r.count])).toEqual([['DstKmsKeyNotPermitted', 2]]);
      expect(failures.reasons[0]!.sampleKeys).toEqual(old.map((p) => `${p.key} (version ${p.versionId})`));
      expect(failures.reasons[0]!.sampleMessage).toMatch(
        /kms:(Encrypt|GenerateDataKey) on .* the destination key policy/,
      );

      await dst.kms.send(
        new PutKeyPolicyCommand({
          KeyId: replicaKeyArn,
          PolicyName: 'default',
          Policy: baseline.dstKeyPolicy,
        }),
      );
      const retried = await run(await createJob('FAILED', 'refused/'));
      expect(retried.tasks.map((t) => [t.key, t.state])).toEqual(old.map((p) => [p.key, 'succeeded']));
      for (const p of old) expect((await replicaOf(p))?.VersionId).toBe(p.versionId);
    },
    TIMEOUT,
  );

  it(
    'a batch role that may not start replication fails every task AccessDenied, naming the policy at fault',
    async () => {
      await writtenBeforeTheRules('denied/', 2);
      const doc = JSON.parse(baseline.batchPolicy) as { Statement: { Action: string[] }[] };
      await src.iam.send(
        new PutRolePolicyCommand({
          RoleName: source.batchRoleName,
          PolicyName: 'batch-replication',
          PolicyDocument: JSON.stringify({
            ...doc,
            Statement: doc.Statement.filter((s) => !s.Action.includes('s3:InitiateReplication')),
          }),
        }),
      );
      const job = await run(await createJob('NONE', 'denied/'));
      expect(job.tasks.map((t) => [t.state, t.errorCode, t.httpStatus])).toEqual([
        ['failed', 'AccessDenied', 403],
        ['failed', 'AccessDenied', 403],
      ]);
      expect(job.tasks[0]!.message).toContain(
        `s3:InitiateReplication on arn:aws:s3:::${source.bucket}/denied/`,
      );
      expect(job.tasks[0]!.message).toContain(`the role policy of ${BATCH_ROLE} has no Allow for it`);
      expect((await report(job)).failures.reasons.map((r) => [r.code, r.count])).toEqual([
        ['AccessDenied', 2],
      ]);
    },
    TIMEOUT,
  );

  it(
    'a role Batch Operations may not assume fails the job while it is prepared, with AssumeRoleNotPermitted',
    async () => {
      const replicationRole = baseline.replication.Role!;
      const id = await createJob('NONE', 'nothing/', { RoleArn: replicationRole });
      const job = await run(id);
      expect(job.history.map((h) => h.status)).toEqual(['New', 'Preparing', 'Failing', 'Failed']);
      const described = await describe_(id);
      expect(described.Status).toBe('Failed');
      expect(described.FailureReasons).toEqual([
        {
          FailureCode: 'AssumeRoleNotPermitted',
          FailureReason: expect.stringContaining('does not let batchoperations.s3.amazonaws.com assume it'),
        },
      ]);
    },
    TIMEOUT,
  );
});

describe('the S3 Control job API', () => {
  it(
    'answers a repeated ClientRequestToken with the job it made, and lists jobs newest first, filtered by status',
    async () => {
      const chosen = selectionOf(topology, { statuses: 'NONE', rule: '', prefix: 'token/' });
      if (!chosen.ok) throw new Error('selection');
      const request = backfillJobRequest({
        topology,
        selection: chosen.selection,
        batchRoleArn: BATCH_ROLE,
        latestFinishedJobId: 'same',
      }) as unknown as CreateJobCommandInput;
      const first = (await src.control.send(new CreateJobCommand(request))).JobId!;
      const second = (await src.control.send(new CreateJobCommand(request))).JobId!;
      expect(second).toBe(first);
      const listed = await src.control.send(
        new ListJobsCommand({ AccountId: source.account, JobStatuses: ['New'] }),
      );
      expect(listed.Jobs!.map((j) => j.JobId)).toEqual([first]);
      expect(listed.Jobs![0]).toMatchObject({
        Operation: 'S3ReplicateObject',
        Description: request.Description,
      });
      await run(first);
      const all = await src.control.send(new ListJobsCommand({ AccountId: source.account }));
      expect(all.Jobs![0]!.JobId).toBe(first);
      expect(all.Jobs!.map((j) => j.CreationTime!.getTime())).toEqual(
        [...all.Jobs!.map((j) => j.CreationTime!.getTime())].sort((a, b) => b - a),
      );
    },
    TIMEOUT,
  );

  it('refuses, never ignores, what it does not model, and answers as S3 Control does for an unknown job or a foreign account', async () => {
    const code = async (p: Promise<unknown>) =>
      p.then(
        () => 'no error',
        (e: { name?: string; $metadata?: { httpStatusCode?: number } }) =>
          `${e.$metadata?.httpStatusCode} ${e.name}`,
      );
    expect(
      await code(
        src.control.send(new DescribeJobCommand({ AccountId: source.account, JobId: 'no-such-job' })),
      ),
    ).toBe('404 NotFoundException');
    expect(await code(src.control.send(new ListJobsCommand({ AccountId: backup.account })))).toBe(
      '403 AccessDenied',
    );
    expect(
      await code(
        createJob('NONE', 'x/', {
          Manifest: {
            Spec: { Format: 'S3BatchOperations_CSV_20180820', Fields: ['Bucket', 'Key'] },
            Location: { ObjectArn: `arn:aws:s3:::${source.bucket}/m.csv`, ETag: 'e' },
          },
        }),
      ),
    ).toBe('501 NotImplemented');
    expect(
      await code(
        createJob('NONE', 'x/', {
          ManifestGenerator: {
            S3JobManifestGenerator: {
              SourceBucket: `arn:aws:s3:::${source.bucket}`,
              EnableManifestOutput: false,
              Filter: { CreatedAfter: new Date() },
            },
          },
        }),
      ),
    ).toBe('501 NotImplemented');
  });

  it(
    'is not served by plain moto 5.2.5: the gap is real',
    async () => {
      const plain = await startMoto({ patches: false });
      try {
        const control = new S3ControlClient({
          endpoint: plain.endpoint,
          region: source.region,
          credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'x' },
          endpointProvider: endpointAsGiven,
        });
        const answer = await control.send(new ListJobsCommand({ AccountId: '123456789012' })).then(
          (out) => `answered ${JSON.stringify(out.Jobs)}`,
          (e: { $metadata?: { httpStatusCode?: number } }) => `HTTP ${e.$metadata?.httpStatusCode}`,
        );
        expect(answer).toBe('HTTP 404');
      } finally {
        await plain.stop();
      }
    },
    TIMEOUT,
  );
});
