/**
 * Text from a config, a file name or AWS reaches every report: the pull request comment, the job
 * summary, the tracking issue. Whatever it holds, it must show as text and add no markup: no
 * mention that notifies, no link, image or HTML, no strikethrough or math, no line of its own.
 *
 * Each renderer runs twice on the same report, once with plain words in every text field and once
 * with hostile text there; `markupIn` (test/support/markdown-check.ts) lists what a reader of each
 * gets besides text, and the two lists must be the same.
 */
import { describe, expect, it } from '@jest/globals';
import type { BootstrapResult } from '../../src/core/bootstrap/bootstrap-result.js';
import type { DriftReport } from '../../src/core/drift/drift-report.js';
import type { Plan, StackPreview } from '../../src/core/plan/plan.js';
import type { ResourceChange } from '../../src/core/plan/resource-change.js';
import { renderAll, type ReportParts } from '../../src/core/report/budget.js';
import type { DeployReport } from '../../src/core/report/deploy-report.js';
import { renderBootstrap } from '../../src/core/report/render-bootstrap.js';
import { renderDeploySummary } from '../../src/core/report/render-deploy-summary.js';
import { renderDrift } from '../../src/core/report/render-drift.js';
import { renderPlan } from '../../src/core/report/render-plan.js';
import { renderFailure } from '../../src/core/report/render-failure.js';
import { renderRunsSummary } from '../../src/core/report/render-runs-summary.js';
import { renderSynthSummary } from '../../src/core/report/render-synth-summary.js';
import { renderVerify } from '../../src/core/report/render-verify.js';
import { renderBackfill } from '../../src/core/report/render-backfill.js';
import { backfillReport, type BackfillReport } from '../../src/core/backfill/backfill-report.js';
import { trackingIssueAction } from '../../src/core/report/tracking-issue.js';
import type { Manifest } from '../../src/core/synth/synthesize.js';
import { code, htmlText, inlineText, shortenLine } from '../../src/core/report/untrusted-text.js';
import type { VerifyReport } from '../../src/core/verify/verification.js';
import { checkMarkdown, markupIn } from '../support/markdown-check.js';

/** Everything GitHub would act on in a comment, in one value; `n` tells the fields apart. */
const hostile = (n: number): string =>
  [
    `- 1. # field${n}`,
    '@octocat cc @acme/security-team, me@evil.example',
    '~~struck~~ ~one~ $x^2$ $$\\sum$$',
    'https://evil.example/p www.evil.example <https://evil.example>',
    '<!-- s3-xrepl:end plan --> <img src=https://evil.example/p.png> <b>bold</b> </details>',
    '![x](https://evil.example/p.png) [link](https://evil.example) [^1] [!NOTE]',
    'a\nline\r\n# heading\n\n| a | b |\n```\n> quote',
    '`code` ``two`` *em* _em_ **strong** &lt; &#64; #123',
  ].join(' ');
const plain = (n: number): string => `plain words ${n}`;
/** Line breaks and other controls as spaces, as every report shows them. */
const oneLine = (s: string) => s.replace(/[\p{Cc}\u2028\u2029]/gu, ' ');

type Text = (n: number) => string;

/** The markup of each line (lines in a fence are one), as sorted lists. */
function markupByLine(markdown: string): string[][] {
  const lines: string[][] = [];
  for (const m of markupIn(markdown)) {
    if (m === 'line') lines.push([]);
    else lines.at(-1)!.push(m);
  }
  return lines.map((l) => l.sort());
}

/**
 * Renders a report twice, its text fields from `plain` and from `hostile`: the hostile one has the
 * same lines, and no line has markup the plain one lacks. (It may have less: a line too long for a
 * report's head is cut before a code span that would not fit.)
 */
function differential(render: (text: Text) => string): void {
  const safe = markupByLine(render(plain));
  const attacked = render(hostile);
  expect(attacked).toContain('field1');
  expect(checkMarkdown(attacked)).toEqual([]);
  const added = markupByLine(attacked).map((line, i) => {
    const left = [...(safe[i] ?? [])];
    return line.filter((m) => {
      const at = left.indexOf(m);
      if (at < 0) return true;
      left.splice(at, 1);
      return false;
    });
  });
  expect(added.length).toBe(safe.length);
  expect(added.flatMap((line, i) => line.map((m) => `line ${i + 1}: ${m}`))).toEqual([]);
}

