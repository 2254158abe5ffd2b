import { DescribeStackResourcesCommand, GetTemplateCommand } from '@aws-sdk/client-cloudformation';
import type { StackDrift, DriftReport } from './core/drift/drift-report.js';
import { compareState, expectedState, type Finding } from './core/drift/expected-state.js';
import type { Partition } from './core/config/regions.js';
import type { Stack } from '@aws-sdk/client-cloudformation';
import type { StackPlan } from './core/synth/synthesize.js';
import { resolveTemplate, type TemplateInput } from './core/templates/resolve.js';
import type { DeployDeps } from './deploy-command.js';
import { stackServiceError } from './errors.js';
import { readTopology } from './read-topology.js';
import { locateStacks } from './shell/aws/locate-stacks.js';
import type { AccountClients } from './shell/aws/clients.js';
import { describeStack, parameterMap } from './shell/aws/deploy-stack.js';
import { readLiveState } from './shell/aws/read-live-state.js';
import { detectStackDrift } from './shell/aws/stack-drift.js';

export type DriftDeps = DeployDeps;

/**
 * config file → drift of every stack: CloudFormation's detection, and a direct comparison of the
 * live buckets, keys and role with the template each stack was deployed with (its own template and
 * parameters, so a config change not yet deployed is not mistaken for drift). Read-only: the plan
 * role suffices.
 */
export async function runDrift(
  opts: { configPath: string; timeoutMs: number },
  deps: DriftDeps,
): Promise<DriftReport> {
  const read = await readTopology(opts.configPath, deps);
  const credentials = await deps.credentials(read.topology, 'plan');
  const clients = deps.clients(credentials);
  // Destinations deployed as a StackSet live in its instances' stacks.
  const { topology, synthesis } = await locateStacks(read.topology, read.synthesis, { ...deps, clients });
  const stacks = await Promise.all(
    synthesis.manifest.stacks.map((s) =>
      stackDrift(s, clients(s.account, s.region), topology.partition, opts.timeoutMs, deps).catch(
        (e: unknown) => {
          throw stackServiceError(
            e,
            s,
            'while checking drift',
            'Nothing was changed. Run the drift check again once the service is reachable.',
          );
        },
      ),
    ),
  );
  return { topology: topology.name, configPath: opts.configPath, stacks };
}

async function stackDrift(
  s: StackPlan,
  c: AccountClients,
  partition: Partition,
  timeoutMs: number,
  deps: Pick<DriftDeps, 'clock' | 'logger'>,
): Promise<StackDrift> {
  const where = { name: s.name, kind: s.kind, account: s.account, region: s.region };
  const stack = await describeStack(c.cfn, s.name);
  if (!stack || stack.StackStatus === 'REVIEW_IN_PROGRESS')
    return { ...where, deployed: false, findings: [] };

  const [cloudFormation, findings] = await Promise.all([
    detectStackDrift(c.cfn, s.name, deps.clock, timeoutMs),
    directFindings(s, c, partition, stack),
  ]);
  deps.logger.info(
    `${s.name}: CloudFormation ${cloudFormation.status}; ${findings.filter((f) => f.status === 'drifted').length} drifted, ${findings.filter((f) => f.status === 'unknown').length} unknown of ${findings.length} direct checks`,
  );
  return { ...where, deployed: true, cloudFormation, findings };
}

/**
 * The direct comparison alone, for one deployed stack: its deployed template resolved with its
 * parameters and physical ids, against the live buckets, keys and role. Verify uses it to say which
 * link of the chain broke when a canary FAILED.
 */
export async function directFindings(
  s: StackPlan,
  c: AccountClients,
  partition: Partition,
  stack: Stack,
): Promise<Finding[]> {
  const [template, resources] = await Promise.all([
    c.cfn.send(new GetTemplateCommand({ StackName: s.name, TemplateStage: 'Original' })),
    c.cfn.send(new DescribeStackResourcesCommand({ StackName: s.name })),
  ]);
  const resolved = resolveTemplate(JSON.parse(template.TemplateBody ?? '{}') as TemplateInput, {
    partition,
    region: s.region,
    accountId: s.account,
    stackName: s.name,
    ...(stack.StackId ? { stackId: stack.StackId } : {}),
    parameters: parameterMap(stack.Parameters),
    resources: Object.fromEntries(
      (resources.StackResources ?? [])
        .filter((r) => r.LogicalResourceId && r.PhysicalResourceId)
        .map((r) => [r.LogicalResourceId!, { physicalId: r.PhysicalResourceId! }]),
    ),
  });
  const expected = expectedState(resolved, s.name);
  return compareState(expected, await readLiveState(expected, c));
}
