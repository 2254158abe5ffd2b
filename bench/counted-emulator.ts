/**
 * What every emulator benchmark needs: the emulator and a local OIDC token endpoint, a pass-through
 * proxy in front of the emulator that counts each AWS call by action, and a timed run of the bundle
 * the way the runner starts it.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from '../test/support/examples.js';
import { startMoto, type MotoServer } from '../test/support/moto/server.js';
import { startOidcServer } from '../test/support/oidc-server.js';
import { runBundle, type RunResult } from '../test/support/runner.js';
import { startThrottlingProxy } from '../test/support/throttling-proxy.js';

/** Query-protocol calls name their action; S3 and KMS (REST and JSON) do not. */
const UNNAMED = '(REST/JSON: S3, KMS)';

/** S3 Control's Batch Operations calls, by method and path (REST: no Action to read). */
function batchJobCall(request: { method: string; url: string }): string | undefined {
  const path = request.url.split('?')[0]!;
  if (path === '/v20180820/jobs') return request.method === 'POST' ? 'CreateJob' : 'ListJobs';
  if (path.startsWith('/v20180820/jobs/') && request.method === 'GET') return 'DescribeJob';
  return undefined;
}

export interface CountedEmulator {
  readonly moto: MotoServer;
  /** Calls since the last clear, by action. */
  readonly calls: Map<string, number>;
  total(): number;
  /** "Action n, ..." most frequent first. */
  breakdown(): string;
  /** Runs dist/index.js with these inputs against the emulator; throws, with the log's tail, unless it exits 0. */
  run(
    label: string,
    opts: { cwd: string; inputs: Record<string, string>; env?: Record<string, string>; timeoutMs?: number },
  ): Promise<{ run: RunResult; ms: number }>;
  stop(): Promise<void>;
}

export async function startCountedEmulator(): Promise<CountedEmulator> {
  const [moto, oidc] = await Promise.all([startMoto(), startOidcServer()]);
  const calls = new Map<string, number>();
  const proxy = await startThrottlingProxy({
    target: moto.endpoint,
    throttleFirst: 0,
    actions: /^$/,
    onForward: (action, request) => {
      const name = action || batchJobCall(request) || UNNAMED;
      calls.set(name, (calls.get(name) ?? 0) + 1);
    },
  });
  return {
    moto,
    calls,
    total: () => [...calls.values()].reduce((a, b) => a + b, 0),
    breakdown: () =>
      [...calls]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
    run: async (label, opts) => {
      const t0 = performance.now();
      const run = await runBundle({
        script: join(REPO_ROOT, 'dist', 'index.js'),
        cwd: opts.cwd,
        inputs: opts.inputs,
        env: {
          AWS_ENDPOINT_URL: proxy.endpoint,
          ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
          ...opts.env,
        },
        timeoutMs: opts.timeoutMs ?? 300_000,
      });
      const ms = performance.now() - t0;
      if (run.code !== 0) throw new Error(`${label} failed: ${run.stdout.slice(-2000)}`);
      return { run, ms };
    },
    stop: async () => {
      await Promise.all([proxy.stop(), moto.stop(), oidc.stop()]);
    },
  };
}
