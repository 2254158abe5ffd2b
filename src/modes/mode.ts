import type { Topology } from '../core/model/topology.js';
import type { ReportParts } from '../core/report/budget.js';
import type { SectionName } from '../core/report/sticky-comment.js';
import type { ClientsFactory } from '../shell/aws/clients.js';
import type { AccountCredentials } from '../shell/aws/credentials.js';
import type { Clock } from '../shell/aws/poll.js';
import type { CfnApi } from '../shell/aws/stack-events.js';
import type { BaseConfig } from '../shell/github/base-config.js';
import type { CommentsApi } from '../shell/github/comments-api.js';
import type { IssuesApi } from '../shell/github/issues-api.js';
import type { RunContext } from '../shell/github/run-context.js';
import type { Logger } from '../shell/logger.js';
import type { InputSpec, OutputSpec } from './inputs.js';

/**
 * The contract between a mode and the two front doors (the runner's, action.ts; the terminal's,
 * cli.ts). A mode says what it reads, parses it (every problem at once), runs core and shell, and
 * returns its report, outputs and exit code: the front doors only read inputs and show results, each
 * in its own form. A mode file's static imports stay light (types, the core it needs to parse): what
 * it runs is loaded inside `run`, so a bad input, or synth, never loads the AWS SDK.
 */
export interface Mode<Inputs = unknown> {
  readonly name: string;
  /** One line, for `s3-xrepl --help` and action.yml. */
  readonly summary: string;
  /** The CLI's own commands (schema, templates, validate) are not modes of the action. */
  readonly frontDoors: readonly ('action' | 'cli')[];
  /** How the `config` input is taken: each match on its own, every match at once, or not at all. */
  readonly configs: 'each' | 'all' | 'none';
  readonly reads: readonly InputSpec[];
  readonly outputs: readonly OutputSpec[];
  /** The pull request comment section its report (or its failure) goes into, if any. */
  readonly comment?: { readonly section: SectionName; readonly failed: string };
  /** Throws a UserError listing every problem. `get` returns '' for an input that was not given. */
  parse(get: (name: string) => string, facts: RunFacts): Inputs;
  run(inputs: Inputs, env: ModeEnv): Promise<ModeResult>;
}

/** What a mode may know of the run before it starts (the bootstrap's defaults come from here). */
export interface RunFacts extends Pick<RunContext, 'repo' | 'defaultBranch' | 'repoIds'> {
  readonly frontDoor: 'action' | 'cli';
}

export type RoleKind = 'plan' | 'deploy';

/** The effects a mode may use, given by the front door that runs it. */
export interface ModeEnv {
  readonly frontDoor: 'action' | 'cli';
  readonly logger: Logger;
  readonly clock: Clock;
  readonly runId: string;
  /** The config file(s) the `config` input named: one, or every match for `configs: 'all'`. */
  readonly configPaths: readonly string[];
  readonly readFile: (path: string) => Promise<string>;
  readonly writeOutputDir: (dir: string, files: ReadonlyMap<string, string>) => Promise<string[]>;
  /**
   * Credentials for every account of the topology (undefined: the SDK's default chain), through
   * each account's plan role (read and preview only) or deploy role. Loads STS when called.
   */
  readonly credentials: (
    topology: Topology,
    role: RoleKind,
  ) => Promise<ReadonlyMap<string, AccountCredentials> | undefined>;
  readonly clients: ClientsFactory;
  /** CloudFormation in a StackSet administrator account (bootstrap), through `role` when given. */
  readonly stackSetClient: (role: string | undefined, region: string) => Promise<CfnApi>;
  readonly github: GitHubEnv;
}

/** What a mode may ask of GitHub; a terminal has a context with no pull request and no token. */
export interface GitHubEnv {
  readonly context: RunContext;
  /** The login whose comments and issues are the action's own (the comment-author input). */
  readonly author: string;
  readonly comments: () => CommentsApi;
  readonly issues: () => IssuesApi;
  /** The config file on the pull request's base commit (an offline plan compares with it). */
  readonly baseConfig: (configPath: string) => Promise<BaseConfig>;
}

export interface ModeResult {
  /** EXIT.ok, or EXIT.found when the run worked and found a problem. Failures are thrown. */
  readonly exitCode: number;
  /** Action outputs (action.yml declares them; a test checks they are the mode's `outputs`). */
  readonly outputs: Readonly<Record<string, string>>;
  /** The whole result in one line: the log's and the terminal's last word. */
  readonly verdict: string;
  /** Markdown for the job summary, the pull request comment and `--format markdown`. */
  readonly report?: ReportParts;
  /** `--format json` (the same as the mode's *-json output, where it has one). */
  readonly json?: unknown;
  /** Printed as it is on a terminal, whatever the format (s3-xrepl schema). */
  readonly raw?: string;
  /** How long each phase took, in order: the terminal ends with them. */
  readonly phases?: readonly Phase[];
}

export interface Phase {
  readonly name: string;
  readonly ms: number;
}

/** Times the phases of a run with the env's clock. */
export function phaseTimer(clock: Clock): {
  time<T>(name: string, work: () => Promise<T>): Promise<T>;
  readonly phases: Phase[];
} {
  const phases: Phase[] = [];
  return {
    phases,
    async time(name, work) {
      const start = clock.now();
      try {
        return await work();
      } finally {
        phases.push({ name, ms: clock.now() - start });
      }
    },
  };
}
