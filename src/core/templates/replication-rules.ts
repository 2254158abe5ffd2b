import type { Destination, Rule, Topology } from '../model/topology.js';
import { ref, type Json } from './cfn.js';
import { destinationParameterNames } from './source-parameters.js';

/**
 * S3 wants one destination per rule and a unique priority per rule, so each (rule, destination)
 * pair becomes one S3 rule. Priorities keep the user's order between rules and are spread by the
 * destination's position: priority × destinationCount + index is unique and never reorders rules.
 */
export function replicationRules(topology: Topology): Json[] {
  const byId = new Map(topology.destinations.map((d, i) => [d.id, { d, i }] as const));
  const count = topology.destinations.length;
  const out: Json[] = [];
  for (const rule of topology.rules) {
    for (const id of rule.destinationIds) {
      const hit = byId.get(id);
      if (!hit) throw new Error(`internal: rule ${rule.id} names unknown destination ${id}`);
      out.push(s3Rule(rule, hit.d, rule.priority * count + hit.i));
    }
  }
  return out;
}

function s3Rule(rule: Rule, d: Destination, priority: number): Json {
  const params = destinationParameterNames(d);
  const destination: Record<string, Json> = {
    Bucket: ref(params.bucketArn),
    // The key ARN, never an alias: S3 does not check it here, a wrong one fails each object later.
    EncryptionConfiguration: { ReplicaKmsKeyID: ref(params.kmsKeyArn) },
  };
  if (d.storageClass) destination.StorageClass = d.storageClass;
  if (d.ownerTranslation) {
    destination.Account = d.account;
    destination.AccessControlTranslation = { Owner: 'Destination' };
  }
  if (d.replicationTime) destination.ReplicationTime = { Status: 'Enabled', Time: { Minutes: 15 } };
  // Metrics are what alarms and failure events need; the event threshold exists only with RTC.
  if (d.metrics)
    destination.Metrics = d.replicationTime
      ? { Status: 'Enabled', EventThreshold: { Minutes: 15 } }
      : { Status: 'Enabled' };

  const sourceSelection: Record<string, Json> = {
    // Without this, S3 silently skips every SSE-KMS object.
    SseKmsEncryptedObjects: { Status: 'Enabled' },
  };
  if (rule.replicaModificationSync) sourceSelection.ReplicaModifications = { Status: 'Enabled' };

  return {
    Id: `${rule.id}-${d.id}`,
    Priority: priority,
    Status: rule.enabled ? 'Enabled' : 'Disabled',
    Filter: filterOf(rule),
    DeleteMarkerReplication: { Status: rule.deleteMarkerReplication ? 'Enabled' : 'Disabled' },
    SourceSelectionCriteria: sourceSelection,
    Destination: destination,
  };
}

function filterOf(rule: Rule): Json {
  const tags = rule.tags.map((t) => ({ Key: t.key, Value: t.value }));
  if (tags.length === 0) return { Prefix: rule.prefix ?? '' };
  if (tags.length === 1 && rule.prefix === undefined) return { TagFilter: tags[0]! };
  return { And: { ...(rule.prefix !== undefined ? { Prefix: rule.prefix } : {}), TagFilters: tags } };
}
