/**
 * The harness's replication stand-in (test/REPLICATION.md), on the product's own cross-account
 * example: examples/cross-account.yml is synthesized and deployed by the product's deployTopology
 * through CloudFormation change sets into the patched emulator (source 111111111111 eu-west-1,
 * destination 222222222222 eu-central-1). Objects are then written to the source bucket; what S3
 * would do with them — replicate, skip, or fail and say why — is read back through S3 and the
 * stand-in's log. Each test changes what it needs out of band and the deployed state is restored
 * after it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import {
  CreatePolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRolePolicyCommand,
  IAMClient,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  UpdateAssumeRolePolicyCommand,
  GetRoleCommand,
} from '@aws-sdk/client-iam';
import {
  CancelKeyDeletionCommand,
  CreateKeyCommand,
  DisableKeyCommand,
  EnableKeyCommand,
  GetKeyPolicyCommand,
  KMSClient,
  PutKeyPolicyCommand,
  ScheduleKeyDeletionCommand,
} from '@aws-sdk/client-kms';
import {
  CreateBucketCommand,
  DeleteBucketPolicyCommand,
  DeleteBucketReplicationCommand,
  DeleteObjectCommand,
  GetBucketPolicyCommand,
  GetBucketReplicationCommand,
  GetObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  PutBucketEncryptionCommand,
  PutBucketPolicyCommand,
  PutBucketReplicationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
  type HeadObjectCommandOutput,
  type ReplicationConfiguration,
  type ReplicationRule,
} from '@aws-sdk/client-s3';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { deployTopology } from '../../src/shell/aws/deploy-topology.js';
import { createReplicationBoundaries } from '../support/bootstrap-boundary.js';
import { systemClock } from '../../src/shell/aws/poll.js';
import { recordingLogger } from '../../src/shell/logger.js';
import { exampleTopology } from '../support/examples.js';
import { credentialsFor, type Credentials } from '../support/live-state.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import {
  startReplication,
  type ReplicationRecord,
  type ReplicationStandIn,
} from '../support/replication-standin.js';

const TIMEOUT = 60_000;
const topology = exampleTopology('cross-account');
const source = topology.source;
const backup = topology.destinations[0]!;
const ROLE_ARN = `arn:aws:iam::${source.account}:role/${source.replicationRoleName}`;

let moto: MotoServer;
let replication: ReplicationStandIn | undefined;

interface World {
  readonly src: S3Client;
  /** moto 5.2.5 answers EnableKey, DisableKey, ScheduleKeyDeletion, CancelKeyDeletion with a key ARN with HTTP 500. */
  readonly replicaKeyId: string;
  readonly dst: S3Client;
  readonly dstKms: KMSClient;
  readonly iam: IAMClient;
  readonly sourceKeyArn: string;
  readonly replicaKeyArn: string;
}

/** What the deploy left, so every test can start from it again. */
interface Baseline {
  readonly replication: ReplicationConfiguration;
  readonly dstBucketPolicy: string;
  readonly dstKeyPolicy: string;
  readonly rolePolicy: string;
  readonly trustPolicy: string;
  readonly boundaryArn: string;
}

let world: World;
let baseline: Baseline;

async function deployExample(): Promise<{ sourceKeyArn: string; replicaKeyArn: string }> {
  await createReplicationBoundaries(moto.endpoint, [topology]);
  const credentials = new Map<string, Credentials>();
  for (const account of [source.account, backup.account]) {
    credentials.set(account, await credentialsFor(moto.endpoint, account));
  }
  const clients = (account: string, region: string) => {
    const config = { endpoint: moto.endpoint, region, credentials: credentials.get(account)! };
    return { cfn: new CloudFormationClient(config), s3: new S3Client({ ...config, forcePathStyle: true }) };
  };
  const deployment = await deployTopology(
    topology,
    synthesize(topology),
    { allowDestructive: false, recreateFailedStacks: false, timeoutMs: TIMEOUT },
    { clients, logger: recordingLogger(), clock: systemClock, runId: 'replication-standin' },
  );
  const outputs = (stackName: string) =>
    deployment.outcomes.find((o) => o.stack.name === stackName)!.result.outputs;
  return {
    sourceKeyArn: outputs(source.stackName).KmsKeyArn!,
    replicaKeyArn: outputs(backup.stackName).KmsKeyArn!,
  };
}

