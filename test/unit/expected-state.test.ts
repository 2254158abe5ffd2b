import { describe, expect, it } from '@jest/globals';
import {
  absent,
  compareState,
  expectedState,
  liveEncryptionOf,
  read,
  unreadable,
  type ExpectedState,
  type Finding,
  type LiveBucket,
  type LiveKey,
  type LiveRole,
  type LiveState,
} from '../../src/core/drift/expected-state.js';
import { replicationFromCfn } from '../../src/core/drift/replication-config.js';
import { resolveParameters } from '../../src/core/plan/resolve-parameters.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { resolveTemplate, type ResolvedTemplate } from '../../src/core/templates/resolve.js';
import { exampleTopology } from '../support/examples.js';

const DST_KEY_ID = '0a1b2c3d-0000-4000-8000-00000000000d';
const SRC_KEY_ID = '0a1b2c3d-0000-4000-8000-000000000005';
const ALERTS_KEY_ID = '0a1b2c3d-0000-4000-8000-000000000006';

/** The cross-account example's two stacks, resolved as deployed (the source fed the destination's outputs). */
function deployedCrossAccount(): { destination: ResolvedTemplate; source: ResolvedTemplate } {
  const topology = exampleTopology('cross-account');
  const synthesis = synthesize(topology);
  const outputs = new Map<string, Record<string, string>>();
  const resolved: ResolvedTemplate[] = [];
  for (const stack of synthesis.manifest.stacks) {
    const result = resolveTemplate(synthesis.templates.get(stack.template)!, {
      partition: 'aws',
      region: stack.region,
      accountId: stack.account,
      stackName: stack.name,
      parameters: resolveParameters(stack.name, stack.parameters, outputs),
      resources:
        stack.kind === 'source'
          ? { SourceKey: { physicalId: SRC_KEY_ID }, AlertsKey: { physicalId: ALERTS_KEY_ID } }
          : { ReplicaKey: { physicalId: DST_KEY_ID } },
    });
    outputs.set(stack.name, result.outputs);
    resolved.push(result);
  }
  return { destination: resolved[0]!, source: resolved[1]! };
}

const deployed = deployedCrossAccount();
const destination = expectedState(deployed.destination, 's3-xrepl-invoices-dst-backup');
const source = expectedState(deployed.source, 's3-xrepl-invoices-source');

/**
 * What a shell reading an undrifted deployment gets, in the forms the services answer with: S3
 * compact JSON, KMS pretty-printed JSON, IAM URL-encoded JSON, S3's spelling of replication.
 */
function liveMirror(expected: ExpectedState): LiveState {
  const buckets: Record<string, LiveBucket> = {};
  for (const b of expected.buckets) {
    const e = b.encryption!;
    buckets[b.logicalId] = {
      versioning: read(b.versioning!),
      encryption: read(
        liveEncryptionOf({
          Rules: [
            {
              ApplyServerSideEncryptionByDefault: { SSEAlgorithm: e.algorithm, KMSMasterKeyID: e.kmsKeyArn },
              BucketKeyEnabled: e.bucketKey,
            },
          ],
        }),
      ),
      policy: b.policy ? read(JSON.stringify(b.policy.document)) : absent('NoSuchBucketPolicy'),
      ...(b.replication !== undefined ? { replication: read(replicationFromCfn(b.replication)) } : {}),
    };
  }
  const keys: Record<string, LiveKey> = {};
  for (const k of expected.keys) {
    keys[k.logicalId] = {
      keyState: read('Enabled'),
      rotation: read(k.rotation),
      policy: read(JSON.stringify(k.policy, null, 2)),
    };
  }
  const roles: Record<string, LiveRole> = {};
  for (const r of expected.roles) {
    roles[r.logicalId] = {
      inlinePolicies: read(
        Object.fromEntries(
          Object.entries(r.inlinePolicies).map(([n, d]) => [n, encodeURIComponent(JSON.stringify(d))]),
        ),
      ),
      trustPolicy: read(encodeURIComponent(JSON.stringify(r.trustPolicy))),
      managedPolicyArns: read([]),
    };
  }
  return { buckets, keys, roles };
}

