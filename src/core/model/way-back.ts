import { batchRoleNameOf, returnAlertsTopicName } from './names.js';
import type { Destination, Monitoring, Topology } from './topology.js';

/** The id and logical id the source takes as the destination of a two-way pair's way back. */
export const WAY_BACK = { id: 'to-source', logicalId: 'Return' } as const;

/**
 * The destination → source half of a two-way pair, as a topology of its own: the destination is
 * its source, the source its one destination, and each rule that names the destination is
 * mirrored (same filter, same priority) with replica modification sync on. The templates build
 * its role and rules with the same code as the source's, so both directions come from one
 * permission chain (permission-chain.ts). Its monitoring is the source's settings on the way back's
 * rules, with a topic of its own in the destination's account and region (alarms and S3 notify
 * topics of their own region only), and none of the user's own notifications, which are the
 * source bucket's; its backfill role is the way-back role's name with the batch suffix.
 */
export function wayBack(topology: Topology, d: Destination): Topology {
  if (!d.twoWay) throw new Error(`internal: destination ${d.id} is not two-way`);
  const { source } = topology;
  const back: Destination = {
    id: WAY_BACK.id,
    logicalId: WAY_BACK.logicalId,
    account: source.account,
    region: source.region,
    bucket: source.bucket,
    key: source.key,
    bucketKey: source.bucketKey,
    tags: source.tags,
    stackName: source.stackName,
    replicationTime: d.replicationTime,
    metrics: d.metrics,
    ownerTranslation: false,
  };
  return {
    ...topology,
    source: {
      account: d.account,
      region: d.region,
      bucket: d.bucket,
      key: d.key,
      bucketKey: d.bucketKey,
      tags: d.tags,
      stackName: d.stackName,
      replicationRoleName: d.twoWay.roleName,
      batchRoleName: batchRoleNameOf(d.twoWay.roleName),
      ...(d.twoWay.boundaryArn !== undefined ? { replicationBoundaryArn: d.twoWay.boundaryArn } : {}),
    },
    destinations: [back],
    monitoring: wayBackMonitoring(topology, d),
    rules: topology.rules
      .filter((r) => r.destinationIds.includes(d.id))
      .map((r) => ({ ...r, destinationIds: [WAY_BACK.id], replicaModificationSync: true })),
  };
}

function wayBackMonitoring(topology: Topology, d: Destination): Monitoring {
  return {
    ...topology.monitoring,
    topic: { kind: 'create', name: returnAlertsTopicName(topology.stackPrefix, topology.name, d.id) },
    bucketNotifications: { eventBridge: false, topics: [], queues: [], functions: [] },
  };
}
