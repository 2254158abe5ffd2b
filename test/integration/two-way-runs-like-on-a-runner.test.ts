/**
 * Issue 20 through the bundled action, as a runner runs it (test/support/runner.ts), against the
 * emulator with the replication stand-in: deploy a cross-account, cross-region two-way pair (three
 * phases, one report row per stack), then verify it both ways, the tag change on a replica
 * included; and backfill the way back: objects written on B while it was a one-way destination
 * (before the pair existed) reach A through S3 Batch Replication, run in B's account as the batch
 * role of B's stack (test/REPLICATION.md, "S3 Batch Replication").
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import type { BackfillReport } from '../../src/core/backfill/backfill-report.js';
import { startBatchOperations, type BatchOperationsStandIn } from '../support/batch-standin.js';
import { AccountView } from '../support/live-state.js';
import { createReplicationBoundariesFor } from '../support/bootstrap-boundary.js';
import { REPO_ROOT } from '../support/examples.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { startOidcServer, type OidcServer } from '../support/oidc-server.js';
import { startReplication, type ReplicationStandIn } from '../support/replication-standin.js';
import { makeWorkdir, runBundle, type RunResult } from '../support/runner.js';
import { pairConfig } from '../support/two-way-world.js';

const TIMEOUT = 240_000;
const ACTION = join(REPO_ROOT, 'dist', 'index.js');
const PAIR = pairConfig();

let moto: MotoServer;
let oidc: OidcServer;
let replication: ReplicationStandIn;
let batch: BatchOperationsStandIn | undefined;
let deployed: RunResult;
let verified: RunResult;
/** Versions written on B before it replicated back. */
let before: { key: string; versionId: string }[];
let a: AccountView;
let b: AccountView;
const ONE_WAY = PAIR.replace('    twoWay: true\n', '');

async function run(mode: string, config = PAIR, inputs: Record<string, string> = {}): Promise<RunResult> {
  const workdir = makeWorkdir();
  writeFileSync(join(workdir, 'orders.yml'), config);
  return runBundle({
    script: ACTION,
    cwd: workdir,
    inputs: { config: 'orders.yml', mode, 'timeout-minutes': '5', ...inputs },
    env: {
      AWS_ENDPOINT_URL: moto.endpoint,
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    },
    timeoutMs: TIMEOUT,
  });
}

beforeAll(async () => {
  [moto, oidc] = await Promise.all([startMoto(), startOidcServer()]);
  await createReplicationBoundariesFor(moto.endpoint, PAIR);
  replication = startReplication(moto);
  [a, b] = await Promise.all([
    AccountView.of(moto.endpoint, '111111111111', 'eu-west-1'),
    AccountView.of(moto.endpoint, '222222222222', 'us-east-1'),
  ]);
  // GIVEN B, a one-way destination first, takes writes of its own
  const oneWay = await run('deploy', ONE_WAY);
  if (oneWay.code !== 0) throw new Error(explain(oneWay));
  before = [];
  for (const key of ['written-on-b/1.json', 'written-on-b/2.json']) {
    const put = await b.s3.send(
      new PutObjectCommand({ Bucket: 'acme-orders-us-east-1', Key: key, Body: key }),
    );
    before.push({ key, versionId: put.VersionId! });
  }
  await replication.drain();
  // WHEN it becomes two-way
  deployed = await run('deploy');
  verified = await run('verify');
}, TIMEOUT);
afterAll(async () => {
  await batch?.stop();
  await replication?.stop();
  await Promise.all([moto?.stop(), oidc?.stop()]);
});

const explain = (r: RunResult) => `exit ${r.code}\n${r.stdout}\n${r.stderr}`;

test('deploy exits 0 with one row per stack, the two-way destination created', () => {
  expect(deployed.code === 0 ? '' : explain(deployed)).toBe('');
  expect(Object.keys(JSON.parse(deployed.outputs['stack-ids']!) as object)).toEqual([
    's3-xrepl-orders-dst-us',
    's3-xrepl-orders-source',
  ]);
  expect(deployed.summary).toContain('s3-xrepl-orders-dst-us');
});

test('verify passes both ways: the canary to B, the canary from B to A, tags changed on a replica coming back, and the alarms of both directions OK', () => {
  expect(verified.code === 0 ? '' : explain(verified)).toBe('');
  const rows = (
    JSON.parse(verified.outputs['verify-json']!) as {
      destinations: { destinationId: string; status: string }[];
    }
  ).destinations;
  expect(rows.map((r) => `${r.destinationId}: ${r.status}`)).toEqual([
    'us: pass',
    'us to source: pass',
    'us tags back: pass',
  ]);
  // The alarms of both directions, each read in its own account: the way back's in B's.
  const alarms = (
    JSON.parse(verified.outputs['verify-json']!) as {
      monitoring: { alarms: { name: string; destinationId: string; state: string }[] };
    }
  ).monitoring.alarms;
  expect(alarms.map((a) => `${a.destinationId} ${a.name} ${a.state}`)).toEqual([
    'us s3-xrepl-orders-everything-us-failed-operations OK',
    'us to source s3-xrepl-orders-everything-to-source-failed-operations OK',
  ]);
});

test(
  "backfill from B replicates what B held before the pair existed to A, in B's account, as B's batch role",
  async () => {
    const inA = (p: { key: string; versionId: string }) =>
      a.s3
        .send(new HeadObjectCommand({ Bucket: 'acme-orders-eu-west-1', Key: p.key, VersionId: p.versionId }))
        .then(
          (h) => h.ReplicationStatus,
          () => 'absent',
        );
    // GIVEN live replication never copied them: they were written before B had rules
    expect(await Promise.all(before.map(inA))).toEqual(['absent', 'absent']);
    batch = startBatchOperations(moto, { replication });

    // WHEN backfill runs from B and waits
    const r = await run('backfill', PAIR, { 'backfill-from': 'us', wait: 'true' });

    // THEN the job ran in B's account only, and each version is a replica on A with its version id
    expect(r.code === 0 ? '' : explain(r)).toBe('');
    const report = JSON.parse(r.outputs['backfill-json']!) as BackfillReport;
    expect(report.source).toEqual({
      account: '222222222222',
      region: 'us-east-1',
      bucket: 'acme-orders-us-east-1',
    });
    expect(report.job).toMatchObject({ status: 'Complete', tasks: { succeeded: 2, failed: 0 } });
    expect(r.stdout).toContain('assumed arn:aws:iam::222222222222:role/s3-xrepl-deploy');
    expect(r.stdout).not.toContain('assumed arn:aws:iam::111111111111:');
    expect(r.stdout).toContain(
      'as arn:aws:iam::222222222222:role/s3-xrepl-orders-us-return-batch-replication',
    );
    expect(r.summary).toContain('--from us');
    expect(await Promise.all(before.map(inA))).toEqual(['REPLICA', 'REPLICA']);
  },
  TIMEOUT,
);

test('backfill from a destination that is not two-way is refused before anything runs, naming the one that is', async () => {
  const r = await run('backfill', PAIR, { 'backfill-from': 'eu' });
  expect(r.code).toBe(2);
  expect(r.stdout + r.stderr).toContain('input "backfill-from" is "eu", not a destination of orders.');
  expect(r.stdout + r.stderr).toContain('Use "source", or "us" for its way back to the source.');
});
