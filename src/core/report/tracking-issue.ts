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
const STATE_LINE =
  /^<!-- s3-xrepl:checks drift=(failing|passing|none) canary=(failing|passing|none)(?: first-seen=([A-Za-z0-9%._~!*'()-]*))? -->$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

/** First sightings ride on the state line as URI-encoded JSON, which holds no `-->`. */
function stateLine(s: States, firstSeen: ReadonlyMap<string, string> | undefined): string {
  const seen =
    firstSeen && firstSeen.size > 0
      ? ` first-seen=${encodeURIComponent(JSON.stringify(Object.fromEntries([...firstSeen].sort())))}`
      : '';
  return `<!-- s3-xrepl:checks drift=${s.drift} canary=${s.canary}${seen} -->`;
}

/** The state line of an issue body the action wrote for this config, or nothing. */
function stateMatch(body: string, configPath?: string): RegExpExecArray | null {
  const [marker, line] = body.split('\n', 2);
  if (configPath !== undefined && marker !== trackingMarker(configPath)) return null;
  return STATE_LINE.exec(line ?? '');
}

/** An issue the action opened before it tracked the canary too held drift alone, failing. */
function statesOf(body: string): States {
  const m = stateMatch(body);
  return m ? { drift: m[1] as Known, canary: m[2] as Known } : { drift: 'failing', canary: 'none' };
}

/**
 * When each drifted thing was first seen, as the issue's state line says: read only from the line
 * under this config's marker, which only the action writes, so the reports below it (which quote
 * AWS and configs) can never supply it. Anything else reads as nothing.
 */
export function firstSeenIn(body: string, configPath: string): Map<string, string> {
  const encoded = stateMatch(body, configPath)?.[3];
  if (!encoded) return new Map();
  try {
    const parsed = JSON.parse(decodeURIComponent(encoded)) as unknown;
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
    /** Drift: when each drifted thing was first seen, kept on the state line for the next run. */
    readonly firstSeen?: ReadonlyMap<string, string>;
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
  // A canary run keeps the drift's first sightings as they were.
  const seen =
    check === 'drift' ? req.firstSeen : existing ? firstSeenIn(existing.body, req.configPath) : undefined;
  const header = `${marker}\n${stateLine(after, seen)}`;
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
  if (update.kind === 'unchanged' && before[check] === after[check] && existing?.body.startsWith(header))
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
