import type { PlaceAdoption } from '../adopt/adoption-targets.js';
import type { CostEstimate } from './costs.js';
import { destructiveChanges, type DestructiveChange, type ResourceChange } from './resource-change.js';
import type { StackValues } from './stack-values.js';

/**
 * What a stack would go through on deploy:
 * - create / update / unchanged: CloudFormation said so through a change set (or, offline, the
 *   template diff did);
 * - pending-inputs: the stack reads outputs of stacks that do not exist yet or will change, so
 *   its exact changes are known only after those deploy (never planned with invented values);
 * - blocked: the stack is in a state a deploy refuses to touch (see `note`).
 */
export type StackPreviewStatus = 'create' | 'update' | 'unchanged' | 'pending-inputs' | 'blocked';

export interface StackPreview {
  readonly name: string;
  readonly kind: 'destination' | 'source';
  readonly account: string;
  readonly region: string;
  readonly status: StackPreviewStatus;
  readonly changes: readonly ResourceChange[];
  /** Parameters whose values are known only after an earlier stack deploys. */
  readonly unknownInputs: readonly string[];
  readonly note?: string;
  /**
   * Every resource of the stack with its properties resolved (intrinsic functions evaluated with
   * every known value): as deployed, and as the plan would leave it. Values known only after a
   * deploy are named placeholders (see stack-values.ts). Absent where they could not be worked out:
   * the report then shows the changes' own before/after values.
   */
  readonly values?: { readonly before?: StackValues; readonly after?: StackValues };
  /** The placeholders in `values.after`, in words: what only a deploy will tell. */
  readonly unknownValues?: readonly string[];
}

/**
 * live: change sets in every account. offline: no AWS credentials (a fork's pull request, no
 * `id-token: write`), so the synthesized templates were compared with the base branch's.
 */
export type PlanBasis =
  | { readonly kind: 'live' }
  | { readonly kind: 'offline'; readonly reason: string; readonly comparedWith: string };

export interface Plan {
  readonly topology: string;
  readonly configPath: string;
  readonly basis: PlanBasis;
  readonly allowDestructive: boolean;
  readonly stacks: readonly StackPreview[];
  /** Picture of the topology, drawn by the report. */
  readonly picture: TopologyPicture;
  /** What the topology's monitoring costs a month (costs.ts). */
  readonly monthlyCost?: CostEstimate;
  /** Existing buckets the config adopts, and what plan found on each (issue 17). */
  readonly adoptions?: readonly PlaceAdoption[];
}

export interface PlacePicture {
  /** `source`, or the destination's id. */
  readonly label: string;
  readonly stackName: string;
  readonly bucket: string;
  readonly account: string;
  readonly region: string;
  readonly key: string;
}

export interface TopologyPicture {
  readonly source: PlacePicture;
  readonly destinations: readonly (PlacePicture & {
    readonly rules: readonly string[];
    /** A two-way pair: the same rules also replicate this bucket back to the source. */
    readonly twoWay?: boolean;
  })[];
}

export interface StackDestructive {
  readonly stack: StackPreview;
  readonly changes: readonly DestructiveChange[];
}

export interface PlanSummary {
  readonly hasChanges: boolean;
  readonly added: number;
  readonly modified: number;
  readonly removed: number;
  readonly replaced: number;
  readonly destructive: readonly StackDestructive[];
  readonly blocked: readonly StackPreview[];
}

export function summarizePlan(plan: Plan): PlanSummary {
  const all = plan.stacks.flatMap((s) => s.changes);
  const destructive = plan.stacks
    .map((stack) => ({ stack, changes: destructiveChanges(stack.changes) }))
    .filter((d) => d.changes.length > 0);
  return {
    hasChanges: plan.stacks.some((s) => s.status !== 'unchanged'),
    added: all.filter((c) => c.action === 'Add').length,
    modified: all.filter((c) => c.action === 'Modify' && c.replacement !== 'True').length,
    removed: all.filter((c) => c.action === 'Remove').length,
    replaced: all.filter((c) => c.action === 'Modify' && c.replacement === 'True').length,
    destructive,
    blocked: plan.stacks.filter((s) => s.status === 'blocked'),
  };
}

/** The machine-readable plan (the `plan-json` output): stable field names, no Markdown. */
export function planJson(plan: Plan): object {
  const summary = summarizePlan(plan);
  return {
    version: 1,
    topology: plan.topology,
    config: plan.configPath,
    basis: plan.basis.kind,
    hasChanges: summary.hasChanges,
    destructive: summary.destructive.length > 0,
    allowDestructive: plan.allowDestructive,
    ...(plan.monthlyCost ? { monthlyCost: plan.monthlyCost } : {}),
    ...(plan.adoptions ? { adoptions: plan.adoptions } : {}),
    stacks: plan.stacks.map((s) => ({
      name: s.name,
      kind: s.kind,
      account: s.account,
      region: s.region,
      status: s.status,
      unknownInputs: s.unknownInputs,
      ...(s.note ? { note: s.note } : {}),
      changes: s.changes.map((c) => ({
        logicalId: c.logicalId,
        type: c.resourceType,
        action: c.action,
        ...(c.replacement ? { replacement: c.replacement } : {}),
        ...(c.physicalId ? { physicalId: c.physicalId } : {}),
        properties: c.properties,
      })),
      destructive: destructiveChanges(s.changes).map((d) => ({
        logicalId: d.change.logicalId,
        reason: d.reason,
      })),
    })),
  };
}