async function clientsFor(account: string, region: string) {
  const config = {
    endpoint: moto.endpoint,
    region,
    credentials: await credentialsFor(moto.endpoint, account),
  };
  return {
    s3: new S3Client({ ...config, forcePathStyle: true }),
    kms: new KMSClient(config),
    iam: new IAMClient(config),
  };
}

beforeAll(async () => {
  moto = await startMoto();
  const keys = await deployExample();
  const a = await clientsFor(source.account, source.region);
  const b = await clientsFor(backup.account, backup.region);
  world = {
    src: a.s3,
    dst: b.s3,
    dstKms: b.kms,
    iam: a.iam,
    ...keys,
    replicaKeyId: keys.replicaKeyArn.split('/').at(-1)!,
  };
  const roleName = source.replicationRoleName;
  baseline = {
    replication: (await a.s3.send(new GetBucketReplicationCommand({ Bucket: source.bucket })))
      .ReplicationConfiguration!,
    dstBucketPolicy: (await b.s3.send(new GetBucketPolicyCommand({ Bucket: backup.bucket }))).Policy!,
    dstKeyPolicy: (
      await b.kms.send(new GetKeyPolicyCommand({ KeyId: keys.replicaKeyArn, PolicyName: 'default' }))
    ).Policy!,
    rolePolicy: decodeURIComponent(
      (await a.iam.send(new GetRolePolicyCommand({ RoleName: roleName, PolicyName: 'replication' })))
        .PolicyDocument!,
    ),
    trustPolicy: decodeURIComponent(
      (await a.iam.send(new GetRoleCommand({ RoleName: roleName }))).Role!.AssumeRolePolicyDocument!,
    ),
    boundaryArn: (await a.iam.send(new GetRoleCommand({ RoleName: roleName }))).Role!.PermissionsBoundary!
      .PermissionsBoundaryArn!,
  };
}, TIMEOUT);

afterAll(async () => {
  await replication?.stop();
  await moto?.stop();
});

/** Undo whatever a test changed out of band: the deployed state is every test's GIVEN. */
afterEach(async () => {
  await replication?.stop();
  replication = undefined;
  const roleName = source.replicationRoleName;
  await world.dst.send(new DeleteBucketReplicationCommand({ Bucket: backup.bucket }));
  await world.dst.send(
    new PutBucketVersioningCommand({ Bucket: backup.bucket, VersioningConfiguration: { Status: 'Enabled' } }),
  );
  await world.dst.send(
    new PutBucketPolicyCommand({ Bucket: backup.bucket, Policy: baseline.dstBucketPolicy }),
  );
  await world.dstKms.send(new CancelKeyDeletionCommand({ KeyId: world.replicaKeyId })).catch(() => undefined);
  await world.dstKms.send(new EnableKeyCommand({ KeyId: world.replicaKeyId }));
  await world.dstKms.send(
    new PutKeyPolicyCommand({
      KeyId: world.replicaKeyArn,
      PolicyName: 'default',
      Policy: baseline.dstKeyPolicy,
    }),
  );
  await world.iam.send(
    new PutRolePolicyCommand({
      RoleName: roleName,
      PolicyName: 'replication',
      PolicyDocument: baseline.rolePolicy,
    }),
  );
  await world.iam.send(
    new UpdateAssumeRolePolicyCommand({ RoleName: roleName, PolicyDocument: baseline.trustPolicy }),
  );
  await world.iam.send(
    new PutRolePermissionsBoundaryCommand({ RoleName: roleName, PermissionsBoundary: baseline.boundaryArn }),
  );
  await world.src.send(
    new PutBucketReplicationCommand({
      Bucket: source.bucket,
      ReplicationConfiguration: baseline.replication,
    }),
  );
}, TIMEOUT);

// ------------------------------------------------------------------------------------------------
// Helpers
// ------------------------------------------------------------------------------------------------

let serial = 0;
/** A key no other test uses, under an optional prefix. */
const freshKey = (prefix = 'invoices/') => `${prefix}${Date.now()}-${++serial}.json`;

interface Put {
  readonly key: string;
  readonly versionId: string;
  readonly checksum: string;
}

