import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import {
  DeleteObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type PutObjectCommandInput,
} from '@aws-sdk/client-s3';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';
import { loadTopology } from '../../src/core/load-topology.js';
import { CANARY_SEGMENT, CANARY_TAG } from '../../src/core/model/canary.js';
import type { Topology } from '../../src/core/model/topology.js';
import { renderAll } from '../../src/core/report/budget.js';
import { renderVerify } from '../../src/core/report/render-verify.js';
import { canaryObjects, reachedBy, type CanaryObject } from '../../src/core/verify/canary-objects.js';
import {
  failedHints,
  type DestinationVerification,
  type VerifyReport,
} from '../../src/core/verify/verification.js';
import { runCanary, type CanaryPlace } from '../../src/shell/aws/canary.js';
import { awsError, fakeClock, type FakeClock } from '../support/aws-mocks.js';
import { EXAMPLE_NAMES, exampleTopology } from '../support/examples.js';
import { checkMarkdown } from '../support/markdown-check.js';

const RUN_ID = 'run-7';
const TIMEOUT_MS = 60_000;

/**
 * Overlapping rules: everything goes to dr, reports/ goes to dr at a higher priority, logs/ tagged
 * retention=long goes to archive (so a canary for archive also lands in dr), and the only rule to
 * cold is disabled, as is the highest-priority rule to dr.
 */
const OVERLAP_YAML = `
name: overlap
source:
  account: '111111111111'
  region: eu-west-1
  bucket: acme-overlap-eu-west-1
destinations:
  - id: dr
    account: '222222222222'
    region: eu-central-1
    bucket: acme-overlap-dr-eu-central-1
  - id: archive
    account: '333333333333'
    region: us-east-1
    bucket: acme-overlap-archive-us-east-1
  - id: cold
    account: '333333333333'
    region: us-west-2
    bucket: acme-overlap-cold-us-west-2
rules:
  - id: everything-to-dr
    priority: 1
    destinations: [dr]
  - id: reports-to-dr
    priority: 5
    filter:
      prefix: reports/
    destinations: [dr]
  - id: paused-to-dr
    priority: 9
    enabled: false
    filter:
      prefix: paused/
    destinations: [dr]
  - id: logs-to-archive
    priority: 3
    filter:
      prefix: logs/
      tags:
        retention: long
    destinations: [archive]
  - id: paused-to-cold
    priority: 2
    enabled: false
    destinations: [cold]
`;

function overlapTopology(): Topology {
  const loaded = loadTopology(OVERLAP_YAML);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics, null, 2));
  return loaded.topology;
}

function objectFor(topology: Topology, destinationId: string, runId = RUN_ID): CanaryObject {
  const choice = canaryObjects(topology, runId).find((c) =>
    c.kind === 'object' ? c.object.destinationId === destinationId : c.destinationId === destinationId,
  )!;
  if (choice.kind !== 'object') throw new Error(`${destinationId} is unverifiable: ${choice.reason}`);
  return choice.object;
}

// ---- canaryObjects ----

