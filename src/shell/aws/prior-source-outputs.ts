import type { Synthesis } from '../../core/synth/synthesize.js';
import type { StackClients } from './clients.js';
import { describeStack, outputsOf } from './deploy-stack.js';
import { stackState } from './stack-status.js';

/**
 * The source stack's outputs from an earlier deploy, when a two-way destination needs them: its
 * way back then stays on from the first phase instead of being switched off until the source has
 * been deployed again. Empty when there is no two-way destination or no deployed source yet.
 */
export async function priorSourceOutputs(
  synthesis: Synthesis,
  clients: (account: string, region: string) => Pick<StackClients, 'cfn'>,
): Promise<Map<string, Record<string, string>>> {
  const prior = new Map<string, Record<string, string>>();
  if (!synthesis.manifest.wayBack?.length) return prior;
  const source = synthesis.manifest.stacks.find((s) => s.kind === 'source')!;
  const live = await describeStack(clients(source.account, source.region).cfn, source.name);
  if (stackState(live?.StackStatus).kind === 'ready') prior.set(source.name, outputsOf(live));
  return prior;
}
