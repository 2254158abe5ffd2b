import { GetTemplateCommand } from '@aws-sdk/client-cloudformation';
import type { Topology } from '../../core/model/topology.js';
import type { DeployedStack } from '../../core/plan/stack-values.js';
import type { Synthesis } from '../../core/synth/synthesize.js';
import type { TemplateInput } from '../../core/templates/resolve.js';
import type { Logger } from '../logger.js';
import type { StackClients } from './clients.js';
import { describeStack, outputsOf, parameterMap } from './deploy-stack.js';
import { locateStacks } from './locate-stacks.js';
import type { Clock } from './poll.js';
import { stackState } from './stack-status.js';

/**
 * What CloudFormation holds for each stack of the manifest that exists: its template, parameters
 * and outputs, keyed by the manifest's stack name (a StackSet instance's stack is found through
 * its StackSet). A plan resolves the values it shows from these; read-only, with the plan role.
 */
export async function readDeployedStacks(
  topology: Topology,
  synthesis: Synthesis,
  deps: {
    readonly clients: (account: string, region: string) => StackClients;
    readonly logger: Logger;
    readonly clock: Clock;
  },
): Promise<Map<string, DeployedStack>> {
  const located = await locateStacks(topology, synthesis, deps);
  const out = new Map<string, DeployedStack>();
  await Promise.all(
    synthesis.manifest.stacks.map(async (s, i) => {
      const name = located.synthesis.manifest.stacks[i]!.name;
      const cfn = deps.clients(s.account, s.region).cfn;
      const live = await describeStack(cfn, name);
      const state = stackState(live?.StackStatus);
      if (!live || state.kind === 'deleted' || state.kind === 'review') return;
      const { TemplateBody } = await cfn.send(
        new GetTemplateCommand({ StackName: name, TemplateStage: 'Original' }),
      );
      if (!TemplateBody) return;
      out.set(s.name, {
        template: JSON.parse(TemplateBody) as TemplateInput,
        parameters: parameterMap(live.Parameters),
        outputs: outputsOf(live),
      });
    }),
  );
  return out;
}