describe('canaryObjects', () => {
  const topology = overlapTopology();

  it('carries each canary by the highest-priority enabled rule to its destination, under that prefix', () => {
    const dr = objectFor(topology, 'dr');
    expect(dr.ruleId).toBe('reports-to-dr');
    expect(dr.key).toBe(`reports/${CANARY_SEGMENT}/${RUN_ID}/dr`);
    expect(dr.tags).toEqual({ [CANARY_TAG.key]: CANARY_TAG.value });

    const archive = objectFor(topology, 'archive');
    expect(archive.ruleId).toBe('logs-to-archive');
    expect(archive.key).toBe(`logs/${CANARY_SEGMENT}/${RUN_ID}/archive`);
    expect(archive.tags).toEqual({ [CANARY_TAG.key]: CANARY_TAG.value, retention: 'long' });
  });

  it('calls a destination that no enabled rule replicates to unverifiable', () => {
    expect(canaryObjects(topology, RUN_ID).find((c) => c.kind === 'unverifiable')).toEqual({
      kind: 'unverifiable',
      destinationId: 'cold',
      reason: 'no enabled rule replicates to it',
    });
  });

  it('says which other destinations the same canary reaches through overlapping rules', () => {
    expect(objectFor(topology, 'archive').reaches).toEqual(['archive', 'dr']);
    expect(objectFor(topology, 'dr').reaches).toEqual(['dr']);
  });

  it('keeps the run id from adding path segments or odd characters to the key', () => {
    const key = objectFor(topology, 'dr', 'pr 12/attempt#2').key;
    expect(key).toBe(`reports/${CANARY_SEGMENT}/pr-12-attempt-2/dr`);
  });

  it('reaches a destination only through enabled rules whose prefix and every tag match', () => {
    const rules = topology.rules;
    expect(reachedBy(rules, 'logs/x', {})).toEqual(['dr']);
    expect(reachedBy(rules, 'logs/x', { retention: 'short' })).toEqual(['dr']);
    expect(reachedBy(rules, 'logs/x', { retention: 'long', other: 'y' })).toEqual(['archive', 'dr']);
    expect(reachedBy(rules, 'paused/x', {})).toEqual(['dr']);
    expect(
      reachedBy(
        rules.filter((r) => r.id !== 'everything-to-dr'),
        'elsewhere/x',
        {},
      ),
    ).toEqual([]);
  });

  it.each(EXAMPLE_NAMES)('gives every destination of the %s example a canary that reaches it', (name) => {
    const example = exampleTopology(name);
    for (const choice of canaryObjects(example, RUN_ID)) {
      expect(choice.kind).toBe('object');
      if (choice.kind !== 'object') continue;
      const rule = example.rules.find((r) => r.id === choice.object.ruleId)!;
      expect(choice.object.key.startsWith(rule.prefix ?? '')).toBe(true);
      expect(choice.object.reaches).toContain(choice.object.destinationId);
      expect(reachedBy(example.rules, choice.object.key, choice.object.tags)).toEqual(choice.object.reaches);
    }
  });
});

// ---- runCanary against mocked S3, one client per place ----

const SOURCE_KEY = 'arn:aws:kms:eu-west-1:111111111111:key/0a1b2c3d-0000-4000-8000-000000000005';
const keyArn = (account: string, region: string, n: number) =>
  `arn:aws:kms:${region}:${account}:key/0a1b2c3d-0000-4000-8000-00000000000${n}`;
const VERSION = '3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY';
const CHECKSUM = 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=';

type Where = 'source' | 'dr' | 'archive' | 'cold';
const s3Of = (region: string) => new S3Client({ region });

interface World {
  readonly source: CanaryPlace;
  readonly destinations: ReadonlyMap<string, CanaryPlace>;
  readonly mocks: Readonly<Record<Where, AwsClientStub<S3Client>>>;
  /** Every PutObject the canary made on the source, as S3 received it. */
  readonly puts: PutObjectCommandInput[];
}

function place(topology: Topology, id: string, n: number): CanaryPlace {
  const d = topology.destinations.find((x) => x.id === id)!;
  return {
    account: d.account,
    region: d.region,
    bucket: d.bucket,
    keyArn: keyArn(d.account, d.region, n),
    s3: s3Of(d.region),
  };
}

/** The four places of the overlap topology, each with its own mocked client, and no replication yet. */
function world(topology: Topology): World {
  const source: CanaryPlace = {
    account: topology.source.account,
    region: topology.source.region,
    bucket: topology.source.bucket,
    keyArn: SOURCE_KEY,
    s3: s3Of(topology.source.region),
  };
  const destinations = new Map<string, CanaryPlace>([
    ['dr', place(topology, 'dr', 1)],
    ['archive', place(topology, 'archive', 2)],
    ['cold', place(topology, 'cold', 3)],
  ]);
  const mock = (p: CanaryPlace) => mockClient(p.s3 as S3Client);
  const mocks = {
    source: mock(source),
    dr: mock(destinations.get('dr')!),
    archive: mock(destinations.get('archive')!),
    cold: mock(destinations.get('cold')!),
  };
  const puts: PutObjectCommandInput[] = [];
  mocks.source.on(PutObjectCommand).callsFake(async (input: PutObjectCommandInput) => {
    puts.push(input);
    return {
      VersionId: VERSION,
      ChecksumSHA256: CHECKSUM,
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: SOURCE_KEY,
    };
  });
  for (const m of Object.values(mocks)) m.on(DeleteObjectCommand).resolves({ VersionId: VERSION });
  return { source, destinations, mocks, puts };
}

