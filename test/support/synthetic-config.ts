import { dump } from 'js-yaml';

/**
 * A valid config of any size, for benchmarks and scale tests: `destinations` destinations spread
 * over accounts and regions, and `rules` rules assigned round-robin, one destination each.
 */
export function syntheticConfig(opts: { destinations: number; rules: number; name?: string }): string {
  const regions = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];
  const destinations = Array.from({ length: opts.destinations }, (_, i) => ({
    id: `d${i}`,
    account: String(200000000000 + i),
    region: regions[i % regions.length],
    bucket: `synthetic-replica-${i}-bucket`,
    ...(i % 2 === 0 ? { replicationTime: { minutes: 15 } } : { storageClass: 'STANDARD_IA' }),
  }));
  const rules = Array.from({ length: opts.rules }, (_, i) => ({
    id: `rule-${i}`,
    priority: i,
    filter: i % 3 === 0 ? { prefix: `p${i}/`, tags: { tier: `t${i % 7}` } } : { prefix: `p${i}/` },
    destinations: [`d${i % opts.destinations}`],
    deleteMarkerReplication: i % 3 !== 0,
  }));
  return dump({
    name: opts.name ?? 'synthetic',
    source: { account: '100000000000', region: 'us-east-1', bucket: 'synthetic-source-bucket' },
    destinations,
    rules,
  });
}
