import type { DriftVerdict } from '../drift/drift-report.js';
import { COMMENT_LIMIT, type ReportParts } from './budget.js';
import { commentMarker, parseSections, withSection, type SectionName } from './sticky-comment.js';
import { oneLine } from './untrusted-text.js';

/** The label that finds tracking issues (with the marker, which tells configs apart). */
export const DRIFT_LABEL = 's3-xrepl-drift';

export function trackingMarker(configPath: string): string {
  return `<!-- s3-xrepl:drift config=${encodeURIComponent(configPath)} -->`;
}

/**
 * The scheduled checks one issue follows: drift (the live chain against the stacks) and the canary
 * (verify: a real object replicated, or S3's reason why not).
 */
export type TrackedCheck = 'drift' | 'canary';
/** What a check's run says: something is wrong, all is well, or it could not tell. */
export type CheckOutcome = 'failing' | 'passing' | 'unknown';

export const driftOutcome = (verdict: DriftVerdict): CheckOutcome =>
  verdict === 'drifted' ? 'failing' : verdict === 'in-sync' ? 'passing' : 'unknown';

export type IssueAction =
  | { readonly kind: 'open' | 'update'; readonly title: string; readonly body: string }
  | { readonly kind: 'close'; readonly comment: string }
  | { readonly kind: 'none'; readonly why: string };

const CHECKS: readonly TrackedCheck[] = ['drift', 'canary'];
const SECTION: Readonly<Record<TrackedCheck, SectionName>> = { drift: 'drift', canary: 'verify' };
type Known = 'failing' | 'passing' | 'none';
type States = Record<TrackedCheck, Known>;

/**
 * The line under the marker that says where each check stands. Only the action writes line two of
 * its own issue (the issue is found by its author), and the reports follow it in sections framed by
 * their length (sticky-comment.ts), so no text a report quotes is ever read as a state.
 */
const STATE_LINE = /^<!-- s3-xrepl:checks drift=(failing|passing|none) canary=(failing|passing|none) -->$/;
const stateLine = (s: States) => `<!-- s3-xrepl:checks drift=${s.drift} canary=${s.canary} -->`;

/** An issue the action opened before it tracked the canary too held drift alone, failing. */
function statesOf(body: string): States {
  const m = STATE_LINE.exec(body.split('\n', 2)[1] ?? '');
  return m ? { drift: m[1] as Known, canary: m[2] as Known } : { drift: 'failing', canary: 'none' };
}

/** The body without its marker line, as sticky-comment.ts frames it: one header line, then the sections. */
const framed = (body: string) => body.slice(body.indexOf('\n') + 1);

const UNCHANGED: Readonly<Record<TrackedCheck, string>> = {
  drift: 'the drift is unchanged',
  canary: 'the canary failure is unchanged',
};

/**
 * One open issue per config while drift or the canary fails: opened by the first failure, a
 * section per check replaced as its result changes, closed with a comment once both pass. An
 * unknown result changes nothing: it proves neither a failure nor its end.
 */
export function trackingIssueAction(
  check: TrackedCheck,
  outcome: CheckOutcome,
  existing: { readonly body: string } | undefined,
  req: {
    readonly configPath: string;
    readonly topology: string;
    readonly parts: ReportParts;
    readonly omitted: (n: number) => string;
  },
): IssueAction {
  if (outcome === 'unknown') return { kind: 'none', why: 'the result is unknown' };
  if (!existing && outcome === 'passing')
    return { kind: 'none', why: `${check} passes and no issue is open` };
  const before: States = existing ? statesOf(existing.body) : { drift: 'none', canary: 'none' };
  const after: States = { ...before, [check]: outcome };
  if (existing && CHECKS.every((c) => after[c] !== 'failing'))
    return {
      kind: 'close',
      comment:
        check === 'drift'
          ? 'Back in sync, and no canary is failing: every check of the last runs passed. Closing.'
          : 'The canary replicates again, and nothing has drifted: every check of the last runs passed. Closing.',
    };
  const marker = trackingMarker(req.configPath);
  const header = `${marker}\n${stateLine(after)}`;
  // sticky-comment.ts writes its own marker as the first line: room is kept for the longer header.
  const room = COMMENT_LIMIT - Math.max(0, header.length - commentMarker(req.configPath).length);
  const update = withSection(
    existing ? framed(existing.body) : undefined,
    req.configPath,
    SECTION[check],
    req.parts,
    req.omitted,
    room,
  );
  if (update.kind === 'unchanged' && before[check] === after[check])
    return { kind: 'none', why: UNCHANGED[check] };
  // The sections after sticky-comment's first line: new ones, or the old ones under a new state line.
  const from = update.kind === 'write' ? update.body : framed(existing!.body);
  const sections = from.slice(from.indexOf('\n'));
  const failing = CHECKS.filter((c) => after[c] === 'failing').map((c) =>
    c === 'drift' ? 'drift' : 'canary failing',
  );
  return {
    kind: existing ? 'update' : 'open',
    // A title is plain text on one line: no markup to escape, only line breaks to keep out.
    title: `Replication ${failing.join(' and ')}: ${oneLine(req.topology)} (${oneLine(req.configPath)})`,
    body: `${header}${sections}`,
  };
}

/** The checks an issue body says are failing (for tests and logs). */
export function failingChecks(body: string): TrackedCheck[] {
  const s = statesOf(body);
  return CHECKS.filter((c) => s[c] === 'failing');
}

/** The report of one check in an issue body, read only within its frame. */
export function checkReport(body: string, check: TrackedCheck): string | undefined {
  return parseSections(framed(body)).get(SECTION[check])?.body;
}
