import { driftItems, type DriftItem, type DriftRemedy } from '../drift/drift-items.js';
import { driftVerdict, unchecked, type DriftReport } from '../drift/drift-report.js';
import type { Finding } from '../drift/expected-state.js';
import { parsePolicyText } from '../drift/policy-diff.js';
import { normalizedText } from '../plan/normalized-json.js';
import type { Detail, ReportParts } from './budget.js';
import { countChanges, diffLines, unifiedDiff } from './line-diff.js';
import { BACKFILL_REMEDY, REDEPLOY_DOES_NOT_REPAIR } from './remedies.js';
import { code, htmlText, inlineText, shortenLine } from './untrusted-text.js';

const STATUS: Record<Finding['status'], string> = {
  'in-sync': '✅ in sync',
  drifted: '❌ drifted',
  unknown: '❔ unknown',
};

function what(f: Finding): string {
  return `${f.what}${f.subject ? ` (${inlineText(f.subject)})` : ''} of ${code(f.resource)}`;
}

export interface DriftRenderContext {
  readonly commit?: string;
  readonly runUrl?: string;
  /** When each drifted item was first seen (ISO time), by DriftItem.key: kept by the tracking issue. */
  readonly firstSeen?: ReadonlyMap<string, string>;
  /** `source`, or a destination's id, by stack name: how impacts name a destination. */
  readonly labels?: ReadonlyMap<string, string>;
}

/** The drift report: the same parts for the tracking issue, the job summary and the CLI. */
export function renderDrift(r: DriftReport, ctx: DriftRenderContext = {}): ReportParts {
  const verdict = driftVerdict(r);
  const items = driftItems(r, ctx.labels);
  const unknown = r.stacks.flatMap((s) => unchecked(s).map((u) => ({ s, u })));
  const failing = items.filter((i) => i.impact.kind === 'replication-fails');
  const head = [
    `### s3-xrepl drift · ${code(r.topology)} · ${inlineText(r.configPath)}`,
    verdict === 'drifted'
      ? `❌ **Drift**: ${items.length} ${items.length === 1 ? 'thing differs' : 'things differ'} from what the stacks deployed${failing.length > 0 ? `; ${impactHeadline(failing)}` : ''}.`
      : verdict === 'unknown'
        ? `❔ **Unknown**: nothing drifted among what could be checked, but ${unknown.length} ${unknown.length === 1 ? 'thing' : 'things'} could not be checked.`
        : `✅ **In sync**: every stack, bucket, key and role is as deployed.`,
    ...(items.length > 0 ? [itemsTable(items, ctx.firstSeen), remedyBlock(items)] : []),
    ...(unknown.length > 0
      ? [
          [
            '> [!WARNING]',
            '> **Not checked** (unknown, not in sync)',
            ...capped(unknown.map(({ s, u }) => `> - ${code(s.name)}: ${inlineText(u)}`)),
          ].join('\n'),
        ]
      : []),
    [
      '| Stack | Account | Region | CloudFormation drift | Direct checks |',
      '|---|---|---|---|---|',
      ...r.stacks.map((s) => {
        const count = (st: Finding['status']) => s.findings.filter((f) => f.status === st).length;
        const cfn = s.deployed ? (s.cloudFormation?.status ?? '—') : 'not deployed';
        return `| ${code(s.name)} | ${inlineText(s.account)} | ${inlineText(s.region)} | ${inlineText(cfn)} | ${count('drifted')} drifted, ${count('unknown')} unknown, ${count('in-sync')} in sync |`;
      }),
    ].join('\n'),
  ];
  const details: Detail[] = [
    ...items.flatMap(documentDiff),
    ...r.stacks
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
              `| CloudFormation ${code(d.logicalId)} (${inlineText(d.type)}) | ${inlineText(d.status)} | ${d.differences.map((p) => `${inlineText(p.path)}: ${inlineText(shortText(p.expected))}`).join('<br>')} | ${d.differences.map((p) => `${inlineText(p.path)}: ${inlineText(shortText(p.actual))}`).join('<br>')} |`,
          ),
        ],
      })),
  ];
  const tail = [
    `<sub>${ctx.commit ? `Checked at commit ${code(ctx.commit.slice(0, 12))}` : 'Checked locally'}${ctx.runUrl ? ` · [run](${ctx.runUrl})` : ''} · read-only.</sub>`,
  ];
  return { head, details, tail };
}

