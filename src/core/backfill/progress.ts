import type { BackfillJob } from './job.js';

/** One line of a followed job's progress: the log's line, and the text beside a terminal's bar. */
export function progressLine(job: BackfillJob, elapsedMs: number): string {
  const t = job.tasks;
  const tasks =
    t && t.total > 0
      ? `${t.succeeded + t.failed} of ${t.total} tasks done (${t.succeeded} succeeded, ${t.failed} failed)`
      : 'manifest not generated yet';
  return `backfill job ${job.id}: ${job.status}, ${tasks}, ${Math.round(elapsedMs / 1000)} s`;
}

/** `[########------------]  40%` for a fraction done; the width counts the bar's cells. */
export function progressBar(fraction: number | undefined, width = 24): string {
  if (fraction === undefined) return `[${'·'.repeat(width)}]    `;
  const f = Math.max(0, Math.min(1, fraction));
  const full = Math.round(f * width);
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${String(Math.floor(f * 100)).padStart(3)}%`;
}
