import { TOPOLOGY_STACK_TAG } from '../../core/model/names.js';
import { randomBytes } from 'node:crypto';
import type { Topology } from '../../core/model/topology.js';
import { resolveParameters } from '../../core/plan/resolve-parameters.js';
import { renderSynthesisFiles } from '../../core/synth/render-files.js';
import type { StackPlan, Synthesis } from '../../core/synth/synthesize.js';
import { ServiceError, UserError, isServiceFailure, stackServiceError } from '../../core/errors.js';
import { deployDestinationStackSet } from './destination-stack-set.js';
import type { Logger } from '../logger.js';
import type { StackClients } from './clients.js';
import { deployStack, type DeployPolicy, type StackResult } from './deploy-stack.js';
import type { Clock } from './poll.js';
import { templateSource } from './template-staging.js';
import { priorSourceOutputs } from './prior-source-outputs.js';
import { importBucket } from './import-bucket.js';
import { toJsonText } from '../../core/synth/render-files.js';
import type { Template } from '../../core/templates/cfn.js';

/** An existing bucket a stack imports before its first update. */
export interface BucketToImport {
  readonly template: Template;
  readonly logicalId: string;
  readonly bucket: string;
}

export interface StackOutcome {
  readonly stack: StackPlan;
  readonly result: StackResult;
  readonly startedAt: number;
  readonly finishedAt: number;
}

export interface StackFailure {
  readonly stack: StackPlan;
  readonly error: unknown;
  /** CloudFormation had accepted a change to the stack (an execution, a delete) before it failed. */
  readonly changed: boolean;
  readonly startedAt: number;
  readonly finishedAt: number;
}

/** What became of every stack: deployed, failed, or never begun because an earlier one failed. */
export interface TopologyDeployment {
  readonly topology: Topology;
  /** The stacks deployed, in deploy order. */
  readonly outcomes: readonly StackOutcome[];
  readonly failures: readonly StackFailure[];
  readonly notDeployed: readonly StackPlan[];
}

export interface DeployTopologyDeps {
  readonly clients: (account: string, region: string) => StackClients;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Makes a change set name unique to this run and attempt. */
  readonly runId: string;
}

/** Every change set of deploy starts so: IAM confines the deploy role to it, and the plan role to `s3-xrepl-plan-`. */
export const DEPLOY_CHANGE_SET_PREFIX = 's3-xrepl-deploy-';

/**
 * This run's change-set name: its run id, for people, and a random part, so that nobody who
 * knows the run id can prepare or predict a change set under the name deploy will execute.
 */
export function deployChangeSetName(runId: string): string {
  return `${DEPLOY_CHANGE_SET_PREFIX}${runId}-${randomBytes(4).toString('hex')}`;
}

/**
 * Every destination stack in parallel (their outputs are what the source needs), then the source
 * stack with those outputs as parameters. A failed destination stops the source from deploying;
 * the other destinations still finish, so nothing is left half-way. Failures are returned, not
 * thrown, with what was deployed before them: `deploymentError` gives the error to report.
 */
