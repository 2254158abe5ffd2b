import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadTopology } from '../../src/core/load-topology.js';
import { offlinePlan } from '../../src/core/plan/offline-plan.js';
import { summarizePlan, type Plan } from '../../src/core/plan/plan.js';
import {
  COMMENT_LIMIT,
  renderAll,
  renderDetail,
  renderWithin,
  type Detail,
  type ReportParts,
} from '../../src/core/report/budget.js';
import { planVerdict, renderPlan } from '../../src/core/report/render-plan.js';
import {
  commentMarker,
  digestOf,
  parseSections,
  withSection,
  type CommentUpdate,
} from '../../src/core/report/sticky-comment.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { checkMarkdown, htmlTags, withoutFences } from '../support/markdown-check.js';
import { PER_RULE_ALARMS_OFF, syntheticConfig } from '../support/synthetic-config.js';

/** Deterministic pseudo-random numbers, so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const omitted = (n: number) =>
  `_${n} more ${n === 1 ? 'section is' : 'sections are'} in the full plan, in the job summary._`;
const NOTE = /^_(\d+) more lines not shown here: see the job summary\._$/;

/** A shown `<details>` block: its summary, the lines it shows and how many it says it left out. */
interface ShownDetail {
  readonly summary: string;
  readonly lines: string[];
  readonly dropped: number;
}

