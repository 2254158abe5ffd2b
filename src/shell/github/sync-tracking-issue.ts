import type { DriftVerdict } from '../../core/drift/drift-report.js';
import type { ReportParts } from '../../core/report/budget.js';
import { DRIFT_LABEL, trackingIssueAction, trackingMarker } from '../../core/report/tracking-issue.js';
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

/** Opens, updates or closes this config's drift tracking issue, found by label and marker. */
export async function syncTrackingIssue(
  api: IssuesApi,
  req: {
    readonly verdict: DriftVerdict;
    readonly configPath: string;
    readonly topology: string;
    readonly parts: ReportParts;
    readonly omitted: (n: number) => string;
    /** Only an issue opened by this login is ours. */
    readonly author: string;
    /** When each drifted thing was first seen, for the issue's header. */
    readonly firstSeen?: ReadonlyMap<string, string>;
    /** The issue, when the caller already looked it up (undefined inside: there is none). */
    readonly found?: { readonly issue: TrackedIssue | undefined };
  },
  logger: Logger,
): Promise<IssueOutcome> {
  try {
    const existing = req.found ? req.found.issue : await findTrackingIssue(api, req.configPath, req.author);
    const action = trackingIssueAction(req.verdict, existing, req);
    switch (action.kind) {
      case 'open': {
        const i = await api.create(action.title, action.body, [DRIFT_LABEL]);
        return { kind: 'opened', url: i.url };
      }
      case 'update':
        return { kind: 'updated', url: (await api.update(existing!.number, { body: action.body })).url };
      case 'close':
        await api.comment(existing!.number, action.comment);
        return {
          kind: 'closed',
          url: (await api.update(existing!.number, { state: 'closed', state_reason: 'completed' })).url,
        };
      case 'none':
        logger.info(`drift tracking issue: left as it is (${action.why})`);
        return existing ? { kind: 'unchanged', url: existing.url } : { kind: 'none' };
    }
  } catch (e) {
    const status = (e as { status?: number }).status;
    logger.warning(
      `could not update the drift tracking issue${status ? ` (HTTP ${status})` : ''}: ${(e as Error).message}. ` +
        (status === 403 ? 'Give the job "permissions: issues: write". ' : '') +
        'The report is in the job summary.',
    );
    return { kind: status === 403 ? 'not-permitted' : 'failed' };
  }
}
