/**
 * Issue 17, end to end through the bundled CLI against the emulator: an existing source bucket
 * with objects, a foreign bucket-policy statement, an unrelated replication rule and an event
 * notification. Plan refuses to adopt it while any of them would be lost, naming each; once the
 * config keeps them, plan shows the import and what the update after it changes. A bucket that
 * another stack manages is refused with that stack's name.
 */
import { CloudFormationClient, CreateStackCommand } from '@aws-sdk/client-cloudformation';
import {
  CreateBucketCommand,
  PutBucketNotificationConfigurationCommand,
  PutBucketPolicyCommand,
  PutBucketReplicationCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, exampleText } from '../support/examples.js';
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
let workdir: string;

beforeAll(async () => {
  moto = await startMoto();
  workdir = makeWorkdir();
}, TIMEOUT);
afterAll(() => moto?.stop());

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
  return { s3: new S3Client({ ...common, forcePathStyle: true }), cfn: new CloudFormationClient(common) };
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
  'GIVEN a lived-in bucket, plan refuses to adopt it naming the rule, the statement and the notification; kept, it shows the import',
  async () => {
    const { s3 } = await sourceAccount();
    await s3.send(
      new CreateBucketCommand({ Bucket: BUCKET, CreateBucketConfiguration: { LocationConstraint: REGION } }),
    );
    await s3.send(
      new PutBucketVersioningCommand({ Bucket: BUCKET, VersioningConfiguration: { Status: 'Enabled' } }),
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
    const kept = await cli([
      'plan',
      '--config',
      config(
        '  adopt:\n    keep:\n      replicationRules: [logs-to-archive]\n      policyStatements: [AllowAuditRead]\n      notifications: [new-invoice]\n',
      ),
      '--assume-roles',
    ]);
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
    expect(kept.stdout).toContain('mode: backfill');
    expect(kept.stdout).toMatch(/Action: +Import\s+Resource: +SourceBucket/);
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
