import type { DeployedStack, DeployReport } from './deploy-report.js';
import { anythingChanged, deployFailed, wroteAnything } from './deploy-report.js';
import { renderAll, type Detail, type ReportParts } from './budget.js';
import { code, htmlText, inlineText } from './untrusted-text.js';

/**
 * The deploy report: the same parts for the job summary, the terminal and the `deploy` section of
 * the pull request's comment (written on the push that merged it, so the comment follows the pull
 * request past its plan). What each stack became, whether a change set was executed, how long it
 * took, and the values the plan could only call "known after deploy".
 */
export function renderDeploy(r: DeployReport, ctx: { commit?: string; runUrl?: string } = {}): ReportParts {
  const failures = r.stacks.filter((s) => s.failure !== undefined);
  const rows = r.stacks.map(
    (s, i) =>
      `| ${i + 1} | ${code(s.name)} | ${s.kind} | ${inlineText(s.account)} | ${inlineText(s.region)} | ${resultText(s)} | ${changeSetText(s)} | ${s.result === 'not-deployed' || s.result === 'failed' ? '–' : s.changes.length} | ${s.result === 'not-deployed' ? '–' : duration(s.seconds)} |`,
  );
  const head = [
    `### s3-xrepl deploy · ${code(r.topology)}${r.configPath !== undefined ? ` · ${inlineText(r.configPath)}` : ''}`,
    verdict(r),
    ...failures.map(
      (s) =>
        `> [!CAUTION]\n> **${inlineText(s.name)}** (${inlineText(s.account)}, ${inlineText(s.region)}): ${inlineText(s.failure!.message)}`,
    ),
    [
      '| # | Stack | Kind | Account | Region | Result | Change set | Resource changes | Time |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n'),
  ];
  const details: Detail[] = [];
  const known = knownNow(r);
  if (known.length > 0)
    details.push({
      summary: 'Key ARNs the plan could only call “known after deploy”',
      lines: ['| Stack | Key ARN |', '|---|---|', ...known],
      open: true,
    });
  for (const s of r.stacks.filter((x) => x.changes.length > 0))
    details.push({
      summary: `<code>${htmlText(s.name)}</code>: ${s.changes.length} resource ${s.changes.length === 1 ? 'change' : 'changes'} executed`,
      lines: [
        '| Action | Resource | Type | Replacement |',
        '|---|---|---|---|',
        ...s.changes.map(
          (c) =>
            `| ${inlineText(c.action)} | ${code(c.logicalId)} | ${inlineText(c.resourceType)} | ${c.action === 'Modify' ? (c.replacement === 'True' ? 'replaced' : 'in place') : ''} |`,
        ),
      ],
    });
  const tail = [
    `<sub>${ctx.commit ? `Deployed from commit ${code(ctx.commit.slice(0, 12))}` : 'Deployed locally'}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · every change through a change set.</sub>`,
  ];
  return { head, details, tail };
}

/** Job-summary Markdown for a deploy, also for one that stopped part-way. */
export function renderDeploySummary(r: DeployReport): string {
  return renderAll(renderDeploy(r));
}

function verdict(r: DeployReport): string {
  const count = (result: DeployedStack['result']) => r.stacks.filter((s) => s.result === result).length;
  const took = r.seconds !== undefined ? ` in ${duration(r.seconds)}` : '';
  if (deployFailed(r)) {
    const parts = [
      ...(['created', 'updated', 'unchanged', 'failed'] as const).map((k) => [k, count(k)] as const),
      ['not deployed', count('not-deployed')] as const,
    ].filter(([, n]) => n > 0);
    return `⛔ **${wroteAnything(r) ? 'Deploy stopped part-way' : 'Deploy failed before changing anything'}**: ${parts.map(([k, n]) => `${n} ${k}`).join(', ')}.`;
  }
  const executed = r.stacks.filter((s) => s.result !== 'unchanged').length;
  return anythingChanged(r)
    ? `✅ **Deployed**: ${executed} of ${r.stacks.length} stacks changed through ${executed} ${executed === 1 ? 'change set' : 'change sets'}${took}.`
    : `✅ **Deployed, nothing to change**: all ${r.stacks.length} stacks already matched the config${took}.`;
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

function changeSetText(s: DeployedStack): string {
  switch (s.result) {
    case 'created':
    case 'updated':
      return 'executed';
    case 'unchanged':
      return 'empty, deleted';
    case 'failed':
      return s.failure?.changedStack ? 'executed, failed' : 'not executed';
    case 'not-deployed':
      return '–';
  }
}

/** The key ARNs of the stacks this deploy changed: what a plan can only name until KMS chooses them. */
function knownNow(r: DeployReport): string[] {
  return r.stacks
    .filter((s) => (s.result === 'created' || s.result === 'updated') && s.outputs.KmsKeyArn !== undefined)
    .map((s) => `| ${code(s.name)} | ${code(s.outputs.KmsKeyArn!)} |`);
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(0)} s`;
  const m = Math.floor(seconds / 60);
  return `${m} min ${Math.round(seconds - m * 60)} s`;
}
