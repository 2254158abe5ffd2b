/**
 * mode bootstrap against the emulator's StackSets: wall time and AWS API calls for 6, 20 and 50
 * accounts, first run (StackSet and every instance created) and a second run with nothing to change
 * (what a scheduled re-run costs). The emulator takes 100 ms per instance, so the wall time shows the
 * action's waiting and polling, not AWS's speed. Printed, never asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '../test/support/examples.js';
import { startMoto } from '../test/support/moto/server.js';
import { startOidcServer } from '../test/support/oidc-server.js';
import { makeWorkdir, runBundle } from '../test/support/runner.js';
import { prepareSelfManagedStackSets } from '../test/support/stackset-accounts.js';
import { startThrottlingProxy } from '../test/support/throttling-proxy.js';

const ADMIN = '999999999999';

/** A topology per pair of accounts: a source and one destination. */
function config(pair: number): string {
  const id = (base: number) => String(base + pair).padStart(12, '0');
  return [
    `name: fleet${pair}`,
    'source:',
    `  account: '${id(300000000000)}'`,
    '  region: us-east-1',
    `  bucket: fleet-source-${pair}`,
    'destinations:',
    '  - id: dr',
    `    account: '${id(400000000000)}'`,
    '    region: us-west-2',
    `    bucket: fleet-dr-${pair}`,
    'rules:',
    '  - { id: all, priority: 1, destinations: [dr] }',
    '',
  ].join('\n');
}

async function main() {
  const [moto, oidc] = await Promise.all([startMoto(), startOidcServer()]);
  let calls = 0;
  const proxy = await startThrottlingProxy({
    target: moto.endpoint,
    throttleFirst: 0,
    actions: /^$/,
    onForward: () => void calls++,
  });
  try {
    for (const accounts of [6, 20, 50]) {
      await moto.reset();
      const pairs = accounts / 2;
      const workdir = makeWorkdir();
      mkdirSync(join(workdir, 'replication'));
      const targets: string[] = [];
      for (let p = 0; p < pairs; p++) {
        writeFileSync(join(workdir, 'replication', `t${p}.yml`), config(p));
        targets.push(String(300000000000 + p), String(400000000000 + p));
      }
      await prepareSelfManagedStackSets({
        endpoint: moto.endpoint,
        region: 'us-east-1',
        admin: ADMIN,
        targets,
      });
      for (const label of ['first run', 'nothing to change']) {
        calls = 0;
        const t0 = performance.now();
        const run = await runBundle({
          script: join(REPO_ROOT, 'dist', 'index.js'),
          cwd: workdir,
          inputs: {
            config: 'replication/*.yml',
            mode: 'bootstrap',
            'stack-set-role': `arn:aws:iam::${ADMIN}:role/s3-xrepl-stack-sets`,
            'timeout-minutes': '15',
          },
          env: {
            AWS_ENDPOINT_URL: proxy.endpoint,
            GITHUB_REPOSITORY: 'acme/infra',
            ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
          },
          timeoutMs: 900_000,
        });
        const ms = performance.now() - t0;
        if (run.code !== 0) throw new Error(`${accounts} accounts failed: ${run.stdout.slice(-2000)}`);
        console.log(
          `bootstrap, ${accounts} accounts (${label}; defaults: 25% at once, 10% tolerance, strict): ` +
            `${(ms / 1000).toFixed(2)} s wall, ${calls} AWS API calls (${(calls / accounts).toFixed(1)} per account)`,
        );
      }
    }
  } finally {
    await Promise.all([proxy.stop(), moto.stop(), oidc.stop()]);
  }
}

await main();
