import { EXIT } from '../errors.js';
import type { FailureCounts } from './completion-report.js';
import { batchJobCost, type CostEstimate } from './cost.js';
import { finishedClean, isFinished, type BackfillJob } from './job.js';
import type { BackfillSelection } from './selection.js';

/**
 * What a backfill run did and found, as data (`backfill-json`, `--format json`); the report renders it.
 * - started: no job of this selection was running and none had finished (or `again` was asked);
 * - running: one was already on its way, so none was started;
 * - finished-before: the latest job of this selection had finished and `again` was not asked.
 */
export type BackfillOutcome = 'started' | 'running' | 'finished-before';

export interface BackfillReport {
  readonly version: 1;
  readonly topology: string;
  readonly configPath: string;
  readonly source: { readonly account: string; readonly region: string; readonly bucket: string };
  readonly selection: BackfillSelection;
  readonly outcome: BackfillOutcome;
  readonly job: BackfillJob;
  /** The run followed the job (wait), and stopped following before it finished when timedOut. */
  readonly followed: boolean;
  readonly timedOut: boolean;
  /** Counted from the completion report; an error when it could not be read. */
  readonly failures?: FailureCounts | { readonly error: string };
  readonly cost: CostEstimate;
  /** The command that follows the job from a terminal. */
  readonly followCommand: string;
}

export function backfillReport(fields: Omit<BackfillReport, 'version' | 'cost'>): BackfillReport {
  return { version: 1, ...fields, cost: batchJobCost(fields.job.tasks?.total) };
}

/** 3 when the job finished with failed tasks, failed or was cancelled; 0 otherwise (still running included). */
export function backfillExitCode(r: BackfillReport): number {
  return isFinished(r.job.status) && !finishedClean(r.job) ? EXIT.found : EXIT.ok;
}

export function backfillVerdict(r: BackfillReport): string {
  const j = r.job;
  const tasks = j.tasks
    ? `${j.tasks.succeeded} of ${j.tasks.total} tasks succeeded${j.tasks.failed > 0 ? `, ${j.tasks.failed} failed` : ''}`
    : 'no tasks yet';
  const what =
    r.outcome === 'started' ? 'started' : r.outcome === 'running' ? 'already running' : 'finished before';
  if (!isFinished(j.status))
    return `backfill job ${j.id} ${what}: ${j.status}, ${tasks}${r.timedOut ? ' (stopped following it)' : ''}`;
  return `backfill job ${j.id} (${what}) ${j.status}: ${tasks}`;
}
