import { GetTemplateCommand, ValidateTemplateCommand, type Stack } from '@aws-sdk/client-cloudformation';
import type { Topology } from '../../core/model/topology.js';
import { pictureOf } from '../../core/plan/picture.js';
import type { Plan, StackPreview } from '../../core/plan/plan.js';
import { destructiveChanges } from '../../core/plan/resource-change.js';
import { diffStack } from '../../core/plan/template-diff.js';
import { renderSynthesisFiles } from '../../core/synth/render-files.js';
import type { StackPlan, Synthesis } from '../../core/synth/synthesize.js';
import type { Template } from '../../core/templates/cfn.js';
import { UserError, stackServiceError } from '../../core/errors.js';
import type { Logger } from '../logger.js';
import type { StackClients } from './clients.js';
import { describeStack } from './deploy-stack.js';
import { previewStack } from './plan-stack.js';
import { PLAN_CHANGE_SET_PREFIX, TOPOLOGY_STACK_TAG } from '../../core/model/names.js';
import type { Clock } from './poll.js';
import { stackState, stateText } from './stack-status.js';
import { templateSource } from './template-staging.js';
import { priorSourceOutputs } from './prior-source-outputs.js';
import { resolveParameters } from '../../core/plan/resolve-parameters.js';
import { hasOwnStack, instanceChanges, readDeployed, stackSetDepsOf } from './destination-stack-set.js';
import { instancesIfAny } from './stack-set.js';

export interface PlanPolicy {
  readonly allowDestructive: boolean;
  readonly recreateFailedStacks: boolean;
  readonly timeoutMs: number;
}

export interface PlanTopologyDeps {
  readonly clients: (account: string, region: string) => StackClients;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly runId: string;
}

interface Previewed {
  readonly preview: StackPreview;
  /** The live stack's outputs, when they will still hold after deploy. */
  readonly settledOutputs?: Record<string, string>;
}

/**
 * Every stack in deploy order, previewed through change sets and nothing executed. Destinations
 * first (in parallel); the source is previewed with their live outputs, or, where a destination
 * is new or will replace what its outputs name, from its templates with those inputs marked
 * "known after deploy".
 */
