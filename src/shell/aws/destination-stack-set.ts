import { DESTINATIONS_STACK_SET_TAG } from '../../core/model/names.js';
import { GetTemplateCommand } from '@aws-sdk/client-cloudformation';
import type { DesiredStackSet } from '../../core/bootstrap/bootstrap-targets.js';
import type { CurrentInstance } from '../../core/bootstrap/stack-set-changes.js';
import type { DestinationStackSet, Topology } from '../../core/model/topology.js';
import {
  describeDestructive,
  destructiveChanges,
  type ResourceChange,
} from '../../core/plan/resource-change.js';
import { diffStack } from '../../core/plan/template-diff.js';
import {
  changedParameters,
  destinationSteps,
  type DestinationInstance,
} from '../../core/stacksets/destination-steps.js';
import { stepText } from '../../core/report/render-bootstrap.js';
import type { StackPlan } from '../../core/synth/synthesize.js';
import type { Template } from '../../core/templates/cfn.js';
import { ServiceError, UserError } from '../../core/errors.js';
import type { Logger } from '../logger.js';
import type { StackClients } from './clients.js';
import { describeStack, outputsOf, parameterMap, type StackResult } from './deploy-stack.js';
import type { Clock } from './poll.js';
import { stackState, stateText, type StackState } from './stack-status.js';
import { listInstances, operationIdOf, readStackSet, runStep, type StackSetDeps } from './stack-set.js';
import { resolveParameters } from '../../core/plan/resolve-parameters.js';

export interface DestinationStackSetDeps {
  readonly clients: (account: string, region: string) => StackClients;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly runId: string;
}

export interface InstanceOutcome {
  readonly stack: StackPlan;
  readonly result: StackResult;
}

/** What one destination's instance is now: its stack, template and parameters, if it has one. */
export interface DeployedInstance {
  readonly instance: CurrentInstance;
  /** What CloudFormation says of the instance's stack: only a ready one has a template to compare. */
  readonly state: StackState;
  readonly template?: Template;
  readonly parameters: Readonly<Record<string, string>>;
  readonly outputs: Record<string, string>;
}

/**
 * The destinations as one self-managed StackSet: destructive changes are refused before any
 * operation (as a change set would), operations run one at a time and are waited for, and each
 * destination's outputs are read from its instance's stack in its own account.
 */
