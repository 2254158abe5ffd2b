/**
 * Runs a bundle the way the GitHub Actions runner does: a child process of the action's Node
 * major, inputs as INPUT_* variables, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_EVENT_PATH
 * files that are read back after it exits.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './examples.js';

export const NODE24 = join(REPO_ROOT, '.tools', 'node24', 'bin', 'node');

export function node24(): string {
  if (!existsSync(NODE24)) throw new Error(`Node 24 is missing at ${NODE24}: run npm run setup`);
  return NODE24;
}

export function makeWorkdir(): string {
  return mkdtempSync(join(tmpdir(), 's3-xrepl-runner-'));
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly workdir: string;
}

export async function runBundle(opts: {
  script: string;
  inputs?: Record<string, string>;
  args?: readonly string[];
  event?: unknown;
  cwd?: string;
  /** Extra environment, e.g. AWS_ENDPOINT_URL and the OIDC variables. */
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<RunResult> {
  const workdir = opts.cwd ?? makeWorkdir();
  const outputFile = join(workdir, '.github_output');
  const summaryFile = join(workdir, '.github_step_summary');
  const eventFile = join(workdir, '.github_event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? workdir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_WORKSPACE: workdir,
    RUNNER_TEMP: workdir,
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    ...opts.env,
  };
  // The runner upper-cases names and keeps hyphens: input "out-dir" arrives as INPUT_OUT-DIR.
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.toUpperCase()}`] = v;

  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
    (resolve) => {
      execFile(
        node24(),
        [opts.script, ...(opts.args ?? [])],
        { cwd: workdir, env, timeout: opts.timeoutMs ?? 60_000, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ code, stdout, stderr });
        },
      );
    },
  );
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    workdir,
  };
}

/** Parses the runner's `name<<DELIMITER ... DELIMITER` output file format. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const [, name, delimiter] = m as unknown as [string, string, string];
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!);
      out[name] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [name, ...rest] = lines[i]!.split('=');
      out[name!] = rest.join('=');
    }
  }
  return out;
}
