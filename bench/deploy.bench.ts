/**
 * Deploy against the emulator, for the two-destination example: wall time and AWS API calls of a
 * first deploy and of a no-op deploy, counted by a pass-through proxy. Printed, never asserted.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT, exampleText } from '../test/support/examples.js';
import { startMoto } from '../test/support/moto/server.js';
import { startOidcServer } from '../test/support/oidc-server.js';
import { makeWorkdir, runBundle } from '../test/support/runner.js';
import { startThrottlingProxy } from '../test/support/throttling-proxy.js';

async function main() {
  const [moto, oidc] = await Promise.all([startMoto(), startOidcServer()]);
  const calls = new Map<string, number>();
  const proxy = await startThrottlingProxy({
    target: moto.endpoint,
    throttleFirst: 0,
    actions: /^$/,
    onForward: (action) => void calls.set(action || '(S3 REST)', (calls.get(action || '(S3 REST)') ?? 0) + 1),
  });
  try {
    for (const label of ['first deploy', 'no-op deploy']) {
      calls.clear();
      const workdir = makeWorkdir();
      writeFileSync(join(workdir, 'topology.yml'), exampleText('two-destinations'));
      const t0 = performance.now();
      const run = await runBundle({
        script: join(REPO_ROOT, 'dist', 'index.js'),
        cwd: workdir,
        inputs: { config: 'topology.yml', mode: 'deploy' },
        env: {
          AWS_ENDPOINT_URL: proxy.endpoint,
          ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
        },
        timeoutMs: 300_000,
      });
      const ms = performance.now() - t0;
      if (run.code !== 0) throw new Error(`${label} failed: ${run.stdout.slice(-2000)}`);
      const total = [...calls.values()].reduce((a, b) => a + b, 0);
      const detail = [...calls]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      console.log(
        `${label}: ${(ms / 1000).toFixed(2)} s wall (node24 start to exit), ${total} AWS API calls: ${detail}`,
      );
    }
  } finally {
    await Promise.all([proxy.stop(), moto.stop(), oidc.stop()]);
  }
}

await main();
