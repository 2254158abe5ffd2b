import {
  GetObjectTaggingCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
  type Tag,
} from '@aws-sdk/client-s3';
import type { Check, DestinationVerification } from '../../core/verify/verification.js';
import { cleanUp, waitForReplication, type CanaryRun } from './canary.js';

/** The tag verify sets on a replica to see it come back to the origin. */
export const TAGS_BACK_TAG = 's3-xrepl-tags-back';

/**
 * Replica modification sync, proven with a real object: a canary written to the source replicates
 * to the two-way destination, its tags are changed there, on the replica, and the source's version
 * must show the change within the timeout. The row is labelled `<id> tags back`.
 */
export async function runTagsBackCanary(run: CanaryRun): Promise<DestinationVerification> {
  const { canary, source, clock } = run;
  const target = run.destinations.get(canary.destinationId)!;
  const base = {
    destinationId: `${canary.destinationId} tags back`,
    account: source.account,
    region: source.region,
    bucket: source.bucket,
    key: canary.key,
  };
  const leftBehind: string[] = [];
  const step = (name: string, e: unknown): Check => ({
    name,
    ok: false,
    expected: 'success',
    actual: `${(e as Error).name}: ${(e as Error).message}`,
  });
  let versionId: string | undefined;
  try {
    const put = await source.s3.send(
      new PutObjectCommand({
        Bucket: source.bucket,
        Key: canary.key,
        Body: `s3-xrepl canary: tags back from ${canary.destinationId}, run ${run.runId}\n`,
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: source.keyArn,
        Tagging: new URLSearchParams(canary.tags).toString(),
      }),
    );
    versionId = put.VersionId;
  } catch (e) {
    return {
      ...base,
      status: 'fail',
      checks: [step('write the canary to the source bucket', e)],
      hints: [],
      leftBehind,
    };
  }
  if (!versionId)
    return { ...base, status: 'fail', checks: [], hints: [`versioning of ${source.bucket}`], leftBehind };
  const startedAt = clock.now();
  try {
    const { status } = await waitForReplication(run, versionId);
    if (status !== 'COMPLETED')
      return {
        ...base,
        versionId,
        status: status === 'FAILED' ? 'fail' : 'timeout',
        ...(status ? { replicationStatus: status } : {}),
        checks: [],
        hints: [
          `the canary did not reach ${target.bucket}, so no tags could come back: see the row for ${canary.destinationId}`,
        ],
        leftBehind,
      };
    const wanted: Tag[] = [
      ...Object.entries(canary.tags).map(([Key, Value]) => ({ Key, Value })),
      { Key: TAGS_BACK_TAG, Value: run.runId.replace(/[^A-Za-z0-9 _.:/=+@-]/g, '-') },
    ];
    try {
      await target.s3.send(
        new PutObjectTaggingCommand({
          Bucket: target.bucket,
          Key: canary.key,
          VersionId: versionId,
          Tagging: { TagSet: wanted },
        }),
      );
    } catch (e) {
      return {
        ...base,
        versionId,
        status: 'fail',
        checks: [step(`change the replica's tags in ${target.bucket}`, e)],
        hints: [],
        leftBehind,
      };
    }
    const expected = canonical(wanted);
    const deadline = clock.now() + run.timeoutMs;
    let delay = 250;
    let actual = '';
    for (;;) {
      const got = await source.s3.send(
        new GetObjectTaggingCommand({ Bucket: source.bucket, Key: canary.key, VersionId: versionId }),
      );
      actual = canonical(got.TagSet ?? []);
      if (actual === expected || clock.now() + delay > deadline) break;
      await clock.sleep(delay);
      delay = Math.min(5_000, Math.round(delay * 1.6));
    }
    const ok = actual === expected;
    return {
      ...base,
      versionId,
      status: ok ? 'pass' : 'timeout',
      ...(ok ? { latencyMs: clock.now() - startedAt } : {}),
      checks: [{ name: "tags changed on the replica reach the source's version", ok, expected, actual }],
      hints: ok
        ? []
        : [
            `ReplicaModifications on the rules of ${target.bucket} (replica modification sync), and its way-back role's s3:ReplicateTags on ${source.bucket}`,
          ],
      leftBehind,
    };
  } finally {
    await cleanUp(run, versionId, leftBehind);
  }
}

function canonical(tags: readonly Tag[]): string {
  return tags
    .map((t) => `${t.Key}=${t.Value}`)
    .sort()
    .join(', ');
}
