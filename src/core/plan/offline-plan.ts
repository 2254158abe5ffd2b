import type { Topology } from '../model/topology.js';
import type { StackPlan, Synthesis } from '../synth/synthesize.js';
import { pictureOf } from './picture.js';
import type { Plan, StackPreview } from './plan.js';
import { diffStack } from './template-diff.js';

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

/** A plan from templates alone: this branch's stacks against the base branch's. */
export function offlinePlan(input: OfflinePlanInput): Plan {
  const { synthesis, base } = input;
  const stacks = synthesis.manifest.stacks.map((stack): StackPreview => {
    const template = synthesis.templates.get(stack.template)!;
    const was = base?.manifest.stacks.find((s) => s.name === stack.name);
    const wasTemplate = was ? base!.templates.get(was.template) : undefined;
    const changes = diffStack(wasTemplate, template, was ? changedParameters(was, stack) : new Set());
    return {
      name: stack.name,
      kind: stack.kind,
      account: stack.account,
      region: stack.region,
      status: !was ? 'create' : changes.length > 0 ? 'update' : 'unchanged',
      changes,
      unknownInputs: [],
    };
  });
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
