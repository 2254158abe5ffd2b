/**
 * The action bundle's size, and how fast it starts: time until it rejects bad inputs, and time
 * until its first network request (the OIDC token request of a deploy). Run under Node 24, the
 * action's runtime. Numbers are printed, never asserted.
 */
import { spawn } from 'node:child_process';
import { statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '../test/support/examples.js';
import { startOidcServer } from '../test/support/oidc-server.js';
import { node24 } from '../test/support/runner.js';

const ACTION = join(REPO_ROOT, 'dist', 'index.js');
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function runUntil(env: Record<string, string>, until: 'exit' | Promise<unknown>): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 's3-xrepl-bench-'));
  writeFileSync(join(dir, 'out'), '');
  const t0 = performance.now();
  const child = spawn(node24(), [ACTION], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: join(dir, 'out'), ...env },
    stdio: 'ignore',
  });
  const exited = new Promise<number>((resolve) => child.on('exit', () => resolve(performance.now() - t0)));
  if (until === 'exit') return exited;
  return until.then(() => {
    const t = performance.now() - t0;
    child.kill();
    return t;
  });
}

async function main() {
  const size = (f: string) => statSync(join(REPO_ROOT, f)).size;
  console.log(
    `dist/index.js ${(size('dist/index.js') / 1e6).toFixed(2)} MB; dist/cli/index.js ${(size('dist/cli/index.js') / 1e6).toFixed(2)} MB`,
  );

  const reject: number[] = [];
  for (let i = 0; i < RUNS; i++) reject.push(await runUntil({ INPUT_MODE: 'nonsense' }, 'exit'));
  console.log(
    `node24 dist/index.js rejecting a bad input: median ${median(reject).toFixed(0)} ms over ${RUNS} runs`,
  );

  const first: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const oidc = await startOidcServer();
    let hit!: () => void;
    const firstRequest = new Promise<void>((resolve) => (hit = resolve));
    const poll = setInterval(() => oidc.requests.length > 0 && hit(), 1);
    first.push(
      await runUntil(
        {
          INPUT_MODE: 'deploy',
          INPUT_CONFIG: join(REPO_ROOT, 'examples', 'two-destinations.yml'),
          ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
        },
        firstRequest,
      ),
    );
    clearInterval(poll);
    await oidc.stop();
  }
  console.log(
    `node24 dist/index.js deploy, start to first request (OIDC token): median ${median(first).toFixed(0)} ms over ${RUNS} runs`,
  );
}

await main();
