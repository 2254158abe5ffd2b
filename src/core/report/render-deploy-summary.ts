import type { DeployedStack, DeployReport } from './deploy-report.js';
import { anythingChanged, deployFailed, wroteAnything } from './deploy-report.js';
import { code, inlineText } from './untrusted-text.js';

/** Job-summary Markdown for a deploy, also for one that stopped part-way: what was deployed and what was not. */
export function renderDeploySummary(r: DeployReport): string {
  const failures = r.stacks.filter((s) => s.failure !== undefined);
  const rows = r.stacks.map(
    (s, i) =>
      `| ${i + 1} | ${code(s.name)} | ${s.kind} | ${inlineText(s.account)} | ${inlineText(s.region)} | ${resultText(s)} | ${s.result === 'not-deployed' || s.result === 'failed' ? '–' : s.changes.length} | ${s.result === 'not-deployed' ? '–' : `${s.seconds.toFixed(0)} s`} |`,
  );
  return [
    `### s3-xrepl deploy: ${inlineText(r.topology)} — ${verdict(r)}`,
    '',
    '| # | Stack | Kind | Account | Region | Result | Resource changes | Time |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    ...failures.flatMap((s) => [`**${inlineText(s.name)}**: ${inlineText(s.failure!.message)}`, '']),
  ].join('\n');
}

function verdict(r: DeployReport): string {
  const count = (result: DeployedStack['result']) => r.stacks.filter((s) => s.result === result).length;
  if (deployFailed(r)) {
    const parts = [
      ...(['created', 'updated', 'unchanged', 'failed'] as const).map((k) => [k, count(k)] as const),
      ['not deployed', count('not-deployed')] as const,
    ].filter(([, n]) => n > 0);
    return `${wroteAnything(r) ? 'stopped part-way' : 'failed before deploying anything'}: ${parts.map(([k, n]) => `${n} ${k}`).join(', ')}`;
  }
  return anythingChanged(r)
    ? `${r.stacks.filter((s) => s.result !== 'unchanged').length} of ${r.stacks.length} stacks changed`
    : `no changes in ${r.stacks.length} stacks`;
}

function resultText(s: DeployedStack): string {
  switch (s.result) {
    case 'failed':
      return s.failure?.changedStack ? 'failed after changing the stack' : 'failed before changing the stack';
    case 'not-deployed':
      return 'not deployed';
    default:
      return s.result;
  }
}
