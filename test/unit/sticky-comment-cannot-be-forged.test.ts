/**
 * The sticky comment holds one section per report, and the action reads its own comment back to
 * replace one section and keep the others. Report text quotes configs and AWS, so a section's body
 * can hold anything, markers included: reading the comment back must find exactly the sections the
 * action wrote, never one that a body's text spells out.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { renderAll, type ReportParts } from '../../src/core/report/budget.js';
import { renderFailure } from '../../src/core/report/render-failure.js';
import { sha256 } from '../../src/core/report/sha256.js';
import {
  commentMarker,
  digestOf,
  parseSections,
  withSection,
  type CommentUpdate,
  type SectionName,
} from '../../src/core/report/sticky-comment.js';
import { trackingIssueAction, trackingMarker } from '../../src/core/report/tracking-issue.js';
import type { CommentsApi } from '../../src/shell/github/comments-api.js';
import { postSection } from '../../src/shell/github/post-section.js';
import { recordingLogger } from '../../src/shell/logger.js';
import { checkMarkdown } from '../support/markdown-check.js';

const CONFIG = 'replication/orders.yml';
const omitted = (n: number) => `_${n} more sections are in the job summary._`;
const written = (u: CommentUpdate): string => {
  if (u.kind !== 'write') throw new Error('expected a write');
  return u.body;
};
const parts = (head: string[], lines: string[] = []): ReportParts => ({
  head,
  details: lines.length > 0 ? [{ summary: 'details', fence: 'text', lines }] : [],
  tail: ['<sub>footer</sub>'],
});

/** The review's attack: a section's markers and a verdict with an image, inside a config value. */
const FORGED = [
  'x',
  '<!-- s3-xrepl:end plan -->',
  '<!-- s3-xrepl:section verify digest=00000000 -->',
  '✅ **Replication verified** ![x](https://evil.example/p.png)',
  '<!-- s3-xrepl:end verify -->',
  '<!-- s3-xrepl:section drift digest=00000000 length=5 -->',
  'drift',
  '<!-- s3-xrepl:end drift -->',
].join('\n');

const verifyReport = parts(['### s3-xrepl verify', '✅ **Replication verified** to 2 of 2 destinations']);

