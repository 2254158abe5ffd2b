/**
 * A Batch Operations job as the backfill sees it, and the one place that says what its status means
 * (New → Preparing → (Suspended) → Ready → Active → Complete | Failed | Cancelled, DESIGN.md §5).
 */
export interface BackfillJob {
  readonly id: string;
  readonly status: string;
  readonly description?: string;
  /** Epoch ms. */
  readonly createdAt?: number;
  readonly terminatedAt?: number;
  readonly roleArn?: string;
  /** The source bucket ARN its manifest is generated from. */
  readonly sourceBucketArn?: string;
  readonly tasks?: { readonly total: number; readonly succeeded: number; readonly failed: number };
  readonly activeSeconds?: number;
  /** Why S3 failed or suspended the job as a whole (S3's FailureReasons and StatusUpdateReason). */
  readonly failureReasons: readonly { readonly code: string; readonly reason: string }[];
  readonly statusUpdateReason?: string;
  /** Where its completion report is: bucket ARN and prefix. */
  readonly report?: { readonly bucketArn: string; readonly prefix: string };
}

const TERMINAL = new Set(['Complete', 'Failed', 'Cancelled']);
/** Every other status of S3's list is on its way (or waiting, Suspended and Paused) to one of these. */
export const isFinished = (status: string): boolean => TERMINAL.has(status);

/** Done, without a failed task or a failed job. */
export const finishedClean = (job: BackfillJob): boolean =>
  job.status === 'Complete' && (job.tasks?.failed ?? 0) === 0;

/** Tasks done (succeeded or failed) of all, 0 to 1; undefined before the manifest is known. */
export function progressOf(job: BackfillJob): number | undefined {
  const t = job.tasks;
  if (!t || t.total === 0) return isFinished(job.status) ? 1 : undefined;
  return Math.min(1, (t.succeeded + t.failed) / t.total);
}

/** The newest of the jobs, by creation time. */
export function newest<T extends { readonly createdAt?: number }>(jobs: readonly T[]): T | undefined {
  return [...jobs].sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0))[0];
}
