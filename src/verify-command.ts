import { canaryObjects } from './core/verify/canary-objects.js';
import type { DestinationVerification, VerifyReport } from './core/verify/verification.js';
import { DESTINATION_OUTPUTS } from './core/templates/destination-template.js';
import { SOURCE_OUTPUTS } from './core/templates/source-template.js';
import type { DeployDeps } from './deploy-command.js';
import { UserError } from './errors.js';
import { readTopology } from './read-topology.js';
import { runCanary, type CanaryPlace } from './shell/aws/canary.js';
import { describeStack } from './shell/aws/deploy-stack.js';

export type VerifyDeps = DeployDeps;

/**
 * config file → a canary per destination, all at once. Reads each stack's outputs for the live
 * bucket and key ARNs; uses the deploy role (verify runs right after a deploy, and that role may
 * write canaries under the reserved segment only).
 */
export async function runVerify(
  opts: { configPath: string; timeoutMs: number },
  deps: VerifyDeps,
): Promise<VerifyReport> {
  const { topology } = await readTopology(opts.configPath, deps);
  const credentials = await deps.credentials(topology, 'deploy');
  const clients = deps.clients(credentials);

  const placeOf = async (
    p: { stackName: string; account: string; region: string; bucket: string },
    keyOutput: string,
  ): Promise<CanaryPlace> => {
    const c = clients(p.account, p.region);
    const stack = await describeStack(c.cfn, p.stackName);
    const keyArn = stack?.Outputs?.find((o) => o.OutputKey === keyOutput)?.OutputValue;
    if (!stack || !keyArn)
      throw new UserError(
        `${p.stackName} (${p.account}, ${p.region}) is not deployed, so there is nothing to verify.`,
        'Run mode deploy first.',
      );
    return { account: p.account, region: p.region, bucket: p.bucket, keyArn, s3: c.s3 };
  };
  const source = await placeOf(topology.source, SOURCE_OUTPUTS.kmsKeyArn);
  const destinations = new Map<string, CanaryPlace>();
  for (const d of topology.destinations)
    destinations.set(d.id, await placeOf(d, DESTINATION_OUTPUTS.kmsKeyArn));

  const results = await Promise.all(
    canaryObjects(topology, deps.runId).map(async (choice): Promise<DestinationVerification> => {
      if (choice.kind === 'unverifiable') {
        const d = destinations.get(choice.destinationId)!;
        return {
          destinationId: choice.destinationId,
          account: d.account,
          region: d.region,
          bucket: d.bucket,
          status: 'unverifiable',
          checks: [],
          hints: [choice.reason],
          leftBehind: [],
        };
      }
      const result = await runCanary({
        canary: choice.object,
        runId: deps.runId,
        source,
        destinations,
        clock: deps.clock,
        timeoutMs: opts.timeoutMs,
      });
      deps.logger.info(
        `verify ${choice.object.destinationId}: ${result.status}${result.replicationStatus ? ` (${result.replicationStatus})` : ''}${result.latencyMs !== undefined ? ` in ${result.latencyMs} ms` : ''}`,
      );
      return result;
    }),
  );
  return { topology: topology.name, configPath: opts.configPath, destinations: results };
}
