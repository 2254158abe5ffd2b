import type { Place, Topology } from '../model/topology.js';
import type { PlacePicture, TopologyPicture } from './plan.js';

/** What the report draws: each bucket and key with its account and region, and which rules feed each destination. */
export function pictureOf(topology: Topology): TopologyPicture {
  const place = (label: string, p: Place): PlacePicture => ({
    label,
    stackName: p.stackName,
    bucket: p.bucket,
    account: p.account,
    region: p.region,
    key: p.key.kind === 'create' ? 'KMS key of the stack' : `existing key ${p.key.arn}`,
  });
  return {
    source: place('source', topology.source),
    destinations: topology.destinations.map((d) => ({
      ...place(d.id, d),
      rules: topology.rules.filter((r) => r.destinationIds.includes(d.id)).map((r) => r.id),
      ...(d.twoWay ? { twoWay: true } : {}),
    })),
  };
}