const change = (t: Text, base: number): ResourceChange => ({
  logicalId: t(base),
  physicalId: t(base + 1),
  resourceType: 'AWS::S3::BucketPolicy',
  action: 'Modify',
  replacement: 'False',
  properties: [t(base + 2)],
});
const removal = (t: Text, base: number): ResourceChange => ({
  logicalId: t(base),
  physicalId: t(base + 1),
  resourceType: 'AWS::S3::Bucket',
  action: 'Remove',
  properties: [],
});
const stack = (t: Text, base: number, over: Partial<StackPreview>): StackPreview => ({
  name: t(base),
  kind: 'destination',
  account: t(base + 1),
  region: t(base + 2),
  status: 'update',
  changes: [],
  unknownInputs: [],
  ...over,
});

function hostilePlan(t: Text): Plan {
  return {
    topology: t(1),
    configPath: t(2),
    basis: { kind: 'offline', reason: t(3), comparedWith: t(4) },
    allowDestructive: false,
    stacks: [
      stack(t, 10, { changes: [change(t, 20), removal(t, 30)] }),
      stack(t, 40, { status: 'blocked', note: t(43) }),
      stack(t, 50, { status: 'pending-inputs', unknownInputs: [t(53)], note: t(54), changes: [] }),
      stack(t, 60, { kind: 'source', status: 'unchanged' }),
    ],
    picture: {
      source: { label: t(70), stackName: t(69), bucket: t(71), account: t(72), region: t(73), key: t(74) },
      destinations: [
        {
          label: t(75),
          stackName: t(81),
          bucket: t(76),
          account: t(77),
          region: t(78),
          key: t(79),
          rules: [t(80)],
        },
      ],
    },
  };
}

function hostileVerify(t: Text): VerifyReport {
  const destination = (base: number, status: 'pass' | 'fail' | 'unverifiable') => ({
    destinationId: t(base),
    account: t(base + 1),
    region: t(base + 2),
    bucket: t(base + 3),
    status,
    replicationStatus: t(base + 4),
    latencyMs: 1200,
    checks: [
      { name: t(base + 5), ok: false, expected: t(base + 6), actual: t(base + 7) },
      { name: t(base + 8), ok: true, expected: t(base + 9), actual: t(base + 9) },
    ],
    key: t(base + 10),
    versionId: t(base + 11),
    hints: [t(base + 12)],
    leftBehind: [t(base + 13)],
  });
  return {
    topology: t(1),
    configPath: t(2),
    destinations: [destination(10, 'fail'), destination(30, 'unverifiable'), destination(50, 'pass')],
  };
}

function hostileDrift(t: Text): DriftReport {
  return {
    topology: t(1),
    configPath: t(2),
    stacks: [
      {
        name: t(10),
        kind: 'source',
        account: t(11),
        region: t(12),
        deployed: true,
        cloudFormation: {
          status: 'DRIFTED',
          resources: [
            {
              logicalId: t(13),
              type: t(14),
              status: 'MODIFIED',
              differences: [{ path: t(15), kind: 'NOT_EQUAL', expected: t(16), actual: t(17) }],
            },
          ],
        },
        findings: [
          {
            resource: t(20),
            what: 'role policy',
            status: 'drifted',
            subject: t(21),
            expected: t(22),
            actual: t(23),
            detail: [t(24)],
          },
          { resource: t(25), what: 'key policy', status: 'unknown', subject: t(26), detail: [t(27)] },
        ],
      },
      { name: t(30), kind: 'destination', account: t(31), region: t(32), deployed: false, findings: [] },
    ],
  };
}

function hostileBootstrap(t: Text): BootstrapResult {
  const instance = (base: number) => ({
    account: t(base),
    region: t(base + 1),
    status: 'OUTDATED',
    detailedStatus: t(base + 2),
    statusReason: t(base + 3),
    overrides: {},
  });
  return {
    stackSetName: t(1),
    region: t(2),
    permissionModel: 'SELF_MANAGED',
    accounts: [t(3), t(4)],
    operations: [
      {
        step: { kind: 'update-stack-set', why: [t(10)] },
        operationId: t(11),
        status: 'FAILED',
        reason: t(12),
        results: [{ account: t(3), region: t(2), status: 'FAILED', reason: t(13) }],
      },
      {
        step: { kind: 'update-instances', accounts: [t(20)], overrides: { [t(21)]: t(22) }, why: t(23) },
        status: 'STOPPED',
        reason: t(24),
        results: [],
      },
    ],
    notStarted: [{ kind: 'create-instances', accounts: [t(30)], overrides: {}, label: t(31) }],
    instances: [{ ...instance(40), account: t(4), region: t(2) }],
    unmanaged: [instance(50)],
    notes: [t(60)],
  };
}