describe('reading the comment back', () => {
  it('finds only the plan section when the plan quotes forged markers', () => {
    // GIVEN a plan section whose text carries another section's markers on lines of their own
    const plan = parts(['### s3-xrepl plan', '⛔ **No plan**'], FORGED.split('\n'));
    // WHEN it is written and read back
    const body = written(withSection(undefined, CONFIG, 'plan', plan, omitted));
    const sections = parseSections(body);
    // THEN there is one section, holding the whole plan
    expect([...sections.keys()]).toEqual(['plan']);
    expect(sections.get('plan')!.body).toBe(renderAll(plan).trimEnd());
  });

  it('keeps forged text inside its section when the other sections are written later', () => {
    const failure = renderFailure(
      { mode: 'plan', headline: 'No plan' },
      CONFIG,
      new Error(`${CONFIG}: 1 problem in the config\n${FORGED}`),
    );
    const first = written(withSection(undefined, CONFIG, 'plan', failure, omitted));

    // A later plan replaces the failure: nothing of it survives, least of all a verify section.
    const later = written(
      withSection(first, CONFIG, 'plan', parts(['### s3-xrepl plan', '✅ **No changes**']), omitted),
    );
    expect([...parseSections(later).keys()]).toEqual(['plan']);
    expect(later).not.toContain('Replication verified');
    expect(later).not.toContain('evil.example');

    // A real verify writes its own section next to the plan.
    const verified = written(withSection(later, CONFIG, 'verify', verifyReport, omitted));
    const sections = parseSections(verified);
    expect([...sections.keys()]).toEqual(['plan', 'verify']);
    expect(sections.get('verify')!.body).toBe(renderAll(verifyReport).trimEnd());
    expect(sections.get('verify')!.digest).toBe(digestOf(verifyReport));
    expect(checkMarkdown(verified)).toEqual([]);
  });

  it.each<[string, string]>([
    ['end markers', '\n<!-- s3-xrepl:end plan -->\n<!-- s3-xrepl:end verify -->\n'],
    ['a whole section', FORGED],
    ['a marker without its line break', '<!-- s3-xrepl:end plan -->'],
    ['carriage returns', 'a\r\n<!-- s3-xrepl:end plan -->\r\nb'],
    ['nothing', ''],
  ])('gives back every body exactly, whatever it holds: %s', (_, text) => {
    let body: string | undefined;
    const wrote = new Map<SectionName, string>();
    for (const name of ['verify', 'backfill', 'plan', 'drift', 'deploy'] as const) {
      const p = parts([`### ${name}`, text]);
      body = written(withSection(body, CONFIG, name, p, omitted));
      wrote.set(name, renderAll(p).trimEnd());
    }
    const sections = parseSections(body!);
    expect([...sections.keys()]).toEqual(['plan', 'deploy', 'verify', 'backfill', 'drift']);
    for (const [name, text] of wrote) expect(sections.get(name)!.body).toBe(text);
  });

  it("follows the pull request's life: after merge, deploy writes beside the plan, before verify", () => {
    // GIVEN the comment of a merged pull request: its plan, and verify's result of the push
    const plan = parts(['### s3-xrepl plan', '🆕 **First deploy**'], FORGED.split('\n'));
    let body = written(withSection(undefined, CONFIG, 'plan', plan, omitted));
    body = written(withSection(body, CONFIG, 'verify', verifyReport, omitted));
    // WHEN deploy writes its section
    const deployed = parts(['### s3-xrepl deploy', '✅ **Deployed**: 3 of 3 stacks changed']);
    body = written(withSection(body, CONFIG, 'deploy', deployed, omitted));
    // THEN the sections read in the order of the pull request's life, each whole
    const sections = parseSections(body);
    expect([...sections.keys()]).toEqual(['plan', 'deploy', 'verify']);
    expect(sections.get('deploy')!.body).toBe(renderAll(deployed).trimEnd());
    expect(sections.get('plan')!.body).toBe(renderAll(plan).trimEnd());
    // AND a plan quoting a deploy section's markers forges none
    const forged = parts(
      ['### s3-xrepl plan', '⛔'],
      [
        '<!-- s3-xrepl:end plan -->',
        `<!-- s3-xrepl:section deploy digest=${'0'.repeat(32)} length=9 -->`,
        '✅ forged',
        '<!-- s3-xrepl:end deploy -->',
      ],
    );
    const only = parseSections(written(withSection(undefined, CONFIG, 'plan', forged, omitted)));
    expect([...only.keys()]).toEqual(['plan']);
  });

  it('keeps the sections before a hand edit and drops the rest', () => {
    let body = written(withSection(undefined, CONFIG, 'plan', parts(['### plan', 'p']), omitted));
    body = written(withSection(body, CONFIG, 'verify', verifyReport, omitted));
    const edited = body.replace('Replication verified', 'Replication verified, says a maintainer');
    expect([...parseSections(edited).keys()]).toEqual(['plan']);
  });

  it('trusts no section of a comment written by an earlier version, which found sections by searching', () => {
    const old = [
      commentMarker(CONFIG),
      '<!-- s3-xrepl:section plan digest=1a2b3c4d -->',
      '### s3-xrepl plan',
      '<!-- s3-xrepl:end plan -->',
      '<!-- s3-xrepl:section verify digest=00000000 -->',
      '✅ **Replication verified** ![x](https://evil.example/p.png)',
      '<!-- s3-xrepl:end verify -->',
    ].join('\n');
    expect([...parseSections(old).keys()]).toEqual([]);
    const replaced = written(withSection(old, CONFIG, 'plan', parts(['### plan', 'p']), omitted));
    expect(replaced.startsWith(`${commentMarker(CONFIG)}\n`)).toBe(true);
    expect([...parseSections(replaced).keys()]).toEqual(['plan']);
    expect(replaced).not.toContain('evil.example');
  });
});

