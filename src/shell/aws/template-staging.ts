import { createHash } from 'node:crypto';
import {
  CreateBucketCommand,
  HeadBucketCommand,
  PutBucketLifecycleConfigurationCommand,
  PutObjectCommand,
  PutPublicAccessBlockCommand,
  type BucketLocationConstraint,
  type S3Client,
} from '@aws-sdk/client-s3';
import type { Partition } from '../../core/config/regions.js';
import { urlSuffix } from '../../core/config/regions.js';

/** CloudFormation's limit for a template sent inline. */
export const INLINE_TEMPLATE_LIMIT = 51_200;

export function stagingBucketName(account: string, region: string): string {
  return `s3-xrepl-staging-${account}-${region}`;
}

/**
 * A template small enough goes inline (minified: whitespace costs bytes, not meaning); a larger one
 * is uploaded to a private staging bucket in the stack's own account and region, created on first
 * use, whose objects expire after a day.
 */
export async function templateSource(
  opts: {
    templateText: string;
    stackName: string;
    account: string;
    region: string;
    partition: Partition;
    /**
     * Whose upload: plan and deploy write under their own prefix, and each role may write only its
     * own, so a pull request's plan can never replace a template a deploy is about to run.
     */
    stagedBy: 'plan' | 'deploy';
  },
  s3: Pick<S3Client, 'send'>,
): Promise<{ body: string } | { url: string }> {
  const body = JSON.stringify(JSON.parse(opts.templateText));
  if (Buffer.byteLength(body) <= INLINE_TEMPLATE_LIMIT) return { body };

  const bucket = stagingBucketName(opts.account, opts.region);
  await ensureStagingBucket(s3, bucket, opts.region, opts.account, opts.stagedBy === 'deploy');
  const key = `${opts.stagedBy}/${opts.stackName}/${createHash('sha256').update(body).digest('hex')}.json`;
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: body,
      ContentType: 'application/json',
      // The name is predictable, so another account could create it first: insist on our ownership.
      ExpectedBucketOwner: opts.account,
    }),
  );
  return { url: `https://${bucket}.s3.${opts.region}.${urlSuffix(opts.partition)}/${key}` };
}

/**
 * Only deploy configures the bucket (private, objects expire after a day): the plan role, open to
 * every pull request, may create it (new buckets block public access by default) but never loosen it.
 * Deploy re-applies both each time, so a bucket a plan created first is configured by the next deploy.
 */
async function ensureStagingBucket(
  s3: Pick<S3Client, 'send'>,
  bucket: string,
  region: string,
  owner: string,
  configure: boolean,
): Promise<void> {
  let exists = true;
  try {
    await s3.send(new HeadBucketCommand({ Bucket: bucket, ExpectedBucketOwner: owner }));
  } catch (e) {
    const status = (e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status !== 404) throw e;
    exists = false;
  }
  if (!exists) await createStagingBucket(s3, bucket, region);
  if (configure) await configureStagingBucket(s3, bucket, owner);
}

async function createStagingBucket(
  s3: Pick<S3Client, 'send'>,
  bucket: string,
  region: string,
): Promise<void> {
  try {
    await s3.send(
      new CreateBucketCommand({
        Bucket: bucket,
        ...(region === 'us-east-1'
          ? {}
          : { CreateBucketConfiguration: { LocationConstraint: region as BucketLocationConstraint } }),
      }),
    );
  } catch (e) {
    // Another stack of this run, staging in the same account and region, created it first.
    if ((e as { name?: string }).name !== 'BucketAlreadyOwnedByYou') throw e;
  }
}

async function configureStagingBucket(
  s3: Pick<S3Client, 'send'>,
  bucket: string,
  owner: string,
): Promise<void> {
  await s3.send(
    new PutPublicAccessBlockCommand({
      Bucket: bucket,
      ExpectedBucketOwner: owner,
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    }),
  );
  await s3.send(
    new PutBucketLifecycleConfigurationCommand({
      Bucket: bucket,
      ExpectedBucketOwner: owner,
      LifecycleConfiguration: {
        Rules: [
          {
            ID: 'expire-staged-templates',
            Status: 'Enabled',
            Filter: { Prefix: '' },
            Expiration: { Days: 1 },
          },
        ],
      },
    }),
  );
}
