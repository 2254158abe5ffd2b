import { ConfigError, EXIT, PartialFailure, exitCodeOf, failureMessage } from './core/errors.js';
import { printable, quote } from './core/quote.js';
import { suggestion } from './core/config/did-you-mean.js';
import type { Mode, ModeEnv, ModeResult, RunFacts } from './modes/mode.js';
import {
  COMMENT,
  COMMENT_AUTHOR,
  GITHUB_TOKEN,
  MAX_PARALLEL,
  MODE_INPUT,
  ROLE_DURATION_SECONDS,
  readSpecs,
  type InputSpec,
} from './modes/inputs.js';
import { modesOf } from './modes/registry.js';
import type { RunContext } from './shell/github/run-context.js';
import type { Logger } from './shell/logger.js';

/** Inputs the front door reads itself: how to publish and how to run, not what to do. */
export const FRONT_DOOR_INPUTS: readonly InputSpec[] = [
  MODE_INPUT,
  COMMENT,
  COMMENT_AUTHOR,
  GITHUB_TOKEN,
  MAX_PARALLEL,
  ROLE_DURATION_SECONDS,
];

export interface FrontDoorSettings {
  readonly comment: boolean;
  readonly author: string;
  readonly token: string;
  readonly roleDurationSeconds: number;
}

/** The runner's effects, injected: a test gives recordings and fakes. */
export interface ActionDeps {
  readonly getInput: (name: string) => string;
  readonly setOutput: (name: string, value: string) => void;
  readonly appendSummary: (markdown: string) => Promise<void>;
  readonly logger: Logger;
  readonly context: RunContext;
  /** The `config` input as files: a path, or every match of a glob. */
  readonly expandConfig: (pattern: string) => Promise<string[]>;
  /** The environment a mode runs in, for these configs, with this logger. */
  readonly modeEnv: (opts: {
    configPaths: readonly string[];
    logger: Logger;
    settings: FrontDoorSettings;
  }) => ModeEnv;
  /** Puts a report into its section of the pull request comment; returns the comment's URL, or ''. */
  readonly publish: (req: {
    section: NonNullable<Mode['comment']>['section'];
    configPath: string;
    markdown: import('./core/report/budget.js').ReportParts;
    settings: FrontDoorSettings;
    logger: Logger;
  }) => Promise<string>;
}

/**
 * The action's whole run: read the inputs, run the mode they name (once per config of a glob, a few
 * at a time, or once for all of them), and show what it returned: outputs, the job summary, the pull
 * request comment, annotations. Returns the process exit code.
 */
export async function runAction(deps: ActionDeps): Promise<number> {
  const { values, problems } = readSpecs(FRONT_DOOR_INPUTS, deps.getInput);
  const modes = modesOf('action');
  const name = String(values.mode);
  const mode = modes.find((m) => m.name === name);
  if (!mode)
    problems.push(
      `input "mode" is ${quote(name)}: allowed values are ${modes.map((m) => m.name).join(', ')}.${suggestion(
        name,
        modes.map((m) => m.name),
      )}`,
    );
  const facts: RunFacts = { ...deps.context, frontDoor: 'action' };
  try {
    if (mode) mode.parse(deps.getInput, facts);
  } catch (e) {
    problems.push(...(e as Error).message.split('\n'));
  }
  if (problems.length > 0 || !mode) {
    for (const p of problems) deps.logger.error(p);
    return EXIT.user;
  }
  const settings: FrontDoorSettings = {
    comment: values.comment === true,
    author: String(values['comment-author']),
    token: String(values['github-token']),
    roleDurationSeconds: Number(values['role-duration-seconds']),
  };
  let configs: readonly string[] = [];
  if (mode.configs !== 'none') {
    try {
      configs = await deps.expandConfig(deps.getInput('config'));
    } catch (e) {
      reportFailure(e, deps.logger);
      return exitCodeOf(e);
    }
  }
  // One StackSet serves every config: bootstrap takes them all at once.
  if (mode.configs !== 'each') return runMode(mode, configs, deps.getInput, settings, deps);
  if (configs.length === 1)
    return runMode(mode, configs, (n) => (n === 'config' ? configs[0]! : deps.getInput(n)), settings, deps);
  return runMany(mode, configs, Number(values['max-parallel']), settings, deps);
}

