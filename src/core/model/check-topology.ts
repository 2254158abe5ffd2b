import type { Problem } from '../config/diagnostic.js';
import { ROLE_INLINE_POLICY_LIMIT, replicationPolicySize } from '../templates/replication-role.js';
import {
  REPLICATION_CONFIGURATION_LIMIT,
  replicationConfigurationSize,
} from '../templates/replication-rules.js';
import type { Topology } from './topology.js';

const n = (x: number) => x.toLocaleString('en-US');

/**
 * Limits that depend on the generated output rather than on any one field: checked before
 * anything is written, because AWS would only refuse them halfway through a deploy.
 */
export function checkTopologyLimits(topology: Topology): Problem[] {
  const problems: Problem[] = [];
  const policy = replicationPolicySize(topology);
  if (policy > ROLE_INLINE_POLICY_LIMIT) {
    problems.push({
      path: ['destinations'],
      message:
        `the replication role's policy for these ${topology.destinations.length} destinations would be about ${policy} ` +
        `characters; IAM allows ${ROLE_INLINE_POLICY_LIMIT} per role. Split the destinations over several topologies ` +
        `(or shorten bucket names).`,
    });
  }
  const configuration = replicationConfigurationSize(topology);
  if (configuration > REPLICATION_CONFIGURATION_LIMIT) {
    problems.push({
      path: ['rules'],
      message:
        `the replication configuration these rules generate would be up to ${n(configuration)} bytes as S3 receives ` +
        `it (XML, with "&", "<" and quotes escaped); S3 allows ${n(REPLICATION_CONFIGURATION_LIMIT)} (2 MB). Use fewer ` +
        `rules, shorter prefixes and tag filters, or split the topology.`,
    });
  }
  return problems;
}
