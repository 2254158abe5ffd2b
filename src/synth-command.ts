import { renderSynthesisFiles } from './core/synth/render-files.js';
import type { Manifest } from './core/synth/synthesize.js';
import { readTopology } from './read-topology.js';
import type { Logger } from './shell/logger.js';

export interface SynthDeps {
  readonly readFile: (path: string) => Promise<string>;
  readonly writeOutputDir: (dir: string, files: ReadonlyMap<string, string>) => Promise<string[]>;
  readonly logger: Logger;
}

export interface SynthResult {
  readonly manifest: Manifest;
  readonly manifestPath: string;
  readonly files: readonly string[];
}

/** config file → synth output directory. Validates fully before writing anything. */
export async function runSynth(
  opts: { configPath: string; outDir: string },
  deps: SynthDeps,
): Promise<SynthResult> {
  const { topology, synthesis } = await readTopology(opts.configPath, deps);
  const files = await deps.writeOutputDir(opts.outDir, renderSynthesisFiles(synthesis));
  deps.logger.info(
    `synthesized ${synthesis.manifest.stacks.length} stacks for "${topology.name}" into ${opts.outDir}: ` +
      synthesis.manifest.stacks.map((s) => s.name).join(' → '),
  );
  return { manifest: synthesis.manifest, manifestPath: `${opts.outDir}/manifest.json`, files };
}