async function runMany(
  mode: Mode<never>,
  configs: readonly string[],
  maxParallel: number,
  settings: FrontDoorSettings,
  deps: ActionDeps,
): Promise<number> {
  const { mapLimit } = await import('./shell/map-limit.js');
  const outDir = deps.getInput('out-dir') || 's3-xrepl.out';
  deps.logger.info(
    `${configs.length} configs match ${deps.getInput('config')}; running ${mode.name} on each, ${maxParallel} at a time`,
  );
  // Rules of several configs can close a replication loop that none of them shows alone.
  const { loopsAcrossConfigs } = await import('./shell/fs/loops-across-configs.js');
  const looping = await loopsAcrossConfigs(
    configs,
    deps.modeEnv({ configPaths: configs, logger: deps.logger, settings }).readFile,
  );
  const results = await mapLimit(configs, maxParallel, async (config) => {
    const outputs: Record<string, string> = {};
    const loop = looping.get(config);
    if (loop) {
      reportFailure(loop, prefixed(deps.logger, config));
      return { config, code: exitCodeOf(loop), outputs };
    }
    const code = await runMode(
      mode,
      [config],
      (n) => (n === 'config' ? config : n === 'out-dir' ? `${outDir}/${slug(config)}` : deps.getInput(n)),
      settings,
      { ...deps, logger: prefixed(deps.logger, config), setOutput: (k, v) => void (outputs[k] = v) },
    );
    return { config, code, outputs };
  });
  // Each output becomes a JSON object keyed by config path.
  const names = [...new Set(results.flatMap((r) => Object.keys(r.outputs)))];
  for (const name of names)
    deps.setOutput(
      name,
      JSON.stringify(
        Object.fromEntries(results.filter((r) => name in r.outputs).map((r) => [r.config, r.outputs[name]])),
      ),
    );
  deps.setOutput('results', JSON.stringify(results.map((r) => ({ config: r.config, exitCode: r.code }))));
  const { renderRunsSummary } = await import('./core/report/render-runs-summary.js');
  await deps.appendSummary(renderRunsSummary(mode.name, results));
  return worstExit(results.map((r) => r.code));
}

/** One run of a mode: its result shown, or its failure reported (and put in its comment section). */
async function runMode(
  mode: Mode<never>,
  configPaths: readonly string[],
  get: (name: string) => string,
  settings: FrontDoorSettings,
  deps: ActionDeps,
): Promise<number> {
  const configPath = configPaths[0] ?? '';
  let result: ModeResult;
  try {
    const inputs = mode.parse(get, { ...deps.context, frontDoor: 'action' });
    result = await mode.run(inputs, deps.modeEnv({ configPaths, logger: deps.logger, settings }));
  } catch (e) {
    if (e instanceof PartialFailure && e.summary) await deps.appendSummary(e.summary);
    // The comment must not keep saying what an earlier run found: it says this one failed.
    if (mode.comment) {
      const { renderFailure } = await import('./core/report/render-failure.js');
      await deps
        .publish({
          section: mode.comment.section,
          configPath,
          markdown: renderFailure(
            { mode: mode.name, headline: mode.comment.failed },
            configPath,
            e,
            deps.context,
          ),
          settings,
          logger: deps.logger,
        })
        .catch(() => undefined);
    }
    reportFailure(e, deps.logger);
    return exitCodeOf(e);
  }
  try {
    for (const [name, value] of Object.entries(result.outputs)) deps.setOutput(name, value);
    if (result.report) {
      const { renderAll } = await import('./core/report/budget.js');
      await deps.appendSummary(renderAll(result.report));
      if (mode.comment)
        deps.setOutput(
          'comment-url',
          await deps.publish({
            section: mode.comment.section,
            configPath,
            markdown: result.report,
            settings,
            logger: deps.logger,
          }),
        );
    }
    if (result.verdict) deps.logger.info(result.verdict);
  } catch (e) {
    // Whatever failed, and however it was thrown, the step must not pass.
    reportFailure(e, deps.logger);
    return exitCodeOf(e);
  }
  return result.exitCode;
}

/**
 * A bug or AWS failure outranks a user's mistake, which outranks a finding. But 2 promises that
 * nothing was written or deployed: a mistake in one topology while another did its work is 1.
 */
function worstExit(codes: readonly number[]): number {
  const worst = [EXIT.internal, EXIT.user, EXIT.found].find((code) => codes.includes(code)) ?? EXIT.ok;
  const othersDone = codes.some((c) => c === EXIT.ok || c === EXIT.found);
  return worst === EXIT.user && othersDone ? EXIT.internal : worst;
}

/**
 * Lines of parallel topologies stay readable: each says which config it belongs to. A file name
 * is untrusted text: one that is not plain printable text is quoted, its line breaks escaped.
 */
function prefixed(logger: Logger, config: string): Logger {
  const tag = `[${printable(config) === config ? config : quote(config)}]`;
  return {
    info: (m) => logger.info(`${tag} ${m}`),
    warning: (m, w) => logger.warning(`${tag} ${m}`, w),
    error: (m, w) => logger.error(`${tag} ${m}`, w),
  };
}

function slug(config: string): string {
  return config.replace(/\.ya?ml$/i, '').replace(/[^A-Za-z0-9._-]+/g, '_');
}

/** One annotation per config problem, on its line; anything else as one error with its remedy. */
export function reportFailure(e: unknown, logger: Logger): void {
  if (e instanceof ConfigError) {
    for (const d of e.diagnostics) {
      const log = d.severity === 'error' ? logger.error : logger.warning;
      log(`${d.path}: ${d.message}`, { file: e.file, ...d.location });
    }
    logger.error(e.message.split('\n')[0] ?? e.message);
  } else logger.error(failureMessage(e));
}
