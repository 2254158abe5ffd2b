import type { Topology } from '../model/topology.js';
import type { StackPlan, Synthesis } from '../synth/synthesize.js';
import { pictureOf } from './picture.js';
import type { Plan, StackPreview } from './plan.js';
import { diffStack } from './template-diff.js';
import { destructiveChanges } from './resource-change.js';
import { labelsOf, renewedBy } from './resolve-plan.js';
import {
  diffValues,
  notReadOffline,
  placeholdersIn,
  resolveStacks,
  type DeployedStack,
  type ResolvedStack,
} from './stack-values.js';

export interface OfflinePlanInput {
  readonly topology: Topology;
  readonly synthesis: Synthesis;
  /** The base branch's synthesis; undefined when the config is new there. */
  readonly base: Synthesis | undefined;
  readonly configPath: string;
  readonly allowDestructive: boolean;
  readonly reason: string;
  readonly comparedWith: string;
}

/**
 * A plan from templates alone: this branch's stacks against the base branch's, both resolved with
 * every value a config tells (a deployed key's ARN is the one thing it cannot: it reads "not read
 * offline" on both sides, so it shows no change unless the key is new or replaced).
 */
export function offlinePlan(input: OfflinePlanInput): Plan {
  const fromTemplates = templatePlan(input);
  try {
    return resolvedPlan(input, fromTemplates);
  } catch {
    // A base written by an older version may use what the resolver does not know: its template diff.
    return fromTemplates;
  }
}

function resolvedPlan(input: OfflinePlanInput, fromTemplates: Plan): Plan {
  const { synthesis, base, topology } = input;
  const labels = labelsOf(topology);
  const label = (name: string) => labels.get(name) ?? name;
  const opts = { partition: topology.partition, offline: true } as const;
  const deployed = new Map<string, DeployedStack>();
  if (base) {
    const baseStacks = base.manifest.stacks.map((plan) => ({
      plan,
      label: label(plan.name),
      template: base.templates.get(plan.template)!,
      renewed: new Set<string>(),
    }));
    const resolved = resolveStacks(baseStacks, { ...opts, newKey: notReadOffline });
    for (const s of baseStacks) {
      const r = resolved.get(s.plan.name)!;
      deployed.set(s.plan.name, { template: s.template, parameters: r.parameters, outputs: r.outputs });
    }
  }
  const changesOf = (name: string) => fromTemplates.stacks.find((s) => s.name === name)?.changes ?? [];
  const resolved = resolveStacks(
    synthesis.manifest.stacks.map((plan) => {
      const was = deployed.get(plan.name);
      return {
        plan,
        label: label(plan.name),
        template: synthesis.templates.get(plan.template)!,
        ...(was ? { deployed: was } : {}),
        renewed: renewedBy(changesOf(plan.name)),
      };
    }),
    opts,
  );
  return {
    ...fromTemplates,
    stacks: synthesis.manifest.stacks.map((stack) => {
      const r: ResolvedStack = resolved.get(stack.name)!;
      const was = deployed.get(stack.name);
      const changes = diffValues(r.before, r.after);
      // An input the base could not know either is no new wait: a two-way destination reads the
      // source's key, deployed after it, on every run (its way back comes on in the third phase).
      const unknown = was
        ? Object.entries(r.parameters)
            .filter(([, v]) => placeholdersIn(v).some((p) => p.endsWith('known after deploy⟩')))
            .filter(([k, v]) => was.parameters[k] !== v)
            .map(([k]) => k)
        : [];
      const existed = was !== undefined;
      return {
        name: stack.name,
        kind: stack.kind,
        account: stack.account,
        region: stack.region,
        status: offlineStatus(existed, unknown, changes),
        changes,
        unknownInputs: unknown,
        values: { ...(r.before ? { before: r.before } : {}), after: r.after },
        unknownValues: placeholdersIn(r.after),
      };
    }),
  };
}

/** The plan from the templates' text, compared property by property. */
function templatePlan(input: OfflinePlanInput): Plan {
  const { synthesis, base } = input;
  const previews = new Map<string, StackPreview>();
  // Deploy order: every destination before the source that reads their outputs.
  for (const stack of synthesis.manifest.stacks) {
    const template = synthesis.templates.get(stack.template)!;
    const was = base?.manifest.stacks.find((s) => s.name === stack.name);
    const wasTemplate = was ? base!.templates.get(was.template) : undefined;
    const unknown = was ? movedOutputs(stack, previews) : [];
    const changed = was ? new Set([...changedParameters(was, stack), ...unknown]) : new Set<string>();
    const changes = diffStack(wasTemplate, template, changed, {
      before: was ? literals(was) : {},
      after: literals(stack),
    });
    previews.set(stack.name, {
      name: stack.name,
      kind: stack.kind,
      account: stack.account,
      region: stack.region,
      status: offlineStatus(Boolean(was), unknown, changes),
      changes,
      unknownInputs: unknown,
    });
  }
  const stacks = [...previews.values()];
  return {
    topology: input.topology.name,
    configPath: input.configPath,
    basis: { kind: 'offline', reason: input.reason, comparedWith: input.comparedWith },
    allowDestructive: input.allowDestructive,
    stacks,
    picture: pictureOf(input.topology),
  };
}

export function changedParameters(before: StackPlan, after: StackPlan): Set<string> {
  const names = new Set([...Object.keys(before.parameters), ...Object.keys(after.parameters)]);
  return new Set(
    [...names].filter((n) => JSON.stringify(before.parameters[n]) !== JSON.stringify(after.parameters[n])),
  );
}

/** Parameters that read an output of a stack that is new or replaces what its outputs name. */
function movedOutputs(stack: StackPlan, previews: ReadonlyMap<string, StackPreview>): string[] {
  return Object.entries(stack.parameters)
    .filter(([, v]) => {
      if (typeof v === 'string') return false;
      const from = previews.get(v.fromStack);
      return from !== undefined && (from.status === 'create' || destructiveChanges(from.changes).length > 0);
    })
    .map(([k]) => k);
}

function literals(stack: StackPlan): Record<string, string> {
  return Object.fromEntries(
    Object.entries(stack.parameters).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** What an offline plan can say of a stack: new, waiting for a destination's outputs, or its diff. */
function offlineStatus(
  existed: boolean,
  unknownInputs: readonly string[],
  changes: readonly unknown[],
): StackPreview['status'] {
  if (!existed) return 'create';
  if (unknownInputs.length > 0) return 'pending-inputs';
  return changes.length > 0 ? 'update' : 'unchanged';
}