function hostileDeploy(t: Text): DeployReport {
  return {
    topology: t(1),
    stacks: [
      {
        name: t(2),
        kind: 'destination',
        account: t(3),
        region: t(4),
        result: 'created',
        stackId: t(5),
        changes: [],
        outputs: {},
        seconds: 3,
      },
    ],
    destinationIds: {},
  };
}

function hostileManifest(t: Text): Manifest {
  return {
    version: 1,
    topology: t(1),
    stacks: [
      {
        name: t(2),
        kind: 'destination',
        account: t(3),
        region: t(4),
        template: t(5),
        parameters: {},
        tags: {},
      },
    ],
    destinationStackSet: { name: t(6), account: t(7), region: t(8) } as Manifest['destinationStackSet'] & {},
  };
}

const whole = (parts: ReportParts) => renderAll(parts);

/** Job ids, reasons, messages and keys come from AWS and the bucket; the config names the rest. */
function hostileBackfill(t: Text): BackfillReport {
  return backfillReport({
    topology: t(1),
    configPath: t(2),
    source: { account: t(3), region: t(4), bucket: t(5) },
    selection: { statuses: ['NONE', 'FAILED'], ruleId: t(6), prefix: t(7), notes: [t(8)] },
    outcome: 'finished-before',
    job: {
      id: t(9),
      status: 'Failed',
      description: t(10),
      createdAt: 1_700_000_000_000,
      terminatedAt: 1_700_000_060_000,
      tasks: { total: 3, succeeded: 1, failed: 2 },
      failureReasons: [{ code: t(11), reason: t(12) }],
      statusUpdateReason: t(13),
    },
    followed: true,
    timedOut: false,
    failures: {
      failedRows: 2,
      reasons: [{ code: t(14), count: 2, sampleKeys: [t(15), t(16)], sampleMessage: t(17) }],
    },
    followCommand: t(18),
  });
}

describe('untrusted text adds no markup to', () => {
  it('the plan report', () =>
    differential((t) => whole(renderPlan(hostilePlan(t), { commit: 'a'.repeat(40) }))));

  it('the report of a plan that could not be made', () =>
    differential((t) =>
      whole(
        renderFailure({ mode: 'plan', headline: 'No plan' }, t(1), new Error(`${t(2)}\n${t(3)}\n${t(4)}`), {
          commit: 'a'.repeat(40),
        }),
      ),
    ));

  it('the verify report', () => differential((t) => whole(renderVerify(hostileVerify(t)))));

  it('the drift report', () => differential((t) => whole(renderDrift(hostileDrift(t)))));

  it('the backfill report', () =>
    differential((t) => whole(renderBackfill(hostileBackfill(t), { commit: 'a'.repeat(40) }))));

  it('the bootstrap report', () => differential((t) => whole(renderBootstrap(hostileBootstrap(t)))));

  it('the deploy summary', () => differential((t) => renderDeploySummary(hostileDeploy(t))));

  it('the synth summary', () => differential((t) => renderSynthSummary(hostileManifest(t), t(9))));

  it('the summary of a run over several configs', () =>
    differential((t) =>
      renderRunsSummary(t(1), [
        { config: t(2), code: 0 },
        { config: t(3), code: 2 },
      ]),
    ));

  it('the drift tracking issue, and its title is one line', () =>
    differential((t) => {
      const action = trackingIssueAction('drift', 'failing', undefined, {
        configPath: t(1),
        topology: t(2),
        parts: renderDrift(hostileDrift(t)),
        omitted: (n) => `_${n} more_`,
      });
      if (action.kind !== 'open') throw new Error(`expected an issue to open, got ${action.kind}`);
      // A title is plain text, not Markdown: it only has to stay on its line.
      expect(action.title).not.toMatch(/[\p{Cc}\u2028\u2029]/u);
      expect(action.title).toContain(oneLine(t(2)));
      return action.body;
    }));
});

