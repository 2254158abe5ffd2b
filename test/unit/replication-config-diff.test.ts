import type { GetBucketReplicationOutput } from '@aws-sdk/client-s3';
import { describe, expect, it } from '@jest/globals';
import {
  compareReplication,
  describeRuleDrift,
  replicationFromCfn,
  type S3ReplicationConfiguration,
  type S3ReplicationRule,
} from '../../src/core/drift/replication-config.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { resolveTemplate } from '../../src/core/templates/resolve.js';
import { exampleTopology } from '../support/examples.js';

const DR_KEY = 'arn:aws:kms:us-west-2:222222222222:key/0a1b2c3d-0000-4000-8000-00000000000d';
const ANALYTICS_KEY = 'arn:aws:kms:eu-west-1:333333333333:key/0a1b2c3d-0000-4000-8000-00000000000a';
const ROLE = 'arn:aws:iam::111111111111:role/s3-xrepl-orders-replication';

/** The two-destinations example's source ReplicationConfiguration, resolved as deployed. */
function declared(): { Role: string; Rules: Record<string, unknown>[] } {
  const topology = exampleTopology('two-destinations');
  const source = synthesize(topology).manifest.stacks.find((s) => s.kind === 'source')!;
  const template = synthesize(topology).templates.get(source.template)!;
  const resolved = resolveTemplate(template, {
    partition: 'aws',
    region: source.region,
    accountId: source.account,
    stackName: source.name,
    parameters: {
      DrBucketArn: 'arn:aws:s3:::acme-orders-dr-us-west-2',
      DrKmsKeyArn: DR_KEY,
      AnalyticsBucketArn: 'arn:aws:s3:::acme-orders-analytics-eu-west-1',
      AnalyticsKmsKeyArn: ANALYTICS_KEY,
    },
    resources: {
      SourceKey: { physicalId: '0a1b2c3d-0000-4000-8000-000000000005' },
      AlertsKey: { physicalId: '0a1b2c3d-0000-4000-8000-000000000006' },
    },
  });
  return structuredClone(resolved.resources.SourceBucket!.properties.ReplicationConfiguration) as never;
}

/**
 * What GetBucketReplication returns for that configuration, written out by hand in the SDK's
 * shape (S3 spelling, and the fields S3 fills in by itself), independent of replicationFromCfn.
 */
function liveAnswer(): NonNullable<GetBucketReplicationOutput['ReplicationConfiguration']> {
  const rtc = {
    ReplicationTime: { Status: 'Enabled', Time: { Minutes: 15 } },
    Metrics: { Status: 'Enabled', EventThreshold: { Minutes: 15 } },
  } as const;
  const common = {
    Status: 'Enabled',
    SourceSelectionCriteria: {
      SseKmsEncryptedObjects: { Status: 'Enabled' },
      ReplicaModifications: { Status: 'Disabled' },
    },
    ExistingObjectReplication: { Status: 'Disabled' },
  } as const;
  const analytics = {
    Bucket: 'arn:aws:s3:::acme-orders-analytics-eu-west-1',
    Account: '333333333333',
    StorageClass: 'INTELLIGENT_TIERING',
    AccessControlTranslation: { Owner: 'Destination' },
    EncryptionConfiguration: { ReplicaKmsKeyID: ANALYTICS_KEY },
    // Metrics are on by default (monitoring); without RTC, S3 stores no event threshold.
    Metrics: { Status: 'Enabled' },
  } as const;
  const dr = {
    Bucket: 'arn:aws:s3:::acme-orders-dr-us-west-2',
    EncryptionConfiguration: { ReplicaKmsKeyID: DR_KEY },
    ...rtc,
  };
  return {
    Role: ROLE,
    Rules: [
      {
        ...common,
        ID: 'audit-everywhere-analytics',
        Priority: 3,
        Filter: { Prefix: 'audit/' },
        DeleteMarkerReplication: { Status: 'Disabled' },
        Destination: analytics,
      },
      {
        ...common,
        ID: 'exports-to-analytics-analytics',
        Priority: 11,
        Filter: { And: { Prefix: 'exports/', Tags: [{ Key: 'classification', Value: 'shareable' }] } },
        DeleteMarkerReplication: { Status: 'Disabled' },
        Destination: analytics,
      },
      {
        ...common,
        ID: 'audit-everywhere-dr',
        Priority: 2,
        Filter: { Prefix: 'audit/' },
        DeleteMarkerReplication: { Status: 'Disabled' },
        Destination: dr,
      },
      {
        ...common,
        ID: 'orders-to-dr-dr',
        Priority: 20,
        Filter: { Prefix: 'orders/' },
        DeleteMarkerReplication: { Status: 'Enabled' },
        Destination: { ...dr, StorageClass: undefined },
      },
    ],
  };
}

