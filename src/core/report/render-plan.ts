import {
  planDangers,
  type DestructiveDanger,
  type PlanDangers,
  type RiskyDanger,
  type RuleRef,
} from '../plan/dangers.js';
import { summarizePlan, type Plan, type PlanSummary, type StackPreview } from '../plan/plan.js';
import { permissionChanges, type StatementChange, type StatementView } from '../plan/permissions.js';
import { destructiveChanges, type ResourceChange } from '../plan/resource-change.js';
import {
  replicationChanges,
  wayBackChanges,
  type RuleChange,
  type RuleField,
  type RuleView,
} from '../plan/rule-changes.js';
import { sameResolved, shownValue } from '../plan/stack-values.js';
import type { Detail, ReportParts } from './budget.js';
import { WAY_BACK } from '../model/way-back.js';
import { PICTURE_LEGEND, topologyDiagram, type EdgeMarks, type NodeMark } from './mermaid.js';
import { BACKFILL_NEW_RULE_REMEDY, BACKFILL_REFILL_REMEDY, BACKFILL_REMEDY } from './remedies.js';
import { code, htmlText, inlineText } from './untrusted-text.js';
import { costDetail, costLine } from './render-costs.js';
import { refusedAdoptions, renderAdoptions } from './render-adoption.js';

export interface RenderContext {
  /** The commit the plan was made from. */
  readonly commit?: string;
  /** Link to the run, where the job summary holds the whole report. */
  readonly runUrl?: string;
}

/** A stack a deploy creates: everything in it is added. */
function isNewStack(s: StackPreview): boolean {
  // An adopted bucket is imported, not added, into a stack that is new all the same.
  return (
    !s.values?.before &&
    s.changes.length > 0 &&
    s.changes.every((c) => c.action === 'Add' || c.action === 'Import')
  );
}

/** Every stack is new: the whole chain is shown, not a difference. */
export function isFirstDeploy(plan: Plan): boolean {
  return plan.stacks.every(isNewStack);
}

/** The one-line verdict that opens every plan report: it never sounds milder than what deploy will do. */
export function planVerdict(
  plan: Plan,
  s: PlanSummary = summarizePlan(plan),
  dangers: PlanDangers = planDangers(plan),
): string {
  const destructive = dangers.destructive.length;
  const refused = refusedAdoptions(plan.adoptions);
  if (refused.length > 0)
    return `⛔ **Adoption refused**: ${refused.map(code).join(', ')} would lose what ${refused.length === 1 ? 'it has' : 'they have'}, or cannot be imported — see below; nothing can be deployed until the config says what to keep.`;
  if (destructive > 0 && !plan.allowDestructive)
    return `⛔ **Destructive changes blocked**: ${destructive} destructive ${plural(destructive, 'change')} — a deploy refuses this plan unless \`allow-destructive\` is true.`;
  if (destructive > 0)
    return `🚨 **Destructive changes will be deployed**: ${destructive} destructive ${plural(destructive, 'change')}, allowed by \`allow-destructive\` — what they cost is below.`;
  if (s.blocked.length > 0)
    return `⛔ **${s.blocked.length} ${plural(s.blocked.length, 'stack')} cannot be deployed as ${s.blocked.length === 1 ? 'it is' : 'they are'}** — see below.`;
  if (!s.hasChanges) return `✅ **No changes**: all ${plan.stacks.length} stacks match the config.`;
  const changed = plan.stacks.filter((x) => x.status !== 'unchanged').length;
  const counts = countsText(plan.stacks.flatMap((x) => x.changes));
  const risky = dangers.risky.length;
  if (isFirstDeploy(plan))
    return `🆕 **First deploy**: ${plan.stacks.length} stacks to create${counts ? `, ${counts}` : ''}.${risky > 0 ? ` ⚠️ ${risky} risky ${plural(risky, 'change')} below.` : ''}`;
  if (risky > 0)
    return `⚠️ **${risky} risky ${plural(risky, 'change')}**: ${changed} of ${plan.stacks.length} stacks change${counts ? ` (${counts})` : ''}; read what follows before merging.`;
  return `📝 **${changed} of ${plan.stacks.length} stacks change**${counts ? `: ${counts}` : ''}.`;
}

