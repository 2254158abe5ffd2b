import type { Topology } from './core/model/topology.js';
import { wroteAnything, type DeployReport, type DeployedStack } from './core/report/deploy-report.js';
import type { StackPlan } from './core/synth/synthesize.js';
import { PartialFailure } from './errors.js';
import { readTopology } from './read-topology.js';
import type { AccountCredentials } from './shell/aws/credentials.js';
import type { AccountClients } from './shell/aws/clients.js';
import type { DeployPolicy } from './shell/aws/deploy-stack.js';
import { deployTopology, deploymentError, type TopologyDeployment } from './shell/aws/deploy-topology.js';
import type { Clock } from './shell/aws/poll.js';
import type { Logger } from './shell/logger.js';

export type RoleKind = 'plan' | 'deploy';

/** The role of this kind that the config names for an account. */
export function roleArnOf(topology: Topology, account: string, role: RoleKind): string {
  const roles = topology.accounts[account]!;
  return role === 'plan' ? roles.planRoleArn : roles.deployRoleArn;
}

export interface DeployDeps {
  readonly readFile: (path: string) => Promise<string>;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly runId: string;
  /**
   * Credentials for every account of the topology (undefined: the SDK's default chain), through
   * each account's plan role (read and preview only) or deploy role.
   */
  readonly credentials: (
    topology: Topology,
    role: RoleKind,
  ) => Promise<ReadonlyMap<string, AccountCredentials> | undefined>;
  readonly clients: (
    credentials: ReadonlyMap<string, AccountCredentials> | undefined,
  ) => (account: string, region: string) => AccountClients;
}

/**
 * A deploy that failed after it had changed a stack: exit 1, never 2, and its report says what was
 * deployed, what failed and what was never begun.
 */
export class PartialDeployError extends PartialFailure {
  override readonly name = 'PartialDeployError';
  constructor(
    readonly report: DeployReport,
    cause: unknown,
  ) {
    super(cause, `The deploy stopped part-way: ${doneText(report)}. The job summary lists every stack.`);
  }
}

/**
 * config file → deployed stacks, destinations first. Validates fully before any AWS call. A
 * failure that changed nothing is thrown as it is; one after a stack changed, as a
 * PartialDeployError with the report.
 */
export async function runDeploy(
  opts: { configPath: string; policy: DeployPolicy },
  deps: DeployDeps,
): Promise<DeployReport> {
  const { topology, synthesis } = await readTopology(opts.configPath, deps);
  const credentials = await deps.credentials(topology, 'deploy');
  const deployment = await deployTopology(topology, synthesis, opts.policy, {
    clients: deps.clients(credentials),
    logger: deps.logger,
    clock: deps.clock,
    runId: deps.runId,
  });
  const report = deployReport(topology, synthesis.manifest.stacks, deployment);
  const error = deploymentError(deployment);
  if (error === undefined) return report;
  throw wroteAnything(report) ? new PartialDeployError(report, error) : error;
}

function deployReport(
  topology: Topology,
  order: readonly StackPlan[],
  deployment: TopologyDeployment,
): DeployReport {
  const where = (s: StackPlan) => ({ name: s.name, kind: s.kind, account: s.account, region: s.region });
  const stack = (s: StackPlan): DeployedStack => {
    const o = deployment.outcomes.find((x) => x.stack.name === s.name);
    if (o)
      return {
        ...where(s),
        result: o.result.kind,
        stackId: o.result.stackId,
        changes: o.result.kind === 'unchanged' ? [] : o.result.changes,
        outputs: o.result.outputs,
        seconds: (o.finishedAt - o.startedAt) / 1000,
      };
    const f = deployment.failures.find((x) => x.stack.name === s.name);
    return {
      ...where(s),
      result: f ? 'failed' : 'not-deployed',
      stackId: '',
      changes: [],
      outputs: {},
      seconds: f ? (f.finishedAt - f.startedAt) / 1000 : 0,
      ...(f ? { failure: { message: messageOf(f.error), changedStack: f.changed } } : {}),
    };
  };
  return {
    topology: topology.name,
    destinationIds: Object.fromEntries(topology.destinations.map((d) => [d.stackName, d.id])),
    stacks: order.map(stack),
  };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** "created a, b; a failed after changing it; c not deployed" */
function doneText(r: DeployReport): string {
  const named = (pick: (s: DeployedStack) => boolean) =>
    r.stacks
      .filter(pick)
      .map((s) => s.name)
      .join(', ');
  return [
    ['created', named((s) => s.result === 'created')],
    ['updated', named((s) => s.result === 'updated')],
    ['unchanged', named((s) => s.result === 'unchanged')],
    ['failed after changing the stack', named((s) => s.failure?.changedStack === true)],
    ['failed before changing the stack', named((s) => s.failure?.changedStack === false)],
    ['not deployed', named((s) => s.result === 'not-deployed')],
  ]
    .filter(([, names]) => names !== '')
    .map(([what, names]) => `${what}: ${names}`)
    .join('; ');
}
