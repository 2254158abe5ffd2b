import { dump } from 'js-yaml';

/**
 * What a config with hundreds of rules writes: CloudFormation allows 500 resources in a stack, and
 * the source stack declares an alarm per rule and destination (two with Replication Time Control).
 * S3's failure events still reach the topic, with their reason.
 */
export const PER_RULE_ALARMS_OFF = { alarms: { failedOperations: false, latency: false } } as const;

/**
 * A config of any size, for benchmarks and scale tests: `destinations` destinations spread over
 * accounts and regions, and `rules` rules assigned round-robin, one destination each; `monitoring`
 * is its monitoring block. With monitoring's defaults the source stack's 500 resources hold about
 * 330 rules (half the destinations have Replication Time Control, whose rules get two alarms);
 * beyond, give it PER_RULE_ALARMS_OFF, as a user would.
 */
export function syntheticConfig(opts: {
  destinations: number;
  rules: number;
  name?: string;
  monitoring?: object;
}): string {
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
    ...(opts.monitoring ? { monitoring: opts.monitoring } : {}),
  });
}
