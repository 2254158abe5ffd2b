import { createReporter } from './config/check-shape.js';
import type { Diagnostic, Path } from './config/diagnostic.js';
import { lazy, parseConfig, sortByLocation } from './config/parse-config.js';
import { indexLocations, pathKey } from './config/yaml-locations.js';
import { buildTopology } from './model/build-topology.js';
import { checkTopologyLimits } from './model/check-topology.js';
import { loopProblems } from './model/replication-loops.js';
import type { Topology } from './model/topology.js';
import { checkSynthesisLimits } from './synth/check-synthesis.js';
import { synthesize, type Synthesis } from './synth/synthesize.js';

export type LoadResult =
  | {
      readonly ok: true;
      readonly topology: Topology;
      /** The stacks and templates, already checked against AWS's limits. */
      readonly synthesis: Synthesis;
      readonly warnings: readonly Diagnostic[];
    }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Config text → Topology, the one entry every mode starts from. Whatever AWS would refuse in the
 * generated output (sizes, counts, names) is refused here too, with the path and line that cause
 * it, so nothing is deployed halfway.
 */
export function loadTopology(text: string): LoadResult {
  const parsed = parseConfig(text);
  if (!parsed.ok) return parsed;
  const topology = buildTopology(parsed.config);
  const synthesis = synthesize(topology);
  const problems = [
    ...checkTopologyLimits(topology),
    ...checkSynthesisLimits(topology, synthesis),
    ...loopProblems(topology),
  ];
  if (problems.length > 0) {
    const index = lazy(() => indexLocations(text));
    const report = createReporter(index);
    const written = (path: Path) => index().has(pathKey(path));
    for (const p of problems) report.error([p.path, ...(p.orElse ?? [])].find(written) ?? p.path, p.message);
    return { ok: false, diagnostics: sortByLocation([...parsed.warnings, ...report.diagnostics]) };
  }
  return { ok: true, topology, synthesis, warnings: parsed.warnings };
}
