import type { Topology } from '../model/topology.js';
import type { Synthesis } from '../synth/synthesize.js';
import type { Plan, StackPreview } from './plan.js';
import type { ResourceChange } from './resource-change.js';
import {
  diffValues,
  placeholdersIn,
  resolveStacks,
  type DeployedStack,
  type ResolveOptions,
  type ResolvedStack,
  type StackToResolve,
} from './stack-values.js';

export interface PlanFacts {
  readonly topology: Topology;
  readonly synthesis: Synthesis;
  /** What is deployed, by stack name (the manifest's); a stack absent here is not deployed. */
  readonly deployed: ReadonlyMap<string, DeployedStack>;
  readonly offline: boolean;
}

/** A stack's label in placeholders and pictures: `source`, or the destination's id. */
export function labelsOf(topology: Topology): Map<string, string> {
  return new Map([
    [topology.source.stackName, 'source'],
    ...topology.destinations.map((d) => [d.stackName, d.id] as const),
  ]);
}

/** Logical ids a change list creates or replaces. */
export function renewedBy(changes: readonly ResourceChange[]): Set<string> {
  return new Set(
    changes
      .filter((c) => c.action === 'Add' || (c.action === 'Modify' && c.replacement !== 'False'))
      .map((c) => c.logicalId),
  );
}

/**
 * The plan with every stack's values resolved (StackPreview.values). A stack previewed through a
 * change set keeps CloudFormation's list of changes, its values now resolved; one previewed from
 * templates (new, waiting for inputs) gets its changes from the resolved values, so a property that
 * only reads a parameter is listed when its value changes, and only then. A template the resolver
 * cannot read leaves the plan as it was: `onError` is told.
 */
export function withResolvedValues(plan: Plan, facts: PlanFacts, onError?: (e: Error) => void): Plan {
  let resolved: Map<string, ResolvedStack>;
  try {
    resolved = resolveManifest(facts, (name) => plan.stacks.find((s) => s.name === name)?.changes ?? [], {
      partition: facts.topology.partition,
      offline: facts.offline,
    });
  } catch (e) {
    onError?.(e as Error);
    return plan;
  }
  return { ...plan, stacks: plan.stacks.map((s) => withValues(s, resolved.get(s.name))) };
}

export function resolveManifest(
  facts: Pick<PlanFacts, 'topology' | 'synthesis' | 'deployed'>,
  changesOf: (stackName: string) => readonly ResourceChange[],
  opts: ResolveOptions,
): Map<string, ResolvedStack> {
  const labels = labelsOf(facts.topology);
  const stacks: StackToResolve[] = facts.synthesis.manifest.stacks.map((plan) => {
    const deployed = facts.deployed.get(plan.name);
    return {
      plan,
      label: labels.get(plan.name) ?? plan.name,
      template: facts.synthesis.templates.get(plan.template)!,
      ...(deployed ? { deployed } : {}),
      renewed: renewedBy(changesOf(plan.name)),
    };
  });
  return resolveStacks(stacks, opts);
}

function withValues(s: StackPreview, r: ResolvedStack | undefined): StackPreview {
  if (!r || s.status === 'blocked') return s;
  // A stack that exists but whose deployed state was not read: its values cannot be compared.
  const isNew =
    s.status === 'create' ||
    (s.status === 'pending-inputs' && s.changes.length > 0 && s.changes.every((c) => c.action === 'Add'));
  if (!r.before && !isNew) return s;
  const values = { ...(r.before ? { before: r.before } : {}), after: r.after };
  const fromTemplates = s.status === 'create' || s.status === 'pending-inputs';
  const changes = fromTemplates
    ? diffValues(r.before, r.after)
    : s.changes.map((c): ResourceChange => {
        const before = c.action === 'Add' ? undefined : r.before?.[c.logicalId]?.properties;
        const after = c.action === 'Remove' ? undefined : r.after[c.logicalId]?.properties;
        return { ...c, ...(before ? { before } : {}), ...(after ? { after } : {}) };
      });
  return { ...s, changes, values, unknownValues: placeholdersIn(r.after) };
}