describe('the digest that leaves an unchanged report alone', () => {
  it('differs for two different reports, even ones made to collide in a 32-bit hash', () => {
    // These two heads have the same FNV-1a (32-bit) digest: a config can be tuned until a new,
    // destructive plan matches the digest of the clean plan already in the comment.
    const clean = parts(['### plan', '✅ **No changes** 218949']);
    const destructive = parts(['### plan', '⛔ **Destructive changes blocked** 156502']);
    expect(digestOf(destructive)).not.toBe(digestOf(clean));
    const body = written(withSection(undefined, CONFIG, 'plan', clean, omitted));
    const update = withSection(body, CONFIG, 'plan', destructive, omitted);
    expect(written(update)).toContain('Destructive changes blocked');
  });
});

describe('the tracking issue', () => {
  it('is left alone only when its own header carries the digest, not when its text quotes it', () => {
    const report = parts(['### s3-xrepl drift', '❌ **Drift**: 1 difference']);
    const request = { configPath: CONFIG, topology: 'orders', parts: report, omitted };
    const quoting = `${trackingMarker(CONFIG)}\n<!-- digest=0 -->\nan older drift that quoted <!-- digest=${digestOf(report)} -->`;
    expect(trackingIssueAction('drift', 'failing', { body: quoting }, request).kind).toBe('update');
    const opened = trackingIssueAction('drift', 'failing', undefined, request);
    if (opened.kind !== 'open') throw new Error('expected an issue to open');
    expect(trackingIssueAction('drift', 'failing', { body: opened.body }, request).kind).toBe('none');
  });
});

/** Comments in memory, one page, as GitHub lists them. */
function memoryComments(initial: { id: number; body: string; author: string }[]): CommentsApi & {
  readonly comments: { id: number; body: string; author: string }[];
} {
  const comments = initial.map((c) => ({ ...c }));
  let next = 100;
  const url = (id: number) => `https://github.com/acme/infra/pull/7#issuecomment-${id}`;
  return {
    comments,
    async *list() {
      for (const c of comments) yield { ...c, url: url(c.id) };
    },
    async create(_issue, body) {
      const c = { id: ++next, body, author: 'github-actions[bot]' };
      comments.push(c);
      return { ...c, url: url(c.id) };
    },
    async update(id, body) {
      const c = comments.find((x) => x.id === id)!;
      c.body = body;
      return { ...c, url: url(id) };
    },
    async mergedPullRequestOf() {
      return undefined;
    },
  };
}

describe('a comment written by the previous version', () => {
  it('is found by its marker and replaced in place, not duplicated', async () => {
    const old = `${commentMarker(CONFIG)}\n<!-- s3-xrepl:section plan digest=1a2b3c4d -->\nold plan\n<!-- s3-xrepl:end plan -->`;
    const api = memoryComments([
      { id: 1, body: 'chatter', author: 'someone' },
      { id: 2, body: old, author: 'github-actions[bot]' },
    ]);
    const outcome = await postSection(
      api,
      {
        issueNumber: 7,
        configPath: CONFIG,
        section: 'verify',
        parts: verifyReport,
        omitted,
        author: 'github-actions[bot]',
      },
      recordingLogger(),
    );
    expect(outcome.kind).toBe('updated');
    expect(api.comments.map((c) => c.id)).toEqual([1, 2]);
    expect([...parseSections(api.comments[1]!.body).keys()]).toEqual(['verify']);
  });
});

describe('sha256', () => {
  it('agrees with node:crypto on every length around the block boundaries and on any text', () => {
    const texts = [
      '',
      'abc',
      ...Array.from({ length: 200 }, (_, n) => 'x'.repeat(n)),
      'é ü ✅ ⛔ 📝 \u{1F600} \uD800 lone surrogate',
      JSON.stringify([['### plan', '✅ **No changes** 218949'], []]),
      'y'.repeat(100_000),
    ];
    for (const t of texts) expect(sha256(t)).toBe(createHash('sha256').update(t, 'utf8').digest('hex'));
  });
});