/** The source version's ReplicationStatus as successive HeadObject calls see it; the last one repeats. */
function sourceStatuses(w: World, ...statuses: (string | undefined)[]): void {
  const on = w.mocks.source.on(HeadObjectCommand);
  const answer = (s: string | undefined) => ({
    VersionId: VERSION,
    ServerSideEncryption: 'aws:kms' as const,
    SSEKMSKeyId: SOURCE_KEY,
    ...(s ? { ReplicationStatus: s as 'PENDING' } : {}),
  });
  statuses.slice(0, -1).forEach((s) => on.resolvesOnce(answer(s)));
  on.resolves(answer(statuses.at(-1)));
}

/** What S3 writes to a destination for the canary put on the source: same version, tags, checksum. */
function replicaLandsIn(
  w: World,
  where: Exclude<Where, 'source'>,
  change: Record<string, unknown> = {},
): void {
  const target = w.destinations.get(where)!;
  w.mocks[where].on(HeadObjectCommand).callsFake(async () => ({
    ReplicationStatus: 'REPLICA',
    ServerSideEncryption: 'aws:kms',
    SSEKMSKeyId: target.keyArn,
    VersionId: VERSION,
    ChecksumSHA256: CHECKSUM,
    ...change,
  }));
  w.mocks[where].on(GetObjectTaggingCommand).callsFake(async () => ({
    VersionId: VERSION,
    TagSet: [...new URLSearchParams(w.puts.at(-1)!.Tagging)].map(([Key, Value]) => ({ Key, Value })),
  }));
}

const deletes = (m: AwsClientStub<S3Client>) =>
  m.commandCalls(DeleteObjectCommand).map((c) => c.args[0].input);
const sourcePolls = (w: World) => w.mocks.source.commandCalls(HeadObjectCommand).length;

const CHECK_NAMES = [
  'replica exists',
  'replication status',
  'encryption',
  'encryption key',
  'version id',
  'SHA-256 checksum',
  'tags',
];

