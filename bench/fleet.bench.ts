/**
 * Many topologies planned in one run (a config glob) against the emulator: wall time, AWS API
 * calls and the action's peak memory for 1, 10 and 50 synthetic topologies, so the growth of cost
 * with work is visible. Printed, never asserted.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '../test/support/examples.js';
import { startMoto } from '../test/support/moto/server.js';
import { startOidcServer } from '../test/support/oidc-server.js';
import { makeWorkdir, runBundle } from '../test/support/runner.js';
import { syntheticConfig } from '../test/support/synthetic-config.js';
import { startThrottlingProxy } from '../test/support/throttling-proxy.js';

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
    for (const n of [1, 10, 50]) {
      await moto.reset();
      calls = 0;
      const workdir = makeWorkdir();
      mkdirSync(join(workdir, 'replication'));
      for (let i = 0; i < n; i++)
        writeFileSync(
          join(workdir, 'replication', `t${i}.yml`),
          syntheticConfig({ destinations: 2, rules: 4, name: `t${i}` }),
        );
      // The action's own peak resident memory, reported by the process itself as it exits.
      const rssFile = join(workdir, 'maxrss');
      const preload = join(workdir, 'maxrss.cjs');
      writeFileSync(
        preload,
        `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
      );
      const t0 = performance.now();
      const run = await runBundle({
        script: join(REPO_ROOT, 'dist', 'index.js'),
        cwd: workdir,
        inputs: { config: 'replication/*.yml', mode: 'plan', comment: 'false', 'max-parallel': '4' },
        env: {
          AWS_ENDPOINT_URL: proxy.endpoint,
          ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
          NODE_OPTIONS: `--require ${preload}`,
        },
        timeoutMs: 900_000,
      });
      const ms = performance.now() - t0;
      if (run.code !== 0) throw new Error(`${n} topologies failed: ${run.stdout.slice(-2000)}`);
      const rssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
      console.log(
        `plan, ${n} topologies (2 destinations, 4 rules each), 4 at a time: ${(ms / 1000).toFixed(2)} s wall, ` +
          `${calls} AWS API calls (${(calls / n).toFixed(1)} per topology), peak RSS ${rssMb.toFixed(0)} MB`,
      );
    }
  } finally {
    await Promise.all([proxy.stop(), moto.stop(), oidc.stop()]);
  }
}

await main();