export async function planTopology(
  topology: Topology,
  synthesis: Synthesis,
  configPath: string,
  policy: PlanPolicy,
  deps: PlanTopologyDeps,
): Promise<Plan> {
  const files = renderSynthesisFiles(synthesis);
  const stacks = synthesis.manifest.stacks;
  const guarded = <T>(
    stack: Pick<StackPlan, 'name' | 'account' | 'region'>,
    work: () => Promise<T>,
  ): Promise<T> =>
    work().catch((e: unknown) => {
      throw stackServiceError(
        e,
        stack,
        'while planning',
        'Nothing was changed. Run the plan again once the service is reachable.',
      );
    });

  const previewLive = async (stack: StackPlan, parameters: Record<string, string>): Promise<Previewed> => {
    const clients = deps.clients(stack.account, stack.region);
    const live = await describeStack(clients.cfn, stack.name);
    const state = stackState(live?.StackStatus);
    const template = await templateSource(
      {
        templateText: files.get(stack.template)!,
        stackName: stack.name,
        account: stack.account,
        region: stack.region,
        partition: topology.partition,
        stagedBy: 'plan',
      },
      clients.s3,
    );
    if (!live || state.kind === 'deleted' || state.kind === 'review')
      return {
        preview: await previewNew(stack, synthesis.templates.get(stack.template)!, template, clients),
      };
    const { outputs, ...result } = await previewStack(
      {
        stackName: stack.name,
        template,
        parameters,
        tags: { ...stack.tags, [TOPOLOGY_STACK_TAG]: topology.name },
        changeSetName: `${PLAN_CHANGE_SET_PREFIX}${deps.runId}`,
      },
      live,
      policy.recreateFailedStacks,
      policy.timeoutMs,
      { cfn: clients.cfn, logger: deps.logger, clock: deps.clock },
    );
    const settled = result.status === 'update' || result.status === 'unchanged';
    const replacesOutputs = destructiveChanges(result.changes).some(
      (d) => d.change.resourceType !== 'AWS::IAM::Role',
    );
    return {
      preview: { ...describe(stack), ...result, unknownInputs: [] },
      ...(settled && !replacesOutputs && outputs ? { settledOutputs: outputs } : {}),
    };
  };

  /**
   * A destination deployed as a StackSet instance: what the StackSet operation would change there,
   * from the instance stack's deployed template and parameters (no change set is made on a stack
   * StackSets owns). A destination without an instance is new: every resource is added.
   */
  const set = topology.destinationStackSet;
  const deployedInstances = set
    ? await guarded({ name: `StackSet ${set.name}`, account: set.account, region: set.region }, async () =>
        readDeployed(
          stacks.filter((s) => s.kind === 'destination'),
          await instancesIfAny(set.name, stackSetDepsOf(set, policy.timeoutMs, deps)),
          deps,
        ),
      )
    : undefined;
  const previewInstance = async (stack: StackPlan): Promise<Previewed> => {
    const deployed = deployedInstances!.get(stack.name);
    const via = `an instance of StackSet ${set!.name}`;
    const blocked = (note: string): Previewed => ({
      preview: { ...describe(stack), status: 'blocked', changes: [], unknownInputs: [], note },
    });
    if (deployed && deployed.state.kind !== 'ready')
      return blocked(
        `${via}, whose stack is ${stateText(deployed.state)}: a deploy refuses to build on it until it is fixed.`,
      );
    if (!deployed && (await hasOwnStack(stack, deps)))
      return blocked(
        `deployed as its own stack: a deploy refuses to move it into StackSet ${set!.name} (its bucket and key already exist).`,
      );
    const changes = instanceChanges(
      deployed,
      synthesis.templates.get(stack.template)!,
      literalParameters(stack),
    );
    if (!deployed?.template)
      return {
        preview: {
          ...describe(stack),
          status: 'create',
          changes,
          unknownInputs: [],
          note: `${via}, new: every resource is added.`,
        },
      };
    const replacesOutputs = destructiveChanges(changes).length > 0;
    return {
      preview: {
        ...describe(stack),
        status: changes.length > 0 ? 'update' : 'unchanged',
        changes,
        unknownInputs: [],
        note: `${via} (${deployed.instance.status}), compared with its deployed template and parameters.`,
      },
      ...(replacesOutputs ? {} : { settledOutputs: deployed.outputs }),
    };
  };

  const sourceStack = stacks.find((s) => s.kind === 'source')!;
  const prior = await guarded(sourceStack, () => priorSourceOutputs(synthesis, deps.clients));
  const destinations = await Promise.all(
    stacks
      .filter((s) => s.kind === 'destination')
      .map((s) =>
        guarded(s, () =>
          set
            ? previewInstance(s)
            : previewLive(s, resolveParameters(s.name, s.parameters, prior)).then(
                wayBackNote(synthesis, s, prior),
              ),
        ),
      ),
  );
  const outputsOf = new Map(
    stacks
      .filter((s) => s.kind === 'destination')
      .map((s, i) => [s.name, destinations[i]!.settledOutputs] as const),
  );

  const previews = destinations.map((d) => d.preview);
  for (const source of stacks.filter((s) => s.kind === 'source')) {
    const known: Record<string, string> = {};
    const unknown: string[] = [];
    for (const [name, value] of Object.entries(source.parameters)) {
      if (typeof value === 'string') known[name] = value;
      else {
        const v = outputsOf.get(value.fromStack)?.[value.output];
        if (v === undefined) unknown.push(name);
        else known[name] = v;
      }
    }
    previews.push(
      await guarded(source, async () =>
        unknown.length === 0
          ? (await previewLive(source, known)).preview
          : await previewFromTemplates(source, synthesis.templates.get(source.template)!, unknown, deps),
      ),
    );
  }
  return {
    topology: topology.name,
    configPath,
    basis: { kind: 'live' },
    allowDestructive: policy.allowDestructive,
    stacks: previews,
    picture: pictureOf(topology),
  };
}

