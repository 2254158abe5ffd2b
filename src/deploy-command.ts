import type { Topology } from './core/model/topology.js';
import type { DeployReport } from './core/report/deploy-report.js';
import { readTopology } from './read-topology.js';
import type { AccountCredentials } from './shell/aws/credentials.js';
import type { AccountClients } from './shell/aws/clients.js';
import type { DeployPolicy } from './shell/aws/deploy-stack.js';
import { deployTopology } from './shell/aws/deploy-topology.js';
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

/** config file → deployed stacks, destinations first. Validates fully before any AWS call. */
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
  return {
    topology: topology.name,
    destinationIds: Object.fromEntries(topology.destinations.map((d) => [d.stackName, d.id])),
    stacks: deployment.outcomes.map((o) => ({
      name: o.stack.name,
      kind: o.stack.kind,
      account: o.stack.account,
      region: o.stack.region,
      result: o.result.kind,
      stackId: o.result.stackId,
      changes: o.result.kind === 'unchanged' ? [] : o.result.changes,
      outputs: o.result.outputs,
      seconds: (o.finishedAt - o.startedAt) / 1000,
    })),
  };
}
