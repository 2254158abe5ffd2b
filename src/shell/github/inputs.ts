import { UserError } from '../../errors.js';
import { readBootstrapInputs, type BootstrapInputs } from './bootstrap-inputs.js';
import type { RunContext } from './run-context.js';

export const MODES = ['synth', 'plan', 'deploy', 'verify', 'drift', 'bootstrap'] as const;

export type Mode = (typeof MODES)[number];

export interface ActionInputs {
  readonly config: string;
  readonly mode: Mode;
  readonly outDir: string;
  readonly allowDestructive: boolean;
  readonly recreateFailedStacks: boolean;
  readonly timeoutMinutes: number;
  readonly roleDurationSeconds: number;
  /** plan: post the report as a pull request comment (besides the job summary). */
  readonly comment: boolean;
  readonly githubToken: string;
  /** verify: how long to wait for a canary's replication status. */
  readonly verifyTimeoutMinutes: number;
  /** drift: exit 3 when anything drifted. */
  readonly failOnDrift: boolean;
  /** With a config glob: how many topologies run at once. */
  readonly maxParallel: number;
  /** The login the token comments as: only its comments and issues are taken for the action's own. */
  readonly commentAuthor: string;
  /** mode bootstrap: the StackSet settings and the role into its administrator account. */
  readonly bootstrap?: BootstrapInputs;
}

/** Reads and checks the action inputs; `get` is core.getInput or a test's map. */
export function readInputs(
  get: (name: string) => string,
  context: Pick<RunContext, 'repo' | 'defaultBranch' | 'repoIds'> = {},
): ActionInputs {
  const problems: string[] = [];
  const config = get('config').trim();
  if (config === '') problems.push('input "config" is required: the path of the topology YAML file.');
  const mode = (get('mode').trim() || 'synth') as Mode;
  if (!MODES.includes(mode))
    problems.push(`input "mode" is "${mode}": allowed values are ${MODES.join(', ')}.`);
  const bool = (name: string, fallback: boolean): boolean => {
    const v = get(name).trim().toLowerCase();
    if (v === '') return fallback;
    if (v === 'true' || v === 'false') return v === 'true';
    problems.push(`input "${name}" is "${v}": use true or false.`);
    return fallback;
  };
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const v = get(name).trim();
    if (v === '') return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`input "${name}" is "${v}": use a whole number from ${min} to ${max}.`);
      return fallback;
    }
    return n;
  };
  const inputs: ActionInputs = {
    config,
    mode,
    outDir: get('out-dir').trim() || 's3-xrepl.out',
    allowDestructive: bool('allow-destructive', false),
    recreateFailedStacks: bool('recreate-failed-stacks', false),
    timeoutMinutes: int('timeout-minutes', 30, 1, 360),
    // STS accepts 900 s to the role's MaxSessionDuration (the bootstrap roles allow 3600).
    roleDurationSeconds: int('role-duration-seconds', 3600, 900, 43200),
    comment: bool('comment', true),
    githubToken: get('github-token').trim(),
    verifyTimeoutMinutes: int('verify-timeout-minutes', 15, 1, 120),
    failOnDrift: bool('fail-on-drift', false),
    maxParallel: int('max-parallel', 4, 1, 32),
    commentAuthor: get('comment-author').trim() || 'github-actions[bot]',
  };
  // No wait is bounded by role-duration-seconds: the assumed sessions are renewed before they expire.
  let bootstrap: BootstrapInputs | undefined;
  if (mode === 'bootstrap')
    try {
      bootstrap = readBootstrapInputs(get, context, { requireRole: true });
    } catch (e) {
      problems.push((e as Error).message);
    }
  if (problems.length > 0) throw new UserError(problems.join('\n'));
  return bootstrap ? { ...inputs, bootstrap } : inputs;
}
