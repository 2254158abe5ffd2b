import { UserError } from '../errors.js';
import { quote } from '../quote.js';
import type { Json, Resource, Template } from '../templates/cfn.js';
import type { Adoption } from '../model/adoption.js';
import type { S3ReplicationRule } from '../drift/replication-config.js';
import {
  statementName,
  type LiveBucketSettings,
  type LiveLifecycleRule,
  type LiveNotification,
} from './live-bucket.js';

/** Where the adopted bucket and its policy sit in the template. */
export interface AdoptedIds {
  readonly bucket: string;
  readonly policy?: string;
}

type Obj = { readonly [k: string]: Json };

/**
 * The template with every live setting the config keeps written into it, so that CloudFormation's
 * whole-configuration writes put them back as they were. The S3 API and CloudFormation spell a few
 * fields differently (see drift/replication-config.ts); a field this cannot carry is an error, never
 * silently left out.
 */
export function carryKeptSettings(
  template: Template,
  ids: AdoptedIds,
  live: LiveBucketSettings,
  adopt: Adoption,
): Template {
  const resources: Record<string, Resource> = { ...template.Resources };
  const bucket = resources[ids.bucket];
  if (!bucket) throw new Error(`internal: no ${ids.bucket} in the template`);
  const props: Record<string, Json> = { ...bucket.Properties };
  const keep = adopt.keep;

  const rules = (live.replication?.Rules ?? []).filter((r, i) =>
    keep.replicationRules.includes(r.ID ?? `#${i + 1}`),
  );
  if (rules.length > 0) {
    const config = props.ReplicationConfiguration as Obj | undefined;
    if (!config) throw new Error(`internal: ${ids.bucket} has no ReplicationConfiguration to keep rules in`);
    props.ReplicationConfiguration = {
      ...config,
      Rules: [...(config.Rules as Json[]), ...rules.map(ruleToCfn)],
    };
  }

  const lifecycle = live.lifecycleRules.filter((r, i) => keep.lifecycleRules.includes(r.ID ?? `#${i + 1}`));
  if (lifecycle.length > 0) {
    const config = (props.LifecycleConfiguration as Obj | undefined) ?? { Rules: [] };
    props.LifecycleConfiguration = {
      ...config,
      Rules: [...(config.Rules as Json[]), ...lifecycle.map(lifecycleToCfn)],
    };
  }

  const notifications = live.notifications.filter((n) => keep.notifications.includes(n.id));
  // CloudFormation's notification configurations have no id, so S3 gives the carried ones new
  // random ids: the template records them under the names the config keeps them by, for the next
  // deploy to carry them again (recordedNotifications).
  const metadata =
    notifications.length > 0
      ? { ...template.Metadata, [KEPT_METADATA]: { notifications: notifications as unknown as Json } }
      : template.Metadata;
  if (notifications.length > 0)
    props.NotificationConfiguration = withNotifications(props.NotificationConfiguration, notifications);

  resources[ids.bucket] = { ...bucket, Properties: props };

  const statements = (live.policy?.Statement ?? []).filter((s, i) =>
    keep.policyStatements.includes(statementName(s, i)),
  );
  if (statements.length > 0) {
    const policy = ids.policy ? resources[ids.policy] : undefined;
    if (!policy) throw new Error(`internal: no bucket policy in the template to keep statements in`);
    const document = policy.Properties.PolicyDocument as Obj;
    resources[ids.policy!] = {
      ...policy,
      Properties: {
        ...policy.Properties,
        // Verbatim: the statement as S3 returned it, JSON in, JSON out.
        PolicyDocument: {
          ...document,
          Statement: [...(document.Statement as Json[]), ...(statements as unknown as Json[])],
        },
      },
    };
  }
  return { ...template, ...(metadata ? { Metadata: metadata } : {}), Resources: resources };
}

/** Template metadata key under which carried notifications are recorded by name. */
export const KEPT_METADATA = 's3-xrepl-kept';

/** The notifications a deployed template recorded as kept (see carryKeptSettings). */
export function recordedNotifications(deployed: Template | undefined): LiveNotification[] {
  const recorded = (deployed?.Metadata?.[KEPT_METADATA] as { notifications?: unknown } | undefined)
    ?.notifications;
  return Array.isArray(recorded) ? (recorded as LiveNotification[]) : [];
}

/**
 * The template of the IMPORT change set: the adopted bucket alone, retained on delete and replace,
 * with nothing but its name (an import may change nothing; the update after it does).
 */
export function importTemplateOf(template: Template, ids: AdoptedIds): Template {
  const bucket = template.Resources[ids.bucket];
  if (!bucket) throw new Error(`internal: no ${ids.bucket} in the template`);
  const name = bucket.Properties.BucketName as { Ref?: string } | string | undefined;
  const refName = typeof name === 'object' && name !== null ? name.Ref : undefined;
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: template.Description,
    // Only the parameter the bucket's name may be (the destination template's BucketName): an
    // import template declares what it uses, and deploy passes it only those.
    ...(refName && template.Parameters?.[refName]
      ? { Parameters: { [refName]: template.Parameters[refName] } }
      : {}),
    Resources: {
      [ids.bucket]: {
        Type: 'AWS::S3::Bucket',
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: { BucketName: bucket.Properties.BucketName! },
      },
    },
  };
}

