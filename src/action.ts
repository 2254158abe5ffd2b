import { ConfigError, EXIT, exitCodeOf, failureMessage } from './errors.js';
import { renderSynthSummary } from './core/report/render-synth-summary.js';
import { renderDeploySummary } from './core/report/render-deploy-summary.js';
import { deployOutputs } from './core/report/deploy-report.js';
import type { ActionInputs } from './shell/github/inputs.js';
import type { Logger } from './shell/logger.js';
import { runSynth, type SynthDeps } from './synth-command.js';
import { PartialDeployError, runDeploy, type DeployDeps } from './deploy-command.js';
import { runPlanMode, type PlanModeDeps } from './plan-mode.js';
import { runVerifyMode } from './verify-mode.js';
import { runDriftMode } from './drift-mode.js';
import type { IssuesApi } from './shell/github/issues-api.js';
import { renderRunsSummary } from './core/report/render-runs-summary.js';
import { mapLimit } from './shell/map-limit.js';
import { runBootstrapMode, type BootstrapModeDeps } from './bootstrap-mode.js';
import { printable, quote } from './core/quote.js';

export interface ActionDeps
  extends
    SynthDeps,
    Omit<DeployDeps, 'readFile' | 'logger'>,
    PlanModeDeps,
    Pick<BootstrapModeDeps, 'stackSetClient'> {
  readonly inputs: () => ActionInputs;
  readonly setOutput: (name: string, value: string) => void;
  readonly appendSummary: (markdown: string) => Promise<void>;
  readonly logger: Logger;
  readonly issues: () => IssuesApi;
  /** The `config` input as files: a path, or every match of a glob. */
  readonly expandConfig: (pattern: string) => Promise<string[]>;
}

/**
 * The action's whole run, with every effect injected. Returns the process exit code. A `config`
 * glob runs each topology on its own (bounded concurrency); one failing does not stop the others.
 */
export async function runAction(deps: ActionDeps): Promise<number> {
  let inputs: ActionInputs;
  let configs: string[];
  try {
    inputs = deps.inputs();
    configs = await deps.expandConfig(inputs.config);
  } catch (e) {
    reportFailure(e, deps.logger);
    return exitCodeOf(e);
  }
  // One StackSet serves every config: bootstrap takes them all at once.
  if (inputs.mode === 'bootstrap') return runBootstrapOnce(inputs, configs, deps);
  if (configs.length === 1) return runOne({ ...inputs, config: configs[0]! }, deps);
  return runMany(inputs, configs, deps);
}

async function runMany(inputs: ActionInputs, configs: readonly string[], deps: ActionDeps): Promise<number> {
  deps.logger.info(
    `${configs.length} configs match ${inputs.config}; running ${inputs.mode} on each, ${inputs.maxParallel} at a time`,
  );
  const results = await mapLimit(configs, inputs.maxParallel, async (config) => {
    const outputs: Record<string, string> = {};
    const code = await runOne(
      { ...inputs, config, outDir: `${inputs.outDir}/${slug(config)}` },
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
  await deps.appendSummary(renderRunsSummary(inputs.mode, results));
  return worstExit(results.map((r) => r.code));
}

async function runBootstrapOnce(
  inputs: ActionInputs,
  configs: readonly string[],
  deps: ActionDeps,
): Promise<number> {
  try {
    return await runBootstrapMode(inputs, configs, deps);
  } catch (e) {
    reportFailure(e, deps.logger);
    return exitCodeOf(e);
  }
}

async function runOne(inputs: ActionInputs, deps: ActionDeps): Promise<number> {
  try {
    switch (inputs.mode) {
      case 'synth': {
        const result = await runSynth({ configPath: inputs.config, outDir: inputs.outDir }, deps);
        deps.setOutput('manifest', result.manifestPath);
        deps.setOutput('stacks', JSON.stringify(result.manifest.stacks.map((s) => s.name)));
        await deps.appendSummary(renderSynthSummary(result.manifest, inputs.outDir));
        return EXIT.ok;
      }
      case 'plan':
        return await runPlanMode(inputs, deps);
      case 'verify':
        return await runVerifyMode(inputs, deps);
      case 'drift':
        return await runDriftMode(inputs, deps);
      case 'bootstrap':
        return await runBootstrapMode(inputs, [inputs.config], deps);
      case 'deploy': {
        const report = await runDeploy(
          {
            configPath: inputs.config,
            policy: {
              allowDestructive: inputs.allowDestructive,
              recreateFailedStacks: inputs.recreateFailedStacks,
              timeoutMs: inputs.timeoutMinutes * 60_000,
            },
          },
          deps,
        ).catch(async (e: unknown) => {
          // Stopped part-way: the summary says what was deployed before the failure.
          if (e instanceof PartialDeployError) await deps.appendSummary(renderDeploySummary(e.report));
          throw e;
        });
        for (const [name, value] of Object.entries(deployOutputs(report))) deps.setOutput(name, value);
        await deps.appendSummary(renderDeploySummary(report));
        return EXIT.ok;
      }
    }
  } catch (e) {
    reportFailure(e, deps.logger);
    return exitCodeOf(e);
  }
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

function reportFailure(e: unknown, logger: Logger): void {
  if (e instanceof ConfigError) {
    // One annotation per problem, on the line it concerns.
    for (const d of e.diagnostics) {
      const log = d.severity === 'error' ? logger.error : logger.warning;
      log(`${d.path}: ${d.message}`, { file: e.file, ...d.location });
    }
    logger.error(e.message.split('\n')[0] ?? e.message);
  } else logger.error(failureMessage(e));
}