const only = (findings: Finding[], what: Finding['what'], subject?: string): Finding => {
  const hits = findings.filter((f) => f.what === what && f.subject === subject);
  expect(hits).toHaveLength(1);
  return hits[0]!;
};

const statementsOf = (doc: unknown) => (doc as { Statement: { Sid: string }[] }).Statement;

describe('expectedState', () => {
  it('reads the destination stack: a versioned SSE-KMS bucket with its policy, and its key', () => {
    const keyArn = `arn:aws:kms:eu-central-1:222222222222:key/${DST_KEY_ID}`;
    expect(destination.stack).toBe('s3-xrepl-invoices-dst-backup');
    expect(destination.buckets).toEqual([
      {
        logicalId: 'ReplicaBucket',
        name: 'acme-invoices-backup-eu-central-1',
        versioning: 'Enabled',
        encryption: { algorithm: 'aws:kms', kmsKeyArn: keyArn, bucketKey: true },
        policy: {
          logicalId: 'ReplicaBucketPolicy',
          document: deployed.destination.resources.ReplicaBucketPolicy!.properties.PolicyDocument,
        },
      },
    ]);
    expect(statementsOf(destination.buckets[0]!.policy!.document).map((s) => s.Sid)).toEqual([
      'AllowReplicationRoleToReplicate',
      'AllowReplicationRoleToCheckVersioning',
      'DenyInsecureTransport',
    ]);
    expect(destination.keys).toEqual([
      {
        logicalId: 'ReplicaKey',
        keyId: DST_KEY_ID,
        policy: deployed.destination.resources.ReplicaKey!.properties.KeyPolicy,
        enabled: true,
        rotation: true,
      },
    ]);
    expect(destination.roles).toEqual([]);
  });

  it('reads the source stack: the bucket with its replication rules, and the replication and batch roles', () => {
    const bucket = source.buckets[0]!;
    expect(bucket.name).toBe('acme-invoices-eu-west-1');
    expect((bucket.replication as { Role: string }).Role).toBe(
      'arn:aws:iam::111111111111:role/s3-xrepl-invoices-replication',
    );
    expect(source.roles).toHaveLength(2);
    const role = source.roles[0]!;
    expect(role.logicalId).toBe('ReplicationRole');
    expect(role.name).toBe('s3-xrepl-invoices-replication');
    expect(Object.keys(role.inlinePolicies)).toEqual(['replication']);
    expect(role.managedPolicyArns).toEqual([]);
    expect(statementsOf(role.trustPolicy).map((s) => s.Sid)).toEqual(['S3ReplicationAssumesThisRole']);
    const batch = source.roles[1]!;
    expect(batch.logicalId).toBe('BatchReplicationRole');
    expect(batch.name).toBe('s3-xrepl-invoices-batch-replication');
    expect(Object.keys(batch.inlinePolicies)).toEqual(['batch-replication']);
    expect(statementsOf(batch.trustPolicy).map((s) => s.Sid)).toEqual(['BatchOperationsForThisAccountOnly']);
  });
});

