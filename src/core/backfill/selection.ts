import { suggestion } from '../config/did-you-mean.js';
import type { Topology } from '../model/topology.js';
import { quote } from '../quote.js';
import { sha256 } from '../report/sha256.js';

/**
 * What a backfill replicates: the versions S3 deems eligible under the live replication rules
 * (EligibleForReplication), whose replication status is one of `statuses`, under one key prefix at
 * most. Live replication never copies what existed before a rule, and never retries FAILED
 * (DESIGN.md §5), so NONE and FAILED are the default.
 */
export const REPLICATION_STATUSES = ['NONE', 'FAILED', 'COMPLETED', 'REPLICA'] as const;
export type StatusFilter = (typeof REPLICATION_STATUSES)[number];
export const DEFAULT_STATUSES: readonly StatusFilter[] = ['NONE', 'FAILED'];

export interface BackfillSelection {
  /** In REPLICATION_STATUSES order, without repeats. */
  readonly statuses: readonly StatusFilter[];
  /** The config rule the job is limited to, if any. */
  readonly ruleId?: string;
  /** The one key prefix the manifest is limited to (the rule's, the prefix input's, or the narrower). */
  readonly prefix?: string;
  /** What the reader should know about the selection (a tag filter the generator cannot apply, ...). */
  readonly notes: readonly string[];
}

export interface SelectionInputs {
  readonly statuses: string;
  readonly rule: string;
  readonly prefix: string;
}

/** The statuses input: comma or space separated, any case; empty for the default. */
export function parseStatuses(text: string): { statuses: StatusFilter[]; problems: string[] } {
  const words = text
    .split(/[\s,]+/)
    .map((w) => w.trim().toUpperCase())
    .filter(Boolean);
  if (words.length === 0) return { statuses: [...DEFAULT_STATUSES], problems: [] };
  const problems = words
    .filter((w) => !(REPLICATION_STATUSES as readonly string[]).includes(w))
    .map(
      (w) =>
        `input "backfill-statuses" has ${quote(w)}: use ${REPLICATION_STATUSES.join(', ')} (comma separated).${
          w === 'PENDING'
            ? ' PENDING versions are being replicated already.'
            : suggestion(w, REPLICATION_STATUSES)
        }`,
    );
  return { statuses: REPLICATION_STATUSES.filter((s) => words.includes(s)), problems };
}

/**
 * The selection for a topology, or every problem with the inputs (a rule the config does not have,
 * a prefix outside the rule's): decided before anything is created.
 */
export function selectionOf(
  topology: Topology,
  inputs: SelectionInputs,
): { ok: true; selection: BackfillSelection } | { ok: false; problems: string[] } {
  const { statuses, problems } = parseStatuses(inputs.statuses);
  const notes: string[] = [];
  const given = inputs.prefix === '' ? undefined : inputs.prefix;
  let prefix = given;
  const ruleId = inputs.rule === '' ? undefined : inputs.rule;
  if (ruleId !== undefined) {
    const rule = topology.rules.find((r) => r.id === ruleId);
    if (!rule)
      problems.push(
        `input "backfill-rule" is ${quote(ruleId)}, which is not a rule of ${topology.name} (its rules: ${topology.rules.map((r) => r.id).join(', ')}).${suggestion(
          ruleId,
          topology.rules.map((r) => r.id),
        )}`,
      );
    else if (!rule.enabled)
      problems.push(
        `input "backfill-rule" is ${quote(ruleId)}, which is disabled (enabled: false): S3 deems nothing eligible under it.`,
      );
    else {
      const own = rule.prefix && rule.prefix !== '' ? rule.prefix : undefined;
      if (own !== undefined && given !== undefined && !given.startsWith(own) && !own.startsWith(given))
        problems.push(
          `input "backfill-prefix" is ${quote(given)}, outside rule ${quote(ruleId)}'s prefix ${quote(own)}: nothing would be selected.`,
        );
      else if (own !== undefined && (given === undefined || own.length > given.length)) prefix = own;
      if (rule.tags.length > 0)
        notes.push(
          `Rule ${ruleId} also filters by tags, which S3's manifest generator cannot: the job covers every eligible version${prefix ? ` under ${prefix}` : ''}, whichever rule selects it.`,
        );
      if (own === undefined && given === undefined)
        notes.push(
          `Rule ${ruleId} has no prefix: the job covers every eligible version of the bucket, whichever rule selects it.`,
        );
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    selection: {
      statuses,
      ...(ruleId !== undefined ? { ruleId } : {}),
      ...(prefix !== undefined ? { prefix } : {}),
      notes,
    },
  };
}

/**
 * A short, stable name of (topology, source bucket, selection): one job per topology and selection
 * at a time is found again by it, in the job's description.
 */
export function selectionDigest(topology: Topology, selection: BackfillSelection): string {
  return sha256(
    JSON.stringify([topology.name, topology.source.bucket, selection.statuses, selection.prefix ?? '']),
  ).slice(0, 12);
}

/** Statuses, rule and prefix in a few words, for reports and logs. */
export function describeSelection(selection: BackfillSelection): string {
  return [
    `statuses ${selection.statuses.join(', ')}`,
    ...(selection.ruleId !== undefined ? [`rule ${selection.ruleId}`] : []),
    selection.prefix !== undefined ? `prefix ${selection.prefix}` : 'the whole bucket',
  ].join('; ');
}