/** "10 resources to add, 1 to modify": every resource once, by what happens to it. */
function countsText(changes: readonly ResourceChange[]): string {
  const n = (pred: (c: ResourceChange) => boolean) => changes.filter(pred).length;
  const parts = [
    [n((c) => c.action === 'Add'), 'to add'],
    [n((c) => c.action === 'Modify' && c.replacement !== 'True'), 'to modify'],
    [n((c) => c.action === 'Modify' && c.replacement === 'True'), 'to replace'],
    [n((c) => c.action === 'Remove'), 'to remove'],
    [n((c) => c.action === 'Import'), 'to import'],
  ] as const;
  const shown = parts.filter(([k]) => k > 0);
  if (shown.length === 0) return '';
  const total = shown.reduce((a, [k]) => a + k, 0);
  // A replaced bucket policy is harmless; say which replacements the danger block counted, so
  // "2 to replace" does not read against "1 destructive change".
  const destructive = destructiveChanges(changes).filter((d) => d.reason === 'replace').length;
  const replaced = parts[2][0];
  const note = (w: string) =>
    w === 'to replace' && destructive > 0 && destructive < replaced ? ` (${destructive} destructive)` : '';
  return shown
    .map(([k, w], i) =>
      i === 0 ? `${k} ${plural(total === 1 ? 1 : k, 'resource')} ${w}${note(w)}` : `${k} ${w}${note(w)}`,
    )
    .join(', ');
}

/**
 * The plan as Markdown parts: one renderer for the PR comment (cut to fit), the job summary and
 * the CLI (whole). Danger first: the verdict, then what is destructive or risky with its
 * consequence and remedy, then the stacks, the permissions, the rules and the resources, then the
 * picture.
 */
export function renderPlan(plan: Plan, ctx: RenderContext = {}): ReportParts {
  const s = summarizePlan(plan);
  const dangers = planDangers(plan);
  const head = [
    `### s3-xrepl plan · ${code(plan.topology)} · ${inlineText(plan.configPath)}`,
    planVerdict(plan, s, dangers),
    ...destructiveBlock(plan, dangers.destructive),
    ...riskyBlock(dangers.risky),
    ...blockedWarning(s),
    ...renderAdoptions(plan.adoptions),
    ...(plan.basis.kind === 'offline'
      ? [
          `> [!NOTE]\n> **Offline plan** (${inlineText(plan.basis.reason)}): the synthesized templates were compared with ${inlineText(plan.basis.comparedWith)}, not with the stacks in AWS. Values only AWS knows (a deployed key's ARN) read "not read offline", and live drift is not taken into account; deploy plans again against AWS.`,
        ]
      : []),
    ...pendingNote(plan),
    ...(s.hasChanges ? [stackTable(plan), ...costLine(plan.monthlyCost)] : []),
  ];
  const details: Detail[] = s.hasChanges
    ? [
        ...permissionDetails(plan),
        ...ruleDetails(plan),
        ...plan.stacks.filter((st) => st.changes.length > 0).map(changesDetail),
        ...costDetail(plan.monthlyCost),
        pictureDetail(plan, dangers),
      ]
    : [];
  return { head, details, tail: [footer(ctx)] };
}

// ---- danger ----

const MAX_NAMED = 6;

function where(s: { name: string; account: string; region: string }): string {
  return `${code(s.name)}, ${inlineText(s.account)}, ${inlineText(s.region)}`;
}

function destructiveBlock(plan: Plan, dangers: readonly DestructiveDanger[]): string[] {
  if (dangers.length === 0) return [];
  const lines = dangers.slice(0, 20).map((d) => `> - ${destructiveText(d)}`);
  if (dangers.length > 20)
    lines.push(`> - …and ${dangers.length - 20} more: see the resource changes below.`);
  const verdict = plan.allowDestructive
    ? '**`allow-destructive` is true: merging deploys these changes.** Buckets and keys are retained, not deleted.'
    : 'A deploy refuses these unless `allow-destructive` is true. Buckets and keys are retained, not deleted.';
  return [`> [!CAUTION]\n> **Destructive changes**\n${lines.join('\n')}\n>\n> ${verdict}`];
}

