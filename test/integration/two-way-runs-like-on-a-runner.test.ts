/**
 * Issue 20 through the bundled action, as a runner runs it (test/support/runner.ts), against the
 * emulator with the replication stand-in: deploy a cross-account, cross-region two-way pair (three
 * phases, one report row per stack), then verify it both ways, the tag change on a replica
 * included.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { createReplicationBoundariesFor } from '../support/bootstrap-boundary.js';
import { REPO_ROOT } from '../support/examples.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { startOidcServer, type OidcServer } from '../support/oidc-server.js';
import { startReplication, type ReplicationStandIn } from '../support/replication-standin.js';
import { makeWorkdir, runBundle, type RunResult } from '../support/runner.js';

const TIMEOUT = 240_000;
const ACTION = join(REPO_ROOT, 'dist', 'index.js');
const PAIR = [
  'name: orders',
  'source:',
  "  account: '111111111111'",
  '  region: eu-west-1',
  '  bucket: acme-orders-eu-west-1',
  'destinations:',
  '  - id: us',
  "    account: '222222222222'",
  '    region: us-east-1',
  '    bucket: acme-orders-us-east-1',
  '    twoWay: true',
  'rules:',
  '  - id: everything',
  '    priority: 1',
  '    destinations: [us]',
  '',
].join('\n');

let moto: MotoServer;
let oidc: OidcServer;
let replication: ReplicationStandIn;
let deployed: RunResult;
let verified: RunResult;

async function run(mode: string, config = PAIR): Promise<RunResult> {
  const workdir = makeWorkdir();
  writeFileSync(join(workdir, 'orders.yml'), config);
  return runBundle({
    script: ACTION,
    cwd: workdir,
    inputs: { config: 'orders.yml', mode, 'timeout-minutes': '5' },
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
  deployed = await run('deploy');
  verified = await run('verify');
}, TIMEOUT);
afterAll(async () => {
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

test('verify passes both ways: the canary to B, the canary from B to A, and tags changed on a replica coming back', () => {
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
});
