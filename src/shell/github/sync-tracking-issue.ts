import type { ReportParts } from '../../core/report/budget.js';
import {
  DRIFT_LABEL,
  trackingIssueAction,
  trackingMarker,
  type CheckOutcome,
  type TrackedCheck,
} from '../../core/report/tracking-issue.js';
import type { Logger } from '../logger.js';
import type { IssuesApi, TrackedIssue } from './issues-api.js';

export type IssueOutcome =
  | { readonly kind: 'opened' | 'updated' | 'closed' | 'unchanged'; readonly url: string }
  | { readonly kind: 'none' | 'not-permitted' | 'failed' };

/** This config's open tracking issue, opened by `author`: found by label and marker. */
export async function findTrackingIssue(
  api: IssuesApi,
  configPath: string,
  author: string,
): Promise<TrackedIssue | undefined> {
  const marker = trackingMarker(configPath);
  for await (const i of api.listOpen(DRIFT_LABEL))
    if (i.author === author && i.body.startsWith(marker)) return i;
  return undefined;
}

/** The tracking issue as found before the report was written (drift reads its first sightings). */
export interface FoundIssue {
  readonly issue: TrackedIssue | undefined;
}

/** One check's result, for the config's tracking issue. */
export interface CheckResult {
  readonly check: TrackedCheck;
  readonly outcome: CheckOutcome;
  readonly configPath: string;
  readonly topology: string;
  readonly parts: ReportParts;
  /** Drift: when each drifted thing was first seen. */
  readonly firstSeen?: ReadonlyMap<string, string>;
  /** Found already: not looked for again. */
  readonly found?: FoundIssue;
}

/** Opens, updates or closes this config's tracking issue (drift and canary), found by label and marker. */
export async function syncTrackingIssue(
  api: IssuesApi,
  req: CheckResult & {
    readonly omitted: (n: number) => string;
    /** Only an issue opened by this login is ours. */
    readonly author: string;
  },
  logger: Logger,
): Promise<IssueOutcome> {
  try {
    const existing = req.found ? req.found.issue : await findTrackingIssue(api, req.configPath, req.author);
    const action = trackingIssueAction(req.check, req.outcome, existing, req);
    switch (action.kind) {
      case 'open': {
        const i = await api.create(action.title, action.body, [DRIFT_LABEL]);
        return { kind: 'opened', url: i.url };
      }
      case 'update':
        return {
          kind: 'updated',
          url: (await api.update(existing!.number, { title: action.title, body: action.body })).url,
        };
      case 'close':
        await api.comment(existing!.number, action.comment);
        return {
          kind: 'closed',
          url: (await api.update(existing!.number, { state: 'closed', state_reason: 'completed' })).url,
        };
      case 'none':
        logger.info(`tracking issue: left as it is (${action.why})`);
        return existing ? { kind: 'unchanged', url: existing.url } : { kind: 'none' };
    }
  } catch (e) {
    const status = (e as { status?: number }).status;
    logger.warning(
      `could not update the tracking issue${status ? ` (HTTP ${status})` : ''}: ${(e as Error).message}. ` +
        (status === 403 ? 'Give the job "permissions: issues: write". ' : '') +
        'The report is in the job summary.',
    );
    return { kind: status === 403 ? 'not-permitted' : 'failed' };
  }
}

/** Runs that keep the tracking issue: the scheduled checks and a manual one. */
const TRACKING_EVENTS = new Set(['schedule', 'workflow_dispatch']);

/** Whether this run keeps the tracking issue: a scheduled or manual run of the action. */
export function tracksIssues(env: {
  readonly frontDoor: 'action' | 'cli';
  readonly github: { readonly context: { readonly event?: string } };
}): boolean {
  return env.frontDoor === 'action' && TRACKING_EVENTS.has(env.github.context.event ?? '');
}

/**
 * On a scheduled or manual run of the action (never on a terminal, a push or a pull request), one
 * check's result goes into the config's tracking issue; the issue's URL, or '' when none is kept.
 */
export async function trackScheduledCheck(
  env: {
    readonly frontDoor: 'action' | 'cli';
    readonly logger: Logger;
    readonly github: {
      readonly context: { readonly event?: string; readonly runUrl?: string };
      readonly author: string;
      readonly issues: () => IssuesApi;
    };
  },
  req: CheckResult,
): Promise<string> {
  if (!tracksIssues(env)) return '';
  const runUrl = env.github.context.runUrl;
  const outcome = await syncTrackingIssue(
    env.github.issues(),
    {
      ...req,
      author: env.github.author,
      omitted: (n) =>
        `_${n} more ${n === 1 ? 'section is' : 'sections are'} in the job summary${runUrl ? ` of [the run](${runUrl})` : ''}._`,
    },
    env.logger,
  );
  const url = 'url' in outcome ? outcome.url : '';
  env.logger.info(`${req.check} tracking issue: ${outcome.kind}${url ? ` ${url}` : ''}`);
  return url;
}
