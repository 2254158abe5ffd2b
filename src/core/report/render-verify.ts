import { driftItems, type DriftItem } from '../drift/drift-items.js';
import { verified, type DestinationVerification, type VerifyReport } from '../verify/verification.js';
import type { Detail, ReportParts } from './budget.js';
import { failureEventLines, monitoringBlocks } from './render-monitoring.js';
import { BACKFILL_REMEDY, REDEPLOY_DOES_NOT_REPAIR } from './remedies.js';
import { code, htmlText, inlineText } from './untrusted-text.js';

const RESULT: Record<DestinationVerification['status'], string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  timeout: '⏱️ timed out',
  unverifiable: '⚠️ not verifiable',
};

/** The verify report: the same parts for the PR comment section, the job summary and the CLI. */
export function renderVerify(
  r: VerifyReport,
  ctx: {
    readonly commit?: string;
    readonly runUrl?: string;
    /** `source`, or a destination's id, by stack name. */
    readonly labels?: ReadonlyMap<string, string>;
  } = {},
): ReportParts {
  const failing = r.destinations.filter((d) => d.status !== 'pass' && d.status !== 'unverifiable');
  const unverifiable = r.destinations.filter((d) => d.status === 'unverifiable');
  const verdict = verified(r)
    ? `✅ **Replication verified** to ${r.destinations.length - unverifiable.length} of ${r.destinations.length} destinations: an SSE-KMS canary replicated and landed encrypted under each one's key.${unverifiable.length > 0 ? ` ${unverifiable.length} had no enabled rule to carry a canary.` : ''}`
    : `❌ **Replication not verified** for ${failing.map((d) => code(d.destinationId)).join(', ')}.`;
  const table = [
    '| Destination | Account | Region | Result | Replication status | Latency |',
    '|---|---|---|---|---|---|',
    ...r.destinations.map(
      (d) =>
        `| ${code(d.destinationId)} | ${inlineText(d.account)} | ${inlineText(d.region)} | ${RESULT[d.status]} | ${inlineText(d.replicationStatus ?? '—')} | ${d.latencyMs !== undefined ? `${(d.latencyMs / 1000).toFixed(1)} s` : '—'} |`,
    ),
  ].join('\n');
  const problems = [...failing, ...unverifiable].map((d) => {
    const failed = d.checks.filter((c) => !c.ok);
    const items = d.brokenLinks?.length
      ? driftItems({ topology: r.topology, configPath: r.configPath, stacks: d.brokenLinks }, ctx.labels)
      : [];
    const lines = [
      d.status === 'unverifiable' ? '> [!WARNING]' : '> [!CAUTION]',
      `> **${inlineText(d.destinationId)}** (${inlineText(d.account)}, ${inlineText(d.region)}): ${inlineText(statusLine(d))}`,
      ...failed.map(
        (c) =>
          `> - ${inlineText(c.name)}: expected ${inlineText(c.expected ?? '—')}, found ${inlineText(c.actual ?? 'nothing')}`,
      ),
      ...failureEventLines(d),
      ...(items.length > 0
        ? [
            '>',
            `> **The cause**: the live state differs from what the stacks deployed (${items.length === 1 ? 'one link of the chain' : `${items.length} links of the chain`}):`,
            ...items.map((i) => `> - ${brokenLinkText(i)}`),
            '>',
            `> **To do:** put ${items.length === 1 ? 'it' : 'them'} back as deployed (\`mode: drift\` shows each difference in full); ${REDEPLOY_DOES_NOT_REPAIR.charAt(0).toLowerCase()}${REDEPLOY_DOES_NOT_REPAIR.slice(1)}`,
          ]
        : d.hints.length > 0
          ? ['>', '> Look at:', ...d.hints.map((h) => `> - ${inlineText(h)}`)]
          : []),
      ...(d.status !== 'unverifiable'
        ? [
            '>',
            `> Objects written while replication to ${code(d.destinationId)} is broken are marked FAILED and S3 never retries them: once it passes again, ${BACKFILL_REMEDY}.`,
          ]
        : []),
    ];
    return lines.join('\n');
  });
  const leftovers = r.destinations.flatMap((d) => d.leftBehind);
  const head = [
    `### s3-xrepl verify · ${code(r.topology)} · ${inlineText(r.configPath)}`,
    verdict,
    table,
    ...problems,
    ...monitoringBlocks(r),
    ...(leftovers.length > 0
      ? [
          `> [!WARNING]\n> Canary versions not deleted (the lifecycle backstop expires them within a day): ${leftovers.map(code).join(', ')}`,
        ]
      : []),
  ];
  const details: Detail[] = r.destinations
    .filter((d) => d.checks.length > 0)
    .map((d) => ({
      summary: `checks of <code>${htmlText(d.destinationId)}</code>`,
      lines: [
        `Canary ${code(d.key ?? '')} version ${code(d.versionId ?? '')}`,
        '',
        '| Check | Result | Expected | Found |',
        '|---|---|---|---|',
        ...d.checks.map(
          (c) =>
            `| ${inlineText(c.name)} | ${c.ok ? '✅' : '❌'} | ${inlineText(c.expected ?? '')} | ${inlineText(c.actual ?? '')} |`,
        ),
      ],
    }));
  const tail = [
    `<sub>${ctx.commit ? `Verified at commit ${code(ctx.commit.slice(0, 12))}` : 'Verified locally'}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · ${cleanupNote(r)}</sub>`,
  ];
  return { head, details, tail };
}

/** One broken link: what, where, expected against found. */
function brokenLinkText(i: DriftItem): string {
  const detail = i.detail.slice(0, 2).map((d) => {
    const m = /^(missing|unexpected): "([^"]*)":/.exec(d);
    return m ? `${m[1]} statement ${code(m[2]!)}` : inlineText(d);
  });
  return `${inlineText(i.what)}${i.subject ? ` (${inlineText(i.subject)})` : ''} of ${code(i.resource)} in ${code(i.stack.name)}: expected ${inlineText(i.expected)}, found ${inlineText(i.found)}${detail.length > 0 ? ` (${detail.join('; ')})` : ''}.`;
}

function statusLine(d: DestinationVerification): string {
  switch (d.status) {
    case 'fail':
      return d.replicationStatus === 'FAILED'
        ? 'S3 marked the canary FAILED (and never retries it).'
        : 'the replica is not what S3 should have written.';
    case 'timeout':
      return d.replicationStatus
        ? `still ${d.replicationStatus} when verify stopped waiting.`
        : 'S3 gave the canary no replication status.';
    case 'unverifiable':
      return d.hints[0] ?? 'cannot be verified.';
    case 'pass':
      return 'passed.';
  }
}

function cleanupNote(r: VerifyReport): string {
  if (r.destinations.some((d) => d.leftBehind.length > 0))
    return 'some canary versions could not be deleted (see above).';
  if (r.destinations.some((d) => d.status === 'timeout'))
    return 'canaries deleted; a replica that lands later is expired by the lifecycle backstop.';
  return 'canaries deleted on both sides.';
}