function ruleToCfn(rule: S3ReplicationRule): Json {
  const { ID, Filter, ...rest } = rule;
  const filter: Record<string, Json> = {};
  if (Filter?.Prefix !== undefined) filter.Prefix = Filter.Prefix;
  if (Filter?.Tag) filter.TagFilter = { Key: Filter.Tag.Key ?? '', Value: Filter.Tag.Value ?? '' };
  if (Filter?.And)
    filter.And = {
      ...(Filter.And.Prefix !== undefined ? { Prefix: Filter.And.Prefix } : {}),
      TagFilters: (Filter.And.Tags ?? []).map((t) => ({ Key: t.Key ?? '', Value: t.Value ?? '' })),
    };
  return { ...(ID !== undefined ? { Id: ID } : {}), ...(Filter ? { Filter: filter } : {}), ...(rest as Obj) };
}

/** S3's answer, walked field by field: every field read is named below, any other is refused. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

/** S3's LifecycleRule in CloudFormation's spelling (dates arrive as ISO text: read-live-bucket.ts). */
function lifecycleToCfn(rule: LiveLifecycleRule): Json {
  const r = rule as Loose;
  const out: Record<string, Json> = { Status: r.Status };
  const known = new Set([
    'ID',
    'Status',
    'Filter',
    'Prefix',
    'Expiration',
    'Transitions',
    'NoncurrentVersionExpiration',
    'NoncurrentVersionTransitions',
    'AbortIncompleteMultipartUpload',
  ]);
  const unknown = Object.keys(r).filter((k) => !known.has(k) && r[k] !== undefined);
  // A user's choice (keep), not a fault: said as one, before anything is deployed.
  if (unknown.length > 0)
    throw new UserError(
      `the live lifecycle rule ${quote(String(r.ID ?? '(no id)'))} has ${unknown.join(', ')}, which this cannot carry ` +
        "into CloudFormation's LifecycleConfiguration: keeping it would change it.",
      'Name it under adopt.drop.lifecycleRules instead, and add the rule again after the deploy if you still need it.',
    );
  if (r.ID !== undefined) out.Id = r.ID;
  const f = r.Filter ?? {};
  const prefix = f.Prefix ?? f.And?.Prefix ?? r.Prefix;
  if (prefix !== undefined && prefix !== '') out.Prefix = prefix;
  const tags = f.Tag ? [f.Tag] : (f.And?.Tags ?? []);
  if (tags.length > 0)
    out.TagFilters = tags.map((t: { Key: string; Value: string }) => ({ Key: t.Key, Value: t.Value }));
  if (f.ObjectSizeGreaterThan ?? f.And?.ObjectSizeGreaterThan)
    out.ObjectSizeGreaterThan = String(f.ObjectSizeGreaterThan ?? f.And.ObjectSizeGreaterThan);
  if (f.ObjectSizeLessThan ?? f.And?.ObjectSizeLessThan)
    out.ObjectSizeLessThan = String(f.ObjectSizeLessThan ?? f.And.ObjectSizeLessThan);
  if (r.Expiration?.Days !== undefined) out.ExpirationInDays = r.Expiration.Days;
  if (r.Expiration?.Date !== undefined) out.ExpirationDate = String(r.Expiration.Date);
  if (r.Expiration?.ExpiredObjectDeleteMarker !== undefined)
    out.ExpiredObjectDeleteMarker = r.Expiration.ExpiredObjectDeleteMarker;
  if (r.Transitions?.length)
    out.Transitions = r.Transitions.map((t: Loose) => ({
      StorageClass: t.StorageClass,
      ...(t.Days !== undefined ? { TransitionInDays: t.Days } : { TransitionDate: String(t.Date) }),
    }));
  if (r.NoncurrentVersionExpiration)
    out.NoncurrentVersionExpiration = {
      NoncurrentDays: r.NoncurrentVersionExpiration.NoncurrentDays,
      ...(r.NoncurrentVersionExpiration.NewerNoncurrentVersions !== undefined
        ? { NewerNoncurrentVersions: r.NoncurrentVersionExpiration.NewerNoncurrentVersions }
        : {}),
    };
  if (r.NoncurrentVersionTransitions?.length)
    out.NoncurrentVersionTransitions = r.NoncurrentVersionTransitions.map((t: Loose) => ({
      StorageClass: t.StorageClass,
      TransitionInDays: t.NoncurrentDays,
      ...(t.NewerNoncurrentVersions !== undefined
        ? { NewerNoncurrentVersions: t.NewerNoncurrentVersions }
        : {}),
    }));
  if (r.AbortIncompleteMultipartUpload)
    out.AbortIncompleteMultipartUpload = {
      DaysAfterInitiation: r.AbortIncompleteMultipartUpload.DaysAfterInitiation,
    };
  return out;
}

const TARGET: Record<Exclude<LiveNotification['kind'], 'eventbridge'>, [list: string, field: string]> = {
  topic: ['TopicConfigurations', 'Topic'],
  queue: ['QueueConfigurations', 'Queue'],
  function: ['LambdaConfigurations', 'Function'],
};

/** CloudFormation takes one event per configuration (S3 takes a list). */
function withNotifications(current: Json | undefined, kept: readonly LiveNotification[]): Json {
  const out: Record<string, Json[] | Json> = {};
  for (const [k, v] of Object.entries((current as Obj | undefined) ?? {}))
    out[k] = Array.isArray(v) ? [...v] : v;
  for (const n of kept) {
    if (n.kind === 'eventbridge') {
      out.EventBridgeConfiguration = { EventBridgeEnabled: true };
      continue;
    }
    const [list, field] = TARGET[n.kind];
    const filter: Record<string, Json> = n.filterRules?.length
      ? {
          Filter: {
            S3Key: { Rules: n.filterRules.map((r) => ({ Name: r.Name ?? '', Value: r.Value ?? '' })) },
          },
        }
      : {};
    const entries = (out[list] as Json[] | undefined) ?? [];
    for (const Event of n.events) entries.push({ Event, [field]: n.arn ?? '', ...filter });
    out[list] = entries;
  }
  return out;
}