/** A stack whose inputs are not known yet: its deployed template against the new one, those inputs marked. */
async function previewFromTemplates(
  stack: StackPlan,
  template: Template,
  unknown: readonly string[],
  deps: PlanTopologyDeps,
): Promise<StackPreview> {
  const clients = deps.clients(stack.account, stack.region);
  const live = await describeStack(clients.cfn, stack.name);
  const state = stackState(live?.StackStatus);
  if (state.kind === 'busy' || state.kind === 'stuck' || state.kind === 'failed-create')
    return {
      ...describe(stack),
      status: 'blocked',
      changes: [],
      unknownInputs: unknown,
      note: `it is ${state.status}: ${state.kind === 'busy' ? 'another operation is running on it; plan again when it has finished' : 'CloudFormation needs a person (or recreate-failed-stacks) before any deploy'}.`,
    };
  let deployed: Template | undefined;
  if (state.kind === 'ready') {
    const out = await clients.cfn.send(
      new GetTemplateCommand({ StackName: stack.name, TemplateStage: 'Original' }),
    );
    deployed = out.TemplateBody ? (JSON.parse(out.TemplateBody) as Template) : undefined;
  }
  const changes = diffStack(deployed, template, new Set([...unknown, ...changedLiterals(live, stack)]));
  return {
    ...describe(stack),
    status: 'pending-inputs',
    changes,
    unknownInputs: unknown,
    note: deployed
      ? 'compared with its deployed template.'
      : 'it does not exist yet: every resource is added.',
  };
}

function changedLiterals(live: Stack | undefined, stack: StackPlan): string[] {
  const deployed = new Map((live?.Parameters ?? []).map((p) => [p.ParameterKey, p.ParameterValue]));
  return Object.entries(stack.parameters)
    .filter(([k, v]) => typeof v === 'string' && deployed.get(k) !== v)
    .map(([k]) => k);
}

function describe(stack: StackPlan) {
  return { name: stack.name, kind: stack.kind, account: stack.account, region: stack.region };
}

/** A two-way destination deployed before its source exists says that its way back comes in a later phase. */
function wayBackNote(synthesis: Synthesis, stack: StackPlan, prior: ReadonlyMap<string, unknown>) {
  return (p: Previewed): Previewed => {
    const later = synthesis.manifest.wayBack?.some((s) => s.name === stack.name) && prior.size === 0;
    if (!later) return p;
    const note =
      'two-way: deployed first with its way back off (its rules need the source key), then again after the ' +
      'source stack with its replication role and rules to the source.';
    return { ...p, preview: { ...p.preview, note: p.preview.note ? `${p.preview.note} ${note}` : note } };
  };
}

function literalParameters(stack: StackPlan): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(stack.parameters)) {
    if (typeof v !== 'string')
      throw new Error(`internal: ${stack.name} parameter ${k} reads another stack's output`);
    out[k] = v;
  }
  return out;
}

/**
 * A stack that does not exist yet: every resource of its template is added. CloudFormation checks
 * the template (ValidateTemplate) without creating anything.
 */
async function previewNew(
  stack: StackPlan,
  template: Template,
  source: { readonly body: string } | { readonly url: string },
  clients: StackClients,
): Promise<StackPreview> {
  try {
    await clients.cfn.send(
      new ValidateTemplateCommand(
        'body' in source ? { TemplateBody: source.body } : { TemplateURL: source.url },
      ),
    );
  } catch (e) {
    if ((e as Error).name === 'ValidationError')
      throw new UserError(
        `${stack.name}: CloudFormation refuses the template: ${(e as Error).message}`,
        'A deploy would fail the same way.',
      );
    throw e;
  }
  return {
    ...describe(stack),
    status: 'create',
    changes: diffStack(undefined, template, new Set()),
    unknownInputs: [],
    note: 'it does not exist yet: every resource is added.',
  };
}