export async function deployDestinationStackSet(
  topology: Topology,
  destinations: readonly StackPlan[],
  templateText: string,
  template: Template,
  policy: { readonly allowDestructive: boolean; readonly timeoutMs: number },
  deps: DestinationStackSetDeps,
): Promise<InstanceOutcome[]> {
  const set = topology.destinationStackSet!;
  const admin = stackSetDepsOf(set, policy.timeoutMs, deps);
  const instances = destinations.map((s) => instanceOf(topology, s));
  const current = await readStackSet(set.name, admin);
  const deployed = await readDeployed(destinations, current?.instances ?? [], deps);

  // A destination still deployed as its own stack cannot move into the StackSet: the instance would
  // create a second bucket of the same name, and fail.
  const moved = await standaloneStacks(destinations, deployed, deps);
  if (moved.length > 0)
    throw new UserError(
      `StackSet ${set.name}: ${moved.map((m) => `${m} is deployed as its own stack`).join('; ')}, so its bucket and key already exist outside the StackSet.`,
      'Nothing was changed. Remove destinationStackSet from the config to keep the stacks, or move the resources into the StackSet by hand (retain and delete the stack, then import), then run again.',
    );
  const broken = [...deployed.values()].filter((d) => d.state.kind !== 'ready');
  if (broken.length > 0)
    throw new UserError(
      `StackSet ${set.name}: ${broken.map((b) => `the instance in ${b.instance.account} (${b.instance.region}) has its stack in ${stateText(b.state)}`).join('; ')}.`,
      'Nothing was changed. Look at that stack in its account (CloudFormation console); once it is fixed or the instance removed, run again.',
    );
  const changes = new Map<string, ResourceChange[]>();
  const refused: string[] = [];
  for (const [i, d] of instances.entries()) {
    const before = deployed.get(d.stackName);
    const diff = instanceChanges(before, template, d.parameters);
    changes.set(d.stackName, diff);
    if (before?.template)
      for (const x of destructiveChanges(diff))
        refused.push(`${destinations[i]!.name} (StackSet instance): ${describeDestructive(x)}`);
  }
  if (refused.length > 0 && !policy.allowDestructive)
    throw new UserError(
      `StackSet ${set.name}: refusing destructive changes:\n${refused.map((r) => `  - ${r}`).join('\n')}`,
      'Nothing was changed. If this is intended, set allow-destructive: true (buckets and keys are retained, not deleted).',
    );

  const tags = { ...destinations[0]!.tags, [DESTINATIONS_STACK_SET_TAG]: set.name };
  const planned = destinationSteps(templateText, instances, current, tags);
  for (const u of planned.unmanaged)
    deps.logger.warning(
      `StackSet ${set.name}: the instance in ${u.account} (${u.region}) matches no destination of the config; it was left in place.`,
    );
  // One set of tags for every instance: the config's (per-destination tags are refused with a StackSet).
  const desired = desiredOf(set, templateText, planned.parameters, tags);
  const startedAt = deps.clock.now();
  for (const [n, step] of planned.steps.entries()) {
    const outcome = await runStep(step, desired, operationIdOf(deps.runId, startedAt, `d${n + 1}`), admin);
    const failed = outcome.results.filter((r) => r.status !== 'SUCCEEDED');
    if (outcome.status === 'FAILED' || outcome.status === 'STOPPED' || failed.length > 0)
      throw new ServiceError(
        `StackSet ${set.name}: ${stepText(step)} ended ${outcome.status}${outcome.reason ? ` (${outcome.reason})` : ''}:\n` +
          failed
            .map((r) => `  - ${r.account} (${r.region}): ${r.status}${r.reason ? `: ${r.reason}` : ''}`)
            .join('\n'),
        'The source stack was not deployed. Fix the cause and run again: the StackSet resumes from where it is.',
      );
  }

  const after = await listInstances(set.name, admin);
  return Promise.all(
    destinations.map(async (stack, i) => {
      const d = instances[i]!;
      const instance = after.find((x) => x.account === d.account && x.region === d.region);
      const live = instance?.stackId
        ? await describeStack(deps.clients(d.account, d.region).cfn, instance.stackId)
        : undefined;
      if (!instance?.stackId || !live || stackState(live.StackStatus).kind !== 'ready')
        throw new ServiceError(
          `StackSet ${set.name}: the instance of ${stack.name} (${d.account}, ${d.region}) ${live ? `has its stack in ${live.StackStatus}` : 'has no stack'} after the operation.`,
          'The source stack was not deployed. Look at the instance stack in its account, then run again.',
        );
      const touched = planned.steps.some(
        (s) => 'accounts' in s && s.accounts.includes(d.account) && s.regions?.includes(d.region),
      );
      const diff = changes.get(d.stackName) ?? [];
      const result: StackResult =
        !touched && !planned.steps.some((s) => s.kind === 'update-stack-set')
          ? { kind: 'unchanged', stackId: instance.stackId, outputs: outputsOf(live) }
          : {
              kind: deployed.get(d.stackName)?.template ? 'updated' : 'created',
              stackId: instance.stackId,
              outputs: outputsOf(live),
              changes: diff,
            };
      return { stack, result };
    }),
  );
}