/** The `<details>` blocks of a report, read back the way renderDetail writes them. */
function shownDetails(markdown: string): ShownDetail[] {
  const lines = markdown.split('\n');
  const out: ShownDetail[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '<details>' && lines[i] !== '<details open>') continue;
    const summary = /^<summary>(.*)<\/summary>$/.exec(lines[i + 1]!)![1]!;
    expect(lines[i + 2]).toBe('');
    let j = i + 3;
    const body: string[] = [];
    const fence = /^(`{3,})/.exec(lines[j]!)?.[1];
    if (fence) {
      for (j++; lines[j] !== fence; j++) body.push(lines[j]!);
      j++;
    } else {
      // Markdown lines, blank ones among them: up to the blank line that closes the block.
      for (; !(lines[j] === '' && lines[j + 1] === '</details>') && !NOTE.test(lines[j]!); j++)
        body.push(lines[j]!);
    }
    const note = NOTE.exec(lines[j]!);
    if (note) j++;
    expect([lines[j], lines[j + 1]]).toEqual(['', '</details>']);
    out.push({ summary, lines: body, dropped: note ? Number(note[1]) : 0 });
    i = j + 1;
  }
  return out;
}

/** What every cut report must be, whatever its parts and limit; says how it was cut. */
function expectWellCut(
  parts: ReportParts,
  limit: number,
  out: string,
): { shortened: boolean; omitted: number } {
  const whole = renderAll(parts);
  expect(checkMarkdown(whole)).toEqual([]);
  expect(checkMarkdown(out)).toEqual([]);
  expect(out.length).toBeLessThanOrEqual(limit);
  if (whole.length <= limit) expect(out).toBe(whole);
  expect(out.startsWith(`${parts.head.join('\n\n')}\n\n`)).toBe(true);
  expect(out.endsWith(`\n\n${parts.tail.join('\n\n')}\n`)).toBe(true);

  const shown = shownDetails(out);
  expect(shown.map((d) => d.summary)).toEqual(parts.details.slice(0, shown.length).map((d) => d.summary));
  shown.forEach((s, i) => {
    const d = parts.details[i]!;
    // Only the last detail shown may be shortened: a prefix of its lines, the rest counted.
    if (i < shown.length - 1) expect(s.dropped).toBe(0);
    expect(s.lines).toEqual(d.lines.slice(0, s.lines.length));
    expect(s.lines.length + s.dropped).toBe(d.lines.length);
  });
  const rest = parts.details.length - shown.length;
  const pointers = out.split('\n').filter((l) => /^_\d+ more sections? (is|are) in the full plan/.test(l));
  expect(pointers).toEqual(rest > 0 ? [omitted(rest)] : []);
  return { shortened: shown.some((d) => d.dropped > 0), omitted: rest };
}

function randomLine(random: () => number, fenced: boolean): string {
  const words = ['s3:ReplicateObject', '"Effect": "Allow",', 'arn:aws:s3:::bucket/*', '{', '}', 'x'];
  const tricky = fenced ? ['```', '````', '</details>', '<details>', '~~~'] : ['\\|', '\\<details\\>'];
  const n = Math.floor(random() * 12);
  const parts = Array.from({ length: n }, () =>
    random() < 0.1
      ? tricky[Math.floor(random() * tricky.length)]!
      : words[Math.floor(random() * words.length)]!,
  );
  const text = `${random() < 0.5 ? '+' : ' '}${parts.join(' ')}`;
  return fenced || text.trim() !== '' ? text : 'x';
}

function randomParts(random: () => number, limit: number): ReportParts {
  const headRoom = limit / 5;
  const head = [
    '### s3-xrepl plan · `synthetic` · config.yml',
    '📝 **3 of 21 stacks change**: 4 to modify.',
    ['```mermaid', 'flowchart LR', '  src --> d0', '```'].join('\n'),
    [
      '| # | Stack |',
      '|---|---|',
      ...Array.from({ length: Math.floor(random() * 10) }, (_, i) => `| ${i} | s${i} |`),
    ]
      .join('\n')
      .slice(0, headRoom),
  ];
  const details: Detail[] = Array.from({ length: Math.floor(random() * 40) }, (_, i) => {
    const fenced = random() < 0.7;
    const size = random() < 0.2 ? Math.floor(random() * 1_500) : Math.floor(random() * 80);
    return {
      summary: `<code>stack-${i}</code> · bucket policy of <code>R${i}</code>`,
      ...(fenced ? { fence: 'diff' } : {}),
      lines: Array.from({ length: size }, () => randomLine(random, fenced)),
    };
  });
  return { head, details, tail: ['<sub>Planned from commit `abcdef123456` · nothing was executed.</sub>'] };
}

describe('checkMarkdown', () => {
  it('accepts well-formed details, summaries and fences of any length', () => {
    const text = [
      '<details>',
      '<summary><code>a</code></summary>',
      '',
      '````diff',
      '```',
      '</details>',
      '````',
      '',
      '</details>',
      '',
      'Inline `<details>` and escaped \\<details\\> are text.',
      '~~~',
      '+ <details>',
      '~~~',
    ].join('\n');
    expect(checkMarkdown(text)).toEqual([]);
    expect(withoutFences(text).split('\n')).not.toContain('```');
    expect(htmlTags(text).map((t) => `${t.closing ? '/' : ''}${t.name}@${t.line}`)).toEqual([
      'details@1',
      'summary@2',
      '/summary@2',
      '/details@9',
    ]);
  });

  it.each([
    ['an unclosed fence', '```diff\n+a', /code fence opened on line 1 never closes/],
    ['a fence closed by a shorter one', '````\n```\n', /line 1 never closes/],
    [
      'a <details> swallowed by a fence',
      '```\n<details>\n```',
      /<details> inside the code fence opened on line 1/,
    ],
    ['an unclosed <details>', '<details>\n<summary>s</summary>\n', /<details> of line 1 never closes/],
    ['a stray </details>', 'text\n</details>', /line 2: <\/details> without <details>/],
    ['an unclosed <summary>', '<details>\n<summary>s\n</details>', /<summary> of line 2/],
    ['a <summary> outside details', '<summary>s</summary>', /outside any <details>/],
  ])('reports %s', (_what, text, problem) => {
    expect(checkMarkdown(text).join('\n')).toMatch(problem);
  });
});

describe('renderDetail', () => {
  const detail: Detail = {
    summary: '<code>s</code> · key policy of <code>K</code>',
    fence: 'diff',
    lines: Array.from({ length: 500 }, (_, i) => `+line ${i} ${'x'.repeat(i % 50)}`),
  };

  it('shortens to any size from the end, keeps the fence closed and says how much is left out', () => {
    let previous = 0;
    for (let max = 300; max <= 30_000; max += 997) {
      const text = renderDetail(detail, max)!;
      expect(text.length).toBeLessThanOrEqual(max);
      expect(checkMarkdown(text)).toEqual([]);
      const [shown] = shownDetails(text);
      expect(shown!.lines).toEqual(detail.lines.slice(0, shown!.lines.length));
      expect(shown!.lines.length + shown!.dropped).toBe(500);
      expect(shown!.lines.length).toBeGreaterThanOrEqual(previous);
      previous = shown!.lines.length;
    }
    expect(renderDetail(detail, 50)).toBeUndefined();
  });

  it('fences a body with a fence longer than any backtick run in it', () => {
    const text = renderDetail({ summary: 's', fence: 'diff', lines: ['+```', '-`````', ' ``'] })!;
    expect(text.split('\n')[3]).toBe('``````diff');
    expect(checkMarkdown(text)).toEqual([]);
  });
});

describe('renderWithin', () => {
  it.each([1_000, 4_000, 20_000, COMMENT_LIMIT])(
    'keeps random reports within %i characters, head and tail whole, the cut said',
    (limit) => {
      const random = seeded(limit);
      const seen = { whole: 0, shortened: 0, omitted: 0 };
      for (let round = 0; round < 25; round++) {
        const parts = randomParts(random, limit);
        const cut = expectWellCut(parts, limit, renderWithin(parts, limit, omitted));
        if (renderAll(parts).length <= limit) seen.whole++;
        if (cut.shortened) seen.shortened++;
        if (cut.omitted > 0) seen.omitted++;
      }
      // The cases must cover every way of cutting, or the checks above prove little.
      expect(Math.min(seen.whole, seen.shortened, seen.omitted)).toBeGreaterThan(0);
    },
    60_000,
  );

  it('shortens a single detail larger than the whole budget and closes it', () => {
    for (const lines of [2_000, 20_000]) {
      const parts: ReportParts = {
        head: ['### plan', '📝 **1 of 3 stacks change**'],
        details: [
          {
            summary:
              '<code>s3-xrepl-big-source</code> · replication rules of <code>SourceBucket</code> (new)',
            fence: 'diff',
            lines: Array.from({ length: lines }, (_, i) => `+      "Id": "rule-${i}", "Prefix": "p${i}/"`),
          },
        ],
        tail: ['<sub>Planned locally · nothing was executed.</sub>'],
      };
      const out = renderWithin(parts, COMMENT_LIMIT, omitted);
      expectWellCut(parts, COMMENT_LIMIT, out);
      const [shown] = shownDetails(out);
      expect(shown!.dropped).toBeGreaterThan(0);
      expect(out).toContain(
        `_${shown!.dropped} more lines not shown here: see the job summary._\n\n</details>`,
      );
      expect(out.length).toBeGreaterThan(COMMENT_LIMIT - 200);
    }
  });
});

function syntheticPlan(text: string, baseText: string | undefined): Plan {
  const load = (t: string) => {
    const loaded = loadTopology(t);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics).slice(0, 2_000));
    return loaded.topology;
  };
  const topology = load(text);
  return offlinePlan({
    topology,
    synthesis: synthesize(topology),
    base: baseText === undefined ? undefined : synthesize(load(baseText)),
    configPath: 'configs/synthetic.yml',
    allowDestructive: false,
    reason: 'a pull request from a fork gets no OIDC token',
    comparedWith: 'the base branch (main @ 1a2b3c4)',
  });
}