/** The live answer with one rule edited. */
function liveWith(id: string, edit: (rule: Record<string, unknown>) => void): S3ReplicationConfiguration {
  // Through JSON, not structuredClone: rules share destination objects, which must not change together.
  const live = JSON.parse(JSON.stringify(liveAnswer())) as { Role: string; Rules: Record<string, unknown>[] };
  edit(live.Rules.find((r) => r.ID === id)!);
  return live;
}

describe('replicationFromCfn', () => {
  it('respells Id, TagFilter and And.TagFilters the way the S3 API names them, and nothing else', () => {
    const cfn = {
      Role: 'arn:aws:iam::1:role/r',
      Rules: [
        {
          Id: 'a',
          Priority: 1,
          Status: 'Enabled',
          Filter: { TagFilter: { Key: 'k', Value: 'v' } },
          DeleteMarkerReplication: { Status: 'Disabled' },
          Destination: { Bucket: 'arn:aws:s3:::d', EncryptionConfiguration: { ReplicaKmsKeyID: 'arn:k' } },
        },
        {
          Id: 'b',
          Status: 'Enabled',
          Filter: { And: { Prefix: 'p/', TagFilters: [{ Key: 'k', Value: 'v' }] } },
          Destination: { Bucket: 'arn:aws:s3:::d' },
        },
      ],
    };
    expect(replicationFromCfn(cfn)).toEqual({
      Role: 'arn:aws:iam::1:role/r',
      Rules: [
        {
          ID: 'a',
          Priority: 1,
          Status: 'Enabled',
          Filter: { Tag: { Key: 'k', Value: 'v' } },
          DeleteMarkerReplication: { Status: 'Disabled' },
          Destination: { Bucket: 'arn:aws:s3:::d', EncryptionConfiguration: { ReplicaKmsKeyID: 'arn:k' } },
        },
        {
          ID: 'b',
          Status: 'Enabled',
          Filter: { And: { Prefix: 'p/', Tags: [{ Key: 'k', Value: 'v' }] } },
          Destination: { Bucket: 'arn:aws:s3:::d' },
        },
      ],
    });
  });

  it('refuses what is not a replication configuration', () => {
    expect(() => replicationFromCfn('x')).toThrow(/expected an object/);
    expect(() => replicationFromCfn({ Rules: [{ Filter: 'x' }] })).toThrow(
      /Rules\[0\]\.Filter: expected an object/,
    );
  });
});

