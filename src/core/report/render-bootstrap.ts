import { bootstrapVerdict, type BootstrapResult, type InstanceLine } from '../bootstrap/bootstrap-result.js';
import type { StackSetStep } from '../bootstrap/stack-set-changes.js';
import type { Detail, ReportParts } from './budget.js';
import { code, htmlText, inlineText } from './untrusted-text.js';

const STATE: Record<InstanceLine['state'], string> = {
  ok: '✅ current',
  failed: '❌ failed',
  cancelled: '⏹️ cancelled',
  outdated: '⚠️ outdated',
  missing: '⚠️ no instance',
};

/** The bootstrap report, for the job summary and the CLI: every account, and why one is not current. */
export function renderBootstrap(r: BootstrapResult): ReportParts {
  const verdict = bootstrapVerdict(r);
  const bad = verdict.lines.filter((l) => l.state !== 'ok');
  const head = [
    `### s3-xrepl bootstrap · StackSet ${code(r.stackSetName)} · ${inlineText(r.region)} · ${r.permissionModel === 'SELF_MANAGED' ? 'self-managed' : 'service-managed'}`,
    verdict.ok
      ? `✅ **Bootstrapped**: all ${r.accounts.length} accounts the configs name have a current instance${r.operations.length === 0 ? ' (nothing to change)' : ''}.`
      : bad.length > 0
        ? `❌ **Bootstrap incomplete**: ${bad.length} of ${r.accounts.length} accounts are not current.`
        : `❌ **Bootstrap incomplete**: ${failedOperations(r)}.`,
    ...(bad.length > 0
      ? [
          [
            '> [!CAUTION]',
            ...bad.map(
              (l) => `> - **${inlineText(l.account)}** (${inlineText(l.region)}): ${inlineText(l.detail)}`,
            ),
          ].join('\n'),
        ]
      : []),
    [
      '| Account | Region | Instance | Detail |',
      '|---|---|---|---|',
      ...verdict.lines.map(
        (l) =>
          `| ${inlineText(l.account)} | ${inlineText(l.region)} | ${STATE[l.state]} | ${inlineText(l.detail)} |`,
      ),
    ].join('\n'),
    ...(r.unmanaged.length > 0
      ? [
          `> [!NOTE]\n> Instances in accounts or regions no config names were not removed (their roles may be in use; an update of the whole StackSet still reaches them): ${r.unmanaged.map((i) => `${inlineText(i.account)} (${inlineText(i.region)})`).join(', ')}.`,
        ]
      : []),
    ...(r.notStarted.length > 0
      ? [
          `> [!WARNING]\n> Not started, because an operation before them failed: ${r.notStarted.map((s) => inlineText(stepText(s))).join('; ')}.`,
        ]
      : []),
    ...r.notes.map((n) => `> [!NOTE]\n> ${inlineText(n)}`),
  ];
  const details: Detail[] = r.operations.map((op) => ({
    summary: `${htmlText(stepText(op.step))}: ${htmlText(op.status)}${op.operationId ? ` (operation <code>${htmlText(op.operationId)}</code>)` : ''}`,
    lines:
      op.results.length === 0
        ? [op.reason ? inlineText(op.reason) : 'No instance results.']
        : [
            '| Account | Region | Result | Reason |',
            '|---|---|---|---|',
            ...op.results.map(
              (x) =>
                `| ${inlineText(x.account)} | ${inlineText(x.region)} | ${inlineText(x.status)} | ${inlineText(x.reason ?? '')} |`,
            ),
          ],
  }));
  return { head, details, tail: [] };
}

function failedOperations(r: BootstrapResult): string {
  return r.operations
    .filter((o) => o.status === 'FAILED' || o.status === 'STOPPED')
    .map(
      (o) =>
        `${inlineText(stepText(o.step))} ended ${inlineText(o.status)}${o.reason ? ` (${inlineText(o.reason)})` : ''}`,
    )
    .join('; ');
}

export function stepText(step: StackSetStep): string {
  switch (step.kind) {
    case 'create-stack-set':
      return 'create the StackSet';
    case 'update-stack-set':
      return `update every instance (${step.why.join('; ')})`;
    case 'create-instances':
      if (step.label) return `add the instance of ${step.label}`;
      return `add instances in ${step.accounts.join(', ')}${overridesText(step.overrides)}`;
    case 'deploy-to-ous':
      return `deploy to ${step.organizationalUnits.join(', ')}`;
    case 'update-instances':
      if (step.label) return `update the instance of ${step.label} (${step.why})`;
      return `update instances in ${step.accounts.join(', ')} (${step.why})${overridesText(step.overrides)}`;
  }
}

const overridesText = (o: Readonly<Record<string, string>>) =>
  Object.keys(o).length > 0
    ? ` with ${Object.entries(o)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`
    : '';
