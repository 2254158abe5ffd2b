import { ConfigError, EXIT, REPORT_BUGS, UserError, exitCodeOf } from './errors.js';
import { renderSynthSummary } from './core/report/render-synth-summary.js';
import type { ActionInputs } from './shell/github/inputs.js';
import type { Logger } from './shell/logger.js';
import { runSynth, type SynthDeps } from './synth-command.js';

export interface ActionDeps extends SynthDeps {
  readonly inputs: () => ActionInputs;
  readonly setOutput: (name: string, value: string) => void;
  readonly appendSummary: (markdown: string) => Promise<void>;
  readonly logger: Logger;
}

/** The action's whole run, with every effect injected. Returns the process exit code. */
export async function runAction(deps: ActionDeps): Promise<number> {
  try {
    const inputs = deps.inputs();
    const result = await runSynth({ configPath: inputs.config, outDir: inputs.outDir }, deps);
    deps.setOutput('manifest', result.manifestPath);
    deps.setOutput('stacks', JSON.stringify(result.manifest.stacks.map((s) => s.name)));
    await deps.appendSummary(renderSynthSummary(result.manifest, inputs.outDir));
    return EXIT.ok;
  } catch (e) {
    if (e instanceof ConfigError) {
      // One annotation per problem, on the line it concerns.
      for (const d of e.diagnostics) {
        const log = d.severity === 'error' ? deps.logger.error : deps.logger.warning;
        log(`${d.path}: ${d.message}`, { file: e.file, ...d.location });
      }
      deps.logger.error(e.message.split('\n')[0] ?? e.message);
    } else if (e instanceof UserError) deps.logger.error(e.message + (e.remedy ? `\n${e.remedy}` : ''));
    else deps.logger.error(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n${REPORT_BUGS}`);
    return exitCodeOf(e);
  }
}