async function putObject(
  key: string,
  options: { tags?: string; sse?: 'AES256'; body?: string } = {},
): Promise<Put> {
  const out = await world.src.send(
    new PutObjectCommand({
      Bucket: source.bucket,
      Key: key,
      Body: options.body ?? `{"invoice":"${key}"}`,
      ContentType: 'application/json',
      Metadata: { origin: 'replication-standin-test' },
      ChecksumAlgorithm: 'SHA256',
      ...(options.tags ? { Tagging: options.tags } : {}),
      ...(options.sse ? { ServerSideEncryption: options.sse } : {}),
    }),
  );
  return { key, versionId: out.VersionId!, checksum: out.ChecksumSHA256! };
}

const headSource = (p: Put) =>
  world.src.send(new HeadObjectCommand({ Bucket: source.bucket, Key: p.key, VersionId: p.versionId }));

async function headReplica(key: string, versionId?: string): Promise<HeadObjectCommandOutput | undefined> {
  try {
    return await world.dst.send(
      new HeadObjectCommand({
        Bucket: backup.bucket,
        Key: key,
        ChecksumMode: 'ENABLED',
        ...(versionId ? { VersionId: versionId } : {}),
      }),
    );
  } catch (e) {
    if ((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404)
      return undefined;
    throw e;
  }
}

function recordOf(p: Put | string): ReplicationRecord {
  const key = typeof p === 'string' ? p : p.key;
  const found = replication!.log.filter((r) => r.source.key === key);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Starts the stand-in if the test has none yet, and waits until the queue is empty. */
async function replicateNow(): Promise<void> {
  replication ??= startReplication(moto);
  await replication.drain();
}

/** The deployed rule, changed: every other property stays what the product deployed. */
function deployedRule(change: Partial<ReplicationRule> = {}): ReplicationRule {
  return { ...baseline.replication.Rules![0]!, ...change };
}

async function configure(rules: ReplicationRule[]): Promise<void> {
  await world.src.send(
    new PutBucketReplicationCommand({
      Bucket: source.bucket,
      ReplicationConfiguration: { Role: baseline.replication.Role, Rules: rules },
    }),
  );
}

const withoutStatements = (policyText: string, drop: (statement: Record<string, unknown>) => boolean) => {
  const doc = JSON.parse(policyText) as { Statement: Record<string, unknown>[] };
  const kept = doc.Statement.filter((s) => !drop(s));
  expect(kept.length).toBeLessThan(doc.Statement.length);
  return JSON.stringify({ ...doc, Statement: kept });
};

// ------------------------------------------------------------------------------------------------
// Replication as the product deploys it
// ------------------------------------------------------------------------------------------------

describe('an SSE-KMS object written to the deployed source bucket', () => {
  it(
    'reads PENDING at once, COMPLETED once replicated, and its replica is the same version re-encrypted with the destination key',
    async () => {
      const put = await putObject(freshKey(), { tags: 'team=finance&year=2025' });
      const before = await headSource(put);
      expect(before.ReplicationStatus).toBe('PENDING');
      expect(before.ServerSideEncryption).toBe('aws:kms');
      expect(before.SSEKMSKeyId).toBe(world.sourceKeyArn);

      await replicateNow();

      expect((await headSource(put)).ReplicationStatus).toBe('COMPLETED');
      const replica = (await headReplica(put.key, put.versionId))!;
      expect(replica).toMatchObject({
        ReplicationStatus: 'REPLICA',
        VersionId: put.versionId,
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: world.replicaKeyArn,
        BucketKeyEnabled: true,
        ChecksumSHA256: put.checksum,
        ContentType: 'application/json',
        Metadata: { origin: 'replication-standin-test' },
        StorageClass: backup.storageClass,
      });
      expect(world.replicaKeyArn).not.toBe(world.sourceKeyArn);
      const body = await world.dst.send(new GetObjectCommand({ Bucket: backup.bucket, Key: put.key }));
      expect(await body.Body!.transformToString()).toBe(`{"invoice":"${put.key}"}`);
      const tags = await world.dst.send(new GetObjectTaggingCommand({ Bucket: backup.bucket, Key: put.key }));
      expect(tags.TagSet).toEqual(
        expect.arrayContaining([
          { Key: 'team', Value: 'finance' },
          { Key: 'year', Value: '2025' },
        ]),
      );
    },
    TIMEOUT,
  );

  it(
    'is decided by evaluating every call of the permission chain as the replication role, all allowed',
    async () => {
      const put = await putObject(freshKey(), { tags: 'team=finance' });
      await replicateNow();

      const record = recordOf(put);
      expect(record.status).toBe('COMPLETED');
      expect(record.checks.every((c) => c.ok)).toBe(true);
      const calls = record.checks.filter((c) => c.action).map((c) => `${c.action} ${c.resource}`);
      const object = `${source.bucket}/${put.key}`;
      expect(calls.sort()).toEqual(
        [
          `s3:GetObjectVersionForReplication arn:aws:s3:::${object}`,
          `s3:GetObjectVersionTagging arn:aws:s3:::${object}`,
          `kms:Decrypt ${world.sourceKeyArn}`,
          `s3:ReplicateObject arn:aws:s3:::${backup.bucket}/${put.key}`,
          `s3:ReplicateTags arn:aws:s3:::${backup.bucket}/${put.key}`,
          `kms:Encrypt ${world.replicaKeyArn}`,
          `kms:GenerateDataKey ${world.replicaKeyArn}`,
          // S3 Bucket Keys are on for the destination: S3 decrypts the bucket-level key too.
          `kms:Decrypt ${world.replicaKeyArn}`,
        ].sort(),
      );
      expect(record.checks.every((c) => !c.action || c.principal === ROLE_ARN)).toBe(true);
      const served = (await (await fetch(`${moto.endpoint}/_harness/replication/log`)).json()) as {
        records: ReplicationRecord[];
      };
      expect(served.records.find((r) => r.id === record.id)).toEqual(record);
    },
    TIMEOUT,
  );

  it(
    'takes a measurable time from PutObject to COMPLETED, and delayMs adds to it',
    async () => {
      replication = startReplication(moto);
      const put = await putObject(freshKey());
      const started = Date.now();
      let status: string | undefined;
      while (status !== 'COMPLETED' && Date.now() - started < 10_000) {
        status = (await headSource(put)).ReplicationStatus;
      }
      const observed = Date.now() - started;
      expect(status).toBe('COMPLETED');
      expect(observed).toBeLessThan(5_000);
      // The stand-in logs a job once S3 has answered its COMPLETED write: a poll can see it first.
      await replication.drain();
      const fast = recordOf(put).latencyMs;
      expect(fast).toBeGreaterThanOrEqual(0);
      expect(fast).toBeLessThanOrEqual(observed + 50);
      await replication.stop();

      replication = startReplication(moto, { delayMs: 400 });
      const slowPut = await putObject(freshKey());
      await replication.drain();
      expect(recordOf(slowPut).latencyMs).toBeGreaterThanOrEqual(400);
      expect((await headSource(slowPut)).ReplicationStatus).toBe('COMPLETED');
    },
    TIMEOUT,
  );
});

// ------------------------------------------------------------------------------------------------
// Which versions a configuration selects
// ------------------------------------------------------------------------------------------------

describe('which new versions a replication configuration selects', () => {
  it(
    'an object outside the rule prefix gets no replication status and no replica',
    async () => {
      await configure([deployedRule({ Filter: { Prefix: 'invoices/' } })]);
      const inside = await putObject(freshKey('invoices/'));
      const outside = await putObject(freshKey('drafts/'));
      expect((await headSource(outside)).ReplicationStatus).toBeUndefined();

      await replicateNow();

      expect((await headSource(inside)).ReplicationStatus).toBe('COMPLETED');
      expect((await headSource(outside)).ReplicationStatus).toBeUndefined();
      expect(await headReplica(outside.key)).toBeUndefined();
      expect(replication!.log.some((r) => r.source.key === outside.key)).toBe(false);
    },
    TIMEOUT,
  );

  it(
    'without SseKmsEncryptedObjects, SSE-KMS objects are silently skipped while SSE-S3 objects replicate',
    async () => {
      const rule = deployedRule();
      delete rule.SourceSelectionCriteria;
      const destination = { ...rule.Destination! };
      delete destination.EncryptionConfiguration; // S3 refuses a replica key without the criterion
      await configure([{ ...rule, Destination: destination }]);
      const kms = await putObject(freshKey());
      const sseS3 = await putObject(freshKey(), { sse: 'AES256' });

      await replicateNow();

      expect((await headSource(kms)).ReplicationStatus).toBeUndefined();
      expect(await headReplica(kms.key)).toBeUndefined();
      expect((await headSource(sseS3)).ReplicationStatus).toBe('COMPLETED');
      const replica = (await headReplica(sseS3.key))!;
      expect(replica.ReplicationStatus).toBe('REPLICA');
      expect(replica.ServerSideEncryption).toBe('AES256');
    },
    TIMEOUT,
  );

  it(
    'of two matching rules for one destination, the higher Priority decides',
    async () => {
      await configure([
        deployedRule({ ID: 'all', Priority: 1, Filter: { Prefix: '' } }),
        deployedRule({
          ID: 'archive',
          Priority: 2,
          Filter: { Prefix: 'archive/' },
          Destination: { ...deployedRule().Destination!, StorageClass: 'ONEZONE_IA' },
        }),
      ]);
      const archived = await putObject(freshKey('archive/'));
      const other = await putObject(freshKey('invoices/'));

      await replicateNow();

      expect((await headReplica(archived.key))!.StorageClass).toBe('ONEZONE_IA');
      expect((await headReplica(other.key))!.StorageClass).toBe(backup.storageClass);
      expect(recordOf(archived).destinations.map((d) => d.ruleId)).toEqual(['archive']);
    },
    TIMEOUT,
  );

  it(
    'a replica is not replicated again, even from a destination bucket that has a configuration of its own',
    async () => {
      await world.dst.send(
        new PutBucketReplicationCommand({
          Bucket: backup.bucket,
          ReplicationConfiguration: {
            Role: `arn:aws:iam::${backup.account}:role/back-to-source`,
            Rules: [
              {
                ID: 'back',
                Priority: 1,
                Status: 'Enabled',
                Filter: { Prefix: '' },
                DeleteMarkerReplication: { Status: 'Disabled' },
                Destination: { Bucket: `arn:aws:s3:::${source.bucket}` },
              },
            ],
          },
        }),
      );
      const put = await putObject(freshKey());

      await replicateNow();

      expect((await headReplica(put.key))!.ReplicationStatus).toBe('REPLICA');
      expect(replication!.log.filter((r) => r.source.key === put.key).map((r) => r.source.bucket)).toEqual([
        source.bucket,
      ]);
    },
    TIMEOUT,
  );

  it(
    'with two destinations, one failure makes the source FAILED while the other destination still gets its replica',
    async () => {
      const second = 'acme-invoices-second-eu-central-1';
      await world.dst.send(
        new CreateBucketCommand({
          Bucket: second,
          CreateBucketConfiguration: { LocationConstraint: backup.region as 'eu-central-1' },
        }),
      );
      await world.dst.send(
        new PutBucketVersioningCommand({ Bucket: second, VersioningConfiguration: { Status: 'Enabled' } }),
      );
      await world.dst.send(
        new PutBucketEncryptionCommand({
          Bucket: second,
          ServerSideEncryptionConfiguration: {
            Rules: [
              {
                ApplyServerSideEncryptionByDefault: {
                  SSEAlgorithm: 'aws:kms',
                  KMSMasterKeyID: world.replicaKeyArn,
                },
              },
            ],
          },
        }),
      );
      await configure([
        deployedRule(),
        deployedRule({
          ID: 'second',
          Priority: 2,
          Destination: { ...deployedRule().Destination!, Bucket: `arn:aws:s3:::${second}` },
        }),
      ]);
      const put = await putObject(freshKey());

      await replicateNow();

      expect((await headSource(put)).ReplicationStatus).toBe('FAILED');
      expect((await headReplica(put.key))!.ReplicationStatus).toBe('REPLICA');
      const outcome = Object.fromEntries(recordOf(put).destinations.map((d) => [d.bucket, d]));
      expect(outcome[backup.bucket]!.status).toBe('COMPLETED');
      expect(outcome[second]!).toMatchObject({ status: 'FAILED', code: 'DstPutObjectNotPermitted' });
      expect(outcome[second]!.reason).toContain(`s3:ReplicateObject on arn:aws:s3:::${second}/${put.key}`);
      expect(outcome[second]!.reason).toContain(`the role policy of ${ROLE_ARN} has no Allow for it`);
    },
    TIMEOUT,
  );
});

// ------------------------------------------------------------------------------------------------
// Delete markers
// ------------------------------------------------------------------------------------------------

async function destinationVersions(key: string) {
  const out = await world.dst.send(new ListObjectVersionsCommand({ Bucket: backup.bucket, Prefix: key }));
  return {
    versions: (out.Versions ?? []).filter((v) => v.Key === key).map((v) => v.VersionId),
    markers: (out.DeleteMarkers ?? []).filter((m) => m.Key === key).map((m) => m.VersionId),
  };
}

describe('deletes', () => {
  it(
    'with DeleteMarkerReplication Enabled, a delete marker is replicated with its version id; a version delete is not',
    async () => {
      const put = await putObject(freshKey());
      await replicateNow();

      const marker = await world.src.send(new DeleteObjectCommand({ Bucket: source.bucket, Key: put.key }));
      expect(marker.DeleteMarker).toBe(true);
      await replication!.drain();
      expect(await destinationVersions(put.key)).toEqual({
        versions: [put.versionId],
        markers: [marker.VersionId],
      });

      await world.src.send(
        new DeleteObjectCommand({ Bucket: source.bucket, Key: put.key, VersionId: put.versionId }),
      );
      await replication!.drain();
      expect(await destinationVersions(put.key)).toEqual({
        versions: [put.versionId],
        markers: [marker.VersionId],
      });
    },
    TIMEOUT,
  );

  it(
    'with DeleteMarkerReplication Disabled, the delete marker stays in the source bucket',
    async () => {
      await configure([deployedRule({ DeleteMarkerReplication: { Status: 'Disabled' } })]);
      const put = await putObject(freshKey());
      await replicateNow();

      await world.src.send(new DeleteObjectCommand({ Bucket: source.bucket, Key: put.key }));
      await replication!.drain();

      expect(await destinationVersions(put.key)).toEqual({ versions: [put.versionId], markers: [] });
      expect((await headReplica(put.key))!.VersionId).toBe(put.versionId);
    },
    TIMEOUT,
  );

  it(
    'a version deleted before it was replicated is FAILED with SrcVersionNotFound and leaves no replica',
    async () => {
      const put = await putObject(freshKey());
      await world.src.send(
        new DeleteObjectCommand({ Bucket: source.bucket, Key: put.key, VersionId: put.versionId }),
      );

      await replicateNow();

      expect(recordOf(put)).toMatchObject({
        status: 'FAILED',
        destinations: [{ bucket: backup.bucket, status: 'FAILED', code: 'SrcVersionNotFound' }],
      });
      expect(await destinationVersions(put.key)).toEqual({ versions: [], markers: [] });
    },
    TIMEOUT,
  );

  it(
    'a delete marker fails when the destination bucket policy no longer grants s3:ReplicateDelete',
    async () => {
      const put = await putObject(freshKey());
      await replicateNow();
      const policy = JSON.parse(baseline.dstBucketPolicy) as { Statement: { Action?: string | string[] }[] };
      for (const s of policy.Statement) {
        if (Array.isArray(s.Action)) s.Action = s.Action.filter((a) => a !== 's3:ReplicateDelete');
      }
      await world.dst.send(
        new PutBucketPolicyCommand({ Bucket: backup.bucket, Policy: JSON.stringify(policy) }),
      );

      await world.src.send(new DeleteObjectCommand({ Bucket: source.bucket, Key: put.key }));
      await replication!.drain();

      const record = replication!.log.find((r) => r.source.key === put.key && r.kind === 'delete-marker')!;
      expect(record.status).toBe('FAILED');
      expect(record.destinations[0]).toMatchObject({ code: 'DstDelObjNotPermitted' });
      expect(record.destinations[0]!.reason).toContain('s3:ReplicateDelete');
      expect((await destinationVersions(put.key)).markers).toEqual([]);
    },
    TIMEOUT,
  );
});

// ------------------------------------------------------------------------------------------------
// Out-of-band breakage of the permission chain: FAILED, and the log says why
// ------------------------------------------------------------------------------------------------

const mentionsRole = (s: Record<string, unknown>) => JSON.stringify(s).includes(source.replicationRoleName);

interface Breakage {
  readonly what: string;
  readonly breakIt: () => Promise<unknown>;
  readonly code: string;
  readonly mentions: () => readonly string[];
}

const BREAKAGES: readonly Breakage[] = [
  {
    what: 'the replication role statement is removed from the destination key policy',
    breakIt: () =>
      world.dstKms.send(
        new PutKeyPolicyCommand({
          KeyId: world.replicaKeyArn,
          PolicyName: 'default',
          Policy: withoutStatements(baseline.dstKeyPolicy, mentionsRole),
        }),
      ),
    code: 'DstKmsKeyNotPermitted',
    mentions: () => [
      `kms:Encrypt on ${world.replicaKeyArn} as ${ROLE_ARN}: ImplicitlyDenied`,
      `the destination key policy of ${world.replicaKeyArn} has no Allow for it`,
    ],
  },
  {
    what: 'the destination bucket policy is deleted',
    breakIt: () => world.dst.send(new DeleteBucketPolicyCommand({ Bucket: backup.bucket })),
    code: 'DstPutObjectNotPermitted',
    mentions: () => [
      's3:ReplicateObject on arn:aws:s3:::',
      'which has no bucket policy, has no Allow for it',
    ],
  },
  {
    what: 'the destination bucket policy no longer grants s3:ReplicateTags (the object is tagged)',
    breakIt: () => {
      const policy = JSON.parse(baseline.dstBucketPolicy) as { Statement: { Action?: string | string[] }[] };
      for (const s of policy.Statement) {
        if (Array.isArray(s.Action)) s.Action = s.Action.filter((a) => a !== 's3:ReplicateTags');
      }
      return world.dst.send(
        new PutBucketPolicyCommand({ Bucket: backup.bucket, Policy: JSON.stringify(policy) }),
      );
    },
    code: 'DstPutTaggingNotPermitted',
    mentions: () => ['s3:ReplicateTags', `the destination bucket policy of ${backup.bucket}`],
  },
  {
    what: 'destination versioning is suspended',
    breakIt: () =>
      world.dst.send(
        new PutBucketVersioningCommand({
          Bucket: backup.bucket,
          VersioningConfiguration: { Status: 'Suspended' },
        }),
      ),
    code: 'DstBucketUnversioned',
    mentions: () => [`versioning of bucket ${backup.bucket} is Suspended`],
  },
  {
    what: 'the destination key is disabled',
    breakIt: () => world.dstKms.send(new DisableKeyCommand({ KeyId: world.replicaKeyId })),
    code: 'DstKmsKeyInvalidState',
    mentions: () => [`KMS key ${world.replicaKeyArn} is Disabled`],
  },
  {
    what: 'the destination key is scheduled for deletion',
    breakIt: () =>
      world.dstKms.send(
        new ScheduleKeyDeletionCommand({ KeyId: world.replicaKeyId, PendingWindowInDays: 7 }),
      ),
    code: 'DstKmsKeyInvalidState',
    mentions: () => [`KMS key ${world.replicaKeyArn} is PendingDeletion`],
  },
  {
    what: 'the replication configuration names a replica key that does not exist',
    breakIt: () => {
      const missing = world.replicaKeyArn.replace(/key\/.*/, 'key/00000000-0000-0000-0000-000000000000');
      return configure([
        deployedRule({
          Destination: {
            ...deployedRule().Destination!,
            EncryptionConfiguration: { ReplicaKmsKeyID: missing },
          },
        }),
      ]);
    },
    code: 'DstKmsKeyNotFound',
    mentions: () => ['does not exist'],
  },
  {
    what: 'the replication configuration names a replica key in another region than the destination bucket',
    breakIt: async () => {
      const elsewhere = await clientsFor(backup.account, source.region);
      const key = await elsewhere.kms.send(new CreateKeyCommand({ Description: 'wrong region' }));
      return configure([
        deployedRule({
          Destination: {
            ...deployedRule().Destination!,
            EncryptionConfiguration: { ReplicaKmsKeyID: key.KeyMetadata!.Arn! },
          },
        }),
      ]);
    },
    code: 'DstKmsKeyWrongRegion',
    mentions: () => [`is in ${source.region}; S3 encrypts replicas for ${backup.bucket} in ${backup.region}`],
  },
  {
    what: 'the role policy loses kms:Decrypt on the source key',
    breakIt: () =>
      world.iam.send(
        new PutRolePolicyCommand({
          RoleName: source.replicationRoleName,
          PolicyName: 'replication',
          PolicyDocument: withoutStatements(baseline.rolePolicy, (s) => s.Sid === 'DecryptSourceObjects'),
        }),
      ),
    code: 'SrcKmsKeyNotPermitted',
    mentions: () => [
      `kms:Decrypt on ${world.sourceKeyArn}`,
      `the role policy of ${ROLE_ARN} has no Allow for it`,
    ],
  },
  {
    what: "the role's permissions boundary no longer allows s3:ReplicateObject",
    breakIt: async () => {
      const { Policy } = await world.iam.send(new GetPolicyCommand({ PolicyArn: baseline.boundaryArn }));
      const { PolicyVersion } = await world.iam.send(
        new GetPolicyVersionCommand({
          PolicyArn: baseline.boundaryArn,
          VersionId: Policy!.DefaultVersionId!,
        }),
      );
      const document = JSON.parse(decodeURIComponent(PolicyVersion!.Document!)) as {
        Statement: { Action?: string | string[] }[];
      };
      for (const st of document.Statement)
        if (Array.isArray(st.Action)) st.Action = st.Action.filter((a) => a !== 's3:ReplicateObject');
      const narrower = await world.iam.send(
        new CreatePolicyCommand({
          PolicyName: `narrower-${Date.now()}`,
          PolicyDocument: JSON.stringify(document),
        }),
      );
      return world.iam.send(
        new PutRolePermissionsBoundaryCommand({
          RoleName: source.replicationRoleName,
          PermissionsBoundary: narrower.Policy!.Arn!,
        }),
      );
    },
    code: 'DstPutObjectNotPermitted',
    mentions: () => [
      's3:ReplicateObject',
      `the permissions boundary of the role policy of ${ROLE_ARN} has no Allow for it`,
    ],
  },
  {
    what: 'the trust policy no longer lets S3 assume the role',
    breakIt: () =>
      world.iam.send(
        new UpdateAssumeRolePolicyCommand({
          RoleName: source.replicationRoleName,
          PolicyDocument: baseline.trustPolicy.replace('s3.amazonaws.com', 'ec2.amazonaws.com'),
        }),
      ),
    code: 'AssumeRoleNotPermitted',
    mentions: () => ['does not let s3.amazonaws.com call sts:AssumeRole'],
  },
  {
    what: 'the replication configuration names a role that does not exist',
    breakIt: () =>
      world.src.send(
        new PutBucketReplicationCommand({
          Bucket: source.bucket,
          ReplicationConfiguration: {
            Role: `arn:aws:iam::${source.account}:role/no-such-role`,
            Rules: [deployedRule()],
          },
        }),
      ),
    code: 'AssumeRoleNotPermitted',
    mentions: () => [`role arn:aws:iam::${source.account}:role/no-such-role does not exist`],
  },
];

describe.each(BREAKAGES.map((b) => [b.what, b] as const))('when %s out of band', (_what, breakage) => {
  it(
    `a tagged SSE-KMS object is FAILED with ${breakage.code}, no replica is written, and the log says why`,
    async () => {
      await breakage.breakIt();
      const put = await putObject(freshKey(), { tags: 'team=finance' });

      await replicateNow();

      expect((await headSource(put)).ReplicationStatus).toBe('FAILED');
      expect(await headReplica(put.key)).toBeUndefined();
      const [destination] = recordOf(put).destinations;
      expect(destination).toMatchObject({ bucket: backup.bucket, status: 'FAILED', code: breakage.code });
      for (const mention of breakage.mentions()) expect(destination!.reason).toContain(mention);
    },
    TIMEOUT,
  );
});

describe('tags and the permission to replicate them', () => {
  it(
    'without s3:ReplicateTags in the destination bucket policy, an untagged object still replicates',
    async () => {
      await BREAKAGES.find((b) => b.code === 'DstPutTaggingNotPermitted')!.breakIt();
      const put = await putObject(freshKey());

      await replicateNow();

      expect((await headSource(put)).ReplicationStatus).toBe('COMPLETED');
      expect(recordOf(put).checks.some((c) => c.action === 's3:ReplicateTags')).toBe(false);
    },
    TIMEOUT,
  );
});
