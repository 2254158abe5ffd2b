/**
 * Issue 17 for a one-way destination, end to end through the bundled CLI against the emulator: an
 * existing bucket in the destination account, with objects and a bucket-policy statement someone
 * else wrote. The destination stack is generic and writes the whole bucket policy, so that
 * statement is what an adoption would lose. Plan refuses while it would be lost, naming it; once
 * the config keeps it, deploy imports the bucket into the destination stack and updates it with
 * every object byte-identical, the statement still there beside the replication grants, a canary
 * replicates into it (the replication stand-in decides with the live policies), and a second
 * deploy changes nothing. The source side is covered by adopting-an-existing-bucket.test.ts.
 */
import {
  CreateBucketCommand,
  GetBucketEncryptionCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  PutBucketPolicyCommand,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { objectChecksums } from '../support/object-checksums.js';
import { createReplicationBoundariesFor } from '../support/bootstrap-boundary.js';
import { REPO_ROOT, exampleText } from '../support/examples.js';
import { AccountView } from '../support/live-state.js';
import { startReplication, type ReplicationStandIn } from '../support/replication-standin.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { makeWorkdir, runBundle, type RunResult } from '../support/runner.js';

const CLI = join(REPO_ROOT, 'dist', 'cli.js');
const TIMEOUT = 180_000;
const SOURCE_ACCOUNT = '111111111111';
const DESTINATION_ACCOUNT = '222222222222';
const REGION = 'eu-central-1';
const BUCKET = 'acme-invoices-backup-eu-central-1';
const STACK = 's3-xrepl-invoices-dst-backup';
const ROLE_ARN = `arn:aws:iam::${SOURCE_ACCOUNT}:role/s3-xrepl-invoices-replication`;
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

/** The cross-account example with `adopt` (indented as a destination's key) on its one destination. */
function config(adopt: string): string {
  const path = join(workdir, `adopt-${Math.random().toString(36).slice(2)}.yml`);
  const anchor = '    storageClass: STANDARD_IA\n';
  const text = exampleText('cross-account').replace(anchor, `${anchor}${adopt}`);
  if (text === exampleText('cross-account')) throw new Error('fixture: the example changed shape');
  writeFileSync(path, text);
  return path;
}

/** The bundled CLI, as a terminal runs it (the runner's files are written but not read). */
function cli(...args: string[]): Promise<RunResult> {
  return runBundle({
    script: CLI,
    args,
    cwd: workdir,
    env: {
      AWS_ENDPOINT_URL: moto.endpoint,
      AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
      AWS_REGION: 'us-east-1',
    },
    timeoutMs: TIMEOUT,
  });
}

/** One row of the live-settings table, as a terminal shows it (a table, or label: value lines when narrow). */
const row = (kind: string, name: string, fate: string) =>
  new RegExp(`${kind}\\s+(?:name:\\s+)?${name}\\s+(?:what happens:\\s+)?${fate}`);

/** A grant of the destination stack's policy: to the source account, pinned to the replication role. */
const grant = (Sid: string, Action: string[], Resource: string) => ({
  Sid,
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${SOURCE_ACCOUNT}:root` },
  Action,
  Resource,
  Condition: { ArnEquals: { 'aws:PrincipalArn': ROLE_ARN } },
});

test(
  'GIVEN a lived-in one-way destination bucket, plan refuses to adopt it naming the statement it would lose; kept, deploy imports it losing nothing, a canary replicates into it and a re-run is a no-op',
  async () => {
    const destination = await AccountView.of(moto.endpoint, DESTINATION_ACCOUNT, REGION);
    const { s3 } = destination;
    // Never versioned: the update is what turns versioning on, for good.
    await s3.send(
      new CreateBucketCommand({ Bucket: BUCKET, CreateBucketConfiguration: { LocationConstraint: REGION } }),
    );
    for (const Key of ['2024/a.csv', '2024/b.csv', 'audit/c.csv'])
      await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: `body of ${Key}` }));
    await s3.send(
      new PutBucketPolicyCommand({
        Bucket: BUCKET,
        Policy: JSON.stringify({ Version: '2012-10-17', Statement: [FOREIGN_STATEMENT] }),
      }),
    );

    // WHEN the config only says the destination bucket exists
    const refused = await cli('plan', '--config', config('    adopt: {}\n'), '--assume-roles');
    // THEN plan fails, naming the statement the destination stack's bucket policy would delete
    expect(refused.stderr).not.toMatch(/^error/m);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('Adoption refused');
    expect(refused.stdout).toMatch(
      row('bucket-policy statement', 'AllowAuditRead', '⛔ neither kept nor dropped'),
    );
    expect(refused.stdout).toContain('destinations[0].adopt');

    // WHEN the config keeps it by name
    const keptConfig = config('    adopt:\n      keep:\n        policyStatements: [AllowAuditRead]\n');
    const kept = await cli('plan', '--config', keptConfig, '--assume-roles');
    // THEN plan passes and shows the destination bucket's import and what changes for good
    expect(kept.stderr).not.toMatch(/^error/m);
    expect(kept.code).toBe(0);
    expect(kept.stdout).not.toContain('Adoption refused');
    expect(kept.stdout).toContain('IMPORT change set');
    expect(kept.stdout).toMatch(row('bucket-policy statement', 'AllowAuditRead', 'kept'));
    expect(kept.stdout).toMatch(/versioning: never enabled → Enabled — one-way: cannot be undone/);
    // A stack preview is a table, or label: value lines when a row is too wide.
    expect(kept.stdout).toMatch(
      /(?:Action: +)?Import\s+(?:Resource: +)?ReplicaBucket\s+(?:Type: +)?AWS::S3::Bucket/,
    );

    // WHEN deploy runs: the import, then the update
    const before = await objectChecksums(s3, BUCKET);
    expect(Object.keys(before)).toHaveLength(3);
    await createReplicationBoundariesFor(moto.endpoint, readFileSync(keptConfig, 'utf8'));
    const deployed = await cli('deploy', '--config', keptConfig, '--assume-roles');
    expect(deployed.stderr).not.toMatch(/^error/m);
    expect(deployed.code).toBe(0);
    expect(deployed.stderr).toContain(`${STACK}: Import ReplicaBucket (AWS::S3::Bucket ${BUCKET})`);

    // THEN the destination stack owns that very bucket, and the update after the import reached it
    const ids = await destination.physicalIds(STACK);
    expect(ids.ReplicaBucket).toBe(BUCKET);
    expect((await s3.send(new GetBucketVersioningCommand({ Bucket: BUCKET }))).Status).toBe('Enabled');
    const sse = (await s3.send(new GetBucketEncryptionCommand({ Bucket: BUCKET })))
      .ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault;
    expect(sse?.SSEAlgorithm).toBe('aws:kms');
    expect(sse?.KMSMasterKeyID).toContain(ids.ReplicaKey!);
    // AND every object is byte-identical: an import that recreated or emptied the bucket fails here
    expect(await objectChecksums(s3, BUCKET)).toEqual(before);
    // AND the bucket policy holds the kept statement as it was, beside the grants replication needs
    const policy = JSON.parse((await s3.send(new GetBucketPolicyCommand({ Bucket: BUCKET }))).Policy!) as {
      Statement: { Sid?: string }[];
    };
    expect(policy.Statement).toContainEqual(FOREIGN_STATEMENT);
    expect(policy.Statement).toContainEqual(
      grant(
        'AllowReplicationRoleToReplicate',
        ['s3:ReplicateObject', 's3:ReplicateDelete', 's3:ReplicateTags'],
        `arn:aws:s3:::${BUCKET}/*`,
      ),
    );
    expect(policy.Statement).toContainEqual(
      grant('AllowReplicationRoleToCheckVersioning', ['s3:GetBucketVersioning'], `arn:aws:s3:::${BUCKET}`),
    );
    expect(policy.Statement.map((s) => s.Sid).sort()).toEqual([
      'AllowAuditRead',
      'AllowReplicationRoleToCheckVersioning',
      'AllowReplicationRoleToReplicate',
      'DenyInsecureTransport',
    ]);

    // WHEN verify runs THEN its canary lands in the adopted bucket: the stand-in decides with the
    // live bucket and key policies, so a lost grant would fail the canary, not pass unseen
    const replicatedBefore = replication.log.length;
    const verified = await cli('verify', '--config', keptConfig, '--assume-roles');
    expect(verified.stderr).not.toMatch(/^error/m);
    expect(verified.code).toBe(0);
    const canaries = replication.log.slice(replicatedBefore);
    expect(canaries.length).toBeGreaterThan(0);
    for (const job of canaries)
      expect(job.destinations.map((d) => [d.bucket, d.status, d.code, d.replicaKmsKeyArn])).toEqual([
        [BUCKET, 'COMPLETED', undefined, expect.stringContaining(ids.ReplicaKey!)],
      ]);

    // AND a re-run changes nothing, imports nothing, and plan sees the bucket as adopted
    const beforeRerun = await objectChecksums(s3, BUCKET);
    const again = await cli('deploy', '--config', keptConfig, '--assume-roles');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Deployed, nothing to change: all 2 stacks already matched the config');
    expect(again.stderr).not.toMatch(/Import ReplicaBucket/);
    const replanned = await cli('plan', '--config', keptConfig, '--assume-roles');
    expect(replanned.code).toBe(0);
    expect(replanned.stdout).toContain(`is already in stack ${STACK}`);
    const after = await objectChecksums(s3, BUCKET);
    expect(after).toEqual(beforeRerun);
    // Whatever verify's canary left behind, the objects the bucket came with are all still there.
    expect(after).toMatchObject(before);
    expect(JSON.parse((await s3.send(new GetBucketPolicyCommand({ Bucket: BUCKET }))).Policy!)).toEqual(
      policy,
    );
  },
  TIMEOUT,
);
