import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTopology } from '../../src/core/load-topology.js';
import type { Topology } from '../../src/core/model/topology.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');

export const EXAMPLE_NAMES: readonly string[] = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.yml'))
  .map((f) => f.replace(/\.yml$/, ''))
  .sort();

export function exampleText(name: string): string {
  return readFileSync(join(EXAMPLES_DIR, `${name}.yml`), 'utf8');
}

/** An example's topology; throws with the diagnostics if an example stopped being valid. */
export function exampleTopology(name: string): Topology {
  const loaded = loadTopology(exampleText(name));
  if (!loaded.ok)
    throw new Error(`example ${name} is invalid: ${JSON.stringify(loaded.diagnostics, null, 2)}`);
  return loaded.topology;
}