describe('runCanary', () => {
  const topology = overlapTopology();
  let w: World;
  let clock: FakeClock;
  const run = (destinationId: string, timeoutMs = TIMEOUT_MS) =>
    runCanary({
      canary: objectFor(topology, destinationId),
      runId: RUN_ID,
      source: w.source,
      destinations: w.destinations,
      clock,
      timeoutMs,
    });

  beforeEach(() => {
    w = world(topology);
    clock = fakeClock();
  });
  afterAll(() => {
    for (const m of Object.values(w.mocks)) m.restore();
  });

  it('passes once the version goes PENDING → COMPLETED and the replica checks out, with its latency', async () => {
    sourceStatuses(w, 'PENDING', 'COMPLETED');
    replicaLandsIn(w, 'dr');

    const result = await run('dr');

    expect(result).toMatchObject({
      destinationId: 'dr',
      account: '222222222222',
      region: 'eu-central-1',
      bucket: 'acme-overlap-dr-eu-central-1',
      status: 'pass',
      replicationStatus: 'COMPLETED',
      key: `reports/${CANARY_SEGMENT}/${RUN_ID}/dr`,
      versionId: VERSION,
      hints: [],
      leftBehind: [],
    });
    expect(result.checks.map((c) => c.name)).toEqual(CHECK_NAMES);
    expect(result.checks.filter((c) => !c.ok)).toEqual([]);
    expect(result.latencyMs).toBe(clock.slept.reduce((a, b) => a + b, 0));
    expect(result.latencyMs).toBeGreaterThan(0);
    expect(sourcePolls(w)).toBe(2);
  });

  it('reports a canary it could not write as that destination failing, naming the step, instead of throwing', async () => {
    w.mocks.source.on(PutObjectCommand).rejects(awsError('AccessDenied', 'not allowed to use the key'));

    const result = await run('dr');

    expect(result.status).toBe('fail');
    expect(result.checks).toEqual([
      {
        name: 'write the canary to the source bucket',
        ok: false,
        expected: 'success',
        actual: 'AccessDenied: not allowed to use the key',
      },
    ]);
    expect(result.hints.join('\n')).toMatch(/kms:GenerateDataKey/);
    expect(deletes(w.mocks.source)).toEqual([]);
  });

  it('passes a destination whose replica landed when the source reads FAILED because another one failed', async () => {
    // The archive canary also reaches dr; dr failed, archive did not.
    sourceStatuses(w, 'PENDING', 'FAILED');
    replicaLandsIn(w, 'archive');
    w.mocks.dr.on(HeadObjectCommand).rejects(awsError('NotFound', 'no replica', 404));

    const result = await run('archive');

    expect(result.status).toBe('pass');
    expect(result.replicationStatus).toBe('FAILED');
    expect(result.checks.every((c) => c.ok)).toBe(true);
    expect(result.hints).toEqual([
      expect.stringMatching(/another destination it also replicates to \(dr\) failed/),
    ]);
  });

  it('fails the destination whose replica is missing when the source reads FAILED', async () => {
    sourceStatuses(w, 'FAILED');
    w.mocks.archive.on(HeadObjectCommand).rejects(awsError('NotFound', 'no replica', 404));
    replicaLandsIn(w, 'dr');

    const result = await run('archive');

    expect(result.status).toBe('fail');
    expect(result.checks.find((c) => c.name === 'replica exists')!.ok).toBe(false);
  });

  it('writes the canary SSE-KMS under the source key, with a SHA-256 checksum and its rule tags', async () => {
    sourceStatuses(w, 'COMPLETED');
    replicaLandsIn(w, 'archive');
    replicaLandsIn(w, 'dr');

    await run('archive');

    expect(w.puts).toHaveLength(1);
    const put = w.puts[0]!;
    expect(put).toMatchObject({
      Bucket: 'acme-overlap-eu-west-1',
      Key: `logs/${CANARY_SEGMENT}/${RUN_ID}/archive`,
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: SOURCE_KEY,
      ChecksumAlgorithm: 'SHA256',
    });
    expect(Object.fromEntries(new URLSearchParams(put.Tagging))).toEqual({
      [CANARY_TAG.key]: CANARY_TAG.value,
      retention: 'long',
    });
    const replicaHead = w.mocks.archive.commandCalls(HeadObjectCommand)[0]!.args[0].input;
    expect(replicaHead).toEqual({
      Bucket: 'acme-overlap-archive-us-east-1',
      Key: put.Key,
      VersionId: VERSION,
      ChecksumMode: 'ENABLED',
    });
  });

  it('fails on FAILED with the permission chain to look at, without reading the replica', async () => {
    sourceStatuses(w, 'PENDING', 'FAILED');
    replicaLandsIn(w, 'dr');

    const result = await run('dr');

    expect(result.status).toBe('fail');
    expect(result.replicationStatus).toBe('FAILED');
    expect(result.checks).toEqual([]);
    const target = w.destinations.get('dr')!;
    expect(result.hints).toEqual(
      failedHints({ destinationId: 'dr', region: target.region, bucket: target.bucket }),
    );
    expect(result.hints.join('\n')).toMatch(
      /key policy.*replication role.*bucket policy.*versioning.*ReplicaKmsKeyID/s,
    );
    expect(w.mocks.dr.commandCalls(HeadObjectCommand)).toHaveLength(0);
    expect(deletes(w.mocks.source)).toHaveLength(1);
  });

  it('times out with the "no replication status" hint when S3 never sets one', async () => {
    sourceStatuses(w, undefined);

    const result = await run('dr');

    expect(result.status).toBe('timeout');
    expect(result.replicationStatus).toBeUndefined();
    expect(result.hints).toHaveLength(1);
    expect(result.hints[0]).toContain('no replication status');
    expect(result.hints[0]).toContain('SseKmsEncryptedObjects');
    expect(result.latencyMs).toBeUndefined();
  });

  it('times out, still PENDING, at the deadline, having backed off between polls', async () => {
    sourceStatuses(w, 'PENDING');
    const started = clock.now();

    const result = await run('dr');

    expect(result.status).toBe('timeout');
    expect(result.replicationStatus).toBe('PENDING');
    expect(result.hints[0]).toMatch(/still PENDING/);
    expect(clock.now() - started).toBeLessThanOrEqual(TIMEOUT_MS);
    const delays = clock.slept;
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(delays.at(-1)!).toBeGreaterThan(delays[0]!);
    // A steady 250 ms for a minute would be 240 polls.
    expect(sourcePolls(w)).toBeLessThan(25);
    expect(sourcePolls(w)).toBe(delays.length + 1);
  });

  it('fails naming the encryption key check when the replica is under another key', async () => {
    const wrongKey = 'arn:aws:kms:eu-central-1:222222222222:key/ffffffff-0000-4000-8000-000000000000';
    sourceStatuses(w, 'COMPLETED');
    replicaLandsIn(w, 'dr', { SSEKMSKeyId: wrongKey });

    const result = await run('dr');

    expect(result.status).toBe('fail');
    expect(result.checks.filter((c) => !c.ok)).toEqual([
      { name: 'encryption key', ok: false, expected: w.destinations.get('dr')!.keyArn, actual: wrongKey },
    ]);
    expect(result.hints.length).toBeGreaterThan(0);
    expect(result.latencyMs).toBe(0);
  });

  it('fails on a replica that S3 reports COMPLETED but the destination cannot find', async () => {
    sourceStatuses(w, 'COMPLETED');
    w.mocks.dr.on(HeadObjectCommand).rejects(awsError('NotFound', 'Not Found', 404));

    const result = await run('dr');

    expect(result.status).toBe('fail');
    expect(result.checks).toEqual([
      {
        name: 'replica exists',
        ok: false,
        expected: `acme-overlap-dr-eu-central-1/reports/${CANARY_SEGMENT}/${RUN_ID}/dr version ${VERSION}`,
        actual: 'NotFound',
      },
    ]);
  });

  it('fails on a replica without the canary tags, and on an unsuspended source without versions', async () => {
    sourceStatuses(w, 'COMPLETED');
    replicaLandsIn(w, 'dr');
    w.mocks.dr.on(GetObjectTaggingCommand).resolves({ TagSet: [] });
    expect((await run('dr')).checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['tags']);

    w.mocks.source.on(PutObjectCommand).resolves({});
    const unversioned = await run('dr');
    expect(unversioned.status).toBe('fail');
    expect(unversioned.checks.map((c) => c.name)).toEqual(['source versioning']);
  });

  it('deletes exactly the canary version on the source and on every destination it reached', async () => {
    sourceStatuses(w, 'PENDING', 'COMPLETED');
    replicaLandsIn(w, 'archive');
    replicaLandsIn(w, 'dr');

    const result = await run('archive');

    expect(result.status).toBe('pass');
    const key = `logs/${CANARY_SEGMENT}/${RUN_ID}/archive`;
    expect(deletes(w.mocks.source)).toEqual([
      { Bucket: 'acme-overlap-eu-west-1', Key: key, VersionId: VERSION },
    ]);
    expect(deletes(w.mocks.archive)).toEqual([
      { Bucket: 'acme-overlap-archive-us-east-1', Key: key, VersionId: VERSION },
    ]);
    expect(deletes(w.mocks.dr)).toEqual([
      { Bucket: 'acme-overlap-dr-eu-central-1', Key: key, VersionId: VERSION },
    ]);
    expect(w.mocks.cold.calls()).toHaveLength(0);
  });

  it('cleans up after a timeout too', async () => {
    sourceStatuses(w, 'PENDING');

    await run('dr', 5_000);

    expect(deletes(w.mocks.source)).toHaveLength(1);
    expect(deletes(w.mocks.dr)).toHaveLength(1);
  });

  it('reports a version it was denied deleting as left behind, without throwing', async () => {
    sourceStatuses(w, 'COMPLETED');
    replicaLandsIn(w, 'archive');
    replicaLandsIn(w, 'dr');
    w.mocks.dr.on(DeleteObjectCommand).rejects(awsError('AccessDenied', 'Access Denied', 403));

    const result = await run('archive');

    expect(result.status).toBe('pass');
    expect(result.leftBehind).toEqual([
      `acme-overlap-dr-eu-central-1/logs/${CANARY_SEGMENT}/${RUN_ID}/archive?versionId=${VERSION} (AccessDenied)`,
    ]);
    expect(deletes(w.mocks.archive)).toHaveLength(1);
  });

  it('takes a version already gone (NoSuchVersion, NoSuchKey) as cleaned up', async () => {
    sourceStatuses(w, 'COMPLETED');
    replicaLandsIn(w, 'archive');
    replicaLandsIn(w, 'dr');
    w.mocks.dr
      .on(DeleteObjectCommand)
      .rejects(awsError('NoSuchVersion', 'The specified version does not exist.', 404));
    w.mocks.archive
      .on(DeleteObjectCommand)
      .rejects(awsError('NoSuchKey', 'The specified key does not exist.', 404));

    const result = await run('archive');

    expect(result.leftBehind).toEqual([]);
    expect(result.status).toBe('pass');
  });
});

