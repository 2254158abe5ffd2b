/**
 * Issue 17, end to end through the bundled CLI against the emulator: an existing source bucket
 * with objects, a foreign bucket-policy statement, an unrelated replication rule and an event
 * notification. Plan refuses to adopt it while any of them would be lost, naming each; once the
 * config keeps them, plan shows the import and what the update after it changes, deploy imports
 * the bucket and updates it with every object byte-identical and the foreign settings still there,
 * verify passes, and a second deploy changes nothing. An update that fails after the import leaves
 * the bucket as it was, and the next run continues. A bucket that another stack manages is refused
 * with that stack's name.
 */
import {
  CloudFormationClient,
  CreateStackCommand,
  DescribeStackResourcesCommand,
} from '@aws-sdk/client-cloudformation';
import {
  CreateBucketCommand,
  GetBucketNotificationConfigurationCommand,
  GetBucketPolicyCommand,
  GetBucketReplicationCommand,
  PutBucketNotificationConfigurationCommand,
  PutBucketPolicyCommand,
  PutBucketReplicationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { objectChecksums } from '../support/object-checksums.js';
import { createReplicationBoundariesFor } from '../support/bootstrap-boundary.js';
import { REPO_ROOT, exampleText } from '../support/examples.js';
import { startReplication, type ReplicationStandIn } from '../support/replication-standin.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { makeWorkdir, node24 } from '../support/runner.js';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const TIMEOUT = 120_000;
const SOURCE_ACCOUNT = '111111111111';
const REGION = 'eu-west-1';
const BUCKET = 'acme-invoices-eu-west-1';
const FOREIGN_STATEMENT = {
  Sid: 'AllowAuditRead',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::444444444444:root' },
  Action: 's3:GetObject',
  Resource: `arn:aws:s3:::${BUCKET}/audit/*`,
};

let moto: MotoServer;
let replication: ReplicationStandIn;
let workdir: string;

beforeAll(async () => {
  moto = await startMoto();
  replication = startReplication(moto);
  workdir = makeWorkdir();
}, TIMEOUT);
afterAll(async () => {
  await replication?.stop();
  await moto?.stop();
});

const KEEP_ALL =
  '  adopt:\n    keep:\n      replicationRules: [logs-to-archive]\n      policyStatements: [AllowAuditRead]\n      notifications: [new-invoice]\n';

/** Clients acting in the source account, as its owners would. */
async function sourceAccount() {
  const sts = new STSClient({
    endpoint: moto.endpoint,
    region: REGION,
    credentials: { accessKeyId: 'AKIDEMULATORTEST', secretAccessKey: 'test' },
  });
  const { Credentials: c } = await sts.send(
    new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${SOURCE_ACCOUNT}:role/owner`, RoleSessionName: 'owner' }),
  );
  const common = {
    endpoint: moto.endpoint,
    region: REGION,
    credentials: {
      accessKeyId: c!.AccessKeyId!,
      secretAccessKey: c!.SecretAccessKey!,
      sessionToken: c!.SessionToken!,
    },
  };
  return {
    s3: new S3Client({ ...common, forcePathStyle: true }),
    cfn: new CloudFormationClient(common),
    cloudwatch: new CloudWatchClient(common),
  };
}

function config(adopt: string): string {
  const path = join(workdir, `adopt-${Math.random().toString(36).slice(2)}.yml`);
  const text = exampleText('cross-account').replace(
    '  kmsKey: create\ndestinations:',
    `  kmsKey: create\n${adopt}destinations:`,
  );
  if (text === exampleText('cross-account')) throw new Error('fixture: the example changed shape');
  writeFileSync(path, text);
  return path;
}

/** One row of the live-settings table, as a terminal shows it (a table, or label: value lines when narrow). */
const row = (kind: string, name: string, fate: string) =>
  new RegExp(`${kind}\\s+(?:name:\\s+)?${name}\\s+(?:what happens:\\s+)?${fate}`);

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      node24(),
      [CLI, ...args],
      {
        cwd: workdir,
        timeout: TIMEOUT,
        env: {
          PATH: process.env.PATH ?? '',
          AWS_ENDPOINT_URL: moto.endpoint,
          AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          AWS_REGION: 'us-east-1',
        },
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

test(
  'GIVEN a lived-in bucket, plan refuses to adopt it naming what would be lost; kept, plan shows the import, deploy imports and updates it losing nothing, verify passes and a re-run is a no-op',
  async () => {
    const { s3, cloudwatch } = await sourceAccount();
    await s3.send(
      new CreateBucketCommand({ Bucket: BUCKET, CreateBucketConfiguration: { LocationConstraint: REGION } }),
    );
    await s3.send(
      new PutBucketVersioningCommand({ Bucket: BUCKET, VersioningConfiguration: { Status: 'Enabled' } }),
    );
    // S3's daily storage metric, which the emulator does not publish by itself (test/EMULATOR.md).
    await cloudwatch.send(
      new PutMetricDataCommand({
        Namespace: 'AWS/S3',
        MetricData: [
          {
            MetricName: 'NumberOfObjects',
            Dimensions: [
              { Name: 'BucketName', Value: BUCKET },
              { Name: 'StorageType', Value: 'AllStorageTypes' },
            ],
            Timestamp: new Date(Date.now() - 86_400_000),
            Value: 3,
          },
        ],
      }),
    );
    for (const Key of ['a.csv', 'b.csv', 'audit/c.csv'])
      await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: `body of ${Key}` }));
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: BUCKET,
        Policy: JSON.stringify({ Version: '2012-10-17', Statement: [FOREIGN_STATEMENT] }),
      }),
    );
    await s3.send(
      new PutBucketReplicationCommand({
        Bucket: BUCKET,
        ReplicationConfiguration: {
          Role: `arn:aws:iam::${SOURCE_ACCOUNT}:role/legacy-replication`,
          Rules: [
            {
              ID: 'logs-to-archive',
              Priority: 7,
              Status: 'Enabled',
              Filter: { Prefix: 'logs/' },
              DeleteMarkerReplication: { Status: 'Disabled' },
              Destination: { Bucket: 'arn:aws:s3:::acme-archive' },
            },
          ],
        },
      }),
    );
    await s3.send(
      new PutBucketNotificationConfigurationCommand({
        Bucket: BUCKET,
        NotificationConfiguration: {
          QueueConfigurations: [
            {
              Id: 'new-invoice',
              QueueArn: `arn:aws:sqs:${REGION}:${SOURCE_ACCOUNT}:invoices`,
              Events: ['s3:ObjectCreated:*'],
            },
          ],
        },
      }),
    );

    // WHEN the config only says the bucket exists
    const refused = await cli(['plan', '--config', config('  adopt: {}\n'), '--assume-roles']);
    // THEN plan fails, naming each live setting the update would delete
    expect(refused.stderr).not.toMatch(/^error/m);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Adoption refused');
    expect(refused.stdout).toMatch(row('replication rule', 'logs-to-archive', '⛔ neither kept nor dropped'));
    expect(refused.stdout).toMatch(
      row('bucket-policy statement', 'AllowAuditRead', '⛔ neither kept nor dropped'),
    );
    expect(refused.stdout).toMatch(row('event notification', 'new-invoice', '⛔ neither kept nor dropped'));

    // WHEN the config keeps them by name
    const keptConfig = config(KEEP_ALL);
    const kept = await cli(['plan', '--config', keptConfig, '--assume-roles']);
    // THEN plan passes and shows the import, what is kept, and what changes for good
    expect(kept.stderr).not.toMatch(/^error/m);
    expect(kept.code).toBe(0);
    expect(kept.stdout).not.toContain('Adoption refused');
    expect(kept.stdout).toContain('IMPORT change set');
    expect(kept.stdout).toMatch(row('bucket-policy statement', 'AllowAuditRead', 'kept'));
    expect(kept.stdout).toMatch(row('event notification', 'new-invoice', 'kept'));
    // The legacy rule goes to a bucket outside the topology: kept, but said not to work as it did.
    expect(kept.stdout).toMatch(
      row('replication rule', 'logs-to-archive', 'kept.*acme-archive.*every object it matches fails'),
    );
    expect(kept.stdout).toMatch(/default encryption.*new objects|written from now on only/);
    expect(kept.stdout).toMatch(
      /Objects: 3 on \d{4}-\d\d-\d\d, by S3's daily storage metrics; live replication copies only objects written after the deploy/,
    );
    expect(kept.stdout).toContain('mode: backfill');
    expect(kept.stdout).toMatch(/Action: +Import\s+Resource: +SourceBucket/);

    // WHEN deploy runs: the import, then the update
    const before = await objectChecksums(s3, BUCKET);
    expect(Object.keys(before)).toHaveLength(3);
    await createReplicationBoundariesFor(moto.endpoint, readFileSync(keptConfig, 'utf8'));
    const deployed = await cli(['deploy', '--config', keptConfig, '--assume-roles']);
    expect(deployed.stderr).not.toMatch(/^error/m);
    expect(deployed.code).toBe(0);
    expect(deployed.stderr).toMatch(
      /s3-xrepl-invoices-source: Import SourceBucket \(AWS::S3::Bucket acme-invoices-eu-west-1\)/,
    );

    // THEN the bucket is in the source stack, every object is byte-identical, and what was kept is there
    const { cfn } = await sourceAccount();
    const owner = await cfn.send(new DescribeStackResourcesCommand({ PhysicalResourceId: BUCKET }));
    expect(owner.StackResources?.find((r) => r.PhysicalResourceId === BUCKET)?.StackName).toBe(
      's3-xrepl-invoices-source',
    );
    expect(await objectChecksums(s3, BUCKET)).toEqual(before);
    const policy = JSON.parse((await s3.send(new GetBucketPolicyCommand({ Bucket: BUCKET }))).Policy!) as {
      Statement: { Sid?: string }[];
    };
    expect(policy.Statement).toContainEqual(FOREIGN_STATEMENT);
    expect(policy.Statement.map((x) => x.Sid)).toContain('DenyInsecureTransport');
    const rules = (await s3.send(new GetBucketReplicationCommand({ Bucket: BUCKET })))
      .ReplicationConfiguration!.Rules!;
    expect(rules.map((r) => r.ID).sort()).toEqual(['everything-backup', 'logs-to-archive']);
    const queues =
      (await s3.send(new GetBucketNotificationConfigurationCommand({ Bucket: BUCKET })))
        .QueueConfigurations ?? [];
    expect(queues.map((q) => [q.QueueArn, q.Events])).toEqual([
      [`arn:aws:sqs:${REGION}:${SOURCE_ACCOUNT}:invoices`, ['s3:ObjectCreated:*']],
    ]);

    // AND verify passes: a canary replicates through the adopted bucket
    const verified = await cli(['verify', '--config', keptConfig, '--assume-roles']);
    expect(verified.stderr).not.toMatch(/^error/m);
    expect(verified.code).toBe(0);

    // AND a re-run is a no-op, and plan sees the bucket as adopted
    const again = await cli(['deploy', '--config', keptConfig, '--assume-roles']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Deployed, nothing to change: all 2 stacks already matched the config');
    expect(again.stderr).not.toMatch(/Import SourceBucket/);
    const replanned = await cli(['plan', '--config', keptConfig, '--assume-roles']);
    expect(replanned.code).toBe(0);
    expect(replanned.stdout).toContain('is already in stack s3-xrepl-invoices-source');
    expect(await objectChecksums(s3, BUCKET)).toEqual(before);
  },
  TIMEOUT,
);

test(
  'a bucket that another stack manages is refused with that stack',
  async () => {
    const { cfn } = await sourceAccount();
    await cfn.send(
      new CreateStackCommand({
        StackName: 'legacy-invoices',
        TemplateBody: JSON.stringify({
          Resources: {
            Data: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'acme-legacy-invoices' } },
          },
        }),
      }),
    );
    const path = join(workdir, 'owned.yml');
    writeFileSync(
      path,
      readFileSync(config('  adopt: {}\n'), 'utf8').replaceAll(BUCKET, 'acme-legacy-invoices'),
    );
    const run = await cli(['plan', '--config', path, '--assume-roles']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/managed by stack legacy-invoices already/);
  },
  TIMEOUT,
);

test(
  'an update that fails after the import leaves the bucket as it was, and the next run continues with the update',
  async () => {
    await moto.reset();
    const { s3 } = await sourceAccount();
    await s3.send(
      new CreateBucketCommand({ Bucket: BUCKET, CreateBucketConfiguration: { LocationConstraint: REGION } }),
    );
    await s3.send(
      new PutBucketVersioningCommand({ Bucket: BUCKET, VersioningConfiguration: { Status: 'Enabled' } }),
    );
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'a.csv', Body: 'kept' }));
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: BUCKET,
        Policy: JSON.stringify({ Version: '2012-10-17', Statement: [FOREIGN_STATEMENT] }),
      }),
    );
    const path = config('  adopt:\n    keep:\n      policyStatements: [AllowAuditRead]\n');
    const before = await objectChecksums(s3, BUCKET);

    // GIVEN no replication boundary yet: the source update fails creating the replication role
    const failed = await cli(['deploy', '--config', path, '--assume-roles']);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/Import SourceBucket/);
    const { cfn } = await sourceAccount();
    const owner = await cfn.send(new DescribeStackResourcesCommand({ PhysicalResourceId: BUCKET }));
    expect(owner.StackResources?.map((r) => r.LogicalResourceId)).toEqual(['SourceBucket']);
    expect(await objectChecksums(s3, BUCKET)).toEqual(before);
    expect(JSON.parse((await s3.send(new GetBucketPolicyCommand({ Bucket: BUCKET }))).Policy!)).toEqual({
      Version: '2012-10-17',
      Statement: [FOREIGN_STATEMENT],
    });

    // WHEN the cause is fixed and deploy runs again THEN it updates the imported bucket, importing nothing twice
    await createReplicationBoundariesFor(moto.endpoint, readFileSync(path, 'utf8'));
    const plan = await cli(['plan', '--config', path, '--assume-roles']);
    expect(plan.stdout).toContain('by an earlier run, which stopped before the update');
    const resumed = await cli(['deploy', '--config', path, '--assume-roles']);
    expect(resumed.stderr).not.toMatch(/^error/m);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).not.toMatch(/Import SourceBucket/);
    const policy = JSON.parse((await s3.send(new GetBucketPolicyCommand({ Bucket: BUCKET }))).Policy!) as {
      Statement: object[];
    };
    expect(policy.Statement).toContainEqual(FOREIGN_STATEMENT);
    expect(policy.Statement).toHaveLength(2);
    expect(await objectChecksums(s3, BUCKET)).toEqual(before);
  },
  TIMEOUT,
);