function destructiveText(d: DestructiveDanger): string {
  const at = where(d.stack);
  const which = d.stack.label === 'source' ? 'source' : code(d.stack.label);
  switch (d.kind) {
    case 'bucket-replaced':
      return d.stack.label === 'source'
        ? `**The source bucket is replaced**: ${code(d.before)} → ${code(d.after)} (${at}). The new bucket starts empty: the objects in ${code(d.before)} are not copied into it and are no longer replicated. ${code(d.before)} is retained with the only copy of them, and no stack manages it any more. **To do:** copy what the new bucket needs from ${code(d.before)} yourself, then ${BACKFILL_REMEDY}.`
        : `**The ${which} bucket is replaced**: ${code(d.before)} → ${code(d.after)} (${at}). The new bucket starts empty: the replicas made so far are not copied into it, and objects already in the source are not replicated again. ${code(d.before)} is retained, keeps the only copy of those replicas, and no stack manages it any more (nothing replicates into it, drift is not checked). **To do:** ${BACKFILL_REFILL_REMEDY}; keep or delete ${code(d.before)} by hand.`;
    case 'bucket-removed':
      return `**The bucket ${code(d.bucket)} leaves its stack** (${at}): it is retained with its objects, but nothing replicates into it and no stack manages it any more. **To do:** keep or delete it by hand.`;
    case 'key-replaced':
      if (d.logicalId === 'AlertsKey')
        return `**The alerts topic's key is replaced** (${at}): the topic encrypts its messages with a new key from now on; the old key is retained, not scheduled for deletion. Alerts are not lost.`;
      return `**The ${which} key is replaced** (${at}): a new key encrypts what is written from now on. Objects encrypted before stay under the old key, which is retained (not scheduled for deletion) and still needed to read them. **To do:** keep the old key enabled while such objects exist.`;
    case 'key-removed':
      return `**The ${which} key leaves its stack** (${at}): it is retained, not deleted, and objects encrypted with it still need it, but no stack manages its policy any more.`;
    case 'role-replaced':
      if (d.logicalId === 'BatchReplicationRole')
        return `**The batch replication role is replaced**: ${code(d.before)} → ${code(d.after)} (${at}). A backfill job running as the old role fails the tasks it has left. **To do:** run \`mode: backfill\`${d.stack.label === 'source' ? '' : ` with \`backfill-from: ${inlineText(d.stack.label)}\``} again after deploy if one was running.`;
      // A two-way destination's own role, which replicates its bucket back to the source.
      if (d.logicalId === 'WayBackReplicationRole')
        return `**The way-back replication role of ${which} is replaced**: ${code(d.before)} → ${code(d.after)} (${at}). Objects written on ${which} while it is replaced can fail to replicate back to the source, and S3 never retries a FAILED object. **To do:** run verify after deploy; \`mode: backfill\` with \`backfill-from: ${inlineText(d.stack.label)}\` and \`backfill-statuses: FAILED\` for what failed.`;
      return `**The replication role is replaced**: ${code(d.before)} → ${code(d.after)} (${at}). Objects written while it is replaced can fail to replicate, and S3 never retries a FAILED object. **To do:** run verify after deploy; ${BACKFILL_REMEDY} for what failed.`;
    case 'role-removed':
      if (d.logicalId === 'WayBackReplicationRole')
        return `**The way-back replication role ${code(d.role)} leaves its stack** (${at}): replication from ${which} back to the source stops.`;
      return d.logicalId === 'BatchReplicationRole'
        ? `**The batch replication role ${code(d.role)} leaves its stack** (${at}): backfill cannot run until it is back.`
        : `**The replication role ${code(d.role)} leaves its stack** (${at}): replication stops.`;
    case 'may-replace':
      return `**${code(d.change.change.logicalId)} may be replaced** (${inlineText(d.change.change.resourceType)}, ${at}): CloudFormation decides during the deploy${d.change.change.properties.length > 0 ? `, because of ${d.change.change.properties.map(code).join(', ')}` : ''}.`;
  }
}

