/**
 * The decision-making half of the harness's S3 Batch Operations stand-in; test/REPLICATION.md is its
 * spec ("S3 Batch Replication").
 *
 * moto (patched by test/support/moto/batch.py) serves S3 Control's job API, generates each job's
 * manifest from the source bucket, walks the job through its states and writes its completion
 * report. This side polls the jobs that wait for a decision and makes every decision that needs a
 * policy, as the job's role, with the LIVE role, bucket policy and the tests' IAM policy simulator:
 * - before the manifest: Batch Operations assumes the role (its trust policy, for
 *   batchoperations.s3.amazonaws.com, with aws:SourceAccount and aws:SourceArn), which may read the
 *   replication configuration, PutInventoryConfiguration (the generator lists through inventory),
 *   write and read the manifest and write the report;
 * - per task: the role may s3:InitiateReplication the object. Then the version joins the
 *   replication stand-in's queue: the replication itself is decided there, as the replication role.
 *
 *   const replication = startReplication(moto);
 *   const batch = startBatchOperations(moto, { replication });
 *   ... CreateJob through the product ...
 *   await batch.drain();                        // every job Complete or Failed
 *   batch.log.at(-1)?.tasks;                    // each task's state, error code and message
 *   await batch.stop();
 */
import {
  LiveAws,
  authorize,
  type Check,
  type LiveRole,
  type ReplicationStandIn,
} from './replication-standin.js';
import type { PolicyStatement } from './policy-simulator.js';

const SERVICE = 'batchoperations.s3.amazonaws.com';

interface Location {
  readonly bucket: string;
  readonly prefix: string;
}

interface PendingJob {
  readonly id: string;
  readonly arn: string;
  readonly account: string;
  readonly region: string;
  readonly partition: string;
  readonly roleArn: string;
  readonly sourceBucket: string;
  readonly sourceOwner: { readonly account: string; readonly region: string } | null;
  readonly phase: 'prepare' | 'tasks';
  readonly manifest?: Location | null;
  readonly report?: Location | null;
  readonly tasks?: readonly { readonly index: number; readonly key: string; readonly versionId: string }[];
}

export interface BatchTask {
  readonly index: number;
  readonly bucket: string;
  readonly key: string;
  readonly versionId: string;
  readonly state: 'pending' | 'handed' | 'initiated' | 'succeeded' | 'failed';
  readonly errorCode?: string;
  readonly httpStatus?: number;
  readonly message?: string;
  readonly check?: Check;
  /** The replication stand-in's job for it, once initiated. */
  readonly replicationJob?: number;
}

/** A job as moto keeps it (also served at GET /_harness/batch/log). */
export interface BatchJobRecord {
  readonly id: string;
  readonly arn: string;
  readonly account: string;
  readonly region: string;
  readonly status: string;
  readonly description: string;
  readonly roleArn: string;
  readonly sourceBucket: string;
  readonly statuses: readonly string[];
  /** Every state the job went through, with epoch ms. */
  readonly history: readonly { readonly status: string; readonly at: number }[];
  readonly failureReasons: readonly { readonly code: string; readonly reason: string }[];
  readonly prepareChecks: readonly Check[];
  readonly manifest: { readonly arn: string; readonly etag: string } | null;
  readonly tasks: readonly BatchTask[];
}

export interface BatchOptions {
  /** How often the jobs are polled; default 50 ms. */
  readonly intervalMs?: number;
  /** Tasks decided per job and poll (S3 runs many at once; fewer make progress visible); default 25. */
  readonly tasksPerPoll?: number;
  /** drain() gives up after this long; default 30 s. */
  readonly drainTimeoutMs?: number;
  /** drain() also drains it, so the jobs' replication finishes too. */
  readonly replication?: ReplicationStandIn;
}

export interface BatchOperationsStandIn {
  stop(): Promise<void>;
  /** Resolves when every job has ended (Complete, Failed); rejects on a stand-in error or timeout. */
  drain(): Promise<void>;
  /** Every job on the server, as moto keeps it now. */
  jobs(): Promise<BatchJobRecord[]>;
}

const glob = (pattern: string, flags = ''): RegExp =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    flags,
  );
const asArray = <T>(v: T | readonly T[] | undefined): readonly T[] =>
  v === undefined ? [] : Array.isArray(v) ? (v as readonly T[]) : [v as T];

