import { driftVerdict } from './core/drift/drift-report.js';
import { renderDrift } from './core/report/render-drift.js';
import { EXIT } from './errors.js';
import { runDrift, type DriftDeps } from './drift-command.js';
import { publishReport, type PublishDeps } from './publish-report.js';
import type { ActionInputs } from './shell/github/inputs.js';
import type { IssuesApi } from './shell/github/issues-api.js';
import { syncTrackingIssue } from './shell/github/sync-tracking-issue.js';

/** Every output a drift check sets (action.yml declares them; a test checks). */
export const DRIFT_OUTPUTS = ['drift', 'drift-json', 'issue-url'] as const;
type DriftOutput = (typeof DRIFT_OUTPUTS)[number];

/** Runs that keep the tracking issue: the scheduled check and a manual one. */
const TRACKING_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export interface DriftModeDeps extends DriftDeps, PublishDeps {
  readonly issues: () => IssuesApi;
  readonly setOutput: (name: string, value: string) => void;
}

/**
 * `mode: drift`: CloudFormation drift detection plus the direct comparison, reported in the job
 * summary; on a schedule or manual run, one tracking issue follows it. With fail-on-drift, drift
 * exits 3; an unknown result only warns (it proves nothing either way).
 */
export async function runDriftMode(inputs: ActionInputs, deps: DriftModeDeps): Promise<number> {
  const report = await runDrift(
    { configPath: inputs.config, timeoutMs: inputs.timeoutMinutes * 60_000 },
    deps,
  );
  const verdict = driftVerdict(report);
  const setOutput = (name: DriftOutput, value: string) => deps.setOutput(name, value);
  setOutput('drift', verdict);
  setOutput('drift-json', JSON.stringify(report));
  const parts = renderDrift(report, {
    ...(deps.context.commit ? { commit: deps.context.commit } : {}),
    ...(deps.context.runUrl ? { runUrl: deps.context.runUrl } : {}),
  });
  await publishReport(
    { parts, section: 'drift', configPath: inputs.config, comment: false, author: inputs.commentAuthor },
    deps,
  );
  let issueUrl = '';
  if (TRACKING_EVENTS.has(deps.context.event ?? '')) {
    const runUrl = deps.context.runUrl;
    const outcome = await syncTrackingIssue(
      deps.issues(),
      {
        verdict,
        author: inputs.commentAuthor,
        configPath: inputs.config,
        topology: report.topology,
        parts,
        omitted: (n) =>
          `_${n} more ${n === 1 ? 'section is' : 'sections are'} in the job summary${runUrl ? ` of [the run](${runUrl})` : ''}._`,
      },
      deps.logger,
    );
    if ('url' in outcome) issueUrl = outcome.url;
    deps.logger.info(`drift tracking issue: ${outcome.kind}${issueUrl ? ` ${issueUrl}` : ''}`);
  }
  setOutput('issue-url', issueUrl);
  if (verdict === 'unknown') deps.logger.warning('drift: some things could not be checked; see the report.');
  if (verdict === 'drifted') {
    const log = inputs.failOnDrift ? deps.logger.error : deps.logger.warning;
    log(
      `drift: the live resources of ${report.topology} differ from what the stacks deployed; see the report.`,
    );
    if (inputs.failOnDrift) return EXIT.found;
  }
  return EXIT.ok;
}
