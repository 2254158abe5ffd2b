import { driftVerdict, unchecked, type DriftReport } from '../drift/drift-report.js';
import type { Finding } from '../drift/expected-state.js';
import type { Detail, ReportParts } from './budget.js';
import { code, htmlText, inlineText, shortenLine } from './untrusted-text.js';

const STATUS: Record<Finding['status'], string> = {
  'in-sync': '✅ in sync',
  drifted: '❌ drifted',
  unknown: '❔ unknown',
};

function what(f: Finding): string {
  return `${f.what}${f.subject ? ` (${inlineText(f.subject)})` : ''} of ${code(f.resource)}`;
}

/** The drift report: the same parts for the tracking issue, the job summary and the CLI. */
export function renderDrift(r: DriftReport, ctx: { commit?: string; runUrl?: string } = {}): ReportParts {
  const verdict = driftVerdict(r);
  const drifted = r.stacks.flatMap((s) =>
    s.findings.filter((f) => f.status === 'drifted').map((f) => ({ s, f })),
  );
  const cfnDrifted = r.stacks.flatMap((s) =>
    (s.cloudFormation?.resources ?? [])
      .filter((d) => d.status === 'MODIFIED' || d.status === 'DELETED')
      .map((d) => ({ s, d })),
  );
  const unknown = r.stacks.flatMap((s) => unchecked(s).map((u) => ({ s, u })));
  const head = [
    `### s3-xrepl drift · ${code(r.topology)} · ${inlineText(r.configPath)}`,
    verdict === 'drifted'
      ? `❌ **Drift**: ${drifted.length + cfnDrifted.length} ${drifted.length + cfnDrifted.length === 1 ? 'difference' : 'differences'} between the live resources and what the stacks deployed.`
      : verdict === 'unknown'
        ? `❔ **Unknown**: nothing drifted among what could be checked, but ${unknown.length} ${unknown.length === 1 ? 'thing' : 'things'} could not be checked.`
        : `✅ **In sync**: every stack, bucket, key and role is as deployed.`,
    [
      '| Stack | Account | Region | CloudFormation drift | Direct checks |',
      '|---|---|---|---|---|',
      ...r.stacks.map((s) => {
        const count = (st: Finding['status']) => s.findings.filter((f) => f.status === st).length;
        const cfn = s.deployed ? (s.cloudFormation?.status ?? '—') : 'not deployed';
        return `| ${code(s.name)} | ${inlineText(s.account)} | ${inlineText(s.region)} | ${inlineText(cfn)} | ${count('drifted')} drifted, ${count('unknown')} unknown, ${count('in-sync')} in sync |`;
      }),
    ].join('\n'),
    ...(drifted.length + cfnDrifted.length > 0
      ? [
          [
            '> [!CAUTION]',
            '> **What drifted** (expected → found)',
            ...capped([
              ...drifted.map(
                ({ s, f }) =>
                  `> - ${code(s.name)} (${inlineText(s.account)}, ${inlineText(s.region)}): ${what(f)}: ${inlineText(f.expected ?? '')} → ${inlineText(f.actual ?? '')}${f.detail?.length ? `; ${inlineText(f.detail.slice(0, 3).join('; '))}` : ''}`,
              ),
              ...cfnDrifted.map(
                ({ s, d }) =>
                  `> - ${code(s.name)} (${inlineText(s.account)}, ${inlineText(s.region)}): CloudFormation: ${code(d.logicalId)} ${inlineText(d.status)}${d.differences.length ? ` at ${d.differences.map((p) => inlineText(p.path)).join(', ')}` : ''}`,
              ),
            ]),
          ].join('\n'),
        ]
      : []),
    ...(unknown.length > 0
      ? [
          [
            '> [!WARNING]',
            '> **Not checked** (unknown, not in sync)',
            ...capped(unknown.map(({ s, u }) => `> - ${code(s.name)}: ${inlineText(u)}`)),
          ].join('\n'),
        ]
      : []),
  ];
  const details: Detail[] = r.stacks
    .filter((s) => s.deployed)
    .map((s) => ({
      summary: `<code>${htmlText(s.name)}</code>: every check`,
      lines: [
        '| Check | Result | Expected | Found |',
        '|---|---|---|---|',
        ...s.findings.map(
          (f) =>
            `| ${what(f)} | ${STATUS[f.status]} | ${inlineText(f.expected ?? '')} | ${inlineText(f.actual ?? '')}${f.detail?.length ? `<br>${f.detail.map(inlineText).join('<br>')}` : ''} |`,
        ),
        ...(s.cloudFormation?.resources ?? []).map(
          (d) =>
            `| CloudFormation ${code(d.logicalId)} (${inlineText(d.type)}) | ${inlineText(d.status)} | | ${d.differences.map((p) => `${inlineText(p.path)}: ${inlineText(p.expected)} → ${inlineText(p.actual)}`).join('<br>')} |`,
        ),
      ],
    }));
  const tail = [
    `<sub>${ctx.commit ? `Checked at commit ${code(ctx.commit.slice(0, 12))}` : 'Checked locally'}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · read-only.</sub>`,
  ];
  return { head, details, tail };
}

/** Lines of a warning block: the head of a report always survives, so it must stay small. */
const HEAD_LINES = 25;
const LINE_CHARS = 400;
function capped(lines: readonly string[]): string[] {
  const shown = lines.slice(0, HEAD_LINES).map((l) => shortenLine(l, LINE_CHARS));
  return lines.length > HEAD_LINES
    ? [...shown, `> - …and ${lines.length - HEAD_LINES} more: every check is in the details below.`]
    : shown;
}
