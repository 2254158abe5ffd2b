import { summarizePlan, type Plan, type PlanSummary, type StackPreview } from '../plan/plan.js';
import { describeDestructive, type ResourceChange } from '../plan/resource-change.js';
import { watchedChanges } from '../plan/watched-properties.js';
import type { Detail, ReportParts } from './budget.js';
import { countChanges, diffLines, unifiedDiff } from './line-diff.js';
import { code, htmlText, inlineText } from './untrusted-text.js';
import { topologyDiagram, type NodeMark } from './mermaid.js';
import { costDetail, costLine } from './render-costs.js';

export interface RenderContext {
  /** The commit the plan was made from. */
  readonly commit?: string;
  /** Link to the run, where the job summary holds the whole report. */
  readonly runUrl?: string;
}

/** The one-line verdict that opens every plan report. */
export function planVerdict(plan: Plan, s: PlanSummary = summarizePlan(plan)): string {
  const destructive = s.destructive.reduce((n, d) => n + d.changes.length, 0);
  if (destructive > 0 && !plan.allowDestructive)
    return `⛔ **Destructive changes blocked**: ${destructive} destructive ${plural(destructive, 'change')} — a deploy would refuse this plan unless \`allow-destructive\` is true.`;
  if (s.blocked.length > 0)
    return `⛔ **${s.blocked.length} ${plural(s.blocked.length, 'stack')} cannot be deployed as they are** — see below.`;
  if (!s.hasChanges) return `✅ **No changes**: all ${plan.stacks.length} stacks match the config.`;
  const changed = plan.stacks.filter((x) => x.status !== 'unchanged').length;
  const counts = [
    s.added > 0 ? `${s.added} to add` : '',
    s.modified > 0 ? `${s.modified} to modify` : '',
    s.replaced > 0 ? `${s.replaced} to replace` : '',
    s.removed > 0 ? `${s.removed} to remove` : '',
  ].filter(Boolean);
  const allowed =
    destructive > 0
      ? ` ⚠️ Includes ${destructive} destructive ${plural(destructive, 'change')} (allowed).`
      : '';
  return `📝 **${changed} of ${plan.stacks.length} stacks change**${counts.length ? `: ${counts.join(', ')}` : ''}.${allowed}`;
}

/**
 * The plan as Markdown parts: one renderer for the PR comment (cut to fit), the job summary and
 * the CLI (whole).
 */
export function renderPlan(plan: Plan, ctx: RenderContext = {}): ReportParts {
  const s = summarizePlan(plan);
  const head = [
    `### s3-xrepl plan · ${code(plan.topology)} · ${inlineText(plan.configPath)}`,
    planVerdict(plan, s),
    ...(plan.basis.kind === 'offline'
      ? [
          `> [!NOTE]\n> **Offline plan** (${inlineText(plan.basis.reason)}): the synthesized templates were compared with ${inlineText(plan.basis.comparedWith)}, not with the stacks in AWS. Parameter values and live drift are not taken into account; deploy plans again against AWS.`,
        ]
      : []),
    topologyDiagram(plan.picture, marksOf(plan, s)),
    ...destructiveWarning(plan, s),
    ...blockedWarning(s),
    ...pendingNote(plan),
    stackTable(plan),
    ...costLine(plan.monthlyCost),
  ];
  const details: Detail[] = [...costDetail(plan.monthlyCost)];
  for (const stack of plan.stacks) {
    if (stack.changes.length > 0) details.push(changesDetail(stack));
    for (const c of stack.changes) details.push(...policyDetails(stack, c));
  }
  const tail = [footer(ctx)];
  return { head, details, tail };
}

function marksOf(plan: Plan, s: PlanSummary): { source: NodeMark; destinations: NodeMark[] } {
  const mark = (name: string): NodeMark => {
    if (s.destructive.some((d) => d.stack.name === name)) return 'destructive';
    const st = plan.stacks.find((x) => x.name === name);
    return st && st.status !== 'unchanged' ? 'changed' : 'unchanged';
  };
  const source = plan.stacks.find((x) => x.kind === 'source');
  const destinations = plan.stacks.filter((x) => x.kind === 'destination');
  return {
    source: source ? mark(source.name) : 'unchanged',
    destinations: destinations.map((d) => mark(d.name)),
  };
}

