import {
  DeleteObjectCommand,
  GetObjectTaggingCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type HeadObjectCommandOutput,
  type S3Client,
} from '@aws-sdk/client-s3';
import { CANARY_SEGMENT } from '../../core/model/canary.js';
import type { CanaryObject } from '../../core/verify/canary-objects.js';
import {
  failedHints,
  timeoutHints,
  type Check,
  type DestinationVerification,
} from '../../core/verify/verification.js';
import type { Clock } from './poll.js';

export type S3Api = Pick<S3Client, 'send'>;

export interface CanaryPlace {
  readonly account: string;
  readonly region: string;
  readonly bucket: string;
  readonly keyArn: string;
  readonly s3: S3Api;
}

export interface CanaryRun {
  readonly canary: CanaryObject;
  readonly runId: string;
  readonly source: CanaryPlace;
  /** Every destination, by id: the canary may reach more than the one it is for. */
  readonly destinations: ReadonlyMap<string, CanaryPlace>;
  readonly clock: Clock;
  readonly timeoutMs: number;
}

const FINAL = new Set(['COMPLETED', 'FAILED']);

/**
 * Proves one destination with a real object: put an SSE-KMS canary with a SHA-256 checksum and
 * tags, wait (bounded, backing off) for its replication status, read the replica with the
 * destination account's credentials and check it, then delete every version it made.
 */
export async function runCanary(run: CanaryRun): Promise<DestinationVerification> {
  const { canary, source, clock } = run;
  const target = run.destinations.get(canary.destinationId)!;
  const base = {
    destinationId: canary.destinationId,
    account: target.account,
    region: target.region,
    bucket: target.bucket,
    key: canary.key,
  };
  const startedAt = clock.now();
  const failedStep = (step: string, e: unknown, hints: string[]): DestinationVerification => ({
    ...base,
    status: 'fail',
    checks: [
      { name: step, ok: false, expected: 'success', actual: `${(e as Error).name}: ${(e as Error).message}` },
    ],
    hints,
    leftBehind: [],
  });
  let put;
  try {
    put = await source.s3.send(
      new PutObjectCommand({
        Bucket: source.bucket,
        Key: canary.key,
        Body: `s3-xrepl canary for ${canary.destinationId}, run ${run.runId}\n`,
        ContentType: 'text/plain',
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: source.keyArn,
        ChecksumAlgorithm: 'SHA256',
        Tagging: new URLSearchParams(canary.tags).toString(),
      }),
    );
  } catch (e) {
    return failedStep('write the canary to the source bucket', e, [
      `the deploy role's right to write under ${CANARY_SEGMENT}/ in ${source.bucket} (s3:PutObject, s3:PutObjectTagging)`,
      `its use of the source key through S3 (kms:GenerateDataKey): a key whose policy lacks the account-root statement refuses IAM-granted use`,
    ]);
  }
  const versionId = put.VersionId;
  if (!versionId) {
    return {
      ...base,
      status: 'fail',
      checks: [{ name: 'source versioning', ok: false, expected: 'a version id', actual: 'none' }],
      hints: [`versioning of ${source.bucket}: it must be Enabled`],
      leftBehind: [],
    };
  }
  const leftBehind: string[] = [];
  try {
    let waited;
    try {
      waited = await waitForReplication(run, versionId);
    } catch (e) {
      return { ...failedStep('read the replication status of the canary', e, []), versionId, leftBehind };
    }
    const { status, seenAt } = waited;
    const common = { ...base, versionId, ...(status ? { replicationStatus: status } : {}) };
    if (status === 'FAILED' && canary.reaches.length > 1) {
      // S3 marks a version FAILED when any destination failed: this one may still have its replica.
      const checks = await checkReplica(run, target, versionId, put.ChecksumSHA256);
      if (checks.every((c) => c.ok))
        return {
          ...common,
          status: 'pass',
          checks,
          hints: [
            `the source version reads FAILED because another destination it also replicates to (${canary.reaches.filter((d) => d !== canary.destinationId).join(', ')}) failed`,
          ],
          leftBehind,
        };
      return { ...common, status: 'fail', checks, hints: failedHints(base), leftBehind };
    }
    if (status === 'FAILED')
      return { ...common, status: 'fail', checks: [], hints: failedHints(base), leftBehind };
    if (status !== 'COMPLETED')
      return { ...common, status: 'timeout', checks: [], hints: timeoutHints(status), leftBehind };
    const checks = await checkReplica(run, target, versionId, put.ChecksumSHA256);
    const ok = checks.every((c) => c.ok);
    return {
      ...common,
      status: ok ? 'pass' : 'fail',
      latencyMs: seenAt - startedAt,
      checks,
      hints: ok ? [] : failedHints(base),
      leftBehind,
    };
  } finally {
    await cleanUp(run, versionId, leftBehind);
  }
}