/** "replication to `dr` fails for new objects" */
function impactHeadline(failing: readonly DriftItem[]): string {
  if (failing.some((i) => i.impact.kind === 'replication-fails' && i.impact.to === 'all'))
    return '**replication fails for new objects**';
  const to = [...new Set(failing.map((i) => i.label))];
  return `**replication to ${to.map(code).join(', ')} fails for new objects**`;
}

function impactText(i: DriftItem): string {
  switch (i.impact.kind) {
    case 'replication-fails':
      return `**Replication ${i.impact.to === 'all' ? 'to every destination' : `to ${code(i.label)}`} fails for new objects**: ${inlineText(i.impact.why)}.`;
    case 'replication-differs':
      return `**Replication does not follow the config**: ${inlineText(i.impact.why)}.`;
    case 'wider-access':
      return `**Wider access**: ${inlineText(i.impact.why)}.`;
    case 'other':
      return `${capitalized(inlineText(i.impact.why))}.`;
  }
}

const MAX_ITEMS = 25;

/** One row per drifted thing: what, where, expected and found in their own columns, impact, first seen. */
function itemsTable(items: readonly DriftItem[], firstSeen: ReadonlyMap<string, string> | undefined): string {
  const seen = firstSeen !== undefined;
  const rows = items.slice(0, MAX_ITEMS).map((i, n) => {
    const found = [
      inlineText(shortText(i.found)),
      ...i.detail.slice(0, 3).map(detailText),
      ...(i.detail.length > 3 ? [`…and ${i.detail.length - 3} more`] : []),
    ].join('<br>');
    const cfn =
      i.what !== 'CloudFormation' && i.differences.length > 0
        ? '<br>CloudFormation drift detection saw it too.'
        : '';
    return `| ${n + 1} | ${itemTitle(i)} | ${code(i.stack.name)}<br>${inlineText(i.stack.account)} · ${inlineText(i.stack.region)} | ${inlineText(shortText(i.expected))} | ${found} | ${impactText(i)}${cfn} |${seen ? ` ${inlineText(when(firstSeen.get(i.key)))} |` : ''}`;
  });
  return [
    `| # | What drifted | Stack | Expected | Found | Impact |${seen ? ' First seen |' : ''}`,
    `|---|---|---|---|---|---|${seen ? '---|' : ''}`,
    ...rows,
    ...(items.length > MAX_ITEMS
      ? [
          `| | …and ${items.length - MAX_ITEMS} more: every check is in the details below | | | | |${seen ? ' |' : ''}`,
        ]
      : []),
  ].join('\n');
}

/** A detail line; a whole statement is named by its Sid (the diff below shows it in full). */
function detailText(d: string): string {
  const m = /^(missing|unexpected): "([^"]*)":/.exec(d);
  return m ? `${m[1]} statement ${code(m[2]!)}` : inlineText(shortText(d));
}

function itemTitle(i: DriftItem): string {
  const of =
    i.what === 'key policy' || (i.what === 'key state' && i.subject === undefined)
      ? `the ${code(i.label)} key (${code(i.resource)})`
      : code(i.resource);
  if (i.what === 'CloudFormation')
    return `${code(i.resource)} (${inlineText(i.subject ?? '')}), as CloudFormation sees it`;
  return `${capitalized(i.what)}${i.subject ? ` (${inlineText(i.subject)})` : ''} of ${of}`;
}

