import type { Destination, Rule, Topology } from '../model/topology.js';
import { utf8Length } from '../config/utf8.js';
import { ref, type Json } from './cfn.js';
import { concreteBucketArn, concreteKeyArn, concreteRoleArn } from './concrete-arns.js';
import { destinationParameterNames } from './source-parameters.js';

/**
 * S3's limit on one replication configuration: "The maximum size of a replication configuration is
 * 2 MB" (CloudFormation resource schema of AWS::S3::Bucket, ReplicationConfiguration). Read as
 * 2,000,000 bytes, the smaller reading, so a configuration synth accepts is never refused.
 */
export const REPLICATION_CONFIGURATION_LIMIT = 2_000_000;

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
  // A two-way pair needs it on both sides, or tags changed on a replica never flow back. Only on the
  // rule to that destination: the same config rule's copy to a one-way destination stays as it was.
  if (rule.replicaModificationSync || d.twoWay) sourceSelection.ReplicaModifications = { Status: 'Enabled' };

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

/**
 * Bytes of the replication configuration as S3 receives it: XML (PutBucketReplication), with the
 * ARNs the template's parameters will hold and every character XML may escape escaped. An upper
 * bound: prefixes full of "&" grow fivefold, which is how a template under CloudFormation's limit
 * can still carry a configuration over S3's.
 */
export function replicationConfigurationSize(topology: Topology): number {
  const p = topology.partition;
  const concrete = new Map<string, string>();
  for (const d of topology.destinations) {
    const names = destinationParameterNames(d);
    concrete.set(names.bucketArn, concreteBucketArn(p, d.bucket));
    concrete.set(names.kmsKeyArn, concreteKeyArn(p, d.region, d.account, d.key));
  }
  const role = concreteRoleArn(p, topology.source.account, topology.source.replicationRoleName);
  const header =
    '<?xml version="1.0" encoding="UTF-8"?>' +
    `<ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Role>${role}</Role>` +
    '</ReplicationConfiguration>';
  let bytes = utf8Length(header);
  for (const rule of replicationRules(topology)) bytes += xmlSize('Rule', rule, concrete);
  return bytes;
}

/** CloudFormation's property names where S3's XML elements are named otherwise. */
const XML_NAMES: Readonly<Record<string, string>> = { Id: 'ID', TagFilter: 'Tag', TagFilters: 'Tag' };
/** Bytes each character XML may escape adds: `&` becomes `&amp;` and so on. */
const XML_ESCAPE_EXTRA: Readonly<Record<string, number>> = { '&': 4, '<': 3, '>': 3, '"': 5, "'": 5 };

/** Bytes of `<name>value</name>` in XML, counted without building it (1,000 rules add up). */
function xmlSize(name: string, value: Json, refs: ReadonlyMap<string, string>): number {
  if (Array.isArray(value)) return value.reduce((sum: number, v: Json) => sum + xmlSize(name, v, refs), 0);
  const tags = 2 * (XML_NAMES[name] ?? name).length + 5; // <tag></tag>
  if (value !== null && typeof value === 'object') {
    const record = value as { readonly [k: string]: Json };
    if (typeof record.Ref === 'string') return xmlSize(name, refs.get(record.Ref) ?? record.Ref, refs);
    let inner = 0;
    for (const [k, v] of Object.entries(record)) inner += xmlSize(k, v, refs);
    return tags + inner;
  }
  const text = String(value);
  let escapes = 0;
  for (let i = text.search(/[&<>"']/); i >= 0 && i < text.length; i++) {
    const extra = XML_ESCAPE_EXTRA[text[i]!];
    if (extra !== undefined) escapes += extra;
  }
  return tags + utf8Length(text) + escapes;
}
