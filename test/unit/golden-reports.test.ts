/**
 * The reports a reviewer meets (test/support/report-scenarios.ts: a first deploy, a safe, a risky
 * and a destructive change blocked and allowed, no changes, the deploy after a first plan, a
 * failed verify, a drift), committed under test/golden-reports/ as the Markdown GitHub gets and the
 * text a terminal shows, so every change to a report shows up in review as a diff. Look at them
 * as GitHub draws them with `npm run render-reports`; regenerate with UPDATE_GOLDEN=1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAll, renderWithin, COMMENT_LIMIT } from '../../src/core/report/budget.js';
import { renderTerminal } from '../../src/core/report/terminal.js';
import { REPO_ROOT } from '../support/examples.js';
import { checkMarkdown, withoutFences } from '../support/markdown-check.js';
import { GOLDEN_REPORTS } from '../support/report-scenarios.js';

const DIR = join(REPO_ROOT, 'test', 'golden-reports');
const update = process.env.UPDATE_GOLDEN === '1';
const NAMES = Object.keys(GOLDEN_REPORTS);

const rendered = new Map(
  NAMES.map((name) => {
    const parts = GOLDEN_REPORTS[name]!();
    return [
      name,
      { parts, markdown: renderAll(parts), text: renderTerminal(parts, { color: false, width: 120 }) },
    ];
  }),
);

if (update) {
  mkdirSync(DIR, { recursive: true });
  for (const [name, r] of rendered) {
    writeFileSync(join(DIR, `${name}.md`), r.markdown);
    writeFileSync(join(DIR, `${name}.txt`), r.text);
  }
}

/**
 * A template expression where a value should be: an intrinsic function, a condition or pseudo
 * parameter, a `${…}` substitution, or CloudFormation's own "known after apply".
 */
const TEMPLATE_EXPRESSION =
  /Fn::|"Ref"|\bRef\b:|AWS::NoValue|AWS::(AccountId|Region|Partition|URLSuffix)|\$\{|KNOWN_AFTER_APPLY|\{\{changeSet/;

describe.each(NAMES)('the %s report', (name) => {
  const r = () => rendered.get(name)!;

  it('is the committed Markdown, byte for byte', () => {
    expect(existsSync(join(DIR, `${name}.md`))).toBe(true);
    expect(r().markdown).toBe(readFileSync(join(DIR, `${name}.md`), 'utf8'));
  });

  it('is the committed terminal text, byte for byte', () => {
    expect(r().text).toBe(readFileSync(join(DIR, `${name}.txt`), 'utf8'));
  });

  it('is well-formed Markdown that fits a pull request comment', () => {
    expect(checkMarkdown(r().markdown)).toEqual([]);
    expect(renderWithin(r().parts, COMMENT_LIMIT, (n) => `_${n} more_`).length).toBeLessThanOrEqual(
      COMMENT_LIMIT,
    );
  });

  it('shows values, never a template expression, in Markdown or on a terminal', () => {
    expect(r().markdown).not.toMatch(TEMPLATE_EXPRESSION);
    expect(r().text).not.toMatch(TEMPLATE_EXPRESSION);
  });

  it('opens with its verdict, and puts any danger before its tables', () => {
    const lines = r().markdown.split('\n');
    expect(lines[0]).toMatch(/^### s3-xrepl (plan|deploy|verify|drift) · /);
    expect(lines[2]).toMatch(/^(✅|📝|🆕|⚠️|⛔|🚨|❌|❔) \*\*/);
    const head = withoutFences(r().markdown);
    const danger = head.search(/> \[!(CAUTION|WARNING)\]/);
    const firstTable = head.search(/^\| # \| Stack \|/m);
    if (danger >= 0 && name.startsWith('plan-')) expect(danger).toBeLessThan(firstTable);
  });
});

it("draws every picture so that Mermaid's own parser reads it", () => {
  const diagrams = [...rendered.values()].flatMap((r) =>
    [...r.markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!),
  );
  // The plans that change something have a picture; no changes, no picture.
  expect(diagrams.length).toBe(NAMES.filter((n) => n.startsWith('plan-') && n !== 'plan-no-changes').length);
  const errors = JSON.parse(
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'parse-mermaid.mjs')], {
      input: JSON.stringify(diagrams),
      encoding: 'utf8',
      timeout: 60_000,
    }),
  ) as (string | null)[];
  expect(errors).toEqual(diagrams.map(() => null));
}, 90_000);

it("rejects a broken picture, so a pass means Mermaid's parser read it", () => {
  const errors = JSON.parse(
    execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'parse-mermaid.mjs')], {
      input: JSON.stringify(['flowchart LR\n  a["unclosed --> b']),
      encoding: 'utf8',
      timeout: 60_000,
    }),
  ) as (string | null)[];
  expect(errors[0]).toMatch(/Parse error/);
}, 90_000);
