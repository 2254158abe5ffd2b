import type { DeployReport } from './deploy-report.js';
import { anythingChanged } from './deploy-report.js';
import { code, inlineText } from './untrusted-text.js';

/** Job-summary Markdown for a deploy. */
export function renderDeploySummary(r: DeployReport): string {
  const verdict = anythingChanged(r)
    ? `${r.stacks.filter((s) => s.result !== 'unchanged').length} of ${r.stacks.length} stacks changed`
    : `no changes in ${r.stacks.length} stacks`;
  const rows = r.stacks.map(
    (s, i) =>
      `| ${i + 1} | ${code(s.name)} | ${s.kind} | ${inlineText(s.account)} | ${inlineText(s.region)} | ${s.result} | ${s.changes.length} | ${s.seconds.toFixed(0)} s |`,
  );
  return [
    `### s3-xrepl deploy: ${inlineText(r.topology)} — ${verdict}`,
    '',
    '| # | Stack | Kind | Account | Region | Result | Resource changes | Time |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