const REMEDY: Record<DriftRemedy, string> = {
  'put-policy-back':
    'Put the expected policy back (its difference from the live one is below): `aws s3api put-bucket-policy`, `aws kms put-key-policy` or `aws iam put-role-policy`; CloudTrail tells who changed it.',
  'enable-versioning':
    'Enable versioning again: `aws s3api put-bucket-versioning --versioning-configuration Status=Enabled`.',
  'put-encryption-back': "Set the bucket's default encryption back: `aws s3api put-bucket-encryption`.",
  'put-rules-back':
    "Put the rules back: `aws s3api put-bucket-replication` with the template's configuration, or deploy a change to the source stack's rules (CloudFormation then writes them all).",
  'enable-key':
    'Enable the key again (`aws kms enable-key`), or cancel its deletion (`aws kms cancel-key-deletion`).',
  'set-rotation': 'Set rotation back: `aws kms enable-key-rotation`.',
  'put-monitoring-back':
    "Put it back as the template has it (the difference is below): `aws cloudwatch put-metric-alarm`, `aws sns set-topic-attributes`, or `aws s3api put-bucket-notification-configuration` (which replaces the bucket's whole configuration: include the notifications you manage yourself).",
  'look-at-cloudformation':
    'Compare the resource with its template in the CloudFormation console (Stack actions → Detect drift), and change it back by hand; a resource deleted outside CloudFormation needs the stack to create it again (a change to it in the template).',
};

function remedyBlock(items: readonly DriftItem[]): string {
  const remedies = [...new Set(items.map((i) => i.remedy))];
  const broke = items.some(
    (i) => i.impact.kind === 'replication-fails' || i.impact.kind === 'replication-differs',
  );
  return [
    '> [!CAUTION]',
    '> **How to repair it**',
    ...remedies.map((r) => `> - ${REMEDY[r]}`),
    `> - ${REDEPLOY_DOES_NOT_REPAIR}`,
    ...(broke
      ? [
          `> - Objects written while replication was broken were marked FAILED (or skipped) and S3 never retries them: once repaired, ${BACKFILL_REMEDY}.`,
        ]
      : []),
  ].join('\n');
}

/** A drifted policy's documents, expected against live, as a diff of their normalized JSON. */
function documentDiff(i: DriftItem): Detail[] {
  // Titles are HTML: a <summary> line.
  const where = `<code>${htmlText(i.stack.name)}</code>`;
  const docs: { title: string; expected: unknown; actual: unknown }[] = [];
  if (i.documents)
    docs.push({
      title: `${where} · ${htmlText(i.what)}${i.subject ? ` (${htmlText(i.subject)})` : ''} of <code>${htmlText(i.resource)}</code>`,
      ...i.documents,
    });
  // A difference that is a whole document (a policy CloudFormation printed) reads as a diff too,
  // unless the direct check's diff shows that document already.
  for (const d of i.documents ? [] : i.differences)
    if (isDocument(d.expected) || isDocument(d.actual))
      docs.push({
        title: `${where} · <code>${htmlText(i.resource)}</code> ${htmlText(d.path)} (CloudFormation)`,
        expected: d.expected,
        actual: d.actual,
      });
  return docs.map((d) => {
    const text = (v: unknown) => {
      if (v === null || v === undefined || v === '') return [];
      let value: unknown = v;
      if (typeof v === 'string') {
        try {
          value = parsePolicyText(v);
        } catch {
          value = v;
        }
      }
      return normalizedText(value).split('\n');
    };
    const lines = diffLines(text(d.expected), text(d.actual));
    const { added, removed } = countChanges(lines);
    return {
      summary: `${d.title}: expected (−) against live (+), ${removed} ${removed === 1 ? 'line' : 'lines'} missing, ${added} unexpected`,
      fence: 'diff',
      lines: unifiedDiff(lines).split('\n'),
    };
  });
}

function isDocument(text: string): boolean {
  if (!/^\s*[{[]/.test(text)) return false;
  try {
    return typeof JSON.parse(text) === 'object';
  } catch {
    return false;
  }
}

function when(iso: string | undefined): string {
  if (!iso) return 'this run';
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function shortText(text: string): string {
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
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
