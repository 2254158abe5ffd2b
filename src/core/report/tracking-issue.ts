import type { DriftVerdict } from '../drift/drift-report.js';
import { COMMENT_LIMIT, renderWithin, type ReportParts } from './budget.js';
import { digestOf } from './sticky-comment.js';
import { oneLine } from './untrusted-text.js';

/** The label that finds tracking issues (with the marker, which tells configs apart). */
export const DRIFT_LABEL = 's3-xrepl-drift';

export function trackingMarker(configPath: string): string {
  return `<!-- s3-xrepl:drift config=${encodeURIComponent(configPath)} -->`;
}

export type IssueAction =
  | { readonly kind: 'open' | 'update'; readonly title: string; readonly body: string }
  | { readonly kind: 'close'; readonly comment: string }
  | { readonly kind: 'none'; readonly why: string };

/**
 * One open issue per config while it has drifted: opened on the first drift, its body replaced
 * when the drift changes, closed with a comment once everything is back in sync. An unknown result
 * changes nothing: it proves neither drift nor its end.
 */
export function trackingIssueAction(
  verdict: DriftVerdict,
  existing: { readonly body: string } | undefined,
  req: {
    readonly configPath: string;
    readonly topology: string;
    readonly parts: ReportParts;
    readonly omitted: (n: number) => string;
  },
): IssueAction {
  const marker = trackingMarker(req.configPath);
  if (verdict === 'unknown') return { kind: 'none', why: 'the result is unknown' };
  if (verdict === 'in-sync')
    return existing
      ? { kind: 'close', comment: 'Back in sync: every check of the last drift run passed. Closing.' }
      : { kind: 'none', why: 'in sync and no issue open' };
  // Only the header the action wrote counts: the report below it may quote anything.
  const header = `${marker}\n<!-- digest=${digestOf(req.parts)} -->\n`;
  if (existing?.body.startsWith(header)) return { kind: 'none', why: 'the drift is unchanged' };
  return {
    kind: existing ? 'update' : 'open',
    // A title is plain text on one line: no markup to escape, only line breaks to keep out.
    title: `Replication drift: ${oneLine(req.topology)} (${oneLine(req.configPath)})`,
    body: header + renderWithin(req.parts, COMMENT_LIMIT - header.length, req.omitted),
  };
}
