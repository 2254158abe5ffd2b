import type { Problem } from '../config/diagnostic.js';
import type { Topology } from './topology.js';

/** One replication configuration's way from one bucket to another, and who declares it. */
export interface Hop {
  readonly from: string;
  readonly to: string;
  readonly topology: string;
  /** The destination (in `topology`) the hop comes from: the rule to it, or its way back when two-way. */
  readonly destinationIndex: number;
  readonly back: boolean;
}

/** A way from a bucket back to itself that is not one declared two-way pair, hop by hop. */
export interface Loop {
  readonly hops: readonly Hop[];
}

/** Every bucket-to-bucket way the topologies replicate along: each rule's, and each pair's way back. */
export function hopsOf(topology: Topology): Hop[] {
  const named = new Set(topology.rules.filter((r) => r.enabled).flatMap((r) => r.destinationIds));
  return topology.destinations.flatMap((d, i) => {
    if (!named.has(d.id)) return [];
    const out: Hop = {
      from: topology.source.bucket,
      to: d.bucket,
      topology: topology.name,
      destinationIndex: i,
      back: false,
    };
    return d.twoWay ? [out, { ...out, from: d.bucket, to: topology.source.bucket, back: true }] : [out];
  });
}

/**
 * The loops among the topologies' buckets. S3 never replicates a replica further, so only a
 * declared two-way pair (A → B and B → A of one topology, with replica modification sync) is a
 * safe cycle. Anything else is refused: two one-way rules written against each other (the
 * hand-built loop), a one-way rule that doubles a pair's way, or a ring through a third bucket,
 * where each bucket's own writes travel on and metadata changes chase each other around.
 */
export function findLoops(topologies: readonly Topology[]): Loop[] {
  const hops = topologies.flatMap(hopsOf);
  const from = new Map<string, Hop[]>();
  for (const h of hops) from.set(h.from, [...(from.get(h.from) ?? []), h]);
  const isPair = (a: Hop, b: Hop) =>
    a.topology === b.topology && a.destinationIndex === b.destinationIndex && a.back !== b.back;

  const loops: Loop[] = [];
  const seen = new Set<string>();
  // Buckets are few (one source and its destinations per topology): a depth-first walk per bucket is enough.
  const walk = (start: string, path: Hop[], visited: Set<string>) => {
    for (const h of from.get(path.at(-1)?.to ?? start) ?? []) {
      if (h.to === start) {
        const cycle = [...path, h];
        if (cycle.length === 2 && isPair(cycle[0]!, cycle[1]!)) continue;
        const key = canonical(cycle);
        if (!seen.has(key)) {
          seen.add(key);
          loops.push({ hops: cycle });
        }
      } else if (!visited.has(h.to)) {
        visited.add(h.to);
        walk(start, [...path, h], visited);
        visited.delete(h.to);
      }
    }
  };
  for (const bucket of from.keys()) walk(bucket, [], new Set([bucket]));
  return loops;
}

/** The same loop found from each of its buckets counts once. */
function canonical(cycle: readonly Hop[]): string {
  const ids = cycle.map((h) => `${h.topology}/${h.destinationIndex}/${h.back}`);
  const first = ids.indexOf([...ids].sort()[0]!);
  return [...ids.slice(first), ...ids.slice(0, first)].join(' ');
}

/** "a → b → c → a", naming the topology of each hop that another topology declares. */
export function describeLoop(loop: Loop, home?: string): string {
  const hops = loop.hops.map((h) =>
    h.topology === home ? ` → ${h.to}` : ` → ${h.to} (topology "${h.topology}")`,
  );
  return loop.hops[0]!.from + hops.join('');
}

/** Loops that run through `topology`, as config problems at the destination that closes them. */
export function loopProblems(topology: Topology, others: readonly Topology[] = []): Problem[] {
  return findLoops([topology, ...others])
    .filter((loop) => loop.hops.some((h) => h.topology === topology.name))
    .map((loop) => {
      const own = loop.hops.find((h) => h.topology === topology.name)!;
      return {
        path: ['destinations', own.destinationIndex, own.back ? 'twoWay' : 'bucket'],
        message:
          `replication would loop: ${describeLoop(loop, topology.name)}. S3 keeps exactly two buckets in sync ` +
          'only as a declared two-way pair (destinations[].twoWay); any other way back to a bucket is refused.',
      };
    });
}

/**
 * Loops across config files (bootstrap sees every config of the repository at once; plan and
 * deploy see one), each named with the files whose rules close it.
 */
export function loopsAmong(
  topologies: readonly { readonly file: string; readonly topology: Topology }[],
): string[] {
  const fileOf = new Map(topologies.map((t) => [t.topology.name, t.file]));
  return findLoops(topologies.map((t) => t.topology)).map((loop) => {
    const files = [...new Set(loop.hops.map((h) => fileOf.get(h.topology)!))];
    return (
      `the configs would replicate in a loop: ${describeLoop(loop)} (${files.join(', ')}). Only a declared two-way ` +
      'pair (destinations[].twoWay) may lead back to a bucket: remove one of these rules.'
    );
  });
}