/** The condition operators a trust policy for a service plausibly uses, on the keys it sends. */
const OPERATORS: Record<string, (actual: string, wanted: string) => boolean> = {
  stringequals: (a, w) => a === w,
  stringlike: (a, w) => glob(w).test(a),
  arnequals: (a, w) => a === w,
  arnlike: (a, w) => glob(w).test(a),
};

function applies(statement: PolicyStatement, context: Readonly<Record<string, string>>): boolean {
  const principal = statement.Principal as { Service?: string | string[] } | string | undefined;
  const forService =
    principal === '*' || (typeof principal === 'object' && asArray(principal.Service).includes(SERVICE));
  if (!forService || !asArray(statement.Action).some((a) => glob(a, 'i').test('sts:AssumeRole')))
    return false;
  return Object.entries(statement.Condition ?? {}).every(([operator, keys]) => {
    const test = OPERATORS[operator.toLowerCase()];
    return Object.entries(keys).every(([key, wanted]) => {
      const actual = Object.entries(context).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
      return (
        test !== undefined && actual !== undefined && asArray(wanted).some((w) => test(actual, String(w)))
      );
    });
  });
}

/** Batch Operations assumes the role for the job's account and job (trust policy only). */
function trustCheck(job: PendingJob, role: LiveRole | undefined): Check {
  const step = 'Batch Operations assumes the batch role';
  const context = { 'aws:SourceAccount': job.account, 'aws:SourceArn': job.arn };
  const fail = (detail: string): Check => ({ step, ok: false, code: 'AssumeRoleNotPermitted', detail });
  if (!role) return fail(`role ${job.roleArn} does not exist`);
  const statements = asArray(role.trust.Statement).filter((s) => applies(s, context));
  if (statements.some((s) => s.Effect === 'Deny'))
    return fail(`the trust policy of ${job.roleArn} denies ${SERVICE}`);
  if (!statements.some((s) => s.Effect === 'Allow'))
    return fail(
      `the trust policy of ${job.roleArn} does not let ${SERVICE} assume it for account ${job.account} (job ${job.arn})`,
    );
  return { step, ok: true, detail: `the trust policy of ${job.roleArn} lets ${SERVICE} assume it` };
}

const s3Arn = (partition: string, bucket: string, key?: string) =>
  `arn:${partition}:s3:::${bucket}${key === undefined ? '' : `/${key}`}`;

/** The calls Batch Operations makes as the role before the first task, each on the live policies. */
async function prepareChecks(job: PendingJob, aws: LiveAws): Promise<Check[]> {
  const role = await aws.role(job.roleArn);
  const trust = trustCheck(job, role);
  if (!trust.ok) return [trust];
  const identity = {
    identity: role!.policies,
    boundary: role!.boundary,
    identityLabel: `the role policy of ${job.roleArn}`,
  };
  const onBucket = async (bucket: string, step: string, action: string, key?: string): Promise<Check> => {
    const owner = job.sourceOwner && bucket === job.sourceBucket ? job.sourceOwner.account : job.account;
    return authorize(job.roleArn, {
      ...identity,
      step,
      code: 'AccessDenied',
      action,
      resource: s3Arn(job.partition, bucket, key),
      resourcePolicy: await aws.bucketPolicy(bucket, owner),
      resourceLabel: `the bucket policy of ${bucket}`,
      resourceAccount: owner,
    });
  };
  const checks = [
    trust,
    await onBucket(job.sourceBucket, 'read the replication configuration', 's3:GetReplicationConfiguration'),
    await onBucket(job.sourceBucket, 'list the source through an inventory', 's3:PutInventoryConfiguration'),
  ];
  if (job.manifest) {
    const key = `${job.manifest.prefix}/manifest.json`;
    checks.push(await onBucket(job.manifest.bucket, 'write the generated manifest', 's3:PutObject', key));
    checks.push(await onBucket(job.manifest.bucket, 'read the manifest back', 's3:GetObject', key));
  }
  if (job.report)
    checks.push(
      await onBucket(
        job.report.bucket,
        'write the completion report',
        's3:PutObject',
        `${job.report.prefix}/manifest.json`,
      ),
    );
  return checks;
}

class HarnessApi {
  constructor(private readonly endpoint: string) {}

