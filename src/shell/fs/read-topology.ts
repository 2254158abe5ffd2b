import { formatDiagnostic } from '../../core/config/diagnostic.js';
import { loadTopology } from '../../core/load-topology.js';
import type { Topology } from '../../core/model/topology.js';
import type { Synthesis } from '../../core/synth/synthesize.js';
import { ConfigError, UserError } from '../../core/errors.js';
import type { Logger } from '../logger.js';
import { fileProblem } from './file-problem.js';

/**
 * The start of every mode: read the config file, validate it completely (throwing every problem
 * at once), log its warnings, and return its stacks (synthesized and checked while loading). Nothing has touched AWS or disk yet.
 */
export async function readTopology(
  configPath: string,
  deps: { readonly readFile: (path: string) => Promise<string>; readonly logger: Logger },
): Promise<{ topology: Topology; synthesis: Synthesis }> {
  let text: string;
  try {
    text = await deps.readFile(configPath);
  } catch (e) {
    throw new UserError(`cannot read the config file ${configPath}: ${fileProblem(e)}.`);
  }
  const loaded = loadTopology(text);
  if (!loaded.ok) throw new ConfigError(configPath, loaded.diagnostics);
  for (const w of loaded.warnings)
    deps.logger.warning(formatDiagnostic(w), { file: configPath, ...w.location });
  for (const note of loaded.synthesis.notes) deps.logger.warning(note);
  return { topology: loaded.topology, synthesis: loaded.synthesis };
}
