import { createHash } from 'node:crypto';
import {
  CreateBucketCommand,
  HeadBucketCommand,
  PutBucketLifecycleConfigurationCommand,
  PutObjectCommand,
  PutPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import {
  INLINE_TEMPLATE_LIMIT,
  stagingBucketName,
  templateSource,
} from '../../src/shell/aws/template-staging.js';
import type { Partition } from '../../src/core/config/regions.js';
import { awsError, rejectionOf } from '../support/aws-mocks.js';

const ACCOUNT = '111111111111';
const STACK = 's3-xrepl-invoices-source';

const s3Mock = mockClient(S3Client);
const s3 = new S3Client({ region: 'eu-west-1' });

beforeEach(() => {
  s3Mock.reset();
  s3Mock.on(PutObjectCommand).resolves({});
  s3Mock.on(CreateBucketCommand).resolves({});
  s3Mock.on(PutPublicAccessBlockCommand).resolves({});
  s3Mock.on(PutBucketLifecycleConfigurationCommand).resolves({});
});
afterAll(() => s3Mock.restore());

/** A template whose minified form is exactly `bytes` long; `pad` may be multi-byte. */
function templateOfBytes(bytes: number, pad = 'x'): { pretty: string; minified: string } {
  const overhead = Buffer.byteLength('{"Description":""}');
  const unit = Buffer.byteLength(pad);
  const minified = JSON.stringify({ Description: pad.repeat((bytes - overhead) / unit) });
  expect(Buffer.byteLength(minified)).toBe(bytes);
  return { pretty: JSON.stringify(JSON.parse(minified), null, 2), minified };
}

const source = (templateText: string, region = 'eu-west-1', partition: Partition = 'aws') =>
  templateSource(
    { templateText, stackName: STACK, account: ACCOUNT, region, partition, stagedBy: 'deploy' },
    s3,
  );

const notFound = () => awsError('NotFound', 'UnknownError', 404);

test('GIVEN a small template WHEN staging THEN it goes inline, minified, and S3 is never called', async () => {
  const pretty = JSON.stringify({ Resources: { Bucket: { Type: 'AWS::S3::Bucket' } } }, null, 4);

  expect(await source(pretty)).toEqual({ body: '{"Resources":{"Bucket":{"Type":"AWS::S3::Bucket"}}}' });
  expect(s3Mock.calls()).toHaveLength(0);
});

test('a template that only fits once its whitespace is removed still goes inline at exactly the limit', async () => {
  const { pretty, minified } = templateOfBytes(INLINE_TEMPLATE_LIMIT);
  expect(Buffer.byteLength(pretty)).toBeGreaterThan(INLINE_TEMPLATE_LIMIT);

  expect(await source(pretty)).toEqual({ body: minified });
  expect(s3Mock.calls()).toHaveLength(0);
});

test('the inline limit counts bytes, not characters', async () => {
  // 25,592 two-byte characters: about 25,610 characters in all, but 51,202 bytes.
  const { minified } = templateOfBytes(INLINE_TEMPLATE_LIMIT + 2, 'é');
  expect(minified.length).toBeLessThan(INLINE_TEMPLATE_LIMIT);
  s3Mock.on(HeadBucketCommand).resolves({});

  expect(await source(minified)).toHaveProperty('url');
});

test('GIVEN a template one byte over the limit and no staging bucket WHEN staging THEN a private, expiring bucket is made and the template uploaded', async () => {
  const { minified } = templateOfBytes(INLINE_TEMPLATE_LIMIT + 1);
  s3Mock.on(HeadBucketCommand).rejects(notFound());
  const bucket = stagingBucketName(ACCOUNT, 'eu-west-1');
  const key = `deploy/${STACK}/${createHash('sha256').update(minified).digest('hex')}.json`;

  const result = await source(minified);

  expect(bucket).toBe('s3-xrepl-staging-111111111111-eu-west-1');
  expect(result).toEqual({ url: `https://${bucket}.s3.eu-west-1.amazonaws.com/${key}` });
  expect(s3Mock.commandCalls(CreateBucketCommand)[0]!.args[0].input).toEqual({
    Bucket: bucket,
    CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' },
  });
  expect(s3Mock.commandCalls(PutPublicAccessBlockCommand)[0]!.args[0].input).toEqual({
    Bucket: bucket,
    ExpectedBucketOwner: '111111111111',
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    },
  });
  const lifecycle = s3Mock.commandCalls(PutBucketLifecycleConfigurationCommand)[0]!.args[0].input;
  expect(lifecycle.Bucket).toBe(bucket);
  expect(lifecycle.LifecycleConfiguration?.Rules).toEqual([
    expect.objectContaining({ Status: 'Enabled', Filter: { Prefix: '' }, Expiration: { Days: 1 } }),
  ]);
  expect(s3Mock.commandCalls(PutObjectCommand)[0]!.args[0].input).toEqual({
    Bucket: bucket,
    Key: key,
    Body: minified,
    ContentType: 'application/json',
    ExpectedBucketOwner: '111111111111',
  });
  // The bucket is made private before anything is put in it.
  const order = s3Mock.calls().map((c) => (c.args[0] as object).constructor.name);
  expect(order).toEqual([
    'HeadBucketCommand',
    'CreateBucketCommand',
    'PutPublicAccessBlockCommand',
    'PutBucketLifecycleConfigurationCommand',
    'PutObjectCommand',
  ]);
});

