import { driftVerdict, unchecked, type DriftReport } from '../drift/drift-report.js';
import type { Finding } from '../drift/expected-state.js';
import type { Detail, ReportParts } from './budget.js';
import { escapeMarkdown } from './markdown.js';

const STATUS: Record<Finding['status'], string> = {
  'in-sync': '✅ in sync',
  drifted: '❌ drifted',
  unknown: '❔ unknown',
};

function what(f: Finding): string {
  return `${f.what}${f.subject ? ` (${f.subject})` : ''} of \`${escapeMarkdown(f.resource)}\``;
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
    `### s3-xrepl drift · \`${escapeMarkdown(r.topology)}\` · ${escapeMarkdown(r.configPath)}`,
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
        return `| \`${escapeMarkdown(s.name)}\` | ${s.account} | ${s.region} | ${cfn} | ${count('drifted')} drifted, ${count('unknown')} unknown, ${count('in-sync')} in sync |`;
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
                  `> - \`${escapeMarkdown(s.name)}\` (${s.account}, ${s.region}): ${what(f)}: ${escapeMarkdown(f.expected ?? '')} → ${escapeMarkdown(f.actual ?? '')}${f.detail?.length ? `; ${escapeMarkdown(f.detail.slice(0, 3).join('; '))}` : ''}`,
              ),
              ...cfnDrifted.map(
                ({ s, d }) =>
                  `> - \`${escapeMarkdown(s.name)}\` (${s.account}, ${s.region}): CloudFormation: \`${escapeMarkdown(d.logicalId)}\` ${d.status}${d.differences.length ? ` at ${d.differences.map((p) => escapeMarkdown(p.path)).join(', ')}` : ''}`,
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
            ...capped(unknown.map(({ s, u }) => `> - \`${escapeMarkdown(s.name)}\`: ${escapeMarkdown(u)}`)),
          ].join('\n'),
        ]
      : []),
  ];
  const details: Detail[] = r.stacks
    .filter((s) => s.deployed)
    .map((s) => ({
      summary: `<code>${escapeMarkdown(s.name)}</code>: every check`,
      lines: [
        '| Check | Result | Expected | Found |',
        '|---|---|---|---|',
        ...s.findings.map(
          (f) =>
            `| ${what(f)} | ${STATUS[f.status]} | ${escapeMarkdown(f.expected ?? '')} | ${escapeMarkdown(f.actual ?? '')}${f.detail?.length ? `<br>${f.detail.map(escapeMarkdown).join('<br>')}` : ''} |`,
        ),
        ...(s.cloudFormation?.resources ?? []).map(
          (d) =>
            `| CloudFormation \`${escapeMarkdown(d.logicalId)}\` (${escapeMarkdown(d.type)}) | ${d.status} | | ${d.differences.map((p) => `${escapeMarkdown(p.path)}: ${escapeMarkdown(p.expected)} → ${escapeMarkdown(p.actual)}`).join('<br>')} |`,
        ),
      ],
    }));
  const tail = [
    `<sub>${ctx.commit ? `Checked at commit \`${escapeMarkdown(ctx.commit.slice(0, 12))}\`` : 'Checked locally'}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · read-only.</sub>`,
  ];
  return { head, details, tail };
}

/** Lines of a warning block: the head of a report always survives, so it must stay small. */
const HEAD_LINES = 25;
const LINE_CHARS = 400;
function capped(lines: readonly string[]): string[] {
  const shown = lines
    .slice(0, HEAD_LINES)
    .map((l) => (l.length > LINE_CHARS ? `${l.slice(0, LINE_CHARS - 1)}…` : l));
  return lines.length > HEAD_LINES
    ? [...shown, `> - …and ${lines.length - HEAD_LINES} more: every check is in the details below.`]
    : shown;
}