describe('compareReplication', () => {
  it('finds the deployed example equal to what S3 returns for it, in another order and with S3 defaults', () => {
    const result = compareReplication(declared(), liveAnswer());
    expect(result).toEqual({ equal: true, rules: [] });
  });

  it('does not count what S3 fills in or leaves out as drift', () => {
    const quirks: S3ReplicationConfiguration = {
      Role: ROLE,
      Rules: [
        {
          ID: 'r',
          Filter: {},
          Status: 'Enabled',
          Destination: { Bucket: 'b', ReplicationTime: { Status: 'Disabled', Time: { Minutes: 15 } } },
        },
      ],
    };
    const cfn = {
      Role: ROLE,
      Rules: [
        {
          Id: 'r',
          Priority: '0',
          Filter: { Prefix: '' },
          Status: 'Enabled',
          DeleteMarkerReplication: { Status: 'Disabled' },
          SourceSelectionCriteria: {},
          Destination: { Bucket: 'b', EncryptionConfiguration: {} },
        },
      ],
    };
    expect(compareReplication(cfn, quirks).equal).toBe(true);
    // No Filter at all (and no V1 Prefix) reads as the empty filter too.
    const noFilter = { Role: ROLE, Rules: [{ ID: 'r', Status: 'Enabled', Destination: { Bucket: 'b' } }] };
    expect(compareReplication(cfn, noFilter).equal).toBe(true);
  });

  it('reports a changed field with its path and both values', () => {
    const live = liveWith('exports-to-analytics-analytics', (r) => {
      (r.Destination as Record<string, unknown>).StorageClass = 'GLACIER';
      r.Filter = { And: { Prefix: 'exports/', Tags: [{ Key: 'classification', Value: 'internal' }] } };
    });
    const result = compareReplication(declared(), live);
    expect(result.equal).toBe(false);
    expect(result.rules).toEqual([
      {
        id: 'exports-to-analytics-analytics',
        status: 'changed',
        changes: [
          { path: 'Destination.StorageClass', expected: 'INTELLIGENT_TIERING', actual: 'GLACIER' },
          {
            path: 'Filter.And.Tags',
            expected: 'classification=shareable',
            actual: 'classification=internal',
          },
        ],
      },
    ]);
    expect(describeRuleDrift(result.rules[0]!)).toEqual([
      'rule "exports-to-analytics-analytics" Destination.StorageClass: expected INTELLIGENT_TIERING, found GLACIER',
      'rule "exports-to-analytics-analytics" Filter.And.Tags: expected classification=shareable, found classification=internal',
    ]);
  });

  it('reports SSE-KMS selection switched off, and a replica key swapped for another', () => {
    const live = liveWith('orders-to-dr-dr', (r) => {
      r.SourceSelectionCriteria = undefined;
      r.Destination = {
        ...(r.Destination as object),
        EncryptionConfiguration: { ReplicaKmsKeyID: 'alias/aws/s3' },
      };
    });
    expect(compareReplication(declared(), live).rules).toEqual([
      {
        id: 'orders-to-dr-dr',
        status: 'changed',
        changes: [
          {
            path: 'Destination.EncryptionConfiguration.ReplicaKmsKeyID',
            expected: DR_KEY,
            actual: 'alias/aws/s3',
          },
          {
            path: 'SourceSelectionCriteria.SseKmsEncryptedObjects.Status',
            expected: 'Enabled',
            actual: 'Disabled',
          },
        ],
      },
    ]);
  });

  it('does not default StorageClass: absent keeps each object’s class, which is not STANDARD', () => {
    const live = liveWith('orders-to-dr-dr', (r) => {
      (r.Destination as Record<string, unknown>).StorageClass = 'STANDARD';
    });
    expect(compareReplication(declared(), live).rules).toEqual([
      {
        id: 'orders-to-dr-dr',
        status: 'changed',
        changes: [{ path: 'Destination.StorageClass', actual: 'STANDARD' }],
      },
    ]);
  });

  it('tells a V1 rule (rule-level Prefix, no Filter) from the empty V2 filter', () => {
    const cfn = {
      Role: ROLE,
      Rules: [{ Id: 'r', Filter: { Prefix: '' }, Status: 'Enabled', Destination: { Bucket: 'b' } }],
    };
    const v1 = {
      Role: ROLE,
      Rules: [{ ID: 'r', Prefix: '', Status: 'Enabled', Destination: { Bucket: 'b' } }],
    };
    expect(compareReplication(cfn, v1).rules).toEqual([
      { id: 'r', status: 'changed', changes: [{ path: 'Prefix', actual: '' }] },
    ]);
  });

  it('reports a rule removed live as missing and a rule added live as unexpected', () => {
    const live = structuredClone(liveAnswer()) as { Role: string; Rules: S3ReplicationRule[] };
    const removed = live.Rules.splice(
      live.Rules.findIndex((r) => r.ID === 'audit-everywhere-dr'),
      1,
    );
    const added: S3ReplicationRule = {
      ID: 'sneaky',
      Priority: 99,
      Status: 'Enabled',
      Filter: {},
      Destination: { Bucket: 'arn:aws:s3:::elsewhere' },
    };
    live.Rules.push(added);
    const result = compareReplication(declared(), live);
    expect(removed).toHaveLength(1);
    expect(result.rules.map((r) => [r.id, r.status])).toEqual([
      ['audit-everywhere-dr', 'missing'],
      ['sneaky', 'unexpected'],
    ]);
    expect(result.rules.flatMap(describeRuleDrift)).toEqual([
      'rule "audit-everywhere-dr" is missing (priority 2, Enabled, prefix "audit/", to arn:aws:s3:::acme-orders-dr-us-west-2)',
      'rule "sneaky" is not in the template (priority 99, Enabled, all objects, to arn:aws:s3:::elsewhere)',
    ]);
  });

  it('reports another role, and no configuration at all as every rule missing', () => {
    const otherRole = compareReplication(declared(), {
      ...liveAnswer(),
      Role: 'arn:aws:iam::111111111111:role/other',
    });
    expect(otherRole).toEqual({
      equal: false,
      role: { path: 'Role', expected: ROLE, actual: 'arn:aws:iam::111111111111:role/other' },
      rules: [],
    });
    const none = compareReplication(declared(), undefined);
    expect(none.role).toEqual({ path: 'Role', expected: ROLE });
    expect(none.rules.map((r) => r.status)).toEqual(['missing', 'missing', 'missing', 'missing']);
  });

  it('finds a rule declared without an ID by its priority, since S3 names such a rule itself', () => {
    const cfn = {
      Role: ROLE,
      Rules: [{ Priority: 4, Filter: {}, Status: 'Enabled', Destination: { Bucket: 'b' } }],
    };
    const live = {
      Role: ROLE,
      Rules: [{ ID: 'NzQ1YmM2', Priority: 4, Filter: {}, Status: 'Disabled', Destination: { Bucket: 'b' } }],
    };
    expect(compareReplication(cfn, live).rules).toEqual([
      {
        id: '(no ID, priority 4)',
        status: 'changed',
        changes: [{ path: 'Status', expected: 'Enabled', actual: 'Disabled' }],
      },
    ]);
  });
});
