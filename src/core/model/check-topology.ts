import type { Diagnostic } from '../config/diagnostic.js';
import { ROLE_INLINE_POLICY_LIMIT, replicationPolicySize } from '../templates/replication-role.js';
import type { Topology } from './topology.js';

/**
 * Limits that depend on the generated output rather than on any one field: checked before
 * anything is written, because AWS would only refuse them halfway through a deploy.
 */
export function checkTopologyLimits(topology: Topology): Diagnostic[] {
  const size = replicationPolicySize(topology);
  if (size <= ROLE_INLINE_POLICY_LIMIT) return [];
  return [
    {
      severity: 'error',
      path: 'destinations',
      message:
        `the replication role's policy for these ${topology.destinations.length} destinations would be about ${size} ` +
        `characters; IAM allows ${ROLE_INLINE_POLICY_LIMIT} per role. Split the destinations over several topologies ` +
        `(or shorten bucket names).`,
    },
  ];
}
