import type { Mode } from './mode.js';
import { CONFIG, configProblem, readSpecs, refuse } from './inputs.js';

/** `s3-xrepl validate`: only the config's checks, nothing written. */
export const validate: Mode<{ readonly config: string }> = {
  name: 'validate',
  summary: 'only validate a config (every problem, with its line)',
  frontDoors: ['cli'],
  configs: 'each',
  reads: [CONFIG],
  outputs: [],
  parse(get) {
    const { values, problems } = readSpecs(this.reads, get);
    refuse([...configProblem(values.config!), ...problems]);
    return { config: String(values.config) };
  },
  async run(inputs, env) {
    const { readTopology } = await import(/* webpackChunkName: "validate" */ '../shell/fs/read-topology.js');
    const { topology, synthesis } = await readTopology(inputs.config, env);
    return {
      exitCode: 0,
      outputs: {},
      verdict: `${inputs.config}: valid (topology ${JSON.stringify(topology.name)}, ${synthesis.manifest.stacks.length} stacks)`,
    };
  },
};