function riskyBlock(dangers: readonly RiskyDanger[]): string[] {
  if (dangers.length === 0) return [];
  return [
    `> [!WARNING]\n> **Risky changes**: a deploy makes them; know what follows\n${dangers.map((d) => `> - ${riskyText(d)}`).join('\n')}`,
  ];
}

function named<T extends RuleRef>(rules: readonly T[], one: (r: T) => string): string {
  const shown = rules.slice(0, MAX_NAMED).map(one).join('; ');
  return rules.length > MAX_NAMED ? `${shown}; and ${rules.length - MAX_NAMED} more` : shown;
}

const ruleRef = (r: RuleRef) => `${code(r.id)} (${inlineText(r.filter)} → ${code(r.destination)})`;

function riskyText(d: RiskyDanger): string {
  switch (d.kind) {
    case 'rules-added':
      return `**New rules copy only new objects**: ${named(d.rules, ruleRef)}. Objects already in the source that they match are not replicated. **To do:** ${BACKFILL_NEW_RULE_REMEDY}.`;
    case 'rules-enabled':
      return `**Rules enabled again copy only new objects**: ${named(d.rules, ruleRef)}. What was written while they were off is not replicated. **To do:** ${BACKFILL_REMEDY}.`;
    case 'filter-changed':
      return `**A rule's filter changes**: ${named(d.rules, (r) => `${code(r.id)} → ${code(r.destination)}: ${inlineText(r.before)} → ${inlineText(r.filter)}`)}. Objects that match only the old filter are no longer replicated (replicas already made stay); objects that match the new filter and exist already are not copied. **To do:** ${BACKFILL_REMEDY} for the new filter, and check that nothing still writes under the old one.`;
    case 'rules-removed':
      return `**Replication stops**: ${named(d.rules, ruleRef)} ${d.rules.length === 1 ? 'is' : 'are'} removed. New objects they matched are no longer replicated; replicas already made stay.`;
    case 'rules-disabled':
      return `**Replication stops**: ${named(d.rules, ruleRef)} ${d.rules.length === 1 ? 'is' : 'are'} disabled. New objects they match are not replicated while they are off.`;
    case 'storage-class-changed':
      return `**Replica storage class changes**: ${named(d.rules, (r) => `${code(r.id)}: ${inlineText(r.before)} → ${inlineText(r.after)}`)}. Only new replicas get it. Classes other than STANDARD charge for retrieval and have minimum storage durations.`;
    case 'replication-time-changed':
      return `**Replication Time Control changes**: ${named(d.rules, (r) => `${code(r.id)}: ${inlineText(r.before)} → ${inlineText(r.after)}`)}. With it, S3 replicates 99.99% of objects within 15 minutes and charges per GB replicated, plus its replication metrics; without it, there is no such promise.`;
    case 'delete-markers-changed':
      return `**Delete markers**: ${named(d.rules, (r) => `${code(r.id)}: ${inlineText(r.before)} → ${inlineText(r.after)}`)}. Replicated, deleting an object in the source hides it in the destination too (its versions stay); not replicated, deletes do not reach the destination.`;
  }
}

function blockedWarning(s: PlanSummary): string[] {
  if (s.blocked.length === 0) return [];
  const lines = s.blocked.map(
    (b) =>
      `> - ${code(b.name)} (${inlineText(b.account)}, ${inlineText(b.region)}): ${inlineText(b.note ?? 'blocked')}`,
  );
  return [`> [!WARNING]\n> **Stacks a deploy cannot change as they are**\n${lines.join('\n')}`];
}

