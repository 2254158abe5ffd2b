import type { DriftVerdict } from '../drift/drift-report.js';
import { COMMENT_LIMIT, renderWithin, type ReportParts } from './budget.js';
import { digestOf } from './sticky-comment.js';
import { oneLine } from './untrusted-text.js';

/** The label that finds tracking issues (with the marker, which tells configs apart). */
export const DRIFT_LABEL = 's3-xrepl-drift';

export function trackingMarker(configPath: string): string {
  return `<!-- s3-xrepl:drift config=${encodeURIComponent(configPath)} -->`;
}

const DIGEST_LINE = /^<!-- digest=[0-9a-f]{32} -->$/;
const FIRST_SEEN_LINE = /^<!-- s3-xrepl:first-seen ([A-Za-z0-9%._~!*'()-]*) -->$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/**
 * When each drifted thing was first seen, as the issue's header says: read only from the third
 * line of a body that starts with the marker and digest lines the action writes, so the report
 * below them (which quotes AWS and configs) can never supply it. Anything else reads as nothing.
 */
export function firstSeenIn(body: string, configPath: string): Map<string, string> {
  const [marker, digest, line] = body.split('\n', 3);
  const m = line !== undefined ? FIRST_SEEN_LINE.exec(line) : null;
  if (marker !== trackingMarker(configPath) || !DIGEST_LINE.test(digest ?? '') || !m) return new Map();
  try {
    const parsed = JSON.parse(decodeURIComponent(m[1]!)) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return new Map();
    return new Map(
      Object.entries(parsed).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && ISO_TIME.test(e[1]),
      ),
    );
  } catch {
    return new Map();
  }
}

/** Each key's first sighting: the earlier one where there was one, else now. */
export function firstSeenOf(
  keys: readonly string[],
  earlier: ReadonlyMap<string, string>,
  now: string,
): Map<string, string> {
  return new Map(keys.map((k) => [k, earlier.get(k) ?? now]));
}

/** The header line that carries first sightings: URI-encoded JSON holds no `-->`. */
function firstSeenLine(firstSeen: ReadonlyMap<string, string>): string {
  return `<!-- s3-xrepl:first-seen ${encodeURIComponent(JSON.stringify(Object.fromEntries([...firstSeen].sort())))} -->`;
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
    /** When each drifted thing was first seen: kept in the header for the next run. */
    readonly firstSeen?: ReadonlyMap<string, string>;
  },
): IssueAction {
  const marker = trackingMarker(req.configPath);
  if (verdict === 'unknown') return { kind: 'none', why: 'the result is unknown' };
  if (verdict === 'in-sync')
    return existing
      ? { kind: 'close', comment: 'Back in sync: every check of the last drift run passed. Closing.' }
      : { kind: 'none', why: 'in sync and no issue open' };
  // Only the header the action wrote counts: the report below it may quote anything.
  const header = `${marker}\n<!-- digest=${digestOf(req.parts)} -->\n${req.firstSeen ? `${firstSeenLine(req.firstSeen)}\n` : ''}`;
  if (existing?.body.startsWith(header)) return { kind: 'none', why: 'the drift is unchanged' };
  return {
    kind: existing ? 'update' : 'open',
    // A title is plain text on one line: no markup to escape, only line breaks to keep out.
    title: `Replication drift: ${oneLine(req.topology)} (${oneLine(req.configPath)})`,
    body: header + renderWithin(req.parts, COMMENT_LIMIT - header.length, req.omitted),
  };
}
