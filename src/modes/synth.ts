import type { Mode } from './mode.js';
import { CONFIG, OUT_DIR, configProblem, readSpecs, refuse } from './inputs.js';

interface SynthInputs {
  readonly config: string;
  readonly outDir: string;
}

/** `synth`: config → templates, parameters and manifest.json in out-dir. No AWS. */
export const synth: Mode<SynthInputs> = {
  name: 'synth',
  summary: 'validate a config and write its templates, parameters and manifest.json (no AWS access)',
  frontDoors: ['action', 'cli'],
  configs: 'each',
  reads: [CONFIG, OUT_DIR],
  outputs: [{ name: 'manifest' }, { name: 'stacks' }],
  parse(get) {
    const { values, problems } = readSpecs(this.reads, get);
    refuse([...configProblem(values.config!), ...problems]);
    return { config: String(values.config), outDir: String(values['out-dir']) };
  },
  async run(inputs, env) {
    const [{ readTopology }, { renderSynthesisFiles }, { renderSynthSummary }] = await Promise.all([
      import(/* webpackChunkName: "synth" */ '../shell/fs/read-topology.js'),
      import(/* webpackChunkName: "synth" */ '../core/synth/render-files.js'),
      import(/* webpackChunkName: "synth" */ '../core/report/render-synth-summary.js'),
    ]);
    const { topology, synthesis } = await readTopology(inputs.config, env);
    await env.writeOutputDir(inputs.outDir, renderSynthesisFiles(synthesis));
    const { manifest } = synthesis;
    return {
      exitCode: 0,
      outputs: {
        manifest: `${inputs.outDir}/manifest.json`,
        stacks: JSON.stringify(manifest.stacks.map((s) => s.name)),
      },
      verdict: `synthesized ${manifest.stacks.length} stacks for ${JSON.stringify(topology.name)} into ${inputs.outDir}: ${[...manifest.stacks.map((s) => s.name), ...(manifest.wayBack ?? []).map((s) => `${s.name} again (way back)`)].join(' → ')}`,
      report: { head: [renderSynthSummary(manifest, inputs.outDir).trimEnd()], details: [], tail: [] },
      json: manifest,
    };
  },
};