/** What only a deploy will tell, by name: everything else in the report is the value that applies. */
function pendingNote(plan: Plan): string[] {
  const unknown = [...new Set(plan.stacks.flatMap(unknownAfterDeploy))];
  // A stack whose values were resolved waits only for what is still unknown; without values, for
  // the inputs the plan could not give it.
  const pending = plan.stacks.filter(
    (x) => x.status === 'pending-inputs' && (!x.values || unknownAfterDeploy(x).length > 0),
  );
  if (unknown.length === 0 && pending.length === 0) return [];
  const lines = [
    ...(unknown.length > 0
      ? [
          `> - ${unknown.slice(0, 10).map(code).join(', ')}${unknown.length > 10 ? ` and ${unknown.length - 10} more` : ''}: KMS chooses a key's ARN when the deploy creates it. Every other value in this plan is the one that will apply.`,
        ]
      : []),
    ...pending.map(
      (p) =>
        `> - ${code(p.name)} reads ${p.unknownInputs.length > 0 ? p.unknownInputs.map(code).join(', ') : 'outputs'} from stacks deployed before it: deploy plans it again with their real values.`,
    ),
  ];
  return [`> [!NOTE]\n> **Known after deploy**\n${lines.join('\n')}`];
}

function unknownAfterDeploy(s: StackPreview): string[] {
  return (s.unknownValues ?? []).filter((v) => v.endsWith('known after deploy⟩'));
}

// ---- stacks ----

const STATUS_TEXT: Record<StackPreview['status'], string> = {
  create: 'create',
  update: 'update',
  unchanged: 'no changes',
  'pending-inputs': 'update, inputs known after deploy',
  blocked: '⛔ blocked',
};

