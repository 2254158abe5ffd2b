/**
 * Issue 17: what plan reads of a bucket before adopting it, read through the real SDK clients from
 * the emulator. Each "not configured" answer must read as absent; anything else must stop the read.
 * moto gaps found here are listed in test/EMULATOR.md ("Adopting existing buckets").
 */
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  CreateBucketCommand,
  PutBucketLifecycleConfigurationCommand,
  PutBucketNotificationConfigurationCommand,
  PutBucketPolicyCommand,
  PutBucketReplicationCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { readLiveBucket } from '../../src/shell/aws/read-live-bucket.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';

const REGION = 'eu-west-1';
const ACCOUNT = '123456789012';
const NOW = Date.parse('2026-12-07T06:00:00Z');

let moto: MotoServer;
let s3: S3Client;
let cfn: CloudFormationClient;
let cloudwatch: CloudWatchClient;

beforeAll(async () => {
  moto = await startMoto();
  const common = {
    endpoint: moto.endpoint,
    region: REGION,
    credentials: { accessKeyId: 'AKIDEMULATORTEST', secretAccessKey: 'test' },
    maxAttempts: 1,
  };
  s3 = new S3Client({ ...common, forcePathStyle: true });
  cfn = new CloudFormationClient(common);
  cloudwatch = new CloudWatchClient(common);
}, 60_000);
afterAll(async () => moto?.stop());
beforeEach(async () => moto.reset());

const create = (Bucket: string) =>
  s3.send(new CreateBucketCommand({ Bucket, CreateBucketConfiguration: { LocationConstraint: REGION } }));

test('a bucket with nothing configured reads as absent everywhere, not as an error', async () => {
  await create('bare-bucket');
  const live = await readLiveBucket('bare-bucket', { s3, cfn, cloudwatch }, NOW);
  expect(live).toEqual(
    expect.objectContaining({ name: 'bare-bucket', notifications: [], lifecycleRules: [], tags: {} }),
  );
  for (const absent of ['versioning', 'policy', 'replication', 'objectLock', 'ownerStack', 'objects'])
    expect(live).not.toHaveProperty(absent);
});

test('a lived-in bucket reads back with its foreign statement, rule, notification, lifecycle rule, tags and size', async () => {
  const Bucket = 'lived-in-bucket';
  await create(Bucket);
  await s3.send(new PutBucketVersioningCommand({ Bucket, VersioningConfiguration: { Status: 'Enabled' } }));
  await s3.send(new PutObjectCommand({ Bucket, Key: 'a.csv', Body: 'a' }));
  const statement = {
    Sid: 'AllowAuditRead',
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::444444444444:root' },
    Action: 's3:GetObject',
    Resource: `arn:aws:s3:::${Bucket}/audit/*`,
  };
  await s3.send(
    new PutBucketPolicyCommand({
      Bucket,
      Policy: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }),
    }),
  );
  await s3.send(
    new PutBucketReplicationCommand({
      Bucket,
      ReplicationConfiguration: {
        Role: `arn:aws:iam::${ACCOUNT}:role/legacy`,
        Rules: [
          {
            ID: 'logs-to-archive',
            Priority: 1,
            Status: 'Enabled',
            Filter: { Prefix: 'logs/' },
            DeleteMarkerReplication: { Status: 'Disabled' },
            Destination: { Bucket: 'arn:aws:s3:::archive-bucket' },
          },
        ],
      },
    }),
  );
  await s3.send(
    new PutBucketNotificationConfigurationCommand({
      Bucket,
      NotificationConfiguration: {
        QueueConfigurations: [
          {
            Id: 'new-upload',
            QueueArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:uploads`,
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'suffix', Value: '.csv' }] } },
          },
        ],
      },
    }),
  );
  await s3.send(
    new PutBucketLifecycleConfigurationCommand({
      Bucket,
      LifecycleConfiguration: {
        Rules: [
          { ID: 'tmp-cleanup', Status: 'Enabled', Filter: { Prefix: 'tmp/' }, Expiration: { Days: 7 } },
        ],
      },
    }),
  );
  await s3.send(
    new PutBucketTaggingCommand({ Bucket, Tagging: { TagSet: [{ Key: 'team', Value: 'finance' }] } }),
  );
  // S3 publishes its daily storage metrics itself; the emulator does not, so the test does.
  await cloudwatch.send(
    new PutMetricDataCommand({
      Namespace: 'AWS/S3',
      MetricData: [
        {
          MetricName: 'NumberOfObjects',
          Dimensions: [
            { Name: 'BucketName', Value: Bucket },
            { Name: 'StorageType', Value: 'AllStorageTypes' },
          ],
          Timestamp: new Date(NOW - 86_400_000),
          Value: 1234,
        },
      ],
    }),
  );

  const live = await readLiveBucket(Bucket, { s3, cfn, cloudwatch }, NOW);

  expect(live.versioning).toBe('Enabled');
  expect(live.policy?.Statement).toEqual([statement]);
  expect(live.replication?.Rules?.map((r) => r.ID)).toEqual(['logs-to-archive']);
  expect(live.notifications).toEqual([
    {
      id: 'new-upload',
      kind: 'queue',
      arn: `arn:aws:sqs:${REGION}:${ACCOUNT}:uploads`,
      events: ['s3:ObjectCreated:*'],
      filterRules: [{ Name: 'suffix', Value: '.csv' }],
    },
  ]);
  expect(live.lifecycleRules).toEqual([
    expect.objectContaining({ ID: 'tmp-cleanup', Status: 'Enabled', Expiration: { Days: 7 } }),
  ]);
  expect(live.tags).toEqual({ team: 'finance' });
  expect(live.objects).toEqual({ count: 1234, day: '2026-12-06' });
}, 60_000);

test('a bucket in another stack names that stack', async () => {
  await cfn.send(
    new CreateStackCommand({
      StackName: 'legacy-data',
      TemplateBody: JSON.stringify({
        Resources: { Data: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'owned-bucket' } } },
      }),
    }),
  );
  const live = await readLiveBucket('owned-bucket', { s3, cfn, cloudwatch }, NOW);
  expect(live.ownerStack).toBe('legacy-data');
}, 60_000);

test('a bucket that does not exist stops the read: absent is never guessed', async () => {
  await expect(readLiveBucket('no-such-bucket', { s3, cfn, cloudwatch }, NOW)).rejects.toMatchObject({
    name: 'NoSuchBucket',
  });
});

test('adopting a bucket that does not exist is a user error naming where the config says so', async () => {
  const { reviewAdoptions } = await import('../../src/shell/aws/review-adoptions.js');
  const { adoptionTargets } = await import('../../src/core/adopt/adoption-targets.js');
  const { loadTopology } = await import('../../src/core/load-topology.js');
  const loaded = loadTopology(
    [
      'name: demo',
      'source: {account: "123456789012", region: eu-west-1, bucket: no-such-bucket, adopt: {}}',
      'destinations: [{id: dr, account: "123456789012", region: eu-central-1, bucket: demo-dr}]',
      'rules: [{id: all, priority: 1, destinations: [dr]}]',
    ].join('\n'),
  );
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const targets = adoptionTargets(loaded.topology, loaded.synthesis);
  await expect(reviewAdoptions(targets, () => ({ s3, cfn, cloudwatch }), NOW)).rejects.toMatchObject({
    name: 'UserError',
    message: expect.stringContaining(
      'source.adopt: the bucket no-such-bucket does not exist in account 123456789012',
    ),
  });
});
