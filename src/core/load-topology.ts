import { parseConfig } from './config/parse-config.js';
import type { Diagnostic } from './config/diagnostic.js';
import { buildTopology } from './model/build-topology.js';
import { checkTopologyLimits } from './model/check-topology.js';
import type { Topology } from './model/topology.js';

export type LoadResult =
  | { readonly ok: true; readonly topology: Topology; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Config text → Topology, the one entry every mode starts from. */
export function loadTopology(text: string): LoadResult {
  const parsed = parseConfig(text);
  if (!parsed.ok) return parsed;
  const topology = buildTopology(parsed.config);
  const limits = checkTopologyLimits(topology);
  if (limits.length > 0) return { ok: false, diagnostics: [...parsed.warnings, ...limits] };
  return { ok: true, topology, warnings: parsed.warnings };
}