test('GIVEN us-east-1 WHEN creating the staging bucket THEN no location constraint is sent', async () => {
  const { minified } = templateOfBytes(INLINE_TEMPLATE_LIMIT + 1);
  s3Mock.on(HeadBucketCommand).rejects(notFound());

  const result = await source(minified, 'us-east-1');

  expect(s3Mock.commandCalls(CreateBucketCommand)[0]!.args[0].input).toEqual({
    Bucket: 's3-xrepl-staging-111111111111-us-east-1',
  });
  expect(result).toHaveProperty(
    'url',
    expect.stringMatching(
      /^https:\/\/s3-xrepl-staging-111111111111-us-east-1\.s3\.us-east-1\.amazonaws\.com\//,
    ),
  );
});

test.each([
  ['cn-north-1', 'aws-cn', 'amazonaws.com.cn'],
  ['us-gov-west-1', 'aws-us-gov', 'amazonaws.com'],
  ['ap-southeast-2', 'aws', 'amazonaws.com'],
] as const)('in %s (%s) the template URL ends in the %s suffix', async (region, partition, suffix) => {
  const { minified } = templateOfBytes(INLINE_TEMPLATE_LIMIT + 1);
  s3Mock.on(HeadBucketCommand).resolves({});

  const result = (await source(minified, region, partition)) as { url: string };

  expect(new URL(result.url).host).toBe(`s3-xrepl-staging-${ACCOUNT}-${region}.s3.${region}.${suffix}`);
});

test('GIVEN the staging bucket exists WHEN deploy stages THEN it is not created again, but its protection is re-applied', async () => {
  // A plan (any pull request) may have created it without configuring it: deploy converges.
  const { minified } = templateOfBytes(INLINE_TEMPLATE_LIMIT + 100);
  s3Mock.on(HeadBucketCommand).resolves({});

  await source(minified);

  expect(s3Mock.commandCalls(CreateBucketCommand)).toHaveLength(0);
  expect(s3Mock.commandCalls(PutPublicAccessBlockCommand)).toHaveLength(1);
  expect(s3Mock.commandCalls(PutBucketLifecycleConfigurationCommand)).toHaveLength(1);
  expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(1);
});

test('GIVEN no staging bucket WHEN a plan stages THEN it creates the bucket but configures nothing its role may not', async () => {
  const { minified } = templateOfBytes(INLINE_TEMPLATE_LIMIT + 100);
  s3Mock.on(HeadBucketCommand).rejects(notFound());

  await templateSource(
    {
      templateText: minified,
      stackName: STACK,
      account: ACCOUNT,
      region: 'eu-west-1',
      partition: 'aws',
      stagedBy: 'plan',
    },
    s3,
  );

  expect(s3Mock.commandCalls(CreateBucketCommand)).toHaveLength(1);
  expect(s3Mock.commandCalls(PutPublicAccessBlockCommand)).toHaveLength(0);
  expect(s3Mock.commandCalls(PutBucketLifecycleConfigurationCommand)).toHaveLength(0);
  expect(s3Mock.commandCalls(PutObjectCommand)[0]!.args[0].input.Key).toMatch(/^plan\//);
});

test('GIVEN HeadBucket is refused WHEN staging THEN the error surfaces and no bucket is created', async () => {
  const { minified } = templateOfBytes(INLINE_TEMPLATE_LIMIT + 1);
  s3Mock.on(HeadBucketCommand).rejects(awsError('Forbidden', 'Forbidden', 403));

  const e = await rejectionOf(source(minified));

  expect(e.name).toBe('Forbidden');
  expect(s3Mock.commandCalls(CreateBucketCommand)).toHaveLength(0);
  expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(0);
});

test('GIVEN two stacks of one run staging in the same account and region WHEN the other creates the bucket first THEN this one still uploads', async () => {
  // Destination stacks deploy in parallel: both may see HeadBucket 404, and outside us-east-1 the
  // second CreateBucket answers 409 BucketAlreadyOwnedByYou: the bucket it wanted now exists.
  const { minified } = templateOfBytes(INLINE_TEMPLATE_LIMIT + 1);
  s3Mock.on(HeadBucketCommand).rejects(notFound());
  s3Mock
    .on(CreateBucketCommand)
    .rejects(
      awsError('BucketAlreadyOwnedByYou', 'Your previous request to create the named bucket succeeded', 409),
    );

  await expect(source(minified)).resolves.toHaveProperty('url');
  expect(s3Mock.commandCalls(PutObjectCommand)).toHaveLength(1);
});

test('the staging bucket is checked and written only as owned by the stack account, so a same-named bucket elsewhere is never used', async () => {
  // The staging bucket name is predictable; anyone can create it in their own account first
  // ("bucket sniping") and grant this role access. Without ExpectedBucketOwner, HeadBucket
  // succeeds and the template is uploaded to a stranger's bucket, who can rewrite it before
  // CloudFormation reads it, with CAPABILITY_NAMED_IAM.
  const { minified } = templateOfBytes(INLINE_TEMPLATE_LIMIT + 1);
  s3Mock.on(HeadBucketCommand).resolves({});

  await source(minified);

  expect(s3Mock.commandCalls(HeadBucketCommand)[0]!.args[0].input).toMatchObject({
    ExpectedBucketOwner: ACCOUNT,
  });
  expect(s3Mock.commandCalls(PutObjectCommand)[0]!.args[0].input).toMatchObject({
    ExpectedBucketOwner: ACCOUNT,
  });
});
