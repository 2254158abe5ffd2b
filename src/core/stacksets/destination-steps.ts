import type { CurrentInstance, CurrentStackSet, StackSetStep } from '../bootstrap/stack-set-changes.js';
import { canonicalJson, tagsDiffer } from '../bootstrap/stack-set-changes.js';

/** One destination as a StackSet instance: where it goes and every parameter it gets. */
export interface DestinationInstance {
  readonly destinationId: string;
  readonly stackName: string;
  readonly account: string;
  readonly region: string;
  readonly parameters: Readonly<Record<string, string>>;
}

export interface DestinationSteps {
  readonly steps: readonly StackSetStep[];
  /** StackSet-level parameter values (overrides carry each instance's own). */
  readonly parameters: Readonly<Record<string, string>>;
  /** Instances no destination of the config matches any more: left in place. */
  readonly unmanaged: readonly CurrentInstance[];
}

const where = (i: { account: string; region: string }) => `${i.account}/${i.region}`;

/**
 * The operations that bring the destinations' StackSet to the config: each destination is an
 * instance whose overrides carry all of its parameters (StackSets override only what the StackSet
 * declares, so the StackSet holds the first destination's values as placeholders).
 */
export function destinationSteps(
  templateBody: string,
  instances: readonly DestinationInstance[],
  current: CurrentStackSet | undefined,
  tags: Readonly<Record<string, string>> = {},
): DestinationSteps {
  const label = (d: DestinationInstance) => `destination ${d.destinationId} (${d.account}, ${d.region})`;
  const create = (d: DestinationInstance): StackSetStep => ({
    kind: 'create-instances',
    accounts: [d.account],
    regions: [d.region],
    overrides: d.parameters,
    label: label(d),
  });
  if (!current)
    return {
      steps: [{ kind: 'create-stack-set' }, ...instances.map(create)],
      parameters: placeholders(templateBody, instances[0]!, {}),
      unmanaged: [],
    };

  const why = [
    ...(canonicalJson(current.templateBody) !== canonicalJson(templateBody)
      ? ['the destination template changed']
      : []),
    ...(current.tags && tagsDiffer(current.tags, tags) ? ['tags changed'] : []),
  ];
  const stackSetUpdated = why.length > 0;
  const steps: StackSetStep[] = stackSetUpdated ? [{ kind: 'update-stack-set', why }] : [];
  const existing = new Map(current.instances.map((i) => [where(i), i]));
  for (const d of instances) {
    const instance = existing.get(where(d));
    if (!instance) {
      steps.push(create(d));
      continue;
    }
    const changed = changedParameters(instance.overrides, d.parameters);
    const why =
      changed.length > 0
        ? `parameters changed: ${changed.join(', ')}`
        : instance.status !== 'CURRENT' && !stackSetUpdated
          ? `it is ${instance.status}`
          : undefined;
    if (why)
      steps.push({
        kind: 'update-instances',
        accounts: [d.account],
        regions: [d.region],
        overrides: d.parameters,
        why,
        label: label(d),
      });
  }
  const wanted = new Set(instances.map(where));
  return {
    steps,
    parameters: placeholders(templateBody, instances[0]!, current.parameters),
    unmanaged: current.instances.filter((i) => !wanted.has(where(i))),
  };
}

/** The names whose values differ between two parameter sets (either side may lack one), sorted. */
export function changedParameters(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): string[] {
  return Object.keys({ ...before, ...after })
    .filter((k) => before[k] !== after[k])
    .sort();
}

/**
 * The StackSet's own values: placeholders the overrides shadow. Every parameter the template
 * declares, so each can be overridden (StackSets override only declared ones) and none it dropped;
 * the values already there are kept, since changing them alone would touch every instance.
 */
function placeholders(
  templateBody: string,
  first: DestinationInstance,
  current: Readonly<Record<string, string>>,
): Record<string, string> {
  const declared = Object.keys((JSON.parse(templateBody) as { Parameters?: object }).Parameters ?? {});
  const out: Record<string, string> = {};
  for (const name of declared) {
    const value = current[name] ?? first.parameters[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}