  async call<T>(method: 'GET' | 'POST', route: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.endpoint}/_harness/batch/${route}`, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    const text = await response.text();
    if (!response.ok || !text.startsWith('{'))
      throw new Error(
        `batch stand-in: ${method} /_harness/batch/${route} answered HTTP ${response.status}: ${text.slice(0, 300)} ` +
          '(is the server started with its patches, i.e. not startMoto({ patches: false })?)',
      );
    return JSON.parse(text) as T;
  }
}

export function startBatchOperations(
  moto: { readonly endpoint: string },
  options: BatchOptions = {},
): BatchOperationsStandIn {
  const intervalMs = options.intervalMs ?? 50;
  const tasksPerPoll = options.tasksPerPoll ?? 25;
  const drainTimeoutMs = options.drainTimeoutMs ?? 30_000;
  const api = new HarnessApi(moto.endpoint);
  const aws = new LiveAws(moto.endpoint);
  const errors: unknown[] = [];
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let chain: Promise<unknown> = Promise.resolve();

  const decide = async (job: PendingJob): Promise<void> => {
    if (job.phase === 'prepare') {
      let checks: Check[];
      try {
        checks = await prepareChecks(job, aws);
      } catch (error) {
        errors.push(error);
        checks = [{ step: 'decide the job', ok: false, code: 'StandInError', detail: String(error) }];
      }
      const failed = checks.find((c) => !c.ok);
      await api.call('POST', 'prepare', {
        id: job.id,
        checks,
        failure: failed ? { code: failed.code, reason: failed.detail } : null,
      });
      return;
    }
    const role = await aws.role(job.roleArn);
    const policy = await aws.bucketPolicy(job.sourceBucket, job.sourceOwner?.account ?? job.account);
    const results = [];
    for (const task of job.tasks ?? []) {
      const check = await authorize(job.roleArn, {
        step: 'start replication of the version',
        code: 'AccessDenied',
        action: 's3:InitiateReplication',
        resource: s3Arn(job.partition, job.sourceBucket, task.key),
        identity: role?.policies ?? [],
        boundary: role?.boundary,
        identityLabel: role
          ? `the role policy of ${job.roleArn}`
          : `role ${job.roleArn}, which does not exist,`,
        resourcePolicy: policy,
        resourceLabel: `the source bucket policy of ${job.sourceBucket}`,
        resourceAccount: job.sourceOwner?.account ?? job.account,
      });
      results.push({ index: task.index, allowed: check.ok, code: check.code, reason: check.detail, check });
    }
    await api.call('POST', 'tasks', { id: job.id, results });
  };

  const cycle = async (): Promise<number> => {
    const { jobs } = await api.call<{ jobs: PendingJob[] }>('GET', `pending?tasks=${tasksPerPoll}`);
    for (const job of jobs) await decide(job);
    return jobs.length;
  };
  const runCycle = (): Promise<number> => {
    const next = chain.then(cycle);
    chain = next.catch((error: unknown) => errors.push(error));
    return next;
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(
      () =>
        void runCycle()
          .catch(() => undefined)
          .finally(schedule),
      intervalMs,
    );
  };
  schedule();

  const jobs = async () => (await api.call<{ jobs: BatchJobRecord[] }>('GET', 'log')).jobs;
  const throwIfErrors = () => {
    if (errors.length === 0) return;
    const seen = errors.splice(0);
    throw new Error(
      `batch stand-in failed ${seen.length} time(s): ${seen.map((e) => (e instanceof Error ? e.message : String(e))).join(' | ')}`,
    );
  };

  return {
    jobs,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await chain;
    },
    async drain() {
      const deadline = Date.now() + drainTimeoutMs;
      for (;;) {
        await runCycle();
        throwIfErrors();
        await options.replication?.drain();
        const open = (await jobs()).filter((j) => !['Complete', 'Failed', 'Cancelled'].includes(j.status));
        if (open.length === 0) return;
        if (Date.now() > deadline)
          throw new Error(
            `batch stand-in: jobs still open after ${drainTimeoutMs} ms: ${open.map((j) => `${j.id} ${j.status}`).join(', ')}` +
              (options.replication ? '' : ' (no replication stand-in was given: is one running?)'),
          );
        await new Promise((resolve) => setTimeout(resolve, Math.min(intervalMs, 20)));
      }
    },
  };
}
