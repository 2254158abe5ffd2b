/**
 * Issue 20 end to end against the emulator: a cross-account, cross-region two-way pair deployed by
 * the product's deployTopology through change sets, in its three phases; then the replication
 * stand-in (test/REPLICATION.md) acting as S3 with the live policies: a write on A reaches B, a
 * write on B reaches A, a replica is never replicated again, and tags changed on a replica flow
 * back to the origin. A second deploy changes nothing: the way back does not flap. A failure on the
 * way back is heard in the destination's account: its failure event and its alarm.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import {
  GetBucketPolicyCommand,
  GetBucketReplicationCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  PutObjectCommand,
  PutBucketReplicationCommand,
  PutObjectTaggingCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { verifyWayBack } from '../../src/shell/aws/verify-way-back.js';
import { planTopology } from '../../src/shell/aws/plan-topology.js';
import { directFindings } from '../../src/shell/aws/direct-findings.js';
import { describeStack } from '../../src/shell/aws/deploy-stack.js';
import type { Plan } from '../../src/core/plan/plan.js';
import { GetKeyPolicyCommand, KMSClient, PutKeyPolicyCommand } from '@aws-sdk/client-kms';
import { IAMClient } from '@aws-sdk/client-iam';
import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { SNSClient } from '@aws-sdk/client-sns';
import type { CanaryPlace } from '../../src/shell/aws/canary.js';
import { loadTopology } from '../../src/core/load-topology.js';
import type { Topology } from '../../src/core/model/topology.js';
import { alarmsOf } from '../../src/core/model/monitoring.js';
import { wayBack } from '../../src/core/model/way-back.js';
import { synthesize } from '../../src/core/synth/synthesize.js';
import { deployTopology, type TopologyDeployment } from '../../src/shell/aws/deploy-topology.js';
import { systemClock } from '../../src/shell/aws/poll.js';
import { recordingLogger } from '../../src/shell/logger.js';
import { createReplicationBoundaries } from '../support/bootstrap-boundary.js';
import { credentialsFor, type Credentials } from '../support/live-state.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { startReplication, type ReplicationStandIn } from '../support/replication-standin.js';
import { pairConfig } from '../support/two-way-world.js';

const TIMEOUT = 120_000;
const PAIR = pairConfig();

const loaded = loadTopology(PAIR);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
const topology: Topology = loaded.topology;
const A = topology.source;
const B = topology.destinations[0]!;

let moto: MotoServer;
let replication: ReplicationStandIn;
let first: TopologyDeployment;
let second: TopologyDeployment;
let a: S3Client;
let b: S3Client;

let planBefore: Plan;
let planAfter: Plan;

async function clientsOf() {
  const credentials = new Map<string, Credentials>();
  for (const account of [A.account, B.account])
    credentials.set(account, await credentialsFor(moto.endpoint, account));
  return (account: string, region: string) => {
    const config = { endpoint: moto.endpoint, region, credentials: credentials.get(account)! };
    return {
      cfn: new CloudFormationClient(config),
      s3: new S3Client({ ...config, forcePathStyle: true }),
      kms: new KMSClient(config),
      iam: new IAMClient(config),
      cloudwatch: new CloudWatchClient(config),
      sns: new SNSClient(config),
    };
  };
}

async function plan(runId: string): Promise<Plan> {
  return planTopology(
    topology,
    synthesize(topology),
    'two-way.yml',
    { allowDestructive: false, recreateFailedStacks: false, timeoutMs: TIMEOUT },
    { clients: await clientsOf(), logger: recordingLogger(), clock: systemClock, runId },
  );
}

async function deploy(runId: string): Promise<TopologyDeployment> {
  const clients = await clientsOf();
  return deployTopology(
    topology,
    synthesize(topology),
    { allowDestructive: false, recreateFailedStacks: false, timeoutMs: TIMEOUT },
    { clients, logger: recordingLogger(), clock: systemClock, runId },
  );
}

beforeAll(async () => {
  moto = await startMoto();
  await createReplicationBoundaries(moto.endpoint, [topology]);
  planBefore = await plan('two-way-0');
  first = await deploy('two-way-1');
  second = await deploy('two-way-2');
  planAfter = await plan('two-way-3');
  const s3 = async (account: string, region: string) =>
    new S3Client({
      endpoint: moto.endpoint,
      region,
      forcePathStyle: true,
      credentials: await credentialsFor(moto.endpoint, account),
    });
  [a, b] = await Promise.all([s3(A.account, A.region), s3(B.account, B.region)]);
  replication = startReplication(moto);
}, TIMEOUT * 3);

afterAll(async () => {
  await replication?.stop();
  await moto?.stop();
});

const status = async (client: S3Client, bucket: string, key: string, versionId?: string) =>
  (
    await client.send(
      new HeadObjectCommand({ Bucket: bucket, Key: key, ...(versionId ? { VersionId: versionId } : {}) }),
    )
  ).ReplicationStatus;
const tags = async (client: S3Client, bucket: string, key: string, versionId?: string) =>
  (
    await client.send(
      new GetObjectTaggingCommand({
        Bucket: bucket,
        Key: key,
        ...(versionId ? { VersionId: versionId } : {}),
      }),
    )
  ).TagSet ?? [];

describe('deploying a two-way pair', () => {
  it('goes destination, source, then the destination again, with nothing failed', () => {
    expect(first.failures).toEqual([]);
    expect(first.outcomes.map((o) => o.stack.name)).toEqual([B.stackName, A.stackName, B.stackName]);
    expect(first.outcomes.map((o) => o.result.kind)).toEqual(['created', 'created', 'updated']);
  });

  it('leaves both buckets replicating to each other, each rule syncing replica modifications', async () => {
    const [forth, back] = await Promise.all([
      a.send(new GetBucketReplicationCommand({ Bucket: A.bucket })),
      b.send(new GetBucketReplicationCommand({ Bucket: B.bucket })),
    ]);
    expect(forth.ReplicationConfiguration?.Role).toBe(
      `arn:aws:iam::${A.account}:role/${A.replicationRoleName}`,
    );
    expect(back.ReplicationConfiguration?.Role).toBe(`arn:aws:iam::${B.account}:role/${B.twoWay!.roleName}`);
    for (const rule of [
      ...forth.ReplicationConfiguration!.Rules!,
      ...back.ReplicationConfiguration!.Rules!,
    ]) {
      expect(rule.SourceSelectionCriteria).toEqual({
        SseKmsEncryptedObjects: { Status: 'Enabled' },
        ReplicaModifications: { Status: 'Enabled' },
      });
    }
    expect(back.ReplicationConfiguration!.Rules![0]!.Destination!.Bucket).toBe(`arn:aws:s3:::${A.bucket}`);
  });

  it("grants the way-back role on the source bucket, by account root pinned to the role's ARN", async () => {
    const policy = JSON.parse((await a.send(new GetBucketPolicyCommand({ Bucket: A.bucket }))).Policy!) as {
      Statement: { Sid: string; Condition?: Record<string, Record<string, string>> }[];
    };
    const grant = policy.Statement.find((s) => s.Sid === 'AllowWayBackFromUsToReplicate');
    expect(grant?.Condition?.ArnEquals?.['aws:PrincipalArn']).toBe(
      `arn:aws:iam::${B.account}:role/${B.twoWay!.roleName}`,
    );
  });

  it('is planned with the phases said: the two-way destination comes back after the source', () => {
    const row = planBefore.stacks.find((p) => p.name === B.stackName)!;
    expect(row.status).toBe('create');
    expect(row.note).toContain('then again after the source stack');
    expect(planAfter.stacks.map((p) => `${p.name} ${p.status}`)).toEqual([
      `${B.stackName} unchanged`,
      `${A.stackName} unchanged`,
    ]);
    expect(planAfter.stacks.find((p) => p.name === B.stackName)!.note ?? '').not.toContain('two-way');
  });

  it('changes nothing when deployed again: the way back stays on from the first phase', () => {
    expect(second.failures).toEqual([]);
    expect(second.outcomes.map((o) => o.result.kind)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });
});

describe('replicating both ways', () => {
  it('a write on A becomes a replica on B, and the replica is not replicated back', async () => {
    const put = await a.send(new PutObjectCommand({ Bucket: A.bucket, Key: 'from-a.txt', Body: 'a' }));
    await replication.drain();
    expect(await status(a, A.bucket, 'from-a.txt')).toBe('COMPLETED');
    expect(await status(b, B.bucket, 'from-a.txt', put.VersionId)).toBe('REPLICA');
    const jobs = replication.log.filter((r) => r.source.key === 'from-a.txt');
    expect(jobs.map((r) => `${r.source.bucket} ${r.kind}`)).toEqual([`${A.bucket} object`]);
  });

  it('a write on B becomes a replica on A', async () => {
    const put = await b.send(new PutObjectCommand({ Bucket: B.bucket, Key: 'from-b.txt', Body: 'b' }));
    await replication.drain();
    expect(await status(b, B.bucket, 'from-b.txt')).toBe('COMPLETED');
    expect(await status(a, A.bucket, 'from-b.txt', put.VersionId)).toBe('REPLICA');
  });

  it('tags changed on a replica flow back to the origin, once, and the origin stays COMPLETED', async () => {
    const put = await a.send(new PutObjectCommand({ Bucket: A.bucket, Key: 'tagged.txt', Body: 't' }));
    await replication.drain();
    await b.send(
      new PutObjectTaggingCommand({
        Bucket: B.bucket,
        Key: 'tagged.txt',
        VersionId: put.VersionId,
        Tagging: { TagSet: [{ Key: 'reviewed', Value: 'yes' }] },
      }),
    );
    await replication.drain();
    expect(await tags(a, A.bucket, 'tagged.txt', put.VersionId)).toEqual([{ Key: 'reviewed', Value: 'yes' }]);
    expect(await status(a, A.bucket, 'tagged.txt', put.VersionId)).toBe('COMPLETED');
    const sync = replication.log.filter((r) => r.source.key === 'tagged.txt' && r.kind === 'replica-tags');
    expect(
      sync.map((r) => `${r.source.bucket} → ${r.destinations.map((d) => `${d.bucket} ${d.status}`).join()}`),
    ).toEqual([`${B.bucket} → ${A.bucket} COMPLETED`]);
  });
});

describe('verify, the other way', () => {
  const places = () => {
    const outputs = (name: string) =>
      first.outcomes.filter((o) => o.stack.name === name).at(-1)!.result.outputs;
    const source: CanaryPlace = {
      account: A.account,
      region: A.region,
      bucket: A.bucket,
      keyArn: outputs(A.stackName).KmsKeyArn!,
      s3: a,
    };
    const us: CanaryPlace = {
      account: B.account,
      region: B.region,
      bucket: B.bucket,
      keyArn: outputs(B.stackName).KmsKeyArn!,
      s3: b,
    };
    return { source, destinations: new Map([[B.id, us]]) };
  };
  const verifyBack = (timeoutMs: number) =>
    verifyWayBack({ topology, runId: 'run-7', ...places(), clock: systemClock, timeoutMs });

  it('passes a canary from B to A and a tag change on a replica flowing back, and cleans up after itself', async () => {
    const rows = await verifyBack(20_000);
    expect(rows.map((r) => `${r.destinationId}: ${r.status}`)).toEqual([
      'us to source: pass',
      'us tags back: pass',
    ]);
    expect(rows.flatMap((r) => r.leftBehind)).toEqual([]);
    expect(rows[1]!.checks).toEqual([
      expect.objectContaining({ name: "tags changed on the replica reach the source's version", ok: true }),
    ]);
  });

  it('says the tags did not come back when the way back does not sync replica modifications', async () => {
    // GIVEN B's rules with replica modification sync switched off out of band
    const live = (await b.send(new GetBucketReplicationCommand({ Bucket: B.bucket })))
      .ReplicationConfiguration!;
    await b.send(
      new PutBucketReplicationCommand({
        Bucket: B.bucket,
        ReplicationConfiguration: {
          ...live,
          Rules: live.Rules!.map((r) => ({
            ...r,
            SourceSelectionCriteria: { SseKmsEncryptedObjects: { Status: 'Enabled' } },
          })),
        },
      }),
    );
    try {
      // THEN drift's direct comparison names the way back's rules on B's stack
      const clients = (await clientsOf())(B.account, B.region);
      const stackPlan = synthesize(topology).manifest.stacks.find((x) => x.name === B.stackName)!;
      const findings = await directFindings(
        stackPlan,
        clients,
        'aws',
        (await describeStack(clients.cfn, B.stackName))!,
      );
      expect(findings.filter((f) => f.status === 'drifted').map((f) => `${f.resource} ${f.what}`)).toEqual([
        'ReplicaBucket replication rules',
      ]);
      const rows = await verifyBack(1_500);
      expect(rows.map((r) => `${r.destinationId}: ${r.status}`)).toEqual([
        'us to source: pass',
        'us tags back: timeout',
      ]);
      expect(rows[1]!.hints[0]).toContain('ReplicaModifications');
    } finally {
      await b.send(new PutBucketReplicationCommand({ Bucket: B.bucket, ReplicationConfiguration: live }));
    }
  });
});

describe('a failure on the way back', () => {
  it("is heard in the destination's account: S3's failure event reaches the way back's topic with its reason, and its alarm goes to ALARM", async () => {
    // GIVEN the source key's grant to the way-back role removed out of band
    const clients = await clientsOf();
    const kmsA = clients(A.account, A.region).kms;
    const cwB = clients(B.account, B.region).cloudwatch;
    const outputs = (name: string) =>
      first.outcomes.filter((o) => o.stack.name === name).at(-1)!.result.outputs;
    const sourceKey = outputs(A.stackName).KmsKeyArn!;
    const topic = outputs(B.stackName).AlertsTopicArn!;
    const [alarm] = alarmsOf(wayBack(topology, B));
    const alarmState = async () =>
      (await cwB.send(new DescribeAlarmsCommand({ AlarmNames: [alarm!.name] }))).MetricAlarms?.[0]
        ?.StateValue;
    const baseline = (await kmsA.send(new GetKeyPolicyCommand({ KeyId: sourceKey, PolicyName: 'default' })))
      .Policy!;
    const policy = JSON.parse(baseline) as { Statement: { Sid?: string }[] };
    policy.Statement = policy.Statement.filter((s) => s.Sid !== 'AllowWayBackFromUsToEncryptReplicas');
    expect(await alarmState()).toBe('OK');
    await kmsA.send(
      new PutKeyPolicyCommand({ KeyId: sourceKey, PolicyName: 'default', Policy: JSON.stringify(policy) }),
    );
    try {
      // WHEN an object is written on B
      const put = await b.send(
        new PutObjectCommand({ Bucket: B.bucket, Key: 'lost-on-the-way-back.txt', Body: 'x' }),
      );
      await replication.drain();

      // THEN it FAILED, S3 told B's topic why, and the way back's alarm, in B's account, fired
      expect(await status(b, B.bucket, 'lost-on-the-way-back.txt', put.VersionId)).toBe('FAILED');
      const job = replication.log.filter((r) => r.source.key === 'lost-on-the-way-back.txt').at(-1)!;
      // S3 reports a destination key that refuses the role as DstPutObjectNotPermitted (test/REPLICATION.md).
      expect(job.events).toEqual([
        { destination: A.bucket, target: topic, failureReason: 'DstPutObjectNotPermitted', delivered: true },
      ]);
      expect(topic).toMatch(new RegExp(`^arn:aws:sns:${B.region}:${B.account}:`));
      expect(await alarmState()).toBe('ALARM');
    } finally {
      await kmsA.send(new PutKeyPolicyCommand({ KeyId: sourceKey, PolicyName: 'default', Policy: baseline }));
    }
  });
});
