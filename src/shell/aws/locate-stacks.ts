import type { Topology } from '../../core/model/topology.js';
import type { Synthesis } from '../../core/synth/synthesize.js';
import type { StackClients } from './clients.js';
import type { Clock } from './poll.js';
import type { Logger } from '../logger.js';
import { instancesIfAny } from './stack-set.js';
import { stackSetDepsOf } from './destination-stack-set.js';

/**
 * With destinations deployed as a StackSet, each destination's stack is its instance's stack,
 * named by StackSets (StackSet-<name>-<uuid>) and found through the StackSet. Returns the
 * topology and synthesis with those names in place, so verify and drift read the stacks that
 * exist; a destination without an instance keeps its own name and reads as not deployed.
 */
export async function locateStacks(
  topology: Topology,
  synthesis: Synthesis,
  deps: {
    readonly clients: (account: string, region: string) => StackClients;
    readonly logger: Logger;
    readonly clock: Clock;
  },
): Promise<{ topology: Topology; synthesis: Synthesis }> {
  const set = topology.destinationStackSet;
  if (!set) return { topology, synthesis };
  const instances = await instancesIfAny(set.name, stackSetDepsOf(set, 0, deps));
  const renamed = new Map<string, string>();
  for (const d of topology.destinations) {
    const stackId = instances.find((i) => i.account === d.account && i.region === d.region)?.stackId;
    // arn:aws:cloudformation:REGION:ACCOUNT:stack/NAME/UUID
    const name = stackId?.split(':').pop()?.split('/')[1];
    if (name) renamed.set(d.stackName, name);
  }
  const rename = (name: string) => renamed.get(name) ?? name;
  return {
    topology: {
      ...topology,
      destinations: topology.destinations.map((d) => ({ ...d, stackName: rename(d.stackName) })),
    },
    synthesis: {
      ...synthesis,
      manifest: {
        ...synthesis.manifest,
        stacks: synthesis.manifest.stacks.map((s) => ({
          ...s,
          name: rename(s.name),
          parameters: Object.fromEntries(
            Object.entries(s.parameters).map(([k, v]) => [
              k,
              typeof v === 'string' ? v : { ...v, fromStack: rename(v.fromStack) },
            ]),
          ),
        })),
      },
    },
  };
}
