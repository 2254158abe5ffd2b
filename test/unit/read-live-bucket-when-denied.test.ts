/**
 * Issue 17: the errors the emulator cannot give (it authorizes nothing). The bootstrap's plan role
 * may not read CloudWatch metrics (GetMetricData takes no resource: it would read every metric of
 * the account), nor, perhaps, look a stack up by a physical id; plan then still reads the bucket,
 * without the object count, and finds the owning stack from the tag CloudFormation puts on buckets
 * it creates. Any other refusal stops the read.
 */
import { CloudFormationClient, DescribeStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  GetBucketNotificationConfigurationCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { readLiveBucket } from '../../src/shell/aws/read-live-bucket.js';
import { awsError } from '../support/aws-mocks.js';

const s3 = mockClient(S3Client);
const cfn = mockClient(CloudFormationClient);
const cloudwatch = mockClient(CloudWatchClient);
const clients = () => ({
  s3: new S3Client({ region: 'eu-west-1' }),
  cfn: new CloudFormationClient({ region: 'eu-west-1' }),
  cloudwatch: new CloudWatchClient({ region: 'eu-west-1' }),
});

beforeEach(() => {
  s3.reset();
  cfn.reset();
  cloudwatch.reset();
  // Every configuration S3 is asked for is "not configured", except those a test sets.
  s3.onAnyCommand().rejects(awsError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404));
  s3.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled' });
  s3.on(GetBucketNotificationConfigurationCommand).resolves({});
  s3.on(GetBucketTaggingCommand).resolves({
    TagSet: [{ Key: 'aws:cloudformation:stack-name', Value: 'legacy-data' }],
  });
  cfn.on(DescribeStackResourcesCommand).rejects(awsError('ValidationError', 'Stack for b does not exist'));
  cloudwatch.on(GetMetricDataCommand).resolves({ MetricDataResults: [] });
});

test('a role that may not read CloudWatch metrics reads the bucket without its object count, and says why', async () => {
  cloudwatch.on(GetMetricDataCommand).rejects(awsError('AccessDenied', 'not authorized'));
  const live = await readLiveBucket('b', clients(), Date.parse('2026-12-07T00:00:00Z'));
  expect(live.versioning).toBe('Enabled');
  expect(live.objects).toBeUndefined();
  expect(live.objectsUnreadable).toBe('this role may not read CloudWatch metrics');
});

test("a refused stack lookup falls back to CloudFormation's tag on the bucket", async () => {
  cfn.on(DescribeStackResourcesCommand).rejects(awsError('AccessDenied', 'not authorized'));
  const live = await readLiveBucket('b', clients(), 0);
  expect(live.ownerStack).toBe('legacy-data');
});

test('a bucket no stack owns, and without tags, reads without an owner', async () => {
  s3.on(GetBucketTaggingCommand).rejects(awsError('NoSuchTagSet', 'The TagSet does not exist', 404));
  const live = await readLiveBucket('b', clients(), 0);
  expect(live.ownerStack).toBeUndefined();
  expect(live.tags).toEqual({});
});

test('any other refusal stops the read: "none" is never guessed', async () => {
  s3.on(GetBucketPolicyCommand).rejects(awsError('AccessDenied', 'not authorized'));
  await expect(readLiveBucket('b', clients(), 0)).rejects.toMatchObject({ name: 'AccessDenied' });
});
