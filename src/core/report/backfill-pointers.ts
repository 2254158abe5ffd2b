import type { Plan } from '../plan/plan.js';
import { destructiveChanges } from '../plan/resource-change.js';
import { code } from './untrusted-text.js';

/**
 * Where other reports point at backfill (DESIGN.md §5): live replication copies only what is
 * written after a rule exists and never retries a FAILED version, so a new rule, a destination
 * bucket that starts empty again, or a canary that failed leave objects only a backfill copies.
 */

/** A verify hint, for a canary S3 marked FAILED. */
export function backfillAfterFailedCanary(): string {
  return 'once the link is fixed, objects written meanwhile stay FAILED (S3 never retries them): run mode backfill with backfill-statuses FAILED to replicate them';
}

const rulesOf = (properties: Readonly<Record<string, unknown>> | undefined): string[] => {
  let config = properties?.ReplicationConfiguration;
  if (typeof config === 'string') {
    try {
      config = JSON.parse(config) as unknown;
    } catch {
      return [];
    }
  }
  const rules = (config as { Rules?: unknown } | undefined)?.Rules;
  return Array.isArray(rules)
    ? rules.flatMap((r: { Id?: unknown; ID?: unknown }) => {
        const id = r?.Id ?? r?.ID;
        return typeof id === 'string' ? [id] : [];
      })
    : [];
};

/** Plan report lines: after this deploy, what only a backfill would copy. Empty when nothing. */
export function backfillPointers(plan: Plan): string[] {
  const lines: string[] = [];
  const source = plan.stacks.find((s) => s.kind === 'source');
  // A new source stack creates its bucket empty: there is nothing old to copy.
  if (source && source.status !== 'create') {
    const bucket = source.changes.find((c) => c.resourceType === 'AWS::S3::Bucket' && c.action === 'Modify');
    const before = new Set(rulesOf(bucket?.before));
    const added = rulesOf(bucket?.after).filter((id) => !before.has(id));
    if (bucket?.before && added.length > 0)
      lines.push(
        `New replication ${added.length === 1 ? 'rule' : 'rules'} ${added.map(code).join(', ')} ${added.length === 1 ? 'copies' : 'copy'} only what is written after the deploy: run mode \`backfill\` then for what the source bucket already holds (add \`COMPLETED\` to \`backfill-statuses\` where those objects replicated to another destination before).`,
      );
  }
  const emptied = plan.stacks
    .filter((s) => s.kind === 'destination')
    .filter((s) => destructiveChanges(s.changes).some((d) => d.change.resourceType === 'AWS::S3::Bucket'));
  if (emptied.length > 0)
    lines.push(
      `${emptied.map((s) => code(s.name)).join(', ')} would get a new, empty bucket: after the deploy, run mode \`backfill\` with \`backfill-statuses: COMPLETED,NONE,FAILED\` to fill it.`,
    );
  return lines.length > 0 ? [`> [!TIP]\n> **Backfill**\n${lines.map((l) => `> - ${l}`).join('\n')}`] : [];
}
