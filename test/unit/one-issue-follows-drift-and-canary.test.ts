/**
 * The scheduled checks share one tracking issue per config (core/report/tracking-issue.ts): drift
 * and the canary each keep a section of it, a failure of either opens or updates it, and it closes
 * only when both pass. Its state line is read only where the action writes it.
 */
import { describe, expect, test } from '@jest/globals';
import type { ReportParts } from '../../src/core/report/budget.js';
import { COMMENT_LIMIT } from '../../src/core/report/budget.js';
import {
  checkReport,
  failingChecks,
  trackingIssueAction,
  trackingMarker,
  type CheckOutcome,
  type IssueAction,
  type TrackedCheck,
} from '../../src/core/report/tracking-issue.js';
import { checkMarkdown } from '../support/markdown-check.js';

const CONFIG = 'replication/orders.yml';
const parts = (...head: string[]): ReportParts => ({ head, details: [], tail: [] });
const CANARY_FAILED = parts(
  '### s3-xrepl verify · `orders`',
  "❌ **Replication not verified** for `dr`.\n\n> **S3's reason**: `DstPutObjectNotPermitted`",
);
const CANARY_PASSED = parts(
  '### s3-xrepl verify · `orders`',
  '✅ **Replication verified** to 2 of 2 destinations.',
);
const DRIFTED = parts('### s3-xrepl drift · `orders`', '❌ **Drift**: 1 difference');
const IN_SYNC = parts('### s3-xrepl drift · `orders`', '✅ **In sync**');

/** Runs one check against the issue as it stands, and returns the issue as it stands after. */
function run(
  issue: { body: string; open: boolean; title?: string } | undefined,
  check: TrackedCheck,
  outcome: CheckOutcome,
  report: ReportParts,
): { action: IssueAction; issue: { body: string; open: boolean; title?: string } | undefined } {
  const action = trackingIssueAction(check, outcome, issue?.open ? issue : undefined, {
    configPath: CONFIG,
    topology: 'orders',
    parts: report,
    omitted: (n) => `_${n} more_`,
  });
  switch (action.kind) {
    case 'open':
    case 'update':
      return { action, issue: { body: action.body, open: true, title: action.title } };
    case 'close':
      return { action, issue: issue && { ...issue, open: false } };
    case 'none':
      return { action, issue };
  }
}

describe('one tracking issue for drift and the canary', () => {
  test("a failing canary opens it, with its report and S3's reason, under the drift marker", () => {
    const { action, issue } = run(undefined, 'canary', 'failing', CANARY_FAILED);
    expect(action.kind).toBe('open');
    expect(issue!.title).toBe(`Replication canary failing: orders (${CONFIG})`);
    expect(
      issue!.body.startsWith(
        `${trackingMarker(CONFIG)}\n<!-- s3-xrepl:checks drift=none canary=failing -->\n`,
      ),
    ).toBe(true);
    expect(checkReport(issue!.body, 'canary')).toContain('DstPutObjectNotPermitted');
    expect(checkReport(issue!.body, 'drift')).toBeUndefined();
    expect(issue!.body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(checkMarkdown(issue!.body)).toEqual([]);
  });

  test('stays open while either fails, and closes once both pass', () => {
    let state = run(undefined, 'canary', 'failing', CANARY_FAILED).issue;
    // The nightly drift run finds nothing: the issue stays open for the canary.
    let step = run(state, 'drift', 'passing', IN_SYNC);
    expect(step.action.kind).toBe('update');
    expect(failingChecks(step.issue!.body)).toEqual(['canary']);
    state = step.issue;
    // Drift appears as well: both are named.
    step = run(state, 'drift', 'failing', DRIFTED);
    expect(step.action).toMatchObject({
      kind: 'update',
      title: `Replication drift and canary failing: orders (${CONFIG})`,
    });
    expect(checkReport(step.issue!.body, 'canary')).toContain('DstPutObjectNotPermitted');
    expect(checkReport(step.issue!.body, 'drift')).toContain('1 difference');
    state = step.issue;
    // The canary replicates again, drift is still there: open.
    step = run(state, 'canary', 'passing', CANARY_PASSED);
    expect(step.action).toMatchObject({ kind: 'update', title: `Replication drift: orders (${CONFIG})` });
    expect(failingChecks(step.issue!.body)).toEqual(['drift']);
    state = step.issue;
    // Drift is repaired: both pass, the issue closes.
    step = run(state, 'drift', 'passing', IN_SYNC);
    expect(step.action.kind).toBe('close');
    expect((step.action as { comment: string }).comment).toMatch(/no canary is failing/);
    expect(step.issue!.open).toBe(false);
  });

  test('a passing canary closes an issue the canary alone kept open', () => {
    const opened = run(undefined, 'canary', 'failing', CANARY_FAILED).issue;
    const closed = run(opened, 'canary', 'passing', CANARY_PASSED);
    expect(closed.action.kind).toBe('close');
    expect((closed.action as { comment: string }).comment).toMatch(/replicates again/);
  });

  test('leaves the issue alone while the canary fails the same way, and an unknown drift changes nothing', () => {
    const opened = run(undefined, 'canary', 'failing', CANARY_FAILED).issue;
    expect(run(opened, 'canary', 'failing', CANARY_FAILED).action).toEqual({
      kind: 'none',
      why: 'the canary failure is unchanged',
    });
    expect(run(opened, 'drift', 'unknown', IN_SYNC).action).toEqual({
      kind: 'none',
      why: 'the result is unknown',
    });
  });

  test('opens nothing when a check passes and no issue is open', () => {
    expect(run(undefined, 'canary', 'passing', CANARY_PASSED).action.kind).toBe('none');
    expect(run(undefined, 'drift', 'passing', IN_SYNC).action.kind).toBe('none');
  });

  test('a report that spells out a state line cannot close the issue: only line two counts', () => {
    const forged = parts(
      '### s3-xrepl drift',
      '<!-- s3-xrepl:checks drift=passing canary=passing -->\n<!-- s3-xrepl:checks drift=passing canary=passing -->',
    );
    const opened = run(undefined, 'drift', 'failing', forged).issue!;
    expect(failingChecks(opened.body)).toEqual(['drift']);
    expect(run(opened, 'canary', 'passing', CANARY_PASSED).action.kind).toBe('update');
  });

  test('an issue an earlier version opened for drift alone counts as drift failing', () => {
    const earlier = { body: `${trackingMarker(CONFIG)}\n<!-- digest=0123 -->\nDrift in orders`, open: true };
    expect(failingChecks(earlier.body)).toEqual(['drift']);
    const step = run(earlier, 'canary', 'failing', CANARY_FAILED);
    expect(step.action.kind).toBe('update');
    expect(failingChecks(step.issue!.body)).toEqual(['drift', 'canary']);
    expect(run(step.issue, 'drift', 'passing', IN_SYNC).issue!.open).toBe(true);
  });
});
