import type { BackfillReport } from '../backfill/backfill-report.js';
import type { FailureCounts } from '../backfill/completion-report.js';
import { finishedClean, isFinished } from '../backfill/job.js';
import { describeSelection } from '../backfill/selection.js';
import type { Detail, ReportParts } from './budget.js';
import { code, htmlText, inlineText } from './untrusted-text.js';

/**
 * The backfill report: the same parts for the PR comment section, the job summary and the CLI. Job
 * ids, reasons and keys come from AWS and the bucket: all untrusted text.
 */
export function renderBackfill(
  r: BackfillReport,
  ctx: { commit?: string; runUrl?: string; now?: number } = {},
): ReportParts {
  const j = r.job;
  const failures = r.failures && 'reasons' in r.failures ? r.failures : undefined;
  const head = [
    `### s3-xrepl backfill · ${code(r.topology)} · ${inlineText(r.configPath)}`,
    verdictLine(r),
    [
      '| Job | Status | Tasks | Succeeded | Failed | Duration | Batch Operations cost |',
      '|---|---|---|---|---|---|---|',
      `| ${code(j.id)} | ${inlineText(j.status)} | ${j.tasks ? j.tasks.total : '—'} | ${j.tasks ? j.tasks.succeeded : '—'} | ${j.tasks ? j.tasks.failed : '—'} | ${duration(r, ctx.now)} | ${r.cost.usd !== undefined ? `$${r.cost.usd.toFixed(2)}` : 'when the manifest is known'} |`,
    ].join('\n'),
    ...jobFailure(r),
    ...(failures ? reasonsTable(failures) : []),
    ...(r.failures && 'error' in r.failures
      ? [`> [!WARNING]\n> The completion report could not be read: ${inlineText(r.failures.error)}`]
      : []),
    ...notes(r),
    `Cost: ${inlineText(r.cost.formula)}. Source: [${inlineText(r.cost.source)}](${r.cost.url}).`,
  ];
  const details: Detail[] = [
    {
      summary: 'what the job replicates',
      lines: [
        `Versions of ${code(r.source.bucket)} (${inlineText(r.source.account)}, ${inlineText(r.source.region)}) that the live replication rules select, with ${inlineText(describeSelection(r.selection))}, listed by S3 itself (a generated manifest), replicated by S3 as the replication role. Each keeps its version id at the destination.`,
        '',
        `Job description ${code(j.description ?? '')}; the manifest and the completion report are written under ${code('s3-xrepl-batch/')} in ${code(r.source.bucket)}.`,
      ],
    },
    ...(failures?.reasons ?? []).map((reason): Detail => ({
      summary: `<code>${htmlText(reason.code)}</code>: ${reason.count} failed ${reason.count === 1 ? 'task' : 'tasks'}`,
      lines: [
        ...(reason.sampleMessage ? [`S3 says: ${inlineText(reason.sampleMessage)}`, ''] : []),
        ...reason.sampleKeys.map((k) => `- ${code(k)}`),
        ...(reason.count > reason.sampleKeys.length
          ? [`- … and ${reason.count - reason.sampleKeys.length} more in the completion report`]
          : []),
      ],
    })),
  ];
  const tail = [
    `<sub>${ctx.commit ? `Run at commit ${code(ctx.commit.slice(0, 12))}` : 'Run locally'}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · follow with ${code(r.followCommand)}</sub>`,
  ];
  return { head, details, tail };
}

function verdictLine(r: BackfillReport): string {
  const j = r.job;
  const before =
    r.outcome === 'finished-before'
      ? ' This is the latest job of this selection; nothing new was started (`backfill-again`, flag `--again`, starts another).'
      : '';
  if (!isFinished(j.status)) {
    if (r.outcome === 'running')
      return `⏳ **Backfill already running**: job ${code(j.id)} is ${inlineText(j.status)}; no second job was started.`;
    return `🚀 **Backfill started**: job ${code(j.id)} is ${inlineText(j.status)}.${r.timedOut ? ' It was still running when this run stopped following it: it goes on without us.' : ''}`;
  }
  if (finishedClean(j))
    return `✅ **Backfilled**: ${j.tasks?.succeeded ?? 0} ${(j.tasks?.succeeded ?? 0) === 1 ? 'version' : 'versions'} replicated by job ${code(j.id)}.${before}`;
  if (j.status === 'Complete')
    return `❌ **Backfill finished with ${j.tasks!.failed} failed ${j.tasks!.failed === 1 ? 'task' : 'tasks'}** of ${j.tasks!.total} (job ${code(j.id)}).${before}`;
  return `❌ **Backfill job ${j.status === 'Cancelled' ? 'cancelled' : 'failed'}**: job ${code(j.id)}${j.tasks ? `, ${j.tasks.succeeded} of ${j.tasks.total} tasks succeeded` : ''}.${before}`;
}

function duration(r: BackfillReport, now?: number): string {
  const j = r.job;
  const end = j.terminatedAt ?? (isFinished(j.status) ? undefined : now);
  if (j.createdAt === undefined || end === undefined) return '—';
  const s = Math.max(0, Math.round((end - j.createdAt) / 1000));
  const text = s < 120 ? `${s} s` : s < 7200 ? `${Math.round(s / 60)} min` : `${(s / 3600).toFixed(1)} h`;
  return isFinished(j.status) ? text : `${text} so far`;
}

function jobFailure(r: BackfillReport): string[] {
  const reasons = r.job.failureReasons;
  if (reasons.length === 0 && !(r.job.status === 'Failed' && r.job.statusUpdateReason)) return [];
  return [
    [
      `> [!CAUTION]\n> **S3 ${r.job.status === 'Failed' ? 'failed the job' : 'reports on the job'}**${r.job.statusUpdateReason ? `: ${inlineText(r.job.statusUpdateReason)}` : ''}`,
      ...reasons.map((f) => `> - ${code(f.code)}: ${inlineText(f.reason)}`),
    ].join('\n'),
  ];
}

function reasonsTable(f: FailureCounts): string[] {
  if (f.reasons.length === 0) return [];
  return [
    [
      `**Why tasks failed** (counted from the completion report, ${f.failedRows} ${f.failedRows === 1 ? 'row' : 'rows'}):`,
      '',
      '| Reason | Tasks | For example |',
      '|---|---|---|',
      ...f.reasons.map(
        (x) =>
          `| ${code(x.code)} | ${x.count} | ${x.sampleKeys[0] !== undefined ? code(x.sampleKeys[0]) : '—'} |`,
      ),
    ].join('\n'),
  ];
}

function notes(r: BackfillReport): string[] {
  const lines = [
    ...r.selection.notes.map(inlineText),
    ...(!isFinished(r.job.status)
      ? [
          `Follow it: ${code(r.followCommand)}, or in the S3 console under Batch Operations (${inlineText(r.source.region)}).`,
        ]
      : []),
    ...(isFinished(r.job.status) && !finishedClean(r.job)
      ? [
          'Fix the cause (the reasons are S3 replication failure reasons), then retry what failed: a backfill of status FAILED (input `backfill-statuses`, flag `--statuses`; with `backfill-again` once such a job has finished).',
        ]
      : []),
  ];
  return lines.length > 0 ? [`> [!NOTE]\n${lines.map((l) => `> ${l}`).join('\n>\n')}`] : [];
}