// ---- renderVerify ----

function verification(
  over: Partial<DestinationVerification> & Pick<DestinationVerification, 'destinationId' | 'status'>,
): DestinationVerification {
  return {
    account: '222222222222',
    region: 'eu-central-1',
    bucket: `acme-overlap-${over.destinationId}-eu-central-1`,
    checks: CHECK_NAMES.map((name) => ({ name, ok: true, expected: 'x', actual: 'x' })),
    key: `${CANARY_SEGMENT}/${RUN_ID}/${over.destinationId}`,
    versionId: VERSION,
    hints: [],
    leftBehind: [],
    ...over,
  };
}

const verifyReport = (...destinations: DestinationVerification[]): VerifyReport => ({
  topology: 'overlap',
  configPath: '.github/s3-xrepl/overlap.yml',
  destinations,
});

describe('renderVerify', () => {
  it('reports a pass for every destination, with status, latency and the checks in details', () => {
    const parts = renderVerify(
      verifyReport(
        verification({
          destinationId: 'dr',
          status: 'pass',
          replicationStatus: 'COMPLETED',
          latencyMs: 1_500,
        }),
        verification({
          destinationId: 'archive',
          status: 'pass',
          replicationStatus: 'COMPLETED',
          latencyMs: 12_000,
        }),
      ),
      { commit: 'fedcba9876543210', runUrl: 'https://github.com/acme/infra/actions/runs/9' },
    );

    expect(parts.head[0]).toBe('### s3-xrepl verify · `overlap` · .github/s3-xrepl/overlap.yml');
    expect(parts.head[1]).toMatch(/^✅ \*\*Replication verified\*\* to 2 of 2 destinations/);
    expect(parts.head[2]).toContain('| `dr` | 222222222222 | eu-central-1 | ✅ pass | COMPLETED | 1.5 s |');
    expect(parts.head[2]).toContain('| 12.0 s |');
    expect(parts.head.join('\n')).not.toMatch(/\[!CAUTION\]|\[!WARNING\]/);
    expect(parts.details.map((d) => d.summary)).toEqual([
      'checks of <code>dr</code>',
      'checks of <code>archive</code>',
    ]);
    expect(checkMarkdown(renderAll(parts))).toEqual([]);
  });

  it('reports each failure with what failed, why, what to look at, and versions left behind', () => {
    const parts = renderVerify(
      verifyReport(
        verification({
          destinationId: 'dr',
          status: 'fail',
          replicationStatus: 'COMPLETED',
          latencyMs: 800,
          checks: [
            { name: 'replica exists', ok: true, expected: 'yes', actual: 'yes' },
            {
              name: 'encryption key',
              ok: false,
              expected: 'arn:aws:kms:eu-central-1:222222222222:key/a',
              actual: 'arn:aws:kms:eu-central-1:222222222222:key/b',
            },
          ],
          hints: failedHints({
            destinationId: 'dr',
            region: 'eu-central-1',
            bucket: 'acme-overlap-dr-eu-central-1',
          }),
          leftBehind: [
            `acme-overlap-dr-eu-central-1/${CANARY_SEGMENT}/${RUN_ID}/dr?versionId=${VERSION} (AccessDenied)`,
          ],
        }),
        verification({
          destinationId: 'archive',
          status: 'fail',
          replicationStatus: 'FAILED',
          checks: [],
          hints: ['the key policy'],
        }),
        verification({
          destinationId: 'cold',
          status: 'timeout',
          checks: [],
          hints: ['S3 set no replication status at all'],
        }),
        verification({
          destinationId: 'deep',
          status: 'unverifiable',
          checks: [],
          hints: ['no enabled rule replicates to it'],
        }),
        verification({ destinationId: 'ok', status: 'pass', replicationStatus: 'COMPLETED', latencyMs: 900 }),
      ),
    );

    const head = parts.head.join('\n\n');
    // deep has no enabled rule: a warning, not a failure.
    expect(parts.head[1]).toBe('❌ **Replication not verified** for `dr`, `archive`, `cold`.');
    expect(head).toContain('> [!WARNING]\n> **deep**');
    expect(head).toContain(
      '> **dr** (222222222222, eu-central-1): the replica is not what S3 should have written.',
    );
    expect(head).toContain(
      '> - encryption key: expected arn:aws:kms:eu-central-1:222222222222:key/a, found arn:aws:kms:eu-central-1:222222222222:key/b',
    );
    expect(head).not.toContain('> - replica exists');
    expect(head).toContain('> **archive** (222222222222, eu-central-1): S3 marked the canary FAILED');
    expect(head).toContain(
      '> **cold** (222222222222, eu-central-1): S3 gave the canary no replication status.',
    );
    expect(head).toContain('> **deep** (222222222222, eu-central-1): no enabled rule replicates to it');
    expect(head).toContain('> Look at:\n> - the key policy of dr');
    expect(head).toMatch(/> \[!WARNING\]\n> Canary versions not deleted .*AccessDenied/);
    expect(head).not.toContain('**ok**');
    expect(parts.details.map((d) => d.summary)).toEqual([
      'checks of <code>dr</code>',
      'checks of <code>ok</code>',
    ]);
    expect(checkMarkdown(renderAll(parts))).toEqual([]);
  });

  it('says how long a timed-out canary stayed PENDING, and keeps Markdown intact around hostile hints', () => {
    const parts = renderVerify(
      verifyReport(
        verification({
          destinationId: 'dr',
          status: 'timeout',
          replicationStatus: 'PENDING',
          checks: [{ name: 'tags `x`', ok: false, expected: '<details>', actual: '| a |\n```' }],
          hints: ['live state: bucket policy of `Replica<summary>Bucket` has drifted\n```'],
        }),
      ),
    );

    const text = renderAll(parts);
    expect(text).toContain('still PENDING when verify stopped waiting.');
    expect(checkMarkdown(text)).toEqual([]);
    expect(text.split('\n').filter((l) => l.startsWith('```'))).toEqual([]);
  });
});
