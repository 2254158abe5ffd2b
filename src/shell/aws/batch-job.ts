import {
  CreateJobCommand,
  DescribeJobCommand,
  ListJobsCommand,
  type CreateJobCommandInput,
  type JobDescriptor,
  type JobListDescriptor,
  type S3ControlClient,
} from '@aws-sdk/client-s3-control';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { BackfillJobRequest } from '../../core/backfill/job-request.js';
import { isFinished, type BackfillJob } from '../../core/backfill/job.js';
import {
  FailureTally,
  parseReportManifest,
  reportManifestKey,
  type FailureCounts,
} from '../../core/backfill/completion-report.js';
import type { Clock } from './poll.js';

/**
 * S3 Batch Operations, as backfill uses it: the jobs of one account (S3 Control, in the source
 * region), found by their description, created from a request core built, followed until they end,
 * and their completion reports read back from the source bucket.
 */

/** Every job of the account S3 still lists (it keeps them 90 days after they end) whose description starts so. */
export async function listJobsDescribed(
  s3control: S3ControlClient,
  account: string,
  descriptionPrefix: string,
): Promise<JobListDescriptor[]> {
  const found: JobListDescriptor[] = [];
  let NextToken: string | undefined;
  do {
    const page = await s3control.send(
      new ListJobsCommand({ AccountId: account, MaxResults: 1000, ...(NextToken ? { NextToken } : {}) }),
    );
    found.push(...(page.Jobs ?? []).filter((j) => j.Description?.startsWith(descriptionPrefix)));
    NextToken = page.NextToken;
  } while (NextToken);
  return found;
}

export async function describeJob(
  s3control: S3ControlClient,
  account: string,
  jobId: string,
): Promise<BackfillJob> {
  const out = await s3control.send(new DescribeJobCommand({ AccountId: account, JobId: jobId }));
  if (!out.Job) throw new Error(`DescribeJob ${jobId} answered without a job`);
  return jobOf(out.Job);
}

/** Returns the new job's id (or, for a request token S3 has seen, the id of the job it made then). */
export async function createJob(s3control: S3ControlClient, request: BackfillJobRequest): Promise<string> {
  // The request is plain data of the same shape: core cannot name SDK types.
  const out = await s3control.send(new CreateJobCommand(request as unknown as CreateJobCommandInput));
  if (!out.JobId) throw new Error('CreateJob answered without a job id');
  return out.JobId;
}

export function jobOf(d: JobDescriptor | JobListDescriptor): BackfillJob {
  const p = d.ProgressSummary;
  const described = d as JobDescriptor;
  const generator = described.ManifestGenerator?.S3JobManifestGenerator;
  return {
    id: d.JobId ?? '',
    status: d.Status ?? 'unknown',
    ...(d.Description !== undefined ? { description: d.Description } : {}),
    ...(d.CreationTime ? { createdAt: d.CreationTime.getTime() } : {}),
    ...(d.TerminationDate ? { terminatedAt: d.TerminationDate.getTime() } : {}),
    ...(described.RoleArn ? { roleArn: described.RoleArn } : {}),
    ...(generator?.SourceBucket ? { sourceBucketArn: generator.SourceBucket } : {}),
    ...(p?.TotalNumberOfTasks !== undefined
      ? {
          tasks: {
            total: p.TotalNumberOfTasks,
            succeeded: p.NumberOfTasksSucceeded ?? 0,
            failed: p.NumberOfTasksFailed ?? 0,
          },
        }
      : {}),
    ...(p?.Timers?.ElapsedTimeInActiveSeconds !== undefined
      ? { activeSeconds: p.Timers.ElapsedTimeInActiveSeconds }
      : {}),
    failureReasons: (described.FailureReasons ?? []).map((f) => ({
      code: f.FailureCode ?? 'unknown',
      reason: f.FailureReason ?? '',
    })),
    ...(described.StatusUpdateReason ? { statusUpdateReason: described.StatusUpdateReason } : {}),
    ...(described.Report?.Bucket
      ? { report: { bucketArn: described.Report.Bucket, prefix: described.Report.Prefix ?? '' } }
      : {}),
  };
}

/**
 * Follows a job until it ends or `timeoutMs` passes, backing off from 2 s to 30 s (DescribeJob is
 * cheap, but a backfill can take hours); `onProgress` hears of every answer.
 */
export async function followJob(opts: {
  readonly s3control: S3ControlClient;
  readonly account: string;
  readonly jobId: string;
  readonly clock: Clock;
  readonly timeoutMs: number;
  readonly onProgress: (job: BackfillJob) => void;
}): Promise<{ job: BackfillJob; timedOut: boolean }> {
  const deadline = opts.clock.now() + opts.timeoutMs;
  let delay = 2_000;
  for (;;) {
    const job = await describeJob(opts.s3control, opts.account, opts.jobId);
    opts.onProgress(job);
    if (isFinished(job.status)) return { job, timedOut: false };
    if (opts.clock.now() + delay > deadline) return { job, timedOut: true };
    await opts.clock.sleep(delay);
    delay = Math.min(30_000, Math.round(delay * 1.5));
  }
}

/**
 * The failures of a finished job, counted from its completion report in the source bucket (expected
 * to belong to the source account), each result file streamed.
 */
export async function readFailures(opts: {
  readonly s3: S3Client;
  readonly job: BackfillJob;
  readonly expectedOwner: string;
}): Promise<FailureCounts> {
  const { job } = opts;
  if (!job.report) throw new Error(`job ${job.id} has no completion report configured`);
  const bucket = job.report.bucketArn.replace(/^arn:[^:]+:s3:::/, '');
  const get = (Bucket: string, Key: string) =>
    opts.s3.send(new GetObjectCommand({ Bucket, Key, ExpectedBucketOwner: opts.expectedOwner }));
  const manifest = await get(bucket, reportManifestKey(job.report.prefix, job.id));
  const results = parseReportManifest(await manifest.Body!.transformToString());
  const tally = new FailureTally();
  for (const result of results.filter((r) => r.taskState !== 'succeeded')) {
    const file = await get(result.bucket, result.key);
    const decoder = new TextDecoder();
    for await (const chunk of file.Body as AsyncIterable<Uint8Array>)
      tally.push(decoder.decode(chunk, { stream: true }));
    tally.push(decoder.decode());
    tally.push('\n');
  }
  return tally.result();
}
