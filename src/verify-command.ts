import { canaryObjects } from './core/verify/canary-objects.js';
import type { DestinationVerification, VerifyReport } from './core/verify/verification.js';
import { DESTINATION_OUTPUTS } from './core/templates/destination-template.js';
import { SOURCE_OUTPUTS } from './core/templates/source-template.js';
import type { DeployDeps } from './deploy-command.js';
import { UserError } from './errors.js';
import { readTopology } from './read-topology.js';
import { locateStacks } from './shell/aws/locate-stacks.js';
import { runCanary, type CanaryPlace } from './shell/aws/canary.js';
import type { Stack } from '@aws-sdk/client-cloudformation';
import type { StackPlan } from './core/synth/synthesize.js';
import { describeStack } from './shell/aws/deploy-stack.js';
import { directFindings } from './drift-command.js';
import { findingLine } from './core/drift/drift-report.js';

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
  const read = await readTopology(opts.configPath, deps);
  const credentials = await deps.credentials(read.topology, 'deploy');
  const clients = deps.clients(credentials);
  // Destinations deployed as a StackSet live in its instances' stacks.
  const { topology, synthesis } = await locateStacks(read.topology, read.synthesis, { ...deps, clients });

  const described = new Map<string, Stack>();
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
    described.set(p.stackName, stack);
    return { account: p.account, region: p.region, bucket: p.bucket, keyArn, s3: c.s3 };
  };
  const source = await placeOf(topology.source, SOURCE_OUTPUTS.kmsKeyArn);
  const destinations = new Map<string, CanaryPlace>();
  for (const d of topology.destinations)
    destinations.set(d.id, await placeOf(d, DESTINATION_OUTPUTS.kmsKeyArn));

  /**
   * S3 never says why a version FAILED; the live state can. The destination's and the source's
   * stacks compared with what they deployed: what drifted is the likely broken link.
   */
  const driftedOf = new Map<string, Promise<string[]>>();
  /** Each stack is compared once, however many failed canaries ask (the source's, by every one). */
  const drifted = (s: StackPlan): Promise<string[]> => {
    const hit = driftedOf.get(s.name);
    if (hit) return hit;
    const c = clients(s.account, s.region);
    const lines = directFindings(s, c, topology.partition, described.get(s.name)!)
      .then((findings) =>
        findings.filter((f) => f.status === 'drifted').map((f) => `live state: ${findingLine(f)}`),
      )
      .catch((e: unknown) => {
        deps.logger.warning(`verify: could not compare ${s.name} with its template: ${(e as Error).message}`);
        return [];
      });
    driftedOf.set(s.name, lines);
    return lines;
  };
  const brokenLinks = async (destinationId: string): Promise<string[]> => {
    const d = topology.destinations.find((x) => x.id === destinationId)!;
    const stacks = synthesis.manifest.stacks.filter((s) => s.name === d.stackName || s.kind === 'source');
    return (await Promise.all(stacks.map(drifted))).flat();
  };

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
      const ran = await runCanary({
        canary: choice.object,
        runId: deps.runId,
        source,
        destinations,
        clock: deps.clock,
        timeoutMs: opts.timeoutMs,
      });
      const result =
        ran.status === 'pass'
          ? ran
          : { ...ran, hints: [...(await brokenLinks(ran.destinationId)), ...ran.hints] };
      deps.logger.info(
        `verify ${choice.object.destinationId}: ${result.status}${result.replicationStatus ? ` (${result.replicationStatus})` : ''}${result.latencyMs !== undefined ? ` in ${result.latencyMs} ms` : ''}`,
      );
      return result;
    }),
  );
  return { topology: topology.name, configPath: opts.configPath, destinations: results };
}