export async function waitForReplication(
  run: CanaryRun,
  versionId: string,
): Promise<{ status: string | undefined; seenAt: number }> {
  const deadline = run.clock.now() + run.timeoutMs;
  let delay = 250;
  for (;;) {
    const head = await run.source.s3.send(
      new HeadObjectCommand({ Bucket: run.source.bucket, Key: run.canary.key, VersionId: versionId }),
    );
    const status = head.ReplicationStatus;
    const seenAt = run.clock.now();
    if (status && FINAL.has(status)) return { status, seenAt };
    if (seenAt + delay > deadline) return { status, seenAt };
    await run.clock.sleep(delay);
    delay = Math.min(5_000, Math.round(delay * 1.6));
  }
}

async function checkReplica(
  run: CanaryRun,
  target: CanaryPlace,
  versionId: string,
  checksum: string | undefined,
): Promise<Check[]> {
  let head: HeadObjectCommandOutput;
  try {
    head = await target.s3.send(
      new HeadObjectCommand({
        Bucket: target.bucket,
        Key: run.canary.key,
        VersionId: versionId,
        ChecksumMode: 'ENABLED',
      }),
    );
  } catch (e) {
    return [
      {
        name: 'replica exists',
        ok: false,
        expected: `${target.bucket}/${run.canary.key} version ${versionId}`,
        actual: (e as Error).name,
      },
    ];
  }
  const tags = await target.s3
    .send(new GetObjectTaggingCommand({ Bucket: target.bucket, Key: run.canary.key, VersionId: versionId }))
    .then((t) => Object.fromEntries((t.TagSet ?? []).map((x) => [x.Key!, x.Value!])))
    .catch((e: Error) => ({ error: e.name }));
  const check = (name: string, expected: string | undefined, actual: string | undefined): Check => ({
    name,
    ok: expected === actual,
    ...(expected !== undefined ? { expected } : {}),
    ...(actual !== undefined ? { actual } : {}),
  });
  return [
    check('replica exists', 'yes', 'yes'),
    check('replication status', 'REPLICA', head.ReplicationStatus),
    check('encryption', 'aws:kms', head.ServerSideEncryption),
    check('encryption key', target.keyArn, head.SSEKMSKeyId),
    check('version id', versionId, head.VersionId),
    check('SHA-256 checksum', checksum, head.ChecksumSHA256),
    check('tags', canonical(run.canary.tags), canonical(tags)),
  ];
}

function canonical(tags: Readonly<Record<string, string>>): string {
  return Object.keys(tags)
    .sort()
    .map((k) => `${k}=${tags[k]}`)
    .join(', ');
}

/** Deletes the canary's version on the source and its replica everywhere it may have landed. */
export async function cleanUp(run: CanaryRun, versionId: string, leftBehind: string[]): Promise<void> {
  const places = [
    run.source,
    ...run.canary.reaches.map((id) => run.destinations.get(id)).filter((p): p is CanaryPlace => !!p),
  ];
  for (const p of places) {
    try {
      await p.s3.send(
        new DeleteObjectCommand({ Bucket: p.bucket, Key: run.canary.key, VersionId: versionId }),
      );
    } catch (e) {
      const name = (e as Error).name;
      if (name === 'NoSuchKey' || name === 'NoSuchVersion' || name === 'NotFound') continue;
      leftBehind.push(`${p.bucket}/${run.canary.key}?versionId=${versionId} (${name})`);
    }
  }
}
