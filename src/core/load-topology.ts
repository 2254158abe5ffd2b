import { parseConfig } from './config/parse-config.js';
import type { Diagnostic } from './config/diagnostic.js';
import { buildTopology } from './model/build-topology.js';
import type { Topology } from './model/topology.js';

export type LoadResult =
  | { readonly ok: true; readonly topology: Topology; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Config text → Topology, the one entry every mode starts from. */
export function loadTopology(text: string): LoadResult {
  const parsed = parseConfig(text);
  if (!parsed.ok) return parsed;
  return { ok: true, topology: buildTopology(parsed.config), warnings: parsed.warnings };
}
