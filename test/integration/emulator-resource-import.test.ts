/**
 * The emulator's model of CloudFormation resource import (patch 19 in test/support/moto/patches.py),
 * driven through the real SDK: what deploy relies on to adopt an existing bucket (issue 17).
 */
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DescribeChangeSetCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
} from '@aws-sdk/client-cloudformation';
import {
  CreateBucketCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  GetObjectCommand,
  PutBucketPolicyCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { startMoto, type MotoServer } from '../support/moto/server.js';

const REGION = 'eu-west-1';
const BUCKET = 'lived-in-bucket';
const POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Foreign',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:DeleteBucket',
      Resource: `arn:aws:s3:::${BUCKET}`,
    },
  ],
});

let moto: MotoServer;
let cfn: CloudFormationClient;
let s3: S3Client;

beforeAll(async () => {
  moto = await startMoto();
  const common = {
    endpoint: moto.endpoint,
    region: REGION,
    credentials: { accessKeyId: 'AKIDEMULATORTEST', secretAccessKey: 'test' },
    maxAttempts: 1,
  };
  cfn = new CloudFormationClient(common);
  s3 = new S3Client({ ...common, forcePathStyle: true });
}, 60_000);
afterAll(async () => moto?.stop());
beforeEach(async () => {
  await moto.reset();
  await s3.send(
    new CreateBucketCommand({ Bucket: BUCKET, CreateBucketConfiguration: { LocationConstraint: REGION } }),
  );
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'a.txt', Body: 'kept as it is' }));
  await s3.send(new PutBucketPolicyCommand({ Bucket: BUCKET, Policy: POLICY }));
});

const bucketOnly = (extra: object = {}) =>
  JSON.stringify({
    Resources: {
      Data: {
        Type: 'AWS::S3::Bucket',
        DeletionPolicy: 'Retain',
        Properties: { BucketName: BUCKET, ...extra },
      },
    },
  });

const importInto = (StackName: string, TemplateBody: string, name = 'import-1') =>
  cfn.send(
    new CreateChangeSetCommand({
      StackName,
      ChangeSetName: name,
      ChangeSetType: 'IMPORT',
      TemplateBody,
      ResourcesToImport: [
        {
          ResourceType: 'AWS::S3::Bucket',
          LogicalResourceId: 'Data',
          ResourceIdentifier: { BucketName: BUCKET },
        },
      ],
    }),
  );

test('an IMPORT change set binds the existing bucket to a new stack and changes nothing about it', async () => {
  const { Id } = await importInto('adopter', bucketOnly());
  const described = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: Id }));
  expect(described.Status).toBe('CREATE_COMPLETE');
  expect(
    described.Changes?.map((c) => [c.ResourceChange?.Action, c.ResourceChange?.LogicalResourceId]),
  ).toEqual([['Import', 'Data']]);
  expect((await cfn.send(new DescribeStacksCommand({ StackName: 'adopter' }))).Stacks?.[0]?.StackStatus).toBe(
    'REVIEW_IN_PROGRESS',
  );

  await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: Id }));

  expect((await cfn.send(new DescribeStacksCommand({ StackName: 'adopter' }))).Stacks?.[0]?.StackStatus).toBe(
    'IMPORT_COMPLETE',
  );
  const owner = await cfn.send(new DescribeStackResourcesCommand({ PhysicalResourceId: BUCKET }));
  expect(owner.StackResources?.map((r) => [r.StackName, r.LogicalResourceId])).toEqual([['adopter', 'Data']]);
  const body = await (
    await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'a.txt' }))
  ).Body!.transformToString();
  expect(body).toBe('kept as it is');
  expect((await s3.send(new GetBucketPolicyCommand({ Bucket: BUCKET }))).Policy).toBe(POLICY);
});

test('the update after the import changes the bucket in place: its objects stay', async () => {
  const { Id } = await importInto('adopter', bucketOnly());
  await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: Id }));
  const update = await cfn.send(
    new CreateChangeSetCommand({
      StackName: 'adopter',
      ChangeSetName: 'update-1',
      ChangeSetType: 'UPDATE',
      TemplateBody: bucketOnly({ VersioningConfiguration: { Status: 'Enabled' } }),
    }),
  );
  const described = await cfn.send(new DescribeChangeSetCommand({ ChangeSetName: update.Id }));
  expect(described.Changes?.map((c) => [c.ResourceChange?.Action, c.ResourceChange?.Replacement])).toEqual([
    ['Modify', 'False'],
  ]);
  await cfn.send(new ExecuteChangeSetCommand({ ChangeSetName: update.Id }));
  expect((await s3.send(new GetBucketVersioningCommand({ Bucket: BUCKET }))).Status).toBe('Enabled');
  const body = await (
    await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'a.txt' }))
  ).Body!.transformToString();
  expect(body).toBe('kept as it is');
});

test('an import without a DeletionPolicy is refused', async () => {
  const template = JSON.stringify({
    Resources: { Data: { Type: 'AWS::S3::Bucket', Properties: { BucketName: BUCKET } } },
  });
  await expect(importInto('adopter', template)).rejects.toMatchObject({
    name: 'ValidationError',
    message: expect.stringContaining('DeletionPolicy'),
  });
});

test('a bucket that another stack owns is refused, naming the stack', async () => {
  await cfn.send(
    new ExecuteChangeSetCommand({ ChangeSetName: (await importInto('first-owner', bucketOnly())).Id }),
  );
  await expect(importInto('second', bucketOnly(), 'import-2')).rejects.toMatchObject({
    name: 'ValidationError',
    message: expect.stringContaining('first-owner'),
  });
});

test('a bucket that does not exist cannot be imported', async () => {
  const template = bucketOnly().replace(BUCKET, 'no-such-bucket');
  await expect(
    cfn.send(
      new CreateChangeSetCommand({
        StackName: 'adopter',
        ChangeSetName: 'import-1',
        ChangeSetType: 'IMPORT',
        TemplateBody: template,
        ResourcesToImport: [
          {
            ResourceType: 'AWS::S3::Bucket',
            LogicalResourceId: 'Data',
            ResourceIdentifier: { BucketName: 'no-such-bucket' },
          },
        ],
      }),
    ),
  ).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining('do not exist') });
});
