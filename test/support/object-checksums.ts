import { GetObjectCommand, ListObjectVersionsCommand, type S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';

/**
 * Every object version of a bucket with the SHA-256 of its bytes: taken before and after an
 * adoption, equal maps mean nothing the bucket held was lost or rewritten.
 */
export async function objectChecksums(s3: S3Client, bucket: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const { Versions } = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket }));
  for (const v of Versions ?? []) {
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: v.Key!, VersionId: v.VersionId! }));
    out[`${v.Key}@${v.VersionId}`] = createHash('sha256')
      .update(await got.Body!.transformToByteArray())
      .digest('hex');
  }
  return out;
}
