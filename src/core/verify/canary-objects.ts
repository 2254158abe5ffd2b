import { CANARY_SEGMENT, CANARY_TAG } from '../model/canary.js';
import type { Rule, Topology } from '../model/topology.js';

/** One canary object: what to write to the source bucket so that a rule replicates it to `destinationId`. */
export interface CanaryObject {
  readonly destinationId: string;
  readonly key: string;
  readonly tags: Readonly<Record<string, string>>;
  /** The rule chosen to carry it. */
  readonly ruleId: string;
  /** Every destination S3 will replicate this object to (other rules may match it too). */
  readonly reaches: readonly string[];
}

export type CanaryChoice =
  | { readonly kind: 'object'; readonly object: CanaryObject }
  | { readonly kind: 'unverifiable'; readonly destinationId: string; readonly reason: string };

/**
 * Per destination, a canary that the highest-priority enabled rule to it replicates: under that
 * rule's prefix (then a reserved segment, so it never collides with data) and with its filter
 * tags plus the canary tag, which the lifecycle backstop expires.
 */
export function canaryObjects(topology: Topology, runId: string): CanaryChoice[] {
  return topology.destinations.map((d): CanaryChoice => {
    const rule = topology.rules
      .filter((r) => r.enabled && r.destinationIds.includes(d.id))
      .sort((a, b) => b.priority - a.priority)[0];
    if (!rule)
      return { kind: 'unverifiable', destinationId: d.id, reason: 'no enabled rule replicates to it' };
    const key = `${rule.prefix ?? ''}${CANARY_SEGMENT}/${safe(runId)}/${safe(d.id)}`;
    const tags: Record<string, string> = { [CANARY_TAG.key]: CANARY_TAG.value };
    for (const t of rule.tags) tags[t.key] = t.value;
    return {
      kind: 'object',
      object: {
        destinationId: d.id,
        key,
        tags,
        ruleId: rule.id,
        reaches: reachedBy(topology.rules, key, tags),
      },
    };
  });
}

/** The destinations S3 replicates an object to: every enabled rule whose filter it matches. */
export function reachedBy(
  rules: readonly Rule[],
  key: string,
  tags: Readonly<Record<string, string>>,
): string[] {
  const out = new Set<string>();
  for (const r of rules) {
    if (!r.enabled) continue;
    if (r.prefix !== undefined && !key.startsWith(r.prefix)) continue;
    if (!r.tags.every((t) => tags[t.key] === t.value)) continue;
    for (const d of r.destinationIds) out.add(d);
  }
  return [...out].sort();
}

function safe(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]/g, '-');
}
