/**
 * A `config` glob: every matching topology runs on its own, as the runner runs the bundle, against
 * the emulator. One invalid config is reported with its errors and makes the exit non-zero; the
 * others still deploy, untouched by it.
 */
import { createReplicationBoundariesFor } from '../support/bootstrap-boundary.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { loadTopology } from '../../src/core/load-topology.js';
import { REPO_ROOT, exampleText } from '../support/examples.js';
import { AccountView } from '../support/live-state.js';
import { startMoto, type MotoServer } from '../support/moto/server.js';
import { startOidcServer, type OidcServer } from '../support/oidc-server.js';
import { makeWorkdir, runBundle, type RunResult } from '../support/runner.js';

const TIMEOUT = 240_000;
let moto: MotoServer;
let oidc: OidcServer;
let run: RunResult;

const valid = {
  'replication/invoices.yml': exampleText('cross-account'),
  'replication/media.yml': exampleText('same-account'),
};

beforeAll(async () => {
  [moto, oidc] = await Promise.all([startMoto(), startOidcServer()]);
  await createReplicationBoundariesFor(moto.endpoint, ...Object.values(valid));
  const workdir = makeWorkdir();
  mkdirSync(join(workdir, 'replication'));
  for (const [path, text] of Object.entries(valid)) writeFileSync(join(workdir, path), text);
  writeFileSync(
    join(workdir, 'replication', 'broken.yml'),
    exampleText('cross-account').replace("account: '222222222222'", "account: '2222'"),
  );
  run = await runBundle({
    script: join(REPO_ROOT, 'dist', 'index.js'),
    cwd: workdir,
    inputs: { config: 'replication/*.yml', mode: 'deploy', 'timeout-minutes': '5', 'max-parallel': '2' },
    env: {
      AWS_ENDPOINT_URL: moto.endpoint,
      ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    },
    timeoutMs: TIMEOUT,
  });
}, TIMEOUT);
afterAll(async () => {
  await Promise.all([moto?.stop(), oidc?.stop()]);
});

test('the run exits 1, not 2 (two topologies were deployed), and says, per config, what happened', () => {
  expect(run.code).toBe(1);
  expect(JSON.parse(run.outputs.results!)).toEqual([
    { config: 'replication/broken.yml', exitCode: 2 },
    { config: 'replication/invoices.yml', exitCode: 0 },
    { config: 'replication/media.yml', exitCode: 0 },
  ]);
  expect(run.summary).toContain('### s3-xrepl deploy: 3 topologies, 1 not done');
  expect(run.summary).toMatch(/\| replication\/broken\.yml \| ❌ invalid config/);
});

test('the invalid config is reported with its errors, on its file and line', () => {
  expect(run.stdout).toMatch(
    /::error file=replication\/broken\.yml,line=\d+.*::\[replication\/broken\.yml\] .*account/,
  );
});

test('both valid topologies deployed completely, and their outputs are keyed by config', async () => {
  const changed = JSON.parse(run.outputs.changed!) as Record<string, string>;
  expect(changed).toEqual({ 'replication/invoices.yml': 'true', 'replication/media.yml': 'true' });
  for (const text of Object.values(valid)) {
    const loaded = loadTopology(text);
    if (!loaded.ok) throw new Error('examples are valid');
    const t = loaded.topology;
    for (const p of [t.source, ...t.destinations]) {
      const view = await AccountView.of(moto.endpoint, p.account, p.region);
      expect((await view.stack(p.stackName))?.StackStatus).toBe('CREATE_COMPLETE');
    }
  }
});