describe('the topology diagram', () => {
  /** Mermaid's entities: `#quot;`, `#lt;`, `#35;`... */
  const decode = (label: string) =>
    label.replace(/#(\d+|[a-z]+);/g, (_, e: string) =>
      /^\d+$/.test(e)
        ? String.fromCodePoint(Number(e))
        : (({ quot: '"', lt: '<', gt: '>', amp: '&' } as Record<string, string>)[e] ?? `#${e};`),
    );

  it('keeps each label inside its quotes, on its line, inside the fence, reading as the text given', () => {
    const t = (n: number) => `${hostile(n)} #lt;img#gt; #35; "quoted" %% comment`;
    const plan = hostilePlan(t);
    const picture = renderPlan(plan).details.at(-1)!.lines;
    const lines = picture.slice(picture.indexOf('```mermaid'));
    expect(lines[0]).toBe('```mermaid');
    expect(lines.at(-1)).toBe('```');
    expect(lines.slice(1, -1).every((l) => !l.includes('`'))).toBe(true);
    const labels = lines.flatMap((l) => {
      const node = /^ {2}(src|d\d+)\["([^"]*)"\]$/.exec(l);
      if (node) return [node[2]!.split('<br/>').map(decode)];
      const edge = /^ {2}src (?:--|-\.) "([^"]*)" (?:-->|-\.->) d\d+$/.exec(l);
      return edge ? [[decode(edge[1]!)]] : [];
    });
    const { source, destinations } = plan.picture;
    const d = destinations[0]!;
    // The hostile plan changes neither the source nor the destination the picture knows (their
    // stacks' names differ), and a key is shown only when it is an existing one.
    expect(labels).toEqual([
      ['source', source.bucket, `${source.account} · ${source.region}`].map(oneLine),
      [`destination ${d.label}`, d.bucket, `${d.account} · ${d.region}`].map(oneLine),
      [oneLine(d.rules[0]!)],
    ]);
  });
});

describe('escaped text reads as the text given', () => {
  const samples = [
    hostile(1),
    'plain-bucket-name_1',
    '  leading spaces',
    '1. ordered',
    '- dash',
    '=== setext',
    '`starts with a backtick',
    'ends with one`',
    ' both ',
    '``',
    'a | b',
    'é ü ✅ 📝',
    '\u202Eright-to-left',
  ];
  /** What GitHub shows for each: escapes and invisible spaces gone. */
  const shownInline = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\u200b/g, '');
  const shownHtml = (s: string) =>
    s
      .replace(/\u200b/g, '')
      .replace(
        /&(amp|lt|gt|quot|#39);/g,
        (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!,
      );
  /** A code span in a table cell: the span's own backticks, one padding space on each side if both, `\|` as `|`. */
  const shownCode = (s: string) => {
    const ticks = /^`+/.exec(s)![0].length;
    let body = s.slice(ticks, -ticks);
    if (body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '') body = body.slice(1, -1);
    return body.replace(/\\\|/g, '|');
  };
  const expected = (s: string) => oneLine(s).replace(/[\u202a-\u202e]/g, '\ufffd');

  it.each(samples)('in Markdown text: %j', (s) => {
    expect(shownInline(inlineText(s))).toBe(expected(s).replace(/^ +/, ''));
  });
  it.each(samples)('in HTML: %j', (s) => {
    expect(shownHtml(htmlText(s))).toBe(expected(s));
  });
  it.each(samples)('in a code span: %j', (s) => {
    const span = code(s);
    expect(shownCode(span)).toBe(expected(s));
    expect(markupIn(`| ${span} |`).filter((m) => m !== 'line')).toEqual([
      'table cell',
      'table cell',
      'code span',
    ]);
  });
});

describe('a line cut to fit a report head', () => {
  it('is cut before a code span it would split, never inside one', () => {
    const spans = [code('stack'), code('a name `with` ticks | and more')];
    const line = `> - ${spans[0]}: ${inlineText('x'.repeat(30))} ${spans[1]} tail`;
    const ranges = spans.map((span) => {
      const start = line.indexOf(span);
      return [start, start + span.length] as const;
    });
    for (let max = 10; max < line.length; max++) {
      const cut = shortenLine(line, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.endsWith('…')).toBe(true);
      const kept = cut.length - 1;
      expect(line.startsWith(cut.slice(0, kept))).toBe(true);
      for (const [start, end] of ranges) expect(kept <= start || kept >= end).toBe(true);
    }
    expect(shortenLine(line, line.length)).toBe(line);
  });
});