export async function deployTopology(
  topology: Topology,
  synthesis: Synthesis,
  policy: DeployPolicy,
  deps: DeployTopologyDeps,
  /** Stacks whose existing bucket is imported first, by stack name (issue 17; kept-synthesis.ts). */
  imports: ReadonlyMap<string, BucketToImport> = new Map(),
): Promise<TopologyDeployment> {
  const files = renderSynthesisFiles(synthesis);
  const stacks = synthesis.manifest.stacks;
  const destinations = stacks.filter((s) => s.kind === 'destination');
  const source = stacks.filter((s) => s.kind === 'source');
  const changeSetName = deployChangeSetName(deps.runId);
  // A two-way destination deploys a second time after the source: its own change set, named apart.
  const wayBack = synthesis.manifest.wayBack ?? [];
  const secondTime = new Set<StackPlan>(wayBack);
  let outputs: Map<string, Record<string, string>>;
  try {
    outputs = await priorSourceOutputs(synthesis, deps.clients);
  } catch (e) {
    const at = deps.clock.now();
    const error = stackServiceError(
      e,
      source[0]!,
      '',
      'Nothing was changed. Run again once the service is reachable.',
    );
    return {
      topology,
      outcomes: [],
      failures: [{ stack: source[0]!, error, changed: false, startedAt: at, finishedAt: at }],
      notDeployed: [...destinations, ...wayBack],
    };
  }

  const deployOne = async (stack: StackPlan): Promise<StackOutcome | StackFailure> => {
    const startedAt = deps.clock.now();
    let changed = false;
    try {
      return await deployStackOf(stack, () => (changed = true));
    } catch (e) {
      const error = stackServiceError(
        e,
        stack,
        '',
        'Retries did not help. Run again once the service is reachable: every stack is deployed through a change set, so a second run resumes safely.',
      );
      return { stack, error, changed, startedAt, finishedAt: deps.clock.now() };
    }
  };

  const deployStackOf = async (stack: StackPlan, onChange: () => void): Promise<StackOutcome> => {
    const startedAt = deps.clock.now();
    const clients = deps.clients(stack.account, stack.region);
    const source = (templateText: string) =>
      templateSource(
        {
          templateText,
          stackName: stack.name,
          account: stack.account,
          region: stack.region,
          partition: topology.partition,
          stagedBy: 'deploy',
        },
        clients.s3,
      );
    const template = await source(files.get(stack.template)!);
    const executionRoleArn = topology.accounts[stack.account]?.executionRoleArn;
    const parameters = resolveParameters(stack.name, stack.parameters, outputs);
    const tags = { ...stack.tags, [TOPOLOGY_STACK_TAG]: topology.name };
    const toImport = imports.get(stack.name);
    if (toImport)
      await importBucket(
        {
          stackName: stack.name,
          template: await source(toJsonText(toImport.template)),
          parameters: Object.fromEntries(
            Object.entries(parameters).filter(([k]) => k in (toImport.template.Parameters ?? {})),
          ),
          tags,
          ...(executionRoleArn ? { executionRoleArn } : {}),
          changeSetName: `${changeSetName}-import`,
          logicalId: toImport.logicalId,
          bucket: toImport.bucket,
        },
        policy.timeoutMs,
        { cfn: clients.cfn, logger: deps.logger, clock: deps.clock, onChange },
      );
    const result = await deployStack(
      {
        stackName: stack.name,
        template,
        parameters,
        tags,
        ...(executionRoleArn ? { executionRoleArn } : {}),
        changeSetName: secondTime.has(stack) ? `${changeSetName}-way-back` : changeSetName,
      },
      policy,
      { cfn: clients.cfn, logger: deps.logger, clock: deps.clock, onChange },
    );
    outputs.set(stack.name, result.outputs);
    return { stack, result, startedAt, finishedAt: deps.clock.now() };
  };

  if (topology.destinationStackSet) {
    const startedAt = deps.clock.now();
    const generic = destinations[0]!.template;
    const instances = await deployDestinationStackSet(
      topology,
      destinations,
      files.get(generic)!,
      synthesis.templates.get(generic)!,
      policy,
      deps,
    ).catch((e: unknown) => {
      throw isServiceFailure(e)
        ? new ServiceError(
            `StackSet ${topology.destinationStackSet!.name} (${topology.destinationStackSet!.account}, ${topology.destinationStackSet!.region}): AWS did not answer as expected: ${(e as Error).name}: ${(e as Error).message}`,
            'The source stack was not deployed. Run again once the cause is fixed: the StackSet resumes from where it is.',
          )
        : e;
    });
    const outcomes: StackOutcome[] = instances.map((o) => {
      outputs.set(o.stack.name, o.result.outputs);
      return { ...o, startedAt, finishedAt: deps.clock.now() };
    });
    return inOrder(topology, outcomes, [...source, ...wayBack], deployOne);
  }

  const settled = await Promise.all(destinations.map(deployOne));
  const failures = settled.filter(isFailure);
  const outcomes = settled.filter((s): s is StackOutcome => !isFailure(s));
  if (failures.length > 0) return { topology, outcomes, failures, notDeployed: [...source, ...wayBack] };
  return inOrder(topology, outcomes, [...source, ...wayBack], deployOne);
}

/** The stacks that follow, one at a time; the first failure leaves the rest undeployed. */
async function inOrder(
  topology: Topology,
  done: readonly StackOutcome[],
  next: readonly StackPlan[],
  deployOne: (stack: StackPlan) => Promise<StackOutcome | StackFailure>,
): Promise<TopologyDeployment> {
  const outcomes = [...done];
  for (const [i, stack] of next.entries()) {
    const result = await deployOne(stack);
    if (isFailure(result)) return { topology, outcomes, failures: [result], notDeployed: next.slice(i + 1) };
    outcomes.push(result);
  }
  return { topology, outcomes, failures: [], notDeployed: [] };
}

const isFailure = (x: StackOutcome | StackFailure): x is StackFailure => 'error' in x;

/**
 * The one error that explains a deployment's failures: a single failure, or any that is not the
 * user's to fix, as it is; several of the user's, together. Undefined when nothing failed.
 */
export function deploymentError(d: TopologyDeployment): unknown {
  const failed = d.failures;
  if (failed.length === 0) return undefined;
  const notUser = failed.find((f) => !(f.error instanceof UserError));
  if (failed.length === 1 || notUser) return (notUser ?? failed[0]!).error;
  return new UserError(
    `${failed.length} destination stacks failed; the source stack was not deployed:\n` +
      failed.map((f) => `  - ${f.stack.name}: ${(f.error as Error).message ?? String(f.error)}`).join('\n'),
  );
}