describe('compareState', () => {
  it('finds an undrifted deployment in sync on every check, read in the forms the services answer with', () => {
    for (const expected of [destination, source]) {
      const findings = compareState(expected, liveMirror(expected));
      expect(findings.filter((f) => f.status !== 'in-sync')).toEqual([]);
      expect(findings.every((f) => f.stack === expected.stack)).toBe(true);
    }
    expect(
      compareState(destination, liveMirror(destination)).map((f) => [f.resource, f.what, f.subject ?? '']),
    ).toEqual([
      ['ReplicaBucket', 'versioning', ''],
      ['ReplicaBucket', 'encryption', ''],
      ['ReplicaBucketPolicy', 'bucket policy', ''],
      ['ReplicaKey', 'key state', ''],
      ['ReplicaKey', 'key state', 'rotation'],
      ['ReplicaKey', 'key policy', ''],
    ]);
    expect(
      compareState(source, liveMirror(source)).map((f) => [f.resource, f.what, f.subject ?? '']),
    ).toEqual([
      ['SourceBucket', 'versioning', ''],
      ['SourceBucket', 'encryption', ''],
      ['SourceBucketPolicy', 'bucket policy', ''],
      ['SourceBucket', 'replication rules', ''],
      ['SourceKey', 'key state', ''],
      ['SourceKey', 'key state', 'rotation'],
      ['SourceKey', 'key policy', ''],
      // The key of the alerts topic (templates/alerts.ts) is checked like any other key.
      ['AlertsKey', 'key state', ''],
      ['AlertsKey', 'key state', 'rotation'],
      ['AlertsKey', 'key policy', ''],
      ['ReplicationRole', 'role policy', 'inline policy replication'],
      ['ReplicationRole', 'role policy', 'trust policy'],
      ['ReplicationRole', 'role policy', 'managed policies'],
      ['BatchReplicationRole', 'role policy', 'inline policy batch-replication'],
      ['BatchReplicationRole', 'role policy', 'trust policy'],
      ['BatchReplicationRole', 'role policy', 'managed policies'],
    ]);
  });

  it('finds a key policy with its statements and lists reordered in sync', () => {
    const key = destination.keys[0]!;
    const doc = structuredClone(key.policy) as { Statement: { Action: unknown }[] };
    doc.Statement.reverse();
    for (const s of doc.Statement) if (Array.isArray(s.Action)) s.Action.reverse();
    const live = liveMirror(destination);
    const findings = compareState(destination, {
      ...live,
      keys: { ReplicaKey: { ...live.keys!.ReplicaKey!, policy: read(doc) } },
    });
    expect(only(findings, 'key policy').status).toBe('in-sync');
  });

  it('reports exactly the statement removed from a key policy', () => {
    const doc = structuredClone(destination.keys[0]!.policy) as { Statement: { Sid: string }[] };
    doc.Statement = doc.Statement.filter((s) => s.Sid !== 'AllowReplicationRoleToEncryptReplicas');
    const live = liveMirror(destination);
    const findings = compareState(destination, {
      ...live,
      keys: { ReplicaKey: { ...live.keys!.ReplicaKey!, policy: read(JSON.stringify(doc)) } },
    });
    expect(only(findings, 'key policy')).toEqual({
      stack: 's3-xrepl-invoices-dst-backup',
      resource: 'ReplicaKey',
      what: 'key policy',
      status: 'drifted',
      expected: '2 statements',
      actual: '1 statement',
      detail: [
        'missing: "AllowReplicationRoleToEncryptReplicas": Allow kms:Encrypt, kms:GenerateDataKey, kms:Decrypt ' +
          'for AWS arn:aws:iam::111111111111:root on * when 3 conditions hold',
      ],
      // Both documents, for a report to show them as a diff.
      documents: { expected: destination.keys[0]!.policy, actual: JSON.stringify(doc) },
    });
    expect(findings.filter((f) => f.status !== 'in-sync')).toHaveLength(1);
  });

  it('reports a statement added to a bucket policy as unexpected, and a deleted bucket policy', () => {
    const doc = structuredClone(destination.buckets[0]!.policy!.document) as { Statement: unknown[] };
    doc.Statement.push({
      Sid: 'Public',
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::x/*',
    });
    const live = liveMirror(destination);
    const withExtra = compareState(destination, {
      ...live,
      buckets: { ReplicaBucket: { ...live.buckets!.ReplicaBucket!, policy: read(JSON.stringify(doc)) } },
    });
    expect(only(withExtra, 'bucket policy')).toMatchObject({
      status: 'drifted',
      expected: '3 statements',
      actual: '4 statements',
      detail: ['unexpected: "Public": Allow s3:GetObject for * on arn:aws:s3:::x/*'],
    });

    const deleted = compareState(destination, {
      ...live,
      buckets: { ReplicaBucket: { ...live.buckets!.ReplicaBucket!, policy: absent('NoSuchBucketPolicy') } },
    });
    const finding = only(deleted, 'bucket policy');
    expect(finding.status).toBe('drifted');
    expect(finding.actual).toBe('no bucket policy');
    expect(finding.detail![0]).toBe('NoSuchBucketPolicy');
    expect(finding.detail!.filter((d) => d.startsWith('missing: '))).toHaveLength(3);
  });

  it('reports suspended versioning as drifted, expected Enabled, actual Suspended', () => {
    const live = liveMirror(destination);
    const findings = compareState(destination, {
      ...live,
      buckets: { ReplicaBucket: { ...live.buckets!.ReplicaBucket!, versioning: read('Suspended') } },
    });
    expect(only(findings, 'versioning')).toEqual({
      stack: 's3-xrepl-invoices-dst-backup',
      resource: 'ReplicaBucket',
      what: 'versioning',
      status: 'drifted',
      expected: 'Enabled',
      actual: 'Suspended',
    });
  });

  it('reports a key pending deletion, a disabled key and rotation turned off as drifted key state', () => {
    const live = liveMirror(destination);
    const withKey = (key: LiveKey) =>
      compareState(destination, { ...live, keys: { ReplicaKey: { ...live.keys!.ReplicaKey!, ...key } } });
    expect(only(withKey({ keyState: read('PendingDeletion') }), 'key state')).toMatchObject({
      status: 'drifted',
      expected: 'Enabled',
      actual: 'PendingDeletion',
    });
    expect(only(withKey({ keyState: read('Disabled') }), 'key state').status).toBe('drifted');
    expect(only(withKey({ rotation: read(false) }), 'key state', 'rotation')).toMatchObject({
      status: 'drifted',
      expected: 'rotation enabled',
      actual: 'rotation disabled',
    });
  });

  it('judges encryption by algorithm, key and bucket key; a bare key id names the same key', () => {
    const live = liveMirror(destination);
    const withEncryption = (kmsKeyId: string | undefined, bucketKey = true, algorithm = 'aws:kms') =>
      only(
        compareState(destination, {
          ...live,
          buckets: {
            ReplicaBucket: {
              ...live.buckets!.ReplicaBucket!,
              encryption: read({ algorithm, kmsKeyId, bucketKey }),
            },
          },
        }),
        'encryption',
      );
    expect(withEncryption(DST_KEY_ID).status).toBe('in-sync');
    const other = withEncryption(
      'arn:aws:kms:eu-central-1:222222222222:key/ffffffff-0000-4000-8000-000000000000',
    );
    expect(other.status).toBe('drifted');
    expect(other.detail).toEqual([
      `key: expected arn:aws:kms:eu-central-1:222222222222:key/${DST_KEY_ID}, found arn:aws:kms:eu-central-1:222222222222:key/ffffffff-0000-4000-8000-000000000000`,
    ]);
    expect(withEncryption(DST_KEY_ID, false).detail).toEqual(['bucket key: expected on, found off']);
    // What S3 reports once someone switches the bucket back to its SSE-S3 default.
    expect(withEncryption(undefined, false, 'AES256')).toMatchObject({
      status: 'drifted',
      actual: 'AES256, bucket key off',
      detail: [
        'algorithm: expected aws:kms, found AES256',
        `key: expected arn:aws:kms:eu-central-1:222222222222:key/${DST_KEY_ID}, found (none)`,
        'bucket key: expected on, found off',
      ],
    });
  });

  it('reports a changed replication rule with its field and values', () => {
    const live = liveMirror(source);
    const replication = replicationFromCfn(source.buckets[0]!.replication);
    const rules = replication.Rules!.map((r) => ({
      ...r,
      Destination: { ...r.Destination, StorageClass: 'GLACIER' },
    }));
    const findings = compareState(source, {
      ...live,
      buckets: {
        SourceBucket: { ...live.buckets!.SourceBucket!, replication: read({ ...replication, Rules: rules }) },
      },
    });
    expect(only(findings, 'replication rules')).toMatchObject({
      status: 'drifted',
      expected: '1 rule',
      actual: '1 rule',
      detail: ['rule "everything-backup" Destination.StorageClass: expected STANDARD_IA, found GLACIER'],
    });
    const removed = compareState(source, {
      ...live,
      buckets: {
        SourceBucket: {
          ...live.buckets!.SourceBucket!,
          replication: absent('ReplicationConfigurationNotFoundError'),
        },
      },
    });
    expect(only(removed, 'replication rules')).toMatchObject({
      status: 'drifted',
      actual: 'no replication configuration',
    });
  });

  it('reports inline policies added or removed, and managed policies attached, on the replication role', () => {
    const live = liveMirror(source);
    const role = live.roles!.ReplicationRole!;
    const inline = (role.inlinePolicies as { value: Record<string, unknown> }).value;
    const ofReplicationRole = (f: Finding[]) => f.filter((x) => x.resource === 'ReplicationRole');
    const extra = ofReplicationRole(
      compareState(source, {
        ...live,
        roles: {
          ReplicationRole: {
            ...role,
            inlinePolicies: read({
              ...inline,
              admin: encodeURIComponent('{"Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}'),
            }),
            managedPolicyArns: read(['arn:aws:iam::aws:policy/AdministratorAccess']),
          },
        },
      }),
    );
    expect(only(extra, 'role policy', 'inline policy admin')).toMatchObject({
      status: 'drifted',
      expected: 'none',
      actual: '1 statement',
    });
    expect(only(extra, 'role policy', 'managed policies')).toMatchObject({
      status: 'drifted',
      expected: 'none',
      detail: ['attached, not in the template: arn:aws:iam::aws:policy/AdministratorAccess'],
    });
    expect(only(extra, 'role policy', 'inline policy replication').status).toBe('in-sync');

    const detached = ofReplicationRole(
      compareState(source, {
        ...live,
        roles: { ReplicationRole: { ...role, inlinePolicies: read({}) } },
      }),
    );
    expect(only(detached, 'role policy', 'inline policy replication')).toMatchObject({
      status: 'drifted',
      actual: 'not attached',
    });
  });

  it('says unknown, never in-sync, for a value that could not be read or was not read', () => {
    const live = liveMirror(source);
    const denied = unreadable('AccessDenied: not authorized to perform s3:GetBucketPolicy');
    const findings = compareState(source, {
      buckets: { SourceBucket: { ...live.buckets!.SourceBucket!, policy: denied, versioning: denied } },
      keys: { SourceKey: { ...live.keys!.SourceKey!, policy: denied } },
      roles: {
        ReplicationRole: { ...live.roles!.ReplicationRole!, inlinePolicies: denied, trustPolicy: undefined },
      },
    }).filter((f) => f.resource !== 'BatchReplicationRole');
    for (const [what, subject] of [
      ['bucket policy', undefined],
      ['versioning', undefined],
      ['key policy', undefined],
      ['role policy', 'inline policy replication'],
    ] as const) {
      const ofTheChain = findings.filter((f) => f.resource !== 'AlertsKey');
      expect(only(ofTheChain, what, subject)).toMatchObject({ status: 'unknown', detail: [denied.error] });
    }
    expect(only(findings, 'role policy', 'trust policy')).toMatchObject({
      status: 'unknown',
      detail: ['not read'],
    });

    const nothingRead = compareState(source, {});
    expect(nothingRead.length).toBe(compareState(source, live).length);
    expect(nothingRead.every((f) => f.status === 'unknown')).toBe(true);
  });

  it('says unknown when a live policy text cannot be parsed', () => {
    const live = liveMirror(destination);
    const findings = compareState(destination, {
      ...live,
      keys: { ReplicaKey: { ...live.keys!.ReplicaKey!, policy: read('<Error>throttled</Error>') } },
    });
    expect(only(findings, 'key policy')).toMatchObject({ status: 'unknown' });
    expect(only(findings, 'key policy').detail![0]).toMatch(/^could not compare: not a policy document/);
  });
});