function stackTable(plan: Plan): string {
  const rows = plan.stacks.map((st, i) => {
    const counts = countsText(st.changes);
    const waits = st.status === 'pending-inputs' && (!st.values || unknownAfterDeploy(st).length > 0);
    const status =
      st.status !== 'pending-inputs'
        ? STATUS_TEXT[st.status]
        : `${isNewStack(st) ? 'create' : 'update'}${waits ? ', inputs known after deploy' : ''}`;
    return `| ${i + 1} | ${code(st.name)} | ${st.kind} | ${inlineText(st.account)} | ${inlineText(st.region)} | ${status} | ${counts || '—'} |`;
  });
  return [
    '| # | Stack | Kind | Account | Region | Plan | Resources |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

// ---- permissions ----

/** One block per account: the statements added, removed and changed (all of them on a first deploy). */
function permissionDetails(plan: Plan): Detail[] {
  const firstDeploy = isFirstDeploy(plan);
  const changes = permissionChanges(plan, { all: firstDeploy });
  const accounts = [...new Set(changes.map((c) => c.place.account))];
  return accounts.map((account) => {
    const mine = changes.filter((c) => c.place.account === account);
    const stacks = plan.stacks.filter((s) => s.account === account);
    const roles = stacks.map((s) => (s.kind === 'source' ? 'source' : labelOf(plan, s)));
    const count = (k: StatementChange['kind']) => mine.filter((c) => c.kind === k).length;
    const summary = firstDeploy
      ? `${mine.length} ${plural(mine.length, 'statement')}, all new`
      : [
          count('added') > 0 ? `${count('added')} added` : '',
          count('changed') > 0 ? `${count('changed')} changed` : '',
          count('removed') > 0 ? `${count('removed')} removed` : '',
        ]
          .filter(Boolean)
          .join(', ');
    const policies = [
      ...new Map(
        mine.map((c) => [
          `${c.place.stack}|${c.place.logicalId}|${c.place.kind}|${c.place.subject}`,
          c.place,
        ]),
      ).values(),
    ];
    const lines = policies.flatMap((p) => {
      const rows = mine.filter(
        (c) =>
          c.place.stack === p.stack &&
          c.place.logicalId === p.logicalId &&
          c.place.kind === p.kind &&
          c.place.subject === p.subject,
      );
      // Columns no statement of this policy uses are left out: a role policy names no principal,
      // a trust policy no resource.
      const columns = STATEMENT_COLUMNS.filter(
        ([, pick]) =>
          !rows.every(
            (c) => pick(c.before ?? c.after!).length === 0 && pick(c.after ?? c.before!).length === 0,
          ),
      );
      return [
        `**${inlineText(capitalized(p.kind))}** of ${inlineText(p.subject)} (${code(p.stack)}, ${inlineText(p.region)})`,
        '',
        `| | Statement | ${columns.map(([h]) => h).join(' | ')} |`,
        `|---|---|${columns.map(() => '---').join('|')}|`,
        ...rows.map((c) => statementRow(c, columns)),
        '',
      ];
    });
    lines.pop();
    return {
      summary: `Permissions in account <code>${htmlText(account)}</code> (${htmlText(roles.join(', '))}, ${htmlText([...new Set(stacks.map((x) => x.region))].join(', '))}): ${htmlText(summary)}`,
      lines,
      open: true,
    };
  });
}

function labelOf(plan: Plan, s: StackPreview): string {
  return plan.picture.destinations.find((d) => d.stackName === s.name)?.label ?? s.name;
}

const MARK: Record<StatementChange['kind'], string> = {
  added: '+',
  removed: '−',
  changed: '~',
  unchanged: ' ',
};

type StatementColumn = readonly [string, (v: StatementView) => readonly string[]];

const STATEMENT_COLUMNS: readonly StatementColumn[] = [
  ['Principal', (v) => v.principals],
  ['Action', (v) => v.actions],
  ['Resource', (v) => v.resources],
  ['Condition', (v) => v.conditions],
];

/** The statement's effect and Sid in one cell (a Deny stands out), then one cell per column. */
function statementRow(c: StatementChange, columns: readonly StatementColumn[]): string {
  const v = (c.after ?? c.before)!;
  const effect = (e: string) => (e === 'Deny' ? '**Deny**' : `_${inlineText(e)}_`);
  const effectText =
    c.kind === 'changed' && c.before!.effect !== c.after!.effect
      ? `${effect(c.before!.effect)} → ${effect(c.after!.effect)}`
      : effect(v.effect);
  const cells = columns.map(([, pick]) =>
    itemsCell(
      c.before && c.kind !== 'added' ? pick(c.before) : undefined,
      c.after ? pick(c.after) : undefined,
      c.kind,
    ),
  );
  return `| ${MARK[c.kind]} | ${effectText}${v.sid !== undefined ? `<br>${breakable(inlineText(v.sid))}` : ''} | ${cells.join(' | ')} |`;
}

/**
 * A Sid such as EncryptReplicasInUsWest2WithBucketKeys, free to wrap between its words (an
 * invisible space at each): otherwise the longest one sets its column's width.
 */
function breakable(escaped: string): string {
  return escaped.replace(/([a-z0-9])(?=[A-Z])/g, '$1\u200b');
}

/** A cell of items; for a changed statement, what left (−) and what came (+) beside what stayed. */
function itemsCell(
  before: readonly string[] | undefined,
  after: readonly string[] | undefined,
  kind: StatementChange['kind'],
): string {
  const item = (t: string) => code(t);
  if (kind !== 'changed') {
    const items = (kind === 'removed' ? before : after) ?? [];
    return items.length > 0 ? items.map(item).join('<br>') : '—';
  }
  const was = before ?? [];
  const now = after ?? [];
  const out = [
    ...now.map((t) => (was.includes(t) ? item(t) : `+ ${item(t)}`)),
    ...was.filter((t) => !now.includes(t)).map((t) => `− ${item(t)}`),
  ];
  return out.length > 0 ? out.join('<br>') : '—';
}

// ---- rules ----

const RULE_COLUMNS: readonly [RuleField, string][] = [
  ['priority', 'Priority'],
  ['filter', 'Filter'],
  ['destination', 'Destination'],
  ['storageClass', 'Storage class'],
  ['deleteMarkers', 'Delete markers'],
  ['replicationTime', 'RTC'],
  ['ownerTranslation', 'Owner to destination'],
  ['status', 'Status'],
];

function ruleDetails(plan: Plan): Detail[] {
  const source = replicationChanges(plan);
  return [
    ...(source ? ruleDetail('Replication rules of the source bucket', source.rules) : []),
    // A two-way destination's rules back to the source live in its own stack.
    ...wayBackChanges(plan).flatMap((w) =>
      ruleDetail(`Replication rules of destination ${w.label}'s bucket, back to the source`, w.changes.rules),
    ),
  ];
}

function ruleDetail(title: string, rules: readonly RuleChange[]): Detail[] {
  const moved = rules.filter((r) => r.kind !== 'unchanged');
  if (moved.length === 0) return [];
  const count = (k: RuleChange['kind']) => rules.filter((r) => r.kind === k).length;
  const summary = [
    count('added') > 0 ? `${count('added')} added` : '',
    count('changed') > 0 ? `${count('changed')} changed` : '',
    count('removed') > 0 ? `${count('removed')} removed` : '',
    count('unchanged') > 0 ? `${count('unchanged')} unchanged, not shown` : '',
  ]
    .filter(Boolean)
    .join(', ');
  // Status only where a rule is (or was) disabled; the replica key only where one changes;
  // replica modification sync only where it is (or was) on.
  const keyChanged = moved.some((r) => r.changed.includes('replicaKey'));
  const statusShown = moved.some((r) => r.before?.status === 'disabled' || r.after?.status === 'disabled');
  const syncShown = moved.some((r) => r.before?.replicaSync === 'on' || r.after?.replicaSync === 'on');
  const columns = [
    ...RULE_COLUMNS.filter(([f]) => f !== 'status' || statusShown),
    ...(keyChanged ? [['replicaKey', 'Replica key'] as [RuleField, string]] : []),
    ...(syncShown ? [['replicaSync', 'Replica changes sync back'] as [RuleField, string]] : []),
  ];
  const cell = (r: RuleChange, f: RuleField) => {
    const v = (x: RuleView | undefined) => inlineText(x?.[f] ?? '—');
    if (f === 'destination' && r.kind === 'changed' && r.changed.includes('bucket'))
      return `**${v(r.after)}: ${code(r.before!.bucket)} → ${code(r.after!.bucket)}**`;
    if (r.kind === 'changed' && r.changed.includes(f)) return `**${v(r.before)} → ${v(r.after)}**`;
    return v(r.after ?? r.before);
  };
  return [
    {
      summary: `${htmlText(title)}: ${htmlText(summary)}`,
      lines: [
        `| | Rule | ${columns.map(([, h]) => h).join(' | ')} |`,
        `|---|---|${columns.map(() => '---').join('|')}|`,
        ...moved.map(
          (r) => `| ${MARK[r.kind]} | ${code(r.id)} | ${columns.map(([f]) => cell(r, f)).join(' | ')} |`,
        ),
      ],
      open: true,
    },
  ];
}

// ---- resources ----

const TABLE_PROPERTIES = new Set([
  'Policies',
  'AssumeRolePolicyDocument',
  'PolicyDocument',
  'KeyPolicy',
  'ReplicationConfiguration',
]);

function changesDetail(st: StackPreview): Detail {
  const rows = st.changes.map((c) => {
    const replacement =
      c.action === 'Modify'
        ? c.replacement === 'True'
          ? 'replaced'
          : c.replacement === 'Conditional'
            ? 'maybe'
            : 'in place'
        : '';
    const name = nameOf(c);
    return `| ${inlineText(c.action)} | ${code(c.logicalId)} | ${inlineText(c.resourceType)} | ${name ? code(name) : ''} | ${replacement} | ${whatChanges(c)} |`;
  });
  return {
    summary: `<code>${htmlText(st.name)}</code>: ${st.changes.length} resource ${plural(st.changes.length, 'change')}`,
    lines: [
      '| Action | Resource | Type | Name | Replacement | What changes |',
      '|---|---|---|---|---|---|',
      ...rows,
    ],
    // What an update changes is the review; a new stack's resources are in the tables above.
    open: !isNewStack(st) && st.changes.length <= 20,
  };
}

function nameOf(c: ResourceChange): string | undefined {
  const props = c.after ?? c.before ?? {};
  for (const k of ['BucketName', 'RoleName', 'Bucket'])
    if (props[k] !== undefined) return shownValue(props[k]);
  return c.physicalId;
}

/** The changed properties; small values as `before → after`, policies and rules pointing to their tables. */
function whatChanges(c: ResourceChange): string {
  if (c.action !== 'Modify') return '';
  return c.properties
    .map((p) => {
      if (TABLE_PROPERTIES.has(p))
        return `${code(p)} (${p === 'ReplicationConfiguration' ? 'see the rules' : 'see the permissions'})`;
      const leaves = leafChanges(c.before?.[p], c.after?.[p], p).slice(0, 4);
      if (leaves.length === 0) return code(p);
      return leaves
        .map((l) => `${code(l.path)}: ${code(short(l.before))} → ${code(short(l.after))}`)
        .join('<br>');
    })
    .join('<br>');
}

function leafChanges(
  a: unknown,
  b: unknown,
  path: string,
): { path: string; before: string; after: string }[] {
  if (sameResolved(a, b)) return [];
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (isObj(a) && isObj(b) && Array.isArray(a) === Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => leafChanges(a[k], b[k], Array.isArray(a) ? `${path}[${k}]` : `${path}.${k}`));
  }
  const text = (v: unknown) => (v === undefined ? '(none)' : shownValue(v));
  return [{ path, before: text(a), after: text(b) }];
}

function short(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

// ---- picture ----

function pictureDetail(plan: Plan, dangers: PlanDangers): Detail {
  const markOf = (st: StackPreview | undefined): NodeMark => {
    if (!st) return 'unchanged';
    if (dangers.destructive.some((d) => d.stack.name === st.name)) return 'replaced';
    if (isNewStack(st)) return 'new';
    return st.status === 'unchanged' || st.changes.length === 0 ? 'unchanged' : 'changed';
  };
  const rules = replicationChanges(plan);
  const edges = plan.picture.destinations.map((d): EdgeMarks | undefined => {
    if (!rules) return undefined;
    const mine = rules.rules.filter((r) => (r.after ?? r.before)!.destination === d.label);
    // S3 rule ids are `<config rule id>-<destination id>`: on an arrow to that destination, the rule's own id.
    const short = (id: string) => {
      const own = id.endsWith(`-${d.label}`) ? id.slice(0, -d.label.length - 1) : id;
      return d.rules.includes(own) ? own : id;
    };
    const of = (k: RuleChange['kind']) => mine.filter((r) => r.kind === k).map((r) => short(r.id));
    return { added: of('added'), changed: of('changed'), removed: of('removed'), unchanged: of('unchanged') };
  });
  // The way back's S3 rule ids are `<config rule id>-<WAY_BACK.id>`.
  const back = wayBackChanges(plan);
  const backEdges = plan.picture.destinations.map((d): EdgeMarks | undefined => {
    const mine = back.find((w) => w.stackName === d.stackName)?.changes.rules;
    if (!mine) return undefined;
    const suffix = `-${WAY_BACK.id}`;
    const short = (id: string) => (id.endsWith(suffix) ? id.slice(0, -suffix.length) : id);
    const of = (k: RuleChange['kind']) => mine.filter((r) => r.kind === k).map((r) => short(r.id));
    return { added: of('added'), changed: of('changed'), removed: of('removed'), unchanged: of('unchanged') };
  });
  const firstDeploy = isFirstDeploy(plan);
  const diagram = topologyDiagram(plan.picture, {
    source: markOf(plan.stacks.find((s) => s.kind === 'source')),
    destinations: plan.picture.destinations.map((d) =>
      markOf(plan.stacks.find((s) => s.name === d.stackName)),
    ),
    // On a first deploy every rule is new: the arrows just name them.
    ...(firstDeploy ? {} : { edges, backEdges }),
  });
  return {
    summary: 'Picture: what changes where',
    lines: [PICTURE_LEGEND, '', ...diagram.split('\n')],
    open: true,
    whole: true,
  };
}

export function footer(ctx: RenderContext, closing = 'nothing was executed.'): string {
  const parts = [
    ctx.commit ? `Planned from commit ${code(ctx.commit.slice(0, 12))}` : 'Planned locally',
    ...(ctx.runUrl ? [`[run and full report](${ctx.runUrl})`] : []),
  ];
  return `<sub>${parts.join(' · ')} · ${closing}</sub>`;
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
