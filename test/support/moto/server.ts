/**
 * Starts the AWS emulator (moto's server, from <repo>/.venv) for one test file.
 *
 * The server runs launch.py, which loads patches.py into the moto process before serving, so
 * the product and the tests only ever talk to the real HTTP APIs (see test/EMULATOR.md for what
 * is modelled). The Python side binds 127.0.0.1 port 0 itself and reports the port the OS gave
 * it, so parallel test files never race for a port.
 *
 *   const moto = await startMoto();
 *   new S3Client({ endpoint: moto.endpoint, forcePathStyle: true, region, credentials });
 *   await moto.reset();   // POST /moto-api/reset: every account's state is gone
 *   await moto.stop();
 *
 * Accounts: requests act in the account of the credentials that sign them. Credentials from
 * STS AssumeRole / AssumeRoleWithWebIdentity act in the role ARN's account (the role need not
 * exist); any other access key acts in 123456789012. reset() forgets issued credentials too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface MotoServer {
  /** `http://127.0.0.1:<port>`: pass as `endpoint` (and `forcePathStyle: true` for S3). */
  readonly endpoint: string;
  readonly port: number;
  /** Kills the server; resolves when it has exited. Safe to call twice. */
  stop(): Promise<void>;
  /** Drops all emulated state (all accounts, all regions, issued credentials). */
  reset(): Promise<void>;
}

export interface StartMotoOptions {
  /** Bound on the wait for the server to answer; default 30 s (MOTO_START_TIMEOUT_MS). */
  readonly timeoutMs?: number;
  /**
   * false starts moto without test/support/moto/patches.py: only for tests that show a gap of
   * plain moto that the patches close. Default true.
   */
  readonly patches?: boolean;
}

/** The repository root, found upwards from this file, so a bundled benchmark finds it too. */
function findRepoRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'test', 'support', 'moto', 'launch.py'))) return dir;
  }
  throw new Error(`moto emulator: no repository root above ${from}`);
}

const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
const PYTHON = join(REPO_ROOT, '.venv', 'bin', 'python');
const LAUNCHER = join(REPO_ROOT, 'test', 'support', 'moto', 'launch.py');
const READY = /^MOTO_READY (\{.*\})$/m;
/** Kept for error messages: the tail of the server's stderr. */
const STDERR_KEEP = 16_000;

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Synchronous on purpose: 'exit' handlers cannot wait. The launcher also exits by itself
  // when its stdin closes, which covers a parent killed with SIGKILL.
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

export async function startMoto(options: StartMotoOptions = {}): Promise<MotoServer> {
  if (!existsSync(PYTHON)) {
    throw new Error(
      `moto emulator: ${PYTHON} does not exist; run npm run setup (or npm run setup:python) first`,
    );
  }
  const timeoutMs = options.timeoutMs ?? (Number(process.env.MOTO_START_TIMEOUT_MS) || 30_000);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PYTHONUNBUFFERED: '1',
    PYTHONDONTWRITEBYTECODE: '1',
    // The product's AWS settings must not leak into the emulator's own boto usage.
    AWS_ACCESS_KEY_ID: 'emulator',
    AWS_SECRET_ACCESS_KEY: 'emulator',
  };
  delete env.MOTO_ACCOUNT_ID; // would pin every request to one account
  if (options.patches === false) env.MOTO_HARNESS_NO_PATCHES = '1';
  else delete env.MOTO_HARNESS_NO_PATCHES;

  installExitHook();
  const started = Date.now();
  const child = spawn(PYTHON, [LAUNCHER], { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);

  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_KEEP);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  exited.then(() => running.delete(child));

  const port = await new Promise<number>((resolve, reject) => {
    let stdout = '';
    const onError = (error: Error) => fail(`cannot run ${PYTHON}: ${error.message}`);
    const onExit = (code: number | null, signal: string | null) =>
      fail(`the server exited (code ${code}, signal ${signal})`);
    const settle = () => {
      clearTimeout(timer);
      child.off('error', onError);
      child.off('exit', onExit);
    };
    function fail(why: string) {
      settle();
      child.kill('SIGKILL');
      reject(
        new Error(
          `moto emulator did not start: ${why}\n--- server stderr ---\n${stderr.trim() || '(empty)'}`,
        ),
      );
    }
    const timer = setTimeout(() => fail(`no answer within ${timeoutMs} ms`), timeoutMs);
    child.on('error', onError);
    child.on('exit', onExit);
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      stdout += chunk;
      const match = READY.exec(stdout);
      if (!match) return;
      settle();
      resolve((JSON.parse(match[1]!) as { port: number }).port);
    });
  });

  const endpoint = `http://127.0.0.1:${port}`;
  // The socket is bound before MOTO_READY is printed; still, prove it answers HTTP.
  const deadline = started + timeoutMs;
  for (;;) {
    try {
      await fetch(`${endpoint}/moto-api/reset`); // GET: a cheap 400 that touches no state
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(
          `moto emulator on ${endpoint} does not answer: ${String(error)}\n--- server stderr ---\n${stderr.trim()}`,
        );
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  let stopping: Promise<void> | undefined;
  return {
    endpoint,
    port,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.stdin!.end(); // the launcher shuts down on EOF
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
    async reset() {
      const response = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
      if (!response.ok)
        throw new Error(`moto reset failed: HTTP ${response.status} ${await response.text()}`);
    },
  };
}