/** Each destination's deployed instance (template, parameters, outputs), read in its own account. */
export async function readDeployed(
  destinations: readonly StackPlan[],
  instances: readonly CurrentInstance[],
  deps: Pick<DestinationStackSetDeps, 'clients'>,
): Promise<Map<string, DeployedInstance>> {
  const out = new Map<string, DeployedInstance>();
  await Promise.all(
    destinations.map(async (s) => {
      const instance = instances.find((i) => i.account === s.account && i.region === s.region);
      if (!instance?.stackId) return;
      const cfn = deps.clients(s.account, s.region).cfn;
      const live = await describeStack(cfn, instance.stackId);
      const state = stackState(live?.StackStatus);
      // A deleted instance stack (DescribeStacks by id still answers) is no instance at all.
      if (!live || state.kind === 'deleted') return;
      const { TemplateBody } = await cfn.send(
        new GetTemplateCommand({ StackName: instance.stackId, TemplateStage: 'Original' }),
      );
      out.set(s.name, {
        instance,
        state,
        ...(TemplateBody ? { template: JSON.parse(TemplateBody) as Template } : {}),
        parameters: parameterMap(live.Parameters),
        outputs: outputsOf(live),
      });
    }),
  );
  return out;
}

export function stackSetDepsOf(
  set: DestinationStackSet,
  timeoutMs: number,
  deps: Pick<DestinationStackSetDeps, 'clients' | 'logger' | 'clock'>,
): StackSetDeps {
  return {
    cfn: deps.clients(set.account, set.region).cfn,
    logger: deps.logger,
    clock: deps.clock,
    timeoutMs,
    // One destination per operation: a failure there stops that operation, never another destination's.
    preferences: { MaxConcurrentCount: 1, FailureToleranceCount: 0, RegionConcurrencyType: 'PARALLEL' },
  };
}

export function instanceOf(topology: Topology, stack: StackPlan): DestinationInstance {
  const destination = topology.destinations.find((d) => d.stackName === stack.name)!;
  return {
    destinationId: destination.id,
    stackName: stack.name,
    account: stack.account,
    region: stack.region,
    // A destination reads no other stack's output: no outputs to resolve from.
    parameters: resolveParameters(stack.name, stack.parameters, new Map()),
  };
}

/**
 * What the StackSet operation would change in one instance: its deployed template and parameters
 * against the new ones (every resource added when it has none). Plan shows it; deploy refuses
 * what is destructive in it.
 */
export function instanceChanges(
  deployed: DeployedInstance | undefined,
  template: Template,
  parameters: Readonly<Record<string, string>>,
): ResourceChange[] {
  const before = deployed?.parameters ?? {};
  return diffStack(deployed?.template, template, new Set(changedParameters(before, parameters)), {
    before,
    after: parameters,
  });
}

function desiredOf(
  set: DestinationStackSet,
  templateBody: string,
  parameters: Readonly<Record<string, string>>,
  tags: Readonly<Record<string, string>>,
): DesiredStackSet {
  return {
    name: set.name,
    description: 's3-xrepl destinations: a replica bucket and its KMS key per instance.',
    tags,
    region: set.region,
    templateBody,
    parameters,
    permissionModel: 'SELF_MANAGED',
    administrationRoleArn: set.administrationRoleArn,
    executionRoleName: set.executionRoleName,
    accounts: [],
    overrides: new Map(),
    organizationalUnits: [],
    notes: [],
  };
}

/** Destinations without an instance whose stack of their own (the per-destination name) is live. */
async function standaloneStacks(
  destinations: readonly StackPlan[],
  deployed: ReadonlyMap<string, DeployedInstance>,
  deps: Pick<DestinationStackSetDeps, 'clients'>,
): Promise<string[]> {
  const found = await Promise.all(
    destinations
      .filter((s) => !deployed.has(s.name))
      .map(async (s) => ((await hasOwnStack(s, deps)) ? [`${s.name} (${s.account}, ${s.region})`] : [])),
  );
  return found.flat();
}

/** The destination's stack of its own (the per-destination name) is live in its account. */
export async function hasOwnStack(
  stack: StackPlan,
  deps: Pick<DestinationStackSetDeps, 'clients'>,
): Promise<boolean> {
  const kind = stackState(
    (await describeStack(deps.clients(stack.account, stack.region).cfn, stack.name))?.StackStatus,
  ).kind;
  return kind !== 'absent' && kind !== 'deleted';
}
