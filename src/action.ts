import { ConfigError, EXIT, exitCodeOf, failureMessage } from './errors.js';
import { renderSynthSummary } from './core/report/render-synth-summary.js';
import { renderDeploySummary } from './core/report/render-deploy-summary.js';
import { deployOutputs } from './core/report/deploy-report.js';
import type { ActionInputs } from './shell/github/inputs.js';
import type { Logger } from './shell/logger.js';
import { runSynth, type SynthDeps } from './synth-command.js';
import { runDeploy, type DeployDeps } from './deploy-command.js';
import { runPlanMode, type PlanModeDeps } from './plan-mode.js';
import { runVerifyMode } from './verify-mode.js';
import { runDriftMode } from './drift-mode.js';
import type { IssuesApi } from './shell/github/issues-api.js';

export interface ActionDeps extends SynthDeps, Omit<DeployDeps, 'readFile' | 'logger'>, PlanModeDeps {
  readonly inputs: () => ActionInputs;
  readonly setOutput: (name: string, value: string) => void;
  readonly appendSummary: (markdown: string) => Promise<void>;
  readonly logger: Logger;
  readonly issues: () => IssuesApi;
}

/** The action's whole run, with every effect injected. Returns the process exit code. */
export async function runAction(deps: ActionDeps): Promise<number> {
  try {
    const inputs = deps.inputs();
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
        );
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
