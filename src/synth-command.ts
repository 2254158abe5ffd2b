import { ConfigError, UserError } from './errors.js';
import { loadTopology } from './core/load-topology.js';
import { formatDiagnostic } from './core/config/diagnostic.js';
import { renderSynthesisFiles } from './core/synth/render-files.js';
import { synthesize, type Manifest } from './core/synth/synthesize.js';
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
  let text: string;
  try {
    text = await deps.readFile(opts.configPath);
  } catch (e) {
    throw new UserError(
      `cannot read config file ${opts.configPath}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
    );
  }
  const loaded = loadTopology(text);
  if (!loaded.ok) throw new ConfigError(opts.configPath, loaded.diagnostics);
  for (const w of loaded.warnings) {
    deps.logger.warning(formatDiagnostic(w), { file: opts.configPath, ...w.location });
  }
  const synthesis = synthesize(loaded.topology);
  for (const note of synthesis.notes) deps.logger.warning(note);
  const files = await deps.writeOutputDir(opts.outDir, renderSynthesisFiles(synthesis));
  deps.logger.info(
    `synthesized ${synthesis.manifest.stacks.length} stacks for "${loaded.topology.name}" into ${opts.outDir}: ` +
      synthesis.manifest.stacks.map((s) => s.name).join(' → '),
  );
  return { manifest: synthesis.manifest, manifestPath: `${opts.outDir}/manifest.json`, files };
}
