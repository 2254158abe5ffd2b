import { createReporter } from '../../core/config/check-shape.js';
import { lazy } from '../../core/config/parse-config.js';
import { indexLocations } from '../../core/config/yaml-locations.js';
import { ConfigError } from '../../core/errors.js';
import { loadTopology } from '../../core/load-topology.js';
import { loopProblems } from '../../core/model/replication-loops.js';
import type { Topology } from '../../core/model/topology.js';

/**
 * Replication loops that several configs close together (each alone is fine): a config glob runs
 * each topology on its own, so they are looked for across all its matches first. Every config a
 * loop runs through is refused, at the destination of its own that the loop takes, with the whole
 * path. Configs that cannot be read or are invalid are left to their own run to report.
 */
export async function loopsAcrossConfigs(
  paths: readonly string[],
  readFile: (path: string) => Promise<string>,
): Promise<Map<string, ConfigError>> {
  const loaded: { path: string; text: string; topology: Topology }[] = [];
  for (const path of paths) {
    const text = await readFile(path).catch(() => undefined);
    if (text === undefined) continue;
    const result = loadTopology(text);
    if (result.ok) loaded.push({ path, text, topology: result.topology });
  }
  const refused = new Map<string, ConfigError>();
  for (const { path, text, topology } of loaded) {
    const others = loaded.filter((o) => o.path !== path).map((o) => o.topology);
    const problems = loopProblems(topology, others);
    if (problems.length === 0) continue;
    const report = createReporter(lazy(() => indexLocations(text)));
    for (const p of problems) report.error(p.path, p.message);
    refused.set(path, new ConfigError(path, report.diagnostics));
  }
  return refused;
}