function destructiveWarning(plan: Plan, s: PlanSummary): string[] {
  if (s.destructive.length === 0) return [];
  const lines = s.destructive.flatMap((d) =>
    d.changes.map(
      (c) =>
        `> - ${code(d.stack.name)} (${inlineText(d.stack.account)}, ${inlineText(d.stack.region)}): ${inlineText(describeDestructive(c))}`,
    ),
  );
  const verdict = plan.allowDestructive
    ? '`allow-destructive` is true: a deploy will make these changes. Buckets and keys are retained, not deleted, but replication to them stops.'
    : 'A deploy refuses these unless `allow-destructive` is true. Buckets and keys are retained, not deleted, but replication to them stops.';
  return [`> [!CAUTION]\n> **Destructive changes**\n${lines.join('\n')}\n>\n> ${verdict}`];
}

function blockedWarning(s: PlanSummary): string[] {
  if (s.blocked.length === 0) return [];
  const lines = s.blocked.map(
    (b) =>
      `> - ${code(b.name)} (${inlineText(b.account)}, ${inlineText(b.region)}): ${inlineText(b.note ?? 'blocked')}`,
  );
  return [`> [!WARNING]\n> **Stacks a deploy cannot change as they are**\n${lines.join('\n')}`];
}

function pendingNote(plan: Plan): string[] {
  const pending = plan.stacks.filter((x) => x.status === 'pending-inputs');
  if (pending.length === 0) return [];
  const lines = pending.map((p) =>
    `> - ${code(p.name)}: ${p.unknownInputs.map(code).join(', ')} known after deploy. ${inlineText(p.note ?? '')}`.trimEnd(),
  );
  return [
    `> [!NOTE]\n> **Known after deploy.** These stacks read outputs of stacks that do not exist yet or will change; their changes below come from their templates, and deploy plans them again with the real values.\n${lines.join('\n')}`,
  ];
}

const STATUS_TEXT: Record<StackPreview['status'], string> = {
  create: 'create',
  update: 'update',
  unchanged: 'no changes',
  'pending-inputs': 'known after deploy',
  blocked: '⛔ blocked',
};

function stackTable(plan: Plan): string {
  const rows = plan.stacks.map((st, i) => {
    const n = (pred: (c: ResourceChange) => boolean) => st.changes.filter(pred).length;
    const counts = `+${n((c) => c.action === 'Add')} ~${n((c) => c.action === 'Modify' && c.replacement !== 'True')} ±${n((c) => c.action === 'Modify' && c.replacement === 'True')} −${n((c) => c.action === 'Remove')}`;
    return `| ${i + 1} | ${code(st.name)} | ${st.kind} | ${inlineText(st.account)} | ${inlineText(st.region)} | ${STATUS_TEXT[st.status]} | ${counts} |`;
  });
  return [
    '| # | Stack | Kind | Account | Region | Plan | add ~modify ±replace −remove |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function changesDetail(st: StackPreview): Detail {
  const rows = st.changes.map((c) => {
    const replacement = c.action === 'Modify' ? (c.replacement ?? '') : '';
    const props = c.properties.map(code).join(', ');
    return `| ${inlineText(c.action)} | ${code(c.logicalId)} | ${inlineText(c.resourceType)} | ${inlineText(replacement)} | ${props} |`;
  });
  return {
    summary: `<code>${htmlText(st.name)}</code>: ${st.changes.length} resource ${plural(st.changes.length, 'change')}`,
    lines: ['| Action | Resource | Type | Replacement | Properties |', '|---|---|---|---|---|', ...rows],
  };
}

function policyDetails(st: StackPreview, c: ResourceChange): Detail[] {
  return watchedChanges(c).map((w) => {
    const before = w.before?.split('\n') ?? [];
    const after = w.after?.split('\n') ?? [];
    const diff = diffLines(before, after);
    const { added, removed } = countChanges(diff);
    const what =
      w.before === undefined ? 'new' : w.after === undefined ? 'removed' : `+${added} −${removed} lines`;
    return {
      summary: `<code>${htmlText(st.name)}</code> · ${htmlText(w.label)} of <code>${htmlText(w.logicalId)}</code> (${what})`,
      fence: 'diff',
      lines: (w.before === undefined || w.after === undefined
        ? unifiedDiff(diff, Infinity)
        : unifiedDiff(diff)
      ).split('\n'),
    };
  });
}

export function footer(ctx: RenderContext, closing = 'nothing was executed.'): string {
  const parts = [
    ctx.commit ? `Planned from commit ${code(ctx.commit.slice(0, 12))}` : 'Planned locally',
    ...(ctx.runUrl ? [`[run and full report](${ctx.runUrl})`] : []),
  ];
  return `<sub>${parts.join(' · ')} · ${closing}</sub>`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
