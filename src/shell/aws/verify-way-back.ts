import type { Topology } from '../../core/model/topology.js';
import { WAY_BACK, wayBack } from '../../core/model/way-back.js';
import { canaryObjects } from '../../core/verify/canary-objects.js';
import type { DestinationVerification } from '../../core/verify/verification.js';
import { runCanary, type CanaryPlace } from './canary.js';
import { runTagsBackCanary } from './canary-tags-back.js';
import type { Clock } from './poll.js';

/**
 * For each two-way destination, the other direction: a canary written there must reach the
 * source, and tags changed on a replica there must reach the source's version (replica
 * modification sync). Rows are labelled `<id> to source` and `<id> tags back`.
 */
export async function verifyWayBack(run: {
  readonly topology: Topology;
  readonly runId: string;
  readonly source: CanaryPlace;
  readonly destinations: ReadonlyMap<string, CanaryPlace>;
  readonly clock: Clock;
  readonly timeoutMs: number;
}): Promise<DestinationVerification[]> {
  const out: DestinationVerification[] = [];
  const forth = canaryObjects(run.topology, run.runId);
  for (const d of run.topology.destinations.filter((x) => x.twoWay)) {
    const own = run.destinations.get(d.id)!;
    const [back] = canaryObjects(wayBack(run.topology, d), run.runId);
    if (back?.kind === 'object') {
      const ran = await runCanary({
        canary: back.object,
        runId: run.runId,
        source: own,
        destinations: new Map([[WAY_BACK.id, run.source]]),
        clock: run.clock,
        timeoutMs: run.timeoutMs,
      });
      out.push({ ...ran, destinationId: `${d.id} to source` });
    }
    const there = forth.find((c) => c.kind === 'object' && c.object.destinationId === d.id);
    if (there?.kind === 'object')
      out.push(
        await runTagsBackCanary({
          canary: { ...there.object, key: `${there.object.key}-tags-back` },
          runId: run.runId,
          source: run.source,
          destinations: run.destinations,
          clock: run.clock,
          timeoutMs: run.timeoutMs,
        }),
      );
  }
  return out;
}