// A thousand rules need their per-rule alarms off to fit one stack (as synth says); the topic, its
// key and the failure events stay in the plan.
const SYNTHETIC: readonly [string, () => Plan][] = [
  // Every stack new: the whole permission chain of 21 accounts and a table of 1,000 rules.
  [
    '20 new destinations and 1,000 rules',
    () =>
      syntheticPlan(
        syntheticConfig({ destinations: 20, rules: 1_000, monitoring: PER_RULE_ALARMS_OFF }),
        undefined,
      ),
  ],
  // The base branch had other prefixes and two other bucket names: the 1,000 rules, both
  // destinations (replaced buckets) and their policies change.
  [
    '1,000 rules with other prefixes and two renamed buckets',
    () => {
      const text = syntheticConfig({ destinations: 20, rules: 1_000, monitoring: PER_RULE_ALARMS_OFF });
      const base = text
        .replace(/prefix: p(\d+)\//g, 'prefix: old-p$1/')
        .replace('synthetic-replica-3-bucket', 'synthetic-replica-3-old-bucket')
        .replace('synthetic-replica-11-bucket', 'synthetic-replica-11-old-bucket');
      return syntheticPlan(text, base);
    },
  ],
];

describe.each(SYNTHETIC)('an offline plan far over the comment limit: %s', (_name, build) => {
  let plan: Plan;
  let parts: ReportParts;
  let whole: string;
  beforeAll(() => {
    plan = build();
    parts = renderPlan(plan, {
      commit: '1a2b3c4d5e6f7a8b9c0d',
      runUrl: 'https://github.com/acme/s/actions/runs/1',
    });
    whole = renderAll(parts);
  }, 120_000);

  it('is far over the limit in whole, and well-formed', () => {
    expect(whole.length).toBeGreaterThan(2 * COMMENT_LIMIT);
    expect(checkMarkdown(whole)).toEqual([]);
  });

  it.each([COMMENT_LIMIT, 40_000, 20_000])(
    'fits %i characters with its head, warnings, table and tail',
    (limit) => {
      const out = renderWithin(parts, limit, omitted);
      expectWellCut(parts, limit, out);
      const head = withoutFences(out);
      expect(head.split('\n')[2]).toBe(planVerdict(plan));
      expect(head.includes('> [!CAUTION]')).toBe(summarizePlan(plan).destructive.length > 0);
      expect(head).toContain('> [!NOTE]\n> **Offline plan**');
      expect(head.split('\n').filter((l) => /^\| \d+ \| `s3-xrepl-synthetic-/.test(l))).toHaveLength(21);
      expect(out).toContain('Planned from commit `1a2b3c4d5e6f`');
      // What is cut is said: the last detail shown counts its missing lines, or a pointer counts the rest.
      const last = shownDetails(out).at(-1);
      const pointer = /_\d+ more sections are in the full plan, in the job summary\._/.test(out);
      expect(pointer || (last !== undefined && last.dropped > 0)).toBe(true);
    },
  );
});

it('blocks the renamed buckets of the 1,000-rule plan in its verdict', () => {
  expect(planVerdict(SYNTHETIC[1]![1]())).toMatch(
    /^⛔ \*\*Destructive changes blocked\*\*: 2 destructive changes/,
  );
});

describe('the sticky comment', () => {
  const CONFIG = 'configs/orders.yml';
  const detail = (name: string, lines: number): Detail => ({
    summary: `<code>${name}</code> · bucket policy of <code>Policy</code>`,
    fence: 'diff',
    lines: Array.from({ length: lines }, (_, i) => `+  "Sid": "${name}-${i}"`),
  });
  const report = (details: Detail[], commit = 'abc', head = ['### plan', '📝 **1 of 3 stacks change**']) => ({
    head,
    details,
    tail: [`<sub>Planned from commit \`${commit}\`</sub>`],
  });
  const written = (u: CommentUpdate): string => {
    expect(u.kind).toBe('write');
    return (u as { body: string }).body;
  };

  it('starts with the marker and holds the section between its own markers, framed by its length', () => {
    const parts = report([detail('a', 3)]);
    const body = written(withSection(undefined, CONFIG, 'plan', parts, omitted));
    expect(
      body.startsWith(
        `${commentMarker(CONFIG)}\n<!-- s3-xrepl:section plan digest=${digestOf(parts)} length=${renderAll(parts).trimEnd().length} -->\n`,
      ),
    ).toBe(true);
    expect(body.endsWith('\n<!-- s3-xrepl:end plan -->')).toBe(true);
    expect(parseSections(body).get('plan')).toEqual({
      digest: digestOf(parts),
      body: renderAll(parts).trimEnd(),
    });
    expect(checkMarkdown(body)).toEqual([]);
  });

  it('leaves the comment alone for the same report from another commit', () => {
    const body = written(withSection(undefined, CONFIG, 'plan', report([detail('a', 3)], 'abc'), omitted));
    expect(withSection(body, CONFIG, 'plan', report([detail('a', 3)], 'def'), omitted)).toEqual({
      kind: 'unchanged',
    });
    expect(digestOf(report([], 'abc'))).toBe(digestOf(report([], 'def')));
  });

  it('rewrites the section when a detail or the head changes', () => {
    const body = written(withSection(undefined, CONFIG, 'plan', report([detail('a', 3)]), omitted));
    const edited = written(withSection(body, CONFIG, 'plan', report([detail('a', 4)]), omitted));
    expect(edited).toContain('"Sid": "a-3"');
    expect(parseSections(edited).get('plan')!.digest).not.toBe(parseSections(body).get('plan')!.digest);
    const verdict = written(
      withSection(body, CONFIG, 'plan', report([detail('a', 3)], 'abc', ['### plan', '✅']), omitted),
    );
    expect(verdict).toContain('\n✅\n');
  });

  it.each([
    [COMMENT_LIMIT, 5_000],
    [COMMENT_LIMIT, 30_000],
    [20_000, 2_000],
    [20_000, 9_000],
  ])(
    'within %i characters, keeps a %i-character verify section when the plan is replaced',
    (limit, verifySize) => {
      const verify = report([detail('verify', Math.floor(verifySize / 25))], 'v', [
        '### verify',
        '✅ replication works',
      ]);
      const withVerify = written(withSection(undefined, CONFIG, 'verify', verify, omitted, limit));
      const verifyBody = parseSections(withVerify).get('verify')!;
      expect(verifyBody.body.length).toBeGreaterThan(verifySize * 0.8);

      const big = report(Array.from({ length: 60 }, (_, i) => detail(`plan-${i}`, 200)));
      const both = written(withSection(withVerify, CONFIG, 'plan', big, omitted, limit));
      expect(both.length).toBeLessThanOrEqual(limit);
      const sections = parseSections(both);
      expect([...sections.keys()]).toEqual(['plan', 'verify']);
      expect(sections.get('verify')).toEqual(verifyBody);
      expect(sections.get('plan')!.body).toMatch(/_\d+ more sections are in the full plan/);
      expect(checkMarkdown(both)).toEqual([]);

      // And the other way round: a new verify result keeps the plan.
      const again = written(
        withSection(both, CONFIG, 'verify', report([], 'w', ['### verify', '❌']), omitted, limit),
      );
      expect(parseSections(again).get('plan')).toEqual(sections.get('plan'));
    },
  );

  // BUG (src/core/report/sticky-comment.ts, withSection + budget.ts, renderWithin): a section is
  // cut to what the other sections leave, but renderWithin never cuts the head or tail; when a
  // verify section already fills the comment, the plan's head alone overflows and the comment
  // grows past GitHub's 65,536 characters (the update is then refused).
  it('stays within the limit when another section already fills the comment', () => {
    const verify = report([detail('verify', 5_000)], 'v', ['### verify', '✅ replication works']);
    const full = written(withSection(undefined, CONFIG, 'verify', verify, omitted));
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT - 300);
    const head = [
      '### plan',
      '📝 **3 of 21 stacks change**',
      `| # | Stack |\n|---|---|\n${'| 1 | s |\n'.repeat(60)}`,
    ];
    const both = written(withSection(full, CONFIG, 'plan', report([detail('p', 10)], 'abc', head), omitted));
    expect(both.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  });

  it.each(['my configs/orders.yml', 'a --> b.yml', 'x--!>y.yml', 'c<!-- d -->.yml', 'é t/ü.yml'])(
    'keeps the marker one HTML comment for the config path %j',
    (path) => {
      const marker = commentMarker(path);
      const m = /^<!-- s3-xrepl:comment config=(\S+) -->$/.exec(marker);
      expect(m).not.toBeNull();
      expect(decodeURIComponent(m![1]!)).toBe(path);
      expect(marker.indexOf('-->')).toBe(marker.length - 3);
      expect(marker.lastIndexOf('<!--')).toBe(0);
      expect(marker.slice(4, -3)).not.toMatch(/--!?>/);
      for (const other of ['orders.yml', `${path}.bak`, path.replace(/ /g, '%20')])
        if (other !== path) expect(commentMarker(other).startsWith(marker)).toBe(false);

      const body = written(withSection(undefined, path, 'plan', report([detail('a', 2)]), omitted));
      expect(body.startsWith(`${marker}\n`)).toBe(true);
      expect([...parseSections(body).keys()]).toEqual(['plan']);
      expect(withSection(body, path, 'plan', report([detail('a', 2)], 'zzz'), omitted)).toEqual({
        kind: 'unchanged',
      });
    },
  );
});
