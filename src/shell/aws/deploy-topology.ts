import type { Topology } from '../../core/model/topology.js';
import { resolveParameters } from '../../core/plan/resolve-parameters.js';
import { renderSynthesisFiles } from '../../core/synth/render-files.js';
import type { StackPlan, Synthesis } from '../../core/synth/synthesize.js';
import { ServiceError, UserError, isServiceFailure, stackServiceError } from '../../errors.js';
import { deployDestinationStackSet } from './destination-stack-set.js';
import type { Logger } from '../logger.js';
import type { StackClients } from './clients.js';
import { deployStack, type DeployPolicy, type StackResult } from './deploy-stack.js';
import type { Clock } from './poll.js';
import { templateSource } from './template-staging.js';

export interface StackOutcome {
  readonly stack: StackPlan;
  readonly result: StackResult;
  readonly startedAt: number;
  readonly finishedAt: number;
}

export interface TopologyDeployment {
  readonly topology: Topology;
  readonly outcomes: readonly StackOutcome[];
}

export interface DeployTopologyDeps {
  readonly clients: (account: string, region: string) => StackClients;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Makes a change set name unique to this run and attempt. */
  readonly runId: string;
}

/**
 * Every destination stack in parallel (their outputs are what the source needs), then the source
 * stack with those outputs as parameters. A failed destination stops the source from deploying;
 * the other destinations still finish, so nothing is left half-way.
 */
export async function deployTopology(
  topology: Topology,
  synthesis: Synthesis,
  policy: DeployPolicy,
  deps: DeployTopologyDeps,
): Promise<TopologyDeployment> {
  const files = renderSynthesisFiles(synthesis);
  const stacks = synthesis.manifest.stacks;
  const destinations = stacks.filter((s) => s.kind === 'destination');
  const source = stacks.filter((s) => s.kind === 'source');
  const outputs = new Map<string, Record<string, string>>();

  const deployOne = (stack: StackPlan): Promise<StackOutcome> =>
    deployStackOf(stack).catch((e: unknown) => {
      throw stackServiceError(
        e,
        stack,
        '',
        'Retries did not help. Run again once the service is reachable: every stack is deployed through a change set, so a second run resumes safely.',
      );
    });

  const deployStackOf = async (stack: StackPlan): Promise<StackOutcome> => {
    const startedAt = deps.clock.now();
    const clients = deps.clients(stack.account, stack.region);
    const template = await templateSource(
      {
        templateText: files.get(stack.template)!,
        stackName: stack.name,
        account: stack.account,
        region: stack.region,
        partition: topology.partition,
        stagedBy: 'deploy',
      },
      clients.s3,
    );
    const executionRoleArn = topology.accounts[stack.account]?.executionRoleArn;
    const result = await deployStack(
      {
        stackName: stack.name,
        template,
        parameters: resolveParameters(stack.name, stack.parameters, outputs),
        tags: { ...stack.tags, 's3-xrepl:topology': topology.name },
        ...(executionRoleArn ? { executionRoleArn } : {}),
        changeSetName: `s3-xrepl-${deps.runId}`,
      },
      policy,
      { cfn: clients.cfn, logger: deps.logger, clock: deps.clock },
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
    for (const s of source) outcomes.push(await deployOne(s));
    return { topology, outcomes };
  }

  const settled = await Promise.allSettled(destinations.map(deployOne));
  const failed = settled.flatMap((s, i) =>
    s.status === 'rejected' ? [{ stack: destinations[i]!, error: s.reason as unknown }] : [],
  );
  if (failed.length > 0) {
    // A single failure, or any that is not the user's to fix, is reported as it is.
    const notUser = failed.find((f) => !(f.error instanceof UserError));
    if (failed.length === 1 || notUser) throw (notUser ?? failed[0]!).error;
    throw new UserError(
      `${failed.length} destination stacks failed; the source stack was not deployed:\n` +
        failed.map((f) => `  - ${f.stack.name}: ${(f.error as Error).message ?? String(f.error)}`).join('\n'),
    );
  }
  const outcomes = settled.map((s) => (s as PromiseFulfilledResult<StackOutcome>).value);
  for (const s of source) outcomes.push(await deployOne(s));
  return { topology, outcomes };
}
